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
// Ohlcv is the quotes' daily bars (the exchange's publications fill them; a news ticker leaves open, high,
// low, volume and previous close empty).
enum class CsvTableKind { Quotes, Indices, Movers, Comments, Ohlcv };

// Command-line names: "quotes", "indices", "movers", "comments", "ohlcv".
QString csvTableName(CsvTableKind table);
QStringList csvTableNames();
std::optional<CsvTableKind> csvTableFromName(QStringView name);

// The header of a table: symbol,price,change,change_percent (quotes, movers); name,value,change,
// change_percent (indices); author,posted_at,recommended,text (comments);
// date,symbol,open,high,low,close,volume,previous_close (ohlcv). withSource puts
// source,captured_at first.
QStringList csvHeader(CsvTableKind table, bool withSource = false);

struct SnapshotTableOptions
{
    enum class SourceColumns { WhenSeveral, Always, Never };

    // source,captured_at lead each row when more than one snapshot is exported (by default).
    SourceColumns sourceColumns = SourceColumns::WhenSeveral;
    // The files' modification times, by snapshot position: the last resort for captured_at
    // (see marketTimeOf). Missing or invalid entries mean "no file time".
    QVector<QDateTime> fileModified;
};

// One row per snapshot and item, snapshots in the order given, items in page order.
// captured_at is marketTimeOf(), the market time, as ISO 8601 ("2024-12-10T21:45:00", with the offset when known);
// an empty field when no time is known at all. posted_at is the comment's time as printed, or empty. An
// ohlcv row's date is its session: the row's own, else the snapshot's session date, else the capture day in
// Pakistan time (empty when unknown).
CsvTable tableFromSnapshots(CsvTableKind table, const QVector<Snapshot> &snapshots,
                            const SnapshotTableOptions &options = {});

} // namespace md
