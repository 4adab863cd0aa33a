// Layouts that hold at 1280×800: the dashboard's panes and chart grid keep sane sizes after page and theme
// switches (and opening a snapshot from the Library with Enter), and the movers table fits an exchange
// board: columns sized to content, the symbol bounded, the least useful columns left out by rule.
#include "core/load/snapshotopener.h"
#include "core/models/quotesmodel.h"
#include "tests/ui/uitestsupport.h"
#include "tests/ui/windowtestsupport.h"
#include "ui/dashboardpage.h"
#include "ui/library/librarypage.h"
#include "ui/library/libraryview.h"
#include "ui/mainwindow.h"
#include "ui/moversview.h"
#include "ui/theme.h"

#include <QChartView>
#include <QHeaderView>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <vector>

using namespace md;
using namespace md::test;
using md::ui::MainWindow;
using C = md::QuotesModel;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(MARKETDESK_TEST_DATA_DIR "/") + QLatin1String(name);
}

void settle()
{
    for (int i = 0; i < 5; ++i) {
        QTest::qWait(20);
        QCoreApplication::processEvents();
    }
}

// An exchange board as the market-watch page gives it: every column, long sector names, big volumes and
// one long name.
Snapshot exchangeBoard()
{
    const char *sectors[] = {"OIL & GAS EXPLORATION COMPANIES", "CEMENT", "COMMERCIAL BANKS", "TECHNOLOGY & COMMUNICATION"};
    Snapshot s;
    s.source = QStringLiteral("market-watch.html");
    s.kind = SnapshotKind::MarketWatch;
    s.format = SnapshotFormat::Html;
    s.capturedAt = Timestamp::fromIsoString(QStringLiteral("2024-12-10T15:40:00+05:00"));
    for (int i = 0; i < 60; ++i) {
        const double change = (i % 3 == 0 ? -1.0 : 1.0) * (0.5 + i * 0.37);
        Quote q(i == 7 ? QStringLiteral("PAKISTANINTERNATIONALBULKTERMINAL") : QStringLiteral("SYM%1").arg(i),
                1000.0 + i * 311.25, change, change / 10.0);
        q.previousClose = q.price - change;
        q.volume = 100000000 + i * 1234567;
        q.sector = QString::fromLatin1(sectors[i % 4]);
        s.quotes.append(q);
    }
    return s;
}

void openBoard(MainWindow &window)
{
    OpenResult batch;
    OpenedSnapshot opened;
    opened.key = QStringLiteral("market-watch.html");
    opened.snapshot = exchangeBoard();
    batch.opened.append(opened);
    window.session()->applyOpenResult(batch);
    settle();
}

// What every movers column must be at any width: shown whole, or left out by the rule, least useful first.
void expectMoversFit(ui::MoversView *movers)
{
    QTableView *table = movers->table();
    QHeaderView *header = table->horizontalHeader();
    EXPECT_EQ(table->horizontalScrollBar()->maximum(), 0) << "no column behind a scrollbar";
    const QList<int> leftOut = movers->columnsLeftOut();
    const QList<int> rule{C::PreviousCloseColumn, C::SectorColumn, C::VolumeColumn};
    // Compared as std::vector: Qt 6.4's QList == hands memcmp a null pointer for an empty list (UBSan).
    const std::vector<int> leftOutOrder(leftOut.cbegin(), leftOut.cend());
    const std::vector<int> ruleOrder(rule.cbegin(), rule.cbegin() + std::min(leftOut.size(), rule.size()));
    EXPECT_EQ(leftOutOrder, ruleOrder) << "left out in the documented order";
    const auto *quotes = qobject_cast<const QuotesModel *>(movers->proxy()->sourceModel());
    ASSERT_NE(quotes, nullptr);
    int total = 0;
    for (int column = 0; column < header->count(); ++column) {
        if (!quotes->hasColumnData(column)) {
            EXPECT_TRUE(table->isColumnHidden(column)) << "nothing to show in " << column;
            continue;
        }
        if (leftOut.contains(column)) {
            EXPECT_TRUE(table->isColumnHidden(column)) << column;
            continue;
        }
        EXPECT_FALSE(table->isColumnHidden(column)) << column;
        total += header->sectionSize(column);
        if (column != C::NameColumn) {
            EXPECT_GE(header->sectionSize(column), header->sectionSizeHint(column)) << "header of " << column << " whole";
        }
    }
    EXPECT_LE(total, table->viewport()->width());
    EXPECT_GE(total, table->viewport()->width()) << "no blank band right of the last column";
    // The symbol is bounded: it never takes the slack, and never shrinks below "★ WAVESAPP".
    QFont bold = table->font();
    bold.setBold(true);
    const int floor = QFontMetrics(bold).horizontalAdvance(QStringLiteral("\u2605 WAVESAPP")) + 16;
    EXPECT_GE(header->sectionSize(C::NameColumn), floor);
    EXPECT_LE(header->sectionSize(C::NameColumn), floor * 4 / 3);
}

// Index charts two to a row, equal and never slivers.
void expectChartGrid(ui::DashboardPage *page)
{
    const QList<QChartView *> charts = page->findChildren<QChartView *>();
    ASSERT_GE(charts.size(), 3);
    int lineCharts = 0;
    for (QChartView *chart : charts) {
        if (chart->isHidden())
            continue;  // an old chart waiting to be deleted
        EXPECT_GE(chart->width(), 220) << chart->chart()->title().toStdString();
        ++lineCharts;
    }
    EXPECT_GE(lineCharts, 3);
}

void expectPanes(ui::DashboardPage *page)
{
    const QList<int> sizes = page->findChild<QSplitter *>()->sizes();
    ASSERT_EQ(sizes.size(), 3);
    EXPECT_GE(sizes[0], 160);
    EXPECT_GE(sizes[1], 380);
    EXPECT_GE(sizes[2], 460);
}

} // namespace

TEST(Layout, AnExchangeBoardFitsTheMoversTableAt1280x800)
{
    clearSettings();
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    openBoard(window);
    ui::MoversView *movers = window.dashboard()->movers();
    expectMoversFit(movers);
    // At 1280×800 the board shows Symbol to Volume; Prev Close and Sector wait for a wider pane.
    EXPECT_EQ(movers->columnsLeftOut(), (QList<int>{C::PreviousCloseColumn, C::SectorColumn}))
        << "table " << movers->table()->viewport()->width() << " symbol "
        << movers->table()->horizontalHeader()->sectionSize(C::NameColumn) << " volume "
        << movers->table()->horizontalHeader()->sectionSizeHint(C::VolumeColumn);
    // The long name elides in the middle; its tooltip has it whole.
    EXPECT_EQ(movers->table()->textElideMode(), Qt::ElideMiddle);
    const QModelIndex longName = movers->proxy()->match(movers->proxy()->index(0, C::NameColumn), Qt::DisplayRole,
                                                        QStringLiteral("PAKISTANINTERNATIONALBULKTERMINAL"), 1,
                                                        Qt::MatchContains).value(0);
    ASSERT_TRUE(longName.isValid());
    EXPECT_TRUE(longName.data(Qt::ToolTipRole).toString().contains(QStringLiteral("PAKISTANINTERNATIONALBULKTERMINAL")));
    // Numbers right-aligned beside the symbol.
    for (int column : {int(C::ValueColumn), int(C::ChangeColumn), int(C::ChangePercentColumn), int(C::VolumeColumn)})
        EXPECT_TRUE(movers->proxy()->index(0, column).data(Qt::TextAlignmentRole).toInt() & Qt::AlignRight) << column;

    // A wider movers pane brings every column back; a narrow one leaves out Prev Close first.
    auto *splitter = window.dashboard()->findChild<QSplitter *>();
    window.resize(1920, 1000);
    settle();
    splitter->setSizes({160, 1200, 500});
    settle();
    expectMoversFit(movers);
    EXPECT_TRUE(movers->columnsLeftOut().isEmpty());
    window.resize(1280, 800);
    settle();
    splitter->setSizes({400, 380, 476});
    settle();
    expectMoversFit(movers);
    EXPECT_FALSE(movers->columnsLeftOut().isEmpty());
    EXPECT_EQ(movers->columnsLeftOut().first(), int(C::PreviousCloseColumn));
}

// A news page's ticker has four columns: they fill the pane (the numbers share the room; the symbol keeps its
// bound) instead of ending in a blank band.
TEST(Layout, ANewsTickersFourColumnsFillTheMoversPane)
{
    clearSettings();
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    ASSERT_TRUE(openAndWait(window, {fixture("brecorder-2023-12-22-masthead.txt")}).isEmpty());
    settle();
    ui::MoversView *movers = window.dashboard()->movers();
    ASSERT_GT(movers->proxy()->rowCount(), 0);
    EXPECT_TRUE(movers->columnsLeftOut().isEmpty());
    EXPECT_TRUE(movers->table()->isColumnHidden(C::VolumeColumn)) << "a news ticker carries no volume";
    expectMoversFit(movers);
    // The room is shared: each number grew by the same (to a pixel) beyond its content.
    QHeaderView *header = movers->table()->horizontalHeader();
    auto *view = static_cast<QAbstractItemView *>(movers->table());
    std::vector<int> grown;
    for (int column : {int(C::ValueColumn), int(C::ChangeColumn), int(C::ChangePercentColumn)})
        grown.push_back(header->sectionSize(column)
                        - std::max(header->sectionSizeHint(column), view->sizeHintForColumn(column) + 4));
    const auto [least, most] = std::minmax_element(grown.begin(), grown.end());
    EXPECT_GT(*least, 0);
    EXPECT_LE(*most - *least, 1);
    auto *splitter = window.dashboard()->findChild<QSplitter *>();
    splitter->setSizes({160, 700, 420});
    settle();
    expectMoversFit(movers);
}

TEST(Layout, PanesAndChartGridHoldThroughPageAndThemeSwitches)
{
    clearSettings();
    QTemporaryDir dir;
    MainWindow window;
    ASSERT_TRUE(window.openLibrary(dir.filePath(QStringLiteral("library.sqlite"))).ok());
    window.resize(1280, 800);
    window.show();
    ASSERT_TRUE(openAndWait(window, {fixture("brecorder-2020-08-12-old-template.html"),
                                     fixture("brecorder-2023-12-22-masthead.txt"),
                                     fixture("brecorder-2024-12-10-windows1252.html")}).isEmpty());
    openBoard(window);
    ui::DashboardPage *page = window.dashboard();
    window.showView(QStringLiteral("charts"));
    settle();
    expectPanes(page);
    expectChartGrid(page);
    expectMoversFit(page->movers());

    const auto check = [&](const char *when) {
        SCOPED_TRACE(when);
        window.showView(QStringLiteral("charts"));
        settle();
        expectPanes(page);
        expectChartGrid(page);
        expectMoversFit(page->movers());
    };
    ui::applyTheme(ui::ThemeMode::Dark);
    settle();
    check("after switching to Dark");

    // The Library page, then a snapshot opened from it with Enter.
    window.showView(QStringLiteral("library"));
    settle();
    auto *library = qobject_cast<ui::LibraryView *>(window.view(QStringLiteral("library")));
    ASSERT_NE(library, nullptr);
    ASSERT_GT(library->table()->model()->rowCount(), 0);
    library->table()->setCurrentIndex(library->table()->model()->index(0, 0));
    QTest::keyClick(library->table(), Qt::Key_Return);
    settle();
    EXPECT_EQ(window.pages()->currentIndex(), 0) << "the snapshot is shown on the dashboard";
    check("after opening from the Library with Enter");

    ui::applyTheme(ui::ThemeMode::Light);
    settle();
    check("after switching back to Light");
    window.showView(QStringLiteral("alerts"));
    settle();
    check("after the Alerts page");
    ui::applyTheme(ui::ThemeMode::System);
}
