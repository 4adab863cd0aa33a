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
    };

    qint64 id = 0;        // the library's id for a stored rule; 0 before it is stored
    Kind kind = Kind::Above;
    QString name;         // symbol or index name, upper case (empty for Keyword)
    double threshold = 0; // level, percentage or volume
    QString phrase;       // Keyword's phrase as written (spaces simplified)

    // The rule as docs/alerts.md writes it: parseAlertRule(text()) gives the same rule back.
    QString text() const;
    bool operator==(const AlertRule &o) const
    {
        return id == o.id && kind == o.kind && name == o.name && threshold == o.threshold && phrase == o.phrase;
    }
};

// "above", "below", "move", "volume", "news", "keyword".
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
