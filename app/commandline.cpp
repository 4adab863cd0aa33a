// Command line options and the headless commands (--dump-json, ...), all calling into the core.
#include "app/commandline.h"

#include "app/exportcommand.h"
#include "app/headless.h"
#include "app/alertscommand.h"
#include "app/librarycommand.h"
#include "app/portfoliocommand.h"
#include "core/library/historyrange.h"
#include "core/snapshotjson.h"
#include "core/wording.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cstdio>
#include <cstring>

namespace md::app {
namespace {

// Put before a negative number so that QCommandLineParser reads it as a value (a character of Unicode's
// private use area, never typed).
const QChar kValueMark(0xE000);

QString unmarked(QString value)
{
    if (value.startsWith(kValueMark))
        value.remove(0, 1);
    return value;
}

bool hasArgument(int argc, char **argv, std::initializer_list<const char *> names)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *name : names) {
            const size_t len = std::strlen(name);
            // "--opt", "--opt=value"
            if (std::strncmp(argv[i], name, len) == 0 && (argv[i][len] == '\0' || argv[i][len] == '='))
                return true;
        }
    }
    return false;
}

int dumpJson(const QStringList &inputs)
{
    const LoadedInputs loaded = loadInputs(inputs);
    const QByteArray json = snapshotsToJson(loaded.snapshots);
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    std::fflush(stdout);
    return loaded.allRead ? ExitOk : ExitInputProblem;
}

} // namespace

bool isHeadlessInvocation(int argc, char **argv)
{
    return hasArgument(argc, argv, {"--dump-json", "--export-csv", "--import", "--history", "--watchlist", "--alerts",
                                    "--search", "--transactions", "--holdings", "--performance", "--help", "-h", "--help-all",
                                    "--version", "-v", "-?"});
}

QStringList withNegativeNumbersAsValues(const QStringList &arguments)
{
    static const QRegularExpression negative(QStringLiteral("^-\\d[\\d,]*(\\.\\d*)?%?$"));
    QStringList out = arguments;
    for (qsizetype i = 1; i < out.size(); ++i) {  // [0] is the program
        if (out[i] == QLatin1String("--"))
            break;
        if (negative.match(out[i]).hasMatch())
            out[i].prepend(kValueMark);
    }
    return out;
}

bool isScreenshotInvocation(int argc, char **argv)
{
    return hasArgument(argc, argv, {"--screenshot"});
}

void declareOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "md", "MarketDesk turns saved Business Recorder and PSX pages (text, HTML or MHTML) into a market "
              "and news dashboard."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("dump-json"), QCoreApplication::translate("md", "Print the parsed snapshots as a JSON array and exit.")},
        {QStringLiteral("export-csv"), QCoreApplication::translate("md", "Export TABLE (quotes, indices, movers, comments, ohlcv) as CSV and exit."),
         QStringLiteral("TABLE")},
        {QStringLiteral("preset"), QCoreApplication::translate("md", "CSV flavour for --export-csv and --history: csv (RFC 4180), excel or tsv."),
         QStringLiteral("PRESET"), QStringLiteral("csv")},
        {QStringLiteral("output"), QCoreApplication::translate("md", "Where --export-csv and --history write (\"-\" for standard output)."),
         QStringLiteral("OUT")},
        {QStringLiteral("screenshot"), QCoreApplication::translate("md", "Render the window offscreen to OUT.png and exit."),
         QStringLiteral("OUT.png")},
        {QStringLiteral("view"), QCoreApplication::translate("md", "With --screenshot: render only this view (ticker, movers, charts, article, snapshots, sectors, "
                                                    "watchlist; library, history, compare, symbol, candles, news, search, alerts, portfolio)."),
         QStringLiteral("VIEW")},
        {QStringLiteral("query"), QCoreApplication::translate("md", "With --screenshot --view search: the words searched in the library's articles."),
         QStringLiteral("QUERY")},
        {QStringLiteral("range"), QCoreApplication::translate("md", "With --screenshot --view candles or symbol: the range shown (1W, 1M, 3M, 6M, YTD, 1Y, 5Y, All; default 1Y)."),
         QStringLiteral("PRESET")},
        {QStringLiteral("theme"), QCoreApplication::translate("md", "The window's appearance for this run: light, dark or system (the saved choice is kept)."),
         QStringLiteral("THEME")},
        {QStringLiteral("import"), QCoreApplication::translate("md", "Import every snapshot under FOLDER into the library and exit."),
         QStringLiteral("FOLDER")},
        {QStringLiteral("history"), QCoreApplication::translate("md", "Print the library's series for a symbol or index as CSV and exit."),
         QStringLiteral("NAME")},
        {QStringLiteral("watchlist"), QCoreApplication::translate("md", "Manage the watchlist in the library: add, remove or list the SYMBOLs given, and exit."),
         QStringLiteral("add|remove|list")},
        {QStringLiteral("alerts"), QCoreApplication::translate("md", "Manage alert rules in the library: add RULE, list, remove ID, history; or check FILE|URL... "
                                                      "(exit status 3 when alerts fired). Rules: docs/alerts.md."),
         QStringLiteral("add|list|remove|check|history")},
        {QStringLiteral("search"), QCoreApplication::translate("md", "Search the library's articles (headline, text, comments) and print ranked results as JSON."),
         QStringLiteral("QUERY")},
        {QStringLiteral("transactions"), QCoreApplication::translate("md", "Manage the portfolio's transactions in the library: import FILE.csv, list, export "
                                                            "(with --output FILE.csv), remove ID, and exit. Format: docs/portfolio.md."),
         QStringLiteral("import|list|export|remove")},
        {QStringLiteral("portfolio"), QCoreApplication::translate("md", "The portfolio for --transactions, --holdings and --performance (default: Default)."),
         QStringLiteral("NAME")},
        {QStringLiteral("holdings"), QCoreApplication::translate("md", "Print the portfolio's positions and P&L as CSV and exit.")},
        {QStringLiteral("as-of"), QCoreApplication::translate("md", "With --holdings: the date to value the positions at (default: today)."),
         QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("cost-method"), QCoreApplication::translate("md", "With --holdings: average (the default) or fifo, for the cost of shares sold."),
         QStringLiteral("average|fifo")},
        {QStringLiteral("performance"), QCoreApplication::translate("md", "Print the portfolio's gain, TTWROR, IRR and the KSE-100's return over --from..--to as JSON and exit.")},
        {QStringLiteral("from"), QCoreApplication::translate("md", "With --performance: the period's first day."), QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("to"), QCoreApplication::translate("md", "With --performance: the period's last day."), QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("library"), QCoreApplication::translate("md", "Use this library database file instead of the default."),
         QStringLiteral("PATH")},
        {QStringLiteral("sample"), QCoreApplication::translate("md", "Open the bundled sample snapshot.")},
    });
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QCoreApplication::translate("md", "Snapshot files to open (.txt, .html, .mhtml), or http(s) addresses of pages to fetch."),
                                 QStringLiteral("[FILE|URL...]"));
}

bool readOptions(const QCommandLineParser &parser, CommandLine &out, QString *error)
{
    out.dumpJson = parser.isSet(QStringLiteral("dump-json"));
    const auto value = [&](const char *name) { return unmarked(parser.value(QString::fromLatin1(name))); };
    out.exportTable = value("export-csv");
    out.preset = value("preset");
    out.output = value("output");
    out.screenshot = value("screenshot");
    out.view = value("view");
    out.importFolder = value("import");
    out.history = value("history");
    out.library = value("library");
    out.watchlist = value("watchlist");
    out.alerts = value("alerts");
    out.search = value("search");
    out.query = value("query");
    out.range = value("range");
    out.theme = value("theme");
    out.transactions = value("transactions");
    out.portfolio = value("portfolio");
    out.holdings = parser.isSet(QStringLiteral("holdings"));
    out.asOf = value("as-of");
    out.costMethod = value("cost-method");
    out.performance = parser.isSet(QStringLiteral("performance"));
    out.from = value("from");
    out.to = value("to");
    out.sample = parser.isSet(QStringLiteral("sample"));
    out.inputs.clear();
    for (const QString &input : parser.positionalArguments())
        out.inputs.append(unmarked(input));

    if (out.dumpJson && out.inputs.isEmpty()) {
        *error = QCoreApplication::translate("md", "--dump-json needs at least one FILE or URL.");
        return false;
    }
    static const QStringList views = {QStringLiteral("ticker"), QStringLiteral("movers"), QStringLiteral("charts"),
                                      QStringLiteral("article"), QStringLiteral("snapshots"), QStringLiteral("sectors"),
                                      QStringLiteral("watchlist"), QStringLiteral("library"),
                                      QStringLiteral("history"), QStringLiteral("compare"), QStringLiteral("symbol"),
                                      QStringLiteral("candles"), QStringLiteral("news"), QStringLiteral("search"),
                                      QStringLiteral("alerts"), QStringLiteral("portfolio")};
    if (!out.theme.isEmpty() && out.theme != QLatin1String("light") && out.theme != QLatin1String("dark")
        && out.theme != QLatin1String("system")) {
        *error = QCoreApplication::translate("md", "Unknown theme \"%1\"; use light, dark or system.").arg(quotedPart(out.theme));
        return false;
    }
    if (!out.range.isEmpty() && !presetNamed(out.range)) {
        *error = QCoreApplication::translate("md", "Unknown range \"%1\"; use one of %2.")
                     .arg(quotedPart(out.range), presetNames().join(QLatin1String(", ")));
        return false;
    }
    if (!out.view.isEmpty() && !views.contains(out.view)) {
        *error = QCoreApplication::translate("md", "Unknown view \"%1\"; use one of %2.")
                     .arg(quotedPart(out.view), views.join(QLatin1String(", ")));
        return false;
    }
    return true;
}

int runHeadless(const CommandLine &command)
{
    if (command.dumpJson)
        return dumpJson(command.inputs);
    if (!command.exportTable.isEmpty())
        return runExportCsv(command);
    if (!command.importFolder.isEmpty())
        return runImport(command.importFolder, command.library);
    if (!command.history.isEmpty())
        return runHistory(command);
    if (!command.watchlist.isEmpty())
        return runWatchlist(command);
    if (!command.alerts.isEmpty())
        return runAlerts(command);
    if (!command.search.isEmpty())
        return runSearch(command);
    if (!command.transactions.isEmpty())
        return runTransactions(command);
    if (command.holdings)
        return runHoldings(command);
    if (command.performance)
        return runPerformance(command);
    printError(QCoreApplication::translate("md", "nothing to do; see --help"));
    return ExitUsage;
}

} // namespace md::app
