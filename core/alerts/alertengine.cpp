// Matching rules against a snapshot's quotes, indices and article, and recording each firing once.
#include "core/alerts/alertengine.h"

#include "core/alerts/portfolioalerts.h"
#include "core/library/articlesearch.h"
#include "core/library/library.h"
#include "core/wording.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>

namespace md {
namespace {

QString number(double value)
{
    return QString::number(value, 'f', QLocale::FloatingPointShortest);
}

// The story a news or keyword rule found: its headline, or its opening words when it has none.
QString storySubject(const Article &article)
{
    if (!article.headline.trimmed().isEmpty())
        return article.headline.simplified();
    for (const ArticleBlock &block : article.blocks) {
        if (!block.text.trimmed().isEmpty())
            return block.text.simplified().left(120);
    }
    return {};
}

} // namespace

AlertRuleSet::AlertRuleSet(const QVector<AlertRule> &rules, const std::function<QStringList(const QString &)> &companyNames)
    : m_rules(rules)
{
    m_matchers.resize(rules.size());
    for (qsizetype i = 0; i < rules.size(); ++i) {
        m_rules[i].name = m_rules[i].name.toUpper();
        if (rules[i].kind == AlertRule::Kind::News)
            m_matchers[i] = companyNames ? MentionMatcher::forSymbol(m_rules[i].name, companyNames(m_rules[i].name))
                                         : MentionMatcher::forSymbol(m_rules[i].name, companyNameFor(m_rules[i].name));
        else if (rules[i].kind == AlertRule::Kind::Keyword)
            m_matchers[i] = MentionMatcher::forPhrase(rules[i].phrase);
    }
}

QVector<AlertHit> AlertRuleSet::match(const Snapshot &snapshot) const
{
    QVector<AlertHit> hits;
    if (m_rules.isEmpty())
        return hits;
    // Names as the rules hold them (upper case): the first row of each.
    QHash<QString, const IndexValue *> indices;
    QHash<QString, const Quote *> quotes;
    bool needMarket = false;
    for (const AlertRule &rule : m_rules)
        needMarket = needMarket || (rule.kind != AlertRule::Kind::News && rule.kind != AlertRule::Kind::Keyword
                                    && !rule.isOnPortfolio());
    if (needMarket) {
        // insert() keeps the last value of a key: walking backwards keeps each name's first row.
        indices.reserve(snapshot.indices.size());
        for (qsizetype i = snapshot.indices.size() - 1; i >= 0; --i)
            indices.insert(snapshot.indices[i].name.toUpper(), &snapshot.indices[i]);
        quotes.reserve(snapshot.quotes.size());
        for (qsizetype i = snapshot.quotes.size() - 1; i >= 0; --i)
            quotes.insert(snapshot.quotes[i].symbol.toUpper(), &snapshot.quotes[i]);
    }
    const QString subject = storySubject(snapshot.article);

    for (int r = 0; r < m_rules.size(); ++r) {
        const AlertRule &rule = m_rules[r];
        if (rule.isOnPortfolio())
            continue;
        if (rule.kind == AlertRule::Kind::News || rule.kind == AlertRule::Kind::Keyword) {
            if (snapshot.article.isEmpty() || !m_matchers[r].matches(snapshot.article))
                continue;
            const QString text = rule.kind == AlertRule::Kind::News
                ? tr("%1 in the news: %2").arg(rule.name, subject)
                : tr("\"%1\" in: %2").arg(rule.phrase, subject);
            hits.append({r, std::nullopt, text, subject, {}});
            continue;
        }
        double value = 0, changePercent = 0;
        std::optional<qint64> volume;
        if (const IndexValue *index = indices.value(rule.name)) {
            value = index->value;
            changePercent = index->changePercent;
        } else if (const Quote *quote = quotes.value(rule.name)) {
            value = quote->price;
            changePercent = quote->changePercent;
            volume = quote->volume;
        } else {
            continue;
        }
        switch (rule.kind) {
        case AlertRule::Kind::Above:
            if (value > rule.threshold)
                hits.append({r, value, tr("%1 is at %2, above %3").arg(rule.name, number(value), number(rule.threshold)), {}, {}});
            break;
        case AlertRule::Kind::Below:
            if (value < rule.threshold)
                hits.append({r, value, tr("%1 is at %2, below %3").arg(rule.name, number(value), number(rule.threshold)), {}, {}});
            break;
        case AlertRule::Kind::Move:
            if (std::abs(changePercent) >= rule.threshold) {
                hits.append({r, changePercent,
                             tr("%1 moved %2% (%3% or more either way)")
                                 .arg(rule.name, number(changePercent), number(rule.threshold)),
                             {}, {}});
            }
            break;
        case AlertRule::Kind::Volume:
            if (volume && double(*volume) > rule.threshold) {
                hits.append({r, double(*volume),
                             tr("%1 traded %2 shares, above %3").arg(rule.name).arg(*volume).arg(number(rule.threshold)),
                             {}, {}});
            }
            break;
        default:
            break;
        }
    }
    return hits;
}

AlertEngine::AlertEngine(Library &library)
    : m_library(library)
    , m_store(library)
{
}

bool AlertEngine::refreshRules()
{
    // Rules are only added and removed, and ids never reused: count, newest id and their sum change with
    // every change (another connection's too). News rules look for the companies' names as the library's
    // closing-rate files give them, so a company newly listed there renews them too.
    QSqlQuery q(m_library.database());
    if (!q.exec(QStringLiteral("SELECT count(*), coalesce(max(id), 0), coalesce(sum(id), 0), "
                               "(SELECT count(*) FROM companies) FROM alert_rules"))
        || !q.next()) {
        m_lastError = q.lastError().text();
        return false;
    }
    const QString signature = QStringLiteral("%1/%2/%3/%4").arg(q.value(0).toLongLong()).arg(q.value(1).toLongLong())
                                  .arg(q.value(2).toLongLong()).arg(q.value(3).toLongLong());
    if (signature == m_rulesSignature)
        return true;
    const QVector<AlertRule> rules = m_store.rules();
    if (rules.isEmpty() && !m_store.lastError().isEmpty()) {
        m_lastError = m_store.lastError();
        return false;
    }
    const ArticleSearch search(m_library);
    m_ruleSet = AlertRuleSet(rules, [&search](const QString &symbol) { return search.companyNames(symbol); });
    m_rulesSignature = signature;
    return true;
}

bool AlertEngine::hasPortfolioRules() const
{
    return std::any_of(m_ruleSet.rules().cbegin(), m_ruleSet.rules().cend(),
                       [](const AlertRule &rule) { return rule.isOnPortfolio(); });
}

QVector<FiredAlert> AlertEngine::evaluate(SnapshotId id, EvaluationMode mode)
{
    m_lastError.clear();
    if (!refreshRules() || m_ruleSet.rules().isEmpty())  // no rules: no need to load the snapshot
        return {};
    const std::optional<Snapshot> snapshot = m_library.loadSnapshot(id);
    if (!snapshot) {
        m_lastError = tr("snapshot %1 is not in the library").arg(id);
        return {};
    }
    return evaluate(*snapshot, id, mode);
}

QVector<FiredAlert> AlertEngine::evaluate(const Snapshot &snapshot, SnapshotId id, EvaluationMode mode)
{
    m_lastError.clear();
    QVector<FiredAlert> fired;
    if (!refreshRules() || m_ruleSet.rules().isEmpty())
        return fired;
    const AlertRuleSet &ruleSet = m_ruleSet;
    QSqlDatabase db = m_library.database();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT content_hash FROM snapshots WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        m_lastError = q.lastError().type() != QSqlError::NoError ? q.lastError().text()
                                                                 : tr("snapshot %1 is not in the library").arg(id);
        return fired;
    }
    const QByteArray pageKey = q.value(0).toByteArray();
    q.finish();

    QVector<AlertHit> hits = ruleSet.match(snapshot);
    if (hasPortfolioRules() && !snapshot.quotes.isEmpty()) {
        const QDate day = snapshot.sessionDate.isValid() ? snapshot.sessionDate : snapshot.marketAsOf.toExchangeClock().date();
        hits += matchPortfolioRules(m_library, ruleSet.rules(), day, &m_lastError);
        if (!m_lastError.isEmpty())
            return fired;
    }
    if (hits.isEmpty())
        return fired;

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const bool historical = mode == EvaluationMode::Historical;
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        m_lastError = q.lastError().text();
        return fired;
    }
    QSqlQuery seenStory(db);
    seenStory.prepare(QStringLiteral("SELECT 1 FROM alert_history WHERE rule_id = ? AND subject = ? LIMIT 1"));
    QSqlQuery record(db);
    // A live alert is recorded undelivered with its firing, in this transaction: whoever prints or shows it
    // marks it delivered afterwards (AlertStore::markDelivered), so a crash in between loses nothing.
    record.prepare(QStringLiteral("INSERT OR IGNORE INTO alert_history (rule_id, rule, content_hash, snapshot_id, "
                                  "fired_ms, historical, value, text, subject, delivered) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const AlertHit &hit : hits) {
        const AlertRule &rule = ruleSet.rules()[hit.rule];
        if (!hit.subject.isEmpty()) {  // the same story in another snapshot is not news twice
            seenStory.bindValue(0, rule.id);
            seenStory.bindValue(1, hit.subject);
            if (!seenStory.exec()) {
                m_lastError = seenStory.lastError().text();
                break;
            }
            const bool seen = seenStory.next();
            seenStory.finish();
            if (seen)
                continue;
        }
        record.bindValue(0, rule.id);
        record.bindValue(1, rule.text());
        record.bindValue(2, hit.key.isEmpty() ? pageKey : hit.key);
        record.bindValue(3, id);
        record.bindValue(4, now);
        record.bindValue(5, historical ? 1 : 0);
        record.bindValue(6, hit.value ? QVariant(*hit.value) : QVariant(QMetaType(QMetaType::Double)));
        record.bindValue(7, hit.text);
        record.bindValue(8, hit.subject.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(hit.subject));
        record.bindValue(9, historical ? 1 : 0);
        if (!record.exec()) {
            m_lastError = record.lastError().text();
            break;
        }
        if (record.numRowsAffected() == 0)  // fired on this page before
            continue;
        FiredAlert a;
        a.historyId = record.lastInsertId().toLongLong();
        a.ruleId = rule.id;
        a.rule = rule.text();
        a.kind = rule.kind;
        a.name = rule.subjectName();
        a.value = hit.value;
        a.text = hit.text;
        a.subject = hit.subject;
        a.snapshotId = id;
        a.firedAtMsecs = now;
        a.historical = historical;
        a.delivered = historical;
        fired.append(a);
    }
    if (!m_lastError.isEmpty() || !q.exec(QStringLiteral("COMMIT"))) {
        if (m_lastError.isEmpty())
            m_lastError = q.lastError().text();
        q.exec(QStringLiteral("ROLLBACK"));
        return {};
    }
    return fired;
}

} // namespace md
