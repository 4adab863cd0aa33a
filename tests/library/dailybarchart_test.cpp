// The candlestick chart's numbers without widgets: candles, moving averages, windows, presets and the readout.
#include "core/library/dailybarchart.h"
#include "core/library/historyrange.h"

#include <QDateTime>
#include <QTimeZone>

#include <gtest/gtest.h>

#include <limits>

using namespace md;

namespace {

DailyBar fullBar(const QDate &date, double open, double high, double low, double close, qint64 volume,
                 std::optional<double> previousClose = std::nullopt)
{
    DailyBar bar;
    bar.date = date;
    bar.symbol = QStringLiteral("OGDC");
    bar.open = open;
    bar.high = high;
    bar.low = low;
    bar.close = close;
    bar.volume = volume;
    bar.previousClose = previousClose;
    bar.source = SnapshotKind::ClosingRates;
    return bar;
}

DailyBar closeOnly(const QDate &date, double close)
{
    DailyBar bar;
    bar.date = date;
    bar.symbol = QStringLiteral("OGDC");
    bar.close = close;
    return bar;
}

// Closes 1, 2, 3, … on consecutive days from 1 January 2024.
QVector<Candle> countingCandles(int count)
{
    QVector<DailyBar> bars;
    for (int i = 0; i < count; ++i)
        bars.append(closeOnly(QDate(2024, 1, 1).addDays(i), double(i + 1)));
    return candlesOf(bars);
}

} // namespace

TEST(DailyBarChart, PutsASessionAtItsCloseOnThePakistanClock)
{
    EXPECT_EQ(sessionCloseMsecs(QDate(2021, 12, 31)),
              QDateTime(QDate(2021, 12, 31), QTime(10, 30), Qt::UTC).toMSecsSinceEpoch());
}

TEST(DailyBarChart, ACandleTakesItsPricesAndFillsOnlyWhatIsMissing)
{
    const Candle full = candleOf(fullBar(QDate(2021, 12, 31), 84.20, 87.30, 84.15, 86.20, 3368560, 84.94));
    EXPECT_EQ(full, (Candle{sessionCloseMsecs(QDate(2021, 12, 31)), 84.20, 87.30, 84.15, 86.20, 3368560, true}));

    // A close only: a flat candle at the close, no volume, not full.
    const Candle close = candleOf(closeOnly(QDate(2024, 3, 4), 412.35));
    EXPECT_EQ(close, (Candle{sessionCloseMsecs(QDate(2024, 3, 4)), 412.35, 412.35, 412.35, 412.35, 0, false}));

    // A bar with a volume and a previous close but no open, high or low opens at the previous close.
    DailyBar partial = closeOnly(QDate(2024, 3, 5), 10.0);
    partial.volume = 500;
    partial.previousClose = 9.5;
    const Candle filled = candleOf(partial);
    EXPECT_EQ(filled.open, 9.5);
    EXPECT_EQ(filled.high, 10.0);
    EXPECT_EQ(filled.low, 9.5);
    EXPECT_TRUE(filled.full);
}

TEST(DailyBarChart, DrawsCandlesOnlyWhenSomeBarHasMoreThanAClose)
{
    QVector<DailyBar> bars{closeOnly(QDate(2024, 1, 1), 1.0), closeOnly(QDate(2024, 1, 2), 2.0)};
    EXPECT_FALSE(hasFullBars(bars));
    bars.append(fullBar(QDate(2024, 1, 3), 2.0, 3.0, 1.5, 2.5, 100));
    EXPECT_TRUE(hasFullBars(bars));
    EXPECT_FALSE(hasFullBars({}));
}

TEST(DailyBarChart, SimpleMovingAverageStartsAfterAFullPeriod)
{
    const QVector<Candle> candles = countingCandles(25);
    const QVector<std::optional<double>> sma20 = simpleMovingAverage(candles, 20);
    ASSERT_EQ(sma20.size(), 25);
    for (int i = 0; i < 19; ++i)
        EXPECT_FALSE(sma20[i].has_value()) << i;
    EXPECT_DOUBLE_EQ(*sma20[19], 10.5);  // the mean of 1..20
    EXPECT_DOUBLE_EQ(*sma20[24], 15.5);  // the mean of 6..25
    // Fewer sessions than the period, or no period: no average at all.
    for (const std::optional<double> &v : simpleMovingAverage(candles, 200))
        EXPECT_FALSE(v.has_value());
    for (const std::optional<double> &v : simpleMovingAverage(candles, 0))
        EXPECT_FALSE(v.has_value());
    const QVector<std::optional<double>> sma1 = simpleMovingAverage(candles, 1);
    EXPECT_DOUBLE_EQ(*sma1[0], 1.0);
    EXPECT_DOUBLE_EQ(*sma1[24], 25.0);
}

TEST(DailyBarChart, PresetsReachBackFromTheLastSession)
{
    const qint64 last = QDateTime(QDate(2024, 8, 15), QTime(10, 30), Qt::UTC).toMSecsSinceEpoch();
    const qint64 first = QDateTime(QDate(2015, 1, 2), QTime(10, 30), Qt::UTC).toMSecsSinceEpoch();
    auto from = [&](RangePreset preset) {
        const TimeRange range = presetRange(preset, first, last);
        EXPECT_EQ(range.toMsecs, last);
        return QDateTime::fromMSecsSinceEpoch(range.fromMsecs, Qt::UTC);
    };
    EXPECT_EQ(from(RangePreset::Month), QDateTime(QDate(2024, 7, 15), QTime(10, 30), Qt::UTC));
    EXPECT_EQ(from(RangePreset::ThreeMonths), QDateTime(QDate(2024, 5, 15), QTime(10, 30), Qt::UTC));
    EXPECT_EQ(from(RangePreset::SixMonths), QDateTime(QDate(2024, 2, 15), QTime(10, 30), Qt::UTC));
    EXPECT_EQ(from(RangePreset::YearToDate), QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC));
    EXPECT_EQ(from(RangePreset::Year), QDateTime(QDate(2023, 8, 15), QTime(10, 30), Qt::UTC));
    EXPECT_EQ(from(RangePreset::FiveYears), QDateTime(QDate(2019, 8, 15), QTime(10, 30), Qt::UTC));
    EXPECT_EQ(from(RangePreset::All), QDateTime(QDate(2015, 1, 2), QTime(10, 30), Qt::UTC));
    EXPECT_EQ(presetLabel(RangePreset::SixMonths), QStringLiteral("6M"));
    EXPECT_EQ(presetLabel(RangePreset::YearToDate), QStringLiteral("YTD"));
    EXPECT_EQ(presetLabel(RangePreset::FiveYears), QStringLiteral("5Y"));
}

TEST(DailyBarChart, SlicesTheCandlesOfAWindowAndFindsTheNearest)
{
    const QVector<Candle> candles = countingCandles(10);  // 1 to 10 January 2024
    const qint64 jan3 = sessionCloseMsecs(QDate(2024, 1, 3));
    const qint64 jan6 = sessionCloseMsecs(QDate(2024, 1, 6));
    EXPECT_EQ(candlesIn(candles, jan3, jan6), (CandleSpan{2, 6}));  // both ends included
    EXPECT_EQ(candlesIn(candles, jan3 + 1, jan6 - 1), (CandleSpan{3, 5}));
    EXPECT_TRUE(candlesIn(candles, 0, 1).isEmpty());
    EXPECT_EQ(candlesIn(candles, 0, std::numeric_limits<qint64>::max()).count(), 10);

    const qint64 day = 24 * 3600 * 1000;
    EXPECT_EQ(nearestCandle(candles, jan3), 2);
    EXPECT_EQ(nearestCandle(candles, jan3 + day / 2 - 1), 2);
    EXPECT_EQ(nearestCandle(candles, jan3 + day / 2 + 1), 3);
    EXPECT_EQ(nearestCandle(candles, 0), 0);
    EXPECT_EQ(nearestCandle(candles, std::numeric_limits<qint64>::max()), 9);
    EXPECT_EQ(nearestCandle({}, jan3), -1);
}

TEST(DailyBarChart, ValueRangeOfTheVisiblePoints)
{
    const QVector<QPointF> points{{1000, 5.0}, {2000, 9.0}, {3000, 2.0}, {4000, 7.0}};
    const std::optional<ValueRange> middle = valueRangeIn(points, 1500, 3000);
    ASSERT_TRUE(middle.has_value());
    EXPECT_EQ(middle->low, 2.0);
    EXPECT_EQ(middle->high, 9.0);
    EXPECT_FALSE(valueRangeIn(points, 4001, 5000).has_value());
    EXPECT_EQ(pointCountIn(points, 1000, 4000), 4);
    EXPECT_EQ(pointCountIn(points, 1001, 3999), 2);
}

TEST(DailyBarChart, ReadoutSaysTheSessionsPricesVolumeAndChange)
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    QVector<DailyBar> bars{
        closeOnly(QDate(2021, 12, 30), 85.00),
        fullBar(QDate(2021, 12, 31), 84.20, 87.30, 84.15, 86.20, 3368560, 84.94),
        closeOnly(QDate(2022, 1, 3), 85.20),
    };
    // The exchange's previous close, not the bar before.
    EXPECT_EQ(barReadout(bars, 1, english),
              QStringLiteral("Fri 31 Dec 2021  O 84.20  H 87.30  L 84.15  C 86.20  Vol 3,368,560  \u25B2 1.26 (+1.48%)"));
    // A close only: its close and the change from the bar before.
    EXPECT_EQ(barReadout(bars, 2, english), QStringLiteral("Mon 3 Jan 2022  C 85.20  \u25BC -1.00 (-1.16%)"));
    // The first bar has nothing to change from.
    EXPECT_EQ(barReadout(bars, 0, english), QStringLiteral("Thu 30 Dec 2021  C 85.00"));
    EXPECT_EQ(barReadout(bars, 3, english), QString());
    EXPECT_EQ(*changeFromPreviousClose(bars, 2), 85.20 - 86.20);
    EXPECT_FALSE(changeFromPreviousClose(bars, 0).has_value());
}
