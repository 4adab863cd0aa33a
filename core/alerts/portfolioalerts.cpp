// Portfolio and position rules: a portfolio's holdings at the end of a day against the day before.
#include "core/alerts/portfolioalerts.h"

#include "core/library/library.h"
#include "core/portfolio/portfoliooverview.h"
#include "core/portfolio/portfoliostore.h"
#include "core/portfolio/positions.h"
#include "core/wording.h"

#include <QHash>
#include <QLocale>

#include <cmath>

namespace md {
namespace {

QString number(double value)
{
    return QString::number(value, 'f', QLocale::FloatingPointShortest);
}

// Money to the paisa and percentages to a hundredth, as --holdings prints them.
QString rounded(double value)
{
    return number(std::round(value * 100.0) / 100.0);
}

// The key that makes a firing once: a crossing's day or a move's session (a page's content hash, the key of
// every other rule, is 32 bytes of SHA-256 and never looks like this).
QByteArray sessionKey(const QDate &day)
{
    return QByteArrayLiteral("portfolio-session:") + day.toString(Qt::ISODate).toLatin1();
}

const Position *openPosition(const Holdings &holdings, const QString &symbol)
{
    for (const Position &p : holdings.positions) {
        if (p.symbol.compare(symbol, Qt::CaseInsensitive) == 0)
            return &p;
    }
    return nullptr;
}

// Whether the rule's level holds for these holdings, and the number it is about.
struct Reading
{
    bool holds = false;
    double value = 0.0;
};

Reading readingOf(const AlertRule &rule, const Holdings &holdings)
{
    using Kind = AlertRule::Kind;
    if (rule.kind == Kind::PortfolioAbove || rule.kind == Kind::PortfolioBelow) {
        const double value = holdings.value;
        return {rule.kind == Kind::PortfolioAbove ? value > rule.threshold : value < rule.threshold, value};
    }
    const Position *p = openPosition(holdings, rule.name);
    if (!p) {  // worth nothing: below any level, neither up nor down
        return {rule.kind == Kind::PositionBelow, 0.0};
    }
    switch (rule.kind) {
    case Kind::PositionAbove: return {p->value > rule.threshold, p->value};
    case Kind::PositionBelow: return {p->value < rule.threshold, p->value};
    // A position without a close is valued at its cost: no gain or loss to speak of.
    case Kind::PositionUp: return {p->isPriced() && p->unrealizedPercent >= rule.threshold, p->unrealizedPercent};
    case Kind::PositionDown: return {p->isPriced() && p->unrealizedPercent <= -rule.threshold, p->unrealizedPercent};
    default: return {};
    }
}

QString crossingText(const AlertRule &rule, double value)
{
    using Kind = AlertRule::Kind;
    const QString position = tr("%1 position in %2").arg(rule.name, rule.portfolio);
    switch (rule.kind) {
    case Kind::PortfolioAbove:
        return tr("portfolio %1 is worth %2, crossing above %3").arg(rule.portfolio, rounded(value), number(rule.threshold));
    case Kind::PortfolioBelow:
        return tr("portfolio %1 is worth %2, crossing below %3").arg(rule.portfolio, rounded(value), number(rule.threshold));
    case Kind::PositionAbove:
        return tr("%1 is worth %2, crossing above %3").arg(position, rounded(value), number(rule.threshold));
    case Kind::PositionBelow:
        return tr("%1 is worth %2, crossing below %3").arg(position, rounded(value), number(rule.threshold));
    case Kind::PositionUp:
        return tr("%1 is up %2% from cost, crossing %3%").arg(position, rounded(value), number(rule.threshold));
    case Kind::PositionDown:
        return tr("%1 is down %2% from cost, crossing %3%").arg(position, rounded(-value), number(rule.threshold));
    default: return {};
    }
}

} // namespace

QVector<AlertHit> matchPortfolioRules(Library &library, const QVector<AlertRule> &rules, const QDate &day, QString *error)
{
    QVector<AlertHit> hits;
    if (!day.isValid())
        return hits;
    // Each portfolio is read once, whatever the number of its rules (names compare without case).
    struct Valued
    {
        Holdings now, before;
        std::optional<PortfolioMove> move;
    };
    QHash<QString, Valued> portfolios;
    PortfolioStore store(library);
    for (int r = 0; r < rules.size(); ++r) {
        const AlertRule &rule = rules[r];
        if (!rule.isOnPortfolio())
            continue;
        const QString key = rule.portfolio.toLower();
        auto it = portfolios.find(key);
        if (it == portfolios.end()) {
            const QVector<Transaction> transactions = store.transactions(rule.portfolio);
            if (!store.lastError().isEmpty()) {
                *error = store.lastError();
                return {};
            }
            // The closes the two days need: the last two of each symbol on or before the day (the day before
            // is valued at the last of them on or before it).
            QString readError;
            const PriceHistory prices =
                PriceHistory::lastClosesFromLibrary(library, symbolsOf(transactions), day, &readError, 2);
            if (!readError.isEmpty()) {
                *error = readError;
                return {};
            }
            Valued v;
            v.now = holdingsAt(transactions, day, prices);
            v.before = holdingsAt(transactions, day.addDays(-1), prices);
            QHash<QString, SessionMove> moves;
            for (const Position &p : std::as_const(v.now.positions)) {
                if (const std::optional<SessionMove> move = sessionMoveOn(prices, p.symbol, day))
                    moves.insert(p.symbol, *move);
            }
            v.move = portfolioMoveOf(v.now, moves);
            it = portfolios.insert(key, v);
        }
        if (it->now.positions.isEmpty() && it->before.positions.isEmpty())
            continue;  // no such portfolio, or nothing held
        if (rule.kind == AlertRule::Kind::PortfolioMove) {
            const std::optional<PortfolioMove> &move = it->move;
            if (move && move->changePercent && std::abs(*move->changePercent) >= rule.threshold) {
                const AlertHit hit{r, *move->changePercent,
                             tr("portfolio %1 moved %2% (%3% or more either way)")
                                 .arg(rule.portfolio, rounded(*move->changePercent), number(rule.threshold)),
                             {}, sessionKey(move->date)};
                hits.append(hit);
            }
            continue;
        }
        const Reading now = readingOf(rule, it->now);
        if (now.holds && !readingOf(rule, it->before).holds) {
            hits.append({r, now.value, crossingText(rule, now.value), {}, sessionKey(day)});
        }
    }
    return hits;
}

QString portfolioRuleProblem(Library &library, const AlertRule &rule, const QDate &today)
{
    if (!rule.isOnPortfolio())
        return {};
    PortfolioStore store(library);
    if (!store.hasPortfolio(rule.portfolio)) {
        const QStringList names = store.portfolioNames();
        return names.isEmpty()
            ? tr("there is no portfolio %1: the library has none yet (--transactions import makes one)").arg(rule.portfolio)
            : tr("there is no portfolio %1; the library has %2").arg(rule.portfolio, names.join(QStringLiteral(", ")));
    }
    if (rule.name.isEmpty())
        return {};
    const Holdings holdings = holdingsAt(store.transactions(rule.portfolio), today, PriceHistory());
    if (openPosition(holdings, rule.name))
        return {};
    QStringList held;
    for (const Position &p : holdings.positions)
        held.append(p.symbol);
    held.sort();
    return held.isEmpty() ? tr("portfolio %1 holds no shares, so no %2 position").arg(rule.portfolio, rule.name)
                          : tr("portfolio %1 holds no %2 shares; it holds %3")
                                .arg(rule.portfolio, rule.name, held.join(QStringLiteral(", ")));
}

} // namespace md
