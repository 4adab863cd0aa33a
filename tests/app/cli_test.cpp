// The command line as scripts use it: --dump-json output, exit codes, messages on stderr, --help, --version.
#include "core/timestamp.h"
#include "testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

struct ProcessRun
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

ProcessRun runMarketDesk(const QStringList &arguments)
{
    QProcess process;
    // Options the command line does not know still start Qt before the parser rejects them: keep it headless.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(MARKETDESK_BINARY), arguments);
    EXPECT_TRUE(process.waitForFinished(60000));
    return {process.exitCode(), process.readAllStandardOutput(), QString::fromLocal8Bit(process.readAllStandardError())};
}

} // namespace

TEST(CommandLine, DumpJsonPrintsOneObjectPerFileInOrder)
{
    const ProcessRun run = runMarketDesk({QStringLiteral("--dump-json"), md::test::dataPath(QStringLiteral("psx-close-2024-12-10.txt")),
                                   md::test::dataPath(QStringLiteral("encoding-utf16le.txt"))});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.isEmpty());
    const QJsonArray array = QJsonDocument::fromJson(run.out).array();
    ASSERT_EQ(array.size(), 2);
    const QJsonObject first = array.at(0).toObject();
    EXPECT_TRUE(first.value(QStringLiteral("source")).toString().endsWith(QStringLiteral("psx-close-2024-12-10.txt")));
    EXPECT_EQ(first.value(QStringLiteral("format")).toString(), QStringLiteral("text"));
    EXPECT_EQ(first.value(QStringLiteral("captured_at")).toString(), QStringLiteral("2024-12-10T21:45:00"));
    EXPECT_EQ(first.value(QStringLiteral("market_as_of")).toString(), QStringLiteral("2024-12-10T21:45:00"));
    EXPECT_EQ(first.value(QStringLiteral("market_as_of_source")).toString(), QStringLiteral("page"));
    const QJsonObject airlink = first.value(QStringLiteral("quotes")).toArray().at(0).toObject();
    EXPECT_EQ(airlink.value(QStringLiteral("symbol")).toString(), QStringLiteral("AIRLINK"));
    EXPECT_DOUBLE_EQ(airlink.value(QStringLiteral("change")).toDouble(), -7.01);
    const QJsonObject kse = first.value(QStringLiteral("indices")).toArray().at(2).toObject();
    EXPECT_EQ(kse.value(QStringLiteral("name")).toString(), QStringLiteral("KSE100"));
    EXPECT_TRUE(run.out.contains("\"value\": 113247,")) << "index values print as plain integers";
    EXPECT_EQ(first.value(QStringLiteral("article")).toObject().value(QStringLiteral("dateline")).toString(),
              QStringLiteral("KARACHI"));
    EXPECT_EQ(array.at(1).toObject().value(QStringLiteral("encoding")).toString(), QStringLiteral("UTF-16LE"));
}

// Issue 20: a story of 2021 saved under a ticker of 2024. The JSON keeps the two times apart: the article's
// published_at, and the market data's market_as_of from the only evidence left, the file's time.
TEST(CommandLine, DumpJsonGivesTheArticlesDateAndTheMarketTimeApart)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("reserved.txt"));
    ASSERT_TRUE(QFile::copy(md::test::dataPath(QStringLiteral("text-2021-reserved-under-2024-ticker.txt")), path));
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        ASSERT_TRUE(file.setFileTime(QDateTime(QDate(2024, 6, 14), QTime(11, 20), Qt::UTC), QFileDevice::FileModificationTime));
    }
    const ProcessRun run = runMarketDesk({QStringLiteral("--dump-json"), path});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject s = QJsonDocument::fromJson(run.out).array().at(0).toObject();
    EXPECT_TRUE(s.value(QStringLiteral("captured_at")).isNull());
    EXPECT_EQ(s.value(QStringLiteral("market_as_of_source")).toString(), QStringLiteral("file"));
    EXPECT_EQ(md::Timestamp::fromIsoString(s.value(QStringLiteral("market_as_of")).toString()).toUtc(),
              QDateTime(QDate(2024, 6, 14), QTime(11, 20), Qt::UTC));
    const QJsonObject article = s.value(QStringLiteral("article")).toObject();
    EXPECT_EQ(article.value(QStringLiteral("published_at")).toString(), QStringLiteral("2021-01-01"));
    EXPECT_EQ(article.value(QStringLiteral("headline")).toString(), QStringLiteral("KSE-100 opens 2021 above the 44,000 line"));
    const QJsonArray warnings = s.value(QStringLiteral("warnings")).toArray();
    ASSERT_EQ(warnings.size(), 1);
    EXPECT_TRUE(warnings.at(0).toString().startsWith(QStringLiteral("The ticker's date is uncertain"))) << warnings.at(0).toString().toStdString();
}

TEST(CommandLine, BadFilesExitTwoNamingEachWhileGoodFilesStillPrint)
{
    const QString empty = md::test::dataPath(QStringLiteral("bad-empty.txt"));
    const QString image = md::test::dataPath(QStringLiteral("bad-image.html"));
    const QString good = md::test::dataPath(QStringLiteral("encoding-crlf.txt"));
    const ProcessRun run = runMarketDesk({QStringLiteral("--dump-json"), empty, QStringLiteral("/no/such/page.html"), good, image});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(empty + QStringLiteral(": the file is empty"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("/no/such/page.html: no such file")));
    EXPECT_TRUE(run.err.contains(image + QStringLiteral(": this is not a page snapshot: it looks like a PNG image")));
    const QJsonArray array = QJsonDocument::fromJson(run.out).array();
    ASSERT_EQ(array.size(), 1);
    EXPECT_TRUE(array.at(0).toObject().value(QStringLiteral("source")).toString().endsWith(QStringLiteral("encoding-crlf.txt")));
}

TEST(CommandLine, DumpJsonWithoutFilesIsAUsageError)
{
    const ProcessRun run = runMarketDesk({QStringLiteral("--dump-json")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("needs at least one FILE")));
    EXPECT_TRUE(run.out.isEmpty());
}

TEST(CommandLine, VersionAndHelp)
{
    const ProcessRun version = runMarketDesk({QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_EQ(QString::fromUtf8(version.out).trimmed(), QStringLiteral("MarketDesk " MARKETDESK_VERSION_STRING));
    const ProcessRun help = runMarketDesk({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains("--dump-json"));
    EXPECT_TRUE(help.out.contains("--screenshot"));
}

TEST(CommandLine, UnknownOptionFails)
{
    const ProcessRun run = runMarketDesk({QStringLiteral("--dump-jsn"), QStringLiteral("x")});
    EXPECT_NE(run.exitCode, 0);
    EXPECT_TRUE(run.err.contains(QStringLiteral("dump-jsn")));
}
