// Positions and profit and loss of a portfolio at a date: average cost (or FIFO), value at the last close,
// realized gain and dividends.
#pragma once

#include "core/portfolio/pricehistory.h"
#include "core/portfolio/transaction.h"

#include <QDate>
#include <QString>
#include <QVector>

#include <optional>

namespace md {

// How a sell's cost is taken: the position's average cost (the default), or the oldest shares first.
enum class CostMethod { AverageCost, Fifo };

struct Position
{
    QString symbol;
    double quantity = 0.0;
    double cost = 0.0;         // what the shares held cost, fees and taxes included
    double averageCost = 0.0;  // cost / quantity (0 when none are held)
    std::optional<ClosePrice> price;  // the last close on or before the date; none: valued at cost
    double value = 0.0;        // quantity × price, or the cost when there is no price
    double unrealized = 0.0;   // value − cost (0 without a price)
    double unrealizedPercent = 0.0;  // unrealized / cost × 100
    double realized = 0.0;     // sells: proceeds after fees and taxes − the cost of the shares sold; − fees charged on the symbol
    double dividends = 0.0;    // cash received (after the tax withheld) − fees
    double dividendTaxes = 0.0;  // the tax withheld
    double weightPercent = 0.0;  // value / total value × 100

    bool isPriced() const { return price.has_value(); }
    bool isOpen() const { return quantity > 1e-6; }
};

struct Holdings
{
    QDate asOf;
    QVector<Position> positions;  // open positions by value (largest first), then by symbol
    QVector<Position> closed;     // symbols sold out (or only with dividends), by symbol: realized and dividends only
    // Totals over every position, open and closed.
    double cost = 0.0;
    double value = 0.0;
    double unrealized = 0.0;
    double unrealizedPercent = 0.0;
    double realized = 0.0;
    double dividends = 0.0;
    double fees = 0.0;   // fee transactions without a symbol
    double cash = 0.0;   // deposits − withdrawals − buys + sells + dividends − fees
};

// Applies every transaction dated on or before asOf (in date order) and values the positions at the last
// close on or before asOf in prices.
Holdings holdingsAt(const QVector<Transaction> &transactions, const QDate &asOf, const PriceHistory &prices,
                    CostMethod method = CostMethod::AverageCost);

// The symbols that transactions name, sorted.
QStringList symbolsOf(const QVector<Transaction> &transactions);

} // namespace md
