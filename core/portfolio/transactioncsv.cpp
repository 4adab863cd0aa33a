// Reading transactions from CSV (strict RFC 4180 records, checked field by field) and writing them back.
#include "core/portfolio/transactioncsv.h"

#include "core/csv/csvformat.h"
#include "core/csv/csvwriter.h"
#include "core/portfolio/csvrecords.h"
#include "core/portfolio/portfolioperformancecsv.h"
#include "core/wording.h"

#include <QRegularExpression>

#include <cmath>

namespace md {
namespace {

enum Column { ColDate, ColType, ColSymbol, ColQuantity, ColPrice, ColAmount, ColFees, ColTaxes, ColNote, ColumnCount };

// A plain decimal number: digits, an optional point and fraction, optionally negative. No grouping, no
// exponent, no currency: "1,000" or "Rs 5" are refused rather than guessed.
bool parseNumber(const QString &field, double *value)
{
    static const QRegularExpression plain(QStringLiteral("^-?(\\d+(\\.\\d*)?|\\.\\d+)$"));
    const QString text = field.trimmed();
    if (!plain.match(text).hasMatch())
        return false;
    bool ok = false;
    *value = text.toDouble(&ok);
    return ok && std::isfinite(*value);
}

// A note written by CsvWriter that looked like a formula carries a leading "'": take it off again.
QString noteFromField(const QString &field)
{
    if (field.size() > 1 && field.startsWith(QLatin1Char('\'')) && CsvWriter::looksLikeFormula(field.mid(1)))
        return field.mid(1);
    return field;
}

// Checks one record and makes it a transaction; false with the reason.
bool readRecord(const CsvRecord &record, const QDate &today, Transaction *t, QString *reason)
{
    const QStringList &f = record.fields;
    if (f.size() != ColumnCount) {
        *reason = tr("it has %1 fields; the header has %2 (date,type,symbol,quantity,price,amount,fees,taxes,note)")
                      .arg(f.size())
                      .arg(int(ColumnCount));
        return false;
    }
    t->date = QDate::fromString(f[ColDate].trimmed(), Qt::ISODate);
    if (!t->date.isValid() || f[ColDate].trimmed().size() != 10) {
        *reason = tr("\"%1\" is not a date (YYYY-MM-DD)").arg(quotedPart(f[ColDate]));
        return false;
    }
    if (today.isValid() && t->date > today) {
        *reason = tr("%1 is in the future (today is %2)").arg(t->date.toString(Qt::ISODate), today.toString(Qt::ISODate));
        return false;
    }
    const std::optional<TransactionType> type = transactionTypeFromName(f[ColType]);
    if (!type) {
        *reason = tr("unknown type \"%1\"; use one of %2")
                      .arg(quotedPart(f[ColType]), transactionTypeNames().join(QStringLiteral(", ")));
        return false;
    }
    t->type = *type;
    t->symbol = f[ColSymbol].trimmed().toUpper();
    static const QRegularExpression symbolPattern(QStringLiteral("^[A-Z0-9][A-Z0-9.\\-]{0,15}$"));
    if (!t->symbol.isEmpty() && !symbolPattern.match(t->symbol).hasMatch()) {
        *reason = tr("\"%1\" is not a symbol (letters and digits, such as LUCK)").arg(quotedPart(f[ColSymbol]));
        return false;
    }

    static const char *const kNames[] = {"date", "type", "symbol", "quantity", "price", "amount", "fees", "taxes"};
    double numbers[ColumnCount] = {};
    bool given[ColumnCount] = {};
    for (int c = ColQuantity; c <= ColTaxes; ++c) {
        if (f[c].trimmed().isEmpty())
            continue;
        if (!parseNumber(f[c], &numbers[c])) {
            *reason = tr("%1 \"%2\" is not a number (digits and a decimal point, such as 1020.5)")
                          .arg(QString::fromLatin1(kNames[c]), quotedPart(f[c]));
            return false;
        }
        if (numbers[c] < 0) {
            *reason = tr("%1 %2 is negative").arg(QString::fromLatin1(kNames[c]), f[c].trimmed());
            return false;
        }
        given[c] = true;
    }
    t->quantity = numbers[ColQuantity];
    t->price = numbers[ColPrice];
    t->amount = numbers[ColAmount];
    t->fees = numbers[ColFees];
    t->taxes = numbers[ColTaxes];
    t->note = noteFromField(f[ColNote]);

    const QString typeName = transactionTypeName(t->type);
    const auto need = [&](bool ok, const char *what) {
        if (!ok)
            *reason = tr("a %1 needs %2").arg(typeName, tr(what));
        return ok;
    };
    switch (t->type) {
    case TransactionType::Buy:
    case TransactionType::Sell:
    case TransactionType::Right:
        if (!need(!t->symbol.isEmpty(), "a symbol") || !need(t->quantity > 0, "a quantity above 0")
            || !need(given[ColPrice], "a price"))
            return false;
        // amount, when given, is the trade's value: quantity times price, to the paisa
        if (given[ColAmount] && std::abs(t->amount - t->quantity * t->price) > 0.005 + 1e-9 * t->amount) {
            *reason = tr("amount %1 is not quantity %2 times price %3").arg(t->amount).arg(t->quantity).arg(t->price);
            return false;
        }
        t->amount = 0.0;
        return true;
    case TransactionType::Dividend:
        return need(!t->symbol.isEmpty(), "a symbol") && need(t->amount > 0, "an amount (the cash received) above 0");
    case TransactionType::Bonus:
        return need(!t->symbol.isEmpty(), "a symbol") && need(t->quantity > 0, "a quantity (the shares received) above 0");
    case TransactionType::Split:
        return need(!t->symbol.isEmpty(), "a symbol")
            && need(t->quantity > 0, "a quantity above 0 (the shares after the split for one share before)");
    case TransactionType::Deposit:
    case TransactionType::Withdrawal:
        if (!t->symbol.isEmpty()) {
            *reason = tr("a %1 has no symbol (got %2)").arg(typeName, t->symbol);
            return false;
        }
        return need(t->amount > 0, "an amount above 0");
    case TransactionType::Fee:
        return need(t->amount > 0, "an amount above 0");
    }
    return true;
}

} // namespace

TransactionCsvResult refusedImport(const QString &fileName, int line, const QString &reason)
{
    TransactionCsvResult result;
    result.error = line > 0 ? tr("%1: line %2: %3; nothing was imported").arg(fileName).arg(line).arg(reason)
                            : tr("%1: %2; nothing was imported").arg(fileName, reason);
    return result;
}

QStringList transactionCsvHeader()
{
    return {QStringLiteral("date"),  QStringLiteral("type"),   QStringLiteral("symbol"),
            QStringLiteral("quantity"), QStringLiteral("price"), QStringLiteral("amount"),
            QStringLiteral("fees"),  QStringLiteral("taxes"),  QStringLiteral("note")};
}

TransactionCsvResult readTransactionsCsv(const QByteArray &bytes, const QString &fileName, const QDate &today,
                                         const QString &portfolio)
{
    TransactionCsvResult result;
    const auto fail = [&](int line, const QString &reason) { return refusedImport(fileName, line, reason); };
    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    const QString text = QString::fromUtf8(data);
    if (text.toUtf8() != data)
        return fail(0, tr("it is not UTF-8 text"));
    if (isPortfolioPerformanceHeader(text.left(text.indexOf(QLatin1Char('\n')))))
        return readPortfolioPerformanceCsv(text, fileName, today, portfolio);
    QVector<CsvRecord> records;
    int badLine = 0;
    QString reason;
    if (!splitCsvRecords(text, QLatin1Char(','), &records, &badLine, &reason))
        return fail(badLine, reason);
    if (records.isEmpty())
        return fail(0, tr("it is empty (the first line must be the header %1)").arg(transactionCsvHeader().join(QLatin1Char(','))));
    QStringList header;
    for (const QString &field : records.first().fields)
        header.append(field.trimmed().toLower());
    if (header != transactionCsvHeader()) {
        return fail(records.first().line, tr("the header is \"%1\"; it must be %2")
                                              .arg(quotedPart(records.first().fields.join(QLatin1Char(','))),
                                                   transactionCsvHeader().join(QLatin1Char(','))));
    }
    result.transactions.reserve(records.size() - 1);
    for (qsizetype r = 1; r < records.size(); ++r) {
        Transaction t;
        if (!readRecord(records[r], today, &t, &reason))
            return fail(records[r].line, reason);
        t.portfolio = portfolio;
        result.transactions.append(t);
        result.lines.append(records[r].line);
    }
    return result;
}

CsvTable transactionsTable(const QVector<Transaction> &transactions, bool withIds)
{
    QStringList header = transactionCsvHeader();
    if (withIds) {
        header.prepend(QStringLiteral("portfolio"));
        header.prepend(QStringLiteral("id"));
    }
    CsvTable table(header);
    table.reserveRows(transactions.size());
    const auto number = [&](double value, bool used) {
        if (used)
            table.addNumber(value);
        else
            table.addEmpty();
    };
    for (const Transaction &t : transactions) {
        if (withIds) {
            table.addNumber(double(t.id));
            table.addText(t.portfolio);
        }
        table.addText(t.date.toString(Qt::ISODate));
        table.addText(transactionTypeName(t.type));
        table.addText(t.symbol);
        const bool trade = t.type == TransactionType::Buy || t.type == TransactionType::Sell || t.type == TransactionType::Right;
        const bool shares = trade || t.type == TransactionType::Bonus || t.type == TransactionType::Split;
        const bool dividend = t.type == TransactionType::Dividend;
        number(t.quantity, shares || (dividend && t.quantity != 0));
        number(t.price, trade || (dividend && t.price != 0));
        number(t.amount, !shares);
        number(t.fees, t.fees != 0);
        number(t.taxes, t.taxes != 0);
        table.addText(t.note);
    }
    return table;
}

CsvSaveResult saveTransactionsCsv(const QVector<Transaction> &transactions, const QString &path)
{
    return saveCsvFile(transactionsTable(transactions), csvFormat(CsvPreset::Csv, QLocale::system()), path);
}

} // namespace md
