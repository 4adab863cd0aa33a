// The exchange's data at full size (issue 13): a 560-row market-watch page parsed (≤ 5 ms); ten years of
// closing-rate files imported (≈ 2,500 files, 1.25 million rows: ≤ 60 s, library growth ≤ 120 MB, resident
// memory not growing with the number of files); one symbol's ten-year history read (≤ 10 ms). Data from
// tests/tools/psxgen, generated into a scratch folder (MARKETDESK_BENCHMARK_DIR keeps it between runs).
#include "core/library/folderimport.h"
#include "core/library/library.h"
#include "core/load/snapshotloader.h"
#include "psxgen.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <chrono>
#include <cstdio>
#include <memory>

namespace {

QDir &scratch()
{
    static QTemporaryDir temporary;
    static QDir dir = [] {
        const QString kept = qEnvironmentVariable("MARKETDESK_BENCHMARK_DIR");
        if (!kept.isEmpty() && QDir().mkpath(kept))
            return QDir(kept);
        return QDir(temporary.path());
    }();
    return dir;
}

// Resident memory of this process in MiB (Linux; 0 elsewhere).
double residentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0.0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0.0;
}

qint64 fileBytes(const QString &path)
{
    qint64 total = 0;
    for (const char *suffix : {"", "-wal"})
        total += QFileInfo(path + QLatin1String(suffix)).size();
    return total;
}

constexpr int kTenYearsOfSessions = 2500;

// Ten years of closing-rate files, one folder per year (not timed).
QString closingFiles()
{
    const QString folder = scratch().filePath(QStringLiteral("closing-%1").arg(kTenYearsOfSessions));
    if (QFileInfo::exists(folder))
        return folder;
    std::fprintf(stderr, "generating %d closing-rate files (not timed)...\n", kTenYearsOfSessions);
    md::psxgen::Market market;
    for (int i = 0; i < kTenYearsOfSessions; ++i) {
        const md::psxgen::Session &s = market.nextSession();
        const QString dir = folder + QStringLiteral("/%1").arg(s.date.year());
        QDir().mkpath(dir);
        QFile f(dir + QLatin1Char('/') + s.date.toString(QStringLiteral("yyyy-MM-dd")) + QStringLiteral(".lis"));
        if (f.open(QIODevice::WriteOnly))
            f.write(md::psxgen::closingRateFile(market, s));
    }
    return folder;
}

QString importedLibraryPath()
{
    return scratch().filePath(QStringLiteral("closing-library.sqlite"));
}

void BM_MarketWatchPage560Rows(benchmark::State &state)
{
    md::psxgen::Options options;
    options.symbols = 560;
    md::psxgen::Market market(options);
    const QByteArray page = md::psxgen::marketWatchPage(market, market.nextSession());
    for (auto _ : state) {
        md::SnapshotLoadResult r = md::parseSnapshotBytes(page, QStringLiteral("market-watch.html"));
        if (!r.ok() || r.snapshot->quotes.size() != 560)
            state.SkipWithError("the page did not parse to 560 rows");
        benchmark::DoNotOptimize(r);
    }
    state.counters["rows"] = 560;
    state.counters["page_kB"] = double(page.size()) / 1024.0;
}
BENCHMARK(BM_MarketWatchPage560Rows)->Unit(benchmark::kMillisecond);

// One run: a fresh library, every file imported through the same path as `marketdesk --import`.
void BM_ImportTenYearsOfClosingFiles(benchmark::State &state)
{
    const QString folder = closingFiles();
    for (auto _ : state) {
        const QString path = importedLibraryPath();
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
        qint64 emptyBytes = 0;
        {
            md::Library empty(path);  // the growth is measured from an empty library, closed (WAL folded back)
            empty.open();
        }
        emptyBytes = fileBytes(path);
        auto library = std::make_unique<md::Library>(path);
        if (!library->open().ok()) {
            state.SkipWithError("cannot open the library");
            return;
        }
        double rssAt500 = 0.0, rssAtEnd = 0.0;
        const double rssBefore = residentMiB();
        const auto start = std::chrono::steady_clock::now();
        const md::ImportSummary summary = md::importFolder(*library, folder, [&](const md::ImportProgress &p) {
            if (p.done == 500)
                rssAt500 = residentMiB();
        });
        const auto end = std::chrono::steady_clock::now();
        rssAtEnd = residentMiB();
        state.SetIterationTime(std::chrono::duration<double>(end - start).count());
        if (summary.added != kTenYearsOfSessions)
            state.SkipWithError("not every file was imported");
        library.reset();  // closing folds the write-ahead log back into the file
        const qint64 grownBytes = fileBytes(path) - emptyBytes;
        state.counters["files"] = summary.added;
        state.counters["library_MB"] = double(grownBytes) / 1e6;
        state.counters["rss_before_MiB"] = rssBefore;
        state.counters["rss_at_500_files_MiB"] = rssAt500;
        state.counters["rss_at_2500_files_MiB"] = rssAtEnd;
    }
}
BENCHMARK(BM_ImportTenYearsOfClosingFiles)->Unit(benchmark::kSecond)->Iterations(1)->UseManualTime();

// Reads the library the import benchmark left (imports it first when run alone).
void BM_SymbolTenYearHistory(benchmark::State &state)
{
    if (!QFileInfo::exists(importedLibraryPath())) {
        md::Library library(importedLibraryPath());
        library.open();
        md::importFolder(library, closingFiles());
    }
    md::Library library(importedLibraryPath());
    if (!library.open().ok()) {
        state.SkipWithError("cannot open the library");
        return;
    }
    const QString symbol = md::psxgen::Market().companies().at(17).symbol;
    qsizetype bars = 0;
    for (auto _ : state) {
        const QVector<md::DailyBar> history = library.dailyBars(symbol);
        bars = history.size();
        benchmark::DoNotOptimize(history);
    }
    state.counters["bars"] = double(bars);
}
BENCHMARK(BM_SymbolTenYearHistory)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
