// A portfolio's performance over a period: absolute gain, true time-weighted return (TTWROR), money-weighted
// return (IRR) and its value day by day beside an index rebased to it.
#pragma once

#include "core/portfolio/positions.h"
#include "core/portfolio/pricehistory.h"
#include "core/portfolio/transaction.h"

#include <QDate>
#include <QVector>

#include <optional>

namespace md {

// The money that moved into or out of the shares on one day. Buys, right subscriptions and fees are money in;
// sells (after their fees and taxes) and dividends (after tax) are money out. Deposits and withdrawals move
// money in the cash account only and leave the return unchanged (docs/portfolio.md).
struct DayFlows
{
    double in = 0.0;
    double out = 0.0;
};
DayFlows flowsOf(const Transaction &t);

struct PerformancePoint
{
    QDate date;
    double value = 0.0;  // the shares held at the day's end, at the last close on or before it
    DayFlows flows;
    double cumulativeReturn = 0.0;       // TTWROR from the period's start to this day's end
    std::optional<double> index;         // the index's level on or before the day
    std::optional<double> indexRebased;  // the index scaled to the portfolio's value on the base day
    std::optional<double> indexChange;   // the index's change since the base day, a fraction (from the base day on)
};

struct Performance
{
    QDate from;
    QDate to;
    double startValue = 0.0;  // at the end of the day before `from`
    double endValue = 0.0;    // at the end of `to`
    double moneyIn = 0.0;     // over the period
    double moneyOut = 0.0;
    double gain = 0.0;        // endValue − startValue − moneyIn + moneyOut
    double ttwror = 0.0;      // Π (1 + r_day) − 1, a fraction
    std::optional<double> irr;  // annual, a fraction; none when no rate balances the flows
    std::optional<double> indexReturn;  // the index over the same days (from its base day), a fraction
    QDate indexBaseDay;       // the day the index is rebased on (the first with both a value and a level)
    QVector<PerformancePoint> series;  // one point a calendar day, from..to
};

// indexLevels: the benchmark's levels by day, oldest first (indexLevelsByDay()); may be empty.
Performance performanceOver(const QVector<Transaction> &transactions, const QDate &from, const QDate &to,
                            const PriceHistory &prices, const QVector<ClosePrice> &indexLevels = {});

// The annual rate r with Σ amount_i / (1 + r)^(days_i / 365) = 0 (amounts from the investor's side: money in
// negative, money out and the final value positive); none when the amounts do not change sign or no rate is
// found.
struct DatedAmount
{
    int days = 0;  // since the first
    double amount = 0.0;
};
std::optional<double> internalRateOfReturn(const QVector<DatedAmount> &amounts);

} // namespace md
