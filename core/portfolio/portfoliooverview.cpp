// The Portfolio page's numbers in one read: holdings, session moves, sectors, allocation and performance.
#include "core/portfolio/portfoliooverview.h"

#include "core/library/library.h"
#include "core/portfolio/portfoliostore.h"
#include "core/wording.h"

#include <algorithm>

namespace md {

QString otherSectorName()
{
    return tr("Other");
}

QVector<SectorWeight> sectorAllocation(const Holdings &holdings, const QHash<QString, QString> &sectors)
{
    QVector<SectorWeight> weights;
    QHash<QString, qsizetype> at;
    for (const Position &p : holdings.positions) {  // largest first, so each sector's symbols are too
        const QString sector = sectors.value(p.symbol, otherSectorName());
        auto it = at.constFind(sector);
        if (it == at.cend()) {
            it = at.insert(sector, weights.size());
            weights.append(SectorWeight{sector, 0.0, 0.0, {}});
        }
        SectorWeight &w = weights[*it];
        w.value += p.value;
        w.symbols.append(p.symbol);
    }
    for (SectorWeight &w : weights)
        w.weightPercent = holdings.value > 0 ? w.value / holdings.value * 100.0 : 0.0;
    std::sort(weights.begin(), weights.end(), [](const SectorWeight &a, const SectorWeight &b) {
        return a.value != b.value ? a.value > b.value : a.sector < b.sector;
    });
    return weights;
}

std::optional<SessionMove> sessionMoveOn(const PriceHistory &prices, const QString &symbol, const QDate &date)
{
    const QVector<ClosePrice> &closes = prices.closes(symbol);
    const auto after = std::upper_bound(closes.cbegin(), closes.cend(), date,
                                        [](const QDate &d, const ClosePrice &c) { return d < c.date; });
    if (after - closes.cbegin() < 2)
        return std::nullopt;
    const ClosePrice &last = *(after - 1);
    const ClosePrice &previous = *(after - 2);
    SessionMove move;
    move.date = last.date;
    move.change = last.close - previous.close;
    move.changePercent = previous.close != 0 ? move.change / previous.close * 100.0 : 0.0;
    return move;
}

std::optional<PortfolioMove> portfolioMoveOf(const Holdings &holdings, const QHash<QString, SessionMove> &moves)
{
    PortfolioMove total;
    bool anyMove = false;
    for (const Position &p : holdings.positions) {
        if (const auto it = moves.constFind(p.symbol); it != moves.cend()) {
            total.change += p.quantity * it->change;
            total.date = std::max(total.date, it->date);
            anyMove = true;
        }
    }
    if (!anyMove)
        return std::nullopt;
    const double before = holdings.value - total.change;
    if (before > 0)
        total.changePercent = total.change / before * 100.0;
    return total;
}

PortfolioOverview readPortfolioOverview(Library &library, const QString &portfolio, const QDate &asOf,
                                        CostMethod method)
{
    PortfolioOverview o;
    o.portfolio = portfolio;
    o.asOf = asOf;
    PortfolioStore store(library);
    o.transactions = store.transactions(portfolio);
    if (!store.lastError().isEmpty()) {
        o.error = store.lastError();
        return o;
    }
    const QStringList symbols = symbolsOf(o.transactions);
    const PriceHistory prices = PriceHistory::fromLibrary(library, symbols, asOf, &o.error);
    if (!o.error.isEmpty())
        return o;
    o.holdings = holdingsAt(o.transactions, asOf, prices, method);
    for (const Position &p : std::as_const(o.holdings.positions)) {
        if (const std::optional<SessionMove> move = sessionMoveOn(prices, p.symbol, asOf))
            o.moves.insert(p.symbol, *move);
    }
    for (const CompanyInfo &company : library.findCompanies(QString())) {
        if (!company.sector.isEmpty() && symbols.contains(company.symbol))
            o.sectors.insert(company.symbol, company.sector);
    }
    o.allocation = sectorAllocation(o.holdings, o.sectors);
    if (o.transactions.isEmpty())
        return o;
    // The series runs to the newest close of the portfolio's symbols, not to a today the library has no
    // prices for yet.
    QDate to = o.transactions.constLast().date;
    for (const QString &symbol : symbols) {
        if (!prices.closes(symbol).isEmpty())
            to = std::max(to, prices.closes(symbol).constLast().date);
    }
    to = std::min(to, asOf);
    const QDate from = o.transactions.constFirst().date;
    if (from <= to)
        o.performance = performanceOver(o.transactions, from, to, prices, indexLevelsByDay(library, QStringLiteral("KSE100")));
    return o;
}

} // namespace md
