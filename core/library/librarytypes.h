// Value types of the snapshot library: stored entries, filters, series points and the results of writing.
#pragma once

#include "core/capturetime.h"
#include "core/snapshot.h"

#include <QDateTime>
#include <QString>
#include <QVector>

#include <limits>
#include <optional>

namespace md {

// A stored snapshot's row id. Ids are never reused, so a view may keep one while the library changes.
using SnapshotId = qint64;

// One stored snapshot as the library lists it (no quotes, article or comments: loadSnapshot() has them).
struct LibraryEntry
{
    SnapshotId id = 0;
    // When the snapshot was taken: the user's correction when there is one, else the detected time.
    Timestamp capturedAt;
    qint64 capturedAtMsecs = 0;          // the same instant in UTC milliseconds: the library's order
    // The market time: when the snapshot's quotes and indices were true, by evidence (core/capturetime.h).
    Timestamp detectedCaptureTime;
    CaptureTime::Source captureSource = CaptureTime::Source::Unknown;  // where detectedCaptureTime came from
    bool corrected = false;              // capturedAt is the user's correction
    QString source;                      // file path or URL
    SnapshotFormat format = SnapshotFormat::Text;
    QString headline;
    Timestamp publishedAt;               // the article's date (invalid for a page without one)
    SnapshotKind kind = SnapshotKind::NewsPage;
    QDate sessionDate;                   // the exchange session the snapshot is for, when it names one
    int quoteCount = 0;                  // ticker quotes, or the rows of an exchange board
    int indexCount = 0;
    int commentCount = 0;
    qint64 importedAtMsecs = 0;          // when it went into the library (UTC milliseconds)
    qint64 rawSize = 0;                  // bytes of the page as read
    // The story this snapshot is a copy of, named by the id of its copy stored first (Library::stories());
    // 0 for a snapshot that holds no story with a headline (an exchange file, a ticker page). Set by
    // listSnapshots() (entry() leaves it 0), derived when the list is read, never stored.
    SnapshotId storyId = 0;
};

// The library's order: a snapshot is earlier when it was taken first, or, taken at the same moment, stored
// first. A comparison puts the earlier one first, whichever way round the two were chosen.
inline bool isEarlier(const LibraryEntry &a, const LibraryEntry &b)
{
    return a.capturedAtMsecs != b.capturedAtMsecs ? a.capturedAtMsecs < b.capturedAtMsecs : a.id < b.id;
}

// What listSnapshots() returns: everything by default, newest first.
struct SnapshotFilter
{
    // Empty, or a symbol or index name (any case, whole name) or words found in the headline.
    QString search;
    qint64 fromMsecs = std::numeric_limits<qint64>::min();  // capture time range, inclusive
    qint64 toMsecs = std::numeric_limits<qint64>::max();
    bool newestFirst = true;
};

// One point of a symbol's or index's history: its values in one snapshot.
struct SeriesPoint
{
    SnapshotId snapshotId = 0;
    qint64 msecs = 0;            // capture time, UTC milliseconds
    Timestamp capturedAt;        // the same, as detected or corrected
    double value = 0.0;          // price of a stock, level of an index
    double change = 0.0;         // the day's change as the page printed it
    double changePercent = 0.0;

    bool operator==(const SeriesPoint &o) const
    {
        return snapshotId == o.snapshotId && msecs == o.msecs && capturedAt == o.capturedAt && value == o.value
            && change == o.change && changePercent == o.changePercent;
    }
};

enum class SeriesKind { Index, Symbol };

// One symbol's session in the library's daily history: the exchange's bar (closing-rate file, historical or
// market-watch page, end-of-day series) or a news ticker's price as a close-only bar. Where two snapshots
// give the same session, the more authoritative source wins (see docs/library.md, "Daily bars").
struct DailyBar
{
    QDate date;                            // the session
    QString symbol;
    std::optional<double> open;
    std::optional<double> high;
    std::optional<double> low;
    double close = 0.0;
    std::optional<qint64> volume;
    std::optional<double> previousClose;
    SnapshotKind source = SnapshotKind::NewsPage;  // what kind of snapshot the bar came from
    SnapshotId snapshotId = 0;

    // True for a bar with more than a close (open, high, low or volume).
    bool isFull() const { return open || high || low || volume; }
    bool operator==(const DailyBar &o) const
    {
        return date == o.date && symbol == o.symbol && open == o.open && high == o.high && low == o.low
            && close == o.close && volume == o.volume && previousClose == o.previousClose && source == o.source
            && snapshotId == o.snapshotId;
    }
};

// A listed company as the exchange's files name it, kept so that symbols can be found by company name.
struct CompanyInfo
{
    QString symbol;
    QString company;   // "Oil & Gas Dev." (closing-rate files abbreviate), or the board's full name
    QString sector;    // the sector's name (a closing-rate file's code named by core/parse/psxsectors.h)
    QString listedIn;  // index membership, from the market-watch board
    QDate namesFrom;   // the session these names were read from (names of an older session never replace it)

    bool operator==(const CompanyInfo &o) const
    {
        return symbol == o.symbol && company == o.company && sector == o.sector && listedIn == o.listedIn
            && namesFrom == o.namesFrom;
    }
};

// A symbol's or index's values over time, ordered by capture time.
struct Series
{
    QString name;                 // as stored ("KSE100", "OGDC")
    SeriesKind kind = SeriesKind::Index;
    QVector<SeriesPoint> points;

    bool isEmpty() const { return points.isEmpty(); }
};

// The result of storing one snapshot.
struct AddSnapshotResult
{
    enum class Outcome {
        Added,      // stored as a new snapshot
        Duplicate,  // the same bytes are already stored (id names that snapshot)
        Unchanged,  // AddOptions::skipWhenUnchanged: the newest snapshot from the same source has the same data
        Failed,     // error says why; nothing was stored
    };

    Outcome outcome = Outcome::Failed;
    SnapshotId id = 0;
    QString error;
    // Added, but the page or file was not read whole: rows that could not be read or were past a limit
    // (Snapshot::skippedRows) and the first one's warning.
    int skippedRows = 0;
    QString firstSkippedRow;

    bool ok() const { return outcome != Outcome::Failed; }
};

struct AddOptions
{
    // The file's modification time, kept so the page can be dated again when it is read again (invalid for
    // a page that came from no file).
    QDateTime fileModified;
    // Store nothing when the newest stored snapshot from the same source parsed to the same data (a page
    // refreshed without news: its bytes differ, its quotes, article and comments do not).
    bool skipWhenUnchanged = false;
};

// The result of a change to the library (remove, correct a time, re-parse): empty error on success.
struct LibraryResult
{
    QString error;

    bool ok() const { return error.isEmpty(); }
};

// What open() found: ok, or why the library cannot be used. When the old file could not be read it is set
// aside (renamed, never deleted) and a fresh library started: setAsidePath names the old file and notice
// tells the user what happened.
struct LibraryOpenResult
{
    QString error;         // the library cannot be used (the folder cannot be written, a newer version, ...)
    QString setAsidePath;  // where an unreadable library file was moved
    QString notice;        // in the user's words, when setAsidePath is set

    bool ok() const { return error.isEmpty(); }
};

// What check() found: the database's own integrity check and whether every snapshot is whole.
struct LibraryCheckResult
{
    QString integrity;           // "ok", or SQLite's first complaint
    int snapshots = 0;
    QVector<SnapshotId> incomplete;  // snapshots whose stored rows do not match their recorded counts

    bool ok() const { return integrity == QLatin1String("ok") && incomplete.isEmpty(); }
};

} // namespace md
