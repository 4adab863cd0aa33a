// The snapshot library on SQLite: opening (and setting aside an unreadable file), storing, querying.
#include "core/library/library.h"

#include "core/library/libraryschema.h"
#include "core/library/searchindex.h"
#include "core/library/storyidentity.h"
#include "core/load/snapshotloader.h"
#include "core/parse/psxsectors.h"
#include "core/snapshotjson.h"
#include "core/wording.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <atomic>
#include <functional>
#include <cmath>

namespace md {
namespace {

// SQLite's primary result codes that mean "this file is not a database we can read".
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteNotADatabase = 26;

bool isUnreadableDatabaseError(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    return ok && (code == kSqliteCorrupt || code == kSqliteNotADatabase);
}

SnapshotFormat formatFromName(const QString &name)
{
    if (name == QLatin1String("html"))
        return SnapshotFormat::Html;
    if (name == QLatin1String("mhtml"))
        return SnapshotFormat::Mhtml;
    return SnapshotFormat::Text;
}

// NULL for an invalid timestamp, else its ISO text (with its offset when it has one).
QVariant isoOrNull(const Timestamp &t)
{
    return t.isValid() ? QVariant(t.toIsoString()) : QVariant(QMetaType(QMetaType::QString));
}

// A null QString binds as SQL NULL; stored text is never NULL, so an absent text is stored as ''.
QString text(const QString &s)
{
    return s.isNull() ? QString(QLatin1String("")) : s;
}

QVariant msecsOrNull(const Timestamp &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

Timestamp timestampFrom(const QVariant &iso)
{
    return iso.isNull() ? Timestamp() : Timestamp::fromIsoString(iso.toString());
}

// A table block's header and rows as {"header": [...], "rows": [[...]]}; NULL for any other block.
QVariant tableCellsJson(const ArticleBlock &block)
{
    if (block.kind != ArticleBlock::Kind::Table)
        return QVariant(QMetaType(QMetaType::QString));
    QJsonArray rows;
    for (const QStringList &row : block.rows)
        rows.append(QJsonArray::fromStringList(row));
    const QJsonObject cells{{QStringLiteral("header"), QJsonArray::fromStringList(block.header)},
                            {QStringLiteral("rows"), rows}};
    return QString::fromUtf8(QJsonDocument(cells).toJson(QJsonDocument::Compact));
}

QStringList stringsOf(const QJsonValue &array)
{
    QStringList out;
    for (const QJsonValue &v : array.toArray())
        out.append(v.toString());
    return out;
}

ArticleBlock blockFromRow(const QString &kind, const QVariant &text, const QVariant &cells)
{
    ArticleBlock block;
    block.text = text.toString();
    if (kind == QLatin1String("table")) {
        block.kind = ArticleBlock::Kind::Table;
        const QJsonObject o = QJsonDocument::fromJson(cells.toString().toUtf8()).object();
        block.header = stringsOf(o.value(QLatin1String("header")));
        for (const QJsonValue &row : o.value(QLatin1String("rows")).toArray())
            block.rows.append(stringsOf(row));
    } else if (kind == QLatin1String("subheading")) {
        block.kind = ArticleBlock::Kind::Subheading;
    }
    return block;
}

// --- Daily bars ----------------------------------------------------------------------------------------

const QDate kEpochDay(1970, 1, 1);

qint64 dayNumber(const QDate &date)
{
    return kEpochDay.daysTo(date);
}

QDate dayFromNumber(qint64 day)
{
    return kEpochDay.addDays(day);
}

// The session day of a capture time: its date on the exchange's clock (Pakistan time).
QDate exchangeDayOf(qint64 capturedMsecs)
{
    return QDateTime::fromMSecsSinceEpoch(capturedMsecs + qint64(Timestamp::kPakistanOffsetSeconds) * 1000, Qt::UTC).date();
}

// A price in paisa: a whole number for the exchange's prices (stored compactly as an integer), else the
// exact product as a REAL.
QVariant paisa(double price)
{
    const double p = price * 100.0;
    const double whole = std::round(p);
    if (std::abs(p - whole) < 1e-6 && std::abs(whole) < 9e15)
        return QVariant(qint64(whole));
    return QVariant(p);
}

QVariant paisaOrNull(const std::optional<double> &price)
{
    return price ? paisa(*price) : QVariant(QMetaType(QMetaType::LongLong));
}

std::optional<double> rupeesFrom(const QVariant &stored)
{
    if (stored.isNull())
        return std::nullopt;
    if (stored.typeId() == QMetaType::LongLong || stored.typeId() == QMetaType::Int)
        return double(stored.toLongLong()) / 100.0;
    return stored.toDouble() / 100.0;
}

// The conflict rule's order of sources: the exchange's complete files over its pages, its pages over the
// close-and-open series, any of them over a news ticker.
int sourceRank(SnapshotKind kind)
{
    switch (kind) {
    case SnapshotKind::ClosingRates: return 4;
    case SnapshotKind::HistoricalSession: return 3;
    case SnapshotKind::MarketWatch: return 2;
    case SnapshotKind::EodSeries: return 1;
    case SnapshotKind::NewsPage: break;
    }
    return 0;
}

SnapshotKind kindOfRank(int rank)
{
    switch (rank) {
    case 4: return SnapshotKind::ClosingRates;
    case 3: return SnapshotKind::HistoricalSession;
    case 2: return SnapshotKind::MarketWatch;
    case 1: return SnapshotKind::EodSeries;
    default: return SnapshotKind::NewsPage;
    }
}

bool isFinite(const std::optional<double> &v)
{
    return !v || std::isfinite(*v);
}

// The first free "NAME.unreadable-20250130-101500.sqlite" next to the file.
QString setAsideName(const QString &path)
{
    const QFileInfo info(path);
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString suffix = info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix();
    const QString base = info.absolutePath() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral(".unreadable-")
        + stamp;
    QString candidate = base + suffix;
    for (int n = 2; QFileInfo::exists(candidate) || QFileInfo::exists(candidate + QStringLiteral("-wal")); ++n)
        candidate = base + QStringLiteral("-%1").arg(n) + suffix;
    return candidate;
}

// Why an existing file cannot be a library, judged from its first bytes; empty when it may be one.
QString probeDatabaseFile(const QString &path)
{
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return tr("it cannot be read (%1)").arg(file.errorString());
    static const QByteArray magic("SQLite format 3\0", 16);
    if (file.read(16) != magic)
        return tr("it is not an SQLite database");
    return {};
}

std::atomic<int> g_connectionCounter{0};

// True when a market time names the session its prices closed: any evidence but the file's time.
bool givesSession(const CaptureTime &capture)
{
    return capture.time.isValid() && capture.source != CaptureTime::Source::FileModified
        && capture.source != CaptureTime::Source::Unknown;
}

} // namespace

struct Library::Private
{
    QString path;
    QString connectionName;
    QSqlDatabase db;
    bool open = false;
    mutable bool damaged = false;
    mutable QString lastError;
    mutable QHash<QString, QSqlQuery> prepared;
    // How long a statement waits for another connection's write lock (another window, an import, a scheduled
    // --alerts check) before it gives up.
    int busyTimeoutMs = Library::kDefaultBusyTimeoutMs;
    // Full-text search: allowed by the caller, and found usable when the library opened.
    bool fullTextAllowed = true;
    bool fullText = false;
    QString fullTextProblem;
    // The company names last written per symbol: a board of 500 rows a day repeats them, so only a change
    // is written (bounded by the number of symbols, whatever the number of files imported).
    QHash<QString, CompanyInfo> companiesWritten;
    // Story identity (stories()): each article's body key, valid while its parsed data (parsed_hash) is the
    // same, and each page's address, read from its raw page, which never changes under one id.
    mutable QHash<SnapshotId, std::pair<QByteArray, QByteArray>> bodyKeys;
    mutable QHash<SnapshotId, QString> addressKeys;

    enum class Attempt { Opened, Unreadable, Failed, Busy };

    // fullCheck: run SQLite's quick_check over the whole file (after an unclean shutdown).
    Attempt tryOpen(QString *reason, bool fullCheck);
    static Attempt attemptAfter(const QSqlError &error)
    {
        if (isBusyError(error))
            return Attempt::Busy;
        return isUnreadableDatabaseError(error) ? Attempt::Unreadable : Attempt::Failed;
    }
    void closeConnection();

    // Left next to the file when a statement met a damaged page, so the next open() sets the file aside.
    QString damageMarkerPath() const { return path + QStringLiteral(".damaged"); }
    void noteError(const QSqlError &error) const;
    void markDamaged(const QString &reason) const;
    // Steps to the next row; false at the end or on an error, which is noted: a damaged page never
    // passes for the end of the rows.
    bool next(QSqlQuery *q) const
    {
        if (q->next())
            return true;
        if (q->lastError().type() != QSqlError::NoError)
            noteError(q->lastError());
        return false;
    }

    // A prepared statement, kept for the life of the connection. Invalid (and lastError set) on failure.
    QSqlQuery *query(const QString &sql) const;
    bool exec(QSqlQuery *q) const;
    bool execDirect(const QString &sql) const;
    bool fail(const QSqlQuery &q) const;

    std::optional<SnapshotId> findByContentHash(const QByteArray &hash) const;
    AddSnapshotResult add(const QByteArray &rawPage, const QByteArray &hash, const Snapshot &snapshot,
                          const CaptureTime &capture, const AddOptions &options);
    bool insertContent(SnapshotId id, const Snapshot &snapshot);
    // The exchange session whose closes the quotes are (see Library::sessionOfCloses).
    QDate sessionOfCloses(const QVector<Quote> &quotes, SnapshotId except) const;
    // What the library knows about a page besides its text: the file's time and its daily bars.
    MarketEvidence evidenceFor(const QDateTime &fileModified, SnapshotId except) const;
    // One row per item into a table whose first columns are (snapshot_id, position); fields(i) gives the rest.
    bool insertRows(const QString &sql, SnapshotId id, qsizetype count,
                    const std::function<QVariantList(qsizetype)> &fields);
    bool deleteContent(SnapshotId id);
    // The snapshot's daily bars (conflict rule in the statement) and company names. captureMsecs is its market
    // time, used as the session day where the snapshot names none; sessionKnown false (the market time is
    // unknown, or only the file's time): no bars on a day the page does not give, only the company names.
    bool insertBars(SnapshotId id, const Snapshot &snapshot, qint64 captureMsecs, bool sessionKnown);
    bool deleteBars(SnapshotId id);
    // Close-only bars of stored news tickers for sessions that have no bar (after a removal).
    bool refillNewsBars();
    Series readSeries(bool index, const QString &name, qint64 fromMsecs, qint64 toMsecs) const;
    LibraryEntry readEntry(const QSqlQuery &q) const;
    // The first column of every row sql selects, as text.
    QStringList readNames(const QString &sql) const;
};

Library::Private::Attempt Library::Private::tryOpen(QString *reason, bool fullCheck)
{
    connectionName = QStringLiteral("marketdesk-library-%1").arg(++g_connectionCounter);
    db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    // Wait for another connection's write (the import thread, another window) instead of failing at once.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    if (!db.open()) {
        *reason = db.lastError().text();
        return isUnreadableDatabaseError(db.lastError()) ? Attempt::Unreadable : Attempt::Failed;
    }
    QSqlQuery q(db);
    // Reading the schema is the first real read: a damaged header or first page fails here. Nothing is
    // written before the version is known, so a newer MarketDesk's library is left exactly as it was.
    if (!execWhileBusy(q, QStringLiteral("SELECT count(*) FROM sqlite_master"), busyTimeoutMs) || !q.next()
        || !execWhileBusy(q, QStringLiteral("PRAGMA user_version"), busyTimeoutMs) || !q.next()) {
        *reason = q.lastError().text();
        return attemptAfter(q.lastError());
    }
    const int version = q.value(0).toInt();
    q.finish();
    if (version > kSchemaVersion) {
        *reason = tr("it was written by a newer MarketDesk (library version %1; this one reads up to %2)")
                      .arg(version)
                      .arg(kSchemaVersion);
        return Attempt::Failed;
    }
    // After an unclean shutdown, a structural check of every page catches damage further into the file.
    // It reads the whole file (about 150 ms for 10,000 snapshots), so a clean start skips it; damage met
    // later is noticed by the statement that meets it (noteError) and handled on the next open.
    if (fullCheck) {
        if (!execWhileBusy(q, QStringLiteral("PRAGMA quick_check(1)"), busyTimeoutMs) || !q.next()) {
            *reason = q.lastError().text();
            return attemptAfter(q.lastError());
        }
        const QString quick = q.value(0).toString();
        q.finish();
        if (quick != QLatin1String("ok")) {
            *reason = quick;
            return Attempt::Unreadable;
        }
    }
    const QStringList setup = {
        QStringLiteral("PRAGMA journal_mode = WAL"),
        // In WAL mode NORMAL keeps every committed transaction through a crash or a killed process; only a
        // power cut may roll back the last commits, never leaving a damaged file.
        QStringLiteral("PRAGMA synchronous = NORMAL"),
        // A snapshot touches ~100 pages (its quotes land all over the symbol index); checkpointing every
        // 1000 pages (SQLite's default) would sync the disk every few snapshots. 8192 pages (32 MiB) of log
        // cut an import's syncs tenfold; the log is folded back and removed when the last connection closes.
        QStringLiteral("PRAGMA wal_autocheckpoint = 8192"),
        QStringLiteral("PRAGMA journal_size_limit = 33554432"),
        QStringLiteral("PRAGMA foreign_keys = ON"),
    };
    for (const QString &sql : setup) {
        if (!execWhileBusy(q, sql, busyTimeoutMs)) {
            *reason = q.lastError().text();
            return attemptAfter(q.lastError());
        }
        q.finish();
    }
    bool busy = false;
    if (!migrateLibrary(db, version, kSchemaVersion, reason, &busy, busyTimeoutMs))
        return busy ? Attempt::Busy : Attempt::Failed;
    return Attempt::Opened;
}

void Library::Private::closeConnection()
{
    prepared.clear();
    if (db.isValid())
        db.close();
    db = QSqlDatabase();
    if (!connectionName.isEmpty())
        QSqlDatabase::removeDatabase(connectionName);
    connectionName.clear();
    open = false;
}

void Library::Private::noteError(const QSqlError &error) const
{
    lastError = isBusyError(error) ? libraryBusyMessage(path, busyTimeoutMs) : error.text();
    if (isUnreadableDatabaseError(error))
        markDamaged(error.text());
}

void Library::Private::markDamaged(const QString &reason) const
{
    if (!damaged) {
        damaged = true;
        QFile marker(damageMarkerPath());
        if (marker.open(QIODevice::WriteOnly))
            marker.write(reason.toUtf8());
    }
    lastError = tr("The library file is damaged (%1). It will be set aside and a new library started the next "
                   "time it is opened.")
                    .arg(reason);
}

QSqlQuery *Library::Private::query(const QString &sql) const
{
    auto it = prepared.find(sql);
    if (it == prepared.end()) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.prepare(sql)) {
            noteError(q.lastError());
            return nullptr;
        }
        it = prepared.insert(sql, q);
    }
    return &it.value();
}

bool Library::Private::fail(const QSqlQuery &q) const
{
    noteError(q.lastError());
    return false;
}

bool Library::Private::exec(QSqlQuery *q) const
{
    if (!q)
        return false;
    return q->exec() || fail(*q);
}

bool Library::Private::execDirect(const QString &sql) const
{
    QSqlQuery q(db);
    return q.exec(sql) || fail(q);
}

std::optional<SnapshotId> Library::Private::findByContentHash(const QByteArray &hash) const
{
    QSqlQuery *q = query(QStringLiteral("SELECT id FROM snapshots WHERE content_hash = ?"));
    if (!q)
        return std::nullopt;
    q->bindValue(0, hash);
    if (!exec(q))
        return std::nullopt;
    std::optional<SnapshotId> id;
    if (next(q))
        id = q->value(0).toLongLong();
    q->finish();
    return id;
}

bool Library::Private::insertContent(SnapshotId id, const Snapshot &snapshot)
{
    const Article &a = snapshot.article;
    QSqlQuery *q = query(QStringLiteral(
        "INSERT INTO articles (snapshot_id, headline, dateline, published_at, author, updated_at) VALUES (?, ?, ?, ?, ?, ?)"));
    if (!q)
        return false;
    q->bindValue(0, id);
    q->bindValue(1, text(a.headline));
    q->bindValue(2, text(a.dateline));
    q->bindValue(3, isoOrNull(a.publishedAt));
    q->bindValue(4, text(a.author));
    q->bindValue(5, isoOrNull(a.updatedAt));
    if (!exec(q))
        return false;

    return insertRows(QStringLiteral("INSERT INTO article_blocks (snapshot_id, position, kind, text, cells) "
                                     "VALUES (?, ?, ?, ?, ?)"),
                      id, a.blocks.size(),
                      [&](qsizetype i) -> QVariantList {
                          const ArticleBlock &b = a.blocks[i];
                          return {blockKindName(b.kind), text(b.text), tableCellsJson(b)};
                      })
        && insertRows(QStringLiteral("INSERT INTO article_summary (snapshot_id, position, text) VALUES (?, ?, ?)"),
                      id, a.summary.size(), [&](qsizetype i) -> QVariantList { return {text(a.summary[i])}; })
        && insertRows(QStringLiteral("INSERT INTO article_related (snapshot_id, position, headline) VALUES (?, ?, ?)"),
                      id, a.related.size(), [&](qsizetype i) -> QVariantList { return {text(a.related[i])}; })
        // An exchange board's rows live in its raw page and in daily_bars, not in quotes.
        && insertRows(QStringLiteral("INSERT INTO quotes (snapshot_id, position, symbol, price, change, change_percent) "
                                     "VALUES (?, ?, ?, ?, ?, ?)"),
                      id, isExchangeKind(snapshot.kind) ? 0 : snapshot.quotes.size(),
                      [&](qsizetype i) -> QVariantList {
                          const Quote &quote = snapshot.quotes[i];
                          return {text(quote.symbol), quote.price, quote.change, quote.changePercent};
                      })
        && insertRows(QStringLiteral("INSERT INTO indices (snapshot_id, position, name, value, change, change_percent) "
                                     "VALUES (?, ?, ?, ?, ?, ?)"),
                      id, snapshot.indices.size(),
                      [&](qsizetype i) -> QVariantList {
                          const IndexValue &index = snapshot.indices[i];
                          return {text(index.name), index.value, index.change, index.changePercent};
                      })
        && insertRows(QStringLiteral("INSERT INTO comments (snapshot_id, position, author, posted_at, text, recommended) "
                                     "VALUES (?, ?, ?, ?, ?, ?)"),
                      id, snapshot.comments.size(),
                      [&](qsizetype i) -> QVariantList {
                          const Comment &c = snapshot.comments[i];
                          return {text(c.author), isoOrNull(c.postedAt), text(c.text), c.recommended};
                      })
        && insertRows(QStringLiteral("INSERT INTO warnings (snapshot_id, position, text) VALUES (?, ?, ?)"), id,
                      snapshot.warnings.size(), [&](qsizetype i) -> QVariantList { return {text(snapshot.warnings[i])}; });
}

bool Library::Private::insertRows(const QString &sql, SnapshotId id, qsizetype count,
                                  const std::function<QVariantList(qsizetype)> &fields)
{
    QSqlQuery *q = query(sql);
    if (!q)
        return false;
    for (qsizetype i = 0; i < count; ++i) {
        q->bindValue(0, id);
        q->bindValue(1, qint64(i));
        const QVariantList values = fields(i);
        for (int f = 0; f < values.size(); ++f)
            q->bindValue(2 + f, values[f]);
        if (!exec(q))
            return false;
    }
    return true;
}

bool Library::Private::deleteContent(SnapshotId id)
{
    static const char *const kTables[] = {"articles", "article_blocks", "article_summary", "article_related",
                                          "quotes",   "indices",        "comments",        "warnings"};
    for (const char *table : kTables) {
        QSqlQuery *q = query(QStringLiteral("DELETE FROM %1 WHERE snapshot_id = ?").arg(QLatin1String(table)));
        if (!q)
            return false;
        q->bindValue(0, id);
        if (!exec(q))
            return false;
    }
    return true;
}

bool Library::Private::insertBars(SnapshotId id, const Snapshot &snapshot, qint64 captureMsecs, bool sessionKnown)
{
    const QDate snapshotDay = snapshot.sessionDate.isValid() ? snapshot.sessionDate : exchangeDayOf(captureMsecs);
    QSqlQuery *q = query(QStringLiteral(
        "INSERT INTO daily_bars (symbol, session_day, open_paisa, high_paisa, low_paisa, close_paisa, volume, "
        "previous_close_paisa, source_rank, snapshot_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (symbol, session_day) DO UPDATE SET open_paisa = excluded.open_paisa, "
        "high_paisa = excluded.high_paisa, low_paisa = excluded.low_paisa, close_paisa = excluded.close_paisa, "
        "volume = excluded.volume, previous_close_paisa = excluded.previous_close_paisa, "
        "source_rank = excluded.source_rank, snapshot_id = excluded.snapshot_id "
        "WHERE excluded.source_rank > daily_bars.source_rank OR (excluded.source_rank = daily_bars.source_rank AND "
        "(SELECT captured_ms FROM snapshots WHERE id = excluded.snapshot_id) >= "
        "(SELECT captured_ms FROM snapshots WHERE id = daily_bars.snapshot_id))"));
    QSqlQuery *names = query(QStringLiteral(
        "INSERT INTO companies (symbol, company, sector, listed_in, last_day) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (symbol) DO UPDATE SET "
        "company = CASE WHEN excluded.company != '' THEN excluded.company ELSE companies.company END, "
        "sector = CASE WHEN excluded.sector != '' THEN excluded.sector ELSE companies.sector END, "
        "listed_in = CASE WHEN excluded.listed_in != '' THEN excluded.listed_in ELSE companies.listed_in END, "
        "last_day = excluded.last_day WHERE excluded.last_day >= companies.last_day"));
    if (!q || !names)
        return false;
    const int rank = sourceRank(snapshot.kind);
    const QVariant noNumber{QMetaType(QMetaType::LongLong)};
    for (const Quote &quote : snapshot.quotes) {
        if (quote.symbol.isEmpty())
            continue;
        // A bar claims a session. The file's time says when the file was copied, not which session the prices
        // closed (a board copied on a Sunday): without the page's own day, the quote makes no bar.
        const bool dayGiven = quote.sessionDate.isValid() || snapshot.sessionDate.isValid() || sessionKnown;
        const QDate day = quote.sessionDate.isValid() ? quote.sessionDate : snapshotDay;
        const qint64 dayNo = dayNumber(day);
        q->bindValue(0, quote.symbol);
        q->bindValue(1, dayNo);
        q->bindValue(2, paisaOrNull(quote.open));
        q->bindValue(3, paisaOrNull(quote.high));
        q->bindValue(4, paisaOrNull(quote.low));
        q->bindValue(5, paisa(quote.price));
        q->bindValue(6, quote.volume ? QVariant(*quote.volume) : noNumber);
        q->bindValue(7, paisaOrNull(quote.previousClose));
        q->bindValue(8, rank);
        q->bindValue(9, id);
        if (dayGiven && !exec(q))
            return false;
        if (quote.company.isEmpty() && quote.sector.isEmpty() && quote.listedIn.isEmpty())
            continue;
        const auto known = companiesWritten.constFind(quote.symbol);
        if (known != companiesWritten.cend() && known->company == quote.company && known->sector == quote.sector
            && known->listedIn == quote.listedIn)
            continue;
        names->bindValue(0, quote.symbol);
        names->bindValue(1, text(quote.company));
        names->bindValue(2, text(quote.sector));
        names->bindValue(3, text(quote.listedIn));
        names->bindValue(4, dayNo);
        if (!exec(names))
            return false;
        companiesWritten.insert(quote.symbol, {quote.symbol, quote.company, quote.sector, quote.listedIn, day});
    }
    return true;
}

bool Library::Private::deleteBars(SnapshotId id)
{
    QSqlQuery *q = query(QStringLiteral("DELETE FROM daily_bars WHERE snapshot_id = ?"));
    if (!q)
        return false;
    q->bindValue(0, id);
    return exec(q);
}

bool Library::Private::refillNewsBars()
{
    // As in the schema 3 migration: the latest capture of a day is kept, sessions with a bar are left alone.
    return execDirect(QStringLiteral(
        "INSERT OR IGNORE INTO daily_bars (symbol, session_day, close_paisa, source_rank, snapshot_id) "
        "SELECT q.symbol, (s.captured_ms / 1000 + 18000) / 86400, "
        "CASE WHEN abs(q.price * 100 - round(q.price * 100)) < 1e-6 THEN CAST(round(q.price * 100) AS INTEGER) "
        "ELSE q.price * 100 END, 0, s.id FROM quotes q JOIN snapshots s ON s.id = q.snapshot_id "
        "WHERE (s.detected_source != 'unknown' OR s.corrected_ms IS NOT NULL) AND s.captured_ms >= 0 "
        "ORDER BY s.captured_ms DESC, s.id DESC, q.position"));
}

QDate Library::Private::sessionOfCloses(const QVector<Quote> &quotes, SnapshotId except) const
{
    // Only the exchange's own bars (rank above a news ticker's): a news ticker's close is itself dated by
    // evidence, and one page must not date another by it.
    constexpr int kMinimumSymbols = 5;
    if (quotes.size() < kMinimumSymbols)
        return {};
    QSqlQuery *q = query(QStringLiteral("SELECT session_day FROM daily_bars WHERE symbol = ? AND source_rank > 0 "
                                        "AND snapshot_id != ? AND close_paisa BETWEEN ? AND ?"));
    if (!q)
        return {};
    QHash<qint64, int> matches;
    QSet<QString> seen;
    for (const Quote &quote : quotes) {
        if (quote.symbol.isEmpty() || quote.price <= 0.0 || seen.contains(quote.symbol.toUpper()))
            continue;
        seen.insert(quote.symbol.toUpper());
        // Within rounding: half a paisa either way of the ticker's price.
        const double paisaPrice = quote.price * 100.0;
        q->bindValue(0, quote.symbol);
        q->bindValue(1, except);
        q->bindValue(2, paisaPrice - 0.5);
        q->bindValue(3, paisaPrice + 0.5);
        if (!exec(q))
            return {};
        while (next(q))
            ++matches[q->value(0).toLongLong()];
        q->finish();
    }
    // The session most symbols match, when it is one session and at least five symbols.
    qint64 best = 0;
    int bestCount = 0;
    bool tie = false;
    for (auto it = matches.cbegin(); it != matches.cend(); ++it) {
        if (it.value() > bestCount) {
            best = it.key();
            bestCount = it.value();
            tie = false;
        } else if (it.value() == bestCount) {
            tie = true;
        }
    }
    if (bestCount < kMinimumSymbols || tie)
        return {};
    return dayFromNumber(best);
}

MarketEvidence Library::Private::evidenceFor(const QDateTime &fileModified, SnapshotId except) const
{
    MarketEvidence evidence;
    evidence.fileModified = fileModified;
    evidence.sessionOfCloses = [this, except](const QVector<Quote> &quotes) { return sessionOfCloses(quotes, except); };
    return evidence;
}

AddSnapshotResult Library::Private::add(const QByteArray &rawPage, const QByteArray &hash, const Snapshot &snapshot,
                                        const CaptureTime &capture, const AddOptions &options)
{
    AddSnapshotResult result;
    const QString shown = snapshot.source.isEmpty() ? tr("The page") : snapshot.source;
    auto failure = [&](const QString &reason) {
        result.outcome = AddSnapshotResult::Outcome::Failed;
        result.error = tr("%1: could not be stored in the library (%2)").arg(shown, reason);
        return result;
    };
    if (!open)
        return failure(tr("the library is not open"));
    for (const Quote &q : snapshot.quotes) {
        if (!std::isfinite(q.price) || !std::isfinite(q.change) || !std::isfinite(q.changePercent) || !isFinite(q.open)
            || !isFinite(q.high) || !isFinite(q.low) || !isFinite(q.previousClose))
            return failure(tr("the quote for %1 is not a number").arg(q.symbol));
    }
    for (const IndexValue &v : snapshot.indices) {
        if (!std::isfinite(v.value) || !std::isfinite(v.change) || !std::isfinite(v.changePercent))
            return failure(tr("the value of %1 is not a number").arg(v.name));
    }

    if (const auto existing = findByContentHash(hash)) {
        result.outcome = AddSnapshotResult::Outcome::Duplicate;
        result.id = *existing;
        return result;
    }
    const QByteArray parsedHash = parsedDataHash(snapshot);
    if (options.skipWhenUnchanged) {
        QSqlQuery *q = query(QStringLiteral("SELECT id, parsed_hash FROM snapshots WHERE source = ? "
                                            "ORDER BY id DESC LIMIT 1"));
        if (!q || (q->bindValue(0, text(snapshot.source)), !exec(q)))
            return failure(lastError);
        if (next(q) && q->value(1).toByteArray() == parsedHash) {
            result.outcome = AddSnapshotResult::Outcome::Unchanged;
            result.id = q->value(0).toLongLong();
            q->finish();
            return result;
        }
        q->finish();
    }

    const QByteArray compressed = qCompress(rawPage);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const Timestamp detected = capture.time;

    if (!execDirect(QStringLiteral("BEGIN IMMEDIATE")))
        return failure(lastError);
    auto rollback = [&](const QString &reason) {
        execDirect(QStringLiteral("ROLLBACK"));
        // Another connection stored the same page between our look-up and our write.
        if (const auto existing = findByContentHash(hash)) {
            result.outcome = AddSnapshotResult::Outcome::Duplicate;
            result.id = *existing;
            result.error.clear();
            return result;
        }
        return failure(reason);
    };

    QSqlQuery *q = query(QStringLiteral(
        "INSERT INTO snapshots (content_hash, parsed_hash, source, format, encoding, page_time, detected_time, "
        "detected_ms, detected_source, captured_ms, imported_ms, raw_size, quote_count, index_count, block_count, "
        "related_count, comment_count, warning_count, parsed_by, kind, session_date, board_rows, file_time) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!q)
        return rollback(lastError);
    q->bindValue(0, hash);
    q->bindValue(1, parsedHash);
    q->bindValue(2, text(snapshot.source));
    q->bindValue(3, formatName(snapshot.format));
    q->bindValue(4, text(snapshot.encoding));
    q->bindValue(5, isoOrNull(snapshot.capturedAt));
    q->bindValue(6, isoOrNull(detected));
    q->bindValue(7, msecsOrNull(detected));
    q->bindValue(8, captureSourceKey(detected.isValid() ? capture.source : CaptureTime::Source::Unknown));
    q->bindValue(9, detected.isValid() ? detected.toMSecsSinceEpoch() : now);
    q->bindValue(10, now);
    q->bindValue(11, qint64(rawPage.size()));
    const bool board = isExchangeKind(snapshot.kind);
    q->bindValue(12, board ? qint64(0) : qint64(snapshot.quotes.size()));
    q->bindValue(13, qint64(snapshot.indices.size()));
    q->bindValue(14, qint64(snapshot.article.blocks.size()));
    q->bindValue(15, qint64(snapshot.article.related.size()));
    q->bindValue(16, qint64(snapshot.comments.size()));
    q->bindValue(17, qint64(snapshot.warnings.size()));
    q->bindValue(18, kReadingRulesVersion);
    q->bindValue(19, kindName(snapshot.kind));
    q->bindValue(20, snapshot.sessionDate.isValid() ? QVariant(snapshot.sessionDate.toString(Qt::ISODate))
                                                    : QVariant(QMetaType(QMetaType::QString)));
    q->bindValue(21, board ? qint64(snapshot.quotes.size()) : qint64(0));
    q->bindValue(22, options.fileModified.isValid() ? QVariant(options.fileModified.toUTC().toString(Qt::ISODateWithMs))
                                                    : QVariant(QMetaType(QMetaType::QString)));
    if (!exec(q))
        return rollback(lastError);
    const SnapshotId id = q->lastInsertId().toLongLong();

    q = query(QStringLiteral("INSERT INTO raw_pages (snapshot_id, compression, bytes) VALUES (?, 'zlib', ?)"));
    if (!q)
        return rollback(lastError);
    q->bindValue(0, id);
    q->bindValue(1, compressed);
    if (!exec(q) || !insertContent(id, snapshot)
        || !insertBars(id, snapshot, detected.isValid() ? detected.toMSecsSinceEpoch() : now, givesSession(capture)))
        return rollback(lastError);
    if (!searchindex::add(db, fullText, id, snapshot, &lastError)) {
        companiesWritten.clear();
        return rollback(lastError);
    }
    if (!execDirect(QStringLiteral("COMMIT"))) {
        companiesWritten.clear();
        return rollback(lastError);
    }

    result.outcome = AddSnapshotResult::Outcome::Added;
    result.id = id;
    return result;
}

LibraryEntry Library::Private::readEntry(const QSqlQuery &q) const
{
    // Columns as selected by kEntryColumns.
    LibraryEntry e;
    e.id = q.value(0).toLongLong();
    e.capturedAtMsecs = q.value(1).toLongLong();
    e.detectedCaptureTime = timestampFrom(q.value(2));
    e.captureSource = captureSourceFromKey(q.value(3).toString());
    const Timestamp corrected = timestampFrom(q.value(4));
    e.corrected = corrected.isValid();
    e.capturedAt = e.corrected ? corrected : e.detectedCaptureTime;
    if (!e.capturedAt.isValid())  // no time known: the import time, in Pakistan time
        e.capturedAt = Timestamp::fromUtc(QDateTime::fromMSecsSinceEpoch(e.capturedAtMsecs, Qt::UTC),
                                          Timestamp::kPakistanOffsetSeconds);
    e.source = q.value(5).toString();
    e.format = formatFromName(q.value(6).toString());
    e.headline = q.value(7).toString();
    e.quoteCount = q.value(8).toInt();
    e.indexCount = q.value(9).toInt();
    e.commentCount = q.value(10).toInt();
    e.importedAtMsecs = q.value(11).toLongLong();
    e.rawSize = q.value(12).toLongLong();
    e.kind = kindFromName(q.value(13).toString()).value_or(SnapshotKind::NewsPage);
    e.sessionDate = QDate::fromString(q.value(14).toString(), Qt::ISODate);
    e.quoteCount += q.value(15).toInt();
    e.publishedAt = timestampFrom(q.value(16));
    return e;
}

namespace {

const QString kEntryColumns = QStringLiteral(
    "s.id, s.captured_ms, s.detected_time, s.detected_source, s.corrected_time, s.source, s.format, "
    "coalesce(a.headline, ''), s.quote_count, s.index_count, s.comment_count, s.imported_ms, s.raw_size, "
    "s.kind, s.session_date, s.board_rows, a.published_at "
    "FROM snapshots s LEFT JOIN articles a ON a.snapshot_id = s.id");

} // namespace

Series Library::Private::readSeries(bool index, const QString &name, qint64 fromMsecs, qint64 toMsecs) const
{
    // A snapshot whose market time is unknown is on no day: it has no point in a history (as it has no bar).
    Series series;
    series.kind = index ? SeriesKind::Index : SeriesKind::Symbol;
    series.name = name;
    const QString sql = index
        ? QStringLiteral("SELECT s.id, s.captured_ms, s.corrected_time, s.detected_time, v.value, v.change, "
                         "v.change_percent, v.name FROM indices v JOIN snapshots s ON s.id = v.snapshot_id "
                         "WHERE v.name = ? AND s.captured_ms BETWEEN ? AND ? "
                         "AND (s.detected_source != 'unknown' OR s.corrected_ms IS NOT NULL) "
                         "ORDER BY s.captured_ms, s.id, v.position")
        : QStringLiteral("SELECT s.id, s.captured_ms, s.corrected_time, s.detected_time, v.price, v.change, "
                         "v.change_percent, v.symbol FROM quotes v JOIN snapshots s ON s.id = v.snapshot_id "
                         "WHERE v.symbol = ? AND s.captured_ms BETWEEN ? AND ? "
                         "AND (s.detected_source != 'unknown' OR s.corrected_ms IS NOT NULL) "
                         "ORDER BY s.captured_ms, s.id, v.position");
    QSqlQuery *q = query(sql);
    if (!q)
        return series;
    q->bindValue(0, name);
    q->bindValue(1, fromMsecs);
    q->bindValue(2, toMsecs);
    if (!exec(q))
        return series;
    while (next(q)) {
        SeriesPoint p;
        p.snapshotId = q->value(0).toLongLong();
        if (!series.points.isEmpty() && series.points.last().snapshotId == p.snapshotId)
            continue;  // a name listed twice in one snapshot: its first row
        p.msecs = q->value(1).toLongLong();
        p.capturedAt = timestampFrom(q->value(2));
        if (!p.capturedAt.isValid())
            p.capturedAt = timestampFrom(q->value(3));
        if (!p.capturedAt.isValid())
            p.capturedAt = Timestamp::fromUtc(QDateTime::fromMSecsSinceEpoch(p.msecs, Qt::UTC),
                                              Timestamp::kPakistanOffsetSeconds);
        p.value = q->value(4).toDouble();
        p.change = q->value(5).toDouble();
        p.changePercent = q->value(6).toDouble();
        if (series.points.isEmpty())
            series.name = q->value(7).toString();
        series.points.append(p);
    }
    q->finish();
    return series;
}

// --- Library ---------------------------------------------------------------------------------------------

QString Library::defaultPath()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (folder.isEmpty())
        folder = QDir::homePath() + QStringLiteral("/.marketdesk");
    return folder + QStringLiteral("/library.sqlite");
}

Library::Library(const QString &path)
    : d(std::make_unique<Private>())
{
    d->path = path;
}

Library::~Library()
{
    d->closeConnection();
}

LibraryOpenResult Library::open()
{
    d->closeConnection();
    LibraryOpenResult result;
    const QString shown = QDir::toNativeSeparators(d->path);
    const QFileInfo info(d->path);
    if (!QDir().mkpath(info.absolutePath())) {
        result.error = tr("%1: the library cannot be created because its folder cannot be made")
                           .arg(QDir::toNativeSeparators(info.absolutePath()));
        return result;
    }

    QString reason = probeDatabaseFile(d->path);
    QFile marker(d->damageMarkerPath());
    if (marker.exists()) {
        // A statement met a damaged page last time.
        if (reason.isEmpty() && QFileInfo::exists(d->path) && marker.open(QIODevice::ReadOnly))
            reason = tr("it was found damaged when last used: %1").arg(QString::fromUtf8(marker.readAll()));
        marker.close();
        marker.remove();
    }
    // WAL mode removes the log when the last connection closes: a log left behind means the last session
    // ended in a crash, a kill or a power cut (or another program has the library open).
    const bool unclean = QFileInfo::exists(d->path + QStringLiteral("-wal"));
    Private::Attempt attempt = reason.isEmpty() ? d->tryOpen(&reason, unclean) : Private::Attempt::Unreadable;
    if (attempt == Private::Attempt::Unreadable) {
        d->closeConnection();
        const QString aside = setAsideName(d->path);
        if (!QFile::rename(d->path, aside)) {
            result.error = tr("%1: the library cannot be read (%2) and could not be moved aside").arg(shown, reason);
            return result;
        }
        // The write-ahead log and shared-memory index belong to the old file: they go with it.
        for (const char *companion : {"-wal", "-shm", "-journal"}) {
            const QString from = d->path + QLatin1String(companion);
            if (QFileInfo::exists(from) && !QFile::rename(from, aside + QLatin1String(companion)))
                QFile::remove(from);
        }
        result.setAsidePath = aside;
        result.notice = tr("The library %1 could not be read (%2). It was set aside as %3 and a new, empty "
                           "library was started.")
                            .arg(shown, reason, QDir::toNativeSeparators(aside));
        reason.clear();
        attempt = d->tryOpen(&reason, false);
    }
    if (attempt == Private::Attempt::Busy) {
        d->closeConnection();
        result.error = libraryBusyMessage(d->path, d->busyTimeoutMs);
        return result;
    }
    if (attempt != Private::Attempt::Opened) {
        d->closeConnection();
        result.error = tr("%1: the library cannot be opened (%2)").arg(shown, reason);
        return result;
    }
    d->open = true;
    d->damaged = false;
    d->fullTextProblem.clear();
    d->fullText = searchindex::attach(d->db, d->fullTextAllowed, &d->fullTextProblem);
    return result;
}

QString libraryBusyMessage(const QString &path, int timeoutMs)
{
    return tr("%1: another MarketDesk (a window, an import or a scheduled --alerts check) is writing this library "
              "and did not finish within %2 seconds. Nothing was changed; try again when it has finished, or close "
              "the other MarketDesk.")
        .arg(QDir::toNativeSeparators(path))
        .arg(double(timeoutMs) / 1000.0);
}

void Library::setBusyTimeout(int msecs)
{
    d->busyTimeoutMs = msecs;
}

void Library::setFullTextSearchAllowed(bool allowed)
{
    d->fullTextAllowed = allowed;
}

bool Library::hasFullTextSearch() const
{
    return d->open && d->fullText;
}

QString Library::fullTextSearchProblem() const
{
    return d->fullTextProblem;
}

QSqlDatabase Library::database() const
{
    return d->db;
}

bool Library::isOpen() const
{
    return d->open;
}

QString Library::path() const
{
    return d->path;
}

QString Library::lastError() const
{
    return d->lastError;
}

bool Library::isDamaged() const
{
    return d->damaged;
}

QByteArray Library::contentHash(const QByteArray &rawPage)
{
    return QCryptographicHash::hash(rawPage, QCryptographicHash::Sha256);
}

QByteArray Library::parsedDataHash(const Snapshot &snapshot)
{
    Snapshot data = snapshot;
    data.source.clear();
    // When the data were true is not part of them: a page refreshed unchanged keeps its hash.
    data.marketAsOf = {};
    data.marketAsOfSource = MarketTimeSource::Unknown;
    return QCryptographicHash::hash(snapshotToJson(data, 0), QCryptographicHash::Sha256);
}

AddSnapshotResult Library::addSnapshot(const QByteArray &rawPage, const Snapshot &snapshot, const CaptureTime &capture,
                                       const AddOptions &options)
{
    d->lastError.clear();
    return d->add(rawPage, contentHash(rawPage), snapshot, capture, options);
}

AddSnapshotResult Library::importFile(const QString &filePath, const LoadLimits &limits)
{
    d->lastError.clear();
    AddSnapshotResult result;
    const QFileInfo info(filePath);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    auto failure = [&](const QString &reason) {
        result.error = QStringLiteral("%1: %2").arg(shown, reason);
        return result;
    };
    if (!info.exists())
        return failure(tr("no such file"));
    if (info.isDir())
        return failure(tr("this is a folder, not a snapshot file"));
    if (info.size() > limits.maxFileBytes) {
        return failure(tr("the file is %1 MB, over the %2 MB limit for a page snapshot")
                           .arg(info.size() / (1024 * 1024))
                           .arg(limits.maxFileBytes / (1024 * 1024)));
    }
    QFile file(info.absoluteFilePath());
    if (!file.open(QIODevice::ReadOnly))
        return failure(tr("cannot be read (%1)").arg(file.errorString()));
    const QByteArray bytes = file.read(limits.maxFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return failure(tr("cannot be read (%1)").arg(file.errorString()));
    if (bytes.size() > limits.maxFileBytes)
        return failure(tr("the file grew past the %1 MB limit while it was read").arg(limits.maxFileBytes / (1024 * 1024)));
    const QDateTime modified = info.lastModified();
    file.close();

    const QByteArray hash = contentHash(bytes);
    if (!d->open)
        return failure(tr("the library is not open"));
    if (const auto existing = d->findByContentHash(hash)) {
        result.outcome = AddSnapshotResult::Outcome::Duplicate;
        result.id = *existing;
        return result;
    }
    SnapshotLoadResult loaded = parseSnapshotBytes(bytes, shown, limits, d->evidenceFor(modified, 0));
    if (!loaded.ok()) {
        result.error = loaded.error;
        return result;
    }
    const Snapshot &snapshot = *loaded.snapshot;
    // A file read as a news page that gave nothing (a closing-rate file whose lines are cut short, a CSV,
    // a page of another kind) is refused rather than stored as an empty snapshot no list can show. An exchange
    // page without rows is kept: it says the market did not trade that day.
    if (snapshot.kind == SnapshotKind::NewsPage && snapshot.quotes.isEmpty() && snapshot.indices.isEmpty()
        && snapshot.article.isEmpty() && snapshot.comments.isEmpty()) {
        return failure(tr("it holds nothing MarketDesk reads: no quotes, no index values, no article and no "
                          "comments (a closing-rate file needs 10 |-separated fields a line; a news page needs "
                          "its ticker or its story)"));
    }
    AddOptions options;
    options.fileModified = modified;
    result = d->add(bytes, hash, snapshot, marketTimeOf(snapshot), options);
    if (result.outcome == AddSnapshotResult::Outcome::Added) {
        result.skippedRows = snapshot.skippedRows;
        result.firstSkippedRow = snapshot.firstSkippedRow;
    }
    return result;
}

AddSnapshotResult Library::addFetchedPage(const QByteArray &rawPage, const QString &url, const QDateTime &fetchedAt,
                                          const LoadLimits &limits)
{
    d->lastError.clear();
    const QByteArray hash = contentHash(rawPage);
    if (d->open) {
        if (const auto existing = d->findByContentHash(hash)) {
            AddSnapshotResult result;
            result.outcome = AddSnapshotResult::Outcome::Duplicate;
            result.id = *existing;
            return result;
        }
    }
    MarketEvidence evidence = d->evidenceFor({}, 0);
    evidence.fetchedAt = fetchedAt;
    SnapshotLoadResult loaded = parseSnapshotBytes(rawPage, url, limits, evidence);
    if (!loaded.ok()) {
        AddSnapshotResult result;
        result.error = loaded.error;
        return result;
    }
    const CaptureTime capture = marketTimeOf(*loaded.snapshot);
    AddOptions options;
    options.skipWhenUnchanged = true;
    return d->add(rawPage, hash, *loaded.snapshot, capture, options);
}

LibraryResult Library::removeSnapshot(SnapshotId id)
{
    d->lastError.clear();
    LibraryResult result;
    // The search index forgets the article by its text, so it goes first, in the same transaction.
    if (!d->execDirect(QStringLiteral("BEGIN IMMEDIATE"))) {
        result.error = tr("The snapshot could not be removed (%1).").arg(d->lastError);
        return result;
    }
    QSqlQuery *q = d->query(QStringLiteral("DELETE FROM snapshots WHERE id = ?"));
    if (q)
        q->bindValue(0, id);
    if (!searchindex::remove(d->db, d->fullText, id, &d->lastError) || !d->exec(q)
        || !d->execDirect(QStringLiteral("COMMIT"))) {
        result.error = tr("The snapshot could not be removed (%1).").arg(d->lastError);
        d->execDirect(QStringLiteral("ROLLBACK"));
        return result;
    }
    if (q->numRowsAffected() == 0)
        result.error = tr("The snapshot is no longer in the library.");
    // Its bars went with it: a news ticker's close of the same session takes the place of a removed one.
    else if (!d->refillNewsBars())
        result.error = tr("The snapshot was removed, but its sessions could not be filled again (%1).").arg(d->lastError);
    return result;
}

LibraryResult Library::correctCaptureTime(SnapshotId id, const Timestamp &capturedAt)
{
    d->lastError.clear();
    LibraryResult result;
    QSqlQuery *q = nullptr;
    if (capturedAt.isValid()) {
        q = d->query(QStringLiteral("UPDATE snapshots SET corrected_time = ?, corrected_ms = ?, captured_ms = ? "
                                    "WHERE id = ?"));
        if (q) {
            q->bindValue(0, capturedAt.toIsoString());
            q->bindValue(1, capturedAt.toMSecsSinceEpoch());
            q->bindValue(2, capturedAt.toMSecsSinceEpoch());
            q->bindValue(3, id);
        }
    } else {
        q = d->query(QStringLiteral("UPDATE snapshots SET corrected_time = NULL, corrected_ms = NULL, "
                                    "captured_ms = coalesce(detected_ms, imported_ms) WHERE id = ?"));
        if (q)
            q->bindValue(0, id);
    }
    if (!d->exec(q)) {
        result.error = tr("The capture time could not be changed (%1).").arg(d->lastError);
        return result;
    }
    if (q->numRowsAffected() == 0) {
        result.error = tr("The snapshot is no longer in the library.");
        return result;
    }
    // A snapshot that names no session of its own has its bars on its capture day: they move with it.
    const std::optional<LibraryEntry> moved = entry(id);
    const std::optional<Snapshot> snapshot = moved ? loadSnapshot(id) : std::nullopt;
    if (moved && snapshot && !snapshot->sessionDate.isValid()) {
        // A correction is the user's word for the day; otherwise the market time's own evidence decides.
        const bool known = capturedAt.isValid() || givesSession({moved->detectedCaptureTime, moved->captureSource});
        if (!d->deleteBars(id) || !d->insertBars(id, *snapshot, moved->capturedAtMsecs, known) || !d->refillNewsBars())
            result.error = tr("The capture time was changed, but the daily history could not follow (%1).").arg(d->lastError);
    }
    return result;
}

LibraryResult Library::reparseSnapshot(SnapshotId id, const LoadLimits &limits)
{
    d->lastError.clear();
    LibraryResult result;
    const std::optional<LibraryEntry> old = entry(id);
    if (!old) {
        result.error = tr("The snapshot is no longer in the library.");
        return result;
    }
    const QByteArray raw = rawPage(id);
    // The file's time as it was at import (kept since schema 5), and the library's bars but this page's own.
    QDateTime fileModified;
    if (QSqlQuery *f = d->query(QStringLiteral("SELECT file_time FROM snapshots WHERE id = ?"))) {
        f->bindValue(0, id);
        if (d->exec(f) && d->next(f))
            fileModified = QDateTime::fromString(f->value(0).toString(), Qt::ISODateWithMs);
        f->finish();
    }
    MarketEvidence evidence = d->evidenceFor(fileModified, id);
    // A page fetched from the web keeps its fetch time: it is not in the page's bytes.
    if (old->captureSource == CaptureTime::Source::Archive && old->format != SnapshotFormat::Mhtml)
        evidence.fetchedAt = old->detectedCaptureTime.toUtc();
    SnapshotLoadResult loaded = parseSnapshotBytes(raw, old->source, limits, evidence);
    if (!loaded.ok()) {
        result.error = loaded.error;
        return result;
    }
    const Snapshot &snapshot = *loaded.snapshot;
    const CaptureTime capture = marketTimeOf(snapshot);

    if (!d->execDirect(QStringLiteral("BEGIN IMMEDIATE"))) {
        result.error = d->lastError;
        return result;
    }
    QSqlQuery *q = d->query(QStringLiteral(
        "UPDATE snapshots SET parsed_hash = ?, format = ?, encoding = ?, page_time = ?, detected_time = ?, "
        "detected_ms = ?, detected_source = ?, captured_ms = coalesce(corrected_ms, ?, imported_ms), quote_count = ?, "
        "index_count = ?, block_count = ?, related_count = ?, comment_count = ?, warning_count = ?, parsed_by = ?, "
        "kind = ?, session_date = ?, board_rows = ? WHERE id = ?"));
    if (q) {
        q->bindValue(0, parsedDataHash(snapshot));
        q->bindValue(1, formatName(snapshot.format));
        q->bindValue(2, text(snapshot.encoding));
        q->bindValue(3, isoOrNull(snapshot.capturedAt));
        q->bindValue(4, isoOrNull(capture.time));
        q->bindValue(5, msecsOrNull(capture.time));
        q->bindValue(6, captureSourceKey(capture.time.isValid() ? capture.source : CaptureTime::Source::Unknown));
        q->bindValue(7, msecsOrNull(capture.time));
        const bool board = isExchangeKind(snapshot.kind);
        q->bindValue(8, board ? qint64(0) : qint64(snapshot.quotes.size()));
        q->bindValue(9, qint64(snapshot.indices.size()));
        q->bindValue(10, qint64(snapshot.article.blocks.size()));
        q->bindValue(11, qint64(snapshot.article.related.size()));
        q->bindValue(12, qint64(snapshot.comments.size()));
        q->bindValue(13, qint64(snapshot.warnings.size()));
        q->bindValue(14, kReadingRulesVersion);
        q->bindValue(15, kindName(snapshot.kind));
        q->bindValue(16, snapshot.sessionDate.isValid() ? QVariant(snapshot.sessionDate.toString(Qt::ISODate))
                                                        : QVariant(QMetaType(QMetaType::QString)));
        q->bindValue(17, board ? qint64(snapshot.quotes.size()) : qint64(0));
        q->bindValue(18, id);
    }
    // The capture time the library orders by (a correction wins) places a news page's prices on their day.
    const qint64 captureMsecs = old->corrected ? old->capturedAtMsecs
                                               : capture.time.isValid() ? capture.time.toMSecsSinceEpoch()
                                                                        : old->capturedAtMsecs;
    const bool captureKnown = old->corrected || givesSession(capture);
    if (!d->exec(q) || !searchindex::remove(d->db, d->fullText, id, &d->lastError) || !d->deleteContent(id)
        || !d->insertContent(id, snapshot) || !d->deleteBars(id) || !d->insertBars(id, snapshot, captureMsecs, captureKnown)
        || !searchindex::add(d->db, d->fullText, id, snapshot, &d->lastError) || !d->execDirect(QStringLiteral("COMMIT"))) {
        d->companiesWritten.clear();
        result.error = tr("%1: could not be parsed again (%2)").arg(old->source, d->lastError);
        d->execDirect(QStringLiteral("ROLLBACK"));
    }
    return result;
}

QDate Library::sessionOfCloses(const QVector<Quote> &quotes) const
{
    d->lastError.clear();
    return d->sessionOfCloses(quotes, 0);
}

QVector<SnapshotId> Library::snapshotsReadByOlderRules() const
{
    d->lastError.clear();
    QVector<SnapshotId> ids;
    QSqlQuery *q = d->query(QStringLiteral("SELECT id FROM snapshots WHERE parsed_by < ? ORDER BY id"));
    if (!q)
        return ids;
    q->bindValue(0, kReadingRulesVersion);
    if (!d->exec(q))
        return ids;
    while (d->next(q))
        ids.append(q->value(0).toLongLong());
    q->finish();
    return ids;
}

QStringList Library::rereadOlderSnapshots(const std::function<bool(int done, int total)> &progress,
                                          const LoadLimits &limits)
{
    QStringList failures;
    const QVector<SnapshotId> ids = snapshotsReadByOlderRules();
    if (ids.isEmpty())
        return failures;
    for (int i = 0; i < ids.size(); ++i) {
        if (progress && !progress(i, int(ids.size())))
            return failures;
        const LibraryResult result = reparseSnapshot(ids[i], limits);
        if (!result.ok()) {
            failures.append(result.error);
            // Keep the old reading, marked current, so a page the new rules cannot read is not tried at
            // every start.
            QSqlQuery *q = d->query(QStringLiteral("UPDATE snapshots SET parsed_by = ? WHERE id = ?"));
            if (q) {
                q->bindValue(0, kReadingRulesVersion);
                q->bindValue(1, ids[i]);
                d->exec(q);
            }
        }
    }
    if (progress)
        progress(int(ids.size()), int(ids.size()));
    return failures;
}

int Library::snapshotCount() const
{
    d->lastError.clear();
    QSqlQuery *q = d->query(QStringLiteral("SELECT count(*) FROM snapshots"));
    if (!d->exec(q) || !d->next(q))
        return 0;
    const int n = q->value(0).toInt();
    q->finish();
    return n;
}

QVector<LibraryEntry> Library::listSnapshots(const SnapshotFilter &filter) const
{
    d->lastError.clear();
    QVector<LibraryEntry> entries;
    QString sql = QStringLiteral("SELECT ") + kEntryColumns + QStringLiteral(" WHERE s.captured_ms BETWEEN ? AND ?");
    const QString search = filter.search.simplified();
    QStringList words;
    if (!search.isEmpty()) {
        words = search.split(QLatin1Char(' '));
        QStringList likes;
        for (qsizetype i = 0; i < words.size(); ++i)
            likes.append(QStringLiteral("a.headline LIKE ? ESCAPE '\\'"));
        sql += QStringLiteral(" AND ((") + likes.join(QStringLiteral(" AND ")) + QStringLiteral(")"
               " OR EXISTS (SELECT 1 FROM quotes q WHERE q.symbol = ? AND q.snapshot_id = s.id)"
               " OR EXISTS (SELECT 1 FROM indices i WHERE i.name = ? AND i.snapshot_id = s.id))");
    }
    sql += filter.newestFirst ? QStringLiteral(" ORDER BY s.captured_ms DESC, s.id DESC")
                              : QStringLiteral(" ORDER BY s.captured_ms, s.id");
    QSqlQuery *q = d->query(sql);
    if (!q)
        return entries;
    int at = 0;
    q->bindValue(at++, filter.fromMsecs);
    q->bindValue(at++, filter.toMsecs);
    if (!search.isEmpty()) {
        for (QString word : std::as_const(words)) {
            word.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
            word.replace(QLatin1Char('%'), QLatin1String("\\%"));
            word.replace(QLatin1Char('_'), QLatin1String("\\_"));
            q->bindValue(at++, QLatin1Char('%') + word + QLatin1Char('%'));
        }
        q->bindValue(at++, search);
        q->bindValue(at++, search);
    }
    if (!d->exec(q))
        return entries;
    while (d->next(q))
        entries.append(d->readEntry(*q));
    q->finish();
    // Prepared statements for one-off searches are not worth keeping.
    if (!search.isEmpty())
        d->prepared.remove(sql);
    if (!entries.isEmpty()) {
        const QHash<SnapshotId, SnapshotId> storyOf = stories();
        for (LibraryEntry &e : entries)
            e.storyId = storyOf.value(e.id, 0);
    }
    return entries;
}

QHash<SnapshotId, SnapshotId> Library::stories() const
{
    // The articles with a headline, each with the hash of its parsed data (the body key is read again only
    // when a page was read again).
    QVector<StoryFacts> facts;
    QSqlQuery *q = d->query(QStringLiteral("SELECT s.id, s.parsed_hash, a.headline FROM snapshots s "
                                            "JOIN articles a ON a.snapshot_id = s.id "
                                            "WHERE s.kind = 'news' AND a.headline != ''"));
    if (!q || !d->exec(q))
        return {};
    QVector<std::pair<SnapshotId, QByteArray>> parsed;
    while (d->next(q)) {
        StoryFacts f;
        f.id = q->value(0).toLongLong();
        f.headlineKey = storyHeadlineKey(q->value(2).toString());
        facts.append(f);
        parsed.append({f.id, q->value(1).toByteArray()});
    }
    q->finish();
    QVector<qsizetype> missing;  // positions in facts whose body key is not known for their parsed data
    for (qsizetype i = 0; i < facts.size(); ++i) {
        const auto cached = d->bodyKeys.constFind(facts[i].id);
        if (cached != d->bodyKeys.cend() && cached->first == parsed[i].second)
            facts[i].bodyKey = cached->second;
        else
            missing.append(i);
    }
    // A few (pages stored since the last list): one query each. Many (the first list): one pass over every
    // body, which costs less than thousands of queries.
    QHash<SnapshotId, QStringList> texts;
    if (missing.size() > 64) {
        QSqlQuery *all = d->query(QStringLiteral("SELECT snapshot_id, text FROM article_blocks WHERE kind != 'table' "
                                                  "ORDER BY snapshot_id, position"));
        if (all && d->exec(all)) {
            while (d->next(all))
                texts[all->value(0).toLongLong()].append(all->value(1).toString());
        }
        if (all)
            all->finish();
    } else if (QSqlQuery *body = d->query(QStringLiteral("SELECT text FROM article_blocks WHERE snapshot_id = ? "
                                                          "AND kind != 'table' ORDER BY position"))) {
        for (qsizetype i : std::as_const(missing)) {
            body->bindValue(0, facts[i].id);
            if (d->exec(body)) {
                QStringList &t = texts[facts[i].id];
                while (d->next(body))
                    t.append(body->value(0).toString());
            }
            body->finish();
        }
    }
    for (qsizetype i : std::as_const(missing)) {
        facts[i].bodyKey = storyBodyKey(texts.value(facts[i].id));
        d->bodyKeys.insert(facts[i].id, {parsed[i].second, facts[i].bodyKey});
    }
    // A page's address is read from its raw page, only for articles that share a headline or a body.
    const auto addressOf = [this](SnapshotId id) {
        const auto cached = d->addressKeys.constFind(id);
        if (cached != d->addressKeys.cend())
            return *cached;
        const std::optional<LibraryEntry> e = entry(id);
        QString key;
        // A text copy names no address (unless it was fetched from one): nothing to read.
        const bool fetched = e && (e->source.startsWith(QLatin1String("http://")) || e->source.startsWith(QLatin1String("https://")));
        if (e && (e->format != SnapshotFormat::Text || fetched)) {
            const SnapshotLoadResult loaded = parseSnapshotBytes(rawPage(id), e->source);
            if (loaded.ok())
                key = storyAddressKey(loaded.snapshot->pageAddress);
        }
        d->addressKeys.insert(id, key);
        return key;
    };
    return groupStories(facts, addressOf);
}

std::optional<LibraryEntry> Library::entry(SnapshotId id) const
{
    d->lastError.clear();
    QSqlQuery *q = d->query(QStringLiteral("SELECT ") + kEntryColumns + QStringLiteral(" WHERE s.id = ?"));
    if (!q)
        return std::nullopt;
    q->bindValue(0, id);
    if (!d->exec(q) || !d->next(q))
        return std::nullopt;
    LibraryEntry e = d->readEntry(*q);
    q->finish();
    return e;
}

std::optional<Snapshot> Library::loadSnapshot(SnapshotId id) const
{
    d->lastError.clear();
    Snapshot s;
    QSqlQuery *q = d->query(QStringLiteral("SELECT source, format, encoding, page_time, kind, corrected_time, detected_time, "
                                            "detected_source FROM snapshots WHERE id = ?"));
    if (!q)
        return std::nullopt;
    q->bindValue(0, id);
    if (!d->exec(q) || !d->next(q))
        return std::nullopt;
    s.source = q->value(0).toString();
    s.format = formatFromName(q->value(1).toString());
    s.encoding = q->value(2).toString();
    s.capturedAt = timestampFrom(q->value(3));
    const SnapshotKind kind = kindFromName(q->value(4).toString()).value_or(SnapshotKind::NewsPage);
    // The market time the library files the snapshot under: the user's correction, else what the evidence gave.
    const Timestamp corrected = timestampFrom(q->value(5));
    const Timestamp detected = timestampFrom(q->value(6));
    const CaptureTime::Source detectedSource = captureSourceFromKey(q->value(7).toString());
    q->finish();
    auto setMarketTime = [&](Snapshot &snapshot) {
        snapshot.marketAsOf = corrected.isValid() ? corrected : detected;
        snapshot.marketAsOfSource = !snapshot.marketAsOf.isValid() ? MarketTimeSource::Unknown
                                  : corrected.isValid()            ? MarketTimeSource::Corrected
                                                                   : detectedSource;
    };
    if (isExchangeKind(kind)) {
        // An exchange board is kept as its raw page (and its bars): it is read again, which takes about a
        // millisecond for 500 rows.
        SnapshotLoadResult loaded = parseSnapshotBytes(rawPage(id), s.source);
        if (!loaded.ok()) {
            d->lastError = loaded.error;
            return std::nullopt;
        }
        loaded.snapshot->source = s.source;
        loaded.snapshot->capturedAt = s.capturedAt;
        setMarketTime(*loaded.snapshot);
        return loaded.snapshot;
    }

    // Each child table in position order; a failed read fails the whole load rather than return part.
    auto rows = [&](const QString &sql, const auto &read) {
        QSqlQuery *rq = d->query(sql);
        if (!rq)
            return false;
        rq->bindValue(0, id);
        if (!d->exec(rq))
            return false;
        while (d->next(rq))
            read(*rq);
        rq->finish();
        return true;
    };
    Article &a = s.article;
    const bool ok =
        rows(QStringLiteral("SELECT headline, dateline, published_at, author, updated_at FROM articles WHERE snapshot_id = ?"),
             [&](const QSqlQuery &r) {
                 a.headline = r.value(0).toString();
                 a.dateline = r.value(1).toString();
                 a.publishedAt = timestampFrom(r.value(2));
                 a.author = r.value(3).toString();
                 a.updatedAt = timestampFrom(r.value(4));
             })
        && rows(QStringLiteral("SELECT kind, text, cells FROM article_blocks WHERE snapshot_id = ? ORDER BY position"),
                [&](const QSqlQuery &r) { a.blocks.append(blockFromRow(r.value(0).toString(), r.value(1), r.value(2))); })
        && rows(QStringLiteral("SELECT text FROM article_summary WHERE snapshot_id = ? ORDER BY position"),
                [&](const QSqlQuery &r) { a.summary.append(r.value(0).toString()); })
        && rows(QStringLiteral("SELECT headline FROM article_related WHERE snapshot_id = ? ORDER BY position"),
                [&](const QSqlQuery &r) { a.related.append(r.value(0).toString()); })
        && rows(QStringLiteral("SELECT symbol, price, change, change_percent FROM quotes WHERE snapshot_id = ? "
                               "ORDER BY position"),
                [&](const QSqlQuery &r) {
                    s.quotes.append({r.value(0).toString(), r.value(1).toDouble(), r.value(2).toDouble(),
                                     r.value(3).toDouble()});
                })
        && rows(QStringLiteral("SELECT name, value, change, change_percent FROM indices WHERE snapshot_id = ? "
                               "ORDER BY position"),
                [&](const QSqlQuery &r) {
                    s.indices.append({r.value(0).toString(), r.value(1).toDouble(), r.value(2).toDouble(),
                                      r.value(3).toDouble()});
                })
        && rows(QStringLiteral("SELECT author, posted_at, text, recommended FROM comments WHERE snapshot_id = ? "
                               "ORDER BY position"),
                [&](const QSqlQuery &r) {
                    s.comments.append({r.value(0).toString(), timestampFrom(r.value(1)), r.value(2).toString(),
                                       r.value(3).toInt()});
                })
        && rows(QStringLiteral("SELECT text FROM warnings WHERE snapshot_id = ? ORDER BY position"),
                [&](const QSqlQuery &r) { s.warnings.append(r.value(0).toString()); });
    if (!ok)
        return std::nullopt;
    setMarketTime(s);
    return s;
}

QByteArray Library::rawPage(SnapshotId id) const
{
    d->lastError.clear();
    QSqlQuery *q = d->query(QStringLiteral("SELECT compression, bytes FROM raw_pages WHERE snapshot_id = ?"));
    if (!q)
        return {};
    q->bindValue(0, id);
    if (!d->exec(q) || !d->next(q))
        return {};
    const QString compression = q->value(0).toString();
    const QByteArray bytes = q->value(1).toByteArray();
    q->finish();
    return compression == QLatin1String("zlib") ? qUncompress(bytes) : bytes;
}

bool Library::containsPage(const QByteArray &rawPage) const
{
    d->lastError.clear();
    return d->findByContentHash(contentHash(rawPage)).has_value();
}

Series Library::series(const QString &name, qint64 fromMsecs, qint64 toMsecs) const
{
    d->lastError.clear();
    const QString wanted = name.trimmed();
    QSqlQuery *q = d->query(QStringLiteral("SELECT 1 FROM indices WHERE name = ? LIMIT 1"));
    bool isIndex = false;
    if (q) {
        q->bindValue(0, wanted);
        isIndex = d->exec(q) && d->next(q);
        q->finish();
    }
    if (!isIndex) {
        // A symbol the exchange's own files cover: its daily history, one point per session.
        QSqlQuery *b = d->query(QStringLiteral("SELECT 1 FROM daily_bars WHERE symbol = ? AND source_rank > 0 LIMIT 1"));
        bool hasBars = false;
        if (b) {
            b->bindValue(0, wanted);
            hasBars = d->exec(b) && d->next(b);
            b->finish();
        }
        if (hasBars) {
            Series series;
            series.kind = SeriesKind::Symbol;
            series.name = wanted;
            for (const DailyBar &bar : dailyBars(wanted)) {
                SeriesPoint p;
                p.snapshotId = bar.snapshotId;
                p.capturedAt = Timestamp::fromDate(bar.date);
                p.msecs = p.capturedAt.toMSecsSinceEpoch();
                if (p.msecs < fromMsecs || p.msecs > toMsecs)
                    continue;
                p.value = bar.close;
                if (bar.previousClose) {
                    p.change = std::round((bar.close - *bar.previousClose) * 10000.0) / 10000.0;
                    p.changePercent = *bar.previousClose != 0.0
                        ? std::round(p.change / *bar.previousClose * 10000.0) / 100.0 : 0.0;
                }
                series.name = bar.symbol;
                series.points.append(p);
            }
            return series;
        }
    }
    return d->readSeries(isIndex, wanted, fromMsecs, toMsecs);
}

QVector<DailyBar> Library::dailyBars(const QString &symbol, const QDate &from, const QDate &to) const
{
    d->lastError.clear();
    QVector<DailyBar> bars;
    QSqlQuery *q = d->query(QStringLiteral(
        "SELECT symbol, session_day, open_paisa, high_paisa, low_paisa, close_paisa, volume, previous_close_paisa, "
        "source_rank, snapshot_id FROM daily_bars WHERE symbol = ? AND session_day BETWEEN ? AND ? ORDER BY session_day"));
    if (!q)
        return bars;
    q->bindValue(0, symbol.trimmed());
    q->bindValue(1, from.isValid() ? dayNumber(from) : std::numeric_limits<qint64>::min());
    q->bindValue(2, to.isValid() ? dayNumber(to) : std::numeric_limits<qint64>::max());
    if (!d->exec(q))
        return bars;
    while (d->next(q)) {
        DailyBar bar;
        bar.symbol = q->value(0).toString();
        bar.date = dayFromNumber(q->value(1).toLongLong());
        bar.open = rupeesFrom(q->value(2));
        bar.high = rupeesFrom(q->value(3));
        bar.low = rupeesFrom(q->value(4));
        bar.close = rupeesFrom(q->value(5)).value_or(0.0);
        if (!q->value(6).isNull())
            bar.volume = q->value(6).toLongLong();
        bar.previousClose = rupeesFrom(q->value(7));
        bar.source = kindOfRank(q->value(8).toInt());
        bar.snapshotId = q->value(9).toLongLong();
        bars.append(bar);
    }
    q->finish();
    return bars;
}

QVector<CompanyInfo> Library::findCompanies(const QString &text) const
{
    d->lastError.clear();
    QVector<CompanyInfo> found;
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString sql = QStringLiteral("SELECT symbol, company, sector, listed_in, last_day FROM companies");
    QStringList conditions;
    for (qsizetype i = 0; i < words.size(); ++i)
        conditions.append(QStringLiteral("(symbol LIKE ? ESCAPE '\\' OR company LIKE ? ESCAPE '\\')"));
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY symbol");
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        d->noteError(q.lastError());
        return found;
    }
    int at = 0;
    for (QString word : words) {
        word.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        word.replace(QLatin1Char('%'), QLatin1String("\\%"));
        word.replace(QLatin1Char('_'), QLatin1String("\\_"));
        const QString like = QLatin1Char('%') + word + QLatin1Char('%');
        q.bindValue(at++, like);
        q.bindValue(at++, like);
    }
    if (!q.exec()) {
        d->noteError(q.lastError());
        return found;
    }
    while (d->next(&q)) {
        // A library written before sectors were named holds a closing-rate file's code: named when read.
        QString sector = q.value(2).toString();
        if (const QString name = psxSectorName(sector); !name.isEmpty())
            sector = name;
        found.append({q.value(0).toString(), q.value(1).toString(), sector, q.value(3).toString(),
                      dayFromNumber(q.value(4).toLongLong())});
    }
    return found;
}

QStringList Library::Private::readNames(const QString &sql) const
{
    lastError.clear();
    QStringList names;
    QSqlQuery *q = query(sql);
    if (!exec(q))
        return names;
    while (next(q))
        names.append(q->value(0).toString());
    q->finish();
    return names;
}

QStringList Library::indexNames() const
{
    return d->readNames(QStringLiteral("SELECT DISTINCT name FROM indices ORDER BY name"));
}

QStringList Library::symbols() const
{
    return d->readNames(QStringLiteral("SELECT symbol FROM quotes UNION SELECT symbol FROM daily_bars ORDER BY 1"));
}

LibraryCheckResult Library::check() const
{
    d->lastError.clear();
    LibraryCheckResult result;
    QSqlQuery q(d->db);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next()) {
        result.integrity = q.lastError().text();
        d->noteError(q.lastError());
        return result;
    }
    result.integrity = q.value(0).toString();
    q.finish();
    if (result.integrity != QLatin1String("ok"))
        d->markDamaged(result.integrity);
    if (q.exec(QStringLiteral("PRAGMA foreign_key_check")) && q.next() && result.integrity == QLatin1String("ok"))
        result.integrity = tr("rows of table %1 belong to no snapshot").arg(q.value(0).toString());
    q.finish();
    if (q.exec(QStringLiteral("SELECT count(*) FROM snapshots")) && q.next())
        result.snapshots = q.value(0).toInt();
    q.finish();
    const QString whole = QStringLiteral(
        "SELECT s.id FROM snapshots s WHERE"
        " s.quote_count != (SELECT count(*) FROM quotes x WHERE x.snapshot_id = s.id)"
        " OR s.index_count != (SELECT count(*) FROM indices x WHERE x.snapshot_id = s.id)"
        " OR s.block_count != (SELECT count(*) FROM article_blocks x WHERE x.snapshot_id = s.id)"
        " OR s.related_count != (SELECT count(*) FROM article_related x WHERE x.snapshot_id = s.id)"
        " OR s.comment_count != (SELECT count(*) FROM comments x WHERE x.snapshot_id = s.id)"
        " OR s.warning_count != (SELECT count(*) FROM warnings x WHERE x.snapshot_id = s.id)"
        " OR NOT EXISTS (SELECT 1 FROM articles x WHERE x.snapshot_id = s.id)"
        " OR NOT EXISTS (SELECT 1 FROM raw_pages x WHERE x.snapshot_id = s.id)"
        " ORDER BY s.id");
    if (!q.exec(whole)) {
        result.integrity = q.lastError().text();
        return result;
    }
    while (q.next())
        result.incomplete.append(q.value(0).toLongLong());
    return result;
}

} // namespace md
