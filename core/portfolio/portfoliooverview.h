// Everything the window's Portfolio page shows of one portfolio, read from the library at once: holdings,
// each position's last session move, sectors, allocation, and the value series beside the KSE-100.
#pragma once

#include "core/portfolio/performance.h"
#include "core/portfolio/positions.h"
#include "core/portfolio/transaction.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QVector>

#include <optional>

namespace md {

class Library;

// A symbol's move over its last session on or before a date: its close against the close before it.
struct SessionMove
{
    QDate date;             // the session of the newer close
    double change = 0.0;    // per share
    double changePercent = 0.0;
};

// A sector's share of the open positions' value.
struct SectorWeight
{
    QString sector;  // the library's sector name (core/parse/psxsectors.h), or "Other" for symbols without one
    double value = 0.0;
    double weightPercent = 0.0;
    QStringList symbols;  // by value, largest first
};

struct PortfolioOverview
{
    QString portfolio;
    QDate asOf;
    QVector<Transaction> transactions;  // by date
    Holdings holdings;
    QHash<QString, SessionMove> moves;   // by symbol; none for a symbol with fewer than two closes
    QHash<QString, QString> sectors;     // symbol → sector name, where the library knows it
    QVector<SectorWeight> allocation;    // largest first
    Performance performance;             // from the first transaction to the newest close (or asOf)
    QString error;                       // the library could not be read
};

// The sector name used for a symbol the library has none for.
QString otherSectorName();

// The open positions' value by sector, largest first (ties by name).
QVector<SectorWeight> sectorAllocation(const Holdings &holdings, const QHash<QString, QString> &sectors);

// The move of symbol's last close on or before date against the one before it; none without two closes.
std::optional<SessionMove> sessionMoveOn(const PriceHistory &prices, const QString &symbol, const QDate &date);

// The open positions' move over their last sessions together: Σ shares × each one's move, and that against
// their value before it; none when no position has a move.
struct PortfolioMove
{
    QDate date;                          // the newest session among the positions' moves
    double change = 0.0;
    std::optional<double> changePercent;  // none when the value before the move is not above 0
};
std::optional<PortfolioMove> portfolioMoveOf(const Holdings &holdings, const QHash<QString, SessionMove> &moves);

// Reads portfolio's transactions, the closes of their symbols up to asOf, the companies' sectors and the
// KSE-100's levels, and works out the overview (an empty one for a portfolio with no transactions).
PortfolioOverview readPortfolioOverview(Library &library, const QString &portfolio, const QDate &asOf,
                                        CostMethod method = CostMethod::AverageCost);

} // namespace md
