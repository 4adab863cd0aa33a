// The running state of a portfolio's shares, lot by lot, as transactions are applied in date order.
#pragma once

#include "core/portfolio/positions.h"
#include "core/portfolio/transaction.h"

#include <QHash>
#include <QString>
#include <QVector>

namespace md {

// Used by holdingsAt() and the performance series, which apply transactions one day at a time.
class PositionBook
{
public:
    struct Lot
    {
        double quantity = 0.0;
        double cost = 0.0;  // fees and taxes included
    };
    struct Entry
    {
        QString symbol;
        QVector<Lot> lots;  // oldest first; one lot under average cost
        double realized = 0.0;
        double dividends = 0.0;
        double dividendTaxes = 0.0;

        double quantity() const;
        double cost() const;
    };

    explicit PositionBook(CostMethod method = CostMethod::AverageCost);

    // Applies one transaction (its date is not checked: apply in date order). A sell of more than is held
    // sells what is held (imports refuse such a sell before it is stored).
    void apply(const Transaction &t);

    // Every symbol seen, in the order first seen.
    const QVector<Entry> &entries() const { return m_entries; }
    double fees() const { return m_fees; }
    double cash() const { return m_cash; }

private:
    Entry &entry(const QString &symbol);

    CostMethod m_method;
    QVector<Entry> m_entries;
    QHash<QString, qsizetype> m_index;
    double m_fees = 0.0;
    double m_cash = 0.0;
};

} // namespace md
