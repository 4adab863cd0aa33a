// Performance: the value series day by day, TTWROR with the day's flows, IRR by Newton's method with a
// bisection fallback, and the index rebased.
#include "core/portfolio/performance.h"

#include "core/portfolio/positionbook.h"

#include <algorithm>
#include <cmath>

namespace md {
namespace {

double valueOf(const PositionBook &book, const PriceHistory &prices, const QDate &day)
{
    double value = 0.0;
    for (const PositionBook::Entry &e : book.entries()) {
        const double q = e.quantity();
        if (q <= 1e-6)
            continue;
        const std::optional<ClosePrice> price = prices.closeOn(e.symbol, day);
        value += price ? q * price->close : e.cost();  // no price yet: at cost, as holdingsAt() does
    }
    return value;
}

// The same for days in increasing order: each symbol's place in its closes moves forward only, so a day costs
// one step per symbol instead of a search (a 10-year series of 50 positions is 180,000 look-ups).
class DailyValuer
{
public:
    explicit DailyValuer(const PriceHistory &prices)
        : m_prices(prices)
    {
    }

    double valueOn(const PositionBook &book, const QDate &day)
    {
        const QVector<PositionBook::Entry> &entries = book.entries();
        while (m_cursors.size() < entries.size()) {
            const QVector<ClosePrice> &closes = m_prices.closes(entries[m_cursors.size()].symbol);
            m_cursors.append({&closes, -1});
        }
        double value = 0.0;
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const PositionBook::Entry &e = entries[i];
            const double q = e.quantity();
            if (q <= 1e-6)
                continue;
            Cursor &c = m_cursors[i];
            while (c.at + 1 < c.closes->size() && (*c.closes)[c.at + 1].date <= day)
                ++c.at;
            value += c.at >= 0 && (*c.closes)[c.at].date <= day ? q * (*c.closes)[c.at].close : e.cost();
        }
        return value;
    }

private:
    struct Cursor
    {
        const QVector<ClosePrice> *closes = nullptr;
        qsizetype at = -1;  // the last close on or before the day last asked for
    };
    const PriceHistory &m_prices;
    QVector<Cursor> m_cursors;
};

std::optional<double> levelOn(const QVector<ClosePrice> &levels, const QDate &day)
{
    const auto after = std::upper_bound(levels.cbegin(), levels.cend(), day,
                                        [](const QDate &d, const ClosePrice &p) { return d < p.date; });
    if (after == levels.cbegin())
        return std::nullopt;
    return (after - 1)->close;
}

double npv(const QVector<DatedAmount> &amounts, double rate)
{
    double sum = 0.0;
    for (const DatedAmount &a : amounts)
        sum += a.amount / std::pow(1.0 + rate, a.days / 365.0);
    return sum;
}

} // namespace

DayFlows flowsOf(const Transaction &t)
{
    switch (t.type) {
    case TransactionType::Buy:
    case TransactionType::Right:
        return {t.quantity * t.price + t.fees + t.taxes, 0.0};
    case TransactionType::Sell:
        return {0.0, t.quantity * t.price - t.fees - t.taxes};
    case TransactionType::Dividend:
        return {0.0, t.amount - t.fees};
    case TransactionType::Fee:
        return {t.amount + t.fees, 0.0};
    default:
        return {};
    }
}

std::optional<double> internalRateOfReturn(const QVector<DatedAmount> &amounts)
{
    bool positive = false;
    bool negative = false;
    for (const DatedAmount &a : amounts) {
        positive = positive || a.amount > 0;
        negative = negative || a.amount < 0;
    }
    if (!positive || !negative)
        return std::nullopt;
    // Newton's method from 10% a year.
    double rate = 0.1;
    for (int i = 0; i < 100; ++i) {
        double f = 0.0;
        double df = 0.0;
        for (const DatedAmount &a : amounts) {
            const double t = a.days / 365.0;
            const double discount = std::pow(1.0 + rate, -t);
            f += a.amount * discount;
            df -= t * a.amount * discount / (1.0 + rate);
        }
        if (df == 0.0 || !std::isfinite(f) || !std::isfinite(df))
            break;
        const double next = rate - f / df;
        if (!std::isfinite(next) || next <= -1.0)
            break;
        if (std::abs(next - rate) < 1e-12) {
            return next;
        }
        rate = next;
    }
    // Bisection between a loss of almost everything and a gain of a billion-fold a year.
    double low = -0.999999;
    double high = 1e9;
    double fLow = npv(amounts, low);
    const double fHigh = npv(amounts, high);
    if (!std::isfinite(fLow) || !std::isfinite(fHigh) || (fLow > 0) == (fHigh > 0))
        return std::nullopt;
    for (int i = 0; i < 400; ++i) {
        const double mid = low + (high - low) / 2.0;
        const double fMid = npv(amounts, mid);
        if ((fMid > 0) == (fLow > 0)) {
            low = mid;
            fLow = fMid;
        } else {
            high = mid;
        }
        if (high - low < 1e-12 * std::max(1.0, std::abs(low)))
            break;
    }
    return low + (high - low) / 2.0;
}

Performance performanceOver(const QVector<Transaction> &transactions, const QDate &from, const QDate &to,
                            const PriceHistory &prices, const QVector<ClosePrice> &indexLevels)
{
    Performance p;
    p.from = from;
    p.to = to;
    if (!from.isValid() || !to.isValid() || to < from)
        return p;
    const QVector<Transaction> ordered = inDateOrder(transactions);
    PositionBook book;
    qsizetype next = 0;
    // Everything up to the end of the day before the period.
    while (next < ordered.size() && ordered[next].date < from)
        book.apply(ordered[next++]);
    p.startValue = valueOf(book, prices, from.addDays(-1));

    DailyValuer valuer(prices);
    QVector<DatedAmount> amounts;
    if (p.startValue != 0.0)
        amounts.append({0, -p.startValue});
    double previous = p.startValue;
    double growth = 1.0;
    const qint64 days = from.daysTo(to) + 1;
    p.series.reserve(days);
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        PerformancePoint point;
        point.date = day;
        while (next < ordered.size() && ordered[next].date == day) {
            const DayFlows f = flowsOf(ordered[next]);
            point.flows.in += f.in;
            point.flows.out += f.out;
            book.apply(ordered[next++]);
        }
        point.value = valuer.valueOn(book, day);
        // True time-weighted: money in at the day's start, money out at its end.
        const double base = previous + point.flows.in;
        if (base > 1e-9)
            growth *= (point.value + point.flows.out) / base;
        point.cumulativeReturn = growth - 1.0;
        point.index = levelOn(indexLevels, day);
        p.moneyIn += point.flows.in;
        p.moneyOut += point.flows.out;
        const double net = point.flows.out - point.flows.in;
        if (net != 0.0)
            amounts.append({int(from.daysTo(day)) + 1, net});
        previous = point.value;
        p.series.append(point);
    }
    p.endValue = previous;
    p.gain = p.endValue - p.startValue - p.moneyIn + p.moneyOut;
    p.ttwror = growth - 1.0;
    if (p.endValue != 0.0)
        amounts.append({int(from.daysTo(to)) + 1, p.endValue});
    // Several amounts on one day are one amount.
    QVector<DatedAmount> merged;
    for (const DatedAmount &a : amounts) {
        if (!merged.isEmpty() && merged.last().days == a.days)
            merged.last().amount += a.amount;
        else
            merged.append(a);
    }
    p.irr = internalRateOfReturn(merged);

    // The index rebased on the first day with both a portfolio value and an index level.
    for (const PerformancePoint &point : p.series) {
        if (point.value > 0 && point.index) {
            p.indexBaseDay = point.date;
            const double scale = point.value / *point.index;
            for (PerformancePoint &q : p.series) {
                if (q.date >= point.date && q.index) {
                    q.indexRebased = *q.index * scale;
                    q.indexChange = *q.index / *point.index - 1.0;
                }
            }
            const std::optional<double> last = p.series.last().index;
            p.indexReturn = *last / *point.index - 1.0;
            break;
        }
    }
    return p;
}

} // namespace md
