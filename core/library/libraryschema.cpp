// The library's schema, one migration per version, and the migration runner.
#include "core/library/libraryschema.h"

#include "core/portfolio/portfolioschema.h"
#include "core/wording.h"

#include <QDeadlineTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace md {

namespace {

// One row per stored article: the text the full-text index holds (headline; standfirst and body, a list's items
// one a line; comments), built from the stored rows, so the index keeps no second copy of it.
QString articleTextView()
{
    return QStringLiteral(R"(CREATE VIEW article_text AS SELECT
                a.snapshot_id AS snapshot_id,
                a.headline AS headline,
                trim(coalesce((SELECT group_concat(x.text, char(10)) FROM article_summary x
                               WHERE x.snapshot_id = a.snapshot_id), '') || char(10)
                     || coalesce((SELECT group_concat(x.text, char(10)) FROM article_blocks x
                                  WHERE x.snapshot_id = a.snapshot_id), ''), char(10)) AS body,
                coalesce((SELECT group_concat(x.text, char(10)) FROM comments x
                          WHERE x.snapshot_id = a.snapshot_id), '') AS comments
                FROM articles a)");
}

} // namespace

QStringList libraryMigration(int version)
{
    switch (version) {
    case 1:
        return {
            // One row per stored page. captured_ms orders the library: the user's correction when given,
            // else the detected time (archive date, page date, newest comment, file time), else the import
            // time. The *_count columns record what was stored with the snapshot, so a check can prove that
            // every snapshot is whole.
            QStringLiteral(R"(CREATE TABLE snapshots (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                content_hash BLOB NOT NULL UNIQUE,
                parsed_hash BLOB NOT NULL,
                source TEXT NOT NULL,
                format TEXT NOT NULL CHECK (format IN ('text', 'html', 'mhtml')),
                encoding TEXT NOT NULL,
                page_time TEXT,
                detected_time TEXT,
                detected_ms INTEGER,
                detected_source TEXT NOT NULL,
                corrected_time TEXT,
                corrected_ms INTEGER,
                captured_ms INTEGER NOT NULL,
                imported_ms INTEGER NOT NULL,
                raw_size INTEGER NOT NULL,
                quote_count INTEGER NOT NULL,
                index_count INTEGER NOT NULL,
                block_count INTEGER NOT NULL,
                related_count INTEGER NOT NULL,
                comment_count INTEGER NOT NULL,
                warning_count INTEGER NOT NULL))"),
            QStringLiteral("CREATE INDEX snapshots_by_time ON snapshots (captured_ms)"),
            QStringLiteral("CREATE INDEX snapshots_by_source ON snapshots (source, captured_ms)"),
            // The raw page, compressed, apart from the rows the list reads.
            QStringLiteral(R"(CREATE TABLE raw_pages (
                snapshot_id INTEGER PRIMARY KEY REFERENCES snapshots (id) ON DELETE CASCADE,
                compression TEXT NOT NULL,
                bytes BLOB NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE quotes (
                snapshot_id INTEGER NOT NULL REFERENCES snapshots (id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                symbol TEXT NOT NULL COLLATE NOCASE,
                price REAL NOT NULL,
                change REAL NOT NULL,
                change_percent REAL NOT NULL,
                PRIMARY KEY (snapshot_id, position)) WITHOUT ROWID)"),
            QStringLiteral("CREATE INDEX quotes_by_symbol ON quotes (symbol, snapshot_id)"),
            QStringLiteral(R"(CREATE TABLE indices (
                snapshot_id INTEGER NOT NULL REFERENCES snapshots (id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                name TEXT NOT NULL COLLATE NOCASE,
                value REAL NOT NULL,
                change REAL NOT NULL,
                change_percent REAL NOT NULL,
                PRIMARY KEY (snapshot_id, position)) WITHOUT ROWID)"),
            QStringLiteral("CREATE INDEX indices_by_name ON indices (name, snapshot_id)"),
            QStringLiteral(R"(CREATE TABLE articles (
                snapshot_id INTEGER PRIMARY KEY REFERENCES snapshots (id) ON DELETE CASCADE,
                headline TEXT NOT NULL,
                dateline TEXT NOT NULL,
                published_at TEXT,
                author TEXT NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE article_blocks (
                snapshot_id INTEGER NOT NULL REFERENCES snapshots (id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                kind TEXT NOT NULL CHECK (kind IN ('paragraph', 'subheading')),
                text TEXT NOT NULL,
                PRIMARY KEY (snapshot_id, position)) WITHOUT ROWID)"),
            QStringLiteral(R"(CREATE TABLE article_related (
                snapshot_id INTEGER NOT NULL REFERENCES snapshots (id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                headline TEXT NOT NULL,
                PRIMARY KEY (snapshot_id, position)) WITHOUT ROWID)"),
            QStringLiteral(R"(CREATE TABLE comments (
                snapshot_id INTEGER NOT NULL REFERENCES snapshots (id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                author TEXT NOT NULL,
                posted_at TEXT,
                text TEXT NOT NULL,
                recommended INTEGER NOT NULL,
                PRIMARY KEY (snapshot_id, position)) WITHOUT ROWID)"),
            QStringLiteral(R"(CREATE TABLE warnings (
                snapshot_id INTEGER NOT NULL REFERENCES snapshots (id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                text TEXT NOT NULL,
                PRIMARY KEY (snapshot_id, position)) WITHOUT ROWID)"),
        };
    case 2:
        // The standfirst and data tables of articles (issue 12), and which reading rules stored each
        // snapshot, so pages stored by an older MarketDesk are read again with the newer rules. SQLite cannot
        // widen a CHECK in place: article_blocks is copied into a new table that also allows 'table' blocks,
        // whose title is in text and header and rows in cells (JSON).
        return {
            QStringLiteral("ALTER TABLE snapshots ADD COLUMN parsed_by INTEGER NOT NULL DEFAULT 1"),
            QStringLiteral(R"(CREATE TABLE article_summary (
                snapshot_id INTEGER NOT NULL REFERENCES snapshots (id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                text TEXT NOT NULL,
                PRIMARY KEY (snapshot_id, position)) WITHOUT ROWID)"),
            QStringLiteral(R"(CREATE TABLE article_blocks_v2 (
                snapshot_id INTEGER NOT NULL REFERENCES snapshots (id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                kind TEXT NOT NULL CHECK (kind IN ('paragraph', 'subheading', 'table')),
                text TEXT NOT NULL,
                cells TEXT,
                PRIMARY KEY (snapshot_id, position)) WITHOUT ROWID)"),
            QStringLiteral("INSERT INTO article_blocks_v2 (snapshot_id, position, kind, text) "
                           "SELECT snapshot_id, position, kind, text FROM article_blocks"),
            QStringLiteral("DROP TABLE article_blocks"),
            QStringLiteral("ALTER TABLE article_blocks_v2 RENAME TO article_blocks"),
        };
    case 3:
        // The exchange's own publications (issue 13) and a daily history of every symbol. A snapshot records
        // what it is (kind), the session it is for, and how many board rows it held: an exchange board's rows
        // are not copied into quotes (500 rows a day for years would dwarf everything else) but kept in
        // the raw page, which is read again when the snapshot is opened, and in daily_bars.
        //
        // daily_bars holds one bar per symbol and session. Prices are in paisa (hundredths of a rupee): the
        // exchange's prices are whole paisa, stored as small integers (2 to 3 bytes instead of 8); a price
        // with finer digits is stored as it is, times 100, as a REAL. source_rank orders the sources for the
        // conflict rule (closing-rate file 4, historical page 3, market watch 2, end-of-day series 1, news
        // ticker 0): a higher rank replaces a lower one, and between equals the later capture wins.
        return {
            QStringLiteral("ALTER TABLE snapshots ADD COLUMN kind TEXT NOT NULL DEFAULT 'news'"),
            QStringLiteral("ALTER TABLE snapshots ADD COLUMN session_date TEXT"),
            QStringLiteral("ALTER TABLE snapshots ADD COLUMN board_rows INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral(R"(CREATE TABLE daily_bars (
                symbol TEXT NOT NULL COLLATE NOCASE,
                session_day INTEGER NOT NULL,
                open_paisa NUMERIC,
                high_paisa NUMERIC,
                low_paisa NUMERIC,
                close_paisa NUMERIC NOT NULL,
                volume INTEGER,
                previous_close_paisa NUMERIC,
                source_rank INTEGER NOT NULL,
                snapshot_id INTEGER NOT NULL REFERENCES snapshots (id) ON DELETE CASCADE,
                PRIMARY KEY (symbol, session_day)) WITHOUT ROWID)"),
            QStringLiteral("CREATE INDEX daily_bars_by_snapshot ON daily_bars (snapshot_id)"),
            QStringLiteral(R"(CREATE TABLE companies (
                symbol TEXT NOT NULL PRIMARY KEY COLLATE NOCASE,
                company TEXT NOT NULL,
                sector TEXT NOT NULL,
                listed_in TEXT NOT NULL,
                last_day INTEGER NOT NULL))"),
            // The close-only bars of the news tickers already stored, one per symbol and day (the latest
            // capture of the day), from snapshots whose capture time is known. The session day is the capture's
            // day in Pakistan time (UTC+5).
            QStringLiteral(R"(INSERT OR IGNORE INTO daily_bars (symbol, session_day, close_paisa, source_rank, snapshot_id)
                SELECT q.symbol, (s.captured_ms / 1000 + 18000) / 86400,
                       CASE WHEN abs(q.price * 100 - round(q.price * 100)) < 1e-6
                            THEN CAST(round(q.price * 100) AS INTEGER) ELSE q.price * 100 END,
                       0, s.id
                FROM quotes q JOIN snapshots s ON s.id = q.snapshot_id
                WHERE (s.detected_source != 'unknown' OR s.corrected_ms IS NOT NULL) AND s.captured_ms >= 0
                ORDER BY s.captured_ms DESC, s.id DESC, q.position)"),
        };
    case 4:
        // Issue 14: the watchlist, alert rules and what they fired, saved searches, and the article text the
        // full-text index reads. The FTS5 index itself (article_search) is created when the library opens, not here, because the
        // SQLite in use may lack FTS5: the library then still opens and searches the slow way. Snapshots not
        // yet in the index wait in search_backlog, so an upgraded library is indexed once, resumably.
        return {
            // Symbols and index names in the user's order; a name is there once whatever its case.
            QStringLiteral(R"(CREATE TABLE watchlist (
                name TEXT NOT NULL COLLATE NOCASE PRIMARY KEY,
                position INTEGER NOT NULL,
                added_ms INTEGER NOT NULL))"),
            // A rule in its canonical text (docs/alerts.md), parsed again when read.
            QStringLiteral(R"(CREATE TABLE alert_rules (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                rule TEXT NOT NULL COLLATE NOCASE UNIQUE,
                created_ms INTEGER NOT NULL))"),
            // What fired: at most once per rule and page (content_hash, the page's bytes); kept with the
            // rule's text when the rule or the snapshot is removed. historical: found while importing old
            // snapshots, listed but never notified. subject: the article's headline for news and keyword
            // rules, so the same story seen again in a refreshed page is not news twice.
            QStringLiteral(R"(CREATE TABLE alert_history (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                rule_id INTEGER REFERENCES alert_rules (id) ON DELETE SET NULL,
                rule TEXT NOT NULL,
                content_hash BLOB NOT NULL,
                snapshot_id INTEGER REFERENCES snapshots (id) ON DELETE SET NULL,
                fired_ms INTEGER NOT NULL,
                historical INTEGER NOT NULL,
                value REAL,
                text TEXT NOT NULL,
                subject TEXT,
                UNIQUE (rule_id, content_hash)))"),
            QStringLiteral("CREATE INDEX alert_history_by_time ON alert_history (fired_ms)"),
            QStringLiteral("CREATE INDEX alert_history_by_subject ON alert_history (rule_id, subject)"),
            QStringLiteral("CREATE INDEX alert_history_by_snapshot ON alert_history (snapshot_id)"),
            QStringLiteral(R"(CREATE TABLE saved_searches (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                query TEXT NOT NULL COLLATE NOCASE UNIQUE,
                created_ms INTEGER NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE search_backlog (
                snapshot_id INTEGER PRIMARY KEY REFERENCES snapshots (id) ON DELETE CASCADE))"),
            QStringLiteral("CREATE TABLE search_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            // One row per stored article: the text the full-text index holds (headline; standfirst and body;
            // comments), built from the stored rows, so the index keeps no second copy of it.
            articleTextView(),
        };
    case 5:
        // Issue 21: at-least-once delivery of alerts. An alert fired live is recorded undelivered (0) in the
        // transaction that records its firing, and marked delivered (1) only once it was printed (--alerts
        // check) or shown (the window's notifier); a run killed in between leaves it for the next one. What an
        // older release recorded counts as delivered, as do historical findings (never notified).
        return {
            QStringLiteral("ALTER TABLE alert_history ADD COLUMN delivered INTEGER NOT NULL DEFAULT 1"),
            QStringLiteral("CREATE INDEX alert_history_undelivered ON alert_history (id) WHERE delivered = 0"),
        };
    case 6:
        // Issue 20: market data dated by evidence. A snapshot's market time (detected_time, detected_source: when
        // its quotes and indices were true) is decided apart from its article's published_at, and may come from
        // the file's modification time when the page prints no date of its own. file_time keeps that time, so
        // a page read again with newer rules can still weigh it; the rows an older release dated by the file
        // get it from there. articles.updated_at keeps the byline's "Updated" time, which dated the page before.
        // The reading rules change with this version, so every stored page is read again (parsed_by).
        return {
            QStringLiteral("ALTER TABLE snapshots ADD COLUMN file_time TEXT"),
            QStringLiteral("UPDATE snapshots SET file_time = detected_time WHERE detected_source = 'file'"),
            QStringLiteral("ALTER TABLE articles ADD COLUMN updated_at TEXT"),
        };
    case 7:
        // Issue 23: portfolios and their transactions (the SQL is the portfolio's own: core/portfolio/).
        return portfolioMigration();
    case 8:
        // Lists in articles: article_blocks also allows 'list' blocks, whose items are in text (one a line) and
        // whose numbering is in cells ({"ordered": true, "start": 3}). The CHECK is widened by copying the table,
        // as in version 2; the view that reads it is dropped first and made again after.
        return {
            QStringLiteral("DROP VIEW article_text"),
            QStringLiteral(R"(CREATE TABLE article_blocks_v3 (
                snapshot_id INTEGER NOT NULL REFERENCES snapshots (id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                kind TEXT NOT NULL CHECK (kind IN ('paragraph', 'subheading', 'table', 'list')),
                text TEXT NOT NULL,
                cells TEXT,
                PRIMARY KEY (snapshot_id, position)) WITHOUT ROWID)"),
            QStringLiteral("INSERT INTO article_blocks_v3 (snapshot_id, position, kind, text, cells) "
                           "SELECT snapshot_id, position, kind, text, cells FROM article_blocks"),
            QStringLiteral("DROP TABLE article_blocks"),
            QStringLiteral("ALTER TABLE article_blocks_v3 RENAME TO article_blocks"),
            articleTextView(),
        };
    default:
        return {};
    }
}

bool isBusyError(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    constexpr int kSqliteBusy = 5;
    constexpr int kSqliteLocked = 6;
    return ok && (code == kSqliteBusy || code == kSqliteLocked);
}

bool execWhileBusy(QSqlQuery &q, const QString &sql, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (true) {
        if (q.exec(sql))
            return true;
        if (!isBusyError(q.lastError()) || deadline.hasExpired())
            return false;
        q.finish();
        QThread::msleep(20);
    }
}

bool migrateLibrary(QSqlDatabase &db, int currentVersion, int targetVersion, QString *error, bool *busy,
                    int busyTimeoutMs)
{
    const auto failWith = [&](QSqlQuery &q, bool rollback) {
        *error = q.lastError().text();
        if (busy)
            *busy = isBusyError(q.lastError());
        if (rollback)
            q.exec(QStringLiteral("ROLLBACK"));
        return false;
    };
    for (int version = currentVersion + 1; version <= targetVersion; ++version) {
        QSqlQuery q(db);
        if (!execWhileBusy(q, QStringLiteral("BEGIN IMMEDIATE"), busyTimeoutMs))
            return failWith(q, false);
        // Read again under the lock: the version read before it may be stale (two processes opening a new
        // or an old library at once; the second finds the work done).
        if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
            return failWith(q, true);
        const int now = q.value(0).toInt();
        q.finish();
        if (now >= version) {
            q.exec(QStringLiteral("ROLLBACK"));
            if (now > targetVersion) {
                *error = tr("another, newer MarketDesk upgraded it meanwhile (library version %1; this one reads "
                            "up to %2)")
                             .arg(now)
                             .arg(targetVersion);
                return false;
            }
            version = now;
            continue;
        }
        QStringList statements = libraryMigration(version);
        statements.append(QStringLiteral("PRAGMA user_version = %1").arg(version));
        for (const QString &sql : statements) {
            if (!q.exec(sql))
                return failWith(q, true);
        }
        if (!q.exec(QStringLiteral("COMMIT")))
            return failWith(q, true);
    }
    return true;
}

} // namespace md
