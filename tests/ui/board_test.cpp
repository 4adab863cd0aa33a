// The Dashboard's board: the Sectors view, Most Active and Watchlist in the movers, their columns, stars from
// the movers and the ticker through the one watchlist, the ticker's whole board and watchlist first.
#include "core/csv/opensnapshottables.h"
#include "core/models/modelroles.h"
#include "core/models/quotesmodel.h"
#include "core/models/sectorsummarymodel.h"
#include "core/models/tickerproxymodel.h"
#include "core/session/snapshotsession.h"
#include "core/session/snapshotworkspace.h"
#include "core/session/watchedsymbols.h"
#include "core/settings/settings.h"
#include "tests/ui/uitestsupport.h"
#include "ui/dashboardpage.h"
#include "ui/moversview.h"
#include "ui/screenshot.h"
#include "ui/sectorsview.h"
#include "ui/tickerstrip.h"

#include <QAbstractButton>
#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace md;
using namespace md::test;
using md::ui::DashboardPage;
using Direction = md::MoversProxyModel::Direction;

namespace {

const char *const kSectors[] = {"CEMENT", "BANKS", "OIL & GAS EXPLORATION COMPANIES", "TECHNOLOGY"};

// A market-watch board of n symbols over four sectors: S0 trades least, S(n-1) most; every third is down,
// every fifth unchanged; S0..S9 are KSE-30 members.
Snapshot board(int n)
{
    Snapshot s;
    s.source = QStringLiteral("market-watch.html");
    s.kind = SnapshotKind::MarketWatch;
    s.format = SnapshotFormat::Html;
    s.capturedAt = Timestamp::fromIsoString(QStringLiteral("2024-12-10T15:40:00+05:00"));
    s.indices = {indexValue("KSE100", 113247.0, 609.0, 0.54)};
    for (int i = 0; i < n; ++i) {
        const double change = i % 5 == 0 ? 0.0 : (i % 3 == 0 ? -1.0 : 0.5 + i * 0.01);
        Quote q(QStringLiteral("S%1").arg(i), 100.0 + i, change, change);
        q.previousClose = q.price - change;
        q.volume = 1000 + i * 10;
        q.sector = QString::fromLatin1(kSectors[i % 4]);
        if (i < 10)
            q.listedIn = QStringLiteral("KSE100,KSE30");
        s.quotes.append(q);
    }
    return s;
}

Snapshot newsPage()
{
    return loadFixture(QStringLiteral("psx-close-2024-12-10.txt"));
}

class BoardTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        clearSettings();
        ASSERT_TRUE(session.openLibrary(dir.filePath(QStringLiteral("library.sqlite"))).ok());
        page = std::make_unique<DashboardPage>(session.workspace(), session.watchlist());
        page->setLibraryAvailable(true);
        page->resize(1280, 800);
    }
    void TearDown() override
    {
        page.reset();
        clearSettings();
    }

    void open(const Snapshot &snapshot)
    {
        session.workspace()->collection()->add(opened(snapshot, snapshot.source));
        session.workspace()->collection()->setCurrentRow(session.workspace()->collection()->rowOfKey(snapshot.source));
    }

    QStringList moversSymbols() const { return columnText(*page->movers()->proxy(), 0); }

    QTemporaryDir dir;
    SnapshotSession session;
    std::unique_ptr<DashboardPage> page;
};

} // namespace

TEST_F(BoardTest, SectorsViewListsEverySectorBusiestFirstAndSortsByAnyColumn)
{
    open(board(40));
    md::ui::SectorsView *view = page->sectors();
    EXPECT_TRUE(view->isTableShown());
    const QAbstractItemModel *rows = view->table()->model();
    ASSERT_EQ(rows->rowCount(), 4);
    // Volume descending by default: sector 3 (TECHNOLOGY) holds the busiest symbols.
    EXPECT_EQ(columnText(*rows, SectorSummaryModel::SectorColumn),
              texts({"TECHNOLOGY", "OIL & GAS EXPLORATION COMPANIES", "BANKS", "CEMENT"}));
    EXPECT_EQ(columnText(*rows, SectorSummaryModel::SymbolsColumn), texts({"10", "10", "10", "10"}));
    view->table()->sortByColumn(SectorSummaryModel::SectorColumn, Qt::AscendingOrder);
    EXPECT_EQ(columnText(*rows, SectorSummaryModel::SectorColumn),
              texts({"BANKS", "CEMENT", "OIL & GAS EXPLORATION COMPANIES", "TECHNOLOGY"}));
    view->table()->sortByColumn(SectorSummaryModel::DeclinersColumn, Qt::DescendingOrder);
    const QStringList decliners = columnText(*rows, SectorSummaryModel::DeclinersColumn, RawValueRole);
    EXPECT_TRUE(std::is_sorted(decliners.rbegin(), decliners.rend(),
                               [](const QString &a, const QString &b) { return a.toInt() < b.toInt(); }));
    EXPECT_TRUE(view->summaryText().startsWith(QStringLiteral("4 sectors, 40 symbols:"))) << view->summaryText().toStdString();
}

TEST_F(BoardTest, SectorsViewSaysSoWhenTheSnapshotHasNoSectors)
{
    open(newsPage());
    md::ui::SectorsView *view = page->sectors();
    EXPECT_FALSE(view->isTableShown());
    EXPECT_TRUE(view->emptyText().contains(QStringLiteral("names no sectors"))) << view->emptyText().toStdString();
    open(board(8));
    EXPECT_TRUE(view->isTableShown());
}

TEST_F(BoardTest, DoubleClickingASectorFiltersTheMoversToIt)
{
    open(board(40));
    md::ui::SectorsView *view = page->sectors();
    page->show();
    page->showView(view);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(page.get()));
    view->table()->sortByColumn(SectorSummaryModel::SectorColumn, Qt::AscendingOrder);
    QCoreApplication::processEvents();
    const QRect cell = view->table()->visualRect(view->table()->model()->index(1, 0));  // CEMENT
    ASSERT_TRUE(view->table()->viewport()->rect().contains(cell.center())) << cell.x() << "," << cell.y();
    QSignalSpy activated(view, &md::ui::SectorsView::sectorActivated);
    QTest::mouseClick(view->table()->viewport(), Qt::LeftButton, {}, cell.center());  // a double-click follows a press
    QTest::mouseDClick(view->table()->viewport(), Qt::LeftButton, {}, cell.center());
    ASSERT_EQ(activated.count(), 1);
    EXPECT_EQ(page->movers()->proxy()->sectorFilter(), std::optional<QString>(QStringLiteral("CEMENT")));
    EXPECT_EQ(page->movers()->proxy()->rowCount(), 10);
    // Selecting a symbol of another sector (the ticker's click) shows every sector again.
    EXPECT_TRUE(page->movers()->selectSymbol(QStringLiteral("S1")));
    EXPECT_FALSE(page->movers()->proxy()->sectorFilter().has_value());
}

TEST_F(BoardTest, MoversShowVolumePrevCloseAndSectorOnlyWhenTheSnapshotHasThem)
{
    QTableView *table = page->movers()->table();
    open(board(12));
    for (int column : {int(QuotesModel::VolumeColumn), int(QuotesModel::PreviousCloseColumn), int(QuotesModel::SectorColumn)})
        EXPECT_FALSE(table->isColumnHidden(column)) << column;
    open(newsPage());
    for (int column : {int(QuotesModel::VolumeColumn), int(QuotesModel::PreviousCloseColumn), int(QuotesModel::SectorColumn)})
        EXPECT_TRUE(table->isColumnHidden(column)) << column;
    EXPECT_FALSE(table->isColumnHidden(QuotesModel::PriceColumn));
}

TEST_F(BoardTest, MostActiveIsOfferedOnlyWithVolumesAndListsTheBusiestFirst)
{
    QAbstractButton *active = page->movers()->switchButton(Direction::MostActive);
    open(newsPage());
    EXPECT_FALSE(active->isEnabled());
    open(board(40));
    EXPECT_TRUE(active->isEnabled());
    active->click();
    EXPECT_EQ(page->movers()->direction(), Direction::MostActive);
    const QStringList symbols = moversSymbols();
    ASSERT_EQ(symbols.size(), 30);
    EXPECT_EQ(symbols.first(), QStringLiteral("S39"));
    EXPECT_EQ(symbols.last(), QStringLiteral("S10"));
    // The visible rows are what "Export visible rows" writes, in the same order.
    const CsvTable csv = moversTable(*page->movers()->proxy());
    ASSERT_EQ(csv.rowCount(), 30);
    EXPECT_EQ(csv.header(), texts({"symbol", "price", "change", "change_percent"}));
    EXPECT_EQ(csv.cell(0, 0).text, QStringLiteral("S39"));
    EXPECT_DOUBLE_EQ(csv.cell(0, 1).number, 139.0);
    EXPECT_EQ(csv.cell(29, 0).text, QStringLiteral("S10"));
}

TEST_F(BoardTest, StarringFromTheMoversKeyboardFillsTheWatchlistFilter)
{
    open(board(12));
    page->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(page.get()));
    md::ui::MoversView *movers = page->movers();
    ASSERT_TRUE(movers->selectSymbol(QStringLiteral("S4")));
    movers->table()->setFocus();
    EXPECT_EQ(movers->watchAction()->text(), QStringLiteral("Add to &Watchlist"));
    QTest::keyClick(movers->table(), Qt::Key_D, Qt::ControlModifier);
    EXPECT_TRUE(session.watchlist()->contains(QStringLiteral("S4")));
    EXPECT_EQ(movers->watchAction()->text(), QStringLiteral("Remove from &Watchlist"));
    const QModelIndex s4 = movers->proxy()->index(movers->selectedRows().first(), 0);
    EXPECT_TRUE(s4.data(WatchedRole).toBool());
    session.watchlist()->setWatched(QStringLiteral("S7"), true);  // from elsewhere (the ticker)
    movers->switchButton(Direction::Watchlist)->click();
    EXPECT_EQ(movers->direction(), Direction::Watchlist);
    movers->table()->sortByColumn(QuotesModel::SymbolColumn, Qt::AscendingOrder);
    EXPECT_EQ(moversSymbols(), texts({"S4", "S7"}));
    // Unstarring takes the row out of the filter.
    ASSERT_TRUE(movers->selectSymbol(QStringLiteral("S4")));
    movers->watchAction()->trigger();
    EXPECT_FALSE(session.watchlist()->contains(QStringLiteral("S4")));
    EXPECT_EQ(moversSymbols(), texts({"S7"}));
}

TEST_F(BoardTest, WithoutALibraryTheStarsAreDisabledAndSayWhy)
{
    SnapshotSession noLibrary;
    DashboardPage bare(noLibrary.workspace(), noLibrary.watchlist());
    noLibrary.workspace()->collection()->add(opened(board(6), QStringLiteral("b")));
    noLibrary.workspace()->collection()->setCurrentRow(0);
    ASSERT_TRUE(bare.movers()->selectSymbol(QStringLiteral("S1")));
    EXPECT_FALSE(bare.movers()->watchAction()->isEnabled());
    EXPECT_TRUE(bare.movers()->watchAction()->toolTip().contains(QStringLiteral("no library")));
    EXPECT_FALSE(bare.movers()->switchButton(Direction::Watchlist)->isEnabled());
    bare.resize(1200, 600);
    bare.ticker()->setStaticMode(true);
    bare.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&bare));
    QCoreApplication::processEvents();
    const QRect item = bare.ticker()->itemRect(QStringLiteral("S1"));
    ASSERT_FALSE(item.isNull());
    std::unique_ptr<QMenu> menu(bare.ticker()->createContextMenu(item.center(), nullptr));
    ASSERT_TRUE(menu);
    QAction *star = menu->actions().first();
    EXPECT_FALSE(star->isEnabled());
    EXPECT_TRUE(star->toolTip().contains(QStringLiteral("no library")));
}

TEST_F(BoardTest, TheTickerStarsThroughTheWatchlistAndPutsItFirstWhenAsked)
{
    open(board(12));
    md::ui::TickerStrip *ticker = page->ticker();
    ticker->setStaticMode(true);
    page->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(page.get()));
    QCoreApplication::processEvents();
    EXPECT_EQ(ticker->itemNames().mid(0, 3), texts({"KSE100", "S0", "S1"}));
    const QRect item = ticker->itemRect(QStringLiteral("S2"));
    ASSERT_FALSE(item.isNull());
    std::unique_ptr<QMenu> menu(ticker->createContextMenu(item.center(), nullptr));
    ASSERT_TRUE(menu);
    QAction *star = menu->actions().first();
    EXPECT_EQ(star->text(), QStringLiteral("Add S2 to Watchlist"));
    star->trigger();
    EXPECT_TRUE(session.watchlist()->contains(QStringLiteral("S2")));
    QCoreApplication::processEvents();  // the strip rebuilds after the models' change
    EXPECT_TRUE(ticker->isWatchedItem(QStringLiteral("S2")));
    EXPECT_FALSE(ticker->isWatchedItem(QStringLiteral("S1")));
    page->setTickerWatchlistFirst(true);
    EXPECT_TRUE(settings::tickerWatchlistFirst.value());
    session.watchlist()->setWatched(QStringLiteral("S9"), true);
    session.watchlist()->setWatched(QStringLiteral("KSE100"), true);
    QCoreApplication::processEvents();
    EXPECT_EQ(ticker->itemNames().mid(0, 4), texts({"KSE100", "S2", "S9", "S0"}));
    std::unique_ptr<QMenu> again(ticker->createContextMenu(ticker->itemRect(QStringLiteral("S2")).center(), nullptr));
    EXPECT_EQ(again->actions().first()->text(), QStringLiteral("Remove S2 from Watchlist"));
}

TEST_F(BoardTest, TheTickerShowsTheNewsTickersThirtyOrTheWholeBoardRemembered)
{
    open(board(50));
    md::ui::TickerStrip *ticker = page->ticker();
    ticker->setStaticMode(true);
    page->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(page.get()));
    QCoreApplication::processEvents();
    // The board lists ten KSE-30 members: those, after the index.
    EXPECT_EQ(ticker->itemCount(), 1 + 10);
    page->setTickerWholeBoard(true);
    QCoreApplication::processEvents();
    EXPECT_EQ(ticker->itemCount(), 1 + 50);
    EXPECT_TRUE(settings::tickerWholeBoard.value());
    DashboardPage again(session.workspace(), session.watchlist());
    EXPECT_EQ(again.tickerQuotes()->selection(), TickerProxyModel::Selection::WholeBoard);
}

TEST_F(BoardTest, NamesTheSectorsAndWatchlistViews)
{
    open(board(6));
    EXPECT_EQ(page->view(QStringLiteral("sectors")), page->sectors());
    QWidget *watchlist = page->view(QStringLiteral("watchlist"));
    ASSERT_NE(watchlist, nullptr);
    EXPECT_TRUE(watchlist->isAncestorOf(page->movers()));
    page->showView(watchlist);
    EXPECT_EQ(page->movers()->direction(), Direction::Watchlist);
    page->showView(page->sectors());
    EXPECT_EQ(page->tabs()->currentWidget(), page->sectors());
}

TEST(BoardScreenshot, TheSectorsViewOfAMarketWatchPageAndTheWatchlistViewRender)
{
    md::ui::ScreenshotRequest request;
    request.files = {dataPath(QStringLiteral("psx-market-watch-badges.html"))};
    request.view = QStringLiteral("sectors");
    const auto sectors = md::ui::renderScreenshot(request);
    EXPECT_TRUE(sectors.errors.isEmpty()) << sectors.errors.join(u'\n').toStdString();
    EXPECT_EQ(sectors.image.size(), QSize(1280, 800));
    EXPECT_GT(distinctColours(sectors.image), 20);  // two sectors' rows, coloured counts, the summary line
    request.view = QStringLiteral("watchlist");
    const auto watchlist = md::ui::renderScreenshot(request);
    EXPECT_EQ(watchlist.image.size(), QSize(1280, 800));
    EXPECT_GT(distinctColours(watchlist.image), 50);  // the whole page: ticker, switch, charts
}

TEST(BoardMovers, AHeaderSavedByTheFourColumnReleaseStillRestoresAndTheBoardColumnsFollowTheData)
{
    clearSettings();
    {
        // What the release before the board saved: four sections, sorted by price, the price 143 px wide.
        QStandardItemModel four(0, 4);
        QTableView old;
        old.setModel(&four);
        old.horizontalHeader()->resizeSection(1, 143);
        old.horizontalHeader()->setSortIndicator(1, Qt::AscendingOrder);
        settings::moversHeader.set(old.horizontalHeader()->saveState());
    }
    QuotesModel quotes;
    quotes.setQuotes(board(5).quotes);
    md::ui::MoversView view;
    view.setModel(&quotes);
    QHeaderView *header = view.table()->horizontalHeader();
    EXPECT_EQ(header->count(), int(QuotesModel::QuoteColumnCount));
    for (int column : {int(QuotesModel::VolumeColumn), int(QuotesModel::PreviousCloseColumn), int(QuotesModel::SectorColumn)})
        EXPECT_FALSE(view.table()->isColumnHidden(column)) << column;
    EXPECT_EQ(header->sortIndicatorSection(), int(QuotesModel::PriceColumn));
    clearSettings();
}

TEST_F(BoardTest, ViewTickerOffersTheWholeBoardAndWatchlistFirst)
{
    QMenu view;
    page->addViewActions(&view);
    QMenu *ticker = nullptr;
    for (QAction *a : view.actions()) {
        if (a->menu() && a->text() == QStringLiteral("&Ticker"))
            ticker = a->menu();
    }
    ASSERT_NE(ticker, nullptr);
    QAction *whole = nullptr;
    QAction *first = nullptr;
    for (QAction *a : ticker->actions()) {
        if (a->text() == QStringLiteral("&Whole Board"))
            whole = a;
        if (a->text() == QStringLiteral("Watchlist &First"))
            first = a;
    }
    ASSERT_NE(whole, nullptr);
    ASSERT_NE(first, nullptr);
    EXPECT_FALSE(whole->isChecked());
    whole->trigger();
    EXPECT_EQ(page->tickerQuotes()->selection(), TickerProxyModel::Selection::WholeBoard);
    EXPECT_TRUE(settings::tickerWholeBoard.value());
    first->trigger();
    EXPECT_TRUE(page->ticker()->watchlistFirst());
    EXPECT_TRUE(page->tickerQuotes()->watchlistFirst());
    EXPECT_TRUE(settings::tickerWatchlistFirst.value());
}
