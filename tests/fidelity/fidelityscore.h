// Scoring one reading of a page against its gold annotation: the fidelity measure of issue 12.
#pragma once

#include <QString>
#include <QStringList>

namespace md::fidelity {

// What a gold file says a page holds (tests/fidelity/corpus/SITE/NAME.gold.json).
struct Gold
{
    QString site;
    QString layout;
    QString headline;   // empty when the page has none (null in the file)
    QString author;
    QString published;  // YYYY-MM-DD or empty
    QString captured;
    int paragraphs = 0;
    QStringList summary;
    QStringList include;  // snippets that must be in the body
    QStringList exclude;  // snippets on the page that must not be
    // A real-page set annotates only some fields: a key absent from the gold file is not scored (a key
    // that is null means the page has none). The corpus annotates all four.
    bool scoresHeadline = true;
    bool scoresAuthor = true;
    bool scoresPublished = true;
    bool scoresCaptured = true;
    // "match": "whitespace" — snippets match as the set's own evaluation matches them (white space
    // normalised, case and punctuation kept), so figures compare with those the set publishes.
    bool whitespaceOnly = false;
    QString url;  // where the page was saved from, when the set says
    // The corpus annotates the standfirst apart ("summary"); a real-page set counts it as article text.
    bool summaryApart = true;
};

// What a reader (MarketDesk or a peer) made of the page.
struct Reading
{
    QString headline;
    QString author;
    QString published;  // YYYY-MM-DD or empty
    QString captured;   // empty when the reader does not tell
    bool hasCaptured = false;
    QString body;       // the body text, blocks separated by newlines
    QString summary;    // the standfirst the reader shows above the body, when the reader tells it apart
    double milliseconds = 0.0;
    QString error;      // the page could not be read at all
};

struct PageScore
{
    bool emptyBody = false;
    bool headline = false;
    bool author = false;
    bool published = false;
    bool captured = false;
    int includeFound = 0;   // true positives
    int includeMissed = 0;  // false negatives
    int excludeFound = 0;   // false positives
    QStringList notes;      // what went wrong, for --verbose
};

// Case, white space, quotes, dashes and a leading "By" do not count when comparing names and headlines.
QString normalised(const QString &text);
// White space only: what trafilatura's evaluation compares.
QString whitespaceNormalised(const QString &text);

// Headlines are the same when equal after normalised(), or when one is the other with the site's or a
// section's name after a separator, as a <title> prints it ("Story | Site"): readers differ in whether they
// keep the site's name, and both name the same headline.
bool sameHeadline(const QString &expected, const QString &got);
// The same writers, joined by ", ", " and ", " & " or " | " in any order.
bool sameAuthors(const QString &expected, const QString &got);

// A gold file needs no "site": siteOfPage() finds it. Include snippets are optional too (a set of real copies
// annotated for headline, author and date only scores no body).
bool readGold(const QString &path, Gold *gold, QString *error);

// The site a page belongs to, for the per-site tables: the gold file's "site", else the host of its "url"
// (`https://www.dawn.com/news/…` → `dawn`, `mettisglobal.news` → `mettisglobal`), else the page's first folder
// in the corpus (`tribune/oil-import-bill-copy.txt` → `tribune`), else the masthead a text copy starts with
// (`DAWN.COM Logo` → `dawn`), else "unknown".
QString siteOfPage(const Gold &gold, const QString &relativePath, const QString &pageText);
PageScore scorePage(const Gold &gold, const Reading &reading);

// Totals over a set of pages.
struct Tally
{
    int pages = 0;
    int emptyBodies = 0;
    int headline = 0;
    int headlinePages = 0;
    int author = 0;
    int authorPages = 0;
    int published = 0;
    int publishedPages = 0;
    int captured = 0;
    int capturedPages = 0;
    int includeFound = 0;
    int includeMissed = 0;
    int excludeFound = 0;
    double milliseconds = 0.0;

    void add(const Gold &gold, const PageScore &score, const Reading &reading);
    double precision() const;
    double recall() const;
    double f1() const;
    bool scoresBody() const { return includeFound + includeMissed + excludeFound > 0; }
};

} // namespace md::fidelity
