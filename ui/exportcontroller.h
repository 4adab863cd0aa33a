// The window's CSV exports: File ▸ Export…, the movers' "Export visible rows…", the comparison's Export.
#pragma once

#include "core/csv/csvformat.h"
#include "core/csv/opensnapshottables.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QAbstractItemModel;
class QWidget;

namespace md {
class CsvTable;
class SnapshotWorkspace;
}

namespace md::ui {

class MoversView;

// Asks what and where, builds the table in the core (never from display text) and writes it atomically.
// The last folder, preset, table and snapshot choice are remembered (settings::export…).
// Outcomes are signals: the window shows a failure (path and reason) without a modal box, and an existing
// file at the path is left untouched (saveCsvFile writes through QSaveFile).
class ExportController : public QObject
{
    Q_OBJECT

public:
    struct Destination
    {
        QString path;
        CsvPreset preset = CsvPreset::Csv;
    };
    // Asks where to save: a title and a suggested file name (without suffix); nullopt when cancelled.
    using DestinationChooser = std::function<std::optional<Destination>(const QString &title, const QString &suggestedName)>;

    ExportController(SnapshotWorkspace *workspace, MoversView *movers, QWidget *window);

    // Replaces the save dialog (tests).
    void setDestinationChooser(DestinationChooser chooser) { m_chooser = std::move(chooser); }

    // File ▸ Export…: which table, then where and in which preset.
    void exportWithDialog();
    // One table of the open snapshots (movers: the movers view's visible rows, whatever the scope).
    void exportTable(CsvTableKind table, SnapshotScope scope);
    // The movers table's rows as shown (its context menu's "Export visible rows…").
    void exportVisibleMovers();
    // A comparison's rows as shown (CompareView's Export); the labels name the two snapshots
    // ("2024-12-06 17:53") for the suggested file name.
    void exportComparison(const QAbstractItemModel &comparisonRows, const QString &beforeLabel,
                          const QString &afterLabel);

    // Writes table to the destination in its preset; emits exported() or failed().
    bool save(const CsvTable &table, const Destination &destination);

signals:
    void exported(const QString &path, qsizetype rows);
    // "PATH: reason", in the user's words.
    void failed(const QString &message);

private:
    std::optional<Destination> chooseWithDialog(const QString &title, const QString &suggestedName) const;

    SnapshotWorkspace *m_workspace;
    MoversView *m_movers;
    QWidget *m_window;
    DestinationChooser m_chooser;
};

} // namespace md::ui
