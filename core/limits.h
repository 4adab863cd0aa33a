// Documented limits every loader and parser enforces, so hostile input ends in a message, not a hang.
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
    // Quote and index rows read from one page; more are skipped with a warning.
    int maxMarketRows = 20000;
    // Time one page may take to parse. Every parser is linear, so a real page takes milliseconds; a page
    // that still runs past this is refused rather than left to freeze the window.
    qint64 parseTimeBudgetMs = 10000;

    // Set by the loader from parseTimeBudgetMs when a page starts; parsers check it as they go.
    QDeadlineTimer deadline = QDeadlineTimer(QDeadlineTimer::Forever);
};

// The message for a page that ran out of its parse time budget (no file name; the loader adds it).
QString parseBudgetExceededMessage(const LoadLimits &limits);

} // namespace md
