// The library's SQL schema and the migrations that bring an older database up to date.
#pragma once

#include <QString>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QSqlDatabase;
QT_END_NAMESPACE

namespace md {

// The statements that take a database from schema version `version - 1` to `version` (1 creates it).
QStringList libraryMigration(int version);

// Applies every migration after the database's PRAGMA user_version up to targetVersion, each in its own
// transaction together with the new version number. False with a reason on failure (nothing half done).
bool migrateLibrary(QSqlDatabase &db, int currentVersion, int targetVersion, QString *error);

} // namespace md
