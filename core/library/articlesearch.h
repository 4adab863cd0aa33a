// Searching the library's article text: full-text search with snippets, news by symbol, saved searches.
#pragma once

#include "core/alerts/mentionmatcher.h"
#include "core/library/librarytypes.h"
#include "core/timestamp.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>
#include <optional>

namespace md {

class Library;

// One article found by a search, best first.
struct SearchHit
{
    SnapshotId snapshotId = 0;
    QString source;
    QString headline;
    // The story's date: its article's published_at, else the time the library files it under (correction,
    // else market time, else import time). An old story saved years later is found under its own day.
    Timestamp capturedAt;
    qint64 capturedAtMsecs = 0;
    QString snippet;               // a few words around the best match, "…" where text was cut
    QVector<TextMatch> highlights; // where the query's words are in snippet
    double rank = 0;               // FTS5's bm25 (lower is better); 0 without the index
    int copies = 1;                // the story's copies found (a story saved as HTML and MHTML is one hit)
};

struct SearchResults
{
    QVector<SearchHit> hits;
    bool fullText = true;  // false: searched without the FTS5 index (slower, simpler ranking)
    QString notice;        // said once per ArticleSearch when fullText is false: why, in the user's words
    int unindexed = 0;     // stored articles not in the index yet (indexPending() adds them); not searched
    QString error;
};

// An article in the library that mentions a symbol, newest first, with where (for highlighting).
struct SymbolArticle
{
    SnapshotId snapshotId = 0;
    QString source;
    QString headline;
    Timestamp capturedAt;  // the story's date, as in SearchHit
    qint64 capturedAtMsecs = 0;
    QVector<ArticleMatch> matches;
    int copies = 1;  // the story's copies that mention the symbol (one story saved twice is one article)
};

struct SavedSearch
{
    qint64 id = 0;
    QString query;
    qint64 createdAtMsecs = 0;
};

// Queries over the library's articles on the library's connection (use it on the library's thread).
//
// A query is words and "quoted phrases"; an article must hold all of them (in its headline, text or
// comments, in any case); a word ending in * matches as a prefix (cement*). Other punctuation is ignored.
class ArticleSearch
{
public:
    explicit ArticleSearch(Library &library);

    // Ranked results: a match in the headline counts most, then the article's text, then its comments.
    SearchResults search(const QString &query, int limit = 50);

    // Articles stored but not yet indexed (a library from before the index, or kept by a build without FTS5).
    int unindexedCount() const;
    // Indexes them, in batches of one transaction, reporting progress; return false from progress to stop
    // (the rest waits). False with lastError() when the database fails.
    bool indexPending(const std::function<bool(int done, int total)> &progress = {});

    // Articles in the library whose headline, standfirst or text mention the symbol (whole upper-case
    // word) or companyName (any case, whole words; companyNames(symbol) when not given), newest first.
    QVector<SymbolArticle> articlesMentioning(const QString &symbol, const std::optional<QString> &companyName = {});
    // The names of the symbol's company that news by symbol looks for: the press's name (companyNameFor) and
    // the name the library's closing-rate files give it (newsNameOfListedCompany), each once, in that order.
    QStringList companyNames(const QString &symbol) const;

    std::optional<SavedSearch> saveSearch(const QString &query);
    QVector<SavedSearch> savedSearches() const;
    LibraryResult removeSavedSearch(qint64 id);

    // The FTS5 query for what a user typed ("policy rate" cement* gives "policy rate" "cement"*); empty when
    // it has nothing to look for.
    static QString fullTextQuery(const QString &query);

    QString lastError() const { return m_lastError; }

private:
    SearchResults searchWithoutIndex(const QString &query, int limit);

    Library &m_library;
    bool m_noticeGiven = false;
    mutable QString m_lastError;
};

} // namespace md
