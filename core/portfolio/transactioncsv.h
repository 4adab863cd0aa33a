// Transactions as CSV: the header date,type,symbol,quantity,price,amount,fees,taxes,note, read all or nothing
// and written by the CSV module.
#pragma once

#include "core/csv/csvtable.h"
#include "core/csv/csvwriter.h"
#include "core/portfolio/transaction.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

namespace md {

// The header an import expects and an export writes.
QStringList transactionCsvHeader();

struct TransactionCsvResult
{
    QVector<Transaction> transactions;  // in file order; empty when error is set
    QVector<int> lines;                 // the line each transaction starts on
    QString error;  // "FILE: line N: reason", in the user's words; nothing is imported when set

    bool ok() const { return error.isEmpty(); }
};

// Reads transactions from CSV bytes (RFC 4180; CR LF or LF; a UTF-8 byte-order mark is skipped; blank lines
// are skipped): ours, or Portfolio Performance's export, recognised by its header (portfolioperformancecsv.h). All or nothing: the first malformed line, unknown type, bad number or date, date after
// today, or a line missing what its type needs stops the read, naming fileName, the line and the reason.
// Every transaction gets portfolio. Selling more than held is checked by the store, which also knows the
// transactions already stored.
// An import refused whole: the file, the line (0: the file as a whole) and the reason, and nothing to import.
TransactionCsvResult refusedImport(const QString &fileName, int line, const QString &reason);

TransactionCsvResult readTransactionsCsv(const QByteArray &bytes, const QString &fileName, const QDate &today,
                                         const QString &portfolio = defaultPortfolioName());

// The transactions as a table with transactionCsvHeader(), numbers a type does not use left empty; with
// withIds, an id and a portfolio column first (for --transactions list).
CsvTable transactionsTable(const QVector<Transaction> &transactions, bool withIds = false);

// Writes transactions to path as transactionsTable() (what --transactions export and the window's Export write),
// the whole file or nothing.
CsvSaveResult saveTransactionsCsv(const QVector<Transaction> &transactions, const QString &path);

} // namespace md
