// Parse throughput: a generated multi-megabyte plain-text snapshot, decoded and parsed end to end.
#include "core/load/snapshotloader.h"

#include <QByteArray>
#include <QString>

#include <benchmark/benchmark.h>

namespace {

// A realistic text snapshot: a 30-row ticker and its indices, a long article, a long comment thread.
QByteArray generateTextSnapshot(int targetBytes)
{
    QByteArray out;
    out.reserve(targetBytes + 4096);
    const char *symbols[] = {"AIRLINK", "BOP", "CNERGY", "FCCL", "FFL", "HUBC", "KEL", "OGDC", "PPL", "TRG"};
    for (int i = 0; i < 30; ++i) {
        const double price = 10.0 + i * 7.25;
        const double change = (i % 3 == 0 ? -1 : 1) * (0.05 + i * 0.01);
        out += QByteArray(symbols[i % 10]) + QByteArray::number(i) + ' ' + QByteArray::number(price, 'f', 2)
             + (change < 0 ? " Decreased By \xe2\x96\xbc " : " Increased By \xe2\x96\xb2 ") + QByteArray::number(change, 'f', 2)
             + " (" + QByteArray::number(change / (price - change) * 100, 'f', 2) + "%)\n";
    }
    out += "KSE100 113,247 Increased By 609 (0.54%)\nKSE30 35,712 Increased By 253.6 (0.72%)\n\n";
    out += "KARACHI: The market opened firm on Monday as investors returned after the long weekend.\n\n";
    int paragraph = 0;
    while (out.size() < targetBytes * 3 / 4) {
        out += "Dealers said the session was marked by selective buying in cement and fertiliser names, while "
               "banks traded in a narrow range ahead of the results season, paragraph ";
        out += QByteArray::number(++paragraph);
        out += ".\n\n";
        if (paragraph % 12 == 0)
            out += "Sector view\n\n";
        if (paragraph % 17 == 0)
            out += "Cement despatches rise for the third straight month in northern region\n\n";
    }
    out += "Comments\n\n200 characters\n";
    int comment = 0;
    while (out.size() < targetBytes) {
        out += "Reader" + QByteArray::number(++comment) + " Dec 06, 2024 05:53pm\n";
        out += "A thoughtful reply about the market's direction and what the budget might bring.\n";
        out += "thumb_up Recommended (" + QByteArray::number(comment % 9) + ") reply Reply\n";
    }
    return out;
}

void BM_ParseTextSnapshot(benchmark::State &state)
{
    const QByteArray bytes = generateTextSnapshot(int(state.range(0)));
    for (auto _ : state) {
        md::SnapshotLoadResult result = md::parseSnapshotBytes(bytes, QStringLiteral("bench.txt"));
        benchmark::DoNotOptimize(result);
        if (!result.ok())
            state.SkipWithError("parse failed");
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * bytes.size());
}
BENCHMARK(BM_ParseTextSnapshot)->Arg(4 << 20)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
