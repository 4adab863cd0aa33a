// The command line of issue 14: --watchlist, --alerts (add, list, remove, check, history) and --search, with
// their exit statuses, against a temporary library.
#include "testdata.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

struct CommandRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

class AlertsCommandLine : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_library = m_dir.filePath(QStringLiteral("library.sqlite"));
    }

    // abortBeforePrinting: the test hook that ends --alerts check (std::abort) between recording what fired
    // and printing it, as a kill -9 at that moment would.
    CommandRun run(QStringList arguments, bool abortBeforePrinting = false)
    {
        arguments << QStringLiteral("--library") << m_library;
        QProcess process;
        if (abortBeforePrinting) {
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("MARKETDESK_TEST_ABORT_BEFORE_PRINTING_ALERTS"), QStringLiteral("1"));
            process.setProcessEnvironment(environment);
        }
        process.start(QStringLiteral(MARKETDESK_BINARY), arguments);
        CommandRun r;
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            return r;
        }
        r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        r.out = process.readAllStandardOutput();
        r.err = process.readAllStandardError();
        return r;
    }

    QTemporaryDir m_dir;
    QString m_library;
};

} // namespace

TEST_F(AlertsCommandLine, WatchlistAddListRemove)
{
    CommandRun r = run({QStringLiteral("--watchlist"), QStringLiteral("add"), QStringLiteral("luck"), QStringLiteral("KSE100")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, QByteArray("Added to the watchlist: LUCK, KSE100.\n"));
    r = run({QStringLiteral("--watchlist"), QStringLiteral("add"), QStringLiteral("LUCK"), QStringLiteral("OGDC")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_EQ(r.out, QByteArray("Added to the watchlist: OGDC.\nAlready on the watchlist: LUCK.\n"));
    r = run({QStringLiteral("--watchlist"), QStringLiteral("list")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_EQ(r.out, QByteArray("LUCK\nKSE100\nOGDC\n"));

    r = run({QStringLiteral("--watchlist"), QStringLiteral("remove"), QStringLiteral("kse100"), QStringLiteral("HUBC")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(r.out, QByteArray("Removed from the watchlist: KSE100.\n"));
    EXPECT_EQ(r.err, QByteArray("marketdesk: HUBC: not on the watchlist\n"));
    EXPECT_EQ(run({QStringLiteral("--watchlist"), QStringLiteral("list")}).out, QByteArray("LUCK\nOGDC\n"));

    // Usage errors: exit 1, nothing changed.
    r = run({QStringLiteral("--watchlist"), QStringLiteral("star"), QStringLiteral("LUCK")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.err, QByteArray("marketdesk: unknown --watchlist action \"star\"; use add, remove or list\n"));
    EXPECT_EQ(run({QStringLiteral("--watchlist"), QStringLiteral("add")}).exitCode, 1);
    r = run({QStringLiteral("--watchlist"), QStringLiteral("add"), QStringLiteral("PSO"), QStringLiteral("L@CK")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(run({QStringLiteral("--watchlist"), QStringLiteral("list")}).out, QByteArray("LUCK\nOGDC\n"));
}

TEST_F(AlertsCommandLine, RulesAreAddedListedAndRemoved)
{
    CommandRun r = run({QStringLiteral("--alerts"), QStringLiteral("add"), QStringLiteral("LUCK above 1,000")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, QByteArray("Added alert 1: LUCK above 1000\n"));
    // Words as separate arguments, and a phrase the shell unquoted.
    r = run({QStringLiteral("--alerts"), QStringLiteral("add"), QStringLiteral("keyword"), QStringLiteral("policy rate")});
    EXPECT_EQ(r.out, QByteArray("Added alert 2: keyword \"policy rate\"\n"));
    r = run({QStringLiteral("--alerts"), QStringLiteral("add"), QStringLiteral("luck"), QStringLiteral("above"), QStringLiteral("1000")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_EQ(r.out, QByteArray("Alert 1 already watches for: LUCK above 1000\n"));

    r = run({QStringLiteral("--alerts"), QStringLiteral("add"), QStringLiteral("OGDC move 3")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.err, QByteArray("marketdesk: not a rule: expected a percentage with %, as in OGDC move 3% (\"3\" has no %)\n"));
    EXPECT_TRUE(r.out.isEmpty());

    r = run({QStringLiteral("--alerts"), QStringLiteral("list")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_EQ(r.out, QByteArray("1\tLUCK above 1000\n2\tkeyword \"policy rate\"\n"));
    r = run({QStringLiteral("--alerts"), QStringLiteral("remove"), QStringLiteral("1")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_EQ(r.out, QByteArray("Removed alert 1.\n"));
    r = run({QStringLiteral("--alerts"), QStringLiteral("remove"), QStringLiteral("1")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(r.err, QByteArray("marketdesk: there is no alert 1\n"));
    EXPECT_EQ(run({QStringLiteral("--alerts"), QStringLiteral("remove"), QStringLiteral("first")}).exitCode, 1);
    EXPECT_EQ(run({QStringLiteral("--alerts"), QStringLiteral("mute")}).exitCode, 1);
    EXPECT_EQ(run({QStringLiteral("--alerts"), QStringLiteral("list")}).out, QByteArray("2\tkeyword \"policy rate\"\n"));
}

TEST_F(AlertsCommandLine, CheckPrintsFiredAlertsOnceAndExitsThree)
{
    ASSERT_EQ(run({QStringLiteral("--alerts"), QStringLiteral("add"), QStringLiteral("LUCK above 1000")}).exitCode, 0);
    ASSERT_EQ(run({QStringLiteral("--alerts"), QStringLiteral("add"), QStringLiteral("news PSO")}).exitCode, 0);
    const QString page = md::test::dataPath(QStringLiteral("alerts-pso-news.txt"));
    const QString quiet = md::test::dataPath(QStringLiteral("alerts-lowercase-words.txt"));

    CommandRun r = run({QStringLiteral("--alerts"), QStringLiteral("check"), quiet});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(r.out).array().size(), 0);

    r = run({QStringLiteral("--alerts"), QStringLiteral("check"), page});
    EXPECT_EQ(r.exitCode, 3) << r.err.toStdString();
    const QJsonArray fired = QJsonDocument::fromJson(r.out).array();
    ASSERT_EQ(fired.size(), 2) << r.out.toStdString();
    const QJsonObject luck = fired[0].toObject();
    EXPECT_EQ(luck.value(QLatin1String("rule_id")).toInt(), 1);
    EXPECT_EQ(luck.value(QLatin1String("rule")).toString(), QStringLiteral("LUCK above 1000"));
    EXPECT_EQ(luck.value(QLatin1String("kind")).toString(), QStringLiteral("above"));
    EXPECT_EQ(luck.value(QLatin1String("name")).toString(), QStringLiteral("LUCK"));
    EXPECT_EQ(luck.value(QLatin1String("value")).toDouble(), 1012.5);
    EXPECT_EQ(luck.value(QLatin1String("text")).toString(), QStringLiteral("LUCK is at 1012.5, above 1000"));
    EXPECT_TRUE(luck.value(QLatin1String("headline")).isNull());
    EXPECT_EQ(luck.value(QLatin1String("captured_at")).toString(), QStringLiteral("2025-03-04T16:40:00+05:00"));
    EXPECT_TRUE(luck.value(QLatin1String("source")).toString().endsWith(QStringLiteral("alerts-pso-news.txt")));
    EXPECT_FALSE(luck.value(QLatin1String("historical")).toBool());
    EXPECT_TRUE(luck.value(QLatin1String("fired_at")).toString().endsWith(QLatin1Char('Z')));
    const QJsonObject news = fired[1].toObject();
    EXPECT_EQ(news.value(QLatin1String("kind")).toString(), QStringLiteral("news"));
    EXPECT_TRUE(news.value(QLatin1String("value")).isNull());
    EXPECT_EQ(news.value(QLatin1String("headline")).toString(), QStringLiteral("PSO climbs as circular debt plan lifts oil marketers"));

    // The same page again: already fired, nothing to say.
    r = run({QStringLiteral("--alerts"), QStringLiteral("check"), page});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_EQ(QJsonDocument::fromJson(r.out).array().size(), 0);

    r = run({QStringLiteral("--alerts"), QStringLiteral("history")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_EQ(QJsonDocument::fromJson(r.out).array().size(), 2);
}

TEST_F(AlertsCommandLine, AnUnreadableInputIsTwoUnlessAlertsFired)
{
    ASSERT_EQ(run({QStringLiteral("--alerts"), QStringLiteral("add"), QStringLiteral("PSO move 3%")}).exitCode, 0);
    const QString missing = m_dir.filePath(QStringLiteral("missing.txt"));
    CommandRun r = run({QStringLiteral("--alerts"), QStringLiteral("check"), missing});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains("missing.txt: no such file")) << r.err.toStdString();
    EXPECT_EQ(r.out.trimmed(), QByteArray("[\n]"));

    r = run({QStringLiteral("--alerts"), QStringLiteral("check"), missing, md::test::dataPath(QStringLiteral("alerts-pso-news.txt"))});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_EQ(QJsonDocument::fromJson(r.out).array().size(), 1);
    EXPECT_TRUE(r.err.contains("missing.txt")) << r.err.toStdString();

    EXPECT_EQ(run({QStringLiteral("--alerts"), QStringLiteral("check")}).exitCode, 1);
}

TEST_F(AlertsCommandLine, SearchPrintsRankedResultsAsJson)
{
    ASSERT_EQ(run({QStringLiteral("--alerts"), QStringLiteral("check"), md::test::dataPath(QStringLiteral("alerts-pso-news.txt")),
                   md::test::dataPath(QStringLiteral("alerts-lowercase-words.txt"))})
                  .exitCode,
              0);
    CommandRun r = run({QStringLiteral("--search"), QStringLiteral("luck")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray hits = QJsonDocument::fromJson(r.out).array();
    ASSERT_EQ(hits.size(), 2) << r.out.toStdString();
    const QJsonObject first = hits[0].toObject();
    EXPECT_EQ(first.value(QLatin1String("headline")).toString(), QStringLiteral("Good luck finding power bargains in a fast market"));
    EXPECT_EQ(first.value(QLatin1String("snapshot_id")).toInt(), 2);
    EXPECT_EQ(first.value(QLatin1String("captured_at")).toString(), QStringLiteral("2025-03-05T17:05:00+05:00"));
    EXPECT_TRUE(first.value(QLatin1String("source")).toString().endsWith(QStringLiteral("alerts-lowercase-words.txt")));
    const QString snippet = first.value(QLatin1String("snippet")).toString();
    const QJsonArray highlight = first.value(QLatin1String("highlights")).toArray().at(0).toArray();
    EXPECT_EQ(snippet.mid(highlight.at(0).toInt(), highlight.at(1).toInt()).toLower(), QStringLiteral("luck"));

    r = run({QStringLiteral("--search"), QStringLiteral("zyzzyva")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_EQ(QJsonDocument::fromJson(r.out).array().size(), 0);
    EXPECT_EQ(run({QStringLiteral("--search"), QStringLiteral("()")}).exitCode, 1);
}

TEST_F(AlertsCommandLine, ImportRecordsWhatWouldHaveFiredWithoutNotifying)
{
    ASSERT_EQ(run({QStringLiteral("--alerts"), QStringLiteral("add"), QStringLiteral("LUCK move 2%")}).exitCode, 0);
    const QString folder = m_dir.filePath(QStringLiteral("pages"));
    ASSERT_TRUE(QDir().mkpath(folder));
    for (const char *name : {"alerts-pso-news.txt", "alerts-lowercase-words.txt"})
        ASSERT_TRUE(QFile::copy(md::test::dataPath(QString::fromUtf8(name)), folder + QLatin1Char('/') + QString::fromUtf8(name)));
    CommandRun r = run({QStringLiteral("--import"), folder});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, QByteArray("Imported 2 snapshots.\n1 alert would have fired on these snapshots; --alerts history lists them.\n"));
    r = run({QStringLiteral("--alerts"), QStringLiteral("history")});
    const QJsonArray history = QJsonDocument::fromJson(r.out).array();
    ASSERT_EQ(history.size(), 1);
    EXPECT_TRUE(history[0].toObject().value(QLatin1String("historical")).toBool());
    EXPECT_EQ(history[0].toObject().value(QLatin1String("value")).toDouble(), -2.22);
    // Checked later, the page is the same snapshot: it fired (historically) already.
    r = run({QStringLiteral("--alerts"), QStringLiteral("check"), folder + QStringLiteral("/alerts-lowercase-words.txt")});
    EXPECT_EQ(r.exitCode, 0);
}

// Issue 21: --alerts check killed between recording what fired and printing it. The next check prints those
// alerts (marked left_undelivered) before its own, exits 3, and marks them delivered only after printing; the
// one after that has nothing to say. Firing stays exactly once.
TEST_F(AlertsCommandLine, AlertsOfACheckKilledBeforePrintingArePrintedByTheNextCheck)
{
    ASSERT_EQ(run({QStringLiteral("--alerts"), QStringLiteral("add"), QStringLiteral("LUCK above 1000")}).exitCode, 0);
    ASSERT_EQ(run({QStringLiteral("--alerts"), QStringLiteral("add"), QStringLiteral("news PSO")}).exitCode, 0);
    ASSERT_EQ(run({QStringLiteral("--alerts"), QStringLiteral("add"), QStringLiteral("LUCK move 2%")}).exitCode, 0);
    const QString page = md::test::dataPath(QStringLiteral("alerts-pso-news.txt"));
    const QString other = md::test::dataPath(QStringLiteral("alerts-lowercase-words.txt"));

    CommandRun r = run({QStringLiteral("--alerts"), QStringLiteral("check"), page}, true);
    EXPECT_EQ(r.exitCode, -1) << "the hook must end the process abnormally";
    EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
    // Recorded before the kill: the history has both, and the page does not fire them again.
    r = run({QStringLiteral("--alerts"), QStringLiteral("history")});
    ASSERT_EQ(QJsonDocument::fromJson(r.out).array().size(), 2) << r.out.toStdString();

    // The next check, of another page that fires one alert of its own: the two left behind first.
    r = run({QStringLiteral("--alerts"), QStringLiteral("check"), other});
    EXPECT_EQ(r.exitCode, 3) << r.err.toStdString();
    const QJsonArray printed = QJsonDocument::fromJson(r.out).array();
    ASSERT_EQ(printed.size(), 3) << r.out.toStdString();
    EXPECT_EQ(printed[0].toObject().value(QLatin1String("rule")).toString(), QStringLiteral("LUCK above 1000"));
    EXPECT_TRUE(printed[0].toObject().value(QLatin1String("left_undelivered")).toBool());
    EXPECT_TRUE(printed[0].toObject().value(QLatin1String("source")).toString().endsWith(QStringLiteral("alerts-pso-news.txt")));
    EXPECT_EQ(printed[1].toObject().value(QLatin1String("rule")).toString(), QStringLiteral("news PSO"));
    EXPECT_TRUE(printed[1].toObject().value(QLatin1String("left_undelivered")).toBool());
    EXPECT_EQ(printed[2].toObject().value(QLatin1String("rule")).toString(), QStringLiteral("LUCK move 2%"));
    EXPECT_FALSE(printed[2].toObject().value(QLatin1String("left_undelivered")).toBool());
    EXPECT_EQ(printed[2].toObject().value(QLatin1String("value")).toDouble(), -2.22);

    // Printed, so delivered: the same pages again print nothing and fire nothing.
    r = run({QStringLiteral("--alerts"), QStringLiteral("check"), page, other});
    EXPECT_EQ(r.exitCode, 0) << r.out.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(r.out).array().size(), 0);
    r = run({QStringLiteral("--alerts"), QStringLiteral("history")});
    EXPECT_EQ(QJsonDocument::fromJson(r.out).array().size(), 3);
}

// Killed twice in a row, then checked again with the same page: the alerts are printed once they can be.
TEST_F(AlertsCommandLine, AlertsLeftByTwoKilledChecksArePrintedOnce)
{
    ASSERT_EQ(run({QStringLiteral("--alerts"), QStringLiteral("add"), QStringLiteral("LUCK above 1000")}).exitCode, 0);
    const QString page = md::test::dataPath(QStringLiteral("alerts-pso-news.txt"));
    EXPECT_EQ(run({QStringLiteral("--alerts"), QStringLiteral("check"), page}, true).exitCode, -1);
    EXPECT_EQ(run({QStringLiteral("--alerts"), QStringLiteral("check"), page}, true).exitCode, -1);
    CommandRun r = run({QStringLiteral("--alerts"), QStringLiteral("check"), page});
    EXPECT_EQ(r.exitCode, 3);
    const QJsonArray printed = QJsonDocument::fromJson(r.out).array();
    ASSERT_EQ(printed.size(), 1) << r.out.toStdString();
    EXPECT_TRUE(printed[0].toObject().value(QLatin1String("left_undelivered")).toBool());
    r = run({QStringLiteral("--alerts"), QStringLiteral("check"), page});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_EQ(QJsonDocument::fromJson(r.out).array().size(), 0);
}

// Issue 21: negative numbers are values, not options ("Unknown option '1'" no more), with a message that says
// what is expected; a long token is quoted in at most 80 characters.
TEST_F(AlertsCommandLine, NegativeNumbersAreValuesWithAClearMessage)
{
    CommandRun r = run({QStringLiteral("--alerts"), QStringLiteral("remove"), QStringLiteral("-1")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.err, QByteArray("marketdesk: -1 is not an alert ID; IDs are whole numbers from 1 up, as --alerts list shows them\n"));
    r = run({QStringLiteral("--watchlist"), QStringLiteral("add"), QStringLiteral("-5")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.err, QByteArray("marketdesk: \"-5\" is not a symbol or index name (letters and digits, such as LUCK or KSE100)\n"));
    r = run({QStringLiteral("--alerts"), QStringLiteral("add"), QStringLiteral("OGDC"), QStringLiteral("move"), QStringLiteral("-3%")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.err, QByteArray("marketdesk: not a rule: \"-3%\" is below zero; expected a percentage of 0 or more after "
                                "\"move\", as in OGDC move 3%\n"));
    // An option after a negative number is still an option.
    r = run({QStringLiteral("--alerts"), QStringLiteral("add"), QStringLiteral("LUCK above -1,000.5")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("\"-1,000.5\" is below zero")) << r.err.toStdString();

    const QByteArray token(10 * 1024, 'Z');
    r = run({QStringLiteral("--watchlist"), QStringLiteral("add"), QString::fromLatin1(token + "@")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_LT(r.err.size(), 200) << r.err.size();
    EXPECT_TRUE(r.err.contains(QByteArray(79, 'Z') + "\xE2\x80\xA6")) << r.err.toStdString();
}
