// The portfolio's command line through the real binary: --transactions, --holdings and --performance, the issue's
// acceptance example, and every bad input exiting 2 with nothing changed.
#include "portfoliofixtures.h"
#include "testdata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <ostream>

using md::test::kIssueExample;

namespace {

struct ProcessRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

ProcessRun runMarketDesk(QStringList arguments)
{
    QProcess process;
    process.start(QStringLiteral(MARKETDESK_BINARY), arguments);
    ProcessRun run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

// A library holding the closing-rate files of 2, 3 and 4 December 2024 (tests/data/psx-closing-dec2024).
class PortfolioCommandLine : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_library = m_dir.filePath(QStringLiteral("library.sqlite"));
        const ProcessRun import = run({QStringLiteral("--import"), md::test::dataPath(QStringLiteral("psx-closing-dec2024"))});
        ASSERT_EQ(import.exitCode, 0) << import.err.toStdString();
    }

    ProcessRun run(QStringList arguments)
    {
        arguments << QStringLiteral("--library") << m_library;
        return runMarketDesk(arguments);
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

    QTemporaryDir m_dir;
    QString m_library;
};

} // namespace

TEST_F(PortfolioCommandLine, TheIssuesExampleHoldingsAtTheFourthOfDecember)
{
    const ProcessRun import = run({QStringLiteral("--transactions"), QStringLiteral("import"),
                                   writeFile(QStringLiteral("trades.csv"), kIssueExample)});
    ASSERT_EQ(import.exitCode, 0) << import.err.toStdString();
    EXPECT_EQ(import.out, QByteArray("Imported 3 transactions into portfolio Default.\n"));

    const ProcessRun holdings = run({QStringLiteral("--holdings"), QStringLiteral("--as-of"), QStringLiteral("2024-12-04"),
                                     QStringLiteral("--output"), QStringLiteral("-")});
    EXPECT_EQ(holdings.exitCode, 0) << holdings.err.toStdString();
    EXPECT_EQ(holdings.out,
              QByteArray("symbol,quantity,average_cost,cost,price,price_date,value,unrealized,unrealized_percent,"
                         "realized,dividends,weight_percent\r\n"
                         "LUCK,60,1000,60000,1020.88,2024-12-04,61252.8,1252.8,2.09,800,0,86.06\r\n"
                         "OGDC,50,200,10000,198.41,2024-12-04,9920.5,-79.5,-0.8,0,0,13.94\r\n"
                         "TOTAL,,,70000,,,71173.3,1173.3,1.68,800,0,100\r\n"));
    EXPECT_TRUE(holdings.err.isEmpty()) << holdings.err.toStdString();

    // A day before the sell: 100 LUCK at the 3rd's close.
    const ProcessRun earlier = run({QStringLiteral("--holdings"), QStringLiteral("--as-of"), QStringLiteral("2024-12-03")});
    EXPECT_EQ(earlier.exitCode, 0);
    EXPECT_TRUE(earlier.out.contains("\r\nLUCK,100,1000,100000,1010.25,2024-12-03,101025,1025,1.03,0,0,"))
        << earlier.out.toStdString();
}

TEST_F(PortfolioCommandLine, APortfolioAlertFiresOnceOnTheSessionItCrosses)
{
    ASSERT_EQ(run({QStringLiteral("--transactions"), QStringLiteral("import"),
                   writeFile(QStringLiteral("trades.csv"), kIssueExample)}).exitCode, 0);
    const ProcessRun missing = run({QStringLiteral("--alerts"), QStringLiteral("add"), QStringLiteral("portfolio Savings below 100000")});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_EQ(missing.err, QByteArray("marketdesk: there is no portfolio Savings; the library has Default\n"));
    const ProcessRun added = run({QStringLiteral("--alerts"), QStringLiteral("add"), QStringLiteral("portfolio"),
                                  QStringLiteral("default"), QStringLiteral("below"), QStringLiteral("100,000")});
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    EXPECT_EQ(added.out, QByteArray("Added alert 1: portfolio default below 100000\n"));

    // 111,025 at the 3rd's close, 71,173.30 at the 4th's after the sell: the 4th's file crosses below.
    const QString third = md::test::dataPath(QStringLiteral("psx-closing-dec2024/psx-closing-rates-03DEC2024.lis"));
    const QString fourth = md::test::dataPath(QStringLiteral("psx-closing-dec2024/psx-closing-rates-04DEC2024.lis"));
    EXPECT_EQ(run({QStringLiteral("--alerts"), QStringLiteral("check"), third}).exitCode, 0);
    const ProcessRun check = run({QStringLiteral("--alerts"), QStringLiteral("check"), fourth});
    ASSERT_EQ(check.exitCode, 3) << check.err.toStdString();
    const QJsonArray fired = QJsonDocument::fromJson(check.out).array();
    ASSERT_EQ(fired.size(), 1) << check.out.toStdString();
    const QJsonObject alert = fired[0].toObject();
    EXPECT_EQ(alert.value(QStringLiteral("kind")).toString(), QStringLiteral("portfolio-below"));
    EXPECT_EQ(alert.value(QStringLiteral("name")).toString(), QStringLiteral("default"));
    EXPECT_NEAR(alert.value(QStringLiteral("value")).toDouble(), 71173.3, 1e-6);
    EXPECT_EQ(alert.value(QStringLiteral("text")).toString(),
              QStringLiteral("portfolio default is worth 71173.3, crossing below 100000"));
    EXPECT_EQ(run({QStringLiteral("--alerts"), QStringLiteral("check"), fourth}).exitCode, 0);  // once
}

TEST_F(PortfolioCommandLine, PerformanceAsJson)
{
    ASSERT_EQ(run({QStringLiteral("--transactions"), QStringLiteral("import"),
                   writeFile(QStringLiteral("trades.csv"), kIssueExample)}).exitCode, 0);
    const ProcessRun perf = run({QStringLiteral("--performance"), QStringLiteral("--from"), QStringLiteral("2024-12-02"),
                                 QStringLiteral("--to"), QStringLiteral("2024-12-04")});
    ASSERT_EQ(perf.exitCode, 0) << perf.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(perf.out).object();
    EXPECT_EQ(json.value(QStringLiteral("portfolio")).toString(), QStringLiteral("Default"));
    EXPECT_EQ(json.value(QStringLiteral("start_value")).toDouble(), 0);
    EXPECT_EQ(json.value(QStringLiteral("end_value")).toDouble(), 71173.3);
    EXPECT_EQ(json.value(QStringLiteral("money_in")).toDouble(), 110000);
    EXPECT_EQ(json.value(QStringLiteral("money_out")).toDouble(), 40800);
    // 71,173.30 − 110,000 + 40,800 = 1,973.30: 800 realized and 1,173.30 unrealized.
    EXPECT_EQ(json.value(QStringLiteral("gain")).toDouble(), 1973.3);
    EXPECT_TRUE(json.value(QStringLiteral("ttwror_percent")).isDouble());
    EXPECT_TRUE(json.value(QStringLiteral("irr_percent")).isDouble());
    EXPECT_EQ(json.value(QStringLiteral("index")).toString(), QStringLiteral("KSE100"));
    EXPECT_TRUE(json.value(QStringLiteral("index_return_percent")).isNull());  // closing-rate files hold no index
    EXPECT_EQ(json.value(QStringLiteral("series")).toArray().size(), 3);
}

TEST_F(PortfolioCommandLine, ListExportAndRemove)
{
    ASSERT_EQ(run({QStringLiteral("--transactions"), QStringLiteral("import"),
                   writeFile(QStringLiteral("trades.csv"), kIssueExample), QStringLiteral("--portfolio"),
                   QStringLiteral("Main")}).exitCode, 0);
    const ProcessRun list = run({QStringLiteral("--transactions"), QStringLiteral("list")});
    EXPECT_EQ(list.exitCode, 0) << list.err.toStdString();
    EXPECT_EQ(list.out, QByteArray("id,portfolio,date,type,symbol,quantity,price,amount,fees,taxes,note\r\n"
                                   "1,Main,2024-12-02,buy,LUCK,100,1000,,,,\r\n"
                                   "2,Main,2024-12-03,buy,OGDC,50,200,,,,\r\n"
                                   "3,Main,2024-12-04,sell,LUCK,40,1020,,,,\r\n"));
    const QString exported = m_dir.filePath(QStringLiteral("out.csv"));
    const ProcessRun out = run({QStringLiteral("--transactions"), QStringLiteral("export"), QStringLiteral("--output"),
                                exported, QStringLiteral("--portfolio"), QStringLiteral("main")});
    EXPECT_EQ(out.exitCode, 0) << out.err.toStdString();
    QFile file(exported);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), QByteArray("date,type,symbol,quantity,price,amount,fees,taxes,note\r\n"
                                         "2024-12-02,buy,LUCK,100,1000,,,,\r\n"
                                         "2024-12-03,buy,OGDC,50,200,,,,\r\n"
                                         "2024-12-04,sell,LUCK,40,1020,,,,\r\n"));
    // The export imports again into another portfolio.
    EXPECT_EQ(run({QStringLiteral("--transactions"), QStringLiteral("import"), exported}).exitCode, 0);

    // The first buy cannot go while the sell it covers is there; the sell can, and then the buy.
    const ProcessRun refused = run({QStringLiteral("--transactions"), QStringLiteral("remove"), QStringLiteral("1")});
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_EQ(refused.err, QByteArray("marketdesk: transaction 1 was not removed: without it there would be a sell of "
                                      "40 shares of LUCK on 2024-12-04, when 0 were held\n"))
        << refused.err.toStdString();
    const ProcessRun removed = run({QStringLiteral("--transactions"), QStringLiteral("remove"), QStringLiteral("3")});
    EXPECT_EQ(removed.exitCode, 0) << removed.err.toStdString();
    EXPECT_EQ(removed.out, QByteArray("Removed transaction 3.\n"));
    EXPECT_EQ(run({QStringLiteral("--transactions"), QStringLiteral("remove"), QStringLiteral("1")}).exitCode, 0);
    EXPECT_EQ(run({QStringLiteral("--transactions"), QStringLiteral("list"), QStringLiteral("--portfolio"),
                   QStringLiteral("Main")}).out.count("\r\n"), 2);
}

struct BadCommand
{
    const char *name;
    QStringList arguments;  // "FILE" is replaced by the bad file's path
    QByteArray file;
    int exitCode;
    QByteArray error;       // stderr starts with it
};

// Its name in test output, not its bytes.
void PrintTo(const BadCommand &command, std::ostream *os)
{
    *os << command.name;
}

class PortfolioCommandLineRefuses : public PortfolioCommandLine, public ::testing::WithParamInterface<BadCommand>
{
};

TEST_P(PortfolioCommandLineRefuses, WithAClearMessageAndNothingImported)
{
    ASSERT_EQ(run({QStringLiteral("--transactions"), QStringLiteral("import"),
                   writeFile(QStringLiteral("good.csv"), "date,type,symbol,quantity,price,amount,fees,taxes,note\n"
                                                         "2024-12-02,buy,LUCK,10,1000,,,,\n")}).exitCode, 0);
    QStringList arguments = GetParam().arguments;
    const QString bad = writeFile(QStringLiteral("bad.csv"), GetParam().file);
    arguments.replaceInStrings(QStringLiteral("FILE"), bad);
    const ProcessRun refused = run(arguments);
    EXPECT_EQ(refused.exitCode, GetParam().exitCode) << refused.err.toStdString();
    QByteArray expected = GetParam().error;
    expected.replace("FILE", bad.toLocal8Bit());
    EXPECT_TRUE(refused.err.startsWith(expected)) << refused.err.toStdString();
    const ProcessRun list = run({QStringLiteral("--transactions"), QStringLiteral("list")});
    EXPECT_EQ(list.out.count("\r\n"), 2) << list.out.toStdString();  // the header and the one good buy
}

#define HEADER "date,type,symbol,quantity,price,amount,fees,taxes,note\n"
INSTANTIATE_TEST_SUITE_P(
    BadInputs, PortfolioCommandLineRefuses,
    ::testing::Values(
        BadCommand{"MalformedLine", {QStringLiteral("--transactions"), QStringLiteral("import"), QStringLiteral("FILE")},
                   HEADER "2024-12-03,buy,OGDC,50,200,,,,\n2024-12-03,buy,OGDC,5\n", 2,
                   "marketdesk: FILE: line 3: it has 4 fields; the header has 9"},
        BadCommand{"UnknownType", {QStringLiteral("--transactions"), QStringLiteral("import"), QStringLiteral("FILE")},
                   HEADER "2024-12-03,gift,OGDC,50,200,,,,\n", 2, "marketdesk: FILE: line 2: unknown type \"gift\""},
        BadCommand{"Oversell", {QStringLiteral("--transactions"), QStringLiteral("import"), QStringLiteral("FILE")},
                   HEADER "2024-12-03,buy,OGDC,50,200,,,,\n2024-12-04,sell,LUCK,11,1020,,,,\n", 2,
                   "marketdesk: FILE: line 3: a sell of 11 shares of LUCK on 2024-12-04, when 10 were held; nothing was imported\n"},
        BadCommand{"UnknownSymbol", {QStringLiteral("--transactions"), QStringLiteral("import"), QStringLiteral("FILE")},
                   HEADER "2024-12-03,buy,XYZQ,50,200,,,,\n", 2,
                   "marketdesk: FILE: line 2: XYZQ is not a symbol the library has prices for"},
        BadCommand{"FutureDate", {QStringLiteral("--transactions"), QStringLiteral("import"), QStringLiteral("FILE")},
                   HEADER "2099-01-01,buy,LUCK,1,1000,,,,\n", 2, "marketdesk: FILE: line 2: 2099-01-01 is in the future"},
        BadCommand{"DuplicateFile", {QStringLiteral("--transactions"), QStringLiteral("import"), QStringLiteral("FILE")},
                   HEADER "2024-12-02,buy,LUCK,10,1000,,,,\n", 2,
                   "marketdesk: FILE: this file was already imported into portfolio Default (as good.csv, on "},
        BadCommand{"MissingFile", {QStringLiteral("--transactions"), QStringLiteral("import"), QStringLiteral("FILE.missing")},
                   "", 2, "marketdesk: FILE.missing: cannot be read"},
        BadCommand{"NotAnId", {QStringLiteral("--transactions"), QStringLiteral("remove"), QStringLiteral("one")}, "", 2,
                   "marketdesk: \"one\" is not a transaction ID"},
        BadCommand{"NoSuchId", {QStringLiteral("--transactions"), QStringLiteral("remove"), QStringLiteral("42")}, "", 2,
                   "marketdesk: there is no transaction 42 (--transactions list shows their IDs)\n"},
        BadCommand{"BadAsOf", {QStringLiteral("--holdings"), QStringLiteral("--as-of"), QStringLiteral("4 Dec 2024")}, "", 2,
                   "marketdesk: --as-of \"4 Dec 2024\" is not a date (YYYY-MM-DD, such as 2024-12-04)\n"},
        BadCommand{"NoSuchPortfolio", {QStringLiteral("--holdings"), QStringLiteral("--portfolio"), QStringLiteral("Family")}, "", 2,
                   "marketdesk: there is no portfolio \"Family\"; the library has Default\n"},
        BadCommand{"BadCostMethod", {QStringLiteral("--holdings"), QStringLiteral("--cost-method"), QStringLiteral("lifo")}, "", 2,
                   "marketdesk: --cost-method \"lifo\" is not average or fifo\n"},
        BadCommand{"PerformanceWithoutDates", {QStringLiteral("--performance")}, "", 2,
                   "marketdesk: --performance needs --from YYYY-MM-DD and --to YYYY-MM-DD\n"},
        BadCommand{"PerformanceBackwards", {QStringLiteral("--performance"), QStringLiteral("--from"), QStringLiteral("2024-12-04"),
                                            QStringLiteral("--to"), QStringLiteral("2024-12-02")}, "", 2,
                   "marketdesk: --to 2024-12-02 is before --from 2024-12-04\n"},
        BadCommand{"UnknownAction", {QStringLiteral("--transactions"), QStringLiteral("delete")}, "", 1,
                   "marketdesk: unknown --transactions action \"delete\"; use import, list, export or remove\n"}),
    [](const ::testing::TestParamInfo<BadCommand> &info) { return std::string(info.param.name); });
