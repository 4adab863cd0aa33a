// The exported tables (quotes, indices, movers, comments): their names, headers, and building them from snapshots.
#pragma once

#include "core/csv/csvtable.h"
#include "core/snapshot.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVector>

#include <optional>

namespace md {

// Movers are quotes: from snapshots all of them, in page order; the window exports its visible rows instead.
enum class CsvTableKind { Quotes, Indices, Movers, Comments };

// Command-line names: "quotes", "indices", "movers", "comments".
QString csvTableName(CsvTableKind table);
QStringList csvTableNames();
std::optional<CsvTableKind> csvTableFromName(QStringView name);

// The header of a table: symbol,price,change,change_percent (quotes, movers); name,value,change,
// change_percent (indices); author,posted_at,recommended,text (comments). withSource puts
// source,captured_at first.
QStringList csvHeader(CsvTableKind table, bool withSource = false);

struct SnapshotTableOptions
{
    enum class SourceColumns { WhenSeveral, Always, Never };

    // source,captured_at lead each row when more than one snapshot is exported (by default).
    SourceColumns sourceColumns = SourceColumns::WhenSeveral;
    // The files' modification times, by snapshot position: the last resort for captured_at
    // (see effectiveCaptureTime). Missing or invalid entries mean "no file time".
    QVector<QDateTime> fileModified;
};

// One row per snapshot and item, snapshots in the order given, items in page order.
// captured_at is effectiveCaptureTime() as ISO 8601 ("2024-12-10T21:45:00", with the offset when known);
// an empty field when no time is known at all. posted_at is the comment's time as printed, or empty.
CsvTable tableFromSnapshots(CsvTableKind table, const QVector<Snapshot> &snapshots,
                            const SnapshotTableOptions &options = {});

} // namespace md
