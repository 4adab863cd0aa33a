// The candlestick chart's numbers: candles, moving averages, windows and the readout.
#include "core/library/dailybarchart.h"

#include "core/models/displayformat.h"
#include "core/timestamp.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>

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

std::optional<double> changeFromPreviousClose(const QVector<DailyBar> &bars, int i)
{
    if (i < 0 || i >= bars.size())
        return std::nullopt;
    if (bars[i].previousClose)
        return bars[i].close - *bars[i].previousClose;
    if (i > 0)
        return bars[i].close - bars[i - 1].close;
    return std::nullopt;
}

QString barReadout(const QVector<DailyBar> &bars, int i, const QLocale &locale)
{
    if (i < 0 || i >= bars.size())
        return QString();
    const DailyBar &bar = bars[i];
    QStringList parts{locale.toString(bar.date, QStringLiteral("ddd d MMM yyyy"))};
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
    if (const std::optional<double> change = changeFromPreviousClose(bars, i)) {
        const double previous = bar.close - *change;
        QString text = formatChange(*change, 2, locale);
        if (previous != 0.0)
            text += QStringLiteral(" (") + formatPercent(*change / previous * 100.0, locale) + QLatin1Char(')');
        parts.append(text);
    }
    return parts.join(QStringLiteral("  "));
}

} // namespace md
