// Article search over the library: FTS5 with bm25 and snippets, a LIKE-based fallback, news by symbol.
#include "core/library/articlesearch.h"

#include "core/parse/urdu.h"

#include "core/library/library.h"
#include "core/library/searchindex.h"
#include "core/wording.h"

#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace md {
namespace {

// A story is found under its own day (published_at), not the day of the ticker it was saved under.
Timestamp storyTime(const LibraryEntry &e)
{
    return e.publishedAt.isValid() ? e.publishedAt : e.capturedAt;
}

qint64 storyMsecs(const LibraryEntry &e)
{
    return e.publishedAt.isValid() ? e.publishedAt.toMSecsSinceEpoch() : e.capturedAtMsecs;
}

// One item per story, the first of its copies in the items' order (the best match, or the newest), with the
// number of copies found: the same story saved as HTML and MHTML, or at several times, is found once.
template<typename Item>
QVector<Item> oneCopyPerStory(const QVector<Item> &items, const QHash<SnapshotId, SnapshotId> &storyOf)
{
    QVector<Item> once;
    QHash<SnapshotId, qsizetype> at;
    for (const Item &item : items) {
        const SnapshotId story = storyOf.value(item.snapshotId, item.snapshotId);
        if (const auto it = at.constFind(story); it != at.cend()) {
            ++once[*it].copies;
            continue;
        }
        at.insert(story, once.size());
        once.append(item);
    }
    return once;
}

struct Term
{
    QString text;  // a word or a phrase's words, single-spaced
    bool prefix = false;
};

// Keeps letters, digits and the joiners inside words (KSE-100, 1.5, Fauji's, S&P); trims the rest.
QString cleanWord(const QString &word)
{
    QString kept;
    for (const QChar c : word) {
        if (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('.') || c == QLatin1Char('\'')
            || c == QLatin1Char('&'))
            kept.append(c);
        else
            kept.append(QLatin1Char(' '));
    }
    kept = kept.simplified();
    while (!kept.isEmpty() && !kept.front().isLetterOrNumber())
        kept.remove(0, 1);
    while (!kept.isEmpty() && !kept.back().isLetterOrNumber())
        kept.chop(1);
    return kept;
}

QVector<Term> searchTerms(const QString &query)
{
    QVector<Term> terms;
    qsizetype i = 0;
    const qsizetype n = query.size();
    while (i < n) {
        if (query[i].isSpace()) {
            ++i;
            continue;
        }
        Term term;
        if (query[i] == QLatin1Char('"')) {
            qsizetype close = query.indexOf(QLatin1Char('"'), i + 1);
            if (close < 0)
                close = n;
            term.text = cleanWord(query.mid(i + 1, close - i - 1));
            i = close + 1;
        } else {
            qsizetype end = i;
            while (end < n && !query[end].isSpace() && query[end] != QLatin1Char('"'))
                ++end;
            const QString word = query.mid(i, end - i);
            term.prefix = word.endsWith(QLatin1Char('*'));
            term.text = cleanWord(word);
            i = end;
        }
        if (i < n && query[i] == QLatin1Char('*')) {
            term.prefix = true;
            ++i;
        }
        if (!term.text.isEmpty())
            terms.append(term);
    }
    return terms;
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    escaped.replace(QLatin1Char(' '), QLatin1Char('%'));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// A snippet FTS5 marked with \x02 ... \x03 around matches, as plain text and highlight ranges.
void splitMarkedSnippet(const QString &marked, SearchHit *hit)
{
    hit->snippet.reserve(marked.size());
    qsizetype start = -1;
    for (const QChar c : marked) {
        if (c == QChar(2)) {
            start = hit->snippet.size();
        } else if (c == QChar(3)) {
            if (start >= 0 && hit->snippet.size() > start)
                hit->highlights.append({start, hit->snippet.size() - start});
            start = -1;
        } else {
            // Paragraphs and comments are joined by line breaks in the index; a snippet is one line.
            hit->snippet.append(c == QLatin1Char('\n') ? QChar(QLatin1Char(' ')) : c);
        }
    }
}

int countOccurrences(const QString &text, const QString &term)
{
    int count = 0;
    for (qsizetype at = text.indexOf(term, 0, Qt::CaseInsensitive); at >= 0;
         at = text.indexOf(term, at + term.size(), Qt::CaseInsensitive))
        ++count;
    return count;
}

// A window of text around its first match of any term, cut at spaces, with every match in it highlighted.
void makeSnippet(const QString &text, const QVector<Term> &terms, SearchHit *hit)
{
    constexpr qsizetype kContext = 60;
    qsizetype first = -1;
    for (const Term &t : terms) {
        QString needle = t.text;
        const qsizetype at = text.indexOf(needle, 0, Qt::CaseInsensitive);
        if (at >= 0 && (first < 0 || at < first))
            first = at;
    }
    if (first < 0)
        first = 0;
    qsizetype from = std::max<qsizetype>(0, first - kContext);
    qsizetype to = std::min<qsizetype>(text.size(), first + 2 * kContext);
    while (from > 0 && !text[from - 1].isSpace() && first - from < kContext + 20)
        --from;
    while (to < text.size() && !text[to].isSpace() && to - first < 2 * kContext + 20)
        ++to;
    const QString prefix = from > 0 ? QStringLiteral("…") : QString();
    hit->snippet = prefix + text.mid(from, to - from).simplified();
    if (to < text.size())
        hit->snippet += QStringLiteral("…");
    for (const Term &t : terms) {
        for (qsizetype at = hit->snippet.indexOf(t.text, 0, Qt::CaseInsensitive); at >= 0;
             at = hit->snippet.indexOf(t.text, at + t.text.size(), Qt::CaseInsensitive))
            hit->highlights.append({at, t.text.size()});
    }
    std::sort(hit->highlights.begin(), hit->highlights.end(),
              [](const TextMatch &a, const TextMatch &b) { return a.start < b.start; });
}

} // namespace

ArticleSearch::ArticleSearch(Library &library)
    : m_library(library)
{
}

QString ArticleSearch::fullTextQuery(const QString &query)
{
    QStringList parts;
    // Folded as the index's rows are, before it is cut into words (a diacritic is no word break): "لكي" finds
    // "لکی", "پاکِستان" finds "پاکستان".
    for (const Term &t : searchTerms(urdu::foldForSearch(query))) {
        QString quoted = t.text;
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        parts.append(QLatin1Char('"') + quoted + QLatin1Char('"') + (t.prefix ? QStringLiteral("*") : QString()));
    }
    return parts.join(QLatin1Char(' '));
}

SearchResults ArticleSearch::search(const QString &query, int limit)
{
    m_lastError.clear();
    if (!m_library.hasFullTextSearch())
        return searchWithoutIndex(query, limit);
    SearchResults results;
    const QString match = fullTextQuery(query);
    if (match.isEmpty())
        return results;
    QSqlDatabase db = m_library.database();
    results.unindexed = searchindex::backlogSize(db);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // bm25 weights: headline 10, text 4, comments 1. Ordering by FTS5's own rank column lets it sort inside
    // the index, so snippet() runs for the rows returned only, not for every match.
    q.prepare(QStringLiteral("SELECT rowid, snippet(article_search, -1, char(2), char(3), '…', 16), rank "
                             "FROM article_search WHERE article_search MATCH ? AND rank MATCH 'bm25(10.0, 4.0, 1.0)' "
                             "ORDER BY rank LIMIT ?"));
    q.addBindValue(match);
    // Room for the copies of a story, which count once.
    q.addBindValue(limit * 4);
    if (!q.exec()) {
        results.error = m_lastError = tr("the search could not be run (%1)").arg(q.lastError().text());
        return results;
    }
    while (q.next()) {
        SearchHit hit;
        hit.snapshotId = q.value(0).toLongLong();
        splitMarkedSnippet(q.value(1).toString(), &hit);
        hit.rank = q.value(2).toDouble();
        results.hits.append(hit);
    }
    q.finish();
    for (SearchHit &hit : results.hits) {
        if (const std::optional<LibraryEntry> e = m_library.entry(hit.snapshotId)) {
            hit.source = e->source;
            hit.headline = e->headline;
            hit.capturedAt = storyTime(*e);
            hit.capturedAtMsecs = storyMsecs(*e);
        }
    }
    results.hits = oneCopyPerStory(results.hits, m_library.stories());
    if (results.hits.size() > limit)
        results.hits.resize(limit);
    return results;
}

SearchResults ArticleSearch::searchWithoutIndex(const QString &query, int limit)
{
    SearchResults results;
    results.fullText = false;
    if (!m_noticeGiven) {
        m_noticeGiven = true;
        results.notice = tr("Full-text search is not available (%1); article text is searched the slower way, "
                            "with a simpler ranking.")
                             .arg(m_library.fullTextSearchProblem());
    }
    const QVector<Term> terms = searchTerms(query);
    if (terms.isEmpty())
        return results;
    QStringList conditions;
    for (qsizetype i = 0; i < terms.size(); ++i)
        conditions.append(QStringLiteral("(headline || char(10) || body || char(10) || comments) LIKE ? ESCAPE '\\'"));
    QSqlQuery q(m_library.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT snapshot_id, headline, body, comments FROM article_text WHERE ")
              + conditions.join(QStringLiteral(" AND ")));
    for (const Term &t : terms)
        q.addBindValue(likePattern(t.text));
    if (!q.exec()) {
        results.error = m_lastError = tr("the search could not be run (%1)").arg(q.lastError().text());
        return results;
    }
    struct Scored
    {
        SearchHit hit;
        int score = 0;
    };
    QVector<Scored> found;
    while (q.next()) {
        Scored s;
        s.hit.snapshotId = q.value(0).toLongLong();
        const QString columns[3] = {q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
        static const int weights[3] = {10, 4, 1};
        int best = -1;
        for (int c = 0; c < 3; ++c) {
            for (const Term &t : terms) {
                const int n = countOccurrences(columns[c], t.text);
                s.score += n * weights[c];
                if (n > 0 && best < 0)
                    best = c;
            }
        }
        makeSnippet(columns[std::max(best, 0)], terms, &s.hit);
        found.append(s);
    }
    q.finish();
    for (Scored &s : found) {
        if (const std::optional<LibraryEntry> e = m_library.entry(s.hit.snapshotId)) {
            s.hit.source = e->source;
            s.hit.headline = e->headline;
            s.hit.capturedAt = storyTime(*e);
            s.hit.capturedAtMsecs = storyMsecs(*e);
        }
    }
    std::stable_sort(found.begin(), found.end(), [](const Scored &a, const Scored &b) {
        if (a.score != b.score)
            return a.score > b.score;
        return a.hit.capturedAtMsecs > b.hit.capturedAtMsecs;
    });
    QVector<SearchHit> hits;
    for (const Scored &s : std::as_const(found))
        hits.append(s.hit);
    results.hits = oneCopyPerStory(hits, m_library.stories());
    if (results.hits.size() > limit)
        results.hits.resize(limit);
    return results;
}

int ArticleSearch::unindexedCount() const
{
    if (!m_library.hasFullTextSearch())
        return 0;
    QSqlDatabase db = m_library.database();
    return searchindex::backlogSize(db);
}

bool ArticleSearch::indexPending(const std::function<bool(int done, int total)> &progress)
{
    m_lastError.clear();
    if (!m_library.hasFullTextSearch())
        return true;
    QSqlDatabase db = m_library.database();
    return searchindex::indexBacklog(db, progress, &m_lastError);
}

QVector<SymbolArticle> ArticleSearch::articlesMentioning(const QString &symbol, const std::optional<QString> &companyName)
{
    m_lastError.clear();
    QVector<SymbolArticle> articles;
    const MentionMatcher matcher =
        MentionMatcher::forSymbol(symbol, companyName ? QStringList{*companyName} : companyNames(symbol));
    if (matcher.isEmpty())
        return articles;
    QSqlDatabase db = m_library.database();

    // Candidates from the index (which folds case, so it finds a superset), plus what it does not hold yet;
    // the matcher then applies the whole-word rules.
    QVector<SnapshotId> candidates;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const QStringList phrases = matcher.searchPhrases();
    if (m_library.hasFullTextSearch()) {
        QStringList alternatives;
        for (const QString &phrase : phrases)
            alternatives.append(fullTextQuery(QLatin1Char('"') + phrase + QLatin1Char('"')));
        q.prepare(QStringLiteral("SELECT rowid FROM article_search WHERE article_search MATCH ? "
                                 "UNION SELECT snapshot_id FROM search_backlog"));
        q.addBindValue(QStringLiteral("{headline body} : (%1)").arg(alternatives.join(QStringLiteral(" OR "))));
    } else {
        QStringList likes;
        for (qsizetype i = 0; i < phrases.size(); ++i)
            likes.append(QStringLiteral("headline LIKE ? ESCAPE '\\' OR body LIKE ? ESCAPE '\\'"));
        q.prepare(QStringLiteral("SELECT snapshot_id FROM article_text WHERE ") + likes.join(QStringLiteral(" OR ")));
        for (const QString &phrase : phrases) {
            q.addBindValue(likePattern(phrase));
            q.addBindValue(likePattern(phrase));
        }
    }
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return articles;
    }
    while (q.next())
        candidates.append(q.value(0).toLongLong());
    q.finish();

    QSqlQuery headline(db), summary(db), blocks(db);
    headline.prepare(QStringLiteral("SELECT headline FROM articles WHERE snapshot_id = ?"));
    summary.prepare(QStringLiteral("SELECT text FROM article_summary WHERE snapshot_id = ? ORDER BY position"));
    blocks.prepare(QStringLiteral("SELECT text FROM article_blocks WHERE snapshot_id = ? ORDER BY position"));
    for (SnapshotId id : std::as_const(candidates)) {
        Article article;
        headline.bindValue(0, id);
        if (headline.exec() && headline.next())
            article.headline = headline.value(0).toString();
        headline.finish();
        summary.bindValue(0, id);
        if (summary.exec()) {
            while (summary.next())
                article.summary.append(summary.value(0).toString());
        }
        blocks.bindValue(0, id);
        if (blocks.exec()) {
            while (blocks.next()) {
                ArticleBlock block;
                block.text = blocks.value(0).toString();
                article.blocks.append(block);
            }
        }
        const QVector<ArticleMatch> matches = matcher.find(article);
        if (matches.isEmpty())
            continue;
        const std::optional<LibraryEntry> e = m_library.entry(id);
        if (!e)
            continue;
        articles.append({id, e->source, e->headline, storyTime(*e), storyMsecs(*e), matches});
    }
    std::sort(articles.begin(), articles.end(), [](const SymbolArticle &a, const SymbolArticle &b) {
        return a.capturedAtMsecs != b.capturedAtMsecs ? a.capturedAtMsecs > b.capturedAtMsecs : a.snapshotId > b.snapshotId;
    });
    return oneCopyPerStory(articles, m_library.stories());
}

QStringList ArticleSearch::companyNames(const QString &symbol) const
{
    const QString wanted = symbol.trimmed();
    QStringList names;
    if (wanted.isEmpty())
        return names;
    if (const QString press = companyNameFor(wanted); !press.isEmpty())
        names.append(press);
    for (const CompanyInfo &company : m_library.findCompanies(wanted)) {
        if (company.symbol.compare(wanted, Qt::CaseInsensitive) != 0)
            continue;
        const QString listed = newsNameOfListedCompany(company.company);
        if (!listed.isEmpty() && !names.contains(listed, Qt::CaseInsensitive))
            names.append(listed);
    }
    return names;
}

std::optional<SavedSearch> ArticleSearch::saveSearch(const QString &query)
{
    m_lastError.clear();
    const QString text = query.simplified();
    if (text.isEmpty()) {
        m_lastError = tr("an empty search cannot be saved");
        return std::nullopt;
    }
    QSqlQuery q(m_library.database());
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO saved_searches (query, created_ms) VALUES (?, ?)"));
    q.addBindValue(text);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return std::nullopt;
    }
    q.prepare(QStringLiteral("SELECT id, query, created_ms FROM saved_searches WHERE query = ?"));
    q.addBindValue(text);
    if (!q.exec() || !q.next()) {
        m_lastError = q.lastError().text();
        return std::nullopt;
    }
    return SavedSearch{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong()};
}

QVector<SavedSearch> ArticleSearch::savedSearches() const
{
    QVector<SavedSearch> saved;
    QSqlQuery q(m_library.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, query, created_ms FROM saved_searches ORDER BY id"))) {
        m_lastError = q.lastError().text();
        return saved;
    }
    while (q.next())
        saved.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong()});
    return saved;
}

LibraryResult ArticleSearch::removeSavedSearch(qint64 id)
{
    LibraryResult result;
    QSqlQuery q(m_library.database());
    q.prepare(QStringLiteral("DELETE FROM saved_searches WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        result.error = q.lastError().text();
    else if (q.numRowsAffected() == 0)
        result.error = tr("there is no saved search %1").arg(id);
    return result;
}

} // namespace md
