// Alert rules and their history in the library's tables alert_rules and alert_history.
#include "core/alerts/alertstore.h"

#include "core/alerts/portfolioalerts.h"
#include "core/library/library.h"
#include "core/portfolio/portfoliostore.h"
#include "core/wording.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace md {

AlertStore::AlertStore(Library &library)
    : m_library(library)
{
}

AddRuleResult AlertStore::addRule(const QString &text)
{
    const AlertRuleParse parsed = parseAlertRule(text);
    if (!parsed.ok()) {
        AddRuleResult result;
        result.error = parsed.error;
        return result;
    }
    return addRule(*parsed.rule);
}

AddRuleResult AlertStore::addKeywordRule(const QString &searchQuery)
{
    QString phrase = searchQuery;
    phrase.remove(QLatin1Char('"'));
    phrase = phrase.simplified();
    return addRule(QStringLiteral("keyword \"%1\"").arg(phrase));
}

AddRuleResult AlertStore::addRule(const AlertRule &rule)
{
    m_lastError.clear();
    AddRuleResult result;
    // A portfolio that does not exist, or a position not held, would never fire: say so now.
    if (const QString problem = portfolioRuleProblem(m_library, rule, todayOnExchangeClock()); !problem.isEmpty()) {
        result.error = problem;
        return result;
    }
    AlertRule stored = rule;
    const QString text = rule.text();
    QSqlDatabase db = m_library.database();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM alert_rules WHERE rule = ?"));
    q.addBindValue(text);
    if (!q.exec()) {
        result.error = m_lastError = q.lastError().text();
        return result;
    }
    if (q.next()) {
        stored.id = q.value(0).toLongLong();
        result.rule = stored;
        result.alreadyThere = true;
        return result;
    }
    q.finish();
    q.prepare(QStringLiteral("INSERT INTO alert_rules (rule, created_ms) VALUES (?, ?)"));
    q.addBindValue(text);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!q.exec()) {
        result.error = m_lastError = tr("The rule could not be stored (%1).").arg(q.lastError().text());
        return result;
    }
    stored.id = q.lastInsertId().toLongLong();
    result.rule = stored;
    return result;
}

QVector<AlertRule> AlertStore::rules() const
{
    m_lastError.clear();
    QVector<AlertRule> rules;
    QSqlQuery q(m_library.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, rule FROM alert_rules ORDER BY id"))) {
        m_lastError = q.lastError().text();
        return rules;
    }
    while (q.next()) {
        const AlertRuleParse parsed = parseAlertRule(q.value(1).toString());
        if (!parsed.ok()) {
            m_lastError = tr("alert %1 (%2) cannot be read: %3")
                              .arg(q.value(0).toLongLong())
                              .arg(q.value(1).toString(), parsed.error);
            continue;
        }
        AlertRule rule = *parsed.rule;
        rule.id = q.value(0).toLongLong();
        rules.append(rule);
    }
    return rules;
}

LibraryResult AlertStore::removeRule(qint64 id)
{
    m_lastError.clear();
    LibraryResult result;
    QSqlQuery q(m_library.database());
    q.prepare(QStringLiteral("DELETE FROM alert_rules WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        result.error = m_lastError = tr("The rule could not be removed (%1).").arg(q.lastError().text());
    else if (q.numRowsAffected() == 0)
        result.error = tr("there is no alert %1").arg(id);
    return result;
}

QVector<FiredAlert> AlertStore::history(int limit, bool includeHistorical) const
{
    return readHistory(QStringLiteral("WHERE historical <= ? ORDER BY fired_ms DESC, id DESC LIMIT ?"),
                       {includeHistorical ? 1 : 0, limit});
}

QVector<FiredAlert> AlertStore::undelivered() const
{
    return readHistory(QStringLiteral("WHERE delivered = 0 ORDER BY id"), {});
}

QVector<FiredAlert> AlertStore::readHistory(const QString &where, const QVariantList &values) const
{
    m_lastError.clear();
    QVector<FiredAlert> fired;
    QSqlQuery q(m_library.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, coalesce(rule_id, 0), rule, coalesce(snapshot_id, 0), fired_ms, historical, "
                             "value, text, subject, delivered FROM alert_history ") + where);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return fired;
    }
    while (q.next()) {
        FiredAlert a;
        a.historyId = q.value(0).toLongLong();
        a.ruleId = q.value(1).toLongLong();
        a.rule = q.value(2).toString();
        if (const AlertRuleParse parsed = parseAlertRule(a.rule); parsed.ok()) {
            a.kind = parsed.rule->kind;
            a.name = parsed.rule->subjectName();
        }
        a.snapshotId = q.value(3).toLongLong();
        a.firedAtMsecs = q.value(4).toLongLong();
        a.historical = q.value(5).toInt() != 0;
        if (!q.value(6).isNull())
            a.value = q.value(6).toDouble();
        a.text = q.value(7).toString();
        a.subject = q.value(8).toString();
        a.delivered = q.value(9).toInt() != 0;
        fired.append(a);
    }
    return fired;
}

LibraryResult AlertStore::markDelivered(const QVector<qint64> &historyIds)
{
    m_lastError.clear();
    LibraryResult result;
    if (historyIds.isEmpty())
        return result;
    QSqlDatabase db = m_library.database();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        result.error = m_lastError = q.lastError().text();
        return result;
    }
    q.prepare(QStringLiteral("UPDATE alert_history SET delivered = 1 WHERE id = ?"));
    for (qint64 id : historyIds) {
        q.bindValue(0, id);
        if (!q.exec()) {
            result.error = m_lastError = q.lastError().text();
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            return result;
        }
    }
    QSqlQuery commit(db);
    if (!commit.exec(QStringLiteral("COMMIT"))) {
        result.error = m_lastError = commit.lastError().text();
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
    }
    return result;
}

LibraryResult AlertStore::clearHistory()
{
    LibraryResult result;
    QSqlQuery q(m_library.database());
    if (!q.exec(QStringLiteral("DELETE FROM alert_history")))
        result.error = m_lastError = q.lastError().text();
    return result;
}

} // namespace md
