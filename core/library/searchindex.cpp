// The full-text index of article text: creating it, adding and removing snapshots, the upgrade backlog.
#include "core/library/searchindex.h"

#include "core/library/libraryschema.h"
#include "core/parse/urdu.h"
#include "core/wording.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace md::searchindex {
namespace {

bool run(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

bool run(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

bool tableExists(QSqlDatabase &db, const QString &name)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = ?"));
    q.addBindValue(name);
    return q.exec() && q.next();
}

bool inBacklog(QSqlDatabase &db, SnapshotId id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM search_backlog WHERE snapshot_id = ?"));
    q.addBindValue(id);
    return q.exec() && q.next();
}

bool withId(QSqlDatabase &db, const QString &sql, SnapshotId id, QString *error)
{
    QSqlQuery q(db);
    if (!q.prepare(sql)) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    q.addBindValue(id);
    return run(q, error);
}

// The index holds each article's text folded for search (Urdu's letters as Arabic keyboards type them folded
// to Urdu's, diacritics and the kashida left out: urdu::foldForSearch), so a query finds a word whichever form
// the page used. Folding keeps every token where it was, so snippet() still marks the page's own words. Rows
// go in and out of the index through one place, folded the same way both times.
bool indexOrForget(QSqlDatabase &db, SnapshotId id, bool forget, QString *error)
{
    QSqlQuery text(db);
    text.prepare(QStringLiteral("SELECT headline, body, comments FROM article_text WHERE snapshot_id = ?"));
    text.addBindValue(id);
    if (!run(text, error))
        return false;
    if (!text.next())
        return true; // no article: nothing to index
    QSqlQuery q(db);
    q.prepare(forget ? QStringLiteral("INSERT INTO article_search (article_search, rowid, headline, body, comments) "
                                      "VALUES ('delete', ?, ?, ?, ?)")
                     : QStringLiteral("INSERT INTO article_search (rowid, headline, body, comments) VALUES (?, ?, ?, ?)"));
    q.addBindValue(id);
    for (int column = 0; column < 3; ++column)
        q.addBindValue(urdu::foldForSearch(text.value(column).toString()));
    return run(q, error);
}

// search_state's key for an index whose rows are folded; an index built before folding is built again.
const QString kFoldedKey = QStringLiteral("folded");

} // namespace

bool attach(QSqlDatabase &db, bool allowed, QString *reason)
{
    if (!allowed) {
        *reason = tr("full-text search is turned off");
        return false;
    }
    QString error;
    {
        QSqlQuery begin(db);
        if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            *reason = isBusyError(begin.lastError())
                ? tr("another MarketDesk held the library's write lock while this one started; search works the "
                     "slower way until the next start")
                : begin.lastError().text();
            return false;
        }
    }
    const bool existed = tableExists(db, QStringLiteral("article_search"));
    // unicode61 folds case and, with remove_diacritics 2, accents; the headline, the text and the comments
    // are kept apart so a match in the headline can weigh more.
    if (!run(db, QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS article_search USING fts5(headline, body, "
                                "comments, content='article_text', content_rowid='snapshot_id', "
                                "tokenize='unicode61 remove_diacritics 2')"),
             &error)) {
        run(db, QStringLiteral("ROLLBACK"), nullptr);
        *reason = tr("this SQLite has no full-text search (FTS5): %1").arg(error);
        return false;
    }
    QSqlQuery q(db);
    const bool stale = q.exec(QStringLiteral("SELECT 1 FROM search_state WHERE key = 'stale'")) && q.next();
    q.finish();
    bool ok = true;
    if (stale) {  // changed by a build without FTS5: start the index again
        ok = run(db, QStringLiteral("INSERT INTO article_search (article_search) VALUES ('delete-all')"), &error)
            && run(db, QStringLiteral("DELETE FROM search_state WHERE key = 'stale'"), &error);
    }
    // An index built by a release that did not fold its rows: the articles whose text folding changes (Arabic
    // script, zero-width joiners) leave the index as they were put in and wait in the backlog to go in again,
    // folded; every other row is the same folded or not and stays, so search works at once.
    const bool folded = q.exec(QStringLiteral("SELECT 1 FROM search_state WHERE key = '") + kFoldedKey + QStringLiteral("'")) && q.next();
    q.finish();
    if (ok && existed && !stale && !folded) {
        // Looked for in the stored rows themselves, by the bytes that start those characters in UTF-8 (instr
        // over a blob is a plain byte search; a GLOB character class over the same text is some twenty times
        // slower): U+0600–06FF (D8–DB), U+0740–077F (DD), the presentation forms U+FB50–FDFF and U+FE70–FEFF
        // (EF AD–B7, EF B9–BB) and the zero-width space and joiners U+200B–200D (E2 80 8B–8D). A row the test
        // takes in by mistake is only indexed again.
        const auto script = [](const char *column) {
            static const char *const kBytes[] = {"D8", "D9", "DA", "DB", "DD", "EFAD", "EFAE", "EFAF", "EFB0", "EFB1",
                                                 "EFB2", "EFB3", "EFB4", "EFB5", "EFB6", "EFB7", "EFB9", "EFBA", "EFBB",
                                                 "E2808B", "E2808C", "E2808D"};
            QStringList tests;
            for (const char *bytes : kBytes)
                tests.append(QStringLiteral("instr(CAST(%1 AS BLOB), X'%2')").arg(QLatin1String(column), QLatin1String(bytes)));
            return QLatin1Char('(') + tests.join(QLatin1String(" OR ")) + QLatin1Char(')');
        };
        const QString foldable = QStringLiteral(" FROM article_text WHERE snapshot_id IN (SELECT snapshot_id FROM articles WHERE ")
            + script("headline") + QStringLiteral(" UNION SELECT snapshot_id FROM article_summary WHERE ") + script("text")
            + QStringLiteral(" UNION SELECT snapshot_id FROM article_blocks WHERE ") + script("text")
            + QStringLiteral(" UNION SELECT snapshot_id FROM comments WHERE ") + script("text") + QStringLiteral(")");
        ok = run(db, QStringLiteral("INSERT INTO article_search (article_search, rowid, headline, body, comments) "
                                    "SELECT 'delete', snapshot_id, headline, body, comments") + foldable
                         + QStringLiteral(" AND snapshot_id NOT IN (SELECT snapshot_id FROM search_backlog)"),
                 &error)
            && run(db, QStringLiteral("INSERT OR IGNORE INTO search_backlog (snapshot_id) SELECT snapshot_id") + foldable, &error);
    }
    if (ok && (!existed || stale))
        ok = run(db, QStringLiteral("INSERT OR IGNORE INTO search_backlog (snapshot_id) SELECT id FROM snapshots"), &error);
    if (ok && !folded)
        ok = run(db, QStringLiteral("INSERT OR REPLACE INTO search_state (key, value) VALUES ('") + kFoldedKey + QStringLiteral("', '1')"), &error);
    if (!ok || !run(db, QStringLiteral("COMMIT"), &error)) {
        run(db, QStringLiteral("ROLLBACK"), nullptr);
        *reason = error;
        return false;
    }
    return true;
}

bool add(QSqlDatabase &db, bool fullText, SnapshotId id, QString *error)
{
    if (fullText)
        return indexOrForget(db, id, false, error);
    return withId(db, QStringLiteral("INSERT OR IGNORE INTO search_backlog (snapshot_id) VALUES (?)"), id, error);
}

ArticleText articleTextOf(const Snapshot &snapshot)
{
    const Article &a = snapshot.article;
    const QChar newline(u'\n');
    ArticleText t;
    t.headline = a.headline.isNull() ? QString(QLatin1String("")) : a.headline;
    // trim(summary || char(10) || blocks, char(10)), each part joined by char(10) as group_concat does.
    qsizetype size = 1;
    for (const QString &line : a.summary)
        size += line.size() + 1;
    for (const ArticleBlock &block : a.blocks)
        size += block.text.size() + 1;
    t.body.reserve(size);
    for (qsizetype i = 0; i < a.summary.size(); ++i) {
        if (i > 0)
            t.body += newline;
        t.body += a.summary[i];
    }
    t.body += newline;
    for (qsizetype i = 0; i < a.blocks.size(); ++i) {
        if (i > 0)
            t.body += newline;
        t.body += a.blocks[i].text;
    }
    qsizetype from = 0, to = t.body.size();
    while (from < to && t.body.at(from) == newline)
        ++from;
    while (to > from && t.body.at(to - 1) == newline)
        --to;
    if (from > 0 || to < t.body.size()) {
        t.body.truncate(to);
        t.body.remove(0, from);
    }
    for (qsizetype i = 0; i < snapshot.comments.size(); ++i) {
        if (i > 0)
            t.comments += newline;
        t.comments += snapshot.comments[i].text;
    }
    if (t.comments.isNull())
        t.comments = QLatin1String("");
    return t;
}

bool add(QSqlDatabase &db, bool fullText, SnapshotId id, const Snapshot &snapshot, QString *error)
{
    if (!fullText)
        return add(db, fullText, id, error);
    const ArticleText text = articleTextOf(snapshot);
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("INSERT INTO article_search (rowid, headline, body, comments) VALUES (?, ?, ?, ?)"))) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    q.addBindValue(id);
    q.addBindValue(urdu::foldForSearch(text.headline));
    q.addBindValue(urdu::foldForSearch(text.body));
    q.addBindValue(urdu::foldForSearch(text.comments));
    return run(q, error);
}

bool remove(QSqlDatabase &db, bool fullText, SnapshotId id, QString *error)
{
    if (inBacklog(db, id))  // never indexed: nothing to forget
        return withId(db, QStringLiteral("DELETE FROM search_backlog WHERE snapshot_id = ?"), id, error);
    if (fullText)
        return indexOrForget(db, id, true, error);
    if (tableExists(db, QStringLiteral("article_search")))
        return run(db, QStringLiteral("INSERT OR REPLACE INTO search_state (key, value) VALUES ('stale', '1')"), error);
    return true;
}

int backlogSize(QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT count(*) FROM search_backlog")) && q.next() ? q.value(0).toInt() : 0;
}

bool indexBacklog(QSqlDatabase &db, const std::function<bool(int done, int total)> &progress, QString *error)
{
    const int total = backlogSize(db);
    if (total == 0)
        return true;
    int done = 0;
    // About 200 articles per transaction: few disk syncs, and a reader never waits long.
    constexpr int kBatch = 200;
    while (true) {
        if (progress && done < total && !progress(done, total))
            return true;
        if (!run(db, QStringLiteral("BEGIN IMMEDIATE"), error))
            return false;
        QVector<SnapshotId> ids;
        {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT snapshot_id FROM search_backlog ORDER BY snapshot_id LIMIT ?"));
            q.addBindValue(kBatch);
            if (!run(q, error)) {
                run(db, QStringLiteral("ROLLBACK"), nullptr);
                return false;
            }
            while (q.next())
                ids.append(q.value(0).toLongLong());
        }
        if (ids.isEmpty()) {
            run(db, QStringLiteral("COMMIT"), nullptr);
            break;
        }
        QSqlQuery forget(db);
        if (!forget.prepare(QStringLiteral("DELETE FROM search_backlog WHERE snapshot_id = ?"))) {
            if (error)
                *error = forget.lastError().text();
            run(db, QStringLiteral("ROLLBACK"), nullptr);
            return false;
        }
        for (SnapshotId id : std::as_const(ids)) {
            forget.bindValue(0, id);
            if (!indexOrForget(db, id, false, error) || !run(forget, error)) {
                run(db, QStringLiteral("ROLLBACK"), nullptr);
                return false;
            }
        }
        if (!run(db, QStringLiteral("COMMIT"), error)) {
            run(db, QStringLiteral("ROLLBACK"), nullptr);
            return false;
        }
        done += int(ids.size());
    }
    if (progress)
        progress(std::max(done, total), std::max(done, total));
    return true;
}

} // namespace md::searchindex
