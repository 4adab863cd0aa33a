// The candlestick chart's numbers: candles, moving averages, windows and the readout.
#include "core/library/dailybarchart.h"

#include "core/models/displayformat.h"
#include "core/timestamp.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace md {

qint64 sessionCloseMsecs(const QDate &date)
{
    static const QTimeZone pakistan(Timestamp::kPakistanOffsetSeconds);
    return QDateTime(date, QTime(15, 30), pakistan).toMSecsSinceEpoch();
}

Candle candleOf(const DailyBar &bar)
{
    Candle candle;
    candle.msecs = sessionCloseMsecs(bar.date);
    candle.close = bar.close;
    candle.open = bar.open.value_or(bar.previousClose && bar.isFull() ? *bar.previousClose : bar.close);
    candle.high = bar.high.value_or(std::max(candle.open, candle.close));
    candle.low = bar.low.value_or(std::min(candle.open, candle.close));
    candle.volume = bar.volume.value_or(0);
    candle.full = bar.isFull();
    return candle;
}

QVector<Candle> candlesOf(const QVector<DailyBar> &bars)
{
    QVector<Candle> candles;
    candles.reserve(bars.size());
    for (const DailyBar &bar : bars)
        candles.append(candleOf(bar));
    return candles;
}

QDate periodStart(const QDate &date, CandlePeriod period)
{
    switch (period) {
    case CandlePeriod::Day: break;
    case CandlePeriod::Week: return date.addDays(1 - date.dayOfWeek());
    case CandlePeriod::Month: return QDate(date.year(), date.month(), 1);
    }
    return date;
}

namespace {

// One period's sessions [begin, end) as one bar (groupBars()).
DailyBar groupOf(const DailyBar *begin, const DailyBar *end)
{
    DailyBar group = *begin;  // its date, symbol and previous close are the first session's
    const DailyBar &last = *(end - 1);
    group.close = last.close;
    group.source = last.source;
    group.snapshotId = last.snapshotId;
    group.volume.reset();
    bool full = false;
    double high = -HUGE_VAL;
    double low = HUGE_VAL;
    for (const DailyBar *bar = begin; bar != end; ++bar) {
        const Candle candle = candleOf(*bar);
        full = full || bar->isFull();
        high = std::max(high, candle.high);
        low = std::min(low, candle.low);
        if (bar->volume)
            group.volume = group.volume.value_or(0) + *bar->volume;
    }
    if (full) {
        group.open = candleOf(*begin).open;  // a first session with a close only opened the period at it
        group.high = high;
        group.low = low;
    }
    return group;
}

} // namespace

QVector<DailyBar> groupBars(const QVector<DailyBar> &bars, CandlePeriod period)
{
    if (period == CandlePeriod::Day)
        return bars;
    QVector<DailyBar> grouped;
    const DailyBar *begin = bars.constData();
    const DailyBar *end = begin + bars.size();
    while (begin != end) {
        const QDate start = periodStart(begin->date, period);
        const DailyBar *next = begin + 1;
        while (next != end && periodStart(next->date, period) == start)
            ++next;
        grouped.append(groupOf(begin, next));
        begin = next;
    }
    return grouped;
}

qsizetype candleCount(const QVector<DailyBar> &bars, qsizetype first, qsizetype last, CandlePeriod period)
{
    first = std::max<qsizetype>(first, 0);
    last = std::min(last, bars.size());
    qsizetype count = 0;
    QDate previous;
    for (qsizetype i = first; i < last; ++i) {
        const QDate start = periodStart(bars[i].date, period);
        if (count == 0 || start != previous)
            ++count;
        previous = start;
    }
    return count;
}

CandlePeriod candlePeriodFor(double plotWidthPixels, const QVector<DailyBar> &bars, qsizetype first, qsizetype last)
{
    if (plotWidthPixels <= 0.0)
        return CandlePeriod::Day;
    for (CandlePeriod period : {CandlePeriod::Day, CandlePeriod::Week}) {
        const qsizetype count = candleCount(bars, first, last, period);
        if (count == 0 || plotWidthPixels / double(count) >= kMinimumCandlePixels)
            return period;
    }
    return CandlePeriod::Month;
}

qint64 candleMsecs(const QDate &date, CandlePeriod period)
{
    switch (period) {
    case CandlePeriod::Day: break;
    case CandlePeriod::Week: return sessionCloseMsecs(periodStart(date, period).addDays(2));
    case CandlePeriod::Month: return sessionCloseMsecs(periodStart(date, period).addDays(14));
    }
    return sessionCloseMsecs(date);
}

QVector<Candle> candlesOf(const QVector<DailyBar> &grouped, CandlePeriod period)
{
    QVector<Candle> candles = candlesOf(grouped);
    for (qsizetype i = 0; i < candles.size(); ++i)
        candles[i].msecs = candleMsecs(grouped[i].date, period);
    return candles;
}

bool hasFullBars(const QVector<DailyBar> &bars)
{
    return std::any_of(bars.cbegin(), bars.cend(), [](const DailyBar &bar) { return bar.isFull(); });
}

QVector<std::optional<double>> simpleMovingAverage(const QVector<Candle> &candles, int period)
{
    QVector<std::optional<double>> average(candles.size());
    if (period < 1)
        return average;
    // A running sum, so 200 sessions cost no more than 20.
    double sum = 0.0;
    for (qsizetype i = 0; i < candles.size(); ++i) {
        sum += candles[i].close;
        if (i >= period)
            sum -= candles[i - period].close;
        if (i >= period - 1)
            average[i] = sum / period;
    }
    return average;
}

CandleSpan candlesIn(const QVector<Candle> &candles, qint64 fromMsecs, qint64 toMsecs)
{
    const auto before = [](const Candle &c, qint64 msecs) { return c.msecs < msecs; };
    const auto first = std::lower_bound(candles.cbegin(), candles.cend(), fromMsecs, before);
    const auto last = std::upper_bound(first, candles.cend(), toMsecs,
                                       [](qint64 msecs, const Candle &c) { return msecs < c.msecs; });
    return {int(first - candles.cbegin()), int(last - candles.cbegin())};
}

int nearestCandle(const QVector<Candle> &candles, qint64 msecs)
{
    if (candles.isEmpty())
        return -1;
    const auto after = std::lower_bound(candles.cbegin(), candles.cend(), msecs,
                                        [](const Candle &c, qint64 t) { return c.msecs < t; });
    if (after == candles.cbegin())
        return 0;
    if (after == candles.cend())
        return int(candles.size() - 1);
    const auto before = after - 1;
    return int((msecs - before->msecs <= after->msecs - msecs ? before : after) - candles.cbegin());
}

std::optional<double> changeFromPreviousClose(const QVector<DailyBar> &bars, int i, CandlePeriod period)
{
    if (i < 0 || i >= bars.size())
        return std::nullopt;
    if (bars[i].previousClose)
        return bars[i].close - *bars[i].previousClose;
    // The bar before stands for the previous session (week, month) only when no more than a holiday break
    // lies between: a library's bar of last year is no day's change.
    const int mostDays = period == CandlePeriod::Day ? 10 : period == CandlePeriod::Week ? 21 : 62;
    if (i > 0 && bars[i - 1].date.daysTo(bars[i].date) <= mostDays)
        return bars[i].close - bars[i - 1].close;
    return std::nullopt;
}

namespace {

// A readout: what the bar is (its day, week or month), then its prices, volume and change.
QString readout(const QVector<DailyBar> &bars, int i, CandlePeriod period, const QString &what, const QLocale &locale)
{
    const DailyBar &bar = bars[i];
    QStringList parts{what};
    const auto price = [&](const char *label, const std::optional<double> &value) {
        if (value)
            parts.append(QString::fromLatin1(label) + QLatin1Char(' ') + formatPrice(*value, locale));
    };
    price("O", bar.open);
    price("H", bar.high);
    price("L", bar.low);
    price("C", bar.close);
    if (bar.volume)
        parts.append(QStringLiteral("Vol ") + locale.toString(*bar.volume));
    if (const std::optional<double> change = changeFromPreviousClose(bars, i, period)) {
        const double previous = bar.close - *change;
        QString text = formatChange(*change, 2, locale);
        if (previous != 0.0)
            text += QStringLiteral(" (") + formatPercent(*change / previous * 100.0, locale) + QLatin1Char(')');
        parts.append(text);
    }
    return parts.join(QStringLiteral("  "));
}

} // namespace

QString barReadout(const QVector<DailyBar> &bars, int i, const QLocale &locale)
{
    return barReadout(bars, i, CandlePeriod::Day, locale);
}

QString barReadout(const QVector<DailyBar> &grouped, int i, CandlePeriod period, const QLocale &locale)
{
    if (i < 0 || i >= grouped.size())
        return QString();
    const QDate date = grouped[i].date;
    QString what;
    switch (period) {
    case CandlePeriod::Day: what = locale.toString(date, QStringLiteral("ddd d MMM yyyy")); break;
    case CandlePeriod::Week:
        what = QCoreApplication::translate("md", "Week of %1").arg(locale.toString(date, QStringLiteral("ddd d MMM yyyy")));
        break;
    case CandlePeriod::Month: what = locale.toString(date, QStringLiteral("MMMM yyyy")); break;
    }
    return readout(grouped, i, period, what, locale);
}

} // namespace md
