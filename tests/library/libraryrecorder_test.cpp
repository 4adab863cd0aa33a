// LibraryRecorder: what the window opens goes into the library in the background, once, failures named.
#include "core/library/library.h"
#include "core/library/libraryrecorder.h"
#include "libraryfixtures.h"
#include "testdata.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <gtest/gtest.h>

using namespace md;

namespace {

class LibraryRecorderTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_generated = test::generateSnapshots(3);
        ASSERT_TRUE(test::writeFolder(pages(), m_generated));
        m_library = std::make_unique<Library>(m_dir.filePath(QStringLiteral("library.sqlite")));
        ASSERT_TRUE(m_library->open().ok());
        m_recorder = std::make_unique<LibraryRecorder>(m_library.get());
    }
    QString pages() const { return m_dir.filePath(QStringLiteral("pages")); }
    QString page(int i) const { return pages() + QLatin1Char('/') + m_generated[i].relativePath; }

    QTemporaryDir m_dir;
    QVector<test::GeneratedSnapshot> m_generated;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<LibraryRecorder> m_recorder;
};

} // namespace

TEST_F(LibraryRecorderTest, StoresQueuedFilesWhileTheEventLoopRunsAndReportsOnce)
{
    QSignalSpy stored(m_recorder.get(), &LibraryRecorder::stored);
    m_recorder->recordFiles({page(0), page(1)});
    EXPECT_EQ(m_recorder->pendingCount(), 2);
    EXPECT_EQ(m_library->snapshotCount(), 0);  // nothing stored before the event loop runs
    ASSERT_TRUE(stored.wait(5000));
    EXPECT_EQ(m_library->snapshotCount(), 2);
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored.first().at(0).toInt(), 2);
    EXPECT_TRUE(stored.first().at(1).toStringList().isEmpty());
}

TEST_F(LibraryRecorderTest, AFileOpenedAgainIsNotStoredTwice)
{
    m_recorder->recordFiles({page(0)});
    m_recorder->flush();
    QSignalSpy stored(m_recorder.get(), &LibraryRecorder::stored);
    m_recorder->recordFiles({page(0)});
    m_recorder->flush();
    EXPECT_EQ(m_library->snapshotCount(), 1);
    EXPECT_EQ(stored.size(), 0);  // nothing added, nothing failed: nothing to say
}

TEST_F(LibraryRecorderTest, TheBundledSampleAndWebAddressesAreNotQueued)
{
    m_recorder->recordFiles({QStringLiteral(":/sample/psx-sample-2024-12-12.txt"),
                             QStringLiteral("https://www.brecorder.com/markets"), page(2)});
    EXPECT_EQ(m_recorder->pendingCount(), 1);
    EXPECT_FALSE(LibraryRecorder::isRecordedPath(QStringLiteral(":/sample/psx-sample-2024-12-12.txt")));
    EXPECT_FALSE(LibraryRecorder::isRecordedPath(QStringLiteral("http://127.0.0.1/page")));
    EXPECT_TRUE(LibraryRecorder::isRecordedPath(page(2)));
}

TEST_F(LibraryRecorderTest, AFileThatCannotBeStoredIsNamedAndTheOthersGoIn)
{
    QSignalSpy stored(m_recorder.get(), &LibraryRecorder::stored);
    ASSERT_TRUE(QFile::remove(page(1)));  // opened, then gone before it was stored
    m_recorder->recordFiles({page(0), page(1), page(2)});
    m_recorder->flush();
    EXPECT_EQ(m_library->snapshotCount(), 2);
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored.first().at(0).toInt(), 2);
    const QStringList failures = stored.first().at(1).toStringList();
    ASSERT_EQ(failures.size(), 1);
    EXPECT_TRUE(failures.first().startsWith(QDir::toNativeSeparators(page(1)) + QStringLiteral(": ")))
        << failures.first().toStdString();
}

TEST_F(LibraryRecorderTest, AFetchedPageIsStoredOnceAndAnUnchangedRefreshNotAgain)
{
    const QUrl url(QStringLiteral("http://127.0.0.1:9/psx"));
    const QDateTime first(QDate(2024, 12, 10), QTime(11, 0), Qt::UTC);
    QSignalSpy stored(m_recorder.get(), &LibraryRecorder::stored);
    EXPECT_EQ(m_recorder->recordFetchedPage(m_generated[0].bytes, url, first).outcome, AddSnapshotResult::Outcome::Added);
    EXPECT_EQ(stored.size(), 1);
    // The same data with other bytes (a refresh without news): not stored again.
    EXPECT_EQ(m_recorder->recordFetchedPage(m_generated[0].bytes + "\n\n", url, first.addSecs(300)).outcome,
              AddSnapshotResult::Outcome::Unchanged);
    EXPECT_EQ(m_recorder->recordFetchedPage(m_generated[1].bytes, url, first.addSecs(600)).outcome,
              AddSnapshotResult::Outcome::Added);
    EXPECT_EQ(m_library->snapshotCount(), 2);
    EXPECT_EQ(stored.size(), 2);
}

TEST_F(LibraryRecorderTest, StoresOnAWorkerThreadAndReportsOnItsOwn)
{
    // The files are read and stored away from the thread that opened them; the report comes back to it.
    QThread *reportedOn = nullptr;
    QObject::connect(m_recorder.get(), &LibraryRecorder::stored, [&] { reportedOn = QThread::currentThread(); });
    m_recorder->recordFiles({page(0), page(1), page(2)});
    EXPECT_EQ(m_recorder->pendingCount(), 3);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_recorder->pendingCount() == 0; }, 10000));
    EXPECT_EQ(reportedOn, QThread::currentThread());
    EXPECT_EQ(m_library->snapshotCount(), 3);  // this connection sees what the worker's stored
    QThread *worker = m_recorder->findChild<QThread *>();
    ASSERT_NE(worker, nullptr);
    EXPECT_TRUE(worker->isRunning());
}

TEST_F(LibraryRecorderTest, DestroyedWhileStoringLeavesOnlyWholeSnapshots)
{
    const QVector<test::GeneratedSnapshot> more = test::generateSnapshots(40, QDate(2023, 1, 1));
    const QString folder = m_dir.filePath(QStringLiteral("more"));
    ASSERT_TRUE(test::writeFolder(folder, more));
    QStringList files;
    for (const test::GeneratedSnapshot &s : more)
        files.append(folder + QLatin1Char('/') + s.relativePath);
    m_recorder->recordFiles(files);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_recorder->pendingCount() < 40; }, 10000));  // under way
    m_recorder.reset();  // waits for the file in hand, drops the rest
    const LibraryCheckResult check = m_library->check();
    EXPECT_TRUE(check.ok()) << check.integrity.toStdString();
    EXPECT_GT(m_library->snapshotCount(), 0);
    EXPECT_LE(m_library->snapshotCount(), 40);
}

TEST(LibraryRecorderUpgrade, ReadsSnapshotsOfAnOlderReleaseAgainOnTheWorker)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    ASSERT_TRUE(QFile::copy(test::dataPath(QStringLiteral("library-v1.sqlite")), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    Library library(path);
    ASSERT_TRUE(library.open().ok());
    ASSERT_EQ(library.snapshotsReadByOlderRules().size(), 4);

    LibraryRecorder recorder(&library);
    QSignalSpy progress(&recorder, &LibraryRecorder::rereadProgress);
    QSignalSpy reread(&recorder, &LibraryRecorder::reread);
    recorder.rereadOlderSnapshots();
    ASSERT_TRUE(reread.wait(10000));
    EXPECT_EQ(reread.first().at(0).toInt(), 4);
    EXPECT_TRUE(reread.first().at(1).toStringList().isEmpty());
    ASSERT_FALSE(progress.isEmpty());
    EXPECT_EQ(progress.last().at(0).toInt(), 4);
    EXPECT_TRUE(library.snapshotsReadByOlderRules().isEmpty());

    // A library with nothing older: nothing is started and nothing reported.
    LibraryRecorder again(&library);
    QSignalSpy none(&again, &LibraryRecorder::reread);
    again.rereadOlderSnapshots();
    QTest::qWait(50);
    EXPECT_TRUE(none.isEmpty());
}
