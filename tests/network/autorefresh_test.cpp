// AutoRefresh against the loopback server: intervals, failures keep the last good page, one fetch at a time,
// Retry-After waited out.
#include "core/network/autorefresh.h"
#include "tests/network/httptestserver.h"
#include "tests/network/networktest.h"

#include <QElapsedTimer>

namespace md::test {
namespace {

using namespace std::chrono_literals;

const QByteArray kPage = "KSE100 113,247 Increased By 609 (0.54%)\n";

class AutoRefreshTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(server.listen());
        FetchOptions options;
        options.transferTimeoutMs = 2000;
        options.totalDeadlineMs = 4000;
        fetcher.setOptions(options);
        QObject::connect(&refresh, &AutoRefresh::pageFetched,
                         [this](const QUrl &url, const QByteArray &bytes, const QDateTime &fetchedAt) {
                             pages.append({url, bytes, fetchedAt});
                         });
        QObject::connect(&refresh, &AutoRefresh::fetchFailed, [this](const QUrl &url, const QString &message) {
            failures.append({url, message});
        });
    }

    struct Page
    {
        QUrl url;
        QByteArray bytes;
        QDateTime fetchedAt;
    };

    HttpTestServer server;
    PageFetcher fetcher;
    AutoRefresh refresh{&fetcher};
    QList<Page> pages;
    QList<QPair<QUrl, QString>> failures;
};

TEST_F(AutoRefreshTest, RefreshesEveryIntervalAndHandsOverEachPage)
{
    server.route("/psx", HttpResponse::page("text/plain", kPage));
    const QUrl url = server.url(QStringLiteral("/psx"));
    refresh.setMinimumInterval(20ms);
    refresh.setInterval(url, 100ms);
    EXPECT_EQ(refresh.interval(url), 100ms);
    EXPECT_TRUE(refresh.status(url).nextRefresh.isValid());
    EXPECT_TRUE(pages.isEmpty());  // the first refresh is one interval away

    ASSERT_TRUE(waitUntil([&] { return pages.size() >= 2; }, 3000));
    EXPECT_EQ(pages.at(0).url, url);
    EXPECT_EQ(pages.at(0).bytes, kPage);
    EXPECT_LT(pages.at(0).fetchedAt, pages.at(1).fetchedAt);
    EXPECT_TRUE(failures.isEmpty());
    const AutoRefresh::Status status = refresh.status(url);
    EXPECT_TRUE(status.lastError.isEmpty());
    EXPECT_GE(status.lastRefresh, pages.at(1).fetchedAt);
}

TEST_F(AutoRefreshTest, RefreshIsOffByDefaultAndNeverMoreOftenThanOnceAMinute)
{
    const QUrl url = server.url(QStringLiteral("/psx"));
    EXPECT_EQ(refresh.minimumInterval(), 60000ms);
    EXPECT_EQ(refresh.interval(url), 0ms);
    EXPECT_FALSE(refresh.contains(url));

    const QDateTime before = QDateTime::currentDateTimeUtc();
    refresh.setInterval(url, 5s);
    EXPECT_EQ(refresh.interval(url), 60000ms);
    EXPECT_GE(refresh.status(url).nextRefresh, before.addSecs(60));

    refresh.setInterval(url, 0ms);
    EXPECT_EQ(refresh.interval(url), 0ms);
    EXPECT_FALSE(refresh.status(url).nextRefresh.isValid());
    waitUntil([] { return false; }, 100);
    EXPECT_TRUE(server.requests().isEmpty());
}

TEST_F(AutoRefreshTest, FailedRefreshReportsAndKeepsTheLastGoodTime)
{
    int calls = 0;
    server.route("/psx", [&calls](const HttpRequest &) {
        if (++calls == 1)
            return HttpResponse::page("text/plain", kPage);
        HttpResponse broken = HttpResponse::page("text/plain", "down\n");
        broken.status = 500;
        broken.reason = "Internal Server Error";
        return broken;
    });
    const QUrl url = server.url(QStringLiteral("/psx"));

    ASSERT_TRUE(refresh.refreshNow(url));
    ASSERT_TRUE(waitUntil([&] { return pages.size() == 1; }, 3000));
    const QDateTime good = refresh.status(url).lastRefresh;
    EXPECT_EQ(good, pages.first().fetchedAt);

    ASSERT_TRUE(refresh.refreshNow(url));
    ASSERT_TRUE(waitUntil([&] { return failures.size() == 1; }, 3000));
    const QString message = url.toString()
                          + QStringLiteral(": the server failed to answer (HTTP 500 Internal Server Error); try again later");
    EXPECT_EQ(failures.first().second, message);
    const AutoRefresh::Status status = refresh.status(url);
    EXPECT_EQ(status.lastRefresh, good);  // the page on screen and in the library is still the good one
    EXPECT_EQ(status.lastError, message);
    EXPECT_GE(status.lastAttempt, good);
    EXPECT_EQ(pages.size(), 1);
}

TEST_F(AutoRefreshTest, NeverFetchesAPageTwiceAtTheSameTime)
{
    HttpResponse slow = HttpResponse::page("text/plain", kPage);
    slow.dripIntervalMs = 8;  // about 330 ms for the page
    server.route("/slow", slow);
    const QUrl url = server.url(QStringLiteral("/slow"));
    refresh.setMinimumInterval(10ms);
    refresh.setInterval(url, 20ms);

    ASSERT_TRUE(refresh.refreshNow(url));
    EXPECT_TRUE(refresh.status(url).inFlight);
    EXPECT_FALSE(refresh.refreshNow(url));  // refused while the first is under way

    ASSERT_TRUE(waitUntil([&] { return pages.size() >= 2; }, 4000));
    EXPECT_EQ(server.peakConcurrent("/slow"), 1);
    EXPECT_TRUE(failures.isEmpty());
}

TEST_F(AutoRefreshTest, WaitsOutTheServersRetryAfter)
{
    int calls = 0;
    server.route("/busy", [&calls](const HttpRequest &) {
        if (++calls > 1)
            return HttpResponse::page("text/plain", kPage);
        HttpResponse busy = HttpResponse::page("text/plain", "slow down\n").header("Retry-After", "1");
        busy.status = 429;
        busy.reason = "Too Many Requests";
        return busy;
    });
    const QUrl url = server.url(QStringLiteral("/busy"));
    refresh.setMinimumInterval(10ms);
    refresh.setInterval(url, 50ms);

    QElapsedTimer clock;
    ASSERT_TRUE(refresh.refreshNow(url));
    ASSERT_TRUE(waitUntil([&] { return failures.size() == 1; }, 3000));
    clock.start();
    const AutoRefresh::Status status = refresh.status(url);
    EXPECT_TRUE(status.retryAfter.isValid());
    EXPECT_GE(status.nextRefresh, status.retryAfter);  // not the 50 ms interval
    EXPECT_FALSE(refresh.refreshNow(url));             // not even on demand

    ASSERT_TRUE(waitUntil([&] { return pages.size() == 1; }, 3000));
    EXPECT_GE(clock.elapsed(), 900);
    EXPECT_EQ(calls, 2);
    EXPECT_FALSE(refresh.status(url).retryAfter.isValid());
    EXPECT_TRUE(refresh.status(url).lastError.isEmpty());
}

TEST_F(AutoRefreshTest, RemovedPageIsCancelledAndForgotten)
{
    HttpResponse slow = HttpResponse::page("text/plain", kPage);
    slow.dripIntervalMs = 20;
    server.route("/slow", slow);
    const QUrl url = server.url(QStringLiteral("/slow"));
    refresh.setMinimumInterval(10ms);
    refresh.setInterval(url, 20ms);
    ASSERT_TRUE(refresh.refreshNow(url));

    refresh.remove(url);
    EXPECT_FALSE(refresh.contains(url));
    EXPECT_TRUE(refresh.urls().isEmpty());
    waitUntil([] { return false; }, 300);
    EXPECT_TRUE(pages.isEmpty());
    EXPECT_TRUE(failures.isEmpty());
    EXPECT_LE(server.requestCount("/slow"), 1);  // cancelled, maybe before it was even sent
}

TEST(RefreshStatusLine, SaysWhenItLastWorkedAndWhatWentWrong)
{
    const QDateTime good(QDate(2024, 12, 10), QTime(9, 5, 12), Qt::UTC);
    const QDateTime bad = good.addSecs(300);
    const QDateTime next = bad.addSecs(300);
    auto clock = [](const QDateTime &utc) { return utc.toLocalTime().toString(QStringLiteral("HH:mm:ss")); };

    AutoRefresh::Status status;
    EXPECT_EQ(describeRefreshStatus(status), QString());

    status.lastRefresh = good;
    status.lastAttempt = good;
    status.nextRefresh = next;
    EXPECT_EQ(describeRefreshStatus(status),
              QStringLiteral("Refreshed at %1 · next at %2").arg(clock(good), clock(next)));

    status.lastAttempt = bad;
    status.lastError = QStringLiteral("https://www.brecorder.com/: the server refused the connection");
    EXPECT_EQ(describeRefreshStatus(status),
              QStringLiteral("Refresh failed at %1: https://www.brecorder.com/: the server refused the connection · "
                             "showing the page from %2 · next at %3")
                  .arg(clock(bad), clock(good), clock(next)));

    status.inFlight = true;
    status.nextRefresh = QDateTime();
    EXPECT_EQ(describeRefreshStatus(status), QStringLiteral("Refreshing… · showing the page from %1").arg(clock(good)));
}

} // namespace
} // namespace md::test
