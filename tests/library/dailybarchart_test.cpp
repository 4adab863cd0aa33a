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

    // A close a year after the bar before is no day's change: the readout says none rather than +85%.
    const QVector<DailyBar> gap{closeOnly(QDate(2023, 12, 22), 18.44), closeOnly(QDate(2024, 12, 10), 34.14)};
    EXPECT_FALSE(changeFromPreviousClose(gap, 1).has_value());
    EXPECT_EQ(barReadout(gap, 1, english), QStringLiteral("Tue 10 Dec 2024  C 34.14"));
    // Across an Eid break (a Friday to the Wednesday after) the bar before is still the last session.
    const QVector<DailyBar> eid{closeOnly(QDate(2024, 6, 14), 100.0), closeOnly(QDate(2024, 6, 19), 101.0)};
    EXPECT_EQ(*changeFromPreviousClose(eid, 1), 1.0);
    // A month's bar compares with the month before, not with one of last year.
    EXPECT_TRUE(changeFromPreviousClose(gap, 1, CandlePeriod::Month) == std::nullopt);
}

namespace {

// 1 to 16 August 2024, as the exchange traded it: a partial first week (Thursday and Friday), a whole week,
// and a last week without Wednesday the 14th (Independence Day).
QVector<DailyBar> augustSessions()
{
    return {
        fullBar(QDate(2024, 8, 1), 100.0, 104.0, 99.0, 103.0, 1000, 100.5),
        fullBar(QDate(2024, 8, 2), 103.0, 106.0, 101.0, 102.0, 2000),
        fullBar(QDate(2024, 8, 5), 102.0, 103.0, 95.0, 96.0, 5000),
        fullBar(QDate(2024, 8, 6), 96.0, 98.0, 94.5, 97.5, 4000),
        fullBar(QDate(2024, 8, 7), 97.5, 101.0, 97.0, 100.0, 3000),
        fullBar(QDate(2024, 8, 8), 100.0, 102.25, 99.0, 101.0, 2500),
        fullBar(QDate(2024, 8, 9), 101.0, 101.5, 98.0, 99.0, 1500),
        fullBar(QDate(2024, 8, 12), 99.0, 100.0, 97.0, 98.0, 1200),
        fullBar(QDate(2024, 8, 13), 98.0, 99.5, 96.0, 99.25, 800),
        fullBar(QDate(2024, 8, 15), 99.25, 105.0, 99.0, 104.0, 6000),
        fullBar(QDate(2024, 8, 16), 104.0, 104.5, 102.0, 103.5, 3000),
    };
}

// count weekday sessions from Monday 5 January 2015, closes only.
QVector<DailyBar> weekdaysFrom2015(int count)
{
    QVector<DailyBar> bars;
    for (QDate day(2015, 1, 5); bars.size() < count; day = day.addDays(1)) {
        if (day.dayOfWeek() <= 5)
            bars.append(fullBar(day, 10.0, 11.0, 9.0, 10.5, 100));
    }
    return bars;
}

} // namespace

TEST(CandleGrouping, AWeekRunsFromMondayToSundayAndAMonthIsTheCalendarMonth)
{
    EXPECT_EQ(periodStart(QDate(2024, 8, 1), CandlePeriod::Week), QDate(2024, 7, 29));  // Thursday → Monday
    EXPECT_EQ(periodStart(QDate(2024, 8, 4), CandlePeriod::Week), QDate(2024, 7, 29));  // Sunday, same week
    EXPECT_EQ(periodStart(QDate(2024, 8, 5), CandlePeriod::Week), QDate(2024, 8, 5));
    // ISO weeks across a new year: Wednesday 1 January 2025 is in the week of Monday 30 December 2024.
    EXPECT_EQ(periodStart(QDate(2025, 1, 1), CandlePeriod::Week), QDate(2024, 12, 30));
    EXPECT_EQ(periodStart(QDate(2024, 2, 29), CandlePeriod::Month), QDate(2024, 2, 1));
    EXPECT_EQ(periodStart(QDate(2024, 2, 29), CandlePeriod::Day), QDate(2024, 2, 29));
}

TEST(CandleGrouping, WeeksTakeTheFirstOpenTheHighestHighTheLowestLowTheLastCloseAndTheSumOfVolumes)
{
    const QVector<DailyBar> weeks = groupBars(augustSessions(), CandlePeriod::Week);
    ASSERT_EQ(weeks.size(), 3);
    // The partial first week (Thursday and Friday), dated by its first session.
    EXPECT_EQ(weeks[0], fullBar(QDate(2024, 8, 1), 100.0, 106.0, 99.0, 102.0, 3000, 100.5));
    EXPECT_EQ(weeks[1], fullBar(QDate(2024, 8, 5), 102.0, 103.0, 94.5, 99.0, 16000));
    // The last week, without the 14th.
    EXPECT_EQ(weeks[2], fullBar(QDate(2024, 8, 12), 99.0, 105.0, 96.0, 103.5, 11000));

    const QVector<DailyBar> months = groupBars(augustSessions(), CandlePeriod::Month);
    ASSERT_EQ(months.size(), 1);
    EXPECT_EQ(months[0], fullBar(QDate(2024, 8, 1), 100.0, 106.0, 94.5, 103.5, 30000, 100.5));
    EXPECT_EQ(groupBars(augustSessions(), CandlePeriod::Day), augustSessions());

    // Each week's candle stands on its Wednesday's close, a month's on the 15th's, whichever day it began.
    const QVector<Candle> candles = candlesOf(weeks, CandlePeriod::Week);
    ASSERT_EQ(candles.size(), 3);
    EXPECT_EQ(candles[0].msecs, sessionCloseMsecs(QDate(2024, 7, 31)));
    EXPECT_EQ(candles[1].msecs, sessionCloseMsecs(QDate(2024, 8, 7)));
    EXPECT_EQ(candles[2].msecs, sessionCloseMsecs(QDate(2024, 8, 14)));
    EXPECT_EQ(candles[2].high, 105.0);
    EXPECT_EQ(candles[2].volume, 11000);
    EXPECT_EQ(candlesOf(months, CandlePeriod::Month)[0].msecs, sessionCloseMsecs(QDate(2024, 8, 15)));
}

TEST(CandleGrouping, AMonthWithGapsAndCloseOnlySessions)
{
    // December 2021: a news ticker's close on the 3rd, then the exchange's bars of the 13th and the 31st;
    // January 2022: a news ticker's close only.
    const QVector<DailyBar> bars{closeOnly(QDate(2021, 12, 3), 85.0),
                                 fullBar(QDate(2021, 12, 13), 84.5, 86.0, 84.0, 85.5, 100),
                                 fullBar(QDate(2021, 12, 31), 84.20, 87.30, 84.15, 86.20, 3368560, 84.94),
                                 closeOnly(QDate(2022, 1, 3), 88.0)};
    const QVector<DailyBar> months = groupBars(bars, CandlePeriod::Month);
    ASSERT_EQ(months.size(), 2);
    // Opened at the first price of the month (the ticker's close); its close counts in the high and low.
    DailyBar december = fullBar(QDate(2021, 12, 3), 85.0, 87.30, 84.0, 86.20, 3368660);
    december.previousClose.reset();
    EXPECT_EQ(months[0], december);
    EXPECT_TRUE(months[0].isFull());
    // Closes only: still a close only, drawn as a dot.
    EXPECT_EQ(months[1], closeOnly(QDate(2022, 1, 3), 88.0));
    EXPECT_FALSE(months[1].isFull());
    EXPECT_EQ(candleCount(bars, 0, bars.size(), CandlePeriod::Month), 2);
    EXPECT_EQ(candleCount(bars, 0, bars.size(), CandlePeriod::Week), 4);
}

TEST(CandleGrouping, ASingleBarIsItsOwnWeekAndMonth)
{
    const QVector<DailyBar> one{fullBar(QDate(2021, 12, 31), 84.20, 87.30, 84.15, 86.20, 3368560, 84.94)};
    EXPECT_EQ(groupBars(one, CandlePeriod::Week), one);
    EXPECT_EQ(groupBars(one, CandlePeriod::Month), one);
    EXPECT_EQ(candlePeriodFor(800.0, one, 0, 1), CandlePeriod::Day);
    EXPECT_TRUE(groupBars({}, CandlePeriod::Week).isEmpty());
    EXPECT_EQ(candlePeriodFor(800.0, {}, 0, 0), CandlePeriod::Day);
}

TEST(CandleGrouping, ChoosesTheFinestPeriodWhoseCandlesAreAtLeastTwoPixelsWide)
{
    const QVector<DailyBar> bars = weekdaysFrom2015(2500);  // Monday 5 January 2015 to Friday 2 August 2024
    EXPECT_EQ(bars.last().date, QDate(2024, 8, 2));
    EXPECT_EQ(candleCount(bars, 0, 2500, CandlePeriod::Day), 2500);
    EXPECT_EQ(candleCount(bars, 0, 2500, CandlePeriod::Week), 500);
    EXPECT_EQ(candleCount(bars, 0, 2500, CandlePeriod::Month), 116);  // January 2015 to August 2024
    EXPECT_EQ(candlePeriodFor(5000.0, bars, 0, 2500), CandlePeriod::Day);   // 2 px a session
    EXPECT_EQ(candlePeriodFor(4999.0, bars, 0, 2500), CandlePeriod::Week);  // 10 px a week
    EXPECT_EQ(candlePeriodFor(1000.0, bars, 0, 2500), CandlePeriod::Week);  // 2 px a week
    EXPECT_EQ(candlePeriodFor(999.0, bars, 0, 2500), CandlePeriod::Month);  // 8.6 px a month
    EXPECT_EQ(candlePeriodFor(100.0, bars, 0, 2500), CandlePeriod::Month);  // the coarsest, even under 2 px
    // The last year in view (the last 250 sessions = 50 weeks) on 400 px: 1.6 px a session, 8 px a week.
    EXPECT_EQ(candlePeriodFor(400.0, bars, 2250, 2500), CandlePeriod::Week);
    EXPECT_EQ(candlePeriodFor(500.0, bars, 2250, 2500), CandlePeriod::Day);
    // A chart not laid out yet has no width to divide: daily until it has.
    EXPECT_EQ(candlePeriodFor(0.0, bars, 0, 2500), CandlePeriod::Day);
}

TEST(CandleGrouping, TheReadoutNamesTheWeekOrMonth)
{
    const QVector<DailyBar> weeks = groupBars(augustSessions(), CandlePeriod::Week);
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    EXPECT_EQ(barReadout(weeks, 1, CandlePeriod::Week, english),
              QStringLiteral("Week of Mon 5 Aug 2024  O 102.00  H 103.00  L 94.50  C 99.00  Vol 16,000  \u25BC -3.00 (-2.94%)"));
    const QVector<DailyBar> months = groupBars(augustSessions(), CandlePeriod::Month);
    EXPECT_EQ(barReadout(months, 0, CandlePeriod::Month, english),
              QStringLiteral("August 2024  O 100.00  H 106.00  L 94.50  C 103.50  Vol 30,000  \u25B2 3.00 (+2.99%)"));
    EXPECT_EQ(barReadout(augustSessions(), 0, CandlePeriod::Day, english), barReadout(augustSessions(), 0, english));
    EXPECT_TRUE(barReadout(weeks, 3, CandlePeriod::Week, english).isEmpty());
}

TEST(HistoryRange, APresetLongerThanTheDataSpansTheData)
{
    // Three months of sessions under "1Y" or "5Y": the data, with no empty stretch before them.
    const qint64 first = sessionCloseMsecs(QDate(2024, 5, 16));
    const qint64 last = sessionCloseMsecs(QDate(2024, 8, 16));
    EXPECT_EQ(presetRange(RangePreset::Year, first, last), (TimeRange{first, last}));
    EXPECT_EQ(presetRange(RangePreset::FiveYears, first, last), (TimeRange{first, last}));
    EXPECT_EQ(presetRange(RangePreset::YearToDate, first, last), (TimeRange{first, last}));
    // Shorter presets still reach back from the last session.
    EXPECT_EQ(presetRange(RangePreset::Month, first, last),
              (TimeRange{sessionCloseMsecs(QDate(2024, 7, 16)), last}));
}

// The command line names a range by the buttons' untranslated labels, in any case; another word is none.
TEST(HistoryRange, PresetsAreNamedByTheirLabels)
{
    EXPECT_EQ(presetNamed(QStringLiteral("5Y")), RangePreset::FiveYears);
    EXPECT_EQ(presetNamed(QStringLiteral("all")), RangePreset::All);
    EXPECT_EQ(presetNamed(QStringLiteral("ytd")), RangePreset::YearToDate);
    EXPECT_EQ(presetNamed(QStringLiteral("1w")), RangePreset::Week);
    EXPECT_FALSE(presetNamed(QStringLiteral("7Y")).has_value());
    EXPECT_FALSE(presetNamed(QString()).has_value());
    EXPECT_EQ(presetNames().join(QLatin1Char(' ')), QStringLiteral("1W 1M 3M 6M YTD 1Y 5Y All"));
    for (const QString &name : presetNames())
        EXPECT_EQ(presetLabel(*presetNamed(name)), name);
}
