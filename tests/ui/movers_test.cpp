// MoversView: the switch, the filter, keyboard use, Ctrl+C, remembered layout, selecting a symbol.
#include "core/models/modelroles.h"
#include "core/models/quotesmodel.h"
#include "tests/ui/uitestsupport.h"
#include "ui/moversview.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

using namespace md;
using namespace md::test;
using md::ui::MoversView;
using Direction = md::MoversProxyModel::Direction;

namespace {

class MoversViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        clearSettings();
        quotes.setQuotes(loadFixture(QStringLiteral("psx-close-2024-12-10.txt")).quotes);
        view = std::make_unique<MoversView>();
        view->setModel(&quotes);
        view->resize(420, 500);
        view->show();
        view->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(view.get()));
    }

    QStringList visibleSymbols() const { return columnText(*view->proxy(), 0); }

    QuotesModel quotes;
    std::unique_ptr<MoversView> view;
};

} // namespace

TEST_F(MoversViewTest, StartsWithEveryQuoteBiggestGainFirst)
{
    EXPECT_EQ(visibleSymbols(), texts({"OGDC", "PPL", "FCCL", "KOSM", "PSO", "MARI", "BOP", "SILK", "TRG", "AIRLINK"}));
}

TEST_F(MoversViewTest, GainersAndLosersButtonsFilterTheRows)
{
    const auto buttons = view->findChildren<QAbstractButton *>();
    QAbstractButton *gainers = nullptr;
    QAbstractButton *losers = nullptr;
    for (QAbstractButton *b : buttons) {
        if (b->text() == QStringLiteral("&Gainers"))
            gainers = b;
        if (b->text() == QStringLiteral("&Losers"))
            losers = b;
    }
    ASSERT_NE(gainers, nullptr);
    ASSERT_NE(losers, nullptr);
    QTest::mouseClick(gainers, Qt::LeftButton);
    EXPECT_EQ(view->direction(), Direction::Gainers);
    EXPECT_EQ(visibleSymbols(), texts({"OGDC", "PPL", "FCCL", "KOSM", "PSO"}));
    QTest::mouseClick(losers, Qt::LeftButton);
    // Losers sorted biggest fall first.
    EXPECT_EQ(visibleSymbols(), texts({"AIRLINK", "TRG", "SILK", "BOP"}));
}

TEST_F(MoversViewTest, FilterBoxNarrowsBySymbolAndEscapeClearsIt)
{
    QTest::keyClicks(view->filterEdit(), QStringLiteral("o"));
    EXPECT_EQ(visibleSymbols(), texts({"OGDC", "KOSM", "PSO", "BOP"}));
    view->filterEdit()->setFocus();
    QTest::keyClick(view->filterEdit(), Qt::Key_Escape);
    EXPECT_TRUE(view->filterEdit()->text().isEmpty());
    EXPECT_EQ(view->proxy()->rowCount(), 10);
}

TEST_F(MoversViewTest, KeyboardAloneFiltersAndMovesIntoTheRows)
{
    view->table()->setFocus();
    QTest::keyClick(view->table(), Qt::Key_F, Qt::ControlModifier);
    ASSERT_TRUE(view->filterEdit()->hasFocus());
    QTest::keyClicks(view->filterEdit(), QStringLiteral("PP"));
    QTest::keyClick(view->filterEdit(), Qt::Key_Down);
    EXPECT_TRUE(view->table()->hasFocus());
    EXPECT_EQ(view->selectedSymbols(), texts({"PPL"}));
}

TEST_F(MoversViewTest, CtrlCCopiesSelectedRowsAsTabSeparatedRawValues)
{
    view->table()->setFocus();
    view->table()->selectRow(0);
    QTest::keyClick(view->table(), Qt::Key_Down, Qt::ShiftModifier);
    EXPECT_EQ(view->selectedSymbols(), texts({"OGDC", "PPL"}));
    QApplication::clipboard()->clear();
    QTest::keyClick(view->table(), Qt::Key_C, Qt::ControlModifier);
    EXPECT_EQ(QApplication::clipboard()->text(), QStringLiteral("OGDC\t224.96\t11.93\t5.6\nPPL\t193.09\t9.52\t5.19\n"));
}

TEST_F(MoversViewTest, SelectSymbolClearsAFilterThatHidesIt)
{
    view->setDirection(Direction::Gainers);
    view->filterEdit()->setText(QStringLiteral("OG"));
    ASSERT_TRUE(view->selectSymbol(QStringLiteral("TRG")));
    EXPECT_EQ(view->direction(), Direction::All);
    EXPECT_TRUE(view->filterEdit()->text().isEmpty());
    EXPECT_EQ(view->selectedSymbols(), texts({"TRG"}));
    EXPECT_FALSE(view->selectSymbol(QStringLiteral("NOPE")));
}

TEST_F(MoversViewTest, RemembersSortOrderAndSwitchAndSizesColumnsToContent)
{
    view->table()->sortByColumn(QuotesModel::PriceColumn, Qt::AscendingOrder);
    view->table()->horizontalHeader()->resizeSection(QuotesModel::PriceColumn, 143);
    view->setDirection(Direction::Losers);
    view->saveSettings();

    MoversView again;
    again.setModel(&quotes);
    EXPECT_EQ(again.table()->horizontalHeader()->sortIndicatorSection(), int(QuotesModel::PriceColumn));
    EXPECT_EQ(again.table()->horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);
    // Widths are not remembered: every snapshot's columns fit their own content.
    QHeaderView *header = again.table()->horizontalHeader();
    EXPECT_NE(header->sectionSize(QuotesModel::PriceColumn), 143);
    EXPECT_GE(header->sectionSize(QuotesModel::PriceColumn), header->sectionSizeHint(QuotesModel::PriceColumn));
    EXPECT_EQ(again.direction(), Direction::Losers);
    EXPECT_EQ(columnText(*again.proxy(), 0), texts({"SILK", "BOP", "TRG", "AIRLINK"}));
}
