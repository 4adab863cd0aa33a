// The window's exports: the open snapshots' tables (the current one, or all as one time series) and a view's rows.
#pragma once

#include "core/csv/csvtable.h"
#include "core/csv/snapshottables.h"

#include <QString>

QT_BEGIN_NAMESPACE
class QAbstractItemModel;
QT_END_NAMESPACE

namespace md {

class SnapshotCollection;

// Which of the open snapshots a quotes, indices or comments export reads.
enum class SnapshotScope {
    Current,  // the snapshot the user is looking at; no source,captured_at columns
    AllOpen,  // every open snapshot, oldest capture first, source,captured_at leading every row
};

// quotes, indices or comments of the open snapshots (movers are the quotes in page order; the window exports
// the movers view's rows with moversTable() instead). Empty rows when nothing is open.
CsvTable openSnapshotsTable(const SnapshotCollection &collection, CsvTableKind table, SnapshotScope scope);

// The rows of a movers view exactly as shown: its MoversProxyModel (or any model of the MarketTableModel
// shape) in its order, symbol,price,change,change_percent from md::RawValueRole.
CsvTable moversTable(const QAbstractItemModel &moversProxy);

// A file name (without suffix) for an export: "movers-2024-12-10", "quotes-2024-12-06-to-2024-12-10",
// from the table's name and the capture dates of the snapshots it reads; just the name when none is known.
QString suggestedExportName(const SnapshotCollection &collection, CsvTableKind table, SnapshotScope scope);

} // namespace md
