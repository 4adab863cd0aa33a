// What the candlestick chart of a symbol's daily bars shows, worked out without widgets: candles (daily, or
// grouped into weeks or months when daily ones would be too narrow to see), moving averages, the bars in a
// time window, the bar under the crosshair and its readout.
#pragma once

#include "core/library/librarytypes.h"

#include <QLocale>
#include <QString>
#include <QVector>

#include <optional>

namespace md {

// A session's bar as a candle draws it: every price present.
struct Candle
{
    qint64 msecs = 0;   // the session's close (sessionCloseMsecs), where the chart puts the bar
    double open = 0.0;
    double high = 0.0;
    double low = 0.0;
    double close = 0.0;
    qint64 volume = 0;  // 0 where the source has none
    bool full = false;  // DailyBar::isFull(); false: a close only (open = high = low = close)

    bool operator==(const Candle &o) const
    {
        return msecs == o.msecs && open == o.open && high == o.high && low == o.low && close == o.close
            && volume == o.volume && full == o.full;
    }
};

// 15:30 Pakistan time (the session's close) on date, in UTC milliseconds.
qint64 sessionCloseMsecs(const QDate &date);

// The candle of a bar. A missing open is the previous close, else the close; a missing high (low) is the
// higher (lower) of open and close, so a bar with only some prices still draws, never "fixed" past them.
Candle candleOf(const DailyBar &bar);
QVector<Candle> candlesOf(const QVector<DailyBar> &bars);

// What one candle stands for: a session, an ISO week (Monday to Sunday) or a calendar month.
enum class CandlePeriod { Day, Week, Month };

// The first day of date's period: date itself, the Monday of its ISO week, the 1st of its month.
QDate periodStart(const QDate &date, CandlePeriod period);

// The bars (ascending dates) as one bar per period: open = the first session's open, high = the highest
// high, low = the lowest low, close = the last close, volume = the sum of the volumes given; the previous
// close is the first session's. A group's date is its first session (what the readout names). A session
// with a close only counts as a price in its group's high and low (candleOf's rules); a group of such
// sessions only is a close only itself. Day returns the bars as they are.
QVector<DailyBar> groupBars(const QVector<DailyBar> &bars, CandlePeriod period);

// How many candles bars [first, last) (ascending dates) make when grouped by period.
qsizetype candleCount(const QVector<DailyBar> &bars, qsizetype first, qsizetype last, CandlePeriod period);

// The narrowest candle a chart draws, in pixels: under it, daily candles become a smear.
constexpr double kMinimumCandlePixels = 2.0;

// The finest period whose candles for bars [first, last) get at least kMinimumCandlePixels each of a plot
// plotWidthPixels wide (the plot's width over the number of candles): daily, else weekly, else monthly
// (even when months are narrower still). Day when the width is not known yet (0) or there are no bars.
CandlePeriod candlePeriodFor(double plotWidthPixels, const QVector<DailyBar> &bars, qsizetype first, qsizetype last);

// Where a candle of a bar grouped by period stands on the time axis: a session at its close; a week at the
// close of its Wednesday and a month at the close of its 15th, so a wide candle lies over its own sessions
// and every week's (month's) candle is as far from the next one (the chart sizes candles by the smallest gap).
qint64 candleMsecs(const QDate &date, CandlePeriod period);

// The candles of bars grouped by period (groupBars()), each placed by candleMsecs().
QVector<Candle> candlesOf(const QVector<DailyBar> &grouped, CandlePeriod period);

// True when some bar has more than a close: the chart draws candles; otherwise a line of closes.
bool hasFullBars(const QVector<DailyBar> &bars);

// The simple moving average of the closes over period sessions, one value per candle: none for the first
// period - 1 candles (or for all of them when period < 1).
QVector<std::optional<double>> simpleMovingAverage(const QVector<Candle> &candles, int period);

// Candles [first, last) of those whose time lies in [fromMsecs, toMsecs] (candles in ascending time).
struct CandleSpan
{
    int first = 0;
    int last = 0;

    int count() const { return last - first; }
    bool isEmpty() const { return last <= first; }
    bool operator==(const CandleSpan &o) const { return first == o.first && last == o.last; }
};
CandleSpan candlesIn(const QVector<Candle> &candles, qint64 fromMsecs, qint64 toMsecs);

// The candle nearest to msecs (what the crosshair points at); -1 when there are none.
int nearestCandle(const QVector<Candle> &candles, qint64 msecs);

// The change of bar i from the previous close: the bar's own previous close where the source gives it, else
// the close of the bar before when it is the previous session (week, month) across at most a holiday break
// (10, 21, 62 days); none for a first bar or after a gap.
std::optional<double> changeFromPreviousClose(const QVector<DailyBar> &bars, int i,
                                              CandlePeriod period = CandlePeriod::Day);

// The crosshair's readout of bar i: "Fri 31 Dec 2021  O 84.20  H 87.30  L 84.15  C 86.20  Vol 3,368,560
// ▲ 1.26 (+1.48%)"; a close-only bar shows its close and change only. Empty for an index out of range.
QString barReadout(const QVector<DailyBar> &bars, int i, const QLocale &locale = QLocale());
// The same for bar i of bars grouped by period: "Week of Mon 5 Aug 2024  O …" (the week's first session),
// "August 2024  O …"; a day's as barReadout().
QString barReadout(const QVector<DailyBar> &grouped, int i, CandlePeriod period, const QLocale &locale = QLocale());

} // namespace md
