// The watchlist in the library's table watchlist (name, position).
#include "core/library/watchlist.h"

#include "core/alerts/alertrule.h"
#include "core/library/library.h"
#include "core/wording.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace md {

Watchlist::Watchlist(Library &library)
    : m_library(library)
{
}

QStringList Watchlist::names() const
{
    m_lastError.clear();
    QStringList names;
    QSqlQuery q(m_library.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT name FROM watchlist ORDER BY position, name"))) {
        m_lastError = q.lastError().text();
        return names;
    }
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}

bool Watchlist::contains(const QString &name) const
{
    QSqlQuery q(m_library.database());
    q.prepare(QStringLiteral("SELECT 1 FROM watchlist WHERE name = ?"));
    q.addBindValue(name.trimmed());
    return q.exec() && q.next();
}

WatchlistChange Watchlist::add(const QStringList &names)
{
    m_lastError.clear();
    WatchlistChange change;
    for (const QString &name : names) {
        if (!isValidMarketName(name.trimmed())) {
            change.error = tr("\"%1\" is not a symbol or index name (letters and digits, such as LUCK or KSE100)").arg(name);
            return change;
        }
    }
    QSqlDatabase db = m_library.database();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        change.error = m_lastError = q.lastError().text();
        return change;
    }
    int position = 0;
    if (q.exec(QStringLiteral("SELECT coalesce(max(position) + 1, 0) FROM watchlist")) && q.next())
        position = q.value(0).toInt();
    q.finish();
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT OR IGNORE INTO watchlist (name, position, added_ms) VALUES (?, ?, ?)"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const QString &raw : names) {
        const QString name = raw.trimmed().toUpper();
        insert.bindValue(0, name);
        insert.bindValue(1, position);
        insert.bindValue(2, now);
        if (!insert.exec()) {
            change.error = m_lastError = insert.lastError().text();
            q.exec(QStringLiteral("ROLLBACK"));
            return change;
        }
        if (insert.numRowsAffected() > 0) {
            change.changed.append(name);
            ++position;
        } else if (!change.unchanged.contains(name)) {
            change.unchanged.append(name);
        }
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        change.error = m_lastError = q.lastError().text();
        q.exec(QStringLiteral("ROLLBACK"));
        change.changed.clear();
    }
    return change;
}

WatchlistChange Watchlist::remove(const QStringList &names)
{
    m_lastError.clear();
    WatchlistChange change;
    QSqlDatabase db = m_library.database();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        change.error = m_lastError = q.lastError().text();
        return change;
    }
    QSqlQuery erase(db);
    erase.prepare(QStringLiteral("DELETE FROM watchlist WHERE name = ?"));
    for (const QString &raw : names) {
        const QString name = raw.trimmed().toUpper();
        erase.bindValue(0, name);
        if (!erase.exec()) {
            change.error = m_lastError = erase.lastError().text();
            q.exec(QStringLiteral("ROLLBACK"));
            return change;
        }
        (erase.numRowsAffected() > 0 ? change.changed : change.unchanged).append(name);
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        change.error = m_lastError = q.lastError().text();
        q.exec(QStringLiteral("ROLLBACK"));
        change.changed.clear();
    }
    return change;
}

bool Watchlist::move(const QString &name, int to)
{
    QStringList order = names();
    const qsizetype from = order.indexOf(name.trimmed().toUpper());
    if (from < 0)
        return false;
    const QString moved = order.takeAt(from);
    order.insert(std::clamp<qsizetype>(to, 0, order.size()), moved);
    return renumber(order);
}

bool Watchlist::renumber(const QStringList &order)
{
    QSqlDatabase db = m_library.database();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        m_lastError = q.lastError().text();
        return false;
    }
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE watchlist SET position = ? WHERE name = ?"));
    for (int i = 0; i < order.size(); ++i) {
        update.bindValue(0, i);
        update.bindValue(1, order[i]);
        if (!update.exec()) {
            m_lastError = update.lastError().text();
            q.exec(QStringLiteral("ROLLBACK"));
            return false;
        }
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        m_lastError = q.lastError().text();
        q.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    return true;
}

} // namespace md
