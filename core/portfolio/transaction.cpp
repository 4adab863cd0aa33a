// Transaction type names, date order, and the check that no sell sells shares that are not held.
#include "core/portfolio/transaction.h"

#include "core/wording.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace md {
namespace {

struct TypeName
{
    TransactionType type;
    const char *name;
};

constexpr TypeName kTypeNames[] = {
    {TransactionType::Buy, "buy"},         {TransactionType::Sell, "sell"},
    {TransactionType::Dividend, "dividend"}, {TransactionType::Bonus, "bonus"},
    {TransactionType::Right, "right"},     {TransactionType::Split, "split"},
    {TransactionType::Deposit, "deposit"}, {TransactionType::Withdrawal, "withdrawal"},
    {TransactionType::Fee, "fee"},
};

// Shares compare to a millionth of a share: a split by 0.3 leaves 0.30000000000000004 of nothing.
constexpr double kShareEpsilon = 1e-6;

} // namespace

QString transactionTypeName(TransactionType type)
{
    for (const TypeName &t : kTypeNames) {
        if (t.type == type)
            return QString::fromLatin1(t.name);
    }
    return {};
}

std::optional<TransactionType> transactionTypeFromName(const QString &name)
{
    const QString wanted = name.trimmed().toLower();
    for (const TypeName &t : kTypeNames) {
        if (wanted == QLatin1String(t.name))
            return t.type;
    }
    return std::nullopt;
}

QStringList transactionTypeNames()
{
    QStringList names;
    for (const TypeName &t : kTypeNames)
        names.append(QString::fromLatin1(t.name));
    return names;
}

QString defaultPortfolioName()
{
    return QStringLiteral("Default");
}

QVector<Transaction> inDateOrder(QVector<Transaction> transactions)
{
    std::stable_sort(transactions.begin(), transactions.end(),
                     [](const Transaction &a, const Transaction &b) { return a.date < b.date; });
    return transactions;
}

bool changesShares(TransactionType type)
{
    return type == TransactionType::Buy || type == TransactionType::Sell || type == TransactionType::Bonus
        || type == TransactionType::Right || type == TransactionType::Split;
}

QString findUncoveredTransaction(const QVector<Transaction> &transactions, qsizetype *index)
{
    QVector<qsizetype> order(transactions.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return transactions[a].date < transactions[b].date;
    });
    QHash<QString, double> held;
    for (const qsizetype i : order) {
        const Transaction &t = transactions[i];
        double &shares = held[t.symbol];
        QString reason;
        switch (t.type) {
        case TransactionType::Buy:
        case TransactionType::Right:
        case TransactionType::Bonus:
            if (t.type == TransactionType::Bonus && shares <= kShareEpsilon)
                reason = tr("a bonus of %1 shares of %2 on %3, when none were held").arg(t.quantity).arg(t.symbol, t.date.toString(Qt::ISODate));
            shares += t.quantity;
            break;
        case TransactionType::Sell:
            if (t.quantity > shares + kShareEpsilon) {
                reason = tr("a sell of %1 shares of %2 on %3, when %4 were held")
                             .arg(t.quantity)
                             .arg(t.symbol, t.date.toString(Qt::ISODate))
                             .arg(shares);
            }
            shares -= t.quantity;
            if (std::abs(shares) < kShareEpsilon)
                shares = 0.0;
            break;
        case TransactionType::Split:
            if (shares <= kShareEpsilon)
                reason = tr("a split of %1 on %2, when no shares were held").arg(t.symbol, t.date.toString(Qt::ISODate));
            shares *= t.quantity;
            break;
        default:
            break;
        }
        if (!reason.isEmpty()) {
            if (index)
                *index = i;
            return reason;
        }
    }
    return {};
}

QVector<TradeMark> tradeMarksOf(const QVector<Transaction> &transactions, const QString &symbol)
{
    QVector<TradeMark> marks;
    for (const Transaction &t : inDateOrder(transactions)) {
        const bool buy = t.type == TransactionType::Buy || t.type == TransactionType::Right;
        if ((buy || t.type == TransactionType::Sell) && t.symbol.compare(symbol, Qt::CaseInsensitive) == 0)
            marks.append(TradeMark{t.date, t.price, t.quantity, buy});
    }
    return marks;
}

QString transactionProblem(const Transaction &t, const QDate &today)
{
    if (!t.date.isValid())
        return tr("it needs a date");
    if (today.isValid() && t.date > today)
        return tr("%1 is in the future (today is %2)").arg(t.date.toString(Qt::ISODate), today.toString(Qt::ISODate));
    static const QRegularExpression symbolPattern(QStringLiteral("^[A-Z0-9][A-Z0-9.\\-]{0,15}$"));
    if (!t.symbol.isEmpty() && !symbolPattern.match(t.symbol).hasMatch())
        return tr("\"%1\" is not a symbol (letters and digits, such as LUCK)").arg(quotedPart(t.symbol));
    if (t.quantity < 0 || t.price < 0 || t.amount < 0 || t.fees < 0 || t.taxes < 0)
        return tr("its numbers cannot be negative");
    const QString typeName = transactionTypeName(t.type);
    const auto needs = [&](const char *what) { return tr("a %1 needs %2").arg(typeName, tr(what)); };
    switch (t.type) {
    case TransactionType::Buy:
    case TransactionType::Sell:
    case TransactionType::Right:
        if (t.symbol.isEmpty())
            return needs("a symbol");
        if (t.quantity <= 0)
            return needs("a quantity above 0");
        if (t.price <= 0)
            return needs("a price above 0");
        return {};
    case TransactionType::Dividend:
        if (t.symbol.isEmpty())
            return needs("a symbol");
        return t.amount > 0 ? QString() : needs("an amount (the cash received) above 0");
    case TransactionType::Bonus:
        if (t.symbol.isEmpty())
            return needs("a symbol");
        return t.quantity > 0 ? QString() : needs("a quantity (the shares received) above 0");
    case TransactionType::Split:
        if (t.symbol.isEmpty())
            return needs("a symbol");
        return t.quantity > 0 ? QString() : needs("a quantity above 0 (the shares after the split for one share before)");
    case TransactionType::Deposit:
    case TransactionType::Withdrawal:
        if (!t.symbol.isEmpty())
            return tr("a %1 has no symbol (got %2)").arg(typeName, t.symbol);
        return t.amount > 0 ? QString() : needs("an amount above 0");
    case TransactionType::Fee:
        return t.amount > 0 ? QString() : needs("an amount above 0");
    }
    return {};
}

} // namespace md
