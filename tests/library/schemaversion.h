// The schema version a library file says it has (PRAGMA user_version), read on a connection of its own.
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace md::test {

// -1 when the file cannot be opened.
inline int schemaVersionOf(const QString &path)
{
    const QString connection = QStringLiteral("peek-schema-version");
    int version = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
                version = q.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return version;
}

} // namespace md::test
