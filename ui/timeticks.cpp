// Calendar ticks for time axes.
#include "ui/timeticks.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <iterator>
#include <limits>

namespace md::ui {
namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

enum class Unit { Minutes, Days, Weeks, Months, Years };

struct Step
{
    Unit unit;
    int count;
};

// Finest first. Steps of less than a day only serve a range of a day or less, so their "14:30" labels
// never repeat.
constexpr Step kSteps[] = {
    {Unit::Minutes, 1},  {Unit::Minutes, 2},  {Unit::Minutes, 5},   {Unit::Minutes, 10},  {Unit::Minutes, 15},
    {Unit::Minutes, 30}, {Unit::Minutes, 60}, {Unit::Minutes, 120}, {Unit::Minutes, 180}, {Unit::Minutes, 360},
    {Unit::Minutes, 720}, {Unit::Days, 1},    {Unit::Days, 2},      {Unit::Weeks, 1},     {Unit::Weeks, 2},
    {Unit::Months, 1},   {Unit::Months, 2},   {Unit::Months, 3},    {Unit::Months, 6},    {Unit::Years, 1},
    {Unit::Years, 2},    {Unit::Years, 5},    {Unit::Years, 10},    {Unit::Years, 20},    {Unit::Years, 50},
    {Unit::Years, 100},
};

qint64 msecsOf(const QDateTime &time) { return time.toMSecsSinceEpoch(); }

// The first round time of the step at or after `from`, then each next one: a callback per tick until `to`;
// stops early (returns false) past `limit` ticks.
template <typename Visit>
bool forEachTick(const Step &step, qint64 from, qint64 to, int limit, Visit visit)
{
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(from);
    int seen = 0;
    auto offer = [&](const QDateTime &t) {
        const qint64 at = msecsOf(t);
        if (at < from || at > to)
            return true;
        if (++seen > limit)
            return false;
        visit(t);
        return true;
    };
    QDate day = start.date();
    if (step.unit == Unit::Minutes) {
        // From the day's midnight, so "06:00, 12:00, 18:00" rather than "05:37, 11:37".
        for (;; day = day.addDays(1)) {
            const QDateTime midnight = day.startOfDay();
            for (int minute = 0; minute < 24 * 60; minute += step.count) {
                const QDateTime t = midnight.addSecs(qint64(minute) * 60);
                if (t.date() != day)
                    break;  // a short day (a clock put forward)
                if (msecsOf(t) > to)
                    return true;
                if (!offer(t))
                    return false;
            }
        }
    }
    // Midnights from the first round day on or before the range's start, a step apart.
    QDate (*next)(QDate, int) = nullptr;
    switch (step.unit) {
    case Unit::Minutes:
    case Unit::Days:
        day = day.addDays(-(day.toJulianDay() % step.count));  // every other day, the same days at any range
        next = [](QDate d, int n) { return d.addDays(n); };
        break;
    case Unit::Weeks:
        day = day.addDays(-(day.dayOfWeek() - 1));  // back to Monday
        next = [](QDate d, int n) { return d.addDays(7 * n); };
        break;
    case Unit::Months:
        day = QDate(day.year(), 1, 1);
        next = [](QDate d, int n) { return d.addMonths(n); };
        break;
    case Unit::Years:
        day = QDate(day.year() - day.year() % step.count, 1, 1);
        next = [](QDate d, int n) { return d.addYears(n); };
        break;
    }
    for (;; day = next(day, step.count)) {
        const QDateTime t = day.startOfDay();
        if (msecsOf(t) > to)
            return true;
        if (!offer(t))
            return false;
    }
}

QString labelOf(const Step &step, const QDateTime &t)
{
    const QLocale locale;
    switch (step.unit) {
    case Unit::Minutes:
        return t.time() == QTime(0, 0) ? locale.toString(t.date(), QStringLiteral("dd MMM"))
                                       : locale.toString(t.time(), QStringLiteral("HH:mm"));
    case Unit::Days:
    case Unit::Weeks:
        return locale.toString(t.date(), QStringLiteral("dd MMM"));
    case Unit::Months:
        return locale.toString(t.date(), QStringLiteral("MMM yyyy"));
    case Unit::Years:
        return locale.toString(t.date(), QStringLiteral("yyyy"));
    }
    return {};
}

// The longest a step can be (a day of 25 hours when the clock goes back, a month of 31 days, a leap year).
qint64 longestOf(const Step &step)
{
    switch (step.unit) {
    case Unit::Minutes:
        return step.count * kMinute;
    case Unit::Days:
        return step.count * (kDay + kHour);
    case Unit::Weeks:
        return step.count * (7 * kDay + kHour);
    case Unit::Months:
        return step.count * (31 * kDay + kHour);
    case Unit::Years:
        return step.count * (366 * kDay + kHour);
    }
    return kDay;
}

// The ticks of the finest step that `fits` (given the step's ticks); the coarsest step's when none does. No step
// that fits has more than `limit` ticks: a step that must have more is passed over without a tick made or labelled
// (a pan step over ten years would otherwise label 64 days, 64 weeks and 64 months in the local time zone first).
QVector<TimeTick> finestFitting(qint64 fromMsecs, qint64 toMsecs, int limit,
                                const std::function<bool(const QVector<TimeTick> &)> &fits)
{
    QVector<TimeTick> ticks;
    if (toMsecs <= fromMsecs)
        return ticks;
    limit = std::max(limit, 1);
    const qint64 span = toMsecs - fromMsecs;
    for (const Step &step : kSteps) {
        if (step.unit == Unit::Minutes && span >= kDay)
            continue;
        const bool coarsest = &step == std::prev(std::end(kSteps));
        if (!coarsest && span / longestOf(step) > limit)
            continue;  // at least that many of its round times lie inside the range
        // A range of under a day on the clock: one end left out, so "06:00" never stands at both.
        const qint64 to = step.unit == Unit::Minutes ? toMsecs - 1 : toMsecs;
        ticks.clear();
        const bool all = forEachTick(step, fromMsecs, to, limit, [&](const QDateTime &t) {
            ticks.append(TimeTick{msecsOf(t), labelOf(step, t)});
        });
        if (all && fits(ticks))
            break;
    }
    return ticks;
}

} // namespace

QVector<TimeTick> calendarTicks(qint64 fromMsecs, qint64 toMsecs, int maxTicks)
{
    maxTicks = std::max(maxTicks, 1);
    return finestFitting(fromMsecs, toMsecs, maxTicks,
                         [maxTicks](const QVector<TimeTick> &ticks) { return ticks.size() <= maxTicks; });
}

QVector<TimeTick> calendarTicksFitting(qint64 fromMsecs, qint64 toMsecs, int widthPixels, int gapPixels,
                                       const std::function<int(const QString &)> &textWidth)
{
    // Each label needs at least its gap, so no step with more than widthPixels / gapPixels ticks fits; nor does one
    // of more than 64 (no axis is that wide).
    const int limit = gapPixels > 0 ? std::min(64, widthPixels / gapPixels) : 64;
    return finestFitting(fromMsecs, toMsecs, limit, [&](const QVector<TimeTick> &ticks) {
        int widest = 0;
        for (const TimeTick &t : ticks)
            widest = std::max(widest, textWidth(t.label));
        // Labels are centred on their ticks: each needs the widest label's room and a gap.
        return qint64(ticks.size()) * (widest + gapPixels) <= widthPixels;
    });
}

} // namespace md::ui
