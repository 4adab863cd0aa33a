// A symbol's or index's history as CSV: captured_at,value,change,change_percent.
#pragma once

#include "core/library/librarytypes.h"

#include <QByteArray>

namespace md {

// The header and one record per point, in the series' order, lines ending in LF. captured_at is ISO 8601
// in Pakistan time with its offset ("2024-12-06T17:53:00+05:00"); numbers are written in the shortest
// fixed notation that reads back to the same double ("113247", "-7.01").
QByteArray historyCsv(const Series &series);

} // namespace md
