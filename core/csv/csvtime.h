// Timestamps as CSV text: exactly Timestamp::toIsoString(), made fast enough for 100,000 rows.
#pragma once

#include "core/timestamp.h"

#include <QString>

namespace md {

// "2024-12-10T16:12:00", "2024-12-10T16:12:00+05:00", "...Z"; empty when invalid. Same text as
// Timestamp::toIsoString() (which goes through QDate/QTime string formatting, ten times slower).
QString csvTimestamp(const Timestamp &time);

} // namespace md
