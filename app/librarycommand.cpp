// --import and --history: thin wrappers over the core's library, folder import and history CSV.
#include "app/librarycommand.h"

#include "app/headless.h"
#include "core/csv/csvformat.h"
#include "core/library/articlesearch.h"
#include "core/library/folderimport.h"
#include "core/library/historycsv.h"
#include "core/library/library.h"
#include "core/wording.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>

#include <algorithm>
#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#define MD_ISATTY _isatty
#define MD_FILENO _fileno
#else
#include <unistd.h>
#define MD_ISATTY isatty
#define MD_FILENO fileno
#endif

namespace md::app {
namespace {

void printLine(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fprintf(stream, "%s\n", bytes.constData());
    std::fflush(stream);
}

} // namespace

// Snapshots stored by an older MarketDesk are read again with today's rules first, so history and import see
// their corrected dates.
bool openLibrary(Library &library)
{
    const LibraryOpenResult opened = library.open();
    if (!opened.notice.isEmpty())
        printError(opened.notice);
    if (!opened.ok()) {
        printError(opened.error);
        return false;
    }
    const QStringList failures = library.rereadOlderSnapshots([](int done, int total) {
        if (done == 0)
            printLine(stderr, QCoreApplication::translate("md", "Reading %1 stored by an older MarketDesk again.")
                                  .arg(countOf(total, "snapshot", "snapshots")));
        return true;
    });
    for (const QString &failure : failures)
        printError(failure);
    // A library from before the search index is indexed once (resumable: a killed run goes on next time).
    ArticleSearch search(library);
    const bool indexed = search.indexPending([](int done, int total) {
        if (done == 0)
            printLine(stderr, QCoreApplication::translate("md", "Indexing %1 for search.")
                                  .arg(countOf(total, "stored article", "stored articles")));
        return true;
    });
    if (!indexed)
        printError(QCoreApplication::translate("md", "the search index could not be brought up to date (%1)")
                       .arg(search.lastError()));
    return true;
}

int runImport(const QString &folder, const QString &libraryPath)
{
    Library library(libraryPath.isEmpty() ? Library::defaultPath() : libraryPath);
    if (!openLibrary(library))
        return ExitInputProblem;

    // On a terminal one line is rewritten in place; in a log or a pipe every file gets its own line.
    const bool terminal = MD_ISATTY(MD_FILENO(stderr));
    bool lineOpen = false;
    const auto report = [&](const ImportProgress &step) {
        if (step.done == 0) {
            printLine(stderr, QCoreApplication::translate("md", "Found %1 under %2.")
                                  .arg(countOf(step.total, "snapshot file", "snapshot files"))
                                  .arg(QDir::toNativeSeparators(QDir(folder).absolutePath())));
            return;
        }
        if (step.result.outcome == AddSnapshotResult::Outcome::Failed) {
            if (lineOpen)
                std::fputs("\n", stderr);
            lineOpen = false;
            printError(step.result.error);
            return;
        }
        const QString status = step.result.outcome == AddSnapshotResult::Outcome::Added
            ? QString()
            : QCoreApplication::translate("md", " (already in the library)");
        const QString line = QStringLiteral("[%1/%2] %3%4").arg(step.done).arg(step.total).arg(step.path, status);
        if (terminal) {
            const QByteArray bytes = line.toLocal8Bit();
            std::fprintf(stderr, "\r\033[K%s", bytes.constData());
            std::fflush(stderr);
            lineOpen = true;
        } else {
            printLine(stderr, line);
        }
    };
    // Old snapshots notify nothing: importFolder() records what the alert rules would have fired on them as
    // historical.
    const ImportSummary summary = importFolder(library, folder, report);
    if (lineOpen)
        std::fputs("\n", stderr);
    if (!summary.error.isEmpty()) {
        printError(summary.error);
        return ExitInputProblem;
    }
    printLine(stdout, describeImport(summary));
    // Each file not read whole, by name: the rows skipped (how many, the first reason) and the files refused.
    for (const QString &line : describeImportFiles(summary))
        printLine(stdout, line);
    const QString alerts = describeImportAlerts(summary, QStringLiteral("--alerts history"));
    if (!alerts.isEmpty())
        printLine(stdout, alerts);
    if (library.isDamaged()) {
        printError(QCoreApplication::translate("md", "the library file is damaged; it will be set aside and a new "
                                                     "library started the next time it is opened"));
    }
    if (!summary.failures.isEmpty())
        return ExitInputProblem;
    return summary.readInPart.isEmpty() ? ExitOk : ExitReadInPart;
}

int runHistory(const CommandLine &command)
{
    const QString presetName = command.preset.isEmpty() ? csvPresetName(CsvPreset::Csv) : command.preset;
    const std::optional<CsvPreset> preset = csvPresetFromName(presetName);
    if (!preset) {
        printError(QCoreApplication::translate("md", "unknown preset \"%1\" for --history; use one of %2")
                       .arg(quotedPart(presetName), csvPresetNames().join(QLatin1String(", "))));
        return ExitUsage;
    }
    Library library(command.library.isEmpty() ? Library::defaultPath() : command.library);
    if (!openLibrary(library))
        return ExitInputProblem;
    const Series series = library.series(command.history);
    if (series.isEmpty()) {
        if (!library.lastError().isEmpty())
            printError(QCoreApplication::translate("md", "the library could not be read (%1)").arg(library.lastError()));
        else
            printError(QCoreApplication::translate("md", "%1: no index or symbol of that name in the library").arg(quotedPart(command.history)));
        return ExitInputProblem;
    }

    const CsvFormat format = csvFormat(*preset, QLocale::system());
    // A symbol with the exchange's bars prints one OHLCV row per session; indices and close-only series keep
    // the captured_at,value,change,change_percent shape.
    QVector<DailyBar> bars;
    if (series.kind == SeriesKind::Symbol)
        bars = library.dailyBars(series.name);
    const bool ohlcv = std::any_of(bars.cbegin(), bars.cend(), [](const DailyBar &b) { return b.isFull(); });
    const CsvTable table = ohlcv ? dailyBarsTable(bars) : historyTable(series);
    return writeCsvOutput(table, format, command.output);
}

} // namespace md::app
