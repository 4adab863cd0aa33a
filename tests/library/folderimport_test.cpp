// Folder import on a worker thread (progress, cancel, failures) and opening damaged library files.
#include "core/library/folderimport.h"
#include "core/library/folderimportjob.h"
#include "core/library/library.h"
#include "libraryfixtures.h"
#include "testdata.h"

using md::test::GeneratedSnapshot;

#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace md;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

TEST(FolderImport, ListsFailedFilesWithReasonsAndImportsTheRest)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("pages"));
    ASSERT_TRUE(test::writeFolder(folder, test::generateSnapshots(3)));
    ASSERT_TRUE(writeAll(folder + QStringLiteral("/empty.txt"), QByteArray()));
    ASSERT_TRUE(writeAll(folder + QStringLiteral("/zz-binary.html"), test::readData(QStringLiteral("bad-binary.txt"))));

    Library library(dir.filePath(QStringLiteral("library.sqlite")));
    ASSERT_TRUE(library.open().ok());
    QVector<ImportProgress> steps;
    const ImportSummary summary = importFolder(library, folder, [&](const ImportProgress &p) { steps.append(p); });
    EXPECT_EQ(summary.found, 5);
    EXPECT_EQ(summary.added, 3);
    ASSERT_EQ(summary.failures.size(), 2);
    EXPECT_EQ(summary.failures[0].path, QDir::toNativeSeparators(folder + QStringLiteral("/empty.txt")));
    EXPECT_EQ(summary.failures[0].reason, QStringLiteral("the file is empty"));
    EXPECT_EQ(summary.failures[1].path, QDir::toNativeSeparators(folder + QStringLiteral("/zz-binary.html")));
    EXPECT_FALSE(summary.failures[1].reason.isEmpty());
    EXPECT_FALSE(summary.ok());
    EXPECT_EQ(describeImport(summary), QStringLiteral("Imported 3 snapshots; 2 files could not be read."));

    // One report when the files are counted, then one per file.
    ASSERT_EQ(steps.size(), 6);
    EXPECT_EQ(steps[0].done, 0);
    EXPECT_EQ(steps[0].total, 5);
    EXPECT_EQ(steps[5].done, 5);
    EXPECT_EQ(library.snapshotCount(), 3);
}

TEST(FolderImport, ReportsAMissingFolder)
{
    QTemporaryDir dir;
    Library library(dir.filePath(QStringLiteral("library.sqlite")));
    ASSERT_TRUE(library.open().ok());
    const QString missing = dir.filePath(QStringLiteral("nowhere"));
    const ImportSummary summary = importFolder(library, missing);
    EXPECT_EQ(summary.error, QDir::toNativeSeparators(missing) + QStringLiteral(": no such folder"));
    EXPECT_EQ(summary.found, 0);
}

TEST(FolderImport, RunsOnAWorkerThreadWhileTheLibraryIsRead)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("pages"));
    ASSERT_TRUE(test::writeFolder(folder, test::generateSnapshots(60)));
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    Library library(path);
    ASSERT_TRUE(library.open().ok());

    FolderImportJob job(path, folder);
    QSignalSpy found(&job, &FolderImportJob::filesFound);
    QSignalSpy progress(&job, &FolderImportJob::progress);
    QSignalSpy added(&job, &FolderImportJob::snapshotAdded);
    QSignalSpy finished(&job, &FolderImportJob::finished);
    job.start();
    EXPECT_TRUE(job.isRunning());
    // The main thread keeps reading through its own connection while the worker writes.
    int reads = 0;
    while (finished.isEmpty()) {
        const int listed = int(library.listSnapshots().size());
        EXPECT_GE(listed, 0);
        EXPECT_TRUE(library.lastError().isEmpty()) << library.lastError().toStdString();
        ++reads;
        finished.wait(5);
    }
    EXPECT_GT(reads, 0);
    EXPECT_FALSE(job.isRunning());
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found[0][0].toInt(), 60);
    EXPECT_EQ(progress.size(), 60);
    EXPECT_EQ(progress.last()[0].toInt(), 60);
    EXPECT_EQ(added.size(), 60);
    EXPECT_EQ(job.summary().added, 60);
    EXPECT_TRUE(job.summary().ok());
    EXPECT_EQ(library.snapshotCount(), 60);
}

TEST(FolderImport, CancelStopsAfterTheFileInHand)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("pages"));
    ASSERT_TRUE(test::writeFolder(folder, test::generateSnapshots(400)));
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));

    FolderImportJob job(path, folder);
    QSignalSpy progress(&job, &FolderImportJob::progress);
    QSignalSpy finished(&job, &FolderImportJob::finished);
    QObject::connect(&job, &FolderImportJob::progress, &job, [&job](int done) {
        if (done == 5)
            job.cancel();
    });
    job.start();
    ASSERT_TRUE(finished.wait(30000));
    const ImportSummary summary = job.summary();
    EXPECT_TRUE(summary.cancelled);
    EXPECT_EQ(summary.found, 400);
    EXPECT_GE(summary.added, 5);
    EXPECT_LT(summary.added, 400);
    EXPECT_TRUE(describeImport(summary).contains(QStringLiteral("; cancelled with ")));

    Library library(path);
    ASSERT_TRUE(library.open().ok());
    EXPECT_EQ(library.snapshotCount(), summary.added);
    EXPECT_TRUE(library.check().ok());
}

TEST(FolderImport, DestroyingARunningJobWaitsForIt)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("pages"));
    ASSERT_TRUE(test::writeFolder(folder, test::generateSnapshots(200)));
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    {
        FolderImportJob job(path, folder);
        job.start();
        QSignalSpy progress(&job, &FolderImportJob::progress);
        progress.wait(10000);
    }
    Library library(path);
    ASSERT_TRUE(library.open().ok());
    EXPECT_TRUE(library.check().ok());
    EXPECT_LT(library.snapshotCount(), 200);
}

TEST(LibraryOpen, SetsAsideAFileThatIsNotADatabaseAndStartsAfresh)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    const QByteArray garbage = QByteArray("This was never a database.\n").repeated(100);
    ASSERT_TRUE(writeAll(path, garbage));

    Library library(path);
    const LibraryOpenResult opened = library.open();
    ASSERT_TRUE(opened.ok()) << opened.error.toStdString();
    ASSERT_FALSE(opened.setAsidePath.isEmpty());
    EXPECT_TRUE(opened.setAsidePath.startsWith(dir.filePath(QStringLiteral("library.unreadable-"))));
    EXPECT_TRUE(opened.setAsidePath.endsWith(QStringLiteral(".sqlite")));
    EXPECT_EQ(readAll(opened.setAsidePath), garbage);  // set aside, not deleted
    EXPECT_TRUE(opened.notice.contains(QStringLiteral("it is not an SQLite database")));
    EXPECT_TRUE(opened.notice.contains(QStringLiteral("a new, empty library was started")));
    EXPECT_EQ(library.snapshotCount(), 0);
    const GeneratedSnapshot g = test::generateSnapshot(0);
    const QString page = dir.filePath(QStringLiteral("page.txt"));
    ASSERT_TRUE(writeAll(page, g.bytes));
    EXPECT_EQ(library.importFile(page).outcome, AddSnapshotResult::Outcome::Added);
}

namespace {

// A library of 50 snapshots whose snapshot and quote tables have their first page's header overwritten, the
// rest of the file intact: a bad sector or a bad copy that a clean start does not read. Returns the bytes.
QByteArray makeDamagedLibrary(const QTemporaryDir &dir, const QString &path)
{
    QVector<int> rootPages;
    {
        Library library(path);
        EXPECT_TRUE(library.open().ok());
        EXPECT_TRUE(test::writeFolder(dir.filePath(QStringLiteral("pages")), test::generateSnapshots(50)));
        EXPECT_EQ(importFolder(library, dir.filePath(QStringLiteral("pages"))).added, 50);
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
        db.setDatabaseName(path);
        EXPECT_TRUE(db.open());
        QSqlQuery q(db);
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name IN ('snapshots', 'quotes')")));
        while (q.next())
            rootPages.append(q.value(0).toInt());
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("damage"));
    EXPECT_EQ(rootPages.size(), 2);
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral("-wal"))) << "a clean close removes the log";
    QByteArray bytes = readAll(path);
    for (int page : rootPages)
        bytes.replace(qsizetype(page - 1) * 4096, 8, QByteArray(8, '\xAB'));
    EXPECT_TRUE(writeAll(path, bytes));
    return bytes;
}

} // namespace

TEST(LibraryOpen, DamageMetInUseIsReportedAndSetAsideOnTheNextOpen)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    const QByteArray damaged = makeDamagedLibrary(dir, path);
    {
        // A clean start does not read every page; the first read that meets the damage reports it.
        Library library(path);
        ASSERT_TRUE(library.open().ok());
        EXPECT_TRUE(library.listSnapshots().isEmpty());
        EXPECT_TRUE(library.isDamaged());
        EXPECT_TRUE(library.lastError().startsWith(QStringLiteral("The library file is damaged (")))
            << library.lastError().toStdString();
        EXPECT_TRUE(QFileInfo::exists(path + QStringLiteral(".damaged")));
    }
    Library library(path);
    const LibraryOpenResult opened = library.open();
    ASSERT_TRUE(opened.ok()) << opened.error.toStdString();
    ASSERT_FALSE(opened.setAsidePath.isEmpty());
    EXPECT_TRUE(opened.notice.contains(QStringLiteral("it was found damaged when last used"))) << opened.notice.toStdString();
    EXPECT_EQ(readAll(opened.setAsidePath), damaged);
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral(".damaged")));
    EXPECT_FALSE(library.isDamaged());
    EXPECT_EQ(library.snapshotCount(), 0);
    EXPECT_TRUE(library.check().ok());
}

TEST(LibraryOpen, AfterAnUncleanShutdownEveryPageIsCheckedAndDamageSetAside)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    const QByteArray damaged = makeDamagedLibrary(dir, path);
    // The log a crashed session leaves behind (empty: nothing was in flight).
    ASSERT_TRUE(writeAll(path + QStringLiteral("-wal"), QByteArray()));

    Library library(path);
    const LibraryOpenResult opened = library.open();
    ASSERT_TRUE(opened.ok()) << opened.error.toStdString();
    ASSERT_FALSE(opened.setAsidePath.isEmpty()) << "the damage was not noticed";
    EXPECT_EQ(readAll(opened.setAsidePath), damaged);
    EXPECT_EQ(library.snapshotCount(), 0);
    EXPECT_TRUE(library.check().ok());
}

TEST(LibraryOpen, RefusesALibraryFromANewerVersionWithoutMovingIt)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("CREATE TABLE future (x)")));
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA user_version = 99")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    const QByteArray before = readAll(path);

    Library library(path);
    const LibraryOpenResult opened = library.open();
    EXPECT_FALSE(opened.ok());
    EXPECT_TRUE(opened.setAsidePath.isEmpty());
    EXPECT_EQ(opened.error, QDir::toNativeSeparators(path)
                                + QStringLiteral(": the library cannot be opened (it was written by a newer MarketDesk "
                                                 "(library version 99; this one reads up to 3))"));
    EXPECT_FALSE(library.isOpen());
    EXPECT_EQ(readAll(path), before);
}

TEST(LibraryOpen, CreatesTheFolderOfANewLibrary)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a/b/library.sqlite"));
    Library library(path);
    ASSERT_TRUE(library.open().ok());
    EXPECT_TRUE(QFileInfo::exists(path));
    EXPECT_TRUE(Library::defaultPath().endsWith(QStringLiteral("/library.sqlite")));
}
