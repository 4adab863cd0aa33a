// Named portfolios and their transactions in the library database: import (all or nothing), list, remove.
#pragma once

#include "core/portfolio/transaction.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

namespace md {

class Library;

struct TransactionChange
{
    int count = 0;   // transactions imported, added, replaced or removed
    qint64 id = 0;   // add(): the new transaction's id
    QString error;   // in the user's words; nothing changed when set
    bool busy = false;  // another MarketDesk held the write lock too long

    bool ok() const { return error.isEmpty(); }
};

// Use it on the library's thread, like Watchlist. Portfolio names compare without case; a portfolio is made
// by its first import.
class PortfolioStore
{
public:
    explicit PortfolioStore(Library &library);

    QStringList portfolioNames() const;
    bool hasPortfolio(const QString &name) const;
    // A portfolio's transactions (every portfolio's when name is empty), by date, then as stored.
    QVector<Transaction> transactions(const QString &portfolio = defaultPortfolioName()) const;

    // Reads a CSV file (transactioncsv.h) and stores its transactions in portfolio, all or nothing. Refused,
    // naming the file (and the line): anything readTransactionsCsv() refuses, a symbol the library has no
    // prices or quotes for, a sell of more shares than held on its date (counting the transactions already
    // stored), and a file with the same bytes already imported into that portfolio.
    TransactionChange importCsvFile(const QString &path, const QString &portfolio, const QDate &today);
    TransactionChange importCsv(const QByteArray &bytes, const QString &fileName, const QString &portfolio,
                                const QDate &today);
    // Removes one transaction; refused when a later sell would then sell more than was held.
    TransactionChange remove(qint64 id);
    // Stores one transaction typed by hand in t.portfolio (made when it is new); refused, with nothing stored,
    // for what transactionProblem() names, a symbol the library has no prices for, or a sell of more than held.
    // change.id is the new transaction's id.
    TransactionChange add(const Transaction &t, const QDate &today);
    // Replaces the stored transaction t.id (in its portfolio) with t; refused as add() is, and when it is not
    // stored.
    TransactionChange replace(const Transaction &t, const QDate &today);

    QString lastError() const { return m_lastError; }

private:
    qint64 portfolioId(const QString &name) const;  // 0 when there is none
    bool knowsSymbol(const QString &symbol) const;
    // The checks of add() and replace() on the portfolio's transactions with t in place of t.id (or added).
    QString refusalOf(const Transaction &t, const QDate &today) const;
    bool begin(TransactionChange *change);

    Library &m_library;
    mutable QString m_lastError;
};

// Today's date on the exchange's clock (Pakistan time): the latest date a transaction may have.
QDate todayOnExchangeClock();

} // namespace md
