// The lines of a text copy between the ticker and the body: masthead, section, headline, standfirst, byline, widgets.
#pragma once

#include "core/snapshot.h"

#include <QStringList>
#include <QStringView>
#include <QVector>

#include <optional>

namespace md {

// A byline line read into its parts.
struct Byline
{
    QString author;             // name or agency without "By"; empty when the line names no one
    Timestamp published;        // date-only when the page prints no time
    Timestamp updated;
    QString unreadableDate;     // the text after "Published"/"Updated" that is not a date, if any
};

// Reads a byline line in the shapes pages print ("BR Web Desk Published December 22, 2023 Updated December 22,
// 2023 04:28pm", "Reuters Published 11 Aug, 2023 10:37am", "Recorder Report 26 May 2021", "Published 09 Oct,
// 2023", "By Sana Q | Published Dec 1, 2023 | 3:18 pm", "By Staff Reporter"). Nothing for any other line: a
// byline needs "By", a Published/Updated word or a date, and what names someone must be a short name.
std::optional<Byline> parseBylineLine(QStringView line);

// "Dec 22, 2023 PRINT EDITION ► BR MARKETS ►": the day the masthead line starts with, as a date; invalid for
// any other line.
Timestamp mastheadDateOf(QStringView line);

// "Brecorder Logo", "Business Recorder Logo": the logo's alternative text, a short line ending in "Logo".
bool isMastheadLogo(QStringView line);

// "• Index touches a high of …": a standfirst bullet (U+2022 first).
bool isStandfirstBullet(QStringView line);

// "PSX | ProPakistani": a short section-and-site line, pieces of at most three words between separators.
bool isSiteLine(QStringView line);

// One line of a widget box ("Coronavirus", "VERY HIGH", "20,400", "9224hr"): short, no sentence punctuation.
bool looksLikeWidgetLine(QStringView line);

// A line of article text as the text parser hands it over.
struct TextLine
{
    QStringView text;
    bool blankBefore = false;   // a blank line stands between this line and the previous one
    bool framed = false;        // the copy set it between separator runs ("=====Bid Rate Rs.98.02=====")
    bool timedAfter = false;    // a line of its own under it gives only a time relative to the reader ("- 3 hours ago")
};

// "- 3 hours ago", "40 minutes ago" alone on a line: a list of other stories' time under each headline (a sidebar's
// "Latest"), never text.
bool isRelativeTimeLine(QStringView line);

// "- 0", "0 Shares", "1,204 views", "1 min read": a page's counter of shares, views, comments or reading time on a
// line of its own (a figure after a dash, or a figure and its unit), never the headline nor text. A figure alone is
// none (a table's cell may be one).
bool isCounterLine(QStringView line);

// "… from friends and family. Image: Lahore Qalandars/ Twitter": a picture's caption ending with its credit under a
// label and a colon; never the headline nor text.
bool isCaptionEndingInCredit(QStringView line);

// A line printed twice in a row (no blank line between) is a picture's caption: a copy takes it once from the
// image's alternative text and once from the caption under it ("… on Thursday morning. — Photo courtesy
// PSX", twice). A headline or a paragraph is never printed twice over itself. Never the headline nor body.
bool isPrintedTwice(const QVector<TextLine> &lines, qsizetype i);

// What the head of an article tells about the page.
struct ArticleHead
{
    qsizetype bodyStart = 0;    // index of the first body line among the lines given
    Timestamp capturedAt;       // the masthead's day (or a byline time on it); invalid without a masthead
    QString siteName;           // the site's own name where the head gives it ("ProPakistani" from a site line)
};

// Reads the head of the article from the lines after the ticker (and before the comments): fills headline,
// author, publishedAt, updatedAt, summary and dateline of article, appends doubts to warnings and says where the body
// starts. Only the lines before the first body paragraph are looked at.
ArticleHead readArticleHead(const QVector<TextLine> &lines, Article &article, QStringList &warnings);

} // namespace md
