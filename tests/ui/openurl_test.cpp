// The window and web pages: File ▸ Open URL fetches, opens, refreshes in place and stops when closed.
#include "core/library/library.h"
#include "core/models/snapshotcollection.h"
#include "core/network/autorefresh.h"
#include "core/session/snapshotworkspace.h"
#include "tests/network/httptestserver.h"
#include "tests/ui/uitestsupport.h"
#include "tests/ui/windowtestsupport.h"
#include "ui/mainwindow.h"
#include "ui/messagebanner.h"
#include "ui/network/refreshstatuslabel.h"
#include "ui/screenshot.h"
#include "ui/snapshotlistview.h"

#include <QListView>
#include <QTemporaryDir>
#include <QTest>

using namespace md;
using namespace md::test;
using md::ui::MainWindow;

namespace {

QByteArray page(const char *kse100)
{
    return QByteArray("KSE100 ") + kse100 + " Increased By 609 (0.54%)\n"
           "OGDC 224.96 Increased By \xe2\x96\xb2 11.93 (5.6%)\n\n"
           "KARACHI: Shares closed higher on Tuesday as exploration stocks led a late recovery.\n";
}

class OpenUrlTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        clearSettings();
        ASSERT_TRUE(server.listen());
    }
    void TearDown() override { clearSettings(); }

    bool waitForCount(int n)
    {
        return QTest::qWaitFor([&] { return window.session()->workspace()->collection()->count() == n; }, 10000);
    }

    HttpTestServer server;
    MainWindow window;
};

} // namespace

TEST_F(OpenUrlTest, OpensAFetchedPageLikeAFileAndMakesItCurrent)
{
    server.route("/psx", HttpResponse::page("text/plain; charset=utf-8", page("113,247")));
    const QUrl url = server.url(QStringLiteral("/psx"));
    window.session()->openPaths({url.toString()});
    ASSERT_TRUE(waitForCount(1));
    const Snapshot *current = window.session()->workspace()->currentSnapshot();
    ASSERT_NE(current, nullptr);
    EXPECT_EQ(current->source, url.toString());
    EXPECT_EQ(current->indices.first().value, 113247.0);
    EXPECT_EQ(window.session()->recentFiles(), QStringList{url.toString()});
}

TEST_F(OpenUrlTest, ARefreshUpdatesThePageInPlaceWithoutTakingTheSelection)
{
    QByteArray body = page("113,247");
    server.route("/psx", [&body](const HttpRequest &) { return HttpResponse::page("text/plain", body); });
    const QUrl url = server.url(QStringLiteral("/psx"));
    window.session()->openUrl(url, std::chrono::minutes(5));
    ASSERT_TRUE(waitForCount(1));
    openSampleAndWait(window);
    ASSERT_EQ(window.session()->workspace()->collection()->count(), 2);
    const Snapshot *sample = window.session()->workspace()->currentSnapshot();

    body = page("114,000");
    ASSERT_TRUE(window.session()->autoRefresh()->refreshNow(url));
    SnapshotCollection *collection = window.session()->workspace()->collection();
    ASSERT_TRUE(QTest::qWaitFor([&] {
        return collection->snapshotAt(collection->rowOfKey(url.toString())).indices.first().value == 114000.0;
    }, 10000));
    EXPECT_EQ(collection->count(), 2);
    EXPECT_EQ(window.session()->workspace()->currentSnapshot(), sample);
}

TEST_F(OpenUrlTest, TheNextSessionReopensThePageWithItsRefreshInterval)
{
    server.route("/psx", HttpResponse::page("text/plain; charset=utf-8", page("113,247")));
    server.route("/still", HttpResponse::page("text/plain; charset=utf-8", page("113,500")));
    const QUrl refreshing = server.url(QStringLiteral("/psx"));
    const QUrl still = server.url(QStringLiteral("/still"));
    window.session()->openUrl(refreshing, std::chrono::minutes(5));
    ASSERT_TRUE(waitForCount(1));
    window.session()->openUrl(still);
    ASSERT_TRUE(waitForCount(2));

    {
        MainWindow next;
        next.session()->restore();
        ASSERT_TRUE(QTest::qWaitFor([&] { return next.session()->workspace()->collection()->count() == 2; }, 10000));
        EXPECT_EQ(next.session()->autoRefresh()->interval(refreshing), std::chrono::minutes(5));
        EXPECT_EQ(next.session()->autoRefresh()->interval(still), std::chrono::milliseconds(0));
    }

    // A page closed is not refreshed in the session after.
    SnapshotCollection *collection = window.session()->workspace()->collection();
    collection->setCurrentRow(collection->rowOfKey(refreshing.toString()));
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    window.dashboard()->snapshotList()->list()->setFocus();
    QTest::keyClick(window.dashboard()->snapshotList()->list(), Qt::Key_Delete);  // the side panel's Close Snapshot
    ASSERT_EQ(collection->count(), 1);
    MainWindow after;
    after.session()->restore();
    ASSERT_TRUE(QTest::qWaitFor([&] { return after.session()->workspace()->collection()->count() == 1; }, 10000));
    EXPECT_FALSE(after.session()->autoRefresh()->contains(refreshing));
    EXPECT_EQ(after.session()->autoRefresh()->interval(still), std::chrono::milliseconds(0));
}

TEST_F(OpenUrlTest, ClosingThePageStopsItsRefresh)
{
    server.route("/psx", HttpResponse::page("text/plain", page("113,247")));
    const QUrl url = server.url(QStringLiteral("/psx"));
    window.session()->openUrl(url, std::chrono::minutes(5));
    ASSERT_TRUE(waitForCount(1));
    EXPECT_TRUE(window.session()->autoRefresh()->contains(url));
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    QListView *list = window.dashboard()->snapshotList()->list();
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Delete);  // the side panel's Close Snapshot
    EXPECT_EQ(window.session()->workspace()->collection()->count(), 0);
    EXPECT_FALSE(window.session()->autoRefresh()->contains(url));
}

TEST_F(OpenUrlTest, APageThatCannotBeFetchedIsNamedAndNothingElseChanges)
{
    openSampleAndWait(window);
    const QUrl url = server.url(QStringLiteral("/missing"));  // no route: 404
    window.session()->openUrl(url);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window.banner()->isHidden(); }, 10000));
    EXPECT_TRUE(window.banner()->text().contains(url.toString())) << window.banner()->text().toStdString();
    EXPECT_EQ(window.session()->workspace()->collection()->count(), 1);
    EXPECT_FALSE(window.session()->autoRefresh()->contains(url));
}

TEST_F(OpenUrlTest, AHeadlessScreenshotWaitsForWebPagesAndNamesThoseThatFail)
{
    server.route("/psx", HttpResponse::page("text/plain", page("113,247")));
    md::ui::ScreenshotRequest request;
    request.files = {server.url(QStringLiteral("/psx")).toString(), server.url(QStringLiteral("/missing")).toString()};
    request.view = QStringLiteral("ticker");
    const md::ui::ScreenshotResult result = md::ui::renderScreenshot(request);
    ASSERT_EQ(result.errors.size(), 1);
    EXPECT_TRUE(result.errors.first().contains(QStringLiteral("/missing"))) << result.errors.first().toStdString();
    // The fetched page's ticker (green and red on the strip), not the empty strip's one line of grey.
    md::ui::ScreenshotRequest empty;
    empty.view = QStringLiteral("ticker");
    EXPECT_GT(distinctColours(result.image), distinctColours(md::ui::renderScreenshot(empty).image) + 20);
}

namespace {

// The window with a library in a temporary folder, a page served at /psx whose body the test changes.
class OpenUrlLibraryTest : public OpenUrlTest
{
protected:
    void SetUp() override
    {
        OpenUrlTest::SetUp();
        ASSERT_TRUE(dir.isValid());
        ASSERT_TRUE(window.openLibrary(dir.filePath(QStringLiteral("library.sqlite"))).ok());
        server.route("/psx", [this](const HttpRequest &) { return response; });
        url = server.url(QStringLiteral("/psx"));
    }
    // Refreshes now and waits until the fetch has ended (good or bad).
    bool refreshAndWait()
    {
        const QDateTime before = window.session()->autoRefresh()->status(url).lastAttempt;
        if (!window.session()->autoRefresh()->refreshNow(url))
            return false;
        return QTest::qWaitFor([&] {
            const AutoRefresh::Status status = window.session()->autoRefresh()->status(url);
            return !status.inFlight && status.lastAttempt.isValid() && status.lastAttempt != before;
        }, 10000);
    }
    double shownKse100() const
    {
        SnapshotCollection *collection = window.session()->workspace()->collection();
        return collection->snapshotAt(collection->rowOfKey(url.toString())).indices.first().value;
    }

    QTemporaryDir dir;
    HttpResponse response = HttpResponse::page("text/plain", page("113,247"));
    QUrl url;
};

} // namespace

TEST_F(OpenUrlLibraryTest, AFetchedPageIsKeptInTheLibraryAndAnUnchangedRefreshIsNotStoredTwice)
{
    window.session()->openUrl(url, std::chrono::minutes(5));
    ASSERT_TRUE(waitForCount(1));
    EXPECT_EQ(window.session()->library()->snapshotCount(), 1);
    EXPECT_EQ(window.session()->library()->listSnapshots().first().source, url.toString());

    ASSERT_TRUE(refreshAndWait());  // the same page again
    EXPECT_EQ(window.session()->library()->snapshotCount(), 1);

    response = HttpResponse::page("text/plain", page("114,000"));
    ASSERT_TRUE(refreshAndWait());
    EXPECT_EQ(window.session()->library()->snapshotCount(), 2);
    EXPECT_EQ(shownKse100(), 114000.0);
    EXPECT_EQ(window.session()->library()->series(QStringLiteral("KSE100")).points.size(), 2);
}

TEST_F(OpenUrlLibraryTest, AFailedRefreshKeepsTheLastGoodPageOnScreenAndInTheLibraryAndSaysSo)
{
    window.session()->openUrl(url, std::chrono::minutes(5));
    ASSERT_TRUE(waitForCount(1));
    response = HttpResponse::page("text/html", "<h1>down</h1>");
    response.status = 500;
    response.reason = "Internal Server Error";
    ASSERT_TRUE(refreshAndWait());

    EXPECT_EQ(shownKse100(), 113247.0);
    EXPECT_EQ(window.session()->library()->snapshotCount(), 1);
    EXPECT_TRUE(window.banner()->isHidden());
    const QString status = window.findChild<md::ui::RefreshStatusLabel *>()->fullText();
    EXPECT_TRUE(status.startsWith(QStringLiteral("Refresh failed at "))) << status.toStdString();
    EXPECT_TRUE(status.contains(QStringLiteral("HTTP 500"))) << status.toStdString();
    EXPECT_TRUE(status.contains(QStringLiteral("showing the page from "))) << status.toStdString();
    EXPECT_FALSE(window.findChild<md::ui::RefreshStatusLabel *>()->isHidden());
}

TEST_F(OpenUrlLibraryTest, TheStatusBarNamesAFailedRefreshOfAPageThatIsNotOnScreen)
{
    window.session()->openUrl(url, std::chrono::minutes(5));
    ASSERT_TRUE(waitForCount(1));
    openSampleAndWait(window);  // now the sample is on screen
    response = HttpResponse::page("text/html", "<h1>down</h1>");
    response.status = 500;
    response.reason = "Internal Server Error";
    ASSERT_TRUE(refreshAndWait());
    EXPECT_EQ(window.findChild<md::ui::RefreshStatusLabel *>()->fullText(), QStringLiteral("\u26A0 1 other page could not be refreshed"));
    EXPECT_TRUE(window.findChild<md::ui::RefreshStatusLabel *>()->toolTip().contains(url.toDisplayString()));
}
