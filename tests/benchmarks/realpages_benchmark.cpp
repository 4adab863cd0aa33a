// Reading real saved pages (issue 19): every page of a prepared real-page set read by the core loader, as one
// run, so that the body cascade's cost on pages no one here wrote is measured beside the peers' (FIDELITY.md).
// The set is third-party pages kept outside the repository: its folder comes from MARKETDESK_REALPAGES
// (tests/fidelity/realpages.sh prepares it). With no folder the benchmark says so and measures nothing.
#include "core/load/snapshotloader.h"

#include <QByteArray>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <benchmark/benchmark.h>

#include <cstdlib>

using namespace md;

namespace {

QStringList pagesOf(const QString &folder)
{
    QStringList pages;
    QDirIterator it(folder, {QStringLiteral("*.html"), QStringLiteral("*.htm")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        pages.append(it.next());
    pages.sort();
    return pages;
}

// Every page of the set, read from disk and parsed, one iteration = the whole set.
void BM_ReadRealPageSet(benchmark::State &state)
{
    const char *folder = std::getenv("MARKETDESK_REALPAGES");
    if (!folder || !*folder) {
        state.SkipWithError("set MARKETDESK_REALPAGES to a prepared real-page folder (tests/fidelity/realpages.sh)");
        return;
    }
    const QStringList pages = pagesOf(QString::fromLocal8Bit(folder));
    if (pages.isEmpty()) {
        state.SkipWithError("no .html pages under MARKETDESK_REALPAGES");
        return;
    }
    qint64 bytes = 0;
    int withBody = 0;
    for (auto _ : state) {
        withBody = 0;
        for (const QString &page : pages) {
            const SnapshotLoadResult r = loadSnapshotFile(page);
            withBody += r.ok() && !r.snapshot->article.blocks.isEmpty();
            benchmark::DoNotOptimize(r);
        }
    }
    for (const QString &page : pages)
        bytes += QFileInfo(page).size();
    state.SetBytesProcessed(state.iterations() * bytes);
    state.counters["pages"] = double(pages.size());
    state.counters["with_body"] = double(withBody);
    state.counters["ms_per_page"] = benchmark::Counter(double(pages.size()) * state.iterations(),
                                                       benchmark::Counter::kIsRate | benchmark::Counter::kInvert,
                                                       benchmark::Counter::OneK::kIs1000);
}
BENCHMARK(BM_ReadRealPageSet)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace

BENCHMARK_MAIN();
