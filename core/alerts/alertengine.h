// Evaluating alert rules against one snapshot: a pure rule set, and an engine that records what fired.
#pragma once

#include "core/alerts/alertrule.h"
#include "core/alerts/alertstore.h"
#include "core/alerts/mentionmatcher.h"
#include "core/snapshot.h"

#include <QVector>

#include <functional>

#include <optional>

namespace md {

class Library;


// What one rule found in one snapshot, before history decides whether it is news.
struct AlertHit
{
    int rule = 0;                 // index into the rule set's rules()
    std::optional<double> value;  // the value that fired it (none for news and keyword rules)
    QString text;                 // in the user's words
    QString subject;              // the article's headline, for news and keyword rules
    // What makes the firing once: empty for the page (its content hash); a portfolio rule's session
    // (matchPortfolioRules), so that one crossing fires once whichever page shows it.
    QByteArray key;
};

// Rules made ready to evaluate (names upper-cased, text matchers compiled once). No database, no signals:
// match() is a pure function of the rules and the snapshot.
class AlertRuleSet
{
public:
    AlertRuleSet() = default;
    // A news rule looks for its symbol and the company's names: companyNames(symbol) when given (the press's
    // name and the library's closing-rate files'), else the press's name alone (companyNameFor).
    explicit AlertRuleSet(const QVector<AlertRule> &rules,
                          const std::function<QStringList(const QString &)> &companyNames = {});

    const QVector<AlertRule> &rules() const { return m_rules; }
    // Every rule that holds for the moment the snapshot shows, in rule order, each at most once. A name is
    // looked up among the indices first, then the quotes (the first row of that name). Portfolio and position
    // rules need the library: matchPortfolioRules() (portfolioalerts.h).
    QVector<AlertHit> match(const Snapshot &snapshot) const;

private:
    QVector<AlertRule> m_rules;
    QVector<MentionMatcher> m_matchers;  // per rule; empty for market rules
};

enum class EvaluationMode {
    Live,        // the snapshot was just opened or refreshed: what fires is to be notified
    Historical,  // an old snapshot being imported: what would have fired is recorded as historical, not notified
};

// Evaluates the library's rules against a snapshot and records what fired in the library's history, so a
// rule fires at most once per page (the page's bytes are the key: a page stored again, or refreshed
// without change, is the same page) and a news or keyword rule at most once per story (its headline). Use
// it on the library's thread.
class AlertEngine
{
public:
    explicit AlertEngine(Library &library);

    // The rules fired by the snapshot stored as id (as the library loads it, or as just parsed), newly
    // recorded; empty when nothing fired or everything had fired before. With Historical each is flagged
    // historical. Empty with lastError() set when the snapshot is not in the library or the database fails.
    QVector<FiredAlert> evaluate(const Snapshot &snapshot, SnapshotId id, EvaluationMode mode);
    // Portfolio and position rules are evaluated, for a snapshot with quotes, at its market day: its session,
    // else its market time's day on the exchange's clock (portfolioalerts.h).
    // Loads the snapshot from the library and evaluates it.
    QVector<FiredAlert> evaluate(SnapshotId id, EvaluationMode mode);

    QString lastError() const { return m_lastError; }

private:
    // The rules, compiled once and read again only when the stored rules change.
    bool refreshRules();
    bool hasPortfolioRules() const;

    Library &m_library;
    AlertStore m_store;
    AlertRuleSet m_ruleSet;
    QString m_rulesSignature;
    QString m_lastError;
};

} // namespace md
