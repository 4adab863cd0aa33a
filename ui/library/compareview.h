// Two snapshots compared: per index and symbol the value in each and the change, sortable and exportable.
#pragma once

#include "core/library/librarytypes.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
QT_END_NAMESPACE

namespace md {
class ComparisonModel;
class ComparisonProxyModel;
class Library;
}

namespace md::ui {

class CompareView : public QWidget
{
    Q_OBJECT

public:
    // library may be null: the view then compares only what setSnapshots() gives it.
    explicit CompareView(const Library *library = nullptr, QWidget *parent = nullptr);

    // Reads the library's snapshots again for the two choosers.
    void reload();
    // Compares two stored snapshots; the earlier one is always shown first.
    void compare(SnapshotId first, SnapshotId second);
    // Compares two snapshots given directly, labelled in the column headers.
    void setSnapshots(const Snapshot &before, const QString &beforeLabel, const Snapshot &after,
                      const QString &afterLabel);
    SnapshotId beforeId() const;
    SnapshotId afterId() const;

    // The rows for export: model() holds every row (RawValueRole for the values), proxy() the rows as
    // shown (sorted and filtered). The CSV export reads either; the view formats nothing itself.
    ComparisonModel *model() const { return m_model; }
    ComparisonProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QString summaryText() const;

signals:
    // The Export button: the window exports proxy() (or model()) through the CSV module.
    void exportRequested();
    // A row was double-clicked: show that symbol's or index's history.
    void historyRequested(const QString &name, md::SeriesKind kind);

private:
    void compareChosen();
    void updateSummary();

    const Library *m_library = nullptr;
    ComparisonModel *m_model = nullptr;
    ComparisonProxyModel *m_proxy = nullptr;
    QComboBox *m_before = nullptr;
    QComboBox *m_after = nullptr;
    QComboBox *m_kinds = nullptr;
    QLineEdit *m_filter = nullptr;
    QPushButton *m_export = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace md::ui
