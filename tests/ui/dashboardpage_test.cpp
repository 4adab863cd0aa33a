// DashboardPage on its own: the welcome until something is open, its saved splitter and tab, its signals.
#include "core/models/snapshotcollection.h"
#include "core/session/snapshotworkspace.h"
#include "tests/ui/uitestsupport.h"
#include "ui/articlereader.h"
#include "ui/dashboardpage.h"
#include "ui/snapshotlistview.h"
#include "ui/tickerstrip.h"

#include <QSignalSpy>
#include <QSplitter>
#include <QTabWidget>

using namespace md;
using namespace md::test;
using md::ui::DashboardPage;

namespace {

class DashboardPageTest : public ::testing::Test
{
protected:
    void SetUp() override { clearSettings(); }
    void TearDown() override { clearSettings(); }

    SnapshotWorkspace workspace;
};

} // namespace

TEST_F(DashboardPageTest, ShowsTheWelcomeUntilASnapshotIsOpenAndTheArticleOfTheCurrentOne)
{
    DashboardPage page(&workspace);
    EXPECT_FALSE(page.isDashboardShown());
    workspace.collection()->add(opened(loadFixture(QStringLiteral("psx-close-2024-12-10.txt")), QStringLiteral("psx")));
    EXPECT_TRUE(page.isDashboardShown());
    workspace.collection()->setCurrentRow(0);
    EXPECT_TRUE(page.reader()->plainText().contains(QStringLiteral("KARACHI"))) << page.reader()->plainText().toStdString();
    workspace.collection()->clear();
    EXPECT_FALSE(page.isDashboardShown());
}

TEST_F(DashboardPageTest, SavesAndRestoresItsSplitterAndTab)
{
    QByteArray saved;
    {
        DashboardPage page(&workspace);
        page.resize(1280, 800);
        auto *splitter = page.findChild<QSplitter *>();
        ASSERT_NE(splitter, nullptr);
        splitter->setSizes({300, 300, 680});
        page.tabs()->setCurrentWidget(page.reader());
        saved = splitter->saveState();
        page.saveState();
    }
    DashboardPage again(&workspace);
    EXPECT_EQ(again.tabs()->currentIndex(), 0);  // until restored
    again.restoreState();
    EXPECT_EQ(again.tabs()->currentWidget(), again.reader());
    EXPECT_EQ(again.findChild<QSplitter *>()->saveState(), saved);
}

TEST_F(DashboardPageTest, SaysWhatTheUserAsksForBySignals)
{
    DashboardPage page(&workspace);
    QSignalSpy indexHistory(&page, &DashboardPage::indexHistoryRequested);
    QSignalSpy symbolHistory(&page, &DashboardPage::symbolHistoryRequested);
    QSignalSpy close(&page, &DashboardPage::closeRequested);
    emit page.ticker()->historyRequested(QStringLiteral("KSE100"), true);
    emit page.ticker()->historyRequested(QStringLiteral("OGDC"), false);
    emit page.snapshotList()->closeRequested(2);
    ASSERT_EQ(indexHistory.count(), 1);
    EXPECT_EQ(indexHistory.first().at(0).toString(), QStringLiteral("KSE100"));
    ASSERT_EQ(symbolHistory.count(), 1);
    EXPECT_EQ(symbolHistory.first().at(0).toString(), QStringLiteral("OGDC"));
    ASSERT_EQ(close.count(), 1);
    EXPECT_EQ(close.first().at(0).toInt(), 2);
}

TEST_F(DashboardPageTest, NamesItsViews)
{
    DashboardPage page(&workspace);
    for (const QString &name : DashboardPage::viewNames())
        EXPECT_NE(page.view(name), nullptr) << name.toStdString();
    EXPECT_EQ(page.view(QStringLiteral("library")), nullptr);  // the Library page's
}
