// CSV export speed: 100,000 rows from snapshots or from a sorted proxy model, to memory and to a file.
#include "core/csv/csvwriter.h"
#include "core/csv/modeltable.h"
#include "core/csv/snapshottables.h"
#include "core/models/modelroles.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

namespace {

const QLocale kEnglish(QLocale::English, QLocale::UnitedStates);

md::Quote makeQuote(int i)
{
    static const char *names[] = {"AIRLINK", "BOP", "CNERGY", "FCCL", "HUBC", "KEL", "OGDC", "PPL", "PSO", "TRG"};
    const double price = 10.0 + (i % 997) * 1.37;
    const double change = ((i % 7) - 3) * 0.17;
    return md::Quote{QString::fromLatin1(names[i % 10]) + QString::number(i), std::round(price * 100) / 100,
                     std::round(change * 100) / 100, std::round(change / price * 10000) / 100};
}

// One snapshot holding `rows` quotes.
md::Snapshot bigSnapshot(int rows)
{
    md::Snapshot s;
    s.source = QStringLiteral("bench.txt");
    s.quotes.reserve(rows);
    for (int i = 0; i < rows; ++i)
        s.quotes.append(makeQuote(i));
    return s;
}

// `snapshots` snapshots of 100 quotes each: the time-series form with source,captured_at.
QVector<md::Snapshot> manySnapshots(int snapshots)
{
    QVector<md::Snapshot> out;
    for (int k = 0; k < snapshots; ++k) {
        md::Snapshot s;
        s.source = QStringLiteral("snapshots/brecorder-%1.mhtml").arg(k);
        s.format = md::SnapshotFormat::Mhtml;
        s.capturedAt = md::Timestamp::fromWallClock(QDate(2024, 1, 1).addDays(k % 365), QTime(15, 30), 5 * 3600);
        for (int i = 0; i < 100; ++i)
            s.quotes.append(makeQuote(k * 100 + i));
        out.append(s);
    }
    return out;
}

md::Snapshot commentSnapshot(int rows)
{
    md::Snapshot s;
    for (int i = 0; i < rows; ++i) {
        md::Comment c;
        c.author = QStringLiteral("Reader %1").arg(i);
        c.postedAt = md::Timestamp::fromWallClock(QDate(2024, 12, 10), QTime(16, i % 60));
        c.text = (i % 5 == 0) ? QStringLiteral("-5% tomorrow, \"mark my words\".\nOr +5%.")
                              : QStringLiteral("A thoughtful reply about the market's direction and the budget, paragraph %1.").arg(i);
        c.recommended = i % 9;
        s.comments.append(c);
    }
    return s;
}

void BM_WriteQuotesTable(benchmark::State &state)
{
    const md::CsvTable table = md::tableFromSnapshots(md::CsvTableKind::Quotes, {bigSnapshot(int(state.range(0)))});
    const md::CsvWriter writer(md::csvFormat(md::CsvPreset::Csv, kEnglish));
    qint64 bytes = 0;
    for (auto _ : state) {
        const QByteArray out = writer.toBytes(table);
        bytes = out.size();
        benchmark::DoNotOptimize(out.constData());
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
    state.SetBytesProcessed(state.iterations() * bytes);
}
BENCHMARK(BM_WriteQuotesTable)->Arg(100000)->Unit(benchmark::kMillisecond);

// Snapshot values → table → bytes, timed together.
void exportSnapshots(benchmark::State &state, md::CsvTableKind table, const QVector<md::Snapshot> &snapshots,
                     const md::CsvFormat &format)
{
    const md::CsvWriter writer(format);
    for (auto _ : state) {
        const QByteArray out = writer.toBytes(md::tableFromSnapshots(table, snapshots));
        benchmark::DoNotOptimize(out.constData());
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

// One big snapshot's quotes, Excel for a German system (';' and decimal commas).
void BM_ExportQuotesFromSnapshot(benchmark::State &state)
{
    exportSnapshots(state, md::CsvTableKind::Quotes, {bigSnapshot(int(state.range(0)))},
                    md::csvFormat(md::CsvPreset::Excel, QLocale(QLocale::German)));
}
BENCHMARK(BM_ExportQuotesFromSnapshot)->Arg(100000)->Unit(benchmark::kMillisecond);

// 1,000 snapshots × 100 quotes with source,captured_at: the command line's folder-to-time-series case.
void BM_ExportSeveralSnapshots(benchmark::State &state)
{
    exportSnapshots(state, md::CsvTableKind::Quotes, manySnapshots(int(state.range(0)) / 100),
                    md::csvFormat(md::CsvPreset::Csv, kEnglish));
}
BENCHMARK(BM_ExportSeveralSnapshots)->Arg(100000)->Unit(benchmark::kMillisecond);

// Text-heavy: 100,000 comments, a fifth of them needing quotes and a formula guard.
void BM_ExportComments(benchmark::State &state)
{
    exportSnapshots(state, md::CsvTableKind::Comments, {commentSnapshot(int(state.range(0)))},
                    md::csvFormat(md::CsvPreset::Csv, kEnglish));
}
BENCHMARK(BM_ExportComments)->Arg(100000)->Unit(benchmark::kMillisecond);

// The window's "Export visible rows…": a model of quotes behind a sorted, filtered proxy.
class QuotesModel : public QAbstractTableModel
{
public:
    explicit QuotesModel(QVector<md::Quote> quotes) : m_quotes(std::move(quotes)) {}
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_quotes.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 4; }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != md::RawValueRole)
            return {};
        const md::Quote &q = m_quotes[index.row()];
        switch (index.column()) {
        case 0: return q.symbol;
        case 1: return q.price;
        case 2: return q.change;
        default: return q.changePercent;
        }
    }

private:
    QVector<md::Quote> m_quotes;
};

void BM_ExportSortedProxyToFile(benchmark::State &state)
{
    QuotesModel model(bigSnapshot(int(state.range(0))).quotes);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(md::RawValueRole);
    proxy.sort(3, Qt::DescendingOrder);
    const QVector<md::CsvColumn> columns = md::csvColumns(md::CsvTableKind::Movers, {0, 1, 2, 3});
    const md::CsvFormat format = md::csvFormat(md::CsvPreset::Csv, kEnglish);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("movers.csv"));
    for (auto _ : state) {
        const md::CsvSaveResult result = md::saveCsvFile(md::tableFromModel(proxy, columns), format, path);
        if (!result.ok())
            state.SkipWithError(qPrintable(result.error));
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_ExportSortedProxyToFile)->Arg(100000)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
