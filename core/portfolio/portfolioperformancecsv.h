// Portfolio Performance's CSV export of transactions (English or German headers), read onto our transactions.
#pragma once

#include "core/portfolio/transactioncsv.h"

#include <QDate>
#include <QString>

namespace md {

// Whether the first line of a file is the header of Portfolio Performance's CSV export (File > Export > CSV:
// portfolio or account transactions): Date, Type, Value, …, Shares, …, Ticker Symbol, …, in English
// (comma-separated, 1,234.56) or German (Datum;Typ;Wert;…, semicolon-separated, 1.234,56).
bool isPortfolioPerformanceHeader(const QString &firstLine);

// Reads such an export (text without a byte-order mark) all or nothing, as readTransactionsCsv() reads ours,
// mapping its types onto ours (docs/portfolio.md): Buy, Sell; Delivery and Transfer of shares as a buy or sell
// at their value; Dividend; Deposit, Withdrawal, Fees. Values are in rupees (PKR); a Yahoo ".KA" suffix on a
// ticker symbol is taken off.
TransactionCsvResult readPortfolioPerformanceCsv(const QString &text, const QString &fileName, const QDate &today,
                                                 const QString &portfolio);

} // namespace md
