// Calendar ticks for time axes: labels on round times (midnights, Mondays, the first of a month, New Year),
// not at even fractions of the range ("Jul 2020, Jun 2021, May 2022" is six ticks a year and eleven months apart).
#pragma once

#include <QString>
#include <QVector>
#include <QtGlobal>

#include <functional>

namespace md::ui {

struct TimeTick
{
    qint64 msecs = 0;  // on the axis (local-time msecs, see ui/exchangeclock.h)
    QString label;
};

// The ticks inside [fromMsecs, toMsecs] (msecs read as the machine's local time, as Qt's time axes read them)
// on the finest calendar step that gives at most maxTicks of them: 1–30 minutes and 1–12 hours
// ("14:30"; a midnight by its date) for a range of a day or less, then 1 and 2 days and 1 and 2 weeks
// (from Mondays; "09 Dec"), 1, 2, 3 and 6 months (from January; "Apr 2024"), then years ("2024"). The labels
// are never the same twice (QCategoryAxis keys its labels).
QVector<TimeTick> calendarTicks(qint64 fromMsecs, qint64 toMsecs, int maxTicks);

// The same on the finest step whose labels, each textWidth(label) wide with a gap of a label's height either
// side, fit side by side in widthPixels (a week's eight "13 Aug" fit where eight "Sep 2024" would not).
QVector<TimeTick> calendarTicksFitting(qint64 fromMsecs, qint64 toMsecs, int widthPixels, int gapPixels,
                                       const std::function<int(const QString &)> &textWidth);

} // namespace md::ui
