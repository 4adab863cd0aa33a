// One story once: the same story saved as HTML and MHTML, or at several times, is one entry with its copies in
// the library list, one hit in search and news by symbol, one alert, and one row on the dashboard.
#include "core/alerts/alertengine.h"
#include "core/alerts/alertstore.h"
#include "core/library/articlesearch.h"
#include "core/library/library.h"
#include "core/library/storyidentity.h"
#include "core/load/snapshotloader.h"
#include "core/models/librarylistmodel.h"
#include "core/models/snapshotcollection.h"
#include "testdata.h"
#include "ui/library/compareview.h"
#include "ui/library/libraryview.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTreeView>

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <vector>

using namespace md;

namespace {

const QString kCementHtml = QStringLiteral("brecorder-2025-01-29-cement.html");
const QString kCementChrome = QStringLiteral("brecorder-2025-01-29-cement-chrome.mhtml");
const QString kCementBase64 = QStringLiteral("brecorder-2025-01-29-cement-base64.mhtml");
const QString kCementAddress = QStringLiteral("https://www.brecorder.com/news/40345678/cement-makers-lead-psx-higher-as-budget-hopes-build");

QByteArray fixtureBytes(const QString &name)
{
    QFile file(test::dataPath(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

class StoryIdentityTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_library = std::make_unique<Library>(m_dir.filePath(QStringLiteral("library.sqlite")));
        ASSERT_TRUE(m_library->open().ok());
    }

    SnapshotId importFixture(const QString &name)
    {
        const AddSnapshotResult r = m_library->importFile(test::dataPath(name));
        EXPECT_EQ(r.outcome, AddSnapshotResult::Outcome::Added) << r.error.toStdString();
        return r.id;
    }

    // A copy of a fixture with some words replaced, written to the test's folder and imported.
    SnapshotId importEdited(const QString &fixture, const QString &fileName,
                            const std::vector<std::pair<QByteArray, QByteArray>> &replacements)
    {
        QByteArray bytes = fixtureBytes(fixture);
        for (const auto &[from, to] : replacements) {
            EXPECT_TRUE(bytes.contains(from)) << from.toStdString();
            bytes.replace(from, to);
        }
        const QString path = m_dir.filePath(fileName);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        const AddSnapshotResult r = m_library->importFile(path);
        EXPECT_EQ(r.outcome, AddSnapshotResult::Outcome::Added) << r.error.toStdString();
        return r.id;
    }

    SnapshotId storyOf(SnapshotId id) const { return m_library->stories().value(id, 0); }

    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
};

} // namespace

TEST(StoryKeysTest, AddressesCompareWithoutSchemeWwwFragmentOrTrailingSlash)
{
    EXPECT_EQ(storyAddressKey(QStringLiteral("https://www.brecorder.com/news/40345678/cement/")),
              storyAddressKey(QStringLiteral("http://brecorder.com/news/40345678/cement#comments")));
    EXPECT_EQ(storyAddressKey(QStringLiteral("https://www.brecorder.com/news/40345678/cement")),
              QStringLiteral("brecorder.com/news/40345678/cement"));
    EXPECT_NE(storyAddressKey(QStringLiteral("https://brecorder.com/news/1")),
              storyAddressKey(QStringLiteral("https://brecorder.com/news/2")));
    EXPECT_TRUE(storyAddressKey(QStringLiteral("page.html")).isEmpty());
}

TEST(StoryKeysTest, HeadlinesAndBodiesCompareAcrossCaseSpacesAndTypographicMarks)
{
    EXPECT_EQ(storyHeadlineKey(QStringLiteral("Cement makers\u00A0lead PSX \u2018higher\u2019")),
              storyHeadlineKey(QStringLiteral("cement makers lead  PSX 'higher'")));
    EXPECT_EQ(storyBodyKey({QStringLiteral("KARACHI: Shares rose \u2014 a lot."), QStringLiteral("Fear")}),
              storyBodyKey({QStringLiteral("KARACHI:  shares rose - a lot."), QStringLiteral("fear")}));
    EXPECT_NE(storyBodyKey({QStringLiteral("Shares rose.")}), storyBodyKey({QStringLiteral("Shares fell.")}));
    EXPECT_TRUE(storyBodyKey({}).isEmpty());
}

TEST(StoryKeysTest, TheAddressDecidesWhereBothPagesGiveOneElseHeadlineAndBody)
{
    const StoryFacts a{1, QStringLiteral("h"), QByteArray("body1")};
    const StoryFacts sameWords{2, QStringLiteral("h"), QByteArray("body1")};
    const StoryFacts otherBody{3, QStringLiteral("h"), QByteArray("body2")};
    EXPECT_TRUE(isSameStory(a, {}, sameWords, {}));
    EXPECT_FALSE(isSameStory(a, {}, otherBody, {}));
    EXPECT_TRUE(isSameStory(a, QStringLiteral("x.com/1"), otherBody, QStringLiteral("x.com/1")));  // updated
    EXPECT_FALSE(isSameStory(a, QStringLiteral("x.com/1"), sameWords, QStringLiteral("y.com/1")));  // two sites
    EXPECT_TRUE(isSameStory(a, QStringLiteral("x.com/1"), sameWords, {}));  // a text copy of the page

    // Only articles sharing a headline or a body are compared, so only their addresses are read.
    QStringList asked;
    const QHash<SnapshotId, SnapshotId> story = groupStories(
        {a, sameWords, otherBody, StoryFacts{4, QStringLiteral("other"), QByteArray("body4")}},
        [&asked](SnapshotId id) {
            asked.append(QString::number(id));
            return QString();
        });
    EXPECT_EQ(story.value(1), 1);
    EXPECT_EQ(story.value(2), 1);
    EXPECT_EQ(story.value(3), 3);
    EXPECT_EQ(story.value(4), 4);
    EXPECT_FALSE(asked.contains(QStringLiteral("4")));
}

TEST(StoryKeysTest, ARecurringColumnsPagesAreNotReadForTheirAddress)
{
    // 17 days of "PSX close of day", each with its own text: 17 stories, told apart without reading a page.
    QVector<StoryFacts> days;
    for (int day = 1; day <= 17; ++day)
        days.append({day, QStringLiteral("psx close of day"), QByteArray::number(day)});
    int asked = 0;
    const QHash<SnapshotId, SnapshotId> story = groupStories(days, [&asked](SnapshotId) {
        ++asked;
        return QStringLiteral("brecorder.com/same");  // would make them one story, were it asked
    });
    EXPECT_EQ(asked, 0);
    QSet<SnapshotId> stories;
    for (SnapshotId s : story)
        stories.insert(s);
    EXPECT_EQ(stories.size(), 17);
}

TEST_F(StoryIdentityTest, OneStorySavedAsHtmlAndTwoMhtmlsIsOneEntryWithThreeCopies)
{
    const SnapshotId html = importFixture(kCementHtml);
    const SnapshotId chrome = importFixture(kCementChrome);
    const SnapshotId base64 = importFixture(kCementBase64);
    const SnapshotId other = importFixture(QStringLiteral("alerts-pso-news.txt"));

    const QVector<LibraryEntry> entries = m_library->listSnapshots();
    ASSERT_EQ(entries.size(), 4);  // every copy is kept
    for (const LibraryEntry &e : entries)
        EXPECT_EQ(e.storyId, e.id == other ? other : html) << e.id;

    LibraryListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setEntries(entries);
    ASSERT_EQ(model.rowCount(), 2);
    const QModelIndex story = model.indexOf(html).parent().isValid() ? model.indexOf(html).parent() : model.indexOf(html);
    ASSERT_TRUE(story.isValid());
    EXPECT_FALSE(story.parent().isValid());
    ASSERT_EQ(model.rowCount(story), 3);
    EXPECT_EQ(model.rowCount(model.index(model.rowOf(other), 0)), 0);
    EXPECT_EQ(story.siblingAtColumn(LibraryListModel::HeadlineColumn).data().toString(),
              QStringLiteral("Cement makers lead PSX higher as budget hopes build \u00B7 3 copies"));
    // The story's formats, each once; each copy with its own format and market time.
    const QString formats = story.siblingAtColumn(LibraryListModel::FormatColumn).data().toString();
    EXPECT_TRUE(formats == QLatin1String("html, mhtml") || formats == QLatin1String("mhtml, html")) << formats.toStdString();
    std::vector<SnapshotId> copies;
    std::vector<QString> copyFormats;
    for (int row = 0; row < 3; ++row) {
        const QModelIndex copy = model.index(row, 0, story);
        copies.push_back(copy.data(LibraryListModel::SnapshotIdRole).toLongLong());
        copyFormats.push_back(copy.siblingAtColumn(LibraryListModel::FormatColumn).data().toString());
        EXPECT_FALSE(copy.siblingAtColumn(LibraryListModel::CapturedColumn).data().toString().isEmpty());
        EXPECT_TRUE(copy.siblingAtColumn(LibraryListModel::HeadlineColumn).data().toString().endsWith(QLatin1String(" copy")));
    }
    std::sort(copies.begin(), copies.end());
    EXPECT_EQ(copies, (std::vector<SnapshotId>{html, chrome, base64}));
    std::sort(copyFormats.begin(), copyFormats.end());
    EXPECT_EQ(copyFormats, (std::vector<QString>{QStringLiteral("html"), QStringLiteral("mhtml"), QStringLiteral("mhtml")}));
    QVariantList all = story.data(LibraryListModel::CopyIdsRole).toList();
    EXPECT_EQ(all.size(), 3);
    EXPECT_TRUE(story.siblingAtColumn(LibraryListModel::FormatColumn).data(Qt::ToolTipRole).toString()
                    .startsWith(QLatin1String("The same story, saved 3 times:")));
}

TEST_F(StoryIdentityTest, TwoStoriesWithOneHeadlineButDifferentBodiesStayTwo)
{
    const SnapshotId first = importFixture(QStringLiteral("alerts-pso-news.txt"));
    const SnapshotId second = importEdited(QStringLiteral("alerts-pso-news.txt"), QStringLiteral("pso-next-day.txt"),
                                           {{"rose 3.5 percent on Tuesday", "fell 2.1 percent on Wednesday"}});
    const SnapshotId copy = importEdited(QStringLiteral("alerts-pso-news.txt"), QStringLiteral("pso-again.txt"),
                                         {{"PSO looks cheap even after today.", "PSO looks cheap even now."}});
    EXPECT_EQ(storyOf(first), first);
    EXPECT_EQ(storyOf(second), second);
    EXPECT_EQ(storyOf(copy), first);  // the same story saved again, with one more comment changed

    LibraryListModel model;
    model.setEntries(m_library->listSnapshots());
    EXPECT_EQ(model.rowCount(), 2);
}

TEST_F(StoryIdentityTest, TheCanonicalAddressComesFirst)
{
    const SnapshotId page = importFixture(kCementHtml);
    // The same page saved later, after the story was edited: one story.
    const SnapshotId updated = importEdited(kCementHtml, QStringLiteral("updated.html"),
                                            {{"Cement and fertiliser shares carried", "Cement and steel shares carried"}});
    // The same words under another address (syndicated elsewhere): another story.
    const SnapshotId elsewhere = importEdited(kCementHtml, QStringLiteral("elsewhere.html"),
                                              {{"https://www.brecorder.com/news/40345678/", "https://example.com/story/7/"}});
    EXPECT_EQ(storyOf(updated), page);
    EXPECT_EQ(storyOf(elsewhere), elsewhere);

    const SnapshotLoadResult parsed = loadSnapshotFile(test::dataPath(kCementHtml));
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(parsed.snapshot->pageAddress, kCementAddress);
    const SnapshotLoadResult archived = loadSnapshotFile(test::dataPath(kCementBase64));
    ASSERT_TRUE(archived.ok());
    EXPECT_EQ(storyAddressKey(archived.snapshot->pageAddress), storyAddressKey(kCementAddress));
}

TEST_F(StoryIdentityTest, SearchAndNewsBySymbolCountAStoryOnce)
{
    const SnapshotId html = importFixture(kCementHtml);
    importFixture(kCementChrome);
    importFixture(kCementBase64);

    ArticleSearch search(*m_library);
    const SearchResults found = search.search(QStringLiteral("cement makers"));
    ASSERT_TRUE(found.error.isEmpty()) << found.error.toStdString();
    ASSERT_EQ(found.hits.size(), 1);
    EXPECT_EQ(found.hits[0].copies, 3);
    EXPECT_EQ(m_library->stories().value(found.hits[0].snapshotId), html);

    const QVector<SymbolArticle> news = search.articlesMentioning(QStringLiteral("OGDC"), QStringLiteral("Oil and Gas Development Company"));
    ASSERT_EQ(news.size(), 1);
    EXPECT_EQ(news[0].copies, 3);
}

TEST_F(StoryIdentityTest, ANewsAlertFiresOnceForAStorySavedThreeTimes)
{
    AlertStore store(*m_library);
    ASSERT_TRUE(store.addRule(QStringLiteral("keyword \"cement\"")).ok());
    AlertEngine engine(*m_library);
    int fired = 0;
    for (const QString &name : {kCementHtml, kCementChrome, kCementBase64})
        fired += int(engine.evaluate(importFixture(name), EvaluationMode::Live).size());
    EXPECT_EQ(fired, 1);
}

TEST_F(StoryIdentityTest, TheSamePageOpenedTwiceIsShownOnce)
{
    SnapshotCollection open;
    for (const QString &name : {kCementHtml, kCementChrome, kCementBase64}) {
        SnapshotLoadResult loaded = loadSnapshotFile(test::dataPath(name));
        ASSERT_TRUE(loaded.ok());
        open.add({*loaded.snapshot, test::dataPath(name), {}});
    }
    EXPECT_EQ(open.count(), 1);
    EXPECT_EQ(open.keyAt(0), test::dataPath(kCementBase64));  // the last read takes the place

    // Another page, and the same story under another moment's ticker, are rows of their own.
    SnapshotLoadResult pso = loadSnapshotFile(test::dataPath(QStringLiteral("alerts-pso-news.txt")));
    ASSERT_TRUE(pso.ok());
    open.add({*pso.snapshot, QStringLiteral("pso"), {}});
    Snapshot later = *pso.snapshot;
    later.quotes[0].price += 1.0;
    open.add({later, QStringLiteral("pso-later"), {}});
    EXPECT_EQ(open.count(), 3);

    // The same market-watch page from two files is one board.
    SnapshotLoadResult board = loadSnapshotFile(test::dataPath(QStringLiteral("psx-market-watch-badges.html")));
    ASSERT_TRUE(board.ok());
    open.add({*board.snapshot, QStringLiteral("watch.html"), {}});
    open.add({*board.snapshot, QStringLiteral("watch (1).html"), {}});
    EXPECT_EQ(open.count(), 4);
}

TEST_F(StoryIdentityTest, TheLibraryViewListsAStoryOnceAndRemovesEveryCopy)
{
    importFixture(kCementHtml);
    importFixture(kCementChrome);
    importFixture(kCementBase64);
    const SnapshotId other = importFixture(QStringLiteral("alerts-pso-news.txt"));

    ui::LibraryView view(m_library.get());
    view.setConfirmRemoval(false);
    view.resize(1000, 400);
    view.show();
    QTreeView *tree = view.table();
    ASSERT_EQ(tree->model()->rowCount(), 2);
    EXPECT_TRUE(view.statusText().startsWith(QLatin1String("4 snapshots")));
    EXPECT_TRUE(view.statusText().contains(QLatin1String("listed once"))) << view.statusText().toStdString();

    int storyRow = -1;
    for (int row = 0; row < 2; ++row) {
        if (tree->model()->rowCount(tree->model()->index(row, 0)) == 3)
            storyRow = row;
    }
    ASSERT_GE(storyRow, 0);
    const QModelIndex story = tree->model()->index(storyRow, 0);
    tree->expand(story);
    EXPECT_TRUE(tree->isExpanded(story));
    view.selectIds({story.data(LibraryListModel::SnapshotIdRole).toLongLong()});
    ASSERT_EQ(view.selectedCopies().size(), 3);
    view.removeSelected();
    EXPECT_EQ(m_library->snapshotCount(), 1);
    EXPECT_EQ(tree->model()->rowCount(), 1);
    EXPECT_TRUE(view.selectedIds().isEmpty());
    EXPECT_EQ(tree->model()->index(0, 0).data(LibraryListModel::SnapshotIdRole).toLongLong(), other);
}

TEST_F(StoryIdentityTest, ComparesPickersNeverShowTwoIdenticalLabels)
{
    importFixture(kCementHtml);
    importFixture(kCementChrome);
    importFixture(kCementBase64);
    importFixture(QStringLiteral("psx-closing-rates-14JUN2024.lis"));

    ui::CompareView view(m_library.get());
    const QList<QComboBox *> boxes = view.findChildren<QComboBox *>();
    ASSERT_GE(boxes.size(), 2);
    for (QComboBox *picker : {boxes[0], boxes[1]}) {
        ASSERT_EQ(picker->count(), 4);
        std::set<QString> labels;
        for (int i = 0; i < picker->count(); ++i)
            labels.insert(picker->itemText(i));
        EXPECT_EQ(labels.size(), 4u);
        int formatsShown = 0;
        for (const QString &label : labels) {
            formatsShown += label.contains(QStringLiteral("\u00B7 HTML")) || label.contains(QStringLiteral("\u00B7 MHTML"))
                         || label.contains(QStringLiteral("\u00B7 TEXT"));
            EXPECT_FALSE(label.contains(QLatin1String("(no headline)"))) << label.toStdString();
        }
        EXPECT_EQ(formatsShown, 4);
        EXPECT_TRUE(std::any_of(labels.begin(), labels.end(), [](const QString &l) {
            return l.contains(QStringLiteral("PSX closing rates \u00B7 14 Jun 2024 \u00B7 TEXT"));
        }));
    }
}
