// TickerStrip: item order, time-driven scrolling, hover pause, static mode, clicks.
#include "core/models/indicesmodel.h"
#include "core/models/quotesmodel.h"
#include "tests/ui/uitestsupport.h"
#include "ui/tickerstrip.h"

#include <QEnterEvent>
#include <QSignalSpy>
#include <QTest>

using namespace md;
using namespace md::test;
using md::ui::TickerStrip;

namespace {

class TickerStripTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const Snapshot s = loadFixture(QStringLiteral("psx-close-2024-12-10.txt"));
        quotes.setQuotes(s.quotes);
        indices.setIndices(s.indices);
        ticker.setModels(&indices, &quotes);
        ticker.resize(1600, ticker.sizeHint().height());
        ticker.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&ticker));
        // The pointer may rest where the window appeared; take it off the strip so it scrolls.
        QEvent leave(QEvent::Leave);
        QCoreApplication::sendEvent(&ticker, &leave);
    }

    QuotesModel quotes;
    IndicesModel indices;
    TickerStrip ticker;
};

} // namespace

TEST_F(TickerStripTest, ShowsIndicesFirstThenQuotes)
{
    EXPECT_EQ(ticker.itemNames(), texts({"BR100", "BR30", "KSE100", "KSE30", "AIRLINK", "BOP", "FCCL", "KOSM", "OGDC",
                                         "PPL", "SILK", "TRG", "PSO", "MARI"}));
}

TEST_F(TickerStripTest, ScrollsByElapsedTimeAtTheSetSpeed)
{
    ticker.setSpeed(200.0);
    ticker.setOffset(0.0);
    ASSERT_TRUE(ticker.isScrolling());
    QTest::qWait(120);
    // 200 px/s for at least 120 ms: at least 24 px, however irregular the frame timer was.
    EXPECT_GE(ticker.offset(), 24.0);
}

TEST_F(TickerStripTest, PausesWhileThePointerIsOverItAndResumesAfter)
{
    QEnterEvent enter(QPointF(10, 5), QPointF(10, 5), ticker.mapToGlobal(QPointF(10, 5)));
    QCoreApplication::sendEvent(&ticker, &enter);
    EXPECT_FALSE(ticker.isScrolling());
    const double paused = ticker.offset();
    QTest::qWait(60);
    EXPECT_DOUBLE_EQ(ticker.offset(), paused);
    QEvent leave(QEvent::Leave);
    QCoreApplication::sendEvent(&ticker, &leave);
    EXPECT_TRUE(ticker.isScrolling());
}

TEST_F(TickerStripTest, StaticModeStandsStillFromTheFirstItem)
{
    ticker.setStaticMode(true);
    EXPECT_FALSE(ticker.isScrolling());
    EXPECT_DOUBLE_EQ(ticker.offset(), 0.0);
    QTest::qWait(40);
    EXPECT_DOUBLE_EQ(ticker.offset(), 0.0);
    EXPECT_EQ(ticker.itemRect(QStringLiteral("BR100")).left(), 0);
    EXPECT_EQ(ticker.itemAt(QPoint(5, 5)), QStringLiteral("BR100"));
}

TEST_F(TickerStripTest, ClickingAnItemNamesItsSymbol)
{
    ticker.setStaticMode(true);
    QSignalSpy symbols(&ticker, &TickerStrip::symbolActivated);
    QSignalSpy indicesClicked(&ticker, &TickerStrip::indexActivated);
    const QRect airlink = ticker.itemRect(QStringLiteral("AIRLINK"));
    ASSERT_FALSE(airlink.isEmpty());
    QTest::mouseClick(&ticker, Qt::LeftButton, {}, airlink.center());
    ASSERT_EQ(symbols.count(), 1);
    EXPECT_EQ(symbols.at(0).at(0).toString(), QStringLiteral("AIRLINK"));
    QTest::mouseClick(&ticker, Qt::LeftButton, {}, ticker.itemRect(QStringLiteral("KSE100")).center());
    ASSERT_EQ(indicesClicked.count(), 1);
    EXPECT_EQ(indicesClicked.at(0).at(0).toString(), QStringLiteral("KSE100"));
}

TEST_F(TickerStripTest, FollowsTheModelsWhenAnotherSnapshotIsShown)
{
    quotes.setQuotes({quote("LUCK", 1012.35, 21.8, 2.2)});
    indices.setIndices({});
    QTest::qWait(10);  // the strip re-renders once, after the change
    EXPECT_EQ(ticker.itemNames(), texts({"LUCK"}));
}

TEST_F(TickerStripTest, StopsItsFrameTimerWhileHidden)
{
    ASSERT_TRUE(ticker.isScrolling());
    ticker.hide();
    EXPECT_FALSE(ticker.isScrolling());
    ticker.show();
    EXPECT_TRUE(ticker.isScrolling());
}
