// An alert rule ("LUCK above 1000", "news PSO", ...) as a value, its parser and its canonical text.
#pragma once

#include <QString>
#include <QVector>

#include <optional>

namespace md {

struct AlertRule
{
    enum class Kind {
        Above,    // NAME above LEVEL: a stock's price or an index's value is above LEVEL
        Below,    // NAME below LEVEL
        Move,     // NAME move PCT%: the day's change is at least PCT% either way
        Volume,   // NAME volume N: the day's volume is above N (where the page gives volumes)
        News,     // news NAME: the snapshot's article mentions the symbol or its company
        Keyword,  // keyword "PHRASE": the article's headline or text holds the phrase
        // A portfolio's and a position's value in the library (transactions at the newest closes on or before
        // the snapshot's session; docs/alerts.md): each fires once per crossing, the move once per session.
        PortfolioAbove,  // portfolio NAME above LEVEL: the portfolio's value crosses above LEVEL
        PortfolioBelow,  // portfolio NAME below LEVEL
        PortfolioMove,   // portfolio NAME move PCT%: the session's change of the portfolio's value is PCT% or more
        PositionAbove,   // SYMBOL position value above LEVEL [in NAME]: the position's value crosses above LEVEL
        PositionBelow,   // SYMBOL position value below LEVEL [in NAME]
        PositionUp,      // SYMBOL position up PCT% from cost [in NAME]: its unrealized gain reaches PCT%
        PositionDown,    // SYMBOL position down PCT% from cost [in NAME]: its unrealized loss reaches PCT%
    };

    qint64 id = 0;        // the library's id for a stored rule; 0 before it is stored
    Kind kind = Kind::Above;
    QString name;         // symbol or index name, upper case (empty for Keyword and the portfolio kinds)
    double threshold = 0; // level, percentage or volume
    QString phrase;       // Keyword's phrase as written (spaces simplified)
    QString portfolio;    // the portfolio and position kinds' portfolio, as written (Default when not named)

    // The rule as docs/alerts.md writes it: parseAlertRule(text()) gives the same rule back.
    QString text() const;
    bool operator==(const AlertRule &o) const
    {
        return id == o.id && kind == o.kind && name == o.name && threshold == o.threshold && phrase == o.phrase
            && portfolio == o.portfolio;
    }
    // A rule on a portfolio or one of its positions, evaluated against the library rather than the page.
    bool isOnPortfolio() const { return kind >= Kind::PortfolioAbove; }
    // What an alert of the rule is about: the symbol or index, a keyword rule's phrase, a portfolio rule's
    // portfolio (a position rule's is its symbol).
    QString subjectName() const;
};

// "above", "below", "move", "volume", "news", "keyword", "portfolio-above", "portfolio-below", "portfolio-move",
// "position-above", "position-below", "position-up", "position-down".
QString alertKindName(AlertRule::Kind kind);

struct AlertRuleParse
{
    std::optional<AlertRule> rule;
    QString error;  // what was wrong and what was expected, in the user's words

    bool ok() const { return rule.has_value(); }
};

// Reads one rule in the grammar of docs/alerts.md. Words are matched in any case; names are upper-cased.
AlertRuleParse parseAlertRule(const QString &text);

// True for a name a rule, the watchlist or news by symbol accepts: 1 to 24 letters, digits, '.', '-' or
// '&', starting with a letter or digit ("LUCK", "KSE100", "BR-30").
bool isValidMarketName(const QString &name);

} // namespace md
