// SnapshotSession without widgets: opening files and pages, the newest made current, recent files, the saved
// session, a snapshot from the library with its corrected capture time, the earlier of two compared first.
#include "core/library/library.h"
#include "core/library/libraryrecorder.h"
#include "core/load/snapshotopener.h"
#include "core/models/snapshotcollection.h"
#include "core/network/autorefresh.h"
#include "core/session/snapshotsession.h"
#include "core/settings/settings.h"
#include "tests/network/httptestserver.h"
#include "tests/support/testsupport.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace md;
using namespace md::test;

namespace {

class SnapshotSessionTest : public ::testing::Test
{
protected:
    void SetUp() override { clearSettings(); }
    void TearDown() override { clearSettings(); }

    static QString fixture(const char *name) { return dataPath(QString::fromLatin1(name)); }
    // The bundled sample (12 December) as a file: the resource itself is linked into the ui library only.
    static QString sample() { return QStringLiteral(MARKETDESK_SAMPLE_FILE); }
    static QString sampleKey() { return SnapshotOpener::keyOf(sample()); }

    // Opens paths and waits for the session's report of them.
    static OpenReport openAndWait(SnapshotSession &session, const QStringList &paths)
    {
        QSignalSpy reports(&session, &SnapshotSession::opened);
        session.openPaths(paths);
        EXPECT_TRUE(reports.wait(10000)) << "no report after 10 s";
        return reports.isEmpty() ? OpenReport() : reports.takeFirst().at(0).value<OpenReport>();
    }
};

QByteArray page(const char *kse100)
{
    return QByteArray("KSE100 ") + kse100 + " Increased By 609 (0.54%)\n"
           "OGDC 224.96 Increased By \xe2\x96\xb2 11.93 (5.6%)\n\n"
           "KARACHI: Shares closed higher on Tuesday as exploration stocks led a late recovery.\n";
}

} // namespace

TEST_F(SnapshotSessionTest, OpensFilesOnAWorkerThreadAndMakesTheNewestOfThemCurrent)
{
    SnapshotSession session;
    session.openPaths({fixture("psx-close-2024-12-10.txt"), sample()});
    EXPECT_TRUE(session.isOpening());
    QSignalSpy reports(&session, &SnapshotSession::opened);
    ASSERT_TRUE(reports.wait(10000));
    EXPECT_FALSE(session.isOpening());
    const OpenReport report = reports.first().at(0).value<OpenReport>();
    EXPECT_EQ(report.origin, OpenReport::Origin::Files);
    EXPECT_EQ(report.opened.size(), 2);
    EXPECT_TRUE(report.errors.isEmpty());
    ASSERT_EQ(session.collection()->count(), 2);
    EXPECT_EQ(session.collection()->currentRow(), 0);  // the sample, the newer of the two
    EXPECT_EQ(session.collection()->currentSnapshot()->article.headline,
              QStringLiteral("Explorers and cement makers lift KSE-100 above 114,000"));
    // Remembered newest first.
    EXPECT_EQ(session.recentFiles(), (QStringList{sampleKey(),
                                                  SnapshotOpener::keyOf(fixture("psx-close-2024-12-10.txt"))}));
}

TEST_F(SnapshotSessionTest, WhatWasJustOpenedBecomesCurrentEvenWhenOlder)
{
    SnapshotSession session;
    openAndWait(session, {sample()});
    openAndWait(session, {fixture("psx-close-2024-12-10.txt")});
    EXPECT_EQ(session.collection()->currentRow(), 1);  // below the newer sample
    EXPECT_EQ(session.collection()->currentSnapshot()->article.dateline, QStringLiteral("KARACHI"));
}

TEST_F(SnapshotSessionTest, ABadFileIsNamedAndWhatIsOpenStays)
{
    SnapshotSession session;
    openAndWait(session, {fixture("psx-close-2024-12-10.txt")});
    const Snapshot *before = session.collection()->currentSnapshot();
    const OpenReport report = openAndWait(session, {fixture("bad-binary.txt")});
    EXPECT_TRUE(report.opened.isEmpty());
    ASSERT_EQ(report.errors.size(), 1);
    EXPECT_TRUE(report.errors.first().contains(QStringLiteral("bad-binary.txt")));
    EXPECT_EQ(session.lastOpenErrors(), report.errors);
    EXPECT_EQ(session.collection()->count(), 1);
    EXPECT_EQ(session.collection()->currentSnapshot(), before);
}

TEST_F(SnapshotSessionTest, TheNextSessionReopensWhatWasOpenAndNamesAFileGoneSince)
{
    QTemporaryDir dir;
    const QString kept = dir.filePath(QStringLiteral("kept.txt"));
    const QString gone = dir.filePath(QStringLiteral("gone.txt"));
    ASSERT_TRUE(QFile::copy(fixture("psx-close-2024-12-10.txt"), kept));
    ASSERT_TRUE(QFile::copy(fixture("reader-hostile-article.txt"), gone));
    {
        SnapshotSession session;
        openAndWait(session, {kept, gone});
        session.finish();
    }
    ASSERT_TRUE(QFile::remove(gone));

    SnapshotSession again;
    QSignalSpy reports(&again, &SnapshotSession::opened);
    again.restore();
    ASSERT_TRUE(reports.wait(10000));
    const OpenReport report = reports.first().at(0).value<OpenReport>();
    EXPECT_EQ(report.origin, OpenReport::Origin::LastSession);
    ASSERT_EQ(report.errors.size(), 1);
    EXPECT_TRUE(report.errors.first().contains(QStringLiteral("gone.txt")));
    EXPECT_EQ(again.collection()->count(), 1);
    // Once it is back, the session saved is what is open: the lost file is not looked for again.
    EXPECT_EQ(settings::sessionFiles.value(), QStringList{SnapshotOpener::keyOf(kept)});
}

TEST_F(SnapshotSessionTest, ClosingRemovesFromTheSavedSession)
{
    SnapshotSession session;
    openAndWait(session, {fixture("psx-close-2024-12-10.txt"), sample()});
    EXPECT_EQ(settings::sessionFiles.value().size(), 2);
    session.closeAt(session.collection()->rowOfKey(sampleKey()));
    EXPECT_EQ(settings::sessionFiles.value(), QStringList{SnapshotOpener::keyOf(fixture("psx-close-2024-12-10.txt"))});
    session.closeAll();
    EXPECT_TRUE(settings::sessionFiles.value().isEmpty());
    EXPECT_EQ(session.collection()->count(), 0);
}

TEST_F(SnapshotSessionTest, RecentFilesKeepTheNewestTenAndCanBeCleared)
{
    SnapshotSession session;
    QStringList older;
    for (int i = 0; i < 12; ++i)
        older.append(QStringLiteral("/nowhere/%1.txt").arg(i));
    settings::recentFiles.set(older);
    QSignalSpy changed(&session, &SnapshotSession::recentFilesChanged);
    openAndWait(session, {sample()});
    ASSERT_EQ(changed.count(), 1);
    const QStringList recent = session.recentFiles();
    ASSERT_EQ(recent.size(), settings::kMaxRecentFiles);
    EXPECT_EQ(recent.first(), sampleKey());
    EXPECT_EQ(recent.at(1), QStringLiteral("/nowhere/0.txt"));
    session.clearRecentFiles();
    EXPECT_TRUE(session.recentFiles().isEmpty());
}

TEST_F(SnapshotSessionTest, AnInMemoryStoreKeepsTheUsersSessionAndRecentFilesUntouched)
{
    settings::sessionFiles.set({QStringLiteral("/users/own.txt")});
    {
        const InMemorySettings scope;
        SnapshotSession session;
        openAndWait(session, {sample()});
        session.finish();
    }
    EXPECT_EQ(settings::sessionFiles.value(), QStringList{QStringLiteral("/users/own.txt")});
    EXPECT_TRUE(settings::recentFiles.value().isEmpty());
}

TEST_F(SnapshotSessionTest, ComparesTheEarlierOfTwoOpenSnapshotsFirst)
{
    SnapshotSession session;
    openAndWait(session, {fixture("psx-close-2024-12-10.txt"), sample()});
    const SnapshotCollection *open = session.collection();
    ASSERT_EQ(open->currentRow(), 0);  // the sample, 12 December
    // Asked from either side, the 10 December snapshot comes first.
    const std::optional<SnapshotPair> pair = session.comparisonWithCurrent(1);
    ASSERT_TRUE(pair.has_value());
    EXPECT_EQ(pair->earlier.source, open->snapshotAt(1).source);
    EXPECT_EQ(pair->later.source, open->snapshotAt(0).source);
    EXPECT_EQ(pair->earlierLabel, open->index(1).data(SnapshotCollection::CaptureTimeTextRole).toString());
    EXPECT_EQ(pair->laterLabel, open->index(0).data(SnapshotCollection::CaptureTimeTextRole).toString());
    session.collection()->setCurrentRow(1);
    const std::optional<SnapshotPair> reversed = session.comparisonWithCurrent(0);
    ASSERT_TRUE(reversed.has_value());
    EXPECT_EQ(reversed->earlier.source, open->snapshotAt(1).source);
    // Not with itself, nor with a row that is not there.
    EXPECT_FALSE(session.comparisonWithCurrent(1).has_value());
    EXPECT_FALSE(session.comparisonWithCurrent(5).has_value());
}

TEST_F(SnapshotSessionTest, ASnapshotFromTheLibraryKeepsItsCorrectedCaptureTimeAndIsNotStoredAgain)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("close.txt"));
    ASSERT_TRUE(QFile::copy(fixture("psx-close-2024-12-10.txt"), file));
    SnapshotSession session;
    ASSERT_TRUE(session.openLibrary(dir.filePath(QStringLiteral("library.sqlite"))).ok());
    EXPECT_FALSE(session.openLibrary(dir.filePath(QStringLiteral("other.sqlite"))).ok());  // one library
    QSignalSpy stored(&session, &SnapshotSession::stored);
    openAndWait(session, {file});
    session.recorder()->flush();
    ASSERT_EQ(session.library()->snapshotCount(), 1);
    EXPECT_FALSE(stored.isEmpty());

    const SnapshotId id = session.library()->listSnapshots().first().id;
    const Timestamp corrected = Timestamp::fromWallClock(QDate(2024, 12, 10), QTime(15, 30));
    ASSERT_TRUE(session.library()->correctCaptureTime(id, corrected).ok());
    session.closeAll();
    QSignalSpy reports(&session, &SnapshotSession::opened);
    session.openFromLibrary(id);
    ASSERT_EQ(reports.count(), 1);
    EXPECT_EQ(reports.first().at(0).value<OpenReport>().origin, OpenReport::Origin::Library);
    ASSERT_EQ(session.collection()->count(), 1);
    EXPECT_EQ(session.collection()->captureTimeAt(0).time, corrected);
    // The same identity as the file: opening the file again replaces it instead of adding a second.
    EXPECT_EQ(session.collection()->keyAt(0), SnapshotOpener::keyOf(file));
    EXPECT_EQ(session.recorder()->pendingCount(), 0);
    EXPECT_EQ(session.library()->snapshotCount(), 1);
}

TEST_F(SnapshotSessionTest, AFetchedPageOpensLikeAFileAndARefreshUpdatesItInPlace)
{
    HttpTestServer server;
    ASSERT_TRUE(server.listen());
    QByteArray body = page("113,247");
    server.route("/psx", [&body](const HttpRequest &) { return HttpResponse::page("text/plain", body); });
    const QUrl url = server.url(QStringLiteral("/psx"));
    SnapshotSession session;
    QSignalSpy reports(&session, &SnapshotSession::opened);
    EXPECT_EQ(session.openUrl(url, std::chrono::minutes(5)), SnapshotSession::UrlOpen::Fetching);
    ASSERT_TRUE(reports.wait(10000));
    EXPECT_EQ(reports.first().at(0).value<OpenReport>().origin, OpenReport::Origin::WebPage);
    openAndWait(session, {sample()});
    const Snapshot *shown = session.collection()->currentSnapshot();
    reports.clear();

    body = page("114,000");
    ASSERT_TRUE(session.autoRefresh()->refreshNow(url));
    SnapshotCollection *open = session.collection();
    ASSERT_TRUE(QTest::qWaitFor([&] {
        return open->snapshotAt(open->rowOfKey(url.toString())).indices.first().value == 114000.0;
    }, 10000));
    EXPECT_TRUE(reports.isEmpty());  // a refresh is not a new opening
    EXPECT_EQ(open->count(), 2);
    EXPECT_EQ(session.collection()->currentSnapshot(), shown);
    EXPECT_EQ(settings::sessionRefreshMinutes.value().value(url.toString()).toInt(), 5);

    session.closeAt(open->rowOfKey(url.toString()));
    EXPECT_FALSE(session.autoRefresh()->contains(url));  // closed: no longer refreshed
}

TEST_F(SnapshotSessionTest, APageThatCannotBeFetchedIsReportedAndNotFetchedAgain)
{
    HttpTestServer server;
    ASSERT_TRUE(server.listen());
    const QUrl url = server.url(QStringLiteral("/missing"));
    SnapshotSession session;
    QSignalSpy failures(&session, &SnapshotSession::pageFailed);
    session.openUrl(url, std::chrono::minutes(5));
    ASSERT_TRUE(failures.wait(10000));
    EXPECT_FALSE(failures.first().at(2).toBool());  // not on screen
    EXPECT_FALSE(session.autoRefresh()->contains(url));
    EXPECT_EQ(session.openUrl(QUrl(QStringLiteral("ftp://example.org/x"))), SnapshotSession::UrlOpen::NotAWebAddress);
}

// Upgrading: a library written by release 0.1.0 is read again with today's rules (and indexed for search) in
// the background once the session opens it; the 2023 text copy it had filed under its file's date lands on
// its own day.
TEST_F(SnapshotSessionTest, OpeningALibraryOfAnOlderReleaseReadsItAgainInTheBackground)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    ASSERT_TRUE(QFile::copy(fixture("library-v1.sqlite"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);

    SnapshotSession session;
    QSignalSpy upgrading(&session, &SnapshotSession::libraryUpgrading);
    QSignalSpy upgraded(&session, &SnapshotSession::libraryUpgraded);
    ASSERT_TRUE(session.openLibrary(path).ok());
    ASSERT_TRUE(upgraded.wait(20000));
    EXPECT_GE(upgraded.first().at(0).toInt(), 4);
    EXPECT_TRUE(upgraded.first().at(1).toStringList().isEmpty());
    EXPECT_FALSE(upgrading.isEmpty());
    EXPECT_TRUE(session.library()->snapshotsReadByOlderRules().isEmpty());

    bool found = false;
    for (const LibraryEntry &e : session.library()->listSnapshots()) {
        if (e.source.endsWith(QLatin1String("brecorder-2023-12-22-masthead.txt"))) {
            found = true;
            EXPECT_EQ(e.capturedAt.toIsoString(), QStringLiteral("2023-12-22T16:28:00"));
            EXPECT_EQ(e.headline, QStringLiteral("KSE-100 sheds over 1,100 points as profit-taking grips the floor"));
        }
    }
    EXPECT_TRUE(found);
}
