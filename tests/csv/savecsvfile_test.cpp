// Atomic saves: a failed export names the path and the reason, and never harms a file already there.
#include "core/csv/csvwriter.h"

#include "csvtestdata.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#ifdef Q_OS_UNIX
#include "../core/filesizelimit.h"

#include <unistd.h>
#endif

using namespace md;
using namespace md::test;

namespace {

CsvTable quotes(int rows)
{
    CsvTable t({QStringLiteral("symbol"), QStringLiteral("price")});
    for (int i = 0; i < rows; ++i) {
        t.addText(QStringLiteral("SYM%1").arg(i));
        t.addNumber(100 + i * 0.01);
    }
    return t;
}

const CsvFormat &rfc4180()
{
    static const CsvFormat format = csvFormat(CsvPreset::Csv, englishLocale());
    return format;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

} // namespace

TEST(SaveCsvFile, WritesTheFileAndReplacesAnOldOne)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("quotes.csv"));
    writeFile(path, "old contents\n");
    const CsvSaveResult result = saveCsvFile(quotes(2), rfc4180(), path);
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    EXPECT_EQ(readFile(path), QByteArray("symbol,price\r\nSYM0,100\r\nSYM1,100.01\r\n"));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("quotes.csv")});
}

// Tests may run as root, for whom permissions do not apply: a folder that is really a file fails for all.
TEST(SaveCsvFile, AParentThatIsAFileIsReportedWithPathAndReason)
{
    QTemporaryDir dir;
    const QString notAFolder = dir.filePath(QStringLiteral("report.txt"));
    writeFile(notAFolder, "a regular file\n");
    const QString path = notAFolder + QStringLiteral("/quotes.csv");
    const CsvSaveResult result = saveCsvFile(quotes(3), rfc4180(), path);
    EXPECT_FALSE(result.ok());
    EXPECT_EQ(result.error, QStringLiteral("%1: cannot be written, %2 is a file, not a folder")
                                .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(notAFolder)));
    EXPECT_EQ(readFile(notAFolder), QByteArray("a regular file\n"));
}

TEST(SaveCsvFile, AMissingFolderIsReportedWithPathAndReason)
{
    QTemporaryDir dir;
    const QString gone = dir.filePath(QStringLiteral("gone"));
    const QString path = gone + QStringLiteral("/quotes.csv");
    const CsvSaveResult result = saveCsvFile(quotes(3), rfc4180(), path);
    EXPECT_FALSE(result.ok());
    EXPECT_EQ(result.error, QStringLiteral("%1: cannot be written, the folder %2 does not exist")
                                .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(gone)));
    EXPECT_FALSE(QFileInfo::exists(gone));
}

TEST(SaveCsvFile, AFolderAsTheTargetIsRefusedAndLeftAlone)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("exports"));
    ASSERT_TRUE(QDir().mkpath(folder));
    writeFile(folder + QStringLiteral("/keep.csv"), "kept\n");
    const CsvSaveResult result = saveCsvFile(quotes(3), rfc4180(), folder);
    EXPECT_FALSE(result.ok());
    EXPECT_EQ(result.error, QStringLiteral("%1: this is a folder; choose a file name to export to").arg(QDir::toNativeSeparators(folder)));
    EXPECT_EQ(readFile(folder + QStringLiteral("/keep.csv")), QByteArray("kept\n"));
}

#ifdef Q_OS_UNIX
// A disk that fills up mid-export, simulated with the file-size limit (which binds root too): the old file
// keeps its bytes, no temporary file is left behind, and the reason is the system's.
TEST(SaveCsvFile, ADiskThatFillsUpMidWayLeavesTheOldFileIntact)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("quotes.csv"));
    writeFile(path, "symbol,price\r\nOLD,1\r\n");
    const CsvTable big = quotes(300000);  // about 5 MB

    CsvSaveResult result;
    {
        const FileSizeLimit limit(256 * 1024);
        ASSERT_TRUE(limit.isActive());
        result = saveCsvFile(big, rfc4180(), path);
    }

    EXPECT_FALSE(result.ok());
    EXPECT_TRUE(result.error.startsWith(QDir::toNativeSeparators(path) + QStringLiteral(": cannot be written (")))
        << result.error.toStdString();
    EXPECT_TRUE(result.error.contains(QStringLiteral("too large"), Qt::CaseInsensitive)) << result.error.toStdString();
    EXPECT_TRUE(result.error.endsWith(QStringLiteral("; the existing file was left unchanged"))) << result.error.toStdString();
    EXPECT_EQ(readFile(path), QByteArray("symbol,price\r\nOLD,1\r\n"));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("quotes.csv")});
}

// A small file lives in the device's buffer until the end: a disk that is full when that buffer is written
// out (the last moment before the rename) must fail the export too, not rename a cut-short file into place.
TEST(SaveCsvFile, ASmallFileThatCannotBeWrittenOutAtTheEndKeepsTheOldFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("quotes.csv"));
    writeFile(path, "symbol,price\r\nOLD,1\r\n");
    const CsvTable small = quotes(40);  // about 700 bytes: never leaves the buffer before the end

    CsvSaveResult result;
    {
        const FileSizeLimit limit(64);
        ASSERT_TRUE(limit.isActive());
        result = saveCsvFile(small, rfc4180(), path);
    }

    EXPECT_FALSE(result.ok());
    EXPECT_TRUE(result.error.startsWith(QDir::toNativeSeparators(path) + QStringLiteral(": cannot be written (")))
        << result.error.toStdString();
    EXPECT_EQ(readFile(path), QByteArray("symbol,price\r\nOLD,1\r\n"));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("quotes.csv")});
}

// Permissions only bind ordinary users; as root this case is covered by the ones above.
TEST(SaveCsvFile, AReadOnlyFolderKeepsTheOldFile)
{
    if (geteuid() == 0)
        GTEST_SKIP() << "root ignores permissions";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("quotes.csv"));
    writeFile(path, "old\n");
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    const CsvSaveResult result = saveCsvFile(quotes(3), rfc4180(), path);
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    EXPECT_FALSE(result.ok());
    EXPECT_TRUE(result.error.startsWith(QDir::toNativeSeparators(path) + QStringLiteral(": cannot be written (")))
        << result.error.toStdString();
    EXPECT_EQ(readFile(path), QByteArray("old\n"));
}
#endif
