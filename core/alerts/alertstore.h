// Alert rules and the history of what they fired, kept in the library database.
#pragma once

#include "core/alerts/alertrule.h"
#include "core/library/librarytypes.h"

#include <QString>
#include <QVariantList>
#include <QVector>

#include <optional>

namespace md {

class Library;

// One rule firing on one snapshot: what the window notifies, the Alerts page lists and --alerts check prints.
struct FiredAlert
{
    qint64 historyId = 0;        // the row in the library's history (0 when not recorded)
    qint64 ruleId = 0;           // 0 once the rule was removed
    QString rule;                // the rule's text
    AlertRule::Kind kind = AlertRule::Kind::Above;
    QString name;                // symbol or index; the phrase for a keyword rule
    std::optional<double> value; // price, index value, change % or volume that fired it; none for news
    QString text;                // in the user's words: "LUCK is at 1012.5, above 1000"
    QString subject;             // the article's headline, for news and keyword rules
    SnapshotId snapshotId = 0;   // 0 once the snapshot was removed
    qint64 firedAtMsecs = 0;     // UTC milliseconds
    bool historical = false;     // found while importing old snapshots: listed, never notified
    // Printed by --alerts check or shown by the window (historical findings count as delivered).
    bool delivered = true;
    // Recorded by an earlier run (a killed --alerts check, a window closed before it showed it) and not
    // delivered then: delivered now, late.
    bool leftUndelivered = false;
};

struct AddRuleResult
{
    std::optional<AlertRule> rule;  // the rule as stored (with its id)
    bool alreadyThere = false;      // the same rule was stored before; rule is that one
    QString error;                  // a malformed rule (parser's message) or a library failure

    bool ok() const { return rule.has_value(); }
};

// Rules and history on the library's connection (use it on the library's thread).
class AlertStore
{
public:
    explicit AlertStore(Library &library);

    AddRuleResult addRule(const QString &text);
    AddRuleResult addRule(const AlertRule &rule);
    // A keyword rule for a saved search's words (quotes dropped): "policy rate" gives keyword "policy rate".
    AddRuleResult addKeywordRule(const QString &searchQuery);
    // Every stored rule, oldest first. A stored rule the parser no longer reads is skipped (and named in
    // lastError()).
    QVector<AlertRule> rules() const;
    LibraryResult removeRule(qint64 id);

    // What fired, newest first (at most limit rows), with historical findings when includeHistorical.
    QVector<FiredAlert> history(int limit = 1000, bool includeHistorical = true) const;
    LibraryResult clearHistory();

    // At-least-once delivery: every live alert recorded but not yet printed or shown, oldest first.
    QVector<FiredAlert> undelivered() const;
    // Marks alerts delivered, once they were printed or shown (never before: a crash in between leaves them
    // for the next run, which delivers them again).
    LibraryResult markDelivered(const QVector<qint64> &historyIds);

    QString lastError() const { return m_lastError; }

private:
    QVector<FiredAlert> readHistory(const QString &where, const QVariantList &values) const;

    Library &m_library;
    mutable QString m_lastError;
};

} // namespace md
