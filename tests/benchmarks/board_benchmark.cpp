// The Dashboard's board (issue 13): the Sectors view of a 560-row market-watch board, aggregated and shown.
#include "core/models/moversproxymodel.h"
#include "core/models/quotesmodel.h"
#include "core/models/sectorsummarymodel.h"
#include "core/snapshot.h"
#include "psxgen.h"
#include "ui/sectorsview.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

namespace {

// One session of a made-up board of n symbols over 35 sectors, as a market-watch page gives its quotes.
QVector<md::Quote> boardQuotes(int n)
{
    md::psxgen::Options options;
    options.symbols = n;
    md::psxgen::Market market(options);
    const md::psxgen::Session &session = market.nextSession();
    QVector<md::Quote> quotes;
    quotes.reserve(session.rows.size());
    for (const md::psxgen::Row &row : session.rows) {
        const md::psxgen::Company &company = market.companies().at(row.company);
        const double change = row.close - row.ldcp;
        md::Quote q(company.symbol, row.close, change, row.ldcp > 0 ? 100.0 * change / row.ldcp : 0.0);
        q.previousClose = row.ldcp;
        q.volume = row.volume;
        q.sector = company.sectorName;
        q.company = company.name;
        q.listedIn = company.listedIn;
        if (!row.suspended) {
            q.open = row.open;
            q.high = row.high;
            q.low = row.low;
        }
        quotes.append(q);
    }
    return quotes;
}

// The aggregation alone: 560 quotes into their sectors (counts, summed volume, median % change).
void BM_SummarizeSectors(benchmark::State &state)
{
    const QVector<md::Quote> quotes = boardQuotes(int(state.range(0)));
    for (auto _ : state)
        benchmark::DoNotOptimize(md::summarizeSectors(quotes));
    state.SetItemsProcessed(state.iterations() * quotes.size());
}
BENCHMARK(BM_SummarizeSectors)->Arg(560)->Unit(benchmark::kMicrosecond);

// The Sectors view built for a new snapshot: the model refilled from 560 quotes, the view's proxy sorted
// (volume, descending), the table's rows laid out; with state.range(1) also painted to an image.
void BM_SectorsViewBuilt(benchmark::State &state)
{
    const QVector<md::Quote> quotes = boardQuotes(int(state.range(0)));
    const bool paint = state.range(1) != 0;
    md::SectorSummaryModel model;
    md::ui::SectorsView view;
    view.setModel(&model);
    view.resize(1280, 800);
    view.show();
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        model.setQuotes({});  // another snapshot was current
        model.setQuotes(quotes);
        view.table()->doItemsLayout();
        if (paint) {
            QPainter painter(&image);
            view.render(&painter);
        }
    }
    if (model.rowCount() < 30)
        state.SkipWithError("fewer sectors than generated");
    state.counters["sectors"] = model.rowCount();
}
BENCHMARK(BM_SectorsViewBuilt)->Args({560, 0})->Args({560, 1})->Unit(benchmark::kMillisecond);

// Most Active over the same board in the movers' proxy: the ranking worked out again and sorted by volume.
void BM_MostActive(benchmark::State &state)
{
    const QVector<md::Quote> quotes = boardQuotes(int(state.range(0)));
    md::QuotesModel model;
    md::MoversProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setDirection(md::MoversProxyModel::Direction::MostActive);
    proxy.sort(md::QuotesModel::VolumeColumn, Qt::DescendingOrder);
    for (auto _ : state) {
        model.setQuotes(quotes);
        benchmark::DoNotOptimize(proxy.rowCount());
    }
}
BENCHMARK(BM_MostActive)->Arg(560)->Unit(benchmark::kMicrosecond);

} // namespace
