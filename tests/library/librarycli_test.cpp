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
    EXPECT_EQ(run.out, "Imported 2 snapshots; 1 file could not be read.\nNot imported: "
                           + QDir::toNativeSeparators(empty.fileName()).toLocal8Bit() + ": the file is empty\n");
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

// Under AddressSanitizer the program reads a page about twenty times slower (tests/data's files: 0.3 s of import
// against 5.8 s), so the sanitizer run imports a smaller folder: still large enough to be killed twice mid-way.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kUnderAddressSanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kUnderAddressSanitizer = true;
#else
constexpr bool kUnderAddressSanitizer = false;
#endif
#else
constexpr bool kUnderAddressSanitizer = false;
#endif

// The child imports a big folder; it is killed with SIGKILL while it works. Whatever it had committed must
// be there, whole, and the database must pass SQLite's integrity check. Then a new import completes it.
TEST(LibraryCommandLine, AKilledImportLeavesOnlyWholeSnapshots)
{
    QTemporaryDir dir;
    const QString library = dir.filePath(QStringLiteral("library.sqlite"));
    const QString folder = dir.filePath(QStringLiteral("pages"));
    const int total = kUnderAddressSanitizer ? 700 : 1500;
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

    // The rest of the folder imported to the end. No speed is asserted: the deadline only stops a hung process
    // (under AddressSanitizer on a busy 2-core machine 1,500 pages took over 480 s, and the test failed on it).
    const ProcessRun finish = runMarketDesk({QStringLiteral("--import"), folder, QStringLiteral("--library"), library}, 480000);
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

// Issue 21: --screenshot on a library it cannot open (one written by a newer MarketDesk) says so and exits 2;
// the picture is still drawn, and the library is left untouched.
TEST(LibraryCommandLine, AScreenshotReportsALibraryItCannotOpen)
{
    QTemporaryDir dir;
    const QString library = dir.filePath(QStringLiteral("newer.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
        db.setDatabaseName(library);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Library::kSchemaVersion + 1)));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    const QString png = dir.filePath(QStringLiteral("shot.png"));
    const ProcessRun run = runMarketDesk({QStringLiteral("--screenshot"), png, QStringLiteral("--view"), QStringLiteral("ticker"),
                                          QStringLiteral("--sample"), QStringLiteral("--library"), library});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains("marketdesk: " + QDir::toNativeSeparators(library).toLocal8Bit()
                                 + ": the library cannot be opened (it was written by a newer MarketDesk"))
        << run.err.toStdString();
    EXPECT_TRUE(QFile::exists(png));
}

// Issue 21: an import says what it did. A file with skipped rows is named with how many and the first reason;
// a file that held nothing a reader could use is refused (not stored as an empty snapshot) and named with why.
// Exit 2 when a file was refused, 4 when every file went in but some without rows, 0 only when all were whole.
TEST(LibraryCommandLine, AnImportNamesFilesReadInPartAndFilesRefused)
{
    QTemporaryDir dir;
    const QString library = dir.filePath(QStringLiteral("library.sqlite"));
    const QString folder = dir.filePath(QStringLiteral("pages"));
    ASSERT_TRUE(test::writeFolder(folder, test::generateSnapshots(1)));
    const auto write = [&](const QString &name, const QByteArray &bytes) {
        QFile file(folder + QLatin1Char('/') + name);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return QDir::toNativeSeparators(file.fileName()).toLocal8Bit();
    };
    const QByteArray partial = write(QStringLiteral("closing-partial.lis"),
        "31DEC2021|OGDC|0820|Oil & Gas Dev.|84.20|87.30|84.15|86.20|3368560|84.94|||\n"
        "31DEC2021|PPL|0820|Pakistan Petroleum|75.00|76.10|74.80|75.90|2100500|74.95|||\n"
        "31DEC2021|LUCK|0840|Lucky Cement|1000.00|1010.00\n"
        "31DEC2021|FCCL|0840|Fauji Cement|20.00|21.00|19.50|x|5000|20.00|||\n");
    // Every line has 7 fields: not a closing-rate file, and nothing else either.
    const QByteArray seven = write(QStringLiteral("closing-seven.lis"),
        "31DEC2021|OGDC|0820|Oil & Gas Dev.|84.20|87.30|84.15\n31DEC2021|PPL|0820|Pakistan Petroleum|75.00|76.10|74.80\n");
    // A comma-separated table saved as UTF-16.
    const QString csvText = QStringLiteral("symbol,price,change\r\nOGDC,86.20,1.26\r\nPPL,75.90,0.95\r\n");
    QByteArray csv("\xFF\xFE");
    csv.append(reinterpret_cast<const char *>(csvText.utf16()), csvText.size() * 2);
    const QByteArray utf16 = write(QStringLiteral("quotes-utf16.txt"), csv);

    ProcessRun run = runMarketDesk({QStringLiteral("--import"), folder, QStringLiteral("--library"), library});
    EXPECT_EQ(run.exitCode, 2) << run.err.toStdString();
    const QList<QByteArray> lines = run.out.split('\n');
    ASSERT_GE(lines.size(), 4) << run.out.toStdString();
    EXPECT_EQ(lines[0], QByteArray("Imported 2 snapshots; 2 files could not be read; 1 was read in part (rows skipped)."));
    EXPECT_EQ(lines[1], "Read in part: " + partial + ": 2 rows skipped (the first: Line 3 has 6 of the 10 fields of a "
                        "closing-rate record; it was skipped (the file may be cut short).)");
    const QByteArray nothing = ": it holds nothing MarketDesk reads: no quotes, no index values, no article and no comments";
    EXPECT_TRUE(run.out.contains("Not imported: " + seven + nothing)) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains("Not imported: " + utf16 + nothing)) << run.out.toStdString();
    {
        Library opened(library);
        ASSERT_TRUE(opened.open().ok());
        EXPECT_EQ(opened.snapshotCount(), 2);  // no empty snapshot stored
        for (const LibraryEntry &e : opened.listSnapshots())
            EXPECT_GT(e.quoteCount, 0) << e.source.toStdString();
    }

    // Only the file read in part: stored, exit 4.
    QTemporaryDir other;
    const QString partOnly = other.filePath(QStringLiteral("pages"));
    ASSERT_TRUE(QDir().mkpath(partOnly));
    ASSERT_TRUE(QFile::copy(QString::fromLocal8Bit(partial), partOnly + QStringLiteral("/closing.lis")));
    run = runMarketDesk({QStringLiteral("--import"), partOnly, QStringLiteral("--library"), other.filePath(QStringLiteral("l.sqlite"))});
    EXPECT_EQ(run.exitCode, 4) << run.err.toStdString();
    EXPECT_TRUE(run.out.startsWith("Imported 1 snapshot; 1 was read in part (rows skipped).\nRead in part: ")) << run.out.toStdString();
}
