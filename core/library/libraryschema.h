// The library's SQL schema and the migrations that bring an older database up to date.
#pragma once

#include <QString>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QSqlDatabase;
class QSqlError;
class QSqlQuery;
QT_END_NAMESPACE

namespace md {

// The statements that take a database from schema version `version - 1` to `version` (1 creates it).
QStringList libraryMigration(int version);

// Applies every migration after the database's PRAGMA user_version up to targetVersion, each in its own
// transaction together with the new version number. Each step takes SQLite's write lock first (BEGIN
// IMMEDIATE, waiting up to the connection's busy timeout) and reads the version again inside it: another
// process that created or upgraded the same file meanwhile has done the step, which is then skipped. False
// with a reason on failure (nothing half done); *busy is set when the lock was not had in time.
bool migrateLibrary(QSqlDatabase &db, int currentVersion, int targetVersion, QString *error, bool *busy = nullptr,
                    int busyTimeoutMs = 10000);

// Runs sql on q, trying again while another connection holds the lock it needs, for up to timeoutMs. SQLite's
// own busy handler is not called for every lock (changing the journal mode of a file another process is
// writing fails at once), so the statements that create and upgrade a library wait here.
bool execWhileBusy(QSqlQuery &q, const QString &sql, int timeoutMs);

// True for SQLite's "database is locked" / "table is locked" (SQLITE_BUSY, SQLITE_LOCKED): another
// connection held the write lock past the busy timeout.
bool isBusyError(const QSqlError &error);

} // namespace md
