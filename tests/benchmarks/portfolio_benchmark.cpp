// The portfolio (issue 23): positions of 50 symbols valued at a date (target 5 ms), a 10-year daily value series
// of 50 positions (50 ms) and 10,000 transactions imported (1 s). See BENCHMARKS.md, "Portfolio". The library is
// generated here: 50 end-of-day series of ten years of weekdays (about 130,000 daily bars).
#include "core/library/library.h"
#include "core/portfolio/performance.h"
#include "core/portfolio/portfoliostore.h"
#include "core/portfolio/positions.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cmath>
#include <cstdio>
#include <memory>

using namespace md;

namespace {

const QDate kFirstDay(2015, 1, 1);
const QDate kLastDay(2024, 12, 31);
constexpr int kSymbols = 50;

QString symbolName(int i)
{
    return QStringLiteral("P%1%2").arg(QChar(u'A' + i / 26)).arg(QChar(u'A' + i % 26));
}

double closeOf(int symbol, int dayIndex)
{
    // A smooth walk per symbol, never below 10.
    return std::round((100.0 + 10 * symbol + 30.0 * std::sin(dayIndex / (40.0 + symbol)) + dayIndex * 0.02) * 100.0) / 100.0;
}

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Library> library;
    QVector<Transaction> transactions;
    PriceHistory prices;
    QStringList symbols;
};

// Ten transactions a symbol: a buy each year for five years, two sells, two dividends and a bonus.
QVector<Transaction> makeTransactions()
{
    QVector<Transaction> list;
    for (int s = 0; s < kSymbols; ++s) {
        const QString symbol = symbolName(s);
        const auto add = [&](int year, int month, TransactionType type, double quantity, double price, double amount = 0) {
            Transaction t;
            t.date = QDate(year, month, 3 + s % 20);
            t.type = type;
            t.symbol = symbol;
            t.quantity = quantity;
            t.price = price;
            t.amount = amount;
            t.portfolio = defaultPortfolioName();
            list.append(t);
        };
        for (int y = 0; y < 5; ++y)
            add(2015 + y, 2, TransactionType::Buy, 100, 100 + 10 * s + y);
        add(2020, 6, TransactionType::Sell, 120, 150 + 10 * s);
        add(2021, 3, TransactionType::Dividend, 0, 0, 500);
        add(2022, 7, TransactionType::Bonus, 38, 0);
        add(2023, 4, TransactionType::Dividend, 0, 0, 700);
        add(2024, 9, TransactionType::Sell, 100, 180 + 10 * s);
    }
    return inDateOrder(list);
}

Fixture &fixture()
{
    static Fixture f = [] {
        Fixture x;
        x.library = std::make_unique<Library>(x.dir.filePath(QStringLiteral("library.sqlite")));
        if (!x.library->open().ok())
            std::fprintf(stderr, "portfolio_benchmark: the library could not be opened\n");
        for (int s = 0; s < kSymbols; ++s) {
            const QString symbol = symbolName(s);
            x.symbols.append(symbol);
            QByteArray json = "{\"status\":1,\"message\":\"\",\"data\":[";
            int dayIndex = 0;
            bool first = true;
            for (QDate d = kLastDay; d >= kFirstDay; d = d.addDays(-1)) {
                if (d.dayOfWeek() > 5)
                    continue;
                const int index = int(kFirstDay.daysTo(d));
                if (!first)
                    json += ',';
                first = false;
                json += QStringLiteral("[%1,%2,100000,%3]")
                            .arg(QDateTime(d, QTime(0, 0), Qt::UTC).toSecsSinceEpoch())
                            .arg(closeOf(s, index), 0, 'f', 2)
                            .arg(closeOf(s, index), 0, 'f', 2)
                            .toLatin1();
                ++dayIndex;
            }
            json += "]}";
            const QString path = x.dir.filePath(symbol + QStringLiteral(".json"));
            QFile file(path);
            if (file.open(QIODevice::WriteOnly))
                file.write(json);
            file.close();
            const AddSnapshotResult r = x.library->importFile(path);
            if (!r.ok())
                std::fprintf(stderr, "portfolio_benchmark: %s\n", qPrintable(r.error));
        }
        x.transactions = makeTransactions();
        x.prices = PriceHistory::fromLibrary(*x.library, x.symbols, kLastDay);
        return x;
    }();
    return f;
}

// What --holdings computes once the prices are read.
void BM_HoldingsOf50SymbolsAtADate(benchmark::State &state)
{
    Fixture &f = fixture();
    for (auto _ : state) {
        const Holdings h = holdingsAt(f.transactions, QDate(2024, 12, 4), f.prices);
        benchmark::DoNotOptimize(h.value);
    }
    state.counters["positions"] = double(holdingsAt(f.transactions, QDate(2024, 12, 4), f.prices).positions.size());
}
BENCHMARK(BM_HoldingsOf50SymbolsAtADate)->Unit(benchmark::kMillisecond);

// The same with the closes read from the library first (each symbol's last close on or before the date), as
// --holdings does.
void BM_HoldingsOf50SymbolsAtADateFromTheLibrary(benchmark::State &state)
{
    Fixture &f = fixture();
    const QDate asOf(2024, 12, 4);
    for (auto _ : state) {
        const PriceHistory prices = PriceHistory::lastClosesFromLibrary(*f.library, f.symbols, asOf);
        const Holdings h = holdingsAt(f.transactions, asOf, prices);
        benchmark::DoNotOptimize(h.value);
    }
    state.counters["bars"] = double(f.prices.closes(f.symbols.first()).size() * kSymbols);
}
BENCHMARK(BM_HoldingsOf50SymbolsAtADateFromTheLibrary)->Unit(benchmark::kMillisecond);

// Ten years of daily values (3,653 days) of 50 positions, with TTWROR, IRR and an index rebased.
void BM_ValueSeriesOf50PositionsOverTenYears(benchmark::State &state)
{
    Fixture &f = fixture();
    const QVector<ClosePrice> &index = f.prices.closes(f.symbols.first());
    for (auto _ : state) {
        const Performance p = performanceOver(f.transactions, kFirstDay, kLastDay, f.prices, index);
        benchmark::DoNotOptimize(p.ttwror);
    }
    state.counters["days"] = double(kFirstDay.daysTo(kLastDay) + 1);
}
BENCHMARK(BM_ValueSeriesOf50PositionsOverTenYears)->Unit(benchmark::kMillisecond);

// The same with the ten years of closes read from the library first, as --performance does.
void BM_ValueSeriesOf50PositionsOverTenYearsFromTheLibrary(benchmark::State &state)
{
    Fixture &f = fixture();
    for (auto _ : state) {
        const PriceHistory prices = PriceHistory::fromLibrary(*f.library, f.symbols, kLastDay);
        const Performance p = performanceOver(f.transactions, kFirstDay, kLastDay, prices, prices.closes(f.symbols.first()));
        benchmark::DoNotOptimize(p.ttwror);
    }
}
BENCHMARK(BM_ValueSeriesOf50PositionsOverTenYearsFromTheLibrary)->Unit(benchmark::kMillisecond);

// 10,000 lines read, checked (symbols known, no oversell) and stored in one transaction, into a new portfolio
// each time.
void BM_Import10000Transactions(benchmark::State &state)
{
    Fixture &f = fixture();
    QByteArray csv = "date,type,symbol,quantity,price,amount,fees,taxes,note\n";
    QDate day(2016, 1, 4);
    for (int i = 0; i < 10000; ++i) {
        const QString symbol = symbolName(i % kSymbols);
        const bool sell = (i / kSymbols) % 4 == 3;
        csv += QStringLiteral("%1,%2,%3,%4,%5,,12.5,,\n")
                   .arg(day.toString(Qt::ISODate), sell ? QStringLiteral("sell") : QStringLiteral("buy"), symbol)
                   .arg(sell ? 10 : 20)
                   .arg(100 + i % 37)
                   .toLatin1();
        if (i % kSymbols == kSymbols - 1)
            day = day.addDays(1);
    }
    PortfolioStore store(*f.library);
    static int run = 0;  // the benchmark is entered more than once: a new portfolio each time
    for (auto _ : state) {
        const TransactionChange change = store.importCsv(csv, QStringLiteral("bench.csv"),
                                                         QStringLiteral("Bench %1").arg(run++), QDate(2024, 12, 31));
        if (!change.ok())
            state.SkipWithError(qPrintable(change.error));
        benchmark::DoNotOptimize(change.count);
    }
}
BENCHMARK(BM_Import10000Transactions)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
