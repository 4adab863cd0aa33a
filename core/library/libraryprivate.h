// What the library's source files share: the connection and its state (Library::Private), its parts declared
// beside the file that defines them, and the two ways of storing a value they all use. Private to core/library.
#pragma once

#include "core/library/library.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>
#include <optional>
#include <utility>

namespace md {

namespace librarystore {

// A null QString binds as SQL NULL; stored text is never NULL, so an absent text is stored as ''.
inline QString text(const QString &s)
{
    return s.isNull() ? QString(QLatin1String("")) : s;
}

// A stored ISO time; NULL is an invalid timestamp.
inline Timestamp timestampFrom(const QVariant &iso)
{
    return iso.isNull() ? Timestamp() : Timestamp::fromIsoString(iso.toString());
}

// A LIKE pattern (with ESCAPE '\') that finds word anywhere in a text.
QString containsPattern(QString word);

} // namespace librarystore

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

    // --- Opening, and setting aside a damaged file (libraryopen.cpp) -------------------------------------

    enum class Attempt { Opened, Unreadable, Failed, Busy };

    // fullCheck: run SQLite's quick_check over the whole file (after an unclean shutdown).
    Attempt tryOpen(QString *reason, bool fullCheck);
    static Attempt attemptAfter(const QSqlError &error);
    void closeConnection();

    // Left next to the file when a statement met a damaged page, so the next open() sets the file aside.
    QString damageMarkerPath() const { return path + QStringLiteral(".damaged"); }
    void noteError(const QSqlError &error) const;
    void markDamaged(const QString &reason) const;

    // --- Statements (library.cpp) ----------------------------------------------------------------------

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

    // --- Writing snapshots (librarywrite.cpp) ------------------------------------------------------------

    AddSnapshotResult add(const QByteArray &rawPage, const QByteArray &hash, const Snapshot &snapshot,
                          const CaptureTime &capture, const AddOptions &options);
    bool insertContent(SnapshotId id, const Snapshot &snapshot);
    // One row per item into a table whose first columns are (snapshot_id, position); fields(i) gives the rest.
    bool insertRows(const QString &sql, SnapshotId id, qsizetype count,
                    const std::function<QVariantList(qsizetype)> &fields);
    bool deleteContent(SnapshotId id);

    // --- Reading snapshots (libraryread.cpp) -------------------------------------------------------------

    // A row of the columns kEntryColumns selects.
    LibraryEntry readEntry(const QSqlQuery &q) const;

    // --- Market data: daily bars, companies, index and symbol series (librarymarket.cpp) -----------------

    // The exchange session whose closes the quotes are (see Library::sessionOfCloses).
    QDate sessionOfCloses(const QVector<Quote> &quotes, SnapshotId except) const;
    // What the library knows about a page besides its text: the file's time and its daily bars.
    MarketEvidence evidenceFor(const QDateTime &fileModified, SnapshotId except) const;
    // The snapshot's daily bars (each kept or not by the bar rule, librarymarket.cpp) and company names.
    // captureMsecs is its market time, used as the session day where the snapshot names none; sessionKnown
    // false (the market time is unknown, or only the file's time): no bars on a day the page does not give,
    // only the company names.
    bool insertBars(SnapshotId id, const Snapshot &snapshot, qint64 captureMsecs, bool sessionKnown);
    bool deleteBars(SnapshotId id);
    // Close-only bars of stored news tickers for sessions that have no bar (after a removal).
    bool refillNewsBars();
    Series readSeries(bool index, const QString &name, qint64 fromMsecs, qint64 toMsecs) const;
    // The first column of every row sql selects, as text.
    QStringList readNames(const QString &sql) const;
};

} // namespace md
