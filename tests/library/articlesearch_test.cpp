// The watchlist, full-text search (with FTS5 and the slower way without), news by symbol and saved searches.
#include "core/alerts/alertstore.h"
#include "core/library/articlesearch.h"
#include "core/library/library.h"
#include "core/library/searchindex.h"
#include "core/library/watchlist.h"
#include "core/load/snapshotloader.h"
#include "libraryfixtures.h"
#include "testdata.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace md;

namespace {

// A library with both alert fixtures and three generated market reports. FullText false searches without FTS5.
class ArticleSearchTest : public ::testing::TestWithParam<bool>
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("library.sqlite"));
        m_library = std::make_unique<Library>(m_path);
        m_library->setFullTextSearchAllowed(GetParam());
        ASSERT_TRUE(m_library->open().ok());
        ASSERT_EQ(m_library->hasFullTextSearch(), GetParam()) << m_library->fullTextSearchProblem().toStdString();
        m_pso = add(QStringLiteral("alerts-pso-news.txt"));
        m_words = add(QStringLiteral("alerts-lowercase-words.txt"));
        for (const test::GeneratedSnapshot &g : test::generateSnapshots(3)) {
            const SnapshotLoadResult parsed = parseSnapshotBytes(g.bytes, g.relativePath);
            ASSERT_TRUE(parsed.ok());
            ASSERT_TRUE(m_library->addSnapshot(g.bytes, *parsed.snapshot, {g.capturedAt, CaptureTime::Source::PageMetadata}).ok());
        }
    }

    SnapshotId add(const QString &fixture)
    {
        const AddSnapshotResult r = m_library->importFile(test::dataPath(fixture));
        EXPECT_TRUE(r.ok()) << r.error.toStdString();
        return r.id;
    }

    static QVector<SnapshotId> ids(const SearchResults &results)
    {
        QVector<SnapshotId> out;
        for (const SearchHit &hit : results.hits)
            out.append(hit.snapshotId);
        return out;
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Library> m_library;
    SnapshotId m_pso = 0, m_words = 0;
};

} // namespace

TEST_P(ArticleSearchTest, FindsArticlesByHeadlineTextAndCommentsWithASnippet)
{
    ArticleSearch search(*m_library);
    const SearchResults debt = search.search(QStringLiteral("circular debt"));
    EXPECT_TRUE(debt.error.isEmpty()) << debt.error.toStdString();
    EXPECT_EQ(debt.fullText, GetParam());
    ASSERT_EQ(ids(debt), QVector<SnapshotId>{m_pso});
    const SearchHit &hit = debt.hits[0];
    EXPECT_EQ(hit.headline, QStringLiteral("PSO climbs as circular debt plan lifts oil marketers"));
    EXPECT_TRUE(hit.source.endsWith(QStringLiteral("alerts-pso-news.txt")));
    EXPECT_TRUE(hit.capturedAt.isValid());
    ASSERT_FALSE(hit.highlights.isEmpty());
    EXPECT_FALSE(hit.snippet.contains(QLatin1Char('\n'))) << hit.snippet.toStdString();
    for (const TextMatch &m : hit.highlights) {
        const QString word = hit.snippet.mid(m.start, m.length).toLower();
        EXPECT_TRUE(word == QLatin1String("circular") || word == QLatin1String("debt") || word == QLatin1String("circular debt"))
            << hit.snippet.toStdString();
    }

    // A comment's words, a phrase, a prefix, in any case.
    EXPECT_EQ(ids(search.search(QStringLiteral("CHEAP"))), QVector<SnapshotId>{m_pso});
    EXPECT_EQ(ids(search.search(QStringLiteral("\"policy rate\""))), QVector<SnapshotId>{m_pso});
    EXPECT_EQ(ids(search.search(QStringLiteral("\"rate policy\""))), QVector<SnapshotId>{});
    EXPECT_EQ(ids(search.search(QStringLiteral("bargain*"))), QVector<SnapshotId>{m_words});
    EXPECT_EQ(search.search(QStringLiteral("session")).hits.size(), 4);
    EXPECT_TRUE(search.search(QStringLiteral("zyzzyva")).hits.isEmpty());
    // Query syntax a user never meant is just words.
    EXPECT_TRUE(search.search(QStringLiteral("debt) OR (\"")).error.isEmpty());
}

TEST_P(ArticleSearchTest, AHeadlineMatchRanksFirst)
{
    ArticleSearch search(*m_library);
    // "luck" is in the second fixture's headline and in the first's body.
    const SearchResults luck = search.search(QStringLiteral("luck"));
    EXPECT_EQ(ids(luck), (QVector<SnapshotId>{m_words, m_pso}));
}

TEST_P(ArticleSearchTest, TheSlowerWayIsAnnouncedOnce)
{
    ArticleSearch search(*m_library);
    const SearchResults first = search.search(QStringLiteral("luck"));
    const SearchResults second = search.search(QStringLiteral("luck"));
    if (GetParam()) {
        EXPECT_TRUE(first.notice.isEmpty());
    } else {
        EXPECT_TRUE(first.notice.startsWith(QStringLiteral("Full-text search is not available (full-text search is turned off)")))
            << first.notice.toStdString();
        EXPECT_TRUE(second.notice.isEmpty());
    }
}

TEST_P(ArticleSearchTest, TheIndexFollowsRemovalAndRereading)
{
    ArticleSearch search(*m_library);
    ASSERT_TRUE(m_library->reparseSnapshot(m_pso).ok());
    EXPECT_EQ(ids(search.search(QStringLiteral("debt"))), QVector<SnapshotId>{m_pso});
    ASSERT_TRUE(m_library->removeSnapshot(m_pso).ok());
    EXPECT_TRUE(search.search(QStringLiteral("debt")).hits.isEmpty());
    EXPECT_EQ(ids(search.search(QStringLiteral("luck"))), QVector<SnapshotId>{m_words});
    EXPECT_TRUE(m_library->check().ok());
    if (GetParam()) {
        QSqlQuery q(m_library->database());
        EXPECT_TRUE(q.exec(QStringLiteral("INSERT INTO article_search (article_search) VALUES ('integrity-check')")))
            << q.lastError().text().toStdString();
    }
}

TEST_P(ArticleSearchTest, NewsBySymbolFollowsTheWholeWordRules)
{
    ArticleSearch search(*m_library);
    const QVector<SymbolArticle> pso = search.articlesMentioning(QStringLiteral("PSO"));
    ASSERT_EQ(pso.size(), 1);
    EXPECT_EQ(pso[0].snapshotId, m_pso);
    // The headline's PSO, "Pakistan State Oil" and "PSO's" in the text; never PSOCL (in the other article).
    ASSERT_EQ(pso[0].matches.size(), 3);
    EXPECT_EQ(pso[0].matches[0], (ArticleMatch{ArticleMatch::Part::Headline, 0, {0, 3}}));
    EXPECT_EQ(pso[0].matches[1], (ArticleMatch{ArticleMatch::Part::Body, 0, {19, 18}}));
    EXPECT_EQ(pso[0].matches[2].part, ArticleMatch::Part::Body);
    EXPECT_EQ(pso[0].matches[2].index, 1);

    // LUCK, POWER and FAST appear only as lower-case words.
    EXPECT_TRUE(search.articlesMentioning(QStringLiteral("LUCK")).isEmpty());
    EXPECT_TRUE(search.articlesMentioning(QStringLiteral("POWER")).isEmpty());
    EXPECT_TRUE(search.articlesMentioning(QStringLiteral("FAST")).isEmpty());
    EXPECT_EQ(search.articlesMentioning(QStringLiteral("PSOCL")).size(), 1);
    // The index by its printed name, KSE-100; a company name given by the caller.
    EXPECT_EQ(search.articlesMentioning(QStringLiteral("KSE100")).size(), 1);
    const QVector<SymbolArticle> marketers =
        search.articlesMentioning(QStringLiteral("XYZ"), QStringLiteral("oil marketers"));
    ASSERT_EQ(marketers.size(), 1);
    EXPECT_EQ(marketers[0].matches[0].part, ArticleMatch::Part::Headline);
}

// Issue 23: news by symbol also finds an article that names the company as the library's closing-rate files
// list it (BOP is "Bank of Punjab", a name MarketDesk's own list lacks), by the same whole-word rules; a name
// of one word ("Fast Ltd.") is not used.
TEST_P(ArticleSearchTest, NewsBySymbolAlsoFindsTheCompanyNamedByTheLibrarysClosingFiles)
{
    Snapshot story;
    story.article.headline = QStringLiteral("The Bank of Punjab lifts deposits");
    story.article.blocks.append({ArticleBlock::Kind::Paragraph,
                                 QStringLiteral("LAHORE: The bank of Punjab said its deposits rose by a fifth, while "
                                                "the Bank of Punjabi traders' association stayed silent."), {}, {}});
    const AddSnapshotResult added =
        m_library->addSnapshot("bank of punjab story", story, {Timestamp::fromDate(QDate(2024, 6, 14)), CaptureTime::Source::PageMetadata});
    ASSERT_TRUE(added.ok());
    ArticleSearch search(*m_library);
    ASSERT_TRUE(search.indexPending({}));
    EXPECT_TRUE(search.articlesMentioning(QStringLiteral("BOP")).isEmpty());  // the story never writes BOP
    EXPECT_TRUE(search.companyNames(QStringLiteral("BOP")).isEmpty());

    add(QStringLiteral("psx-closing-rates-14JUN2024.lis"));
    const QByteArray fast = "14JUN2024|FAST|0801|Fast Ltd.|10.00|10.50|9.90|10.20|1000|10.00|||\n";
    const SnapshotLoadResult parsed = parseSnapshotBytes(fast, QStringLiteral("fast.lis"));
    ASSERT_TRUE(parsed.ok());
    ASSERT_TRUE(m_library->addSnapshot(fast, *parsed.snapshot, marketTimeOf(*parsed.snapshot)).ok());
    EXPECT_EQ(search.companyNames(QStringLiteral("bop")), QStringList{QStringLiteral("Bank of Punjab")});
    EXPECT_EQ(search.companyNames(QStringLiteral("HUBC")), QStringList{QStringLiteral("Hub Power")});  // once
    EXPECT_EQ(search.companyNames(QStringLiteral("OGDC")),
              (QStringList{QStringLiteral("Oil and Gas Development Company"), QStringLiteral("Oil & Gas Dev")}));
    EXPECT_TRUE(search.companyNames(QStringLiteral("FAST")).isEmpty());

    const QVector<SymbolArticle> bop = search.articlesMentioning(QStringLiteral("BOP"));
    ASSERT_EQ(bop.size(), 1);
    EXPECT_EQ(bop[0].snapshotId, added.id);
    // In the headline and, in any case, the body's first name; never "Bank of Punjabi".
    ASSERT_EQ(bop[0].matches.size(), 2);
    EXPECT_EQ(bop[0].matches[0], (ArticleMatch{ArticleMatch::Part::Headline, 0, {4, 14}}));
    EXPECT_EQ(bop[0].matches[1], (ArticleMatch{ArticleMatch::Part::Body, 0, {12, 14}}));
    // Another company of the same file does not find it; "fast" in the other article is no company's name.
    EXPECT_TRUE(search.articlesMentioning(QStringLiteral("FFL")).isEmpty());
    EXPECT_TRUE(search.articlesMentioning(QStringLiteral("FAST")).isEmpty());
    // A name the caller gives replaces the library's.
    EXPECT_TRUE(search.articlesMentioning(QStringLiteral("BOP"), QStringLiteral("Punjab Bank")).isEmpty());
}

TEST_P(ArticleSearchTest, SavedSearchesAreKeptAndBecomeKeywordAlerts)
{
    ArticleSearch search(*m_library);
    const std::optional<SavedSearch> saved = search.saveSearch(QStringLiteral("  \"circular  debt\" "));
    ASSERT_TRUE(saved.has_value());
    EXPECT_EQ(saved->query, QStringLiteral("\"circular debt\""));
    EXPECT_EQ(search.saveSearch(QStringLiteral("\"CIRCULAR debt\""))->id, saved->id);
    EXPECT_FALSE(search.saveSearch(QStringLiteral("  ")).has_value());
    ASSERT_EQ(search.savedSearches().size(), 1);

    AlertStore store(*m_library);
    const AddRuleResult rule = store.addKeywordRule(saved->query);
    ASSERT_TRUE(rule.ok()) << rule.error.toStdString();
    EXPECT_EQ(rule.rule->text(), QStringLiteral("keyword \"circular debt\""));

    EXPECT_TRUE(search.removeSavedSearch(saved->id).ok());
    EXPECT_FALSE(search.removeSavedSearch(saved->id).ok());
    EXPECT_TRUE(search.savedSearches().isEmpty());
}

// Issue 20: news by symbol and search list a story by its own date (published_at), never by the market time
// its ticker was filed under: an old story re-served under a later ticker sorts and shows as the old story.
TEST_P(ArticleSearchTest, NewsBySymbolAndSearchUseTheArticlesDateNotTheMarketTime)
{
    const auto story = [](const QString &headline, const QString &published) {
        Snapshot s;
        s.article.headline = headline;
        s.article.publishedAt = Timestamp::fromDate(QDate::fromString(published, Qt::ISODate));
        s.article.blocks.append({ArticleBlock::Kind::Paragraph,
                                 QStringLiteral("Shares of ZQXW rose as buyers returned to the counter."), {}, {}});
        return s;
    };
    // The older story was filed under the later market time (re-served under a later ticker).
    const Snapshot old = story(QStringLiteral("ZQXW climbs in thin trade"), QStringLiteral("2021-01-01"));
    const Snapshot recent = story(QStringLiteral("ZQXW extends gains"), QStringLiteral("2024-06-03"));
    const Timestamp laterMarket = Timestamp::fromDate(QDate(2024, 12, 10));
    const Timestamp earlierMarket = Timestamp::fromDate(QDate(2024, 6, 3));
    const AddSnapshotResult a = m_library->addSnapshot("zqxw old", old, {laterMarket, CaptureTime::Source::PageMetadata});
    const AddSnapshotResult b = m_library->addSnapshot("zqxw recent", recent, {earlierMarket, CaptureTime::Source::PageMetadata});
    ASSERT_TRUE(a.ok() && b.ok());
    ArticleSearch search(*m_library);
    ASSERT_TRUE(search.indexPending({}));

    const QVector<SymbolArticle> news = search.articlesMentioning(QStringLiteral("ZQXW"));
    ASSERT_EQ(news.size(), 2);
    EXPECT_EQ(news[0].snapshotId, b.id); // newest story first, though its market time is the earlier one
    EXPECT_EQ(news[1].snapshotId, a.id);
    EXPECT_EQ(news[1].capturedAt.date(), QDate(2021, 1, 1));

    const SearchResults found = search.search(QStringLiteral("ZQXW"));
    ASSERT_EQ(found.hits.size(), 2);
    for (const SearchHit &hit : found.hits) {
        EXPECT_EQ(hit.capturedAt.date(), hit.snapshotId == a.id ? QDate(2021, 1, 1) : QDate(2024, 6, 3))
            << hit.headline.toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(WithAndWithoutFts5, ArticleSearchTest, ::testing::Bool(),
                         [](const ::testing::TestParamInfo<bool> &info) {
                             return info.param ? std::string("Fts5") : std::string("WithoutFts5");
                         });

TEST(FullTextQuery, UserWordsBecomeQuotedTerms)
{
    EXPECT_EQ(ArticleSearch::fullTextQuery(QStringLiteral("policy rate")), QStringLiteral("\"policy\" \"rate\""));
    EXPECT_EQ(ArticleSearch::fullTextQuery(QStringLiteral("\"policy rate\" cement*")),
              QStringLiteral("\"policy rate\" \"cement\"*"));
    EXPECT_EQ(ArticleSearch::fullTextQuery(QStringLiteral("KSE-100 NOT (x)")), QStringLiteral("\"KSE-100\" \"NOT\" \"x\""));
    EXPECT_TRUE(ArticleSearch::fullTextQuery(QStringLiteral(" ( ) * \" ")).isEmpty());
}

TEST(LibrarySearchIndex, ALibraryKeptWithoutFts5IsIndexedWhenFts5Returns)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    SnapshotId id = 0;
    {
        Library library(path);
        library.setFullTextSearchAllowed(false);
        ASSERT_TRUE(library.open().ok());
        id = library.importFile(test::dataPath(QStringLiteral("alerts-pso-news.txt"))).id;
        ASSERT_GT(id, 0);
    }
    Library library(path);
    ASSERT_TRUE(library.open().ok());
    ASSERT_TRUE(library.hasFullTextSearch());
    ArticleSearch search(library);
    EXPECT_EQ(search.unindexedCount(), 1);
    EXPECT_TRUE(search.search(QStringLiteral("debt")).hits.isEmpty());
    EXPECT_EQ(search.search(QStringLiteral("debt")).unindexed, 1);
    ASSERT_TRUE(search.indexPending());
    EXPECT_EQ(search.unindexedCount(), 0);
    ASSERT_EQ(search.search(QStringLiteral("debt")).hits.size(), 1);
    EXPECT_EQ(search.search(QStringLiteral("debt")).hits[0].snapshotId, id);
}

class WatchlistTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("library.sqlite"));
        m_library = std::make_unique<Library>(m_path);
        ASSERT_TRUE(m_library->open().ok());
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Library> m_library;
};

TEST_F(WatchlistTest, KeepsNamesInOrderOnceWhateverTheirCase)
{
    Watchlist watchlist(*m_library);
    const WatchlistChange added = watchlist.add({QStringLiteral("luck"), QStringLiteral("KSE100"), QStringLiteral("OGDC"),
                                                 QStringLiteral("Luck")});
    ASSERT_TRUE(added.ok());
    EXPECT_EQ(added.changed, (QStringList{QStringLiteral("LUCK"), QStringLiteral("KSE100"), QStringLiteral("OGDC")}));
    EXPECT_EQ(added.unchanged, QStringList{QStringLiteral("LUCK")});
    EXPECT_EQ(watchlist.names(), (QStringList{QStringLiteral("LUCK"), QStringLiteral("KSE100"), QStringLiteral("OGDC")}));
    EXPECT_TRUE(watchlist.contains(QStringLiteral("kse100")));

    ASSERT_TRUE(watchlist.move(QStringLiteral("ogdc"), 0));
    EXPECT_EQ(watchlist.names(), (QStringList{QStringLiteral("OGDC"), QStringLiteral("LUCK"), QStringLiteral("KSE100")}));
    EXPECT_FALSE(watchlist.move(QStringLiteral("HUBC"), 0));

    const WatchlistChange removed = watchlist.remove({QStringLiteral("luck"), QStringLiteral("HUBC")});
    EXPECT_EQ(removed.changed, QStringList{QStringLiteral("LUCK")});
    EXPECT_EQ(removed.unchanged, QStringList{QStringLiteral("HUBC")});
    ASSERT_TRUE(watchlist.add({QStringLiteral("PSO")}).ok());

    // Kept in the library file.
    m_library = std::make_unique<Library>(m_path);
    ASSERT_TRUE(m_library->open().ok());
    EXPECT_EQ(Watchlist(*m_library).names(), (QStringList{QStringLiteral("OGDC"), QStringLiteral("KSE100"), QStringLiteral("PSO")}));
}

TEST_F(WatchlistTest, ABadNameChangesNothing)
{
    Watchlist watchlist(*m_library);
    const WatchlistChange change = watchlist.add({QStringLiteral("LUCK"), QStringLiteral("L@CK")});
    EXPECT_FALSE(change.ok());
    EXPECT_EQ(change.error, QStringLiteral("\"L@CK\" is not a symbol or index name (letters and digits, such as LUCK or KSE100)"));
    EXPECT_TRUE(watchlist.names().isEmpty());
}

TEST(LibrarySearchIndex, ChangesMadeWithoutFts5AreCaughtUpWhenFts5Returns)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    SnapshotId removed = 0;
    {
        Library library(path);
        ASSERT_TRUE(library.open().ok());
        removed = library.importFile(test::dataPath(QStringLiteral("alerts-pso-news.txt"))).id;
        ASSERT_EQ(ArticleSearch(library).search(QStringLiteral("debt")).hits.size(), 1);
    }
    SnapshotId kept = 0;
    {
        // A build without FTS5 cannot tell the index which text went: it marks the index stale.
        Library library(path);
        library.setFullTextSearchAllowed(false);
        ASSERT_TRUE(library.open().ok());
        ASSERT_TRUE(library.removeSnapshot(removed).ok());
        kept = library.importFile(test::dataPath(QStringLiteral("alerts-lowercase-words.txt"))).id;
        ASSERT_GT(kept, 0);
    }
    Library library(path);
    ASSERT_TRUE(library.open().ok());
    ArticleSearch search(library);
    EXPECT_EQ(search.unindexedCount(), 1);
    ASSERT_TRUE(search.indexPending());
    EXPECT_TRUE(search.search(QStringLiteral("debt")).hits.isEmpty());
    ASSERT_EQ(search.search(QStringLiteral("luck")).hits.size(), 1);
    EXPECT_EQ(search.search(QStringLiteral("luck")).hits[0].snapshotId, kept);
    QSqlQuery q(library.database());
    EXPECT_TRUE(q.exec(QStringLiteral("INSERT INTO article_search (article_search) VALUES ('integrity-check')")))
        << q.lastError().text().toStdString();
}

// Issue 21 (memory): the index is given the article's text from the snapshot in hand, not concatenated by
// SQLite from the view. It must be exactly the text the view gives, or removing the snapshot later would
// corrupt the external-content index: compared column by column, then FTS5's own integrity check after a
// removal.
TEST(LibrarySearchIndex, TheTextIndexedIsExactlyTheViewsText)
{
    QTemporaryDir dir;
    Library library(dir.filePath(QStringLiteral("library.sqlite")));
    ASSERT_TRUE(library.open().ok());
    ASSERT_TRUE(library.hasFullTextSearch()) << library.fullTextSearchProblem().toStdString();

    QVector<Snapshot> snapshots;
    Snapshot full;
    full.source = QStringLiteral("full.txt");
    full.article.headline = QStringLiteral("Cement makers lead PSX higher");
    full.article.summary = {QStringLiteral("First line of the standfirst"), QString(), QStringLiteral("\nThird, with a break")};
    full.article.blocks.append({ArticleBlock::Kind::Paragraph, QStringLiteral("\n\nKARACHI: Shares rose.\n"), {}, {}});
    full.article.blocks.append({ArticleBlock::Kind::Table, QStringLiteral("Top Volumes"), {QStringLiteral("SCRIP")}, {{QStringLiteral("MLCF")}}});
    full.article.blocks.append({ArticleBlock::Kind::Subheading, QString(), {}, {}});
    full.article.blocks.append(listBlock({QStringLiteral("First item"), QStringLiteral("Second item")}, true, 2));
    full.article.blocks.append({ArticleBlock::Kind::Paragraph, QStringLiteral("Ends with breaks\n\n"), {}, {}});
    full.comments.append({QStringLiteral("Reader"), {}, QStringLiteral("One\nTwo"), 2});
    full.comments.append({QStringLiteral("Other"), {}, QString(), 0});
    snapshots.append(full);
    Snapshot bodyOnly;
    bodyOnly.source = QStringLiteral("body.txt");
    bodyOnly.article.blocks.append({ArticleBlock::Kind::Paragraph, QStringLiteral("Only a body, no headline \u0631\u06CC\u0679"), {}, {}});
    snapshots.append(bodyOnly);
    Snapshot summaryOnly;
    summaryOnly.source = QStringLiteral("summary.txt");
    summaryOnly.article.headline = QStringLiteral("Standfirst alone");
    summaryOnly.article.summary = {QStringLiteral("Just this")};
    snapshots.append(summaryOnly);
    Snapshot quotesOnly;
    quotesOnly.source = QStringLiteral("quotes.txt");
    quotesOnly.quotes.append({QStringLiteral("OGDC"), 224.96, 11.93, 5.6});
    snapshots.append(quotesOnly);

    QSqlQuery view(library.database());
    for (int i = 0; i < snapshots.size(); ++i) {
        const AddSnapshotResult added = library.addSnapshot(QByteArray("page ") + QByteArray::number(i), snapshots[i], {});
        ASSERT_TRUE(added.ok()) << added.error.toStdString();
        ASSERT_TRUE(view.prepare(QStringLiteral("SELECT headline, body, comments FROM article_text WHERE snapshot_id = ?")));
        view.addBindValue(added.id);
        ASSERT_TRUE(view.exec() && view.next());
        const searchindex::ArticleText text = searchindex::articleTextOf(snapshots[i]);
        EXPECT_EQ(text.headline, view.value(0).toString()) << i;
        EXPECT_EQ(text.body, view.value(1).toString()) << i;
        EXPECT_EQ(text.comments, view.value(2).toString()) << i;
        view.finish();
    }
    ASSERT_TRUE(library.removeSnapshot(1).ok());
    QSqlQuery q(library.database());
    EXPECT_TRUE(q.exec(QStringLiteral("INSERT INTO article_search (article_search) VALUES ('integrity-check')")))
        << q.lastError().text().toStdString();
    ArticleSearch search(library);
    EXPECT_EQ(search.search(QStringLiteral("standfirst")).hits.size(), 1);  // the first is gone, the third found
    EXPECT_EQ(search.search(QStringLiteral("\u0631\u06CC\u0679")).hits.size(), 1);
}

// Urdu (issue 24): search finds an Urdu word whichever form of its letters the query or the page typed, with
// or without diacritics; news by symbol links an Urdu story to LUCK, OGDC and the KSE-100 through the names
// Urdu papers give them.
TEST(UrduSearch, SearchAndNewsBySymbolFindAnUrduStory)
{
    QTemporaryDir dir;
    Library library(dir.filePath(QStringLiteral("library.sqlite")));
    ASSERT_TRUE(library.open().ok());
    if (!library.hasFullTextSearch())
        GTEST_SKIP() << "this SQLite has no FTS5: " << library.fullTextSearchProblem().toStdString();
    const AddSnapshotResult urdu = library.importFile(test::dataPath(QStringLiteral("urdu-cement-shares-2024-12-05.txt")));
    ASSERT_TRUE(urdu.ok()) << urdu.error.toStdString();
    const AddSnapshotResult english = library.importFile(test::dataPath(QStringLiteral("alerts-pso-news.txt")));
    ASSERT_TRUE(english.ok()) << english.error.toStdString();

    ArticleSearch search(library);
    auto found = [&](const QString &query) {
        QVector<SnapshotId> ids;
        for (const SearchHit &hit : search.search(query).hits)
            ids.append(hit.snapshotId);
        return ids;
    };
    const QVector<SnapshotId> onlyUrdu{urdu.id};
    EXPECT_EQ(found(QStringLiteral(u"لکی سیمنٹ")), onlyUrdu);
    EXPECT_EQ(found(QStringLiteral(u"لكي سيمنٹ")), onlyUrdu);   // Arabic kaf and yeh typed for Urdu's
    EXPECT_EQ(found(QStringLiteral(u"سِیمنٹ")), onlyUrdu);      // with a zer
    EXPECT_EQ(found(QStringLiteral(u"حصص")), onlyUrdu);
    EXPECT_TRUE(found(QStringLiteral(u"چاول")).isEmpty());

    const QVector<SymbolArticle> luck = search.articlesMentioning(QStringLiteral("LUCK"));
    ASSERT_EQ(luck.size(), 1);
    EXPECT_EQ(luck[0].snapshotId, urdu.id);
    EXPECT_EQ(luck[0].matches[0].part, ArticleMatch::Part::Body);
    const QVector<SymbolArticle> ogdc = search.articlesMentioning(QStringLiteral("OGDC"));
    ASSERT_EQ(ogdc.size(), 1);
    EXPECT_EQ(ogdc[0].snapshotId, urdu.id);
    // "100 انڈیکس" in the headline and "100انڈیکس" (printed together) in the text.
    bool urduIndex = false;
    for (const SymbolArticle &a : search.articlesMentioning(QStringLiteral("KSE100")))
        urduIndex = urduIndex || (a.snapshotId == urdu.id && a.matches.size() >= 2);
    EXPECT_TRUE(urduIndex);
    EXPECT_TRUE(search.articlesMentioning(QStringLiteral("PSO")).size() == 1);
}

// An index built before folding: the Urdu story leaves the index and goes in again folded; the English rows
// stay, so search works at once.
TEST(UrduSearch, AnIndexBuiltBeforeFoldingIsFoldedOnOpen)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    SnapshotId urduId = 0;
    {
        Library library(path);
        ASSERT_TRUE(library.open().ok());
        if (!library.hasFullTextSearch())
            GTEST_SKIP() << "this SQLite has no FTS5";
        const AddSnapshotResult urdu = library.importFile(test::dataPath(QStringLiteral("urdu-cement-shares-2024-12-05.txt")));
        ASSERT_TRUE(urdu.ok());
        urduId = urdu.id;
        ASSERT_TRUE(library.importFile(test::dataPath(QStringLiteral("alerts-pso-news.txt"))).ok());
        // As the last release left it: rows indexed as stored, no folding mark.
        QSqlQuery q(library.database());
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO article_search (article_search) VALUES ('delete-all')")));
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO article_search (rowid, headline, body, comments) "
                                          "SELECT snapshot_id, headline, body, comments FROM article_text")));
        ASSERT_TRUE(q.exec(QStringLiteral("DELETE FROM search_state WHERE key = 'folded'")));
    }
    Library library(path);
    ASSERT_TRUE(library.open().ok());
    QSqlQuery backlog(library.database());
    ASSERT_TRUE(backlog.exec(QStringLiteral("SELECT snapshot_id FROM search_backlog")));
    QVector<SnapshotId> waiting;
    while (backlog.next())
        waiting.append(backlog.value(0).toLongLong());
    EXPECT_EQ(waiting, QVector<SnapshotId>{urduId});
    ArticleSearch search(library);
    EXPECT_EQ(search.search(QStringLiteral("PSO")).hits.size(), 1);  // at once
    QSqlDatabase db = library.database();
    ASSERT_TRUE(searchindex::indexBacklog(db, {}, nullptr));
    EXPECT_EQ(search.search(QStringLiteral(u"لكي سيمنٹ")).hits.size(), 1);
}
