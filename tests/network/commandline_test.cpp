// `marketdesk --dump-json` with web addresses, run as a separate process against the loopback server.
#include "core/snapshotjson.h"
#include "tests/network/httptestserver.h"
#include "tests/network/networktest.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace md::test {
namespace {

struct ProcessRun
{
    int exitCode = -1;
    bool finished = false;
    QByteArray out;
    QByteArray err;
};

// Runs marketdesk while this process keeps serving pages: the event loop turns until it exits.
ProcessRun runMarketDesk(const QStringList &arguments)
{
    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"})
        environment.remove(QString::fromLatin1(name));
    // no settings of the user's: the network limits are the defaults
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
    environment.insert(QStringLiteral("HOME"), home.path());

    QProcess process;
    process.setProcessEnvironment(environment);
    ProcessRun run;
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, [&](int exitCode, QProcess::ExitStatus status) {
        run.exitCode = status == QProcess::NormalExit ? exitCode : -1;
        run.finished = true;
        loop.quit();
    });
    QObject::connect(&process, &QProcess::errorOccurred, &loop, [&](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            loop.quit();
    });
    process.start(QStringLiteral(MARKETDESK_EXECUTABLE), arguments);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    if (!run.finished) {
        process.kill();
        process.waitForFinished(2000);
    }
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

class DumpJsonUrlTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(server.listen());
        server.route("/psx", HttpResponse::page("text/plain; charset=utf-8",
                                                gzip(readData(QStringLiteral("psx-close-2024-12-10.txt"))))
                                 .header("Content-Encoding", "gzip"));
    }

    HttpTestServer server;
};

TEST_F(DumpJsonUrlTest, FetchesAddressesAndReadsFilesInTheOrderGiven)
{
    const QString url = server.url(QStringLiteral("/psx")).toString();
    const QString file = dataPath(QStringLiteral("psx-close-2024-12-10.txt"));
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);

    const ProcessRun run = runMarketDesk({QStringLiteral("--dump-json"), url, file});
    ASSERT_TRUE(run.finished) << "marketdesk did not finish: " << run.err.constData();
    EXPECT_EQ(run.exitCode, 0) << run.err.constData();
    EXPECT_EQ(run.err, QByteArray());

    const QJsonArray snapshots = QJsonDocument::fromJson(run.out).array();
    ASSERT_EQ(snapshots.size(), 2) << run.out.constData();
    const std::optional<Snapshot> fromWeb = snapshotFromJson(snapshots.at(0).toObject());
    const std::optional<Snapshot> fromFile = snapshotFromJson(snapshots.at(1).toObject());
    ASSERT_TRUE(fromWeb && fromFile);
    EXPECT_EQ(fromWeb->source, url);
    EXPECT_EQ(fromFile->source, QDir::toNativeSeparators(file));
    // the same page, parsed the same; only where and when it was taken differ
    EXPECT_EQ(fromWeb->quotes, fromFile->quotes);
    EXPECT_EQ(fromWeb->indices, fromFile->indices);
    EXPECT_TRUE(fromWeb->article == fromFile->article);
    EXPECT_EQ(fromWeb->comments, fromFile->comments);
    EXPECT_EQ(fromWeb->quotes.size(), 10);
    EXPECT_LE(before, fromWeb->capturedAt.toUtc());
    EXPECT_LE(fromWeb->capturedAt.toUtc(), QDateTime::currentDateTimeUtc());
}

TEST_F(DumpJsonUrlTest, FailedFetchIsNamedOnStderrAndTheOtherInputsStillPrinted)
{
    const QString missing = server.url(QStringLiteral("/missing")).toString();
    const QString url = server.url(QStringLiteral("/psx")).toString();
    const QString file = dataPath(QStringLiteral("psx-close-2024-12-10.txt"));

    const ProcessRun run = runMarketDesk({QStringLiteral("--dump-json"), file, missing, url});
    ASSERT_TRUE(run.finished) << "marketdesk did not finish: " << run.err.constData();
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_EQ(QString::fromLocal8Bit(run.err),
              QStringLiteral("marketdesk: %1: the server has no page at this address (HTTP 404 Not Found)\n").arg(missing));

    const QJsonArray snapshots = QJsonDocument::fromJson(run.out).array();
    ASSERT_EQ(snapshots.size(), 2) << run.out.constData();
    EXPECT_EQ(snapshots.at(0).toObject().value(QLatin1String("source")).toString(), QDir::toNativeSeparators(file));
    EXPECT_EQ(snapshots.at(1).toObject().value(QLatin1String("source")).toString(), url);
}

TEST_F(DumpJsonUrlTest, UnreachableServerEndsInAMessageNotAHang)
{
    HttpTestServer closed;
    ASSERT_TRUE(closed.listen());
    const QString url = closed.url(QStringLiteral("/page")).toString();
    closed.close();

    const ProcessRun run = runMarketDesk({QStringLiteral("--dump-json"), url});
    ASSERT_TRUE(run.finished);
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_EQ(QString::fromLocal8Bit(run.err), QStringLiteral("marketdesk: %1: the server refused the connection\n").arg(url));
    EXPECT_EQ(QJsonDocument::fromJson(run.out).array().size(), 0);
}

} // namespace
} // namespace md::test

namespace md::test {

// The exchange's publications from the loopback server, exactly as from their files: the market-watch and
// historical pages, a closing-rate file and an end-of-day series (its symbol from the address).
TEST_F(DumpJsonUrlTest, ExchangePublicationsReadFromAddressesLikeFromFiles)
{
    server.route("/market-watch", HttpResponse::page("text/html; charset=utf-8", readData(QStringLiteral("psx-market-watch-badges.html"))));
    server.route("/historical", HttpResponse::page("text/html; charset=utf-8", readData(QStringLiteral("psx-historical-2024-12-10.html"))));
    server.route("/download/closing.lis", HttpResponse::page("text/plain", readData(QStringLiteral("psx-closing-rates-31DEC2021.lis"))));
    server.route("/timeseries/eod/OGDC", HttpResponse::page("application/json", readData(QStringLiteral("OGDC.json"))));
    const QStringList paths = {QStringLiteral("/market-watch"), QStringLiteral("/historical"),
                               QStringLiteral("/download/closing.lis"), QStringLiteral("/timeseries/eod/OGDC")};
    const QStringList files = {QStringLiteral("psx-market-watch-badges.html"), QStringLiteral("psx-historical-2024-12-10.html"),
                               QStringLiteral("psx-closing-rates-31DEC2021.lis"), QStringLiteral("OGDC.json")};
    QStringList arguments{QStringLiteral("--dump-json")};
    for (const QString &path : paths)
        arguments.append(server.url(path).toString());
    for (const QString &file : files)
        arguments.append(dataPath(file));
    const ProcessRun run = runMarketDesk(arguments);
    ASSERT_TRUE(run.finished) << "marketdesk did not finish: " << run.err.constData();
    EXPECT_EQ(run.exitCode, 0) << run.err.constData();
    const QJsonArray snapshots = QJsonDocument::fromJson(run.out).array();
    ASSERT_EQ(snapshots.size(), 8) << run.out.constData();
    const QStringList kinds = {QStringLiteral("market-watch"), QStringLiteral("historical-session"),
                               QStringLiteral("closing-rates"), QStringLiteral("eod-series")};
    for (int i = 0; i < 4; ++i) {
        const std::optional<Snapshot> fromWeb = snapshotFromJson(snapshots.at(i).toObject());
        const std::optional<Snapshot> fromFile = snapshotFromJson(snapshots.at(i + 4).toObject());
        ASSERT_TRUE(fromWeb && fromFile);
        EXPECT_EQ(kindName(fromWeb->kind), kinds[i]);
        EXPECT_EQ(fromWeb->quotes, fromFile->quotes) << kinds[i].toStdString();
        EXPECT_FALSE(fromWeb->quotes.isEmpty());
    }
}

} // namespace md::test
