// Small helpers for the portfolio tests: transactions from literals, closes from a list.
#pragma once

#include "core/portfolio/pricehistory.h"
#include "core/portfolio/transaction.h"

#include <QByteArray>
#include <QDate>
#include <QString>

namespace md::test {

inline QDate day(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

inline Transaction trade(const char *date, TransactionType type, const char *symbol, double quantity, double price,
                         double fees = 0.0, double taxes = 0.0)
{
    Transaction t;
    t.date = day(date);
    t.type = type;
    t.symbol = QString::fromLatin1(symbol);
    t.quantity = quantity;
    t.price = price;
    t.fees = fees;
    t.taxes = taxes;
    return t;
}

inline Transaction cash(const char *date, TransactionType type, const char *symbol, double amount, double taxes = 0.0)
{
    Transaction t;
    t.date = day(date);
    t.type = type;
    t.symbol = QString::fromLatin1(symbol);
    t.amount = amount;
    t.taxes = taxes;
    return t;
}

// The issue's example as a transactions CSV: bought 100 LUCK at 1000 and 50 OGDC at 200, sold 40 LUCK at 1020
// (docs/portfolio.md, "The acceptance example").
inline const QByteArray kIssueExample = "date,type,symbol,quantity,price,amount,fees,taxes,note\n"
                                        "2024-12-02,buy,LUCK,100,1000,,,,\n"
                                        "2024-12-03,buy,OGDC,50,200,,,,\n"
                                        "2024-12-04,sell,LUCK,40,1020,,,,\n";

// The closes of the fixture closing-rate files tests/data/psx-closing-dec2024/ for LUCK and OGDC.
inline PriceHistory december2024Closes()
{
    PriceHistory prices;
    prices.add(QStringLiteral("LUCK"), day("2024-12-02"), 1001.50);
    prices.add(QStringLiteral("LUCK"), day("2024-12-03"), 1010.25);
    prices.add(QStringLiteral("LUCK"), day("2024-12-04"), 1020.88);
    prices.add(QStringLiteral("OGDC"), day("2024-12-02"), 201.20);
    prices.add(QStringLiteral("OGDC"), day("2024-12-03"), 200.00);
    prices.add(QStringLiteral("OGDC"), day("2024-12-04"), 198.41);
    return prices;
}

} // namespace md::test
