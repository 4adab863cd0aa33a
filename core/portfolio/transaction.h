// A portfolio transaction (buy, sell, dividend, bonus, right, split, deposit, withdrawal, fee) and its names.
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace md {

enum class TransactionType { Buy, Sell, Dividend, Bonus, Right, Split, Deposit, Withdrawal, Fee };

// "buy", "sell", "dividend", "bonus", "right", "split", "deposit", "withdrawal", "fee": the CSV's and the
// library's names.
QString transactionTypeName(TransactionType type);
std::optional<TransactionType> transactionTypeFromName(const QString &name);  // any case
QStringList transactionTypeNames();

// One line of a portfolio's history. Which fields a type uses (docs/portfolio.md):
//   buy, right     quantity shares at price; fees and taxes add to the cost
//   sell           quantity shares at price; fees and taxes come off the proceeds
//   dividend       amount is the cash received (after the tax withheld), taxes the tax withheld; quantity and
//                  price (shares and rate) are optional
//   bonus          quantity is the shares received (at no cost)
//   split          quantity is the shares after the split for one share before (10 for 1:10, 0.5 for 2:1)
//   deposit, withdrawal   amount of cash into or out of the account
//   fee            amount paid (a symbol is optional)
// Unused numbers are 0.
struct Transaction
{
    qint64 id = 0;  // the library's row id; 0 before it is stored
    QDate date;
    TransactionType type = TransactionType::Buy;
    QString symbol;  // upper case; empty for deposit and withdrawal
    double quantity = 0.0;
    double price = 0.0;
    double amount = 0.0;
    double fees = 0.0;
    double taxes = 0.0;
    QString note;
    QString portfolio;

    bool operator==(const Transaction &o) const
    {
        return id == o.id && date == o.date && type == o.type && symbol == o.symbol && quantity == o.quantity
            && price == o.price && amount == o.amount && fees == o.fees && taxes == o.taxes && note == o.note
            && portfolio == o.portfolio;
    }
};

// The portfolio used when none is named.
QString defaultPortfolioName();

// Transactions in the order they apply: by date, then as given (a stable sort).
QVector<Transaction> inDateOrder(QVector<Transaction> transactions);

// Whether a type changes the shares held of its symbol (buy, sell, bonus, right, split).
bool changesShares(TransactionType type);

// The first sell in transactions (taken in date order) of more shares than were held of its symbol on that
// date, or a bonus or split of a symbol not held; the reason in words, or empty when every one is covered.
// *index is set to the offending transaction's position in the vector given.
QString findUncoveredTransaction(const QVector<Transaction> &transactions, qsizetype *index = nullptr);

// A buy (or right subscription) or a sell of one symbol, to mark on its chart.
struct TradeMark
{
    QDate date;
    double price = 0.0;
    double quantity = 0.0;
    bool buy = true;
};
// symbol's buys, rights and sells among transactions, in date order.
QVector<TradeMark> tradeMarksOf(const QVector<Transaction> &transactions, const QString &symbol);

// What keeps a transaction typed by hand (the window's dialog) from being stored, in the user's words, or empty:
// a date missing or after today, a symbol that is not one, a negative number, or a field its type needs (the
// same needs an import has, docs/portfolio.md; a buy, sell or right needs a price above 0).
QString transactionProblem(const Transaction &t, const QDate &today);

} // namespace md
