// The Portfolio page over a library of the closing-rate files of 2–4 December 2024: the issue's holdings in the
// table, sorting that keeps the totals row last, add / edit / delete with undo and redo, import (ours and
// Portfolio Performance's) and export through the store, a position's double-click opening its candles.
#include "core/library/dailybarchart.h"
#include "core/library/library.h"
#include "core/models/holdingsmodel.h"
#include "core/models/holdingsproxymodel.h"
#include "core/models/modelroles.h"
#include "core/models/transactionsmodel.h"
#include "core/portfolio/portfoliostore.h"
#include "core/portfolio/transactioncsv.h"
#include "core/session/snapshotsession.h"
#include "core/settings/settings.h"
#include "tests/portfolio/portfoliofixtures.h"
#include "tests/ui/uitestsupport.h"
#include "ui/exchangeclock.h"
#include "ui/library/historychartview.h"
#include "ui/library/librarypage.h"
#include "ui/library/symbolhistoryview.h"
#include "ui/mainwindow.h"
#include "ui/portfolio/portfoliopage.h"

#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QValueAxis>

#include <string>
#include <vector>

using namespace md;
using namespace md::test;
using md::ui::MainWindow;
using md::ui::PortfolioPage;

namespace {

std::vector<std::string> shown(const QAbstractItemModel &model, int column)
{
    std::vector<std::string> values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.push_back(model.index(row, column).data().toString().toStdString());
    return values;
}

// A window with a library of the three closing-rate files and the issue's three trades, on its Portfolio page.
class PortfolioPageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        clearSettings();
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(m_window.openLibrary(m_dir.filePath(QStringLiteral("library.sqlite"))).ok());
        Library &library = *m_window.session()->library();
        const QDir closing(dataPath(QStringLiteral("psx-closing-dec2024")));
        for (const QString &name : closing.entryList({QStringLiteral("*.lis")}, QDir::Files, QDir::Name))
            ASSERT_TRUE(library.importFile(closing.filePath(name)).ok());
        ASSERT_TRUE(PortfolioStore(library).importCsv(kIssueExample, QStringLiteral("trades.csv"), QString(),
                                                      todayOnExchangeClock()).ok());
        m_window.resize(1280, 800);
        m_window.show();
        m_window.showView(QStringLiteral("portfolio"));
        m_page = m_window.portfolioPage();
        ASSERT_NE(m_page, nullptr);
    }

    const QAbstractItemModel &holdings() const { return *m_page->holdingsView()->model(); }

    QTemporaryDir m_dir;
    MainWindow m_window;
    PortfolioPage *m_page = nullptr;
};

} // namespace

TEST_F(PortfolioPageTest, TheIssuesHoldingsAreInTheTableWithTheirTotals)
{
    EXPECT_EQ(m_window.pages()->currentWidget(), m_page);
    EXPECT_EQ(m_window.view(QStringLiteral("portfolio")), m_page);
    const QAbstractItemModel &table = holdings();
    ASSERT_EQ(table.rowCount(), 3);
    EXPECT_EQ(shown(table, HoldingsModel::SymbolColumn), (std::vector<std::string>{"LUCK", "OGDC", "Total"}));
    EXPECT_EQ(table.index(0, HoldingsModel::SharesColumn).data(RawValueRole).toDouble(), 60);
    EXPECT_EQ(table.index(0, HoldingsModel::AverageCostColumn).data(RawValueRole).toDouble(), 1000);
    EXPECT_EQ(table.index(0, HoldingsModel::PriceColumn).data(RawValueRole).toDouble(), 1020.88);
    EXPECT_NEAR(table.index(0, HoldingsModel::UnrealizedColumn).data(RawValueRole).toDouble(), 1252.80, 1e-9);
    EXPECT_NEAR(table.index(1, HoldingsModel::UnrealizedColumn).data(RawValueRole).toDouble(), -79.50, 1e-9);
    EXPECT_EQ(table.index(0, HoldingsModel::PriceColumn).data().toString(), QLocale().toString(1020.88, 'f', 2));
    EXPECT_EQ(table.index(1, HoldingsModel::SectorColumn).data().toString(), QStringLiteral("OIL & GAS EXPLORATION COMPANIES"));
    EXPECT_EQ(m_page->allocationView()->model()->rowCount(), 2);
    EXPECT_EQ(m_page->transactionsView()->model()->rowCount(), 3);
    EXPECT_TRUE(m_page->valueChart()->hasPoints());
    EXPECT_TRUE(m_page->valueChart()->shownEmptyText().isEmpty()) << "a drawn chart says nothing over it";
}

// An empty portfolio's chart says what fills it (not a bare grid).
TEST(PortfolioPageEmpty, TheChartSaysWhyItIsEmpty)
{
    clearSettings();
    QTemporaryDir dir;
    MainWindow window;
    ASSERT_TRUE(window.openLibrary(dir.filePath(QStringLiteral("library.sqlite"))).ok());
    window.resize(1280, 800);
    window.show();
    window.showView(QStringLiteral("portfolio"));
    PortfolioPage *page = window.portfolioPage();
    ASSERT_NE(page, nullptr);
    EXPECT_FALSE(page->valueChart()->hasPoints());
    EXPECT_TRUE(page->valueChart()->shownEmptyText().contains(QStringLiteral("once it holds a transaction")))
        << page->valueChart()->shownEmptyText().toStdString();
}

TEST_F(PortfolioPageTest, SortingByAnyColumnKeepsTheTotalsRowLast)
{
    QTableView *view = m_page->holdingsView();
    for (const int column : {int(HoldingsModel::SymbolColumn), int(HoldingsModel::ValueColumn), int(HoldingsModel::UnrealizedColumn)}) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            view->sortByColumn(column, order);
            EXPECT_EQ(holdings().index(2, 0).data().toString(), QStringLiteral("Total")) << column << " " << order;
        }
    }
    view->sortByColumn(HoldingsModel::UnrealizedColumn, Qt::AscendingOrder);
    EXPECT_EQ(shown(holdings(), HoldingsModel::SymbolColumn), (std::vector<std::string>{"OGDC", "LUCK", "Total"}));
}

TEST_F(PortfolioPageTest, AddEditAndDeleteAreUndoneAndRedone)
{
    Transaction buy;
    buy.date = QDate(2024, 12, 4);
    buy.type = TransactionType::Buy;
    buy.symbol = QStringLiteral("OGDC");
    buy.quantity = 10;
    buy.price = 198;
    ASSERT_TRUE(m_page->addTransaction(buy)) << m_page->feedbackText().toStdString();
    EXPECT_EQ(m_page->transactionsView()->model()->rowCount(), 4);
    EXPECT_EQ(holdings().index(1, HoldingsModel::SharesColumn).data(RawValueRole).toDouble(), 60);
    QUndoStack *undo = m_page->undoStack();
    undo->undo();
    EXPECT_EQ(m_page->transactionsView()->model()->rowCount(), 3);
    EXPECT_EQ(holdings().index(1, HoldingsModel::SharesColumn).data(RawValueRole).toDouble(), 50);
    undo->redo();
    EXPECT_EQ(m_page->transactionsView()->model()->rowCount(), 4);
    EXPECT_EQ(holdings().index(1, HoldingsModel::SharesColumn).data(RawValueRole).toDouble(), 60);

    // Deleting the redone buy (stored again under a new id) and undoing that finds it again.
    const TransactionsModel *rows = m_page->transactionsModel();
    qint64 id = 0;
    for (const Transaction &t : rows->transactions()) {
        if (t.symbol == QLatin1String("OGDC") && t.quantity == 10)
            id = t.id;
    }
    ASSERT_NE(id, 0);
    ASSERT_TRUE(m_page->deleteTransaction(id));
    EXPECT_EQ(m_page->transactionsView()->model()->rowCount(), 3);
    undo->undo();
    EXPECT_EQ(m_page->transactionsView()->model()->rowCount(), 4);
    undo->undo();  // the add, by the buy's new id
    EXPECT_EQ(m_page->transactionsView()->model()->rowCount(), 3);
    EXPECT_TRUE(m_page->feedbackText().isEmpty() || !m_page->feedbackText().startsWith(QStringLiteral("\u26A0")))
        << m_page->feedbackText().toStdString();

    // An edit of the first buy, undone.
    Transaction first = rows->transactions().first();
    first.quantity = 120;
    ASSERT_TRUE(m_page->editTransaction(first)) << m_page->feedbackText().toStdString();
    EXPECT_EQ(holdings().index(0, HoldingsModel::SharesColumn).data(RawValueRole).toDouble(), 80);
    undo->undo();
    EXPECT_EQ(holdings().index(0, HoldingsModel::SharesColumn).data(RawValueRole).toDouble(), 60);
}

TEST_F(PortfolioPageTest, ARefusedChangeSaysWhyAndChangesNothing)
{
    Transaction oversell;
    oversell.date = QDate(2024, 12, 4);
    oversell.type = TransactionType::Sell;
    oversell.symbol = QStringLiteral("OGDC");
    oversell.quantity = 51;
    oversell.price = 198;
    EXPECT_FALSE(m_page->addTransaction(oversell));
    EXPECT_EQ(m_page->feedbackText(), QStringLiteral("\u26A0 the transaction was not added: a sell of 51 shares of OGDC on "
                                                     "2024-12-04, when 50 were held"));
    EXPECT_EQ(m_page->transactionsView()->model()->rowCount(), 3);
    EXPECT_FALSE(m_page->undoStack()->canUndo());
    // The buy of LUCK cannot go while the sell of 40 needs it.
    EXPECT_FALSE(m_page->deleteTransaction(m_page->transactionsModel()->transactions().first().id));
    EXPECT_EQ(m_page->transactionsView()->model()->rowCount(), 3);
}

TEST_F(PortfolioPageTest, ImportAndExportAreTheCommandLinesCalls)
{
    m_page->setPortfolio(QStringLiteral("PP"));
    EXPECT_EQ(m_page->transactionsView()->model()->rowCount(), 0);
    ASSERT_TRUE(m_page->importFile(dataPath(QStringLiteral("portfolio-performance/portfolio-de.csv"))))
        << m_page->feedbackText().toStdString();
    EXPECT_EQ(m_page->feedbackText(), QStringLiteral("Imported 3 transactions into portfolio PP."));
    EXPECT_NEAR(holdings().index(0, HoldingsModel::UnrealizedColumn).data(RawValueRole).toDouble(), 1252.80, 1e-9);
    EXPECT_FALSE(m_page->importFile(dataPath(QStringLiteral("portfolio-performance/portfolio-de.csv"))));
    EXPECT_TRUE(m_page->feedbackText().contains(QStringLiteral("already imported into portfolio PP")));
    EXPECT_EQ(m_page->transactionsView()->model()->rowCount(), 3);

    const QString path = m_dir.filePath(QStringLiteral("pp.csv"));
    ASSERT_TRUE(m_page->exportFile(path));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), QByteArray("date,type,symbol,quantity,price,amount,fees,taxes,note\r\n"
                                         "2024-12-02,buy,LUCK,100,1000,,,,\r\n"
                                         "2024-12-03,buy,OGDC,50,200,,,,\r\n"
                                         "2024-12-04,sell,LUCK,40,1020,,,,Teilverkauf\r\n"));
}

TEST_F(PortfolioPageTest, DoubleClickingAPositionOpensItsCandles)
{
    QSignalSpy requested(m_page, &PortfolioPage::symbolRequested);
    QTableView *view = m_page->holdingsView();
    const QModelIndex ogdc = view->model()->index(1, HoldingsModel::SymbolColumn);
    const QPoint at = view->visualRect(ogdc).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
    ASSERT_EQ(requested.size(), 1);
    EXPECT_EQ(requested.first().first().toString(), QStringLiteral("OGDC"));
    EXPECT_EQ(m_window.pages()->currentWidget(), m_window.libraryPage());
    ui::SymbolHistoryView *candles = m_window.libraryPage()->symbolHistory();
    EXPECT_EQ(candles->symbol(), QStringLiteral("OGDC"));
    // Its buy is marked at its price on its session; it was never sold.
    ASSERT_EQ(candles->buyMarkers()->count(), 1);
    EXPECT_EQ(candles->buyMarkers()->at(0), QPointF(double(ui::exchangeAxisMsecs(sessionCloseMsecs(QDate(2024, 12, 3)))), 200));
    EXPECT_EQ(candles->sellMarkers()->count(), 0);
    // Another symbol's candles are not marked with them.
    candles->showSymbol(QStringLiteral("LUCK"));
    EXPECT_EQ(candles->buyMarkers()->count(), 0);
}

// Returns or value: as returns the portfolio's line is its time-weighted return and the KSE-100's its change
// since the day it is rebased on, both in % from 0 (the value's line jumps at each buy, which is no gain); the
// choice is kept for the next run.
TEST_F(PortfolioPageTest, TheChartShowsValuesOrReturnsAndKeepsTheChoice)
{
    const Performance &performance = m_page->overview().performance;
    ASSERT_FALSE(performance.series.isEmpty());
    EXPECT_TRUE(m_page->showsReturns()) << "returns by default";
    m_page->setShowsReturns(false);
    EXPECT_FALSE(settings::portfolioChartReturns.value());
    ASSERT_EQ(m_page->portfolioLine()->count(), performance.series.size());
    EXPECT_EQ(m_page->portfolioLine()->at(0).y(), performance.series.first().value);
    EXPECT_FALSE(m_page->valueChart()->valueAxis()->labelFormat().endsWith(QLatin1Char('%')));

    m_page->setShowsReturns(true);
    EXPECT_TRUE(m_page->showsReturns());
    EXPECT_TRUE(settings::portfolioChartReturns.value());
    ASSERT_EQ(m_page->portfolioLine()->count(), performance.series.size());
    for (qsizetype i = 0; i < performance.series.size(); ++i)
        EXPECT_DOUBLE_EQ(m_page->portfolioLine()->at(i).y(), performance.series[i].cumulativeReturn * 100.0);
    EXPECT_DOUBLE_EQ(m_page->portfolioLine()->at(m_page->portfolioLine()->count() - 1).y(), performance.ttwror * 100.0);
    EXPECT_TRUE(m_page->valueChart()->valueAxis()->labelFormat().endsWith(QLatin1Char('%')));
    EXPECT_LE(m_page->valueChart()->valueAxis()->min(), 0.0);
    if (m_page->indexLine()->count() > 0) {
        EXPECT_DOUBLE_EQ(m_page->indexLine()->at(0).y(), 0.0);
        ASSERT_TRUE(performance.indexReturn.has_value());
        EXPECT_NEAR(m_page->indexLine()->at(m_page->indexLine()->count() - 1).y(), *performance.indexReturn * 100.0, 1e-9);
    }
}

// The holdings fill their table: the sector takes the slack (a long sector's name had been cut at 24 characters
// beside a blank band right of Weight).
TEST_F(PortfolioPageTest, TheHoldingsFillTheirTableWithTheSectorTakingTheSlack)
{
    QTableView *table = m_page->holdingsView();
    QTest::qWait(20);
    const QHeaderView *header = table->horizontalHeader();
    EXPECT_EQ(header->sectionResizeMode(HoldingsModel::SectorColumn), QHeaderView::Stretch);
    EXPECT_NEAR(header->length(), table->viewport()->width(), 2);
    const QString sector = table->model()->index(1, HoldingsModel::SectorColumn).data().toString();
    EXPECT_GE(header->sectionSize(HoldingsModel::SectorColumn), table->fontMetrics().horizontalAdvance(sector));
}
