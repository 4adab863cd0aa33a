// `marketdesk --export-csv` end to end: the built program run on the fixtures, its output, stderr and exit codes.
#include "core/csv/snapshottables.h"

#include "csvtestdata.h"
#include "strictcsvreader.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#endif

using namespace md;
using namespace md::test;

namespace {

struct ProgramRun
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

struct RunOptions
{
    QString locale = QStringLiteral("C.UTF-8");  // LC_ALL: decides the Excel preset's separators
    QString stdoutFile;                          // instead of capturing standard output
    qint64 fileSizeLimit = 0;                    // RLIMIT_FSIZE in the child, to simulate a full disk
};

// Runs the program in tests/data/, so sources in the output are the bare fixture names.
ProgramRun runMarketdesk(const QStringList &arguments, const RunOptions &options = {})
{
    QProcess process;
    process.setProgram(QStringLiteral(MARKETDESK_BINARY));
    process.setArguments(arguments);
    process.setWorkingDirectory(dataPath(QString()));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), options.locale);
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));  // headless commands need no platform at all
    process.setProcessEnvironment(env);
    if (!options.stdoutFile.isEmpty())
        process.setStandardOutputFile(options.stdoutFile);
#ifdef Q_OS_UNIX
    if (options.fileSizeLimit > 0) {
        const rlim_t limit = rlim_t(options.fileSizeLimit);
        process.setChildProcessModifier([limit]() {
            std::signal(SIGXFSZ, SIG_IGN);
            rlimit r{};
            getrlimit(RLIMIT_FSIZE, &r);
            r.rlim_cur = limit;
            setrlimit(RLIMIT_FSIZE, &r);
        });
    }
#endif
    process.start();
    ProgramRun run;
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit) {
        ADD_FAILURE() << "marketdesk did not finish: " << process.errorString().toStdString();
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = QString::fromLocal8Bit(process.readAllStandardError());
    return run;
}

QStringList exportArguments(const QString &table, const QString &preset, const QString &output, const QStringList &files)
{
    return QStringList{QStringLiteral("--export-csv"), table, QStringLiteral("--preset"), preset,
                       QStringLiteral("--output"), output} + files;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QString localeFor(const GoldenVariant &variant)
{
    return variant.locale == &germanLocale() ? QStringLiteral("de_DE.UTF-8") : QStringLiteral("en_US.UTF-8");
}

const QStringList kTables = {QStringLiteral("quotes"), QStringLiteral("indices"), QStringLiteral("movers"),
                             QStringLiteral("comments")};

} // namespace

TEST(ExportCommand, WritesQuotesToStandardOutput)
{
    const ProgramRun run = runMarketdesk(exportArguments(QStringLiteral("quotes"), QStringLiteral("csv"), QStringLiteral("-"),
                                                  {singleFixture()}));
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_EQ(run.err, QString());
    EXPECT_TRUE(matchesGolden(run.out, QStringLiteral("quotes-csv.csv")));
}

TEST(ExportCommand, PresetDefaultsToRfc4180)
{
    const ProgramRun run = runMarketdesk({QStringLiteral("--export-csv"), QStringLiteral("indices"), QStringLiteral("--output"),
                                   QStringLiteral("-"), singleFixture()});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(matchesGolden(run.out, QStringLiteral("indices-csv.csv")));
}

// The files the program writes are the golden files the core writes, for every table and preset, for one
// snapshot and for several; Excel follows the system locale (LC_ALL) of the run.
TEST(ExportCommand, EveryTableAndPresetMatchesTheGoldenFiles)
{
    QTemporaryDir dir;
    for (const QString &table : kTables) {
        for (const GoldenVariant &variant : goldenVariants()) {
            RunOptions options;
            options.locale = localeFor(variant);
            const QString preset = csvPresetName(variant.preset);
            const QString one = dir.filePath(QStringLiteral("one.out"));
            ProgramRun run = runMarketdesk(exportArguments(table, preset, one, {singleFixture()}), options);
            EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
            EXPECT_TRUE(matchesGolden(readFile(one), goldenName(QString(), table, variant)));

            const QString several = dir.filePath(QStringLiteral("several.out"));
            run = runMarketdesk(exportArguments(table, preset, several, severalFixtures()), options);
            EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
            EXPECT_TRUE(matchesGolden(readFile(several), goldenName(QStringLiteral("several-"), table, variant)));
        }
    }
}

TEST(ExportCommand, ReplacesAnExistingOutputFile)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("quotes.csv"));
    writeFile(out, "old\n");
    const ProgramRun run = runMarketdesk(exportArguments(QStringLiteral("quotes"), QStringLiteral("csv"), out, {singleFixture()}));
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(matchesGolden(readFile(out), QStringLiteral("quotes-csv.csv")));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("quotes.csv")});
}

TEST(ExportCommand, ExportsTheReadableFilesAndNamesTheOthersWithStatus2)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("quotes.csv"));
    const ProgramRun run = runMarketdesk(exportArguments(QStringLiteral("quotes"), QStringLiteral("csv"), out,
                                                  {singleFixture(), QStringLiteral("missing.txt"),
                                                   QStringLiteral("bad-binary.txt"), QStringLiteral("encoding-crlf.txt")}));
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_EQ(run.err, QStringLiteral("marketdesk: missing.txt: no such file\n"
                                      "marketdesk: bad-binary.txt: this is not a page snapshot: it holds binary data, not text\n"));
    const ReadResult read = readRfc4180(readFile(out));
    ASSERT_TRUE(read.ok()) << read.error.toStdString();
    ASSERT_EQ(read.records.size(), 1 + 10 + 2);
    EXPECT_EQ(read.records[0].join(QLatin1Char(',')), QStringLiteral("source,captured_at,symbol,price,change,change_percent"));
    EXPECT_EQ(read.records[1][0], singleFixture());
    EXPECT_EQ(read.records[12][0], QStringLiteral("encoding-crlf.txt"));
}

TEST(ExportCommand, KeepsSourceColumnsWhenOnlyOneOfSeveralFilesIsReadable)
{
    const ProgramRun run = runMarketdesk(exportArguments(QStringLiteral("indices"), QStringLiteral("csv"), QStringLiteral("-"),
                                                  {QStringLiteral("bad-empty.txt"), singleFixture()}));
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_EQ(run.err, QStringLiteral("marketdesk: bad-empty.txt: the file is empty\n"));
    EXPECT_TRUE(run.out.startsWith("source,captured_at,name,value,change,change_percent\r\n"
                                   "psx-close-2024-12-10.txt,2024-12-10T21:45:00,BR100,11814,90.4,0.77\r\n"));
}

TEST(ExportCommand, WritesNothingWhenNoFileIsReadable)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("quotes.csv"));
    writeFile(out, "yesterday's export\n");
    const ProgramRun run = runMarketdesk(exportArguments(QStringLiteral("quotes"), QStringLiteral("csv"), out,
                                                  {QStringLiteral("missing.txt"), QStringLiteral("bad-image.html")}));
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_EQ(run.err, QStringLiteral("marketdesk: missing.txt: no such file\n"
                                      "marketdesk: bad-image.html: this is not a page snapshot: it looks like a PNG image\n"
                                      "marketdesk: nothing exported: none of the files could be read\n"));
    EXPECT_EQ(readFile(out), QByteArray("yesterday's export\n"));
}

TEST(ExportCommand, AnOutputInsideAFileIsReportedWithStatus2)
{
    QTemporaryDir dir;
    const QString notAFolder = dir.filePath(QStringLiteral("notes.txt"));
    writeFile(notAFolder, "notes\n");
    const QString out = notAFolder + QStringLiteral("/quotes.csv");
    const ProgramRun run = runMarketdesk(exportArguments(QStringLiteral("quotes"), QStringLiteral("csv"), out, {singleFixture()}));
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_EQ(run.err, QStringLiteral("marketdesk: %1: cannot be written, %2 is a file, not a folder\n")
                           .arg(QDir::toNativeSeparators(out), QDir::toNativeSeparators(notAFolder)));
    EXPECT_EQ(run.out, QByteArray());
    EXPECT_EQ(readFile(notAFolder), QByteArray("notes\n"));
}

TEST(ExportCommand, AnOutputInAMissingFolderIsReportedWithStatus2)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("gone/quotes.csv"));
    const ProgramRun run = runMarketdesk(exportArguments(QStringLiteral("quotes"), QStringLiteral("tsv"), out, {singleFixture()}));
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_EQ(run.err, QStringLiteral("marketdesk: %1: cannot be written, the folder %2 does not exist\n")
                           .arg(QDir::toNativeSeparators(out), QDir::toNativeSeparators(dir.filePath(QStringLiteral("gone")))));
}

#ifdef Q_OS_UNIX
TEST(ExportCommand, AFullDiskLeavesTheOldOutputIntact)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("quotes.csv"));
    writeFile(out, "symbol,price,change,change_percent\r\nOLD,1,0,0\r\n");
    QStringList files;
    for (int i = 0; i < 40; ++i)
        files << singleFixture();  // about 28 KB of rows
    RunOptions options;
    options.fileSizeLimit = 4096;
    const ProgramRun run = runMarketdesk(exportArguments(QStringLiteral("quotes"), QStringLiteral("csv"), out, files), options);
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.startsWith(QStringLiteral("marketdesk: %1: cannot be written (").arg(out))) << run.err.toStdString();
    EXPECT_TRUE(run.err.endsWith(QStringLiteral("; the existing file was left unchanged\n"))) << run.err.toStdString();
    EXPECT_EQ(readFile(out), QByteArray("symbol,price,change,change_percent\r\nOLD,1,0,0\r\n"));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("quotes.csv")});
}

TEST(ExportCommand, AFailingStandardOutputIsReportedWithStatus2)
{
    if (!QFileInfo::exists(QStringLiteral("/dev/full")))
        GTEST_SKIP() << "no /dev/full";
    RunOptions options;
    options.stdoutFile = QStringLiteral("/dev/full");
    const ProgramRun run = runMarketdesk(exportArguments(QStringLiteral("comments"), QStringLiteral("csv"), QStringLiteral("-"),
                                                  {singleFixture()}), options);
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_EQ(run.err, QStringLiteral("marketdesk: standard output: cannot be written (No space left on device)\n"));
}
#endif

TEST(ExportCommand, UsageErrorsExitWith1AndSayWhatIsWrong)
{
    ProgramRun run = runMarketdesk(exportArguments(QStringLiteral("gainers"), QStringLiteral("csv"), QStringLiteral("-"), {singleFixture()}));
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_EQ(run.err, QStringLiteral("marketdesk: unknown table \"gainers\" for --export-csv; use one of quotes, indices, movers, comments, ohlcv\n"));

    run = runMarketdesk(exportArguments(QStringLiteral("quotes"), QStringLiteral("xlsx"), QStringLiteral("-"), {singleFixture()}));
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_EQ(run.err, QStringLiteral("marketdesk: unknown preset \"xlsx\" for --export-csv; use one of csv, excel, tsv\n"));

    run = runMarketdesk({QStringLiteral("--export-csv"), QStringLiteral("quotes"), singleFixture()});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_EQ(run.err, QStringLiteral("marketdesk: --export-csv needs --output OUT (\"-\" for standard output)\n"));

    run = runMarketdesk({QStringLiteral("--export-csv"), QStringLiteral("quotes"), QStringLiteral("--output"), QStringLiteral("-")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_EQ(run.err, QStringLiteral("marketdesk: --export-csv needs at least one snapshot FILE\n"));
    EXPECT_EQ(run.out, QByteArray());
}
