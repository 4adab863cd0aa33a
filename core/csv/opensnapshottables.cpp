// Open snapshots → CsvTable, through the same table builders as the command line.
#include "core/csv/opensnapshottables.h"

#include "core/csv/modeltable.h"
#include "core/models/markettablemodel.h"
#include "core/models/snapshotcollection.h"

namespace md {
namespace {

// Rows of the collection to export, oldest capture first (the collection lists newest first).
QVector<int> exportedRows(const SnapshotCollection &collection, SnapshotScope scope)
{
    QVector<int> rows;
    if (scope == SnapshotScope::Current) {
        if (collection.currentRow() >= 0)
            rows.append(collection.currentRow());
        return rows;
    }
    for (int row = collection.count() - 1; row >= 0; --row)
        rows.append(row);
    return rows;
}

} // namespace

CsvTable openSnapshotsTable(const SnapshotCollection &collection, CsvTableKind table, SnapshotScope scope)
{
    const QVector<int> rows = exportedRows(collection, scope);
    QVector<Snapshot> snapshots;
    SnapshotTableOptions options;
    options.sourceColumns = scope == SnapshotScope::AllOpen ? SnapshotTableOptions::SourceColumns::Always
                                                            : SnapshotTableOptions::SourceColumns::Never;
    snapshots.reserve(rows.size());
    for (int row : rows) {
        snapshots.append(collection.snapshotAt(row));
        options.fileModified.append(collection.fileModifiedAt(row));
    }
    return tableFromSnapshots(table, snapshots, options);
}

CsvTable moversTable(const QAbstractItemModel &moversProxy)
{
    using C = MarketTableModel;
    return tableFromModel(moversProxy, csvColumns(CsvTableKind::Movers, {C::NameColumn, C::ValueColumn, C::ChangeColumn,
                                                                         C::ChangePercentColumn}));
}

QString suggestedExportName(const SnapshotCollection &collection, CsvTableKind table, SnapshotScope scope)
{
    const QString name = csvTableName(table);
    const QVector<int> rows = exportedRows(collection, table == CsvTableKind::Movers ? SnapshotScope::Current : scope);
    QDate first, last;
    for (int row : rows) {
        const Timestamp time = collection.captureTimeAt(row).time;
        if (!time.isValid())
            continue;
        const QDate day = time.date();
        if (!first.isValid() || day < first)
            first = day;
        if (!last.isValid() || day > last)
            last = day;
    }
    if (!first.isValid())
        return name;
    const QString format = QStringLiteral("yyyy-MM-dd");
    if (first == last)
        return QStringLiteral("%1-%2").arg(name, first.toString(format));
    return QStringLiteral("%1-%2-to-%3").arg(name, first.toString(format), last.toString(format));
}

} // namespace md
