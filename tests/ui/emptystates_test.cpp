// Honest empty states: with a page open, each panel says what that page lacks and why (the parser's own
// warning), a story-only page opens on its Article tab, and an empty candle grid says why it is empty.
#include "core/load/snapshotopener.h"
#include "core/parse/pagegaps.h"
#include "tests/ui/uitestsupport.h"
#include "tests/ui/windowtestsupport.h"
#include "ui/articlereader.h"
#include "ui/dashboardpage.h"
#include "ui/indexchartview.h"
#include "ui/library/historychartview.h"
#include "ui/library/symbolhistoryview.h"
#include "ui/mainwindow.h"
#include "ui/moversview.h"
#include "ui/tickerstrip.h"

#include <QChart>
#include <QCategoryAxis>
#include <QTabWidget>
#include <QValueAxis>

using namespace md;
using namespace md::test;
using md::ui::MainWindow;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(MARKETDESK_TEST_DATA_DIR "/") + QLatin1String(name);
}

} // namespace

TEST(EmptyStates, AStoryOnlyPageOpensOnItsArticleAndSaysItHasNoMarketData)
{
    clearSettings();
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    ui::DashboardPage *page = window.dashboard();
    page->tabs()->setCurrentWidget(page->view(QStringLiteral("charts")));
    ASSERT_TRUE(openAndWait(window, {fixture("propakistani-2023-12-01-top-volumes.txt")}).isEmpty());

    EXPECT_EQ(page->tabs()->currentWidget(), page->view(QStringLiteral("article")));
    const QString lacks = QStringLiteral("This page has no market data.\n"
                                         "It is a news page whose copy carries no ticker of quotes or indices.");
    EXPECT_EQ(page->ticker()->itemCount(), 0);
    EXPECT_EQ(page->ticker()->emptyText(), lacks);
    auto *charts = qobject_cast<ui::IndexChartView *>(page->view(QStringLiteral("charts")));
    EXPECT_EQ(charts->emptyText(), lacks);
    EXPECT_FALSE(charts->emptyText().contains(QStringLiteral("Open a snapshot")));
    EXPECT_EQ(page->movers()->emptyText(), lacks);
    auto *reader = qobject_cast<ui::ArticleReader *>(page->view(QStringLiteral("article")));
    EXPECT_TRUE(reader->plainText().startsWith(QStringLiteral("Cement stocks lead PSX recovery")));
}

TEST(EmptyStates, AnExchangeBoardSaysItHasNoStoryAndStaysOnItsCharts)
{
    clearSettings();
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    ui::DashboardPage *page = window.dashboard();
    page->tabs()->setCurrentWidget(page->view(QStringLiteral("charts")));
    const QStringList errors = openAndWait(window, {fixture("psx-market-watch-badges.html")});
    ASSERT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString();
    // The ticker lays its items out on the next turn of the event loop after its model changes.
    EXPECT_TRUE(QTest::qWaitFor([&] { return page->ticker()->itemCount() > 0; }, 5000));
    auto *reader = qobject_cast<ui::ArticleReader *>(page->view(QStringLiteral("article")));
    EXPECT_EQ(reader->plainText(), QStringLiteral("No article text was found in this page.\n"
                                                  "It is one of the exchange's own publications: prices, no story."));
    EXPECT_EQ(page->tabs()->currentWidget(), page->view(QStringLiteral("charts")));
}

TEST(EmptyStates, NoMarketDataGivesTheParsersReasonWhereItHasOne)
{
    Snapshot holiday;
    holiday.kind = SnapshotKind::HistoricalSession;
    holiday.warnings.append(QStringLiteral("No trading on 2024-12-25: the historical page lists no companies."));
    const PageGaps gaps = pageGaps(holiday);
    EXPECT_TRUE(gaps.noMarketData);
    EXPECT_EQ(gaps.marketData, QStringLiteral("This page has no market data.\n"
                                              "No trading on 2024-12-25: the historical page lists no companies."));
}

TEST(EmptyStates, AStoryWhoseBodyWasNotFoundGivesTheParsersReason)
{
    clearSettings();
    MainWindow window;
    Snapshot headlineOnly;
    headlineOnly.source = QStringLiteral("/tmp/headline-only.html");
    headlineOnly.format = SnapshotFormat::Html;
    headlineOnly.capturedAt = Timestamp::fromWallClock(QDate(2024, 12, 10), QTime(9, 0), 5 * 3600);
    headlineOnly.quotes.append(Quote(QStringLiteral("OGDC"), 180.5, 1.5, 0.84));
    headlineOnly.warnings.append(QStringLiteral("The page has a headline but no article text was found."));
    const PageGaps gaps = pageGaps(headlineOnly);
    EXPECT_FALSE(gaps.noMarketData);
    EXPECT_TRUE(gaps.noArticle);
    EXPECT_FALSE(gaps.articleOnly());

    OpenResult batch;
    OpenedSnapshot opened;
    opened.key = headlineOnly.source;
    opened.snapshot = headlineOnly;
    batch.opened.append(opened);
    window.session()->applyOpenResult(batch);
    auto *reader = qobject_cast<ui::ArticleReader *>(window.dashboard()->view(QStringLiteral("article")));
    EXPECT_EQ(reader->plainText(), QStringLiteral("No article text was found in this page.\n"
                                                  "The page has a headline but no article text was found."));
}

TEST(EmptyStates, AnEmptyCandleGridSaysWhyAndDrawsNoAxes)
{
    ui::SymbolHistoryView view;
    view.resize(1100, 650);
    view.setBars(QString(), {});
    EXPECT_EQ(view.priceChart()->chart()->title(), QStringLiteral("Choose a symbol to chart its daily sessions."));
    view.setBars(QStringLiteral("NOPE"), {});
    EXPECT_EQ(view.priceChart()->chart()->title(), QStringLiteral("The library has no daily prices of NOPE."));
    EXPECT_FALSE(view.priceChart()->chart()->title().contains(QStringLiteral("open, high or low")));
    EXPECT_FALSE(view.priceChart()->timeAxis()->isVisible());
    EXPECT_FALSE(view.priceChart()->valueAxis()->isVisible());
}
