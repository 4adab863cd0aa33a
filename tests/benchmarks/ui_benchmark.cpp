// Dashboard speed: start to first painted window, the ticker's cost per frame, sorting a 10,000-row movers table.
#include "core/models/moversproxymodel.h"
#include "core/load/snapshotloader.h"
#include "core/models/indicesmodel.h"
#include "core/models/quotesmodel.h"
#include "core/session/snapshotsession.h"
#include "core/settings/settings.h"
#include "ui/mainwindow.h"
#include "ui/tickerstrip.h"
#include "ui/timeticks.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFontMetrics>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QRandomGenerator>

#include <benchmark/benchmark.h>

#include <memory>

namespace {

const QString kFixture = QStringLiteral(MARKETDESK_TEST_DATA_DIR "/psx-close-2024-12-10.txt");

// Stops a wait at the first paint event of the watched window once its files are read.
class PaintWatcher : public QObject
{
public:
    bool painted = false;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        const auto *window = qobject_cast<const md::ui::MainWindow *>(watched);
        if (event->type() == QEvent::Paint && window && !window->session()->isOpening())
            painted = true;
        return QObject::eventFilter(watched, event);
    }
};

// In-process: build the window, open one snapshot, show it, until its first paint with the snapshot read.
void BM_WindowToFirstPaint(benchmark::State &state)
{
    const md::InMemorySettings noUserSettings;  // the user's settings are neither read nor written
    for (auto _ : state) {
        QElapsedTimer clock;
        clock.start();
        auto window = std::make_unique<md::ui::MainWindow>();
        window->session()->openPaths({kFixture});
        PaintWatcher watcher;
        window->installEventFilter(&watcher);
        window->show();
        while (!watcher.painted && clock.elapsed() < 5000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        state.SetIterationTime(double(clock.nsecsElapsed()) / 1e9);
        window->removeEventFilter(&watcher);
        window.reset();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
}
BENCHMARK(BM_WindowToFirstPaint)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(10);

// The whole program: process start (Qt, fonts, platform plugin) to the first paint of the window with one
// snapshot open; the program exits right after it (MARKETDESK_EXIT_AFTER_FIRST_PAINT=1).
void BM_LaunchToFirstPaint(benchmark::State &state)
{
    QTemporaryDir config;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("MARKETDESK_EXIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());  // no saved session, default settings
    env.insert(QStringLiteral("XDG_DATA_HOME"), config.path());    // a new library, not the user's
    double reported = 0;
    for (auto _ : state) {
        QProcess process;
        process.setProcessEnvironment(env);
        QElapsedTimer clock;
        clock.start();
        process.start(QStringLiteral(MARKETDESK_BINARY), {kFixture});
        if (!process.waitForFinished(10000) || process.exitCode() != 0) {
            state.SkipWithError("marketdesk did not exit after its first paint");
            break;
        }
        state.SetIterationTime(double(clock.nsecsElapsed()) / 1e9);
        const QByteArray out = process.readAllStandardOutput();
        const qsizetype at = out.indexOf("first-paint-ms ");
        if (at >= 0)
            reported += out.mid(at + 15).trimmed().toDouble();
    }
    // What the program measured itself, from entering the dashboard to its first paint.
    state.counters["in_app_ms"] = benchmark::Counter(reported, benchmark::Counter::kAvgIterations);
}
BENCHMARK(BM_LaunchToFirstPaint)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(10);

// One ticker frame: a scrolled 1280-px strip of 34 items repainted (into the window's backing store).
void BM_TickerFrame(benchmark::State &state)
{
    const md::SnapshotLoadResult loaded = md::loadSnapshotFile(QStringLiteral(MARKETDESK_SAMPLE));
    md::QuotesModel quotes;
    md::IndicesModel indices;
    quotes.setQuotes(loaded.snapshot->quotes);
    indices.setIndices(loaded.snapshot->indices);
    md::ui::TickerStrip ticker;
    ticker.setModels(&indices, &quotes);
    ticker.setStaticMode(false);
    ticker.resize(1280, ticker.sizeHint().height());
    ticker.show();
    QCoreApplication::processEvents();
    double offset = 0;
    for (auto _ : state) {
        offset += 1.0;
        ticker.setOffset(offset);
        ticker.repaint();
    }
    state.counters["items"] = ticker.itemCount();
}
BENCHMARK(BM_TickerFrame)->Unit(benchmark::kMicrosecond);

QVector<md::Quote> generatedQuotes(int n)
{
    QRandomGenerator random(20241210);
    QVector<md::Quote> quotes;
    quotes.reserve(n);
    for (int i = 0; i < n; ++i) {
        const double price = 0.5 + random.bounded(200000) / 100.0;
        const double percent = (random.bounded(2001) - 1000) / 100.0;
        const double change = price * percent / (100.0 + percent);
        quotes.append({QStringLiteral("SYM%1").arg(random.bounded(1000000), 6, 10, QLatin1Char('0')), price, change, percent});
    }
    return quotes;
}

// Sorting the movers proxy over 10,000 quotes by one column (0 symbol, 1 price, 2 change, 3 % change).
void BM_SortMovers10k(benchmark::State &state)
{
    md::QuotesModel quotes;
    quotes.setQuotes(generatedQuotes(10000));
    md::MoversProxyModel proxy;
    proxy.setSourceModel(&quotes);
    const int column = int(state.range(0));
    Qt::SortOrder order = Qt::AscendingOrder;
    for (auto _ : state) {
        proxy.sort(column, order);
        order = order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
    }
    state.SetItemsProcessed(state.iterations() * 10000);
}
BENCHMARK(BM_SortMovers10k)->Arg(0)->Arg(1)->Arg(2)->Arg(3)->Unit(benchmark::kMillisecond);

// The history chart's time axis labelled for one pan or zoom step: the calendar ticks that fit an 800-px plot over
// a range of 1 day, 30 days, 1 year or 10 years (measured with the application font, as the chart measures them).
void BM_TimeTicksFitting(benchmark::State &state)
{
    const QFontMetrics metrics(QApplication::font());
    const auto textWidth = [&](const QString &label) { return metrics.horizontalAdvance(label); };
    const qint64 day = 24LL * 3600 * 1000;
    const qint64 to = QDateTime(QDate(2024, 12, 10), QTime(15, 30)).toMSecsSinceEpoch();
    const qint64 from = to - state.range(0) * day;
    qsizetype ticks = 0;
    for (auto _ : state)
        ticks = md::ui::calendarTicksFitting(from, to, 800, metrics.height() * 2, textWidth).size();
    state.counters["ticks"] = double(ticks);
}
BENCHMARK(BM_TimeTicksFitting)->Arg(1)->Arg(30)->Arg(365)->Arg(3650)->Unit(benchmark::kMicrosecond);

} // namespace
