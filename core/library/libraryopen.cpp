// Opening a library file: creating it, bringing its schema up to date, checking it after an unclean shutdown,
// and setting aside a file that is not a readable database (or that a statement found damaged).
#include "core/library/library.h"

#include "core/library/libraryprivate.h"
#include "core/library/libraryschema.h"
#include "core/library/searchindex.h"
#include "core/wording.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <atomic>

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

} // namespace

Library::Private::Attempt Library::Private::attemptAfter(const QSqlError &error)
{
    if (isBusyError(error))
        return Attempt::Busy;
    return isUnreadableDatabaseError(error) ? Attempt::Unreadable : Attempt::Failed;
}

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

QString Library::defaultPath()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (folder.isEmpty())
        folder = QDir::homePath() + QStringLiteral("/.marketdesk");
    return folder + QStringLiteral("/library.sqlite");
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
