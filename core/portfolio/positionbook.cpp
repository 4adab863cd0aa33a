// Applying transactions to lots: average cost or FIFO for sells; bonus shares and splits keep the cost.
#include "core/portfolio/positionbook.h"

#include <algorithm>

namespace md {
namespace {

constexpr double kShareEpsilon = 1e-6;

} // namespace

double PositionBook::Entry::quantity() const
{
    double q = 0.0;
    for (const Lot &lot : lots)
        q += lot.quantity;
    return q;
}

double PositionBook::Entry::cost() const
{
    double c = 0.0;
    for (const Lot &lot : lots)
        c += lot.cost;
    return c;
}

PositionBook::PositionBook(CostMethod method)
    : m_method(method)
{
}

PositionBook::Entry &PositionBook::entry(const QString &symbol)
{
    const auto it = m_index.constFind(symbol);
    if (it != m_index.cend())
        return m_entries[*it];
    m_index.insert(symbol, m_entries.size());
    m_entries.append(Entry{symbol, {}, 0.0, 0.0, 0.0});
    return m_entries.last();
}

void PositionBook::apply(const Transaction &t)
{
    switch (t.type) {
    case TransactionType::Buy:
    case TransactionType::Right: {
        // Right shares are a purchase at the subscription price.
        const double cost = t.quantity * t.price + t.fees + t.taxes;
        Entry &e = entry(t.symbol);
        if (m_method == CostMethod::AverageCost && !e.lots.isEmpty()) {
            e.lots.first().quantity += t.quantity;
            e.lots.first().cost += cost;
        } else {
            e.lots.append({t.quantity, cost});
        }
        m_cash -= cost;
        break;
    }
    case TransactionType::Sell: {
        Entry &e = entry(t.symbol);
        const double proceeds = t.quantity * t.price - t.fees - t.taxes;
        double toSell = t.quantity;
        double costSold = 0.0;
        if (m_method == CostMethod::AverageCost) {
            if (!e.lots.isEmpty()) {
                Lot &lot = e.lots.first();
                const double sold = std::min(toSell, lot.quantity);
                const double part = lot.quantity > 0 ? lot.cost * (sold / lot.quantity) : 0.0;
                costSold = part;
                lot.quantity -= sold;
                lot.cost -= part;
                if (lot.quantity < kShareEpsilon)
                    e.lots.clear();
            }
        } else {
            while (toSell > kShareEpsilon && !e.lots.isEmpty()) {
                Lot &lot = e.lots.first();
                if (lot.quantity <= toSell + kShareEpsilon) {
                    costSold += lot.cost;
                    toSell -= lot.quantity;
                    e.lots.removeFirst();
                } else {
                    const double part = lot.cost * (toSell / lot.quantity);
                    costSold += part;
                    lot.quantity -= toSell;
                    lot.cost -= part;
                    toSell = 0.0;
                }
            }
        }
        e.realized += proceeds - costSold;
        m_cash += proceeds;
        break;
    }
    case TransactionType::Bonus:
    case TransactionType::Split: {
        // The same cost over more (or fewer) shares: every lot grows by the same factor.
        Entry &e = entry(t.symbol);
        const double held = e.quantity();
        const double factor = t.type == TransactionType::Split ? t.quantity
                                                               : (held > 0 ? (held + t.quantity) / held : 1.0);
        for (Lot &lot : e.lots)
            lot.quantity *= factor;
        break;
    }
    case TransactionType::Dividend: {
        Entry &e = entry(t.symbol);
        e.dividends += t.amount - t.fees;
        e.dividendTaxes += t.taxes;
        m_cash += t.amount - t.fees;
        break;
    }
    case TransactionType::Deposit:
        m_cash += t.amount;
        break;
    case TransactionType::Withdrawal:
        m_cash -= t.amount;
        break;
    case TransactionType::Fee:
        if (!t.symbol.isEmpty())
            entry(t.symbol).realized -= t.amount + t.fees;
        else
            m_fees += t.amount + t.fees;
        m_cash -= t.amount + t.fees;
        break;
    }
}

} // namespace md
