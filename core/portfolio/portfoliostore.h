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
    int count = 0;   // transactions imported or removed
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

    QString lastError() const { return m_lastError; }

private:
    qint64 portfolioId(const QString &name) const;  // 0 when there is none
    bool knowsSymbol(const QString &symbol) const;

    Library &m_library;
    mutable QString m_lastError;
};

// Today's date on the exchange's clock (Pakistan time): the latest date a transaction may have.
QDate todayOnExchangeClock();

} // namespace md
