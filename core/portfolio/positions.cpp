// The position book: lots per symbol, applied transaction by transaction.
#include "core/portfolio/positions.h"

#include "core/portfolio/positionbook.h"

#include <QSet>

#include <algorithm>

namespace md {

QStringList symbolsOf(const QVector<Transaction> &transactions)
{
    QSet<QString> set;
    for (const Transaction &t : transactions) {
        if (!t.symbol.isEmpty())
            set.insert(t.symbol);
    }
    QStringList symbols(set.cbegin(), set.cend());
    symbols.sort();
    return symbols;
}

Holdings holdingsAt(const QVector<Transaction> &transactions, const QDate &asOf, const PriceHistory &prices,
                    CostMethod method)
{
    PositionBook book(method);
    for (const Transaction &t : inDateOrder(transactions)) {
        if (t.date > asOf)
            break;
        book.apply(t);
    }
    Holdings h;
    h.asOf = asOf;
    h.fees = book.fees();
    h.cash = book.cash();
    for (const PositionBook::Entry &e : book.entries()) {
        Position p;
        p.symbol = e.symbol;
        p.quantity = e.quantity();
        p.cost = e.cost();
        p.realized = e.realized;
        p.dividends = e.dividends;
        p.dividendTaxes = e.dividendTaxes;
        if (p.isOpen()) {
            p.averageCost = p.cost / p.quantity;
            p.price = prices.closeOn(p.symbol, asOf);
            p.value = p.price ? p.quantity * p.price->close : p.cost;
            p.unrealized = p.value - p.cost;
            p.unrealizedPercent = p.cost > 0 ? p.unrealized / p.cost * 100.0 : 0.0;
        } else {
            p.quantity = 0.0;
            p.cost = 0.0;
        }
        h.cost += p.cost;
        h.value += p.value;
        h.unrealized += p.unrealized;
        h.realized += p.realized;
        h.dividends += p.dividends;
        (p.isOpen() ? h.positions : h.closed).append(p);
    }
    h.unrealizedPercent = h.cost > 0 ? h.unrealized / h.cost * 100.0 : 0.0;
    for (Position &p : h.positions)
        p.weightPercent = h.value > 0 ? p.value / h.value * 100.0 : 0.0;
    std::sort(h.positions.begin(), h.positions.end(), [](const Position &a, const Position &b) {
        return a.value != b.value ? a.value > b.value : a.symbol < b.symbol;
    });
    return h;
}

} // namespace md
