// Portfolio Performance's CSV export: its columns by name (English or German), its locale's numbers, its types.
#include "core/portfolio/portfolioperformancecsv.h"

#include "core/portfolio/csvrecords.h"
#include "core/wording.h"

#include <QRegularExpression>

#include <cmath>

namespace md {
namespace {

// The columns we read, with their names in Portfolio Performance's English and German exports
// (messages.properties: CSVColumn_*). Other columns (ISIN, WKN, Ex-Date, Exchange Rate, …) are ignored.
enum Column { ColDate, ColType, ColValue, ColCurrency, ColGrossAmount, ColFees, ColTaxes, ColShares, ColTicker,
              ColSecurityName, ColNote, ColumnCount };

struct ColumnName
{
    Column column;
    const char *english;
    const char *german;  // UTF-8
};

constexpr ColumnName kColumnNames[] = {
    {ColDate, "Date", "Datum"},
    {ColType, "Type", "Typ"},
    {ColValue, "Value", "Wert"},
    {ColCurrency, "Transaction Currency", "Buchungsw\xC3\xA4hrung"},
    {ColGrossAmount, "Gross Amount", "Bruttobetrag"},
    {ColFees, "Fees", "Geb\xC3\xBChren"},
    {ColTaxes, "Taxes", "Steuern"},
    {ColShares, "Shares", "St\xC3\xBC" "ck"},
    {ColTicker, "Ticker Symbol", "Ticker-Symbol"},
    {ColSecurityName, "Security Name", "Wertpapiername"},
    {ColNote, "Note", "Notiz"},
};

// What a Portfolio Performance type becomes (labels.properties: portfolio.* and account.*).
enum class Kind { Buy, Sell, DeliveryIn, DeliveryOut, TransferIn, TransferOut, Dividend, Deposit, Withdrawal, Fees };

struct TypeName
{
    Kind kind;
    const char *english;
    const char *german;
};

constexpr TypeName kTypeNames[] = {
    {Kind::Buy, "Buy", "Kauf"},
    {Kind::Sell, "Sell", "Verkauf"},
    {Kind::DeliveryIn, "Delivery (Inbound)", "Einlieferung"},
    {Kind::DeliveryOut, "Delivery (Outbound)", "Auslieferung"},
    {Kind::TransferIn, "Transfer (Inbound)", "Umbuchung (Eingang)"},
    {Kind::TransferOut, "Transfer (Outbound)", "Umbuchung (Ausgang)"},
    {Kind::Dividend, "Dividend", "Dividende"},
    {Kind::Deposit, "Deposit", "Einlage"},
    {Kind::Withdrawal, "Withdrawal", "Entnahme"},
    {Kind::Fees, "Fees", "Geb\xC3\xBChren"},
};

int columnOf(const QString &name)
{
    const QString wanted = name.trimmed();
    for (const ColumnName &c : kColumnNames) {
        if (wanted.compare(QLatin1String(c.english), Qt::CaseInsensitive) == 0
            || wanted.compare(QString::fromUtf8(c.german), Qt::CaseInsensitive) == 0)
            return c.column;
    }
    return -1;
}

const TypeName *typeOf(const QString &name)
{
    const QString wanted = name.trimmed();
    for (const TypeName &t : kTypeNames) {
        if (wanted.compare(QLatin1String(t.english), Qt::CaseInsensitive) == 0
            || wanted.compare(QString::fromUtf8(t.german), Qt::CaseInsensitive) == 0)
            return &t;
    }
    return nullptr;
}

QStringList englishTypeNames()
{
    QStringList names;
    for (const TypeName &t : kTypeNames)
        names.append(QString::fromLatin1(t.english));
    return names;
}

// The export separates fields by the locale's list separator: ';' where the decimal mark is a comma.
QChar delimiterOf(const QString &firstLine)
{
    return firstLine.contains(QLatin1Char(';')) ? QLatin1Char(';') : QLatin1Char(',');
}

// A number as the export writes it in its locale (Java's "%,.2f" and "#,##0.########"): an optional minus,
// digits grouped by thousands or not, an optional decimal part. decimalComma: 1.234,56; else 1,234.56 (a
// Swiss 1'234.56 too).
bool parseLocaleNumber(const QString &field, bool decimalComma, double *value)
{
    static const QRegularExpression point(QStringLiteral("^-?(\\d{1,3}([,'\\x{2019}\\x{00A0}\\x{202F}]\\d{3})+|\\d+)(\\.\\d+)?$"));
    static const QRegularExpression comma(QStringLiteral("^-?(\\d{1,3}([.\\x{00A0}\\x{202F} ]\\d{3})+|\\d+)(,\\d+)?$"));
    const QString text = field.trimmed();
    if (!(decimalComma ? comma : point).match(text).hasMatch())
        return false;
    QString plain;
    plain.reserve(text.size());
    for (const QChar c : text) {
        if (c.isDigit() || c == QLatin1Char('-'))
            plain += c;
        else if (c == (decimalComma ? QLatin1Char(',') : QLatin1Char('.')))
            plain += QLatin1Char('.');
    }
    bool ok = false;
    *value = plain.toDouble(&ok);
    return ok && std::isfinite(*value);
}

// The date of a LocalDateTime as Java writes it (2024-12-02T00:00, 2024-12-02T10:30:15) or a plain date.
QDate parseDate(const QString &field)
{
    static const QRegularExpression iso(QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?)?$"));
    const QRegularExpressionMatch m = iso.match(field.trimmed());
    return m.hasMatch() ? QDate::fromString(m.captured(1), Qt::ISODate) : QDate();
}

// Prices from a value and its fees: kept to a hundred-millionth, so 40,800 / 40 reads 1020, not 1019.999…
double roundedPrice(double price)
{
    return std::round(price * 1e8) / 1e8;
}

} // namespace

bool isPortfolioPerformanceHeader(const QString &firstLine)
{
    const QStringList names = firstLine.split(delimiterOf(firstLine));
    bool date = false, type = false, value = false, shares = false;
    for (const QString &name : names) {
        QString n = name.trimmed();
        if (n.size() >= 2 && n.startsWith(QLatin1Char('"')) && n.endsWith(QLatin1Char('"')))
            n = n.mid(1, n.size() - 2);
        switch (columnOf(n)) {
        case ColDate: date = true; break;
        case ColType: type = true; break;
        case ColValue: value = true; break;
        case ColShares: shares = true; break;
        default: break;
        }
    }
    return date && type && value && shares;
}

TransactionCsvResult readPortfolioPerformanceCsv(const QString &text, const QString &fileName, const QDate &today,
                                                 const QString &portfolio)
{
    TransactionCsvResult result;
    const auto fail = [&](int line, const QString &reason) { return refusedImport(fileName, line, reason); };
    const QChar delimiter = delimiterOf(text.left(text.indexOf(QLatin1Char('\n'))));
    QVector<CsvRecord> records;
    int badLine = 0;
    QString reason;
    if (!splitCsvRecords(text, delimiter, &records, &badLine, &reason))
        return fail(badLine, reason);
    if (records.isEmpty())
        return fail(0, tr("it is empty"));

    const CsvRecord &header = records.first();
    int at[ColumnCount];
    std::fill(std::begin(at), std::end(at), -1);
    for (int i = 0; i < header.fields.size(); ++i) {
        const int c = columnOf(header.fields[i]);
        if (c >= 0 && at[c] < 0)
            at[c] = i;
    }
    for (const Column needed : {ColDate, ColType, ColValue, ColShares, ColTicker}) {
        if (at[needed] < 0) {
            return fail(header.line, tr("a Portfolio Performance export needs the column \"%1\" (or \"%2\")")
                                         .arg(QLatin1String(kColumnNames[needed].english),
                                              QString::fromUtf8(kColumnNames[needed].german)));
        }
    }

    // The decimal mark: a point with commas between fields; with semicolons, what the first value shows (values
    // always have two decimals: "1.234,56" in German, "1'234.56" in Swiss exports).
    bool decimalComma = false;
    if (delimiter == QLatin1Char(';')) {
        decimalComma = true;
        static const QRegularExpression twoDecimals(QStringLiteral("([.,])\\d{2}$"));
        for (qsizetype r = 1; r < records.size(); ++r) {
            if (records[r].fields.size() <= at[ColValue])
                continue;
            const QRegularExpressionMatch m = twoDecimals.match(records[r].fields[at[ColValue]].trimmed());
            if (m.hasMatch()) {
                decimalComma = m.captured(1) == QLatin1String(",");
                break;
            }
        }
    }

    result.transactions.reserve(records.size() - 1);
    for (qsizetype r = 1; r < records.size(); ++r) {
        const CsvRecord &record = records[r];
        const QStringList &f = record.fields;
        if (f.size() != header.fields.size()) {
            return fail(record.line, tr("it has %1 fields; the header has %2").arg(f.size()).arg(header.fields.size()));
        }
        const auto field = [&](Column c) { return at[c] >= 0 ? f[at[c]].trimmed() : QString(); };
        const auto number = [&](Column c, const char *what, double *value) {
            *value = 0.0;
            if (field(c).isEmpty())
                return true;
            if (parseLocaleNumber(field(c), decimalComma, value))
                return true;
            reason = tr("%1 \"%2\" is not a number (such as %3)")
                         .arg(QString::fromLatin1(what), quotedPart(field(c)),
                              decimalComma ? QStringLiteral("1.234,56") : QStringLiteral("1,234.56"));
            return false;
        };

        Transaction t;
        t.portfolio = portfolio;
        t.date = parseDate(field(ColDate));
        if (!t.date.isValid())
            return fail(record.line, tr("\"%1\" is not a date (such as 2024-12-02T00:00)").arg(quotedPart(field(ColDate))));
        if (today.isValid() && t.date > today) {
            return fail(record.line, tr("%1 is in the future (today is %2)")
                                         .arg(t.date.toString(Qt::ISODate), today.toString(Qt::ISODate)));
        }
        const TypeName *type = typeOf(field(ColType));
        if (!type) {
            return fail(record.line, tr("the Portfolio Performance type \"%1\" has no MarketDesk transaction; it reads %2")
                                         .arg(quotedPart(field(ColType)), englishTypeNames().join(QStringLiteral(", "))));
        }
        const QString currency = field(ColCurrency);
        if (!currency.isEmpty() && currency.compare(QLatin1String("PKR"), Qt::CaseInsensitive) != 0) {
            return fail(record.line, tr("its value is in %1; MarketDesk keeps Pakistani rupees (PKR)").arg(quotedPart(currency)));
        }
        if (!field(ColGrossAmount).isEmpty())
            return fail(record.line, tr("it has a gross amount in another currency; MarketDesk keeps Pakistani rupees (PKR)"));

        double value = 0.0, fees = 0.0, taxes = 0.0, shares = 0.0;
        if (!number(ColValue, "Value", &value) || !number(ColFees, "Fees", &fees) || !number(ColTaxes, "Taxes", &taxes)
            || !number(ColShares, "Shares", &shares))
            return fail(record.line, reason);
        value = std::abs(value);  // sells and debits are negative
        if (fees < 0 || taxes < 0 || shares < 0)
            return fail(record.line, tr("fees, taxes and shares cannot be negative"));

        QString symbol = field(ColTicker).toUpper();
        if (symbol.endsWith(QLatin1String(".KA")))  // Yahoo's suffix for the Pakistan Stock Exchange
            symbol.chop(3);
        static const QRegularExpression symbolPattern(QStringLiteral("^[A-Z0-9][A-Z0-9.\\-]{0,15}$"));
        if (!symbol.isEmpty() && !symbolPattern.match(symbol).hasMatch())
            return fail(record.line, tr("\"%1\" is not a symbol (letters and digits, such as LUCK)").arg(quotedPart(field(ColTicker))));
        t.symbol = symbol;
        t.note = field(ColNote);

        Kind kind = type->kind;
        const bool security = !symbol.isEmpty() || !field(ColSecurityName).isEmpty() || shares > 0;
        // A transfer between cash accounts (no security) is money into or out of this one.
        if (kind == Kind::TransferIn && !security)
            kind = Kind::Deposit;
        if (kind == Kind::TransferOut && !security)
            kind = Kind::Withdrawal;
        const bool buys = kind == Kind::Buy || kind == Kind::DeliveryIn || kind == Kind::TransferIn;
        const bool sells = kind == Kind::Sell || kind == Kind::DeliveryOut || kind == Kind::TransferOut;
        if ((buys || sells || kind == Kind::Dividend) && symbol.isEmpty()) {
            const QString name = field(ColSecurityName);
            return fail(record.line, name.isEmpty()
                                         ? tr("a %1 needs a ticker symbol").arg(QLatin1String(type->english))
                                         : tr("\"%1\" has no ticker symbol; give it its PSX symbol (such as LUCK) in "
                                              "Portfolio Performance and export again").arg(quotedPart(name)));
        }
        if (buys || sells) {
            if (shares <= 0)
                return fail(record.line, tr("a %1 needs shares above 0").arg(QLatin1String(type->english)));
            // The value is what was paid (gross + fees + taxes) or received (gross − fees − taxes).
            const double gross = buys ? value - fees - taxes : value + fees + taxes;
            if (gross <= 0)
                return fail(record.line, tr("its value %1 does not cover its fees and taxes").arg(value));
            t.type = buys ? TransactionType::Buy : TransactionType::Sell;
            t.quantity = shares;
            t.price = roundedPrice(gross / shares);
            t.fees = fees;
            t.taxes = taxes;
            if (kind != Kind::Buy && kind != Kind::Sell)  // say what it was
                t.note = t.note.isEmpty() ? QLatin1String(type->english) : QLatin1String(type->english) + QStringLiteral(": ") + t.note;
        } else if (kind == Kind::Dividend) {
            // The value is credited after the tax withheld and the fees; our amount is before the fees.
            t.type = TransactionType::Dividend;
            t.quantity = shares;
            t.amount = value + fees;
            t.fees = fees;
            t.taxes = taxes;
        } else {
            t.type = kind == Kind::Deposit ? TransactionType::Deposit
                   : kind == Kind::Withdrawal ? TransactionType::Withdrawal
                                              : TransactionType::Fee;
            if (t.type != TransactionType::Fee)
                t.symbol.clear();
            t.amount = value;
        }
        if ((t.type == TransactionType::Dividend || !changesShares(t.type)) && t.amount <= 0)
            return fail(record.line, tr("a %1 needs a value above 0").arg(QLatin1String(type->english)));
        result.transactions.append(t);
        result.lines.append(record.line);
    }
    return result;
}

} // namespace md
