// When a snapshot's market data were true, decided by evidence, apart from when its article was published.
#pragma once

#include "core/snapshot.h"

#include <QDateTime>

#include <functional>

namespace md {

// A snapshot's market time and where it came from.
struct CaptureTime
{
    // Strongest evidence first (see MarketTimeSource).
    using Source = MarketTimeSource;

    Timestamp time;
    Source source = Source::Unknown;
};

// What is known about a page besides its own text.
struct MarketEvidence
{
    QDateTime fetchedAt;     // when the page was fetched from the web (exact, like an archive's Date: header)
    QDateTime fileModified;  // the file's modification time (invalid for a fetched page or bytes in memory)
    // The session whose closes the given quotes are (at least five symbols within rounding), from the
    // library's daily bars; an invalid date when none is. Empty outside the library.
    std::function<QDate(const QVector<Quote> &quotes)> sessionOfCloses;
};

// What the article's own index figures say about the ticker's indices.
enum class ArticleFigures {
    None,        // the article quotes no index level
    Agree,       // a level the article quotes is within 2% of one of the ticker's indices
    Contradict,  // it quotes levels, and none is within 2% of the ticker's
};

// Compares the index levels the article quotes ("settled at 61,914.34 points") in sentences about an index
// with the ticker's indices. Figures far from every index (a change of "1,100 points") are not levels.
ArticleFigures compareArticleFigures(const Snapshot &snapshot);

// Decides the snapshot's market time from the evidence, strongest first, and records it in marketAsOf and
// marketAsOfSource:
//   1. a "today" stamp: the fetch time, the archive's Date: header or the page's own printed date
//      (capturedAt), or the session an exchange file or page is for (sessionDate);
//   2. the library's daily bars, when the ticker's prices are the closes of one session;
//   3. the article's date (updated, else published), only when the market data agree: the article's index
//      figures within 2% of the ticker's, or, when it quotes none, the story published within a day of the
//      file's time;
//   4. the date in the file's name where it is earlier than the file's time (a copied or restored file keeps
//      its name's day, "brecorder-2024-12-06.txt") and is not within a day of the article's date (a name given
//      after the article is that date again), else the file's modification time, either with a warning that
//      the ticker's date is uncertain; without both the market time is unknown (with a warning when an
//      article's date was ruled out).
// Never the article's date when the ticker contradicts it. A page with neither quotes nor indices has no
// market data to contradict its article: its article's date is taken.
void dateMarketData(Snapshot &snapshot, const MarketEvidence &evidence = {});

// The market time recorded on the snapshot; where none was (a snapshot built in memory, or one whose market
// time is unknown), its own "today" stamp or session, else the file's time (pass an invalid QDateTime when
// there is none).
CaptureTime marketTimeOf(const Snapshot &snapshot, const QDateTime &fileModified = {});

// True for the file's own evidence, its name's date or its time: the ticker's date is uncertain, and the time
// names no session.
bool isFileEvidence(CaptureTime::Source source);

// The shown time with a note where the evidence is the file's: "2024-12-06 (file name date)",
// "2026-12-07 17:28 (file date)"; the time as it is otherwise (or when empty).
QString notedCaptureTime(const QString &time, CaptureTime::Source source);

// A short description of the source for tooltips and the status bar ("archive date", "file date", ...).
QString describeCaptureSource(CaptureTime::Source source);

// The source's key in the library and in JSON ("archive", "page", "session", "bars", "article", "name", "file",
// "corrected", "unknown"), and back (an unknown key, or an older release's "comment", is Unknown).
QString captureSourceKey(CaptureTime::Source source);
CaptureTime::Source captureSourceFromKey(const QString &key);

} // namespace md
