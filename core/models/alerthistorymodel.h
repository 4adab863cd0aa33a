// What the alert rules fired, newest first: when, the rule, the symbol, the value and the snapshot.
#pragma once

#include "core/alerts/alertstore.h"
#include "core/library/librarytypes.h"
#include "core/models/modelroles.h"

#include <QAbstractTableModel>
#include <QVector>

#include <optional>

namespace md {

class Library;

// One fired alert with the snapshot it fired on, as the library lists it (none once that was removed).
struct AlertHistoryRow
{
    FiredAlert alert;
    std::optional<LibraryEntry> snapshot;
};

// The library's alert history (AlertStore::history()) with each alert's snapshot entry, newest first.
QVector<AlertHistoryRow> readAlertHistory(Library &library, int limit = 1000);

// Rows are AlertHistoryRow values; the model never reads the database. RawValueRole gives times as UTC
// msecs and values as numbers, for a sorting proxy; SnapshotIdRole the snapshot to open (0 once removed).
class AlertHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { FiredColumn, RuleColumn, NameColumn, ValueColumn, AlertColumn, SnapshotColumn, ColumnCount };
    static constexpr int SnapshotIdRole = DirectionRole + 16;
    // bool: found while importing old snapshots (listed, never notified).
    static constexpr int HistoricalRole = DirectionRole + 17;

    explicit AlertHistoryModel(QObject *parent = nullptr);

    void setRows(const QVector<AlertHistoryRow> &rows);
    const QVector<AlertHistoryRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<AlertHistoryRow> m_rows;
};

// The value that fired an alert as people read it: "1,012.5" (price, level), "+5.60%" (move),
// "61,250,000" (volume); "" for news and keyword alerts.
QString formatAlertValue(const FiredAlert &alert, const QLocale &locale);

// What an alert says, with its numbers written as the rest of the app writes them ("KSE100 is at 113,247,
// above 110,000"), made again from the rule and the value; the stored text (with the story's headline)
// where there are no numbers to write.
QString alertDisplayText(const FiredAlert &alert, const QLocale &locale);

} // namespace md
