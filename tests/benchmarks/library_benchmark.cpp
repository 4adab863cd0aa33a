// Library speed: importing 1,000 snapshots, drawing a 10-year daily index chart, drawing the candlestick chart of
// 2,500 daily bars, opening a library of 10,000 snapshots to the first paint of its list. Targets: 5 s, 50 ms,
// 100 ms and 500 ms (see BENCHMARKS.md).
#include "core/library/folderimport.h"
#include "core/library/library.h"
#include "core/settings/settings.h"
#include "core/load/snapshotloader.h"
#include "libraryfixtures.h"
#include "ui/library/historychartview.h"
#include "ui/library/indexhistoryview.h"
#include "ui/library/libraryview.h"
#include "ui/library/symbolhistoryview.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTreeView>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <memory>
#include <random>

namespace {

// Scratch space for the whole run; fixtures are built once and shared by every iteration. Set
// MARKETDESK_BENCHMARK_DIR to keep them between runs (the 10,000-snapshot library takes a while to build).
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

QString generatedFolder(int count)
{
    const QString folder = scratch().filePath(QStringLiteral("pages-%1").arg(count));
    if (!QFileInfo::exists(folder))
        md::test::writeFolder(folder, md::test::generateSnapshots(count));
    return folder;
}

// A library of `count` daily snapshots (30 quotes, 4 indices, article, comments), stored through the
// public API one transaction each, as an import would.
QString builtLibrary(int count)
{
    const QString path = scratch().filePath(QStringLiteral("library-%1.sqlite").arg(count));
    if (QFileInfo::exists(path))
        return path;
    md::Library library(path);
    if (!library.open().ok())
        return {};
    std::fprintf(stderr, "building a library of %d snapshots (not timed)...\n", count);
    for (int i = 0; i < count; ++i) {
        const md::test::GeneratedSnapshot g = md::test::generateSnapshot(i, QDate(1997, 1, 1), count);
        md::SnapshotLoadResult parsed = md::parseSnapshotBytes(g.bytes, g.relativePath);
        if (!parsed.ok() || !library.addSnapshot(g.bytes, *parsed.snapshot, md::marketTimeOf(*parsed.snapshot)).ok())
            return {};
    }
    return path;
}

md::Series tenYearsDaily()
{
    md::Series series;
    series.name = QStringLiteral("KSE100");
    const qint64 first = QDateTime(QDate(2015, 1, 1), QTime(11, 30), Qt::UTC).toMSecsSinceEpoch();
    double value = 32000.0;
    for (int day = 0; day < 3653; ++day) {
        md::SeriesPoint p;
        p.snapshotId = day + 1;
        p.msecs = first + qint64(day) * 24 * 3600 * 1000;
        p.change = ((day * 7919) % 601 - 290) * 0.9;  // a deterministic walk
        value += p.change;
        p.value = value;
        p.changePercent = p.change / value * 100.0;
        series.points.append(p);
    }
    return series;
}

void BM_ImportFolder(benchmark::State &state)
{
    const int count = int(state.range(0));
    const QString folder = generatedFolder(count);
    int run = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const QString path = scratch().filePath(QStringLiteral("import-%1.sqlite").arg(++run));
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
        state.ResumeTiming();
        auto library = std::make_unique<md::Library>(path);
        library->open();
        const md::ImportSummary summary = md::importFolder(*library, folder);
        if (summary.added != count)
            state.SkipWithError("not every snapshot went in");
        state.PauseTiming();
        library.reset();
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
        state.ResumeTiming();
    }
    state.counters["snapshots/s"] = benchmark::Counter(double(count), benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_ImportFolder)->Arg(1000)->Iterations(3)->Unit(benchmark::kMillisecond)->UseRealTime();

// Build the chart's series from ten years of daily values and render the view to an image.
void BM_DrawIndexChart10Years(benchmark::State &state)
{
    const md::Series series = tenYearsDaily();
    md::ui::IndexHistoryView view;
    view.resize(1200, 600);
    view.show();
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        view.setSeries(md::Series{});  // start from an empty chart every time
        view.setSeries(series);
        image.fill(Qt::white);
        QPainter painter(&image);
        view.render(&painter);
        painter.end();
        benchmark::DoNotOptimize(image.bits());
    }
    state.counters["points"] = double(series.points.size());
}
BENCHMARK(BM_DrawIndexChart10Years)->Unit(benchmark::kMillisecond)->UseRealTime();

// The same with a new view each time: widget, chart, axes and all.
void BM_DrawIndexChart10YearsNewView(benchmark::State &state)
{
    const md::Series series = tenYearsDaily();
    for (auto _ : state) {
        md::ui::IndexHistoryView view;
        view.resize(1200, 600);
        view.setSeries(series);
        QImage image = view.grab().toImage();
        benchmark::DoNotOptimize(image.bits());
    }
}
BENCHMARK(BM_DrawIndexChart10YearsNewView)->Unit(benchmark::kMillisecond)->UseRealTime();

// 2,500 sessions (about ten years) of one stock's full daily bars: a seeded random walk, every weekday.
QVector<md::DailyBar> tenYearsOfBars()
{
    std::mt19937 random(13);
    std::normal_distribution<double> move(0.0, 0.015);
    std::uniform_real_distribution<double> wick(0.0, 0.01);
    QVector<md::DailyBar> bars;
    double close = 100.0;
    for (QDate day(2015, 1, 1); bars.size() < 2500; day = day.addDays(1)) {
        if (day.dayOfWeek() > 5)
            continue;
        md::DailyBar bar;
        bar.date = day;
        bar.symbol = QStringLiteral("OGDC");
        bar.open = close;
        bar.previousClose = close;
        close = std::max(1.0, close * (1.0 + move(random)));
        bar.close = close;
        bar.high = std::max(*bar.open, close) * (1.0 + wick(random));
        bar.low = std::min(*bar.open, close) * (1.0 - wick(random));
        bar.volume = qint64(1000000 * (1.0 + 20.0 * wick(random)));
        bar.source = md::SnapshotKind::ClosingRates;
        bars.append(bar);
    }
    return bars;
}

// Set 2,500 bars on the symbol history (candles, volume; with averages the three moving averages too) under
// preset, and render the view at the screenshot's size. Candles come out as many as period makes of them.
void drawCandlestickChart(benchmark::State &state, md::RangePreset preset, bool averages, md::CandlePeriod period)
{
    const QVector<md::DailyBar> bars = tenYearsOfBars();
    md::ui::SymbolHistoryView view;
    view.resize(1280, 800);
    view.show();
    view.applyPreset(preset);
    for (int average : md::ui::SymbolHistoryView::averagePeriods())
        view.setAverageShown(average, averages);
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        view.setBars(QString(), {});  // start from an empty chart every time
        view.setBars(QStringLiteral("OGDC"), bars);
        image.fill(Qt::white);
        QPainter painter(&image);
        view.render(&painter);
        painter.end();
        benchmark::DoNotOptimize(image.bits());
    }
    if (view.candlePeriod() != period)
        state.SkipWithError("not the candles expected");
    state.counters["bars"] = double(view.visibleSessionCount());
    state.counters["candles"] = double(view.shownBars().size());
}

// The year in view, all 2,500 daily candles in the series (the most a chart appends).
void BM_DrawCandlestickChart2500(benchmark::State &state)
{
    drawCandlestickChart(state, md::RangePreset::Year, state.range(0) != 0, md::CandlePeriod::Day);
}
BENCHMARK(BM_DrawCandlestickChart2500)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->UseRealTime();

// All ten years in view: 2,500 daily candles would be under 2 px, so the chart draws months.
void BM_DrawCandlestickChart2500All(benchmark::State &state)
{
    drawCandlestickChart(state, md::RangePreset::All, state.range(0) != 0, md::CandlePeriod::Month);
}
BENCHMARK(BM_DrawCandlestickChart2500All)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->UseRealTime();

// The same with a new view each time, grabbed as the window would paint it.
void BM_DrawCandlestickChart2500NewView(benchmark::State &state)
{
    const QVector<md::DailyBar> bars = tenYearsOfBars();
    for (auto _ : state) {
        md::ui::SymbolHistoryView view;
        view.resize(1280, 800);
        view.applyPreset(md::RangePreset::Year);  // 2,500 daily candles
        view.setBars(QStringLiteral("OGDC"), bars);
        QImage image = view.grab().toImage();
        benchmark::DoNotOptimize(image.bits());
    }
}
BENCHMARK(BM_DrawCandlestickChart2500NewView)->Unit(benchmark::kMillisecond)->UseRealTime();

// Ten years of one index out of a library of 10,000 daily snapshots.
void BM_QueryIndexSeries10Years(benchmark::State &state)
{
    const QString path = builtLibrary(10000);
    md::Library library(path);
    if (path.isEmpty() || !library.open().ok()) {
        state.SkipWithError("no library");
        return;
    }
    const qint64 to = QDateTime(QDate(2024, 5, 18), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 from = QDateTime(QDate(2014, 5, 18), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    qsizetype points = 0;
    for (auto _ : state) {
        const md::Series series = library.series(QStringLiteral("KSE100"), from, to);
        points = series.points.size();
        benchmark::DoNotOptimize(points);
    }
    state.counters["points"] = double(points);
}
BENCHMARK(BM_QueryIndexSeries10Years)->Unit(benchmark::kMillisecond)->UseRealTime();

// From nothing to the first paint of the library list: open the file, read the list, build the view, paint
// it. With a second argument of 1 the last session "crashed" (its write-ahead log is left behind), so the
// open first checks every page of the file.
void BM_LibraryOpenToFirstPaint(benchmark::State &state)
{
    const int count = int(state.range(0));
    const bool afterCrash = state.range(1) != 0;
    const QString path = builtLibrary(count);
    if (path.isEmpty()) {
        state.SkipWithError("the library could not be built");
        return;
    }
    int rows = 0;
    for (auto _ : state) {
        if (afterCrash) {
            state.PauseTiming();
            QFile log(path + QStringLiteral("-wal"));
            log.open(QIODevice::WriteOnly);
            log.close();
            state.ResumeTiming();
        }
        auto library = std::make_unique<md::Library>(path);
        if (!library->open().ok()) {
            state.SkipWithError("open failed");
            break;
        }
        auto view = std::make_unique<md::ui::LibraryView>(library.get());
        view->resize(1100, 700);
        view->show();
        QImage image = view->grab().toImage();
        benchmark::DoNotOptimize(image.bits());
        rows = view->table()->model()->rowCount();
        state.PauseTiming();
        view.reset();
        library.reset();
        state.ResumeTiming();
    }
    if (rows != count)
        state.SkipWithError("the list does not show every snapshot");
    state.counters["rows"] = rows;
}
BENCHMARK(BM_LibraryOpenToFirstPaint)->Args({10000, 0})->Args({10000, 1})->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const md::InMemorySettings noUserSettings;  // the history views' presets: the user's are neither read nor written
    ::benchmark::Initialize(&argc, argv);
    if (::benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    ::benchmark::RunSpecifiedBenchmarks();
    ::benchmark::Shutdown();
    return 0;
}
