// Dates and times as news pages print them: "Dec 06, 2024 05:53pm", "January 29, 2025", ISO 8601, "31DEC2021".
#pragma once

#include "core/timestamp.h"

#include <QStringView>

namespace md {

// Parses a whole string as a date or date-time; an invalid Timestamp when it is not one.
// A date without a time is a date (Timestamp::fromDate), never midnight; a time without an offset stays as printed (wall clock).
Timestamp parsePageDateTime(QStringView text);

} // namespace md
