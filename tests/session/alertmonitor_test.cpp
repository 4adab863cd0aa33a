// Alerts in the session, without widgets: a snapshot opened or refreshed fires a matching rule once, live;
// the same page again fires nothing; an import finds what would have fired and notifies nothing.
#include "core/alerts/alertstore.h"
#include "core/library/folderimport.h"
#include "core/library/library.h"
#include "core/library/libraryrecorder.h"
#include "core/models/snapshotcollection.h"
#include "core/network/autorefresh.h"
#include "core/session/alertmonitor.h"
#include "core/session/snapshotsession.h"
#include "tests/network/httptestserver.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace md;
using namespace md::test;

namespace {

class AlertMonitorTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        clearSettings();
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(m_session.openLibrary(m_dir.filePath(QStringLiteral("library.sqlite"))).ok());
    }
    void TearDown() override { clearSettings(); }

    // A copy of a fixture in the temporary folder (the recorder stores user files, under their own path).
    QString copyOf(const char *name, const QString &as = {})
    {
        const QString target = m_dir.filePath(as.isEmpty() ? QString::fromLatin1(name) : as);
        EXPECT_TRUE(QFile::copy(dataPath(QString::fromLatin1(name)), target));
        return target;
    }

    void addRule(const char *text)
    {
        const AddRuleResult added = AlertStore(*m_session.library()).addRule(QString::fromLatin1(text));
        ASSERT_TRUE(added.ok()) << qPrintable(added.error);
    }

    // Opens files and waits until the recorder has stored them (and the alerts were evaluated).
    void openAndStore(const QStringList &paths)
    {
        QSignalSpy opened(&m_session, &SnapshotSession::opened);
        QSignalSpy stored(m_session.recorder(), &LibraryRecorder::snapshotsStored);
        m_session.openPaths(paths);
        ASSERT_TRUE(opened.wait(10000));
        ASSERT_TRUE(stored.wait(10000));
    }

    QTemporaryDir m_dir;
    SnapshotSession m_session;
};

QByteArray page(const char *ogdc)
{
    return QByteArray("KSE100 113,247 Increased By 609 (0.54%)\n"
                      "OGDC ") + ogdc + " Increased By \xe2\x96\xb2 11.93 (5.6%)\n\n"
           "KARACHI: Shares closed higher on Tuesday as exploration stocks led a late recovery.\n";
}

} // namespace

TEST_F(AlertMonitorTest, AFileWithAMatchingRuleFiresItOnceLive)
{
    addRule("OGDC above 200");
    addRule("BOP below 5");  // 10.09: does not hold
    QSignalSpy fired(&m_session, &SnapshotSession::alertsFired);
    openAndStore({copyOf("psx-close-2024-12-10.txt")});
    ASSERT_EQ(fired.count(), 1);
    const auto alerts = fired.first().at(0).value<QVector<FiredAlert>>();
    ASSERT_EQ(alerts.size(), 1);
    EXPECT_EQ(alerts.first().rule, QStringLiteral("OGDC above 200"));
    EXPECT_EQ(alerts.first().name, QStringLiteral("OGDC"));
    EXPECT_EQ(alerts.first().value, 224.96);
    EXPECT_FALSE(alerts.first().historical);
    EXPECT_EQ(alerts.first().snapshotId, m_session.library()->listSnapshots().first().id);
    EXPECT_EQ(AlertStore(*m_session.library()).history().size(), 1);
}

TEST_F(AlertMonitorTest, TheSamePageOpenedAgainFiresNothing)
{
    addRule("OGDC above 200");
    const QString file = copyOf("psx-close-2024-12-10.txt");
    QSignalSpy fired(&m_session, &SnapshotSession::alertsFired);
    openAndStore({file});
    ASSERT_EQ(fired.count(), 1);
    // Reopened, and the same bytes under another name: the same snapshot in the library.
    openAndStore({file});
    openAndStore({copyOf("psx-close-2024-12-10.txt", QStringLiteral("copy.txt"))});
    EXPECT_EQ(fired.count(), 1);
    EXPECT_EQ(AlertStore(*m_session.library()).history().size(), 1);
    EXPECT_TRUE(m_session.alertMonitor()->lastError().isEmpty());
}

TEST_F(AlertMonitorTest, ARuleAddedLaterFiresWhenTheSnapshotIsOpenedAgain)
{
    const QString file = copyOf("psx-close-2024-12-10.txt");
    QSignalSpy fired(&m_session, &SnapshotSession::alertsFired);
    openAndStore({file});
    EXPECT_EQ(fired.count(), 0);
    addRule("FCCL move 3%");
    openAndStore({file});
    ASSERT_EQ(fired.count(), 1);
    EXPECT_EQ(fired.first().at(0).value<QVector<FiredAlert>>().first().value, 3.39);
}

TEST_F(AlertMonitorTest, ASnapshotOpenedFromTheLibraryIsNotEvaluated)
{
    const QString file = copyOf("psx-close-2024-12-10.txt");
    openAndStore({file});
    addRule("OGDC above 200");
    QSignalSpy fired(&m_session, &SnapshotSession::alertsFired);
    m_session.openFromLibrary(m_session.library()->listSnapshots().first().id);
    QTest::qWait(300);
    EXPECT_EQ(fired.count(), 0);
    EXPECT_TRUE(AlertStore(*m_session.library()).history().isEmpty());
}

TEST_F(AlertMonitorTest, AFetchedPageFiresOnceAndARefreshWithoutNewsFiresNothing)
{
    addRule("OGDC above 200");
    HttpTestServer server;
    ASSERT_TRUE(server.listen());
    QByteArray body = page("224.96");
    server.route("/psx", [&body](const HttpRequest &) { return HttpResponse::page("text/plain", body); });
    const QUrl url = server.url(QStringLiteral("/psx"));
    QSignalSpy fired(&m_session, &SnapshotSession::alertsFired);
    QSignalSpy fetched(m_session.autoRefresh(), &AutoRefresh::pageFetched);
    m_session.openUrl(url);
    ASSERT_TRUE(fetched.wait(10000));
    ASSERT_EQ(fired.count(), 1);

    // The same page fetched again: the same snapshot, nothing new.
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_session.autoRefresh()->refreshNow(url); }, 5000));
    ASSERT_TRUE(fetched.wait(10000));
    EXPECT_EQ(fired.count(), 1);

    // A new price that still holds is a new snapshot: it fires again, for that moment.
    body = page("230.10");
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_session.autoRefresh()->refreshNow(url); }, 5000));
    ASSERT_TRUE(fetched.wait(10000));
    ASSERT_EQ(fired.count(), 2);
    EXPECT_EQ(fired.last().at(0).value<QVector<FiredAlert>>().first().value, 230.10);
    EXPECT_EQ(AlertStore(*m_session.library()).history().size(), 2);
}

TEST_F(AlertMonitorTest, AnImportListsWhatWouldHaveFiredAndNotifiesNothing)
{
    addRule("OGDC above 200");
    QDir(m_dir.path()).mkdir(QStringLiteral("old"));
    ASSERT_TRUE(QFile::copy(dataPath(QStringLiteral("psx-close-2024-12-10.txt")), m_dir.filePath(QStringLiteral("old/close.txt"))));
    QSignalSpy fired(&m_session, &SnapshotSession::alertsFired);
    const ImportSummary summary = importFolder(*m_session.library(), m_dir.filePath(QStringLiteral("old")));
    EXPECT_EQ(summary.added, 1);
    ASSERT_EQ(summary.alerts.size(), 1);
    EXPECT_TRUE(summary.alerts.first().historical);
    EXPECT_EQ(describeImportAlerts(summary, QStringLiteral("the Alerts page")),
              QStringLiteral("1 alert would have fired on these snapshots; the Alerts page lists them."));
    const QVector<FiredAlert> history = AlertStore(*m_session.library()).history();
    ASSERT_EQ(history.size(), 1);
    EXPECT_TRUE(history.first().historical);

    // Opening the imported page afterwards fires nothing either: it fired (historically) on that page.
    openAndStore({m_dir.filePath(QStringLiteral("old/close.txt"))});
    EXPECT_EQ(fired.count(), 0);
}

TEST_F(AlertMonitorTest, ASnapshotThatCannotBeEvaluatedIsReportedNotSkippedSilently)
{
    addRule("OGDC above 200");
    QSignalSpy unavailable(&m_session, &SnapshotSession::alertsUnavailable);
    QSignalSpy fired(&m_session, &SnapshotSession::alertsFired);
    m_session.alertMonitor()->evaluate({{999, QStringLiteral("/gone/page.txt"), AddSnapshotResult::Outcome::Added}});
    ASSERT_EQ(unavailable.count(), 1);
    EXPECT_EQ(unavailable.first().at(0).toString(), m_session.alertMonitor()->lastError());
    EXPECT_TRUE(m_session.alertMonitor()->lastError().startsWith(QStringLiteral("/gone/page.txt: the alerts could not be evaluated")));
    EXPECT_EQ(fired.count(), 0);
}
