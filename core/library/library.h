// The snapshot library: an SQLite database holding every snapshot the user opened or imported.
#pragma once

#include "core/capturetime.h"
#include "core/library/librarytypes.h"
#include "core/limits.h"
#include "core/snapshot.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>
#include <functional>
#include <optional>

namespace md {

// One connection to a library file. A Library is used on the thread that opened it (Qt's database
// connections are per thread); a worker thread opens its own Library on the same file. SQLite's write-ahead
// log lets one writer and any number of readers work at once.
//
// Every snapshot is written in one transaction: a crash or a killed process never leaves half a snapshot.
// Read functions return empty values when the database fails; lastError() then says why.
class Library
{
public:
    // The schema version this build reads and writes (PRAGMA user_version).
    static constexpr int kSchemaVersion = 8;

    // <AppDataLocation>/library.sqlite, e.g. ~/.local/share/MarketDesk/MarketDesk/library.sqlite.
    static QString defaultPath();

    explicit Library(const QString &path = defaultPath());
    ~Library();
    Library(const Library &) = delete;
    Library &operator=(const Library &) = delete;

    // Opens (creating the file and its folder when missing) and brings the schema up to date. A file that
    // is not a readable SQLite database is set aside and a fresh library started (see LibraryOpenResult).
    // After an unclean shutdown (a write-ahead log left behind) every page is checked first.
    LibraryOpenResult open();
    bool isOpen() const;
    QString path() const;
    QString lastError() const;
    // A statement met a damaged page: lastError() says so, and the next open() sets the file aside.
    bool isDamaged() const;

    // How long opening (creating, upgrading) and every statement wait for another process's write lock.
    static constexpr int kDefaultBusyTimeoutMs = 10000;
    // Call before open(); for tests, which need not wait 10 s.
    void setBusyTimeout(int msecs);

    // --- Writing ---------------------------------------------------------------------------------------

    // Stores a parsed snapshot with the raw page it came from (kept compressed so it can be parsed again).
    // The content hash of rawPage keeps one copy of each page. When capture is invalid, the time of import
    // is used.
    AddSnapshotResult addSnapshot(const QByteArray &rawPage, const Snapshot &snapshot, const CaptureTime &capture,
                                  const AddOptions &options = {});
    // Reads, parses and stores one file; its modification time is the capture time of last resort. A file
    // already stored is recognised by its bytes before it is parsed.
    AddSnapshotResult importFile(const QString &filePath, const LoadLimits &limits = {});
    // Parses and stores a page fetched from url at fetchedAt (UTC), the moment its copy was made: that is
    // its capture time (recorded like an archive's date). A page whose data did not change since the last
    // one stored from url is not stored again (Unchanged); the same bytes are a Duplicate.
    AddSnapshotResult addFetchedPage(const QByteArray &rawPage, const QString &url, const QDateTime &fetchedAt,
                                     const LoadLimits &limits = {});

    LibraryResult removeSnapshot(SnapshotId id);
    // The user's capture time for a snapshot; an invalid time drops the correction (back to the detected time).
    LibraryResult correctCaptureTime(SnapshotId id, const Timestamp &capturedAt);
    // Parses the stored raw page again (after a parser improvement) and replaces the stored data.
    LibraryResult reparseSnapshot(SnapshotId id, const LoadLimits &limits = {});
    // Snapshots stored by older reading rules (kReadingRulesVersion), oldest first.
    QVector<SnapshotId> snapshotsReadByOlderRules() const;
    // Reads every snapshot stored by older reading rules again (after an upgrade), reporting progress
    // (return false from progress to stop; the rest is read next time). Returns one message per page that
    // could not be read again; such a page keeps its old reading.
    QStringList rereadOlderSnapshots(const std::function<bool(int done, int total)> &progress = {},
                                     const LoadLimits &limits = {});

    // --- Reading ---------------------------------------------------------------------------------------

    int snapshotCount() const;
    QVector<LibraryEntry> listSnapshots(const SnapshotFilter &filter = {}) const;
    std::optional<LibraryEntry> entry(SnapshotId id) const;
    // The snapshot as it was parsed: source, format, quotes, indices, article, comments and warnings.
    std::optional<Snapshot> loadSnapshot(SnapshotId id) const;
    // Every stored article with a headline, mapped to the story it is a copy of (core/library/storyidentity.h):
    // the same story saved as HTML and MHTML, or at several times, maps to one id, that of its copy stored
    // first. Read from what is stored (headline, body, the page's address from its raw page), never stored.
    QHash<SnapshotId, SnapshotId> stories() const;
    // The page's bytes as they were read; empty when unknown.
    QByteArray rawPage(SnapshotId id) const;
    // True when a page with these bytes is stored.
    bool containsPage(const QByteArray &rawPage) const;

    // An index's or a symbol's values over the capture time range (inclusive), by capture time. The name
    // is matched in any case; an index name wins over a symbol of the same name.
    Series series(const QString &name, qint64 fromMsecs = std::numeric_limits<qint64>::min(),
                  qint64 toMsecs = std::numeric_limits<qint64>::max()) const;
    QStringList indexNames() const;  // every index ever stored, sorted
    QStringList symbols() const;     // every symbol ever stored (ticker quotes and daily bars), sorted

    // The exchange session whose closes these quotes are: at least five symbols within half a paisa of the
    // exchange's own bars (not a news ticker's) of one session, more than of any other; null when none is.
    // Evidence 2 of a snapshot's market time (core/capturetime.h).
    QDate sessionOfCloses(const QVector<Quote> &quotes) const;

    // A symbol's daily bars, oldest first, over the sessions from..to (inclusive; an invalid date leaves that
    // end open): one per session, the exchange's own bar where one was stored, else a news ticker's close.
    QVector<DailyBar> dailyBars(const QString &symbol, const QDate &from = {}, const QDate &to = {}) const;
    // Companies whose symbol or name holds every word of text (any case), by symbol. Empty text: all.
    QVector<CompanyInfo> findCompanies(const QString &text) const;

    // The database's integrity check, and every snapshot holds all the rows it was stored with.
    LibraryCheckResult check() const;

    // --- Full-text search (the queries are in articlesearch.h) -------------------------------------------

    // Call before open(): false makes the library search article text without SQLite's FTS5 (the slower
    // way it takes when FTS5 is missing), for tests.
    void setFullTextSearchAllowed(bool allowed);
    // True when this SQLite has FTS5 and the library's index is in use; otherwise fullTextSearchProblem()
    // says why.
    bool hasFullTextSearch() const;
    QString fullTextSearchProblem() const;

    // The open connection, for the library's companion stores (watchlist, alerts, search) on this thread.
    QSqlDatabase database() const;

    // SHA-256 of the raw bytes: the key that keeps one copy of a page.
    static QByteArray contentHash(const QByteArray &rawPage);
    // SHA-256 of the parsed data (source excluded): equal for pages that differ only in bytes that carry no data.
    static QByteArray parsedDataHash(const Snapshot &snapshot);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// The sentence for a write lock that outlasted the busy timeout: which file, that another MarketDesk is writing
// it, what to do. Never SQLite's own words.
QString libraryBusyMessage(const QString &path, int timeoutMs);

} // namespace md
