// PsxSessionHours: weekday and minute of the day on the exchange's clock (UTC+5).
#include "core/network/psxsessionhours.h"

#include "core/wording.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace md {
namespace {

// The same instant with the exchange's wall clock.
QDateTime exchangeClock(const QDateTime &at)
{
    return at.toOffsetFromUtc(PsxSessionHours::kOffsetSeconds);
}

bool isTradingDay(const QDate &date)
{
    return date.dayOfWeek() <= 5;  // Monday 1 … Friday 5
}

int minuteOfDay(const QTime &time)
{
    return time.hour() * 60 + time.minute();
}

// The session's opening on date, in UTC.
QDateTime openingOn(const QDate &date)
{
    const QTime open(PsxSessionHours::kOpenMinute / 60, PsxSessionHours::kOpenMinute % 60);
    return QDateTime(date, open, QTimeZone(PsxSessionHours::kOffsetSeconds)).toUTC();
}

} // namespace

bool PsxSessionHours::isOpen(const QDateTime &at)
{
    if (!at.isValid())
        return false;
    const QDateTime local = exchangeClock(at);
    const int minute = minuteOfDay(local.time());
    return isTradingDay(local.date()) && minute >= kOpenMinute && minute < kCloseMinute;
}

QDateTime PsxSessionHours::nextOpen(const QDateTime &at)
{
    if (!at.isValid())
        return {};
    if (isOpen(at))
        return at.toUTC();
    const QDateTime local = exchangeClock(at);
    QDate day = local.date();
    if (minuteOfDay(local.time()) >= kOpenMinute)  // today's session is over: from tomorrow
        day = day.addDays(1);
    while (!isTradingDay(day))
        day = day.addDays(1);
    return openingOn(day);
}

QDateTime PsxSessionHours::closeOf(const QDateTime &at)
{
    if (!isOpen(at))
        return {};
    const QTime close(kCloseMinute / 60, kCloseMinute % 60);
    return QDateTime(exchangeClock(at).date(), close, QTimeZone(kOffsetSeconds)).toUTC();
}

QString PsxSessionHours::describe()
{
    return QCoreApplication::translate("md", "Mon\u2013Fri 09:30\u201315:30 Pakistan time");
}

} // namespace md
