// SnapshotOpener: files and folders in, snapshots and named failures out.
#include "core/load/snapshotopener.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace md;
using namespace md::test;

TEST(SnapshotOpener, OpensGoodFilesAndNamesTheFileOfEachFailure)
{
    const OpenResult result = SnapshotOpener::openNow(
        {dataPath(QStringLiteral("psx-close-2024-12-10.txt")), dataPath(QStringLiteral("bad-binary.txt")),
         dataPath(QStringLiteral("no-such-file.txt"))});
    ASSERT_EQ(result.opened.size(), 1);
    EXPECT_EQ(result.opened.first().snapshot.quotes.size(), 10);
    EXPECT_EQ(result.opened.first().key, QFileInfo(dataPath(QStringLiteral("psx-close-2024-12-10.txt"))).canonicalFilePath());
    EXPECT_TRUE(result.opened.first().fileModified.isValid());
    ASSERT_EQ(result.errors.size(), 2);
    EXPECT_TRUE(result.errors.at(0).contains(QStringLiteral("bad-binary.txt"))) << result.errors.at(0).toStdString();
    EXPECT_TRUE(result.errors.at(1).contains(QStringLiteral("no-such-file.txt")));
    EXPECT_TRUE(result.errors.at(1).contains(QStringLiteral("no such file")));
}

TEST(SnapshotOpener, RefusesAFileWithNothingOfAPageInIt)
{
    const OpenResult result = SnapshotOpener::openNow({dataPath(QStringLiteral("bad-whitespace.txt"))});
    EXPECT_TRUE(result.opened.isEmpty());
    ASSERT_EQ(result.errors.size(), 1);
    EXPECT_TRUE(result.errors.first().contains(QStringLiteral("bad-whitespace.txt")));
}

TEST(SnapshotOpener, ExpandsFoldersRecursivelyToSnapshotFilesInNameOrder)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    ASSERT_TRUE(QDir(dir.path()).mkpath(QStringLiteral("2024/dec")));
    const QString fixture = dataPath(QStringLiteral("psx-close-2024-12-10.txt"));
    ASSERT_TRUE(QFile::copy(fixture, dir.filePath(QStringLiteral("b.txt"))));
    ASSERT_TRUE(QFile::copy(fixture, dir.filePath(QStringLiteral("2024/dec/a.TXT"))));
    ASSERT_TRUE(QFile::copy(fixture, dir.filePath(QStringLiteral("notes.pdf"))));
    QStringList errors;
    const QStringList files = SnapshotOpener::expandPaths({dir.path()}, &errors);
    EXPECT_EQ(files, (QStringList{dir.filePath(QStringLiteral("2024/dec/a.TXT")), dir.filePath(QStringLiteral("b.txt"))}));
    EXPECT_TRUE(errors.isEmpty());

    QStringList capped;
    EXPECT_EQ(SnapshotOpener::expandPaths({dir.path()}, &capped, 1).size(), 1);
    EXPECT_EQ(capped.size(), 1);
}

TEST(SnapshotOpener, ReportsAFolderWithoutSnapshots)
{
    QTemporaryDir dir;
    QStringList errors;
    EXPECT_TRUE(SnapshotOpener::expandPaths({dir.path()}, &errors).isEmpty());
    ASSERT_EQ(errors.size(), 1);
    EXPECT_TRUE(errors.first().contains(QDir::toNativeSeparators(dir.path())));
}

TEST(SnapshotOpener, GivesTheSameKeyForTwoSpellingsOfOnePath)
{
    const QString direct = dataPath(QStringLiteral("psx-close-2024-12-10.txt"));
    const QString roundabout = dataPath(QStringLiteral("../data/./psx-close-2024-12-10.txt"));
    EXPECT_EQ(SnapshotOpener::keyOf(direct), SnapshotOpener::keyOf(roundabout));
    EXPECT_EQ(SnapshotOpener::keyOf(QStringLiteral(":/sample/x.txt")), QStringLiteral(":/sample/x.txt"));
}

TEST(SnapshotOpener, ReadsOnAWorkerThreadAndReportsInTheOrderAsked)
{
    // A big page first and a small one after: the small one may be read first, but it is reported second.
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString big = dir.filePath(QStringLiteral("big.txt"));
    {
        QFile file(big);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        for (int i = 0; i < 26 * 26 * 26; ++i) {
            const char symbol[] = {char('A' + i / 676), char('A' + i / 26 % 26), char('A' + i % 26), 0};
            file.write(QByteArray(symbol) + " 224.96 Increased By \xe2\x96\xb2 11.93 (5.60%)\n");
        }
    }
    SnapshotOpener opener;
    QList<quint64> order;
    QList<int> rows;
    QList<bool> busy;
    QObject::connect(&opener, &SnapshotOpener::finished, [&](const OpenResult &result, quint64 request) {
        order.append(request);
        rows.append(result.opened.isEmpty() ? -1 : int(result.opened.first().snapshot.quotes.size()));
    });
    QObject::connect(&opener, &SnapshotOpener::busyChanged, [&](bool on) { busy.append(on); });

    const quint64 first = opener.open({big});
    const quint64 second = opener.open({dataPath(QStringLiteral("psx-close-2024-12-10.txt"))});
    EXPECT_TRUE(opener.isBusy());
    EXPECT_TRUE(order.isEmpty());  // nothing is reported from inside open()
    ASSERT_TRUE(QTest::qWaitFor([&] { return !opener.isBusy(); }, 20000));
    EXPECT_EQ(order, (QList<quint64>{first, second}));
    ASSERT_EQ(rows.size(), 2);
    EXPECT_GT(rows[0], 1000);
    EXPECT_EQ(rows[1], 10);
    EXPECT_EQ(busy, (QList<bool>{true, false}));
}

TEST(SnapshotOpener, DroppedWhileReadingReportsNothingAndDoesNotCrash)
{
    bool reported = false;
    {
        SnapshotOpener opener;
        QObject::connect(&opener, &SnapshotOpener::finished, [&] { reported = true; });
        opener.open({dataPath(QStringLiteral("psx-close-2024-12-10.txt"))});
    }
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    EXPECT_FALSE(reported);
}
