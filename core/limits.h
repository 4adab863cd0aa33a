// Documented limits every loader and parser enforces, so hostile input ends in a message, not a hang. Every
// limit is listed, with its value, in README.md ("Limits"); reaching one is a warning that names it and says
// what was kept (limitReachedWarning()), in the JSON, the command line's import summary and the window.
#pragma once

#include <QDeadlineTimer>
#include <QString>
#include <QtGlobal>

namespace md {

struct LoadLimits
{
    // A saved news page is well under 10 MB even with MHTML-embedded images; 64 MiB leaves room.
    qint64 maxFileBytes = 64ll * 1024 * 1024;
    // MHTML parts (the page plus its images, styles and frames); real saves have tens to a few hundred.
    int maxArchiveParts = 5000;
    // Element nesting in HTML; real news pages stay under 60.
    int maxNestingDepth = 512;
    // Longest line of a plain-text copy kept as article text; longer lines are cut with a warning.
    int maxLineLength = 64 * 1024;
    // Comments read from one page; more are skipped with a warning.
    int maxComments = 5000;
    // Rows read from one page or file: ticker quotes and indices, an exchange board's rows, a closing-rate
    // file's lines, an end-of-day series' days; more are left out with a warning. The exchange lists about
    // 1,000 securities and a series has one day a session, so a real file is far below this; the bound keeps
    // a hostile 64 MiB file of short lines (about 800,000) from holding every one in memory.
    int maxMarketRows = 200000;
    // Time one page may take to parse. Every parser is linear, so a real page takes milliseconds; a page
    // that still runs past this is refused rather than left to freeze the window.
    qint64 parseTimeBudgetMs = 10000;

    // Set by the loader from parseTimeBudgetMs when a page starts; parsers check it as they go.
    QDeadlineTimer deadline = QDeadlineTimer(QDeadlineTimer::Forever);
};

// The message for a page that ran out of its parse time budget (no file name; the loader adds it).
QString parseBudgetExceededMessage(const LoadLimits &limits);

// The warning for a limit reached: its name and value, what was kept and what was left out, e.g. "Limit
// reached (rows per file: 200,000): the first 200,000 companies were kept, 800,000 left out." what is the
// plural of the things counted ("companies", "comments").
QString limitReachedWarning(const QString &limitName, qint64 limit, const QString &what, qint64 leftOut);

} // namespace md
