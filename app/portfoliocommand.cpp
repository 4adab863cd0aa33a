// The portfolio's commands: thin wrappers over core/portfolio (PortfolioStore, holdingsAt, performanceOver).
#include "app/portfoliocommand.h"

#include "app/headless.h"
#include "app/librarycommand.h"
#include "core/csv/csvformat.h"
#include "core/csv/csvwriter.h"
#include "core/library/library.h"
#include "core/portfolio/performance.h"
#include "core/portfolio/portfoliostore.h"
#include "core/portfolio/positions.h"
#include "core/portfolio/transactioncsv.h"
#include "core/wording.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cmath>
#include <cstdio>


namespace md::app {
namespace {

// The index the performance is set beside.
const QString kBenchmarkIndex = QStringLiteral("KSE100");

void printOut(const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fprintf(stdout, "%s\n", bytes.constData());
    std::fflush(stdout);
}

// Money to the paisa, percentages to a hundredth, shares to a millionth: what a reader needs, without the
// binary fractions of 60 × 1020.88.
double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    const double r = std::round(value * scale) / scale;
    return r == 0.0 ? 0.0 : r;  // never "-0"
}

QString portfolioName(const CommandLine &command)
{
    return command.portfolio.trimmed().isEmpty() ? defaultPortfolioName() : command.portfolio.trimmed();
}

QString libraryPath(const CommandLine &command)
{
    return command.library.isEmpty() ? Library::defaultPath() : command.library;
}

// A CSV table to --output (a file, written whole or not at all) or to standard output ("-" or none).
int writeTable(const CsvTable &table, const QString &output)
{
    return writeCsvOutput(table, csvFormat(CsvPreset::Csv, QLocale::system()), output);
}

// A portfolio's transactions, or a message and false when it has none (or the library failed).
bool readPortfolio(PortfolioStore &store, const QString &name, QVector<Transaction> *list)
{
    *list = store.transactions(name);
    if (!store.lastError().isEmpty()) {
        printError(tr("the library could not be read (%1)").arg(store.lastError()));
        return false;
    }
    if (list->isEmpty()) {
        const QStringList names = store.portfolioNames();
        if (names.isEmpty())
            printError(tr("the library holds no transactions; import some with --transactions import FILE.csv"));
        else
            printError(tr("there is no portfolio \"%1\"; the library has %2").arg(quotedPart(name), names.join(QStringLiteral(", "))));
        return false;
    }
    return true;
}

bool readDate(const QString &text, const char *option, QDate *date)
{
    *date = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!date->isValid() || text.trimmed().size() != 10) {
        printError(tr("%1 \"%2\" is not a date (YYYY-MM-DD, such as 2024-12-04)").arg(QString::fromLatin1(option), quotedPart(text)));
        return false;
    }
    return true;
}

} // namespace

int runTransactions(const CommandLine &command)
{
    const QString action = command.transactions;
    static const QStringList actions = {QStringLiteral("import"), QStringLiteral("list"), QStringLiteral("export"),
                                        QStringLiteral("remove")};
    if (!actions.contains(action)) {
        printError(tr("unknown --transactions action \"%1\"; use import, list, export or remove").arg(quotedPart(action)));
        return ExitUsage;
    }
    const bool takesOne = action == QLatin1String("import") || action == QLatin1String("remove");
    if (takesOne && command.inputs.size() != 1) {
        printError(action == QLatin1String("import") ? tr("--transactions import needs one FILE.csv")
                                                     : tr("--transactions remove needs one transaction ID"));
        return ExitUsage;
    }
    if (!takesOne && !command.inputs.isEmpty()) {  // list, export
        printError(tr("--transactions %1 takes no files (got %2)").arg(action, quotedPart(command.inputs.join(QLatin1Char(' ')))));
        return ExitUsage;
    }
    if (action == QLatin1String("export") && command.output.isEmpty()) {
        printError(tr("--transactions export needs --output FILE.csv (\"-\" for standard output)"));
        return ExitUsage;
    }
    qint64 id = 0;
    if (action == QLatin1String("remove")) {
        bool ok = false;
        id = command.inputs.first().trimmed().toLongLong(&ok);
        if (!ok || id <= 0) {
            printError(tr("\"%1\" is not a transaction ID (a number above 0; --transactions list shows them)")
                           .arg(quotedPart(command.inputs.first())));
            return ExitInputProblem;
        }
    }

    Library library(libraryPath(command));
    if (!openLibrary(library))
        return ExitInputProblem;
    PortfolioStore store(library);
    if (action == QLatin1String("import")) {
        const QString name = portfolioName(command);
        const TransactionChange change = store.importCsvFile(command.inputs.first(), name, todayOnExchangeClock());
        if (!change.ok()) {
            printError(change.error);
            return ExitInputProblem;
        }
        printOut(tr("Imported %1 into portfolio %2.").arg(countOf(change.count, "transaction", "transactions"), name));
        return ExitOk;
    }
    if (action == QLatin1String("remove")) {
        const TransactionChange change = store.remove(id);
        if (!change.ok()) {
            printError(change.error);
            return ExitInputProblem;
        }
        printOut(tr("Removed transaction %1.").arg(id));
        return ExitOk;
    }
    if (action == QLatin1String("list")) {
        const QVector<Transaction> list = store.transactions(command.portfolio.trimmed());
        if (!store.lastError().isEmpty()) {
            printError(tr("the library could not be read (%1)").arg(store.lastError()));
            return ExitInputProblem;
        }
        if (!command.portfolio.trimmed().isEmpty() && !store.hasPortfolio(command.portfolio.trimmed())) {
            printError(tr("there is no portfolio \"%1\"").arg(quotedPart(command.portfolio.trimmed())));
            return ExitInputProblem;
        }
        return writeTable(transactionsTable(list, true), command.output);
    }
    QVector<Transaction> list;  // export
    if (!readPortfolio(store, portfolioName(command), &list))
        return ExitInputProblem;
    if (command.output != QLatin1String("-")) {
        const CsvSaveResult saved = saveTransactionsCsv(list, command.output);  // as the window's Export
        if (!saved.ok()) {
            printError(saved.error);
            return ExitInputProblem;
        }
        return ExitOk;
    }
    return writeTable(transactionsTable(list), command.output);
}

int runHoldings(const CommandLine &command)
{
    QDate asOf = todayOnExchangeClock();
    if (!command.asOf.isEmpty() && !readDate(command.asOf, "--as-of", &asOf))
        return ExitInputProblem;
    CostMethod method = CostMethod::AverageCost;
    if (command.costMethod == QLatin1String("fifo"))
        method = CostMethod::Fifo;
    else if (!command.costMethod.isEmpty() && command.costMethod != QLatin1String("average")) {
        printError(tr("--cost-method \"%1\" is not average or fifo").arg(quotedPart(command.costMethod)));
        return ExitInputProblem;
    }
    Library library(libraryPath(command));
    if (!openLibrary(library))
        return ExitInputProblem;
    PortfolioStore store(library);
    QVector<Transaction> list;
    if (!readPortfolio(store, portfolioName(command), &list))
        return ExitInputProblem;
    QString error;
    const PriceHistory prices = PriceHistory::lastClosesFromLibrary(library, symbolsOf(list), asOf, &error);
    if (!error.isEmpty()) {
        printError(tr("the library could not be read (%1)").arg(error));
        return ExitInputProblem;
    }
    const Holdings h = holdingsAt(list, asOf, prices, method);

    CsvTable table({QStringLiteral("symbol"), QStringLiteral("quantity"), QStringLiteral("average_cost"),
                    QStringLiteral("cost"), QStringLiteral("price"), QStringLiteral("price_date"), QStringLiteral("value"),
                    QStringLiteral("unrealized"), QStringLiteral("unrealized_percent"), QStringLiteral("realized"),
                    QStringLiteral("dividends"), QStringLiteral("weight_percent")});
    for (const Position &p : h.positions) {
        table.addText(p.symbol);
        table.addNumber(rounded(p.quantity, 6));
        table.addNumber(rounded(p.averageCost, 4));
        table.addNumber(rounded(p.cost, 2));
        if (p.price) {
            table.addNumber(p.price->close);
            table.addText(p.price->date.toString(Qt::ISODate));
        } else {
            // Valued at cost: no price, no date (and a line on stderr).
            table.addEmpty();
            table.addEmpty();
            printError(tr("%1 has no close on or before %2 in the library; it is valued at cost")
                           .arg(p.symbol, asOf.toString(Qt::ISODate)));
        }
        table.addNumber(rounded(p.value, 2));
        table.addNumber(rounded(p.unrealized, 2));
        table.addNumber(rounded(p.unrealizedPercent, 2));
        table.addNumber(rounded(p.realized, 2));
        table.addNumber(rounded(p.dividends, 2));
        table.addNumber(rounded(p.weightPercent, 2));
    }
    table.addText(QStringLiteral("TOTAL"));
    table.addEmpty();
    table.addEmpty();
    table.addNumber(rounded(h.cost, 2));
    table.addEmpty();
    table.addEmpty();
    table.addNumber(rounded(h.value, 2));
    table.addNumber(rounded(h.unrealized, 2));
    table.addNumber(rounded(h.unrealizedPercent, 2));
    table.addNumber(rounded(h.realized, 2));
    table.addNumber(rounded(h.dividends, 2));
    table.addNumber(h.positions.isEmpty() ? 0.0 : 100.0);
    return writeTable(table, command.output);
}

int runPerformance(const CommandLine &command)
{
    if (command.from.isEmpty() || command.to.isEmpty()) {
        printError(tr("--performance needs --from YYYY-MM-DD and --to YYYY-MM-DD"));
        return ExitInputProblem;
    }
    QDate from;
    QDate to;
    if (!readDate(command.from, "--from", &from) || !readDate(command.to, "--to", &to))
        return ExitInputProblem;
    if (to < from) {
        printError(tr("--to %1 is before --from %2").arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate)));
        return ExitInputProblem;
    }
    Library library(libraryPath(command));
    if (!openLibrary(library))
        return ExitInputProblem;
    PortfolioStore store(library);
    QVector<Transaction> list;
    const QString name = portfolioName(command);
    if (!readPortfolio(store, name, &list))
        return ExitInputProblem;
    QString error;
    const PriceHistory prices = PriceHistory::fromLibrary(library, symbolsOf(list), to, &error);
    if (!error.isEmpty()) {
        printError(tr("the library could not be read (%1)").arg(error));
        return ExitInputProblem;
    }
    const Performance p = performanceOver(list, from, to, prices, indexLevelsByDay(library, kBenchmarkIndex));

    const auto percent = [](std::optional<double> fraction) {
        return fraction ? QJsonValue(rounded(*fraction * 100.0, 4)) : QJsonValue(QJsonValue::Null);
    };
    QJsonArray series;
    for (const PerformancePoint &point : p.series) {
        series.append(QJsonObject{
            {QStringLiteral("date"), point.date.toString(Qt::ISODate)},
            {QStringLiteral("value"), rounded(point.value, 2)},
            {QStringLiteral("money_in"), rounded(point.flows.in, 2)},
            {QStringLiteral("money_out"), rounded(point.flows.out, 2)},
            {QStringLiteral("ttwror_percent"), rounded(point.cumulativeReturn * 100.0, 4)},
            {QStringLiteral("index"), point.index ? QJsonValue(*point.index) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("index_rebased"), point.indexRebased ? QJsonValue(rounded(*point.indexRebased, 2))
                                                                  : QJsonValue(QJsonValue::Null)},
        });
    }
    const QJsonObject json{
        {QStringLiteral("portfolio"), name},
        {QStringLiteral("from"), from.toString(Qt::ISODate)},
        {QStringLiteral("to"), to.toString(Qt::ISODate)},
        {QStringLiteral("start_value"), rounded(p.startValue, 2)},
        {QStringLiteral("end_value"), rounded(p.endValue, 2)},
        {QStringLiteral("money_in"), rounded(p.moneyIn, 2)},
        {QStringLiteral("money_out"), rounded(p.moneyOut, 2)},
        {QStringLiteral("gain"), rounded(p.gain, 2)},
        {QStringLiteral("ttwror_percent"), percent(p.ttwror)},
        {QStringLiteral("irr_percent"), percent(p.irr)},
        {QStringLiteral("index"), kBenchmarkIndex},
        {QStringLiteral("index_base_date"), p.indexBaseDay.isValid() ? QJsonValue(p.indexBaseDay.toString(Qt::ISODate))
                                                                     : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("index_return_percent"), percent(p.indexReturn)},
        {QStringLiteral("series"), series},
    };
    const QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Indented);
    if (std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) != size_t(bytes.size()) || std::fflush(stdout) != 0) {
        printError(tr("standard output: cannot be written"));
        return ExitInputProblem;
    }
    return ExitOk;
}

} // namespace md::app
