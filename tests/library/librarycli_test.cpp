// The command line against a temporary library: --import, --history, and an import killed half way.
#include "core/library/library.h"
#include "libraryfixtures.h"
#include "testdata.h"

#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace md;

namespace {

struct ProcessRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

ProcessRun runMarketDesk(const QStringList &arguments, int timeoutMs = 60000)
{
    QProcess process;
    process.start(QStringLiteral(MARKETDESK_BINARY), arguments);
    ProcessRun run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace

TEST(LibraryCommandLine, ImportsAFolderAndPrintsHistoryAsCsv)
{
    QTemporaryDir dir;
    const QString library = dir.filePath(QStringLiteral("library.sqlite"));
    const QString folder = dir.filePath(QStringLiteral("pages"));
    ASSERT_TRUE(test::writeFolder(folder, test::generateSnapshots(4)));

    const ProcessRun import = runMarketDesk({QStringLiteral("--import"), folder, QStringLiteral("--library"), library});
    EXPECT_EQ(import.exitCode, 0) << import.err.toStdString();
    EXPECT_EQ(import.out, QByteArray("Imported 4 snapshots.\n"));
    EXPECT_TRUE(import.err.startsWith("Found 4 snapshot files under ")) << import.err.toStdString();
    EXPECT_TRUE(import.err.contains("[4/4] ")) << import.err.toStdString();

    const ProcessRun kse = runMarketDesk({QStringLiteral("--history"), QStringLiteral("KSE100"), QStringLiteral("--library"), library});
    EXPECT_EQ(kse.exitCode, 0) << kse.err.toStdString();
    EXPECT_EQ(kse.out, QByteArray("captured_at,value,change,change_percent\r\n"
                                  "2024-01-01T16:30:00+05:00,110000,12,0.01\r\n"
                                  "2024-01-02T17:00:00+05:00,110037,-13,-0.02\r\n"
                                  "2024-01-03T16:30:00+05:00,110074,14,0.03\r\n"
                                  "2024-01-04T16:30:00+05:00,110111,-15,-0.04\r\n"));
    EXPECT_TRUE(kse.err.isEmpty()) << kse.err.toStdString();

    // Other presets and a file, as --export-csv writes them.
    const ProcessRun tsv = runMarketDesk({QStringLiteral("--history"), QStringLiteral("ogdc"), QStringLiteral("--preset"),
                                          QStringLiteral("tsv"), QStringLiteral("--library"), library});
    EXPECT_EQ(tsv.exitCode, 0);
    EXPECT_EQ(tsv.out, QByteArray("captured_at\tvalue\tchange\tchange_percent\n"
                                  "2024-01-01T16:30:00+05:00\t200\t0.25\t0.1\n"
                                  "2024-01-02T17:00:00+05:00\t201.01\t-1.26\t-1.2\n"
                                  "2024-01-03T16:30:00+05:00\t202.02\t2.27\t2.3\n"
                                  "2024-01-04T16:30:00+05:00\t203.03\t-3.28\t-0.4\n"));
    const QString file = dir.filePath(QStringLiteral("ogdc.csv"));
    const ProcessRun saved = runMarketDesk({QStringLiteral("--history"), QStringLiteral("OGDC"), QStringLiteral("--output"),
                                            file, QStringLiteral("--library"), library});
    EXPECT_EQ(saved.exitCode, 0);
    EXPECT_TRUE(saved.out.isEmpty());
    QFile written(file);
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    EXPECT_EQ(written.readAll(), QByteArray("captured_at,value,change,change_percent\r\n"
                                            "2024-01-01T16:30:00+05:00,200,0.25,0.1\r\n"
                                            "2024-01-02T17:00:00+05:00,201.01,-1.26,-1.2\r\n"
                                            "2024-01-03T16:30:00+05:00,202.02,2.27,2.3\r\n"
                                            "2024-01-04T16:30:00+05:00,203.03,-3.28,-0.4\r\n"));
    const ProcessRun badPreset = runMarketDesk({QStringLiteral("--history"), QStringLiteral("OGDC"), QStringLiteral("--preset"),
                                                QStringLiteral("xml"), QStringLiteral("--library"), library});
    EXPECT_EQ(badPreset.exitCode, 1);
    EXPECT_EQ(badPreset.err, QByteArray("marketdesk: unknown preset \"xml\" for --history; use one of csv, excel, tsv\n"));

    const ProcessRun missing = runMarketDesk({QStringLiteral("--history"), QStringLiteral("NOSUCH"), QStringLiteral("--library"), library});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_TRUE(missing.out.isEmpty());
    EXPECT_EQ(missing.err, QByteArray("marketdesk: NOSUCH: no index or symbol of that name in the library\n"));

    // A second import finds everything stored already.
    const ProcessRun again = runMarketDesk({QStringLiteral("--import"), folder, QStringLiteral("--library"), library});
    EXPECT_EQ(again.exitCode, 0);
    EXPECT_EQ(again.out, QByteArray("Imported 0 snapshots; 4 were already in the library.\n"));
}

TEST(LibraryCommandLine, ImportExitsWithTwoWhenSomeFilesFail)
{
    QTemporaryDir dir;
    const QString library = dir.filePath(QStringLiteral("library.sqlite"));
    const QString folder = dir.filePath(QStringLiteral("pages"));
    ASSERT_TRUE(test::writeFolder(folder, test::generateSnapshots(2)));
    QFile empty(folder + QStringLiteral("/empty.txt"));
    ASSERT_TRUE(empty.open(QIODevice::WriteOnly));
    empty.close();

    const ProcessRun run = runMarketDesk({QStringLiteral("--import"), folder, QStringLiteral("--library"), library});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_EQ(run.out, QByteArray("Imported 2 snapshots; 1 file could not be read.\n"));
    EXPECT_TRUE(run.err.contains(QDir::toNativeSeparators(empty.fileName()).toLocal8Bit() + ": the file is empty\n"))
        << run.err.toStdString();

    const ProcessRun noFolder = runMarketDesk({QStringLiteral("--import"), dir.filePath(QStringLiteral("nowhere")),
                                        QStringLiteral("--library"), library});
    EXPECT_EQ(noFolder.exitCode, 2);
    EXPECT_TRUE(noFolder.err.endsWith(": no such folder\n")) << noFolder.err.toStdString();
}

TEST(LibraryCommandLine, ReportsASetAsideLibraryAndCarriesOn)
{
    QTemporaryDir dir;
    const QString library = dir.filePath(QStringLiteral("library.sqlite"));
    QFile garbage(library);
    ASSERT_TRUE(garbage.open(QIODevice::WriteOnly));
    garbage.write(QByteArray(8192, 'x'));
    garbage.close();
    const QString folder = dir.filePath(QStringLiteral("pages"));
    ASSERT_TRUE(test::writeFolder(folder, test::generateSnapshots(1)));

    const ProcessRun run = runMarketDesk({QStringLiteral("--import"), folder, QStringLiteral("--library"), library});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.err.startsWith("marketdesk: The library " + QDir::toNativeSeparators(library).toLocal8Bit()
                                   + " could not be read (it is not an SQLite database). It was set aside as "))
        << run.err.toStdString();
    EXPECT_EQ(run.out, QByteArray("Imported 1 snapshot.\n"));
}

// The child imports a big folder; it is killed with SIGKILL while it works. Whatever it had committed must
// be there, whole, and the database must pass SQLite's integrity check. Then a new import completes it.
TEST(LibraryCommandLine, AKilledImportLeavesOnlyWholeSnapshots)
{
    QTemporaryDir dir;
    const QString library = dir.filePath(QStringLiteral("library.sqlite"));
    const QString folder = dir.filePath(QStringLiteral("pages"));
    const int total = 1500;
    ASSERT_TRUE(test::writeFolder(folder, test::generateSnapshots(total, QDate(2020, 1, 1), 120)));

    int storedBefore = 0;
    for (const int killAfter : {40, 400}) {
        QProcess child;
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start(QStringLiteral(MARKETDESK_BINARY),
                    {QStringLiteral("--import"), folder, QStringLiteral("--library"), library});
        ASSERT_TRUE(child.waitForStarted());
        // Progress lines on stderr tell how far it is; kill it once it is well into the folder.
        QByteArray err;
        int seen = 0;
        while (seen < killAfter && child.state() == QProcess::Running) {
            child.waitForReadyRead(100);
            err += child.readAllStandardError();
            seen = int(err.count('\n'));
        }
        ASSERT_EQ(child.state(), QProcess::Running) << "the import finished before it could be killed";
        child.kill();  // SIGKILL: no chance to finish the transaction in hand
        ASSERT_TRUE(child.waitForFinished());
        EXPECT_EQ(child.exitStatus(), QProcess::CrashExit);

        Library opened(library);
        const LibraryOpenResult result = opened.open();
        ASSERT_TRUE(result.ok()) << result.error.toStdString();
        ASSERT_TRUE(result.setAsidePath.isEmpty()) << "a killed import must not damage the library";
        const LibraryCheckResult check = opened.check();
        EXPECT_EQ(check.integrity, QStringLiteral("ok"));
        EXPECT_TRUE(check.incomplete.isEmpty());
        EXPECT_GT(check.snapshots, storedBefore);
        EXPECT_LT(check.snapshots, total);
        storedBefore = check.snapshots;
        // Every stored snapshot has all its rows: 120 quotes and 4 indices each.
        for (const LibraryEntry &e : opened.listSnapshots()) {
            ASSERT_EQ(e.quoteCount, 120);
            ASSERT_EQ(opened.loadSnapshot(e.id)->quotes.size(), 120);
            ASSERT_EQ(opened.loadSnapshot(e.id)->indices.size(), 4);
        }
    }

    const ProcessRun finish = runMarketDesk({QStringLiteral("--import"), folder, QStringLiteral("--library"), library}, 120000);
    EXPECT_EQ(finish.exitCode, 0) << finish.err.toStdString();
    Library opened(library);
    ASSERT_TRUE(opened.open().ok());
    EXPECT_EQ(opened.snapshotCount(), total);
    EXPECT_TRUE(opened.check().ok());
}

// Issue 12: a library of the previous release had filed a 2023 text copy under the day it was imported
// (its file's date). Opened by this release, the pages are read again and land on the years their evidence gives.
TEST(LibraryCommandLine, HistoryOfAnUpgradedLibraryLandsOnThePagesOwnYears)
{
    QTemporaryDir dir;
    const QString library = dir.filePath(QStringLiteral("library.sqlite"));
    ASSERT_TRUE(QFile::copy(test::dataPath(QStringLiteral("library-v1.sqlite")), library));
    QFile::setPermissions(library, QFile::ReadOwner | QFile::WriteOwner);

    const ProcessRun history = runMarketDesk({QStringLiteral("--history"), QStringLiteral("KSE100"),
                                              QStringLiteral("--library"), library});
    ASSERT_EQ(history.exitCode, 0) << history.err.toStdString();
    EXPECT_EQ(history.err, QByteArray("Reading 4 snapshots stored by an older MarketDesk again.\n"));
    // Issue 20: the 2020 page as that release stored it prints no "today" stamp, and its article quotes no
    // index level the ticker could agree with; the library kept no file time for it. Its ticker is on no
    // day, so it has no point (it is still listed, and its article still dated 2020-08-12).
    EXPECT_EQ(history.out, QByteArray("captured_at,value,change,change_percent\r\n"
                                      "2023-12-22T16:28:00+05:00,62451,-1105.6,-1.74\r\n"
                                      "2024-12-12T17:48:00+05:00,114126,879,0.78\r\n"
                                      "2025-01-30,113247,609,0.54\r\n"));

    // Read once: the next run has nothing older to read.
    const ProcessRun again = runMarketDesk({QStringLiteral("--history"), QStringLiteral("KSE100"),
                                            QStringLiteral("--library"), library});
    EXPECT_TRUE(again.err.isEmpty()) << again.err.toStdString();
    EXPECT_EQ(again.out, history.out);
}
