// The snapshot library on SQLite: the connection, its statements and what a Library tells of itself. The rest
// is one file per job: opening and setting aside a damaged file (libraryopen.cpp), writing snapshots
// (librarywrite.cpp), reading them (libraryread.cpp), and market data: daily bars, companies and series
// (librarymarket.cpp).
#include "core/library/library.h"

#include "core/library/libraryprivate.h"
#include "core/snapshotjson.h"

#include <QCryptographicHash>

namespace md {

QString librarystore::containsPattern(QString word)
{
    word.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    word.replace(QLatin1Char('%'), QLatin1String("\\%"));
    word.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + word + QLatin1Char('%');
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

// --- Library ---------------------------------------------------------------------------------------------

Library::Library(const QString &path)
    : d(std::make_unique<Private>())
{
    d->path = path;
}

Library::~Library()
{
    d->closeConnection();
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

} // namespace md
