// The Pakistan Stock Exchange's trading hours: when a live market-watch board is worth refreshing.
#pragma once

#include <QDateTime>
#include <QString>

namespace md {

// The regular session: Monday to Friday, 09:30 to 15:30 Pakistan time (UTC+5 all year, no daylight saving),
// open at 09:30:00, closed from 15:30:00. Exchange holidays are not known here: on one the board is
// refreshed during those hours and simply shows the last session.
struct PsxSessionHours
{
    static constexpr int kOffsetSeconds = 5 * 3600;
    static constexpr int kOpenMinute = 9 * 60 + 30;
    static constexpr int kCloseMinute = 15 * 60 + 30;

    // True when the session is open at the instant at (any time zone; an invalid time is closed).
    static bool isOpen(const QDateTime &at);
    // The first instant at or after at when the session is open (at itself while it is open), in UTC.
    static QDateTime nextOpen(const QDateTime &at);
    // While open: when this session closes, in UTC; otherwise an invalid time.
    static QDateTime closeOf(const QDateTime &at);
    // "Mon–Fri 09:30–15:30 Pakistan time", for messages.
    static QString describe();
};

} // namespace md
