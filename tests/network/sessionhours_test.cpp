// The live board's hours: the PSX session rule on a fixed clock, and a market-watch page served on
// 127.0.0.1 that is refreshed during the session and paused outside it (said in the status bar).
#include "core/models/snapshotcollection.h"
#include "core/network/autorefresh.h"
#include "core/network/psxsessionhours.h"
#include "core/session/snapshotsession.h"
#include "tests/network/httptestserver.h"
#include "tests/network/networktest.h"
#include "ui/network/refreshstatuslabel.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QTest>
#include <QTimeZone>

#include <memory>

namespace md::test {
namespace {

using namespace std::chrono_literals;

// A wall-clock time in Pakistan (UTC+5).
QDateTime pkt(int year, int month, int day, int hour, int minute, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), QTimeZone(5 * 3600));
}

} // namespace

TEST(PsxSessionHours, OpenOnWeekdaysFromNineThirtyUntilThreeThirtyPakistanTime)
{
    // Wednesday 26 November 2025.
    EXPECT_FALSE(PsxSessionHours::isOpen(pkt(2025, 11, 26, 9, 29, 59)));
    EXPECT_TRUE(PsxSessionHours::isOpen(pkt(2025, 11, 26, 9, 30)));
    EXPECT_TRUE(PsxSessionHours::isOpen(pkt(2025, 11, 26, 15, 29, 59)));
    EXPECT_FALSE(PsxSessionHours::isOpen(pkt(2025, 11, 26, 15, 30)));
    // Friday open, Saturday and Sunday closed.
    EXPECT_TRUE(PsxSessionHours::isOpen(pkt(2025, 11, 28, 12, 0)));
    EXPECT_FALSE(PsxSessionHours::isOpen(pkt(2025, 11, 29, 12, 0)));
    EXPECT_FALSE(PsxSessionHours::isOpen(pkt(2025, 11, 30, 12, 0)));
    EXPECT_FALSE(PsxSessionHours::isOpen(QDateTime()));
}

TEST(PsxSessionHours, ReadsAnyTimeZoneOnTheExchangesClock)
{
    // 04:30 UTC is 09:30 in Karachi; 23:00 UTC on Sunday is 04:00 on Monday there.
    EXPECT_TRUE(PsxSessionHours::isOpen(QDateTime(QDate(2025, 11, 26), QTime(4, 30), QTimeZone::utc())));
    EXPECT_FALSE(PsxSessionHours::isOpen(QDateTime(QDate(2025, 11, 26), QTime(4, 29), QTimeZone::utc())));
    EXPECT_FALSE(PsxSessionHours::isOpen(QDateTime(QDate(2025, 11, 30), QTime(23, 0), QTimeZone::utc())));
    // New York (UTC-5 in November): 22:00 on Tuesday is 08:00 Wednesday in Karachi, 23:30 is 09:30.
    const QTimeZone newYork(QByteArrayLiteral("America/New_York"));
    if (newYork.isValid()) {
        EXPECT_FALSE(PsxSessionHours::isOpen(QDateTime(QDate(2025, 11, 25), QTime(22, 0), newYork)));
        EXPECT_TRUE(PsxSessionHours::isOpen(QDateTime(QDate(2025, 11, 25), QTime(23, 30), newYork)));
    }
}

TEST(PsxSessionHours, TheNextOpeningSkipsTheEveningAndTheWeekend)
{
    const QDateTime open = pkt(2025, 11, 26, 11, 0);
    EXPECT_EQ(PsxSessionHours::nextOpen(open), open.toUTC());  // open now
    EXPECT_EQ(PsxSessionHours::nextOpen(pkt(2025, 11, 26, 7, 0)), pkt(2025, 11, 26, 9, 30).toUTC());
    EXPECT_EQ(PsxSessionHours::nextOpen(pkt(2025, 11, 26, 15, 30)), pkt(2025, 11, 27, 9, 30).toUTC());
    EXPECT_EQ(PsxSessionHours::nextOpen(pkt(2025, 11, 28, 16, 0)), pkt(2025, 12, 1, 9, 30).toUTC());  // Friday → Monday
    EXPECT_EQ(PsxSessionHours::nextOpen(pkt(2025, 11, 29, 10, 0)), pkt(2025, 12, 1, 9, 30).toUTC());  // Saturday
    EXPECT_EQ(PsxSessionHours::closeOf(open), pkt(2025, 11, 26, 15, 30).toUTC());
    EXPECT_FALSE(PsxSessionHours::closeOf(pkt(2025, 11, 29, 10, 0)).isValid());
}

class LiveBoardTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        ASSERT_TRUE(server.listen());
        QFile fixture(dataPath(QStringLiteral("psx-market-watch-badges.html")));
        ASSERT_TRUE(fixture.open(QIODevice::ReadOnly));
        server.route("/market-watch", HttpResponse::page("text/html; charset=utf-8", fixture.readAll()));
        server.route("/news", HttpResponse::page("text/plain", "KSE100 113,247 Increased By 609 (0.54%)\n"));
    }
    void TearDown() override { QSettings().clear(); }

    // Opens url on a session whose clock starts at `start` (and runs), refreshing every interval once open.
    void openAt(const QDateTime &start, const QUrl &url, std::chrono::milliseconds interval = 100ms)
    {
        AutoRefresh *refresh = session.autoRefresh();
        auto running = std::make_shared<QElapsedTimer>();
        running->start();
        refresh->setClock([start, running] { return start.addMSecs(running->elapsed()); });
        refresh->setMinimumInterval(20ms);
        session.openUrl(url);
        ASSERT_TRUE(waitUntil([&] { return session.collection()->rowOfKey(url.toString()) >= 0; }, 5000));
        refresh->setInterval(url, interval);
    }

    HttpTestServer server;
    SnapshotSession session;
};

TEST_F(LiveBoardTest, AMarketWatchPageIsRefreshedDuringTheSession)
{
    const QUrl url = server.url(QStringLiteral("/market-watch"));
    openAt(pkt(2025, 11, 26, 11, 0), url);
    EXPECT_TRUE(session.autoRefresh()->status(url).sessionHoursOnly);
    EXPECT_FALSE(session.autoRefresh()->status(url).pausedOutsideSession);
    EXPECT_TRUE(waitUntil([&] { return server.requestCount("/market-watch") >= 3; }, 3000));
}

TEST_F(LiveBoardTest, AMarketWatchPageIsNotRefreshedOutsideTheSessionAndTheStatusBarSaysSo)
{
    const QUrl url = server.url(QStringLiteral("/market-watch"));
    openAt(pkt(2025, 11, 29, 11, 0), url);  // a Saturday
    EXPECT_EQ(server.requestCount("/market-watch"), 1);  // opening it fetches it once, as asked
    QTest::qWait(600);
    EXPECT_EQ(server.requestCount("/market-watch"), 1);
    const AutoRefresh::Status status = session.autoRefresh()->status(url);
    EXPECT_TRUE(status.pausedOutsideSession);
    EXPECT_EQ(status.nextRefresh, pkt(2025, 12, 1, 9, 30).toUTC());

    ui::RefreshStatusLabel label(session.autoRefresh(), session.collection());
    EXPECT_TRUE(label.fullText().contains(QStringLiteral("paused outside market hours")));
    EXPECT_TRUE(label.fullText().contains(QStringLiteral("until Mon 09:30")));
}

TEST_F(LiveBoardTest, AnyOtherPageKeepsRefreshingOutsideTheSession)
{
    const QUrl url = server.url(QStringLiteral("/news"));
    openAt(pkt(2025, 11, 29, 11, 0), url);
    EXPECT_FALSE(session.autoRefresh()->status(url).sessionHoursOnly);
    EXPECT_TRUE(waitUntil([&] { return server.requestCount("/news") >= 3; }, 3000));
}

TEST_F(LiveBoardTest, TheLastRefreshBeforeTheCloseWaitsForTheNextSession)
{
    const QUrl url = server.url(QStringLiteral("/market-watch"));
    // A Friday, a moment before the close: the next refresh would fall after it.
    openAt(pkt(2025, 11, 28, 15, 29, 59), url, 2s);
    EXPECT_EQ(session.autoRefresh()->status(url).nextRefresh, pkt(2025, 12, 1, 9, 30).toUTC());
    // At the close the status turns to paused, and nothing is fetched.
    EXPECT_TRUE(waitUntil([&] { return session.autoRefresh()->status(url).pausedOutsideSession; }, 3000));
    QTest::qWait(300);
    EXPECT_EQ(server.requestCount("/market-watch"), 1);
}

} // namespace md::test
