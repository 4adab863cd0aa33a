// Item data roles shared by the core's models, the views' proxies and the CSV export.
#pragma once

#include <Qt>

namespace md {

enum ModelRole {
    // The raw value behind a cell: double for numbers, QString for text, qint64 msecs for times.
    // Proxies sort on it and CSV export writes it, so nothing is ever re-read from display text.
    RawValueRole = Qt::UserRole + 1,
    // int: +1 up, -1 down, 0 unchanged (colours and arrows in views).
    DirectionRole,
    // bool: the row's symbol or index is on the watchlist (given by the proxies that are told the watchlist).
    WatchedRole,
    // bool: the row is a table's totals row (HoldingsModel), which sorting keeps last.
    TotalsRowRole,
};

} // namespace md
