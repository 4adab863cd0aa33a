// Closing prices by symbol and session, looked up as "the last close on or before a date".
#pragma once

#include <QDate>
#include <QHash>
#include <QString>
#include <QVector>

#include <optional>

namespace md {

class Library;

struct ClosePrice
{
    QDate date;  // the session the close is of
    double close = 0.0;
};

// Closes per symbol, oldest first. Filled from the library's daily bars (fromLibrary) or given directly in
// tests and benchmarks.
class PriceHistory
{
public:
    // Adds a close; closes of one symbol must be added oldest first.
    void add(const QString &symbol, const QDate &date, double close);
    // The last close of symbol on or before date; none when there is no bar that early.
    std::optional<ClosePrice> closeOn(const QString &symbol, const QDate &date) const;
    // Every close of symbol, oldest first.
    const QVector<ClosePrice> &closes(const QString &symbol) const;

    // The closes of symbols' daily bars up to `to` (the exchange's bar of a session, else a news ticker's
    // close). *error is set when the library could not be read.
    static PriceHistory fromLibrary(const Library &library, const QStringList &symbols, const QDate &to,
                                    QString *error = nullptr);
    // Only each symbol's last `count` closes on or before asOf (holdings at a date need one, the session's move
    // two): the bars of the two weeks before asOf, and the whole history up to it only for a symbol with fewer
    // in them.
    static PriceHistory lastClosesFromLibrary(const Library &library, const QStringList &symbols, const QDate &asOf,
                                              QString *error = nullptr, int count = 1);

private:
    QHash<QString, QVector<ClosePrice>> m_closes;
};

// An index's level by day (the last value captured on each day, Pakistan time), oldest first, from the
// library's snapshots; empty when the library holds none.
QVector<ClosePrice> indexLevelsByDay(const Library &library, const QString &indexName);

} // namespace md
