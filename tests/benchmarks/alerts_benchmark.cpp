// Alerts and article search: 200 rules against a 560-row snapshot (target 2 ms), a full-text search over
// 10,000 articles (50 ms to first results) and indexing 10,000 articles (20 s). See BENCHMARKS.md, "Alerts
// and search". Data are generated here; set MARKETDESK_BENCHMARK_DIR to keep the 10,000-article library.
#include "core/alerts/alertengine.h"
#include "core/alerts/alertstore.h"
#include "core/library/articlesearch.h"
#include "core/library/library.h"
#include "core/session/alertmonitor.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdio>

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

// Words for generated prose: a few hundred market words and made-up names, drawn with a skew like real text.
const QStringList &vocabulary()
{
    static const QStringList words = [] {
        QStringList w = QStringLiteral(
            "the of and to in a on for with as at by from that was were is said market shares index stocks "
            "investors trading session points percent rupee dollar bank banks cement oil gas fertiliser energy "
            "power textile exports imports budget policy rate inflation state central government finance "
            "ministry debt circular refinery petroleum profit loss quarter results dividend earnings volume "
            "buyers sellers dealers analysts brokers week month year higher lower gained fell rose closed "
            "opened traded record pressure support foreign local funds mutual insurance sector companies")
                            .split(QLatin1Char(' '));
        for (int i = 0; i < 1500; ++i)
            w.append(QStringLiteral("word%1").arg(i));
        return w;
    }();
    return words;
}

QString prose(QRandomGenerator &rng, int words)
{
    const QStringList &v = vocabulary();
    QString text;
    for (int i = 0; i < words; ++i) {
        // Squaring the draw favours the common words at the front, as in real prose.
        const double u = rng.generateDouble();
        text += v[int(u * u * v.size())];
        text += (i % 14 == 13) ? QStringLiteral(". ") : QStringLiteral(" ");
    }
    return text;
}

md::Snapshot generatedSnapshot(QRandomGenerator &rng, int serial, int quotes)
{
    md::Snapshot s;
    s.source = QStringLiteral("generated/page-%1.txt").arg(serial);
    for (int i = 0; i < quotes; ++i) {
        const double price = 10 + rng.bounded(2000) / 4.0;
        const double change = (rng.bounded(400) - 200) / 40.0;
        s.quotes.append({QStringLiteral("SYM%1").arg(i), price, change, change / price * 100});
    }
    s.indices = {{QStringLiteral("KSE100"), 110000.0 + serial, 120, 0.11}, {QStringLiteral("KSE30"), 35000, -40, -0.11},
                 {QStringLiteral("KMI30"), 170000, 300, 0.18}, {QStringLiteral("ALLSHR"), 70000, 50, 0.07}};
    s.article.headline = prose(rng, 10).trimmed();
    for (int p = 0; p < 8; ++p)
        s.article.blocks.append({md::ArticleBlock::Kind::Paragraph, prose(rng, 60), {}, {}});
    for (int c = 0; c < 3; ++c)
        s.comments.append({QStringLiteral("reader%1").arg(c), {}, prose(rng, 25), 0});
    return s;
}

// 120 market rules on symbols of the snapshot, 40 news and 40 keyword rules.
QVector<md::AlertRule> twoHundredRules()
{
    QVector<md::AlertRule> rules;
    const char *const conditions[] = {"above 200", "below 300", "move 2%", "volume 1000000"};
    for (int i = 0; i < 120; ++i)
        rules.append(*md::parseAlertRule(QStringLiteral("SYM%1 %2").arg(i * 4).arg(QLatin1String(conditions[i % 4]))).rule);
    for (int i = 0; i < 40; ++i)
        rules.append(*md::parseAlertRule(QStringLiteral("news SYM%1").arg(i * 13)).rule);
    for (int i = 0; i < 40; ++i)
        rules.append(*md::parseAlertRule(QStringLiteral("keyword \"%1 %2\"")
                                             .arg(vocabulary()[20 + i], vocabulary()[60 + i])).rule);
    for (int i = 0; i < rules.size(); ++i)
        rules[i].id = i + 1;
    return rules;
}

void BM_MatchRules200Against560Rows(benchmark::State &state)
{
    QRandomGenerator rng(14);
    const md::Snapshot snapshot = generatedSnapshot(rng, 0, 560);
    const md::AlertRuleSet rules(twoHundredRules());
    int hits = 0;
    for (auto _ : state) {
        const QVector<md::AlertHit> found = rules.match(snapshot);
        hits = int(found.size());
        benchmark::DoNotOptimize(found);
    }
    state.counters["hits"] = hits;
}
BENCHMARK(BM_MatchRules200Against560Rows)->Unit(benchmark::kMicrosecond);

// The engine as the window calls it: rules read from the library, matched, and what fired recorded.
void BM_EvaluateRules200Against560RowsRecorded(benchmark::State &state)
{
    QRandomGenerator rng(14);
    const QString path = scratch().filePath(QStringLiteral("alerts-engine.sqlite"));
    QFile::remove(path);
    md::Library library(path);
    library.open();
    const md::Snapshot snapshot = generatedSnapshot(rng, 0, 560);
    const md::AddSnapshotResult added = library.addSnapshot("page", snapshot, {});
    md::AlertStore store(library);
    for (const md::AlertRule &rule : twoHundredRules())
        store.addRule(rule);
    md::AlertEngine engine(library);
    int fired = 0;
    for (auto _ : state) {
        state.PauseTiming();
        store.clearHistory();
        state.ResumeTiming();
        fired = int(engine.evaluate(snapshot, added.id, md::EvaluationMode::Live).size());
    }
    state.counters["fired"] = fired;
}
BENCHMARK(BM_EvaluateRules200Against560RowsRecorded)->Unit(benchmark::kMicrosecond);

// What opening or refreshing a board costs the window in alerts: AlertMonitor reads the stored snapshot back
// from the library (it has only the id the recorder reports) and evaluates the 200 rules, recording what fired.
void BM_MonitorEvaluatesAStoredBoard(benchmark::State &state)
{
    QRandomGenerator rng(14);
    const QString path = scratch().filePath(QStringLiteral("alerts-monitor.sqlite"));
    QFile::remove(path);
    md::Library library(path);
    library.open();
    const md::AddSnapshotResult added = library.addSnapshot("board", generatedSnapshot(rng, 0, 560), {});
    md::AlertStore store(library);
    for (const md::AlertRule &rule : twoHundredRules())
        store.addRule(rule);
    md::AlertMonitor monitor(&library);
    int fired = 0;
    QObject::connect(&monitor, &md::AlertMonitor::alertsFired,
                     [&fired](const QVector<md::FiredAlert> &alerts) { fired = int(alerts.size()); });
    for (auto _ : state) {
        state.PauseTiming();
        store.clearHistory();
        state.ResumeTiming();
        monitor.evaluate({{added.id, QStringLiteral("board"), md::AddSnapshotResult::Outcome::Added}});
    }
    state.counters["fired"] = fired;
}
BENCHMARK(BM_MonitorEvaluatesAStoredBoard)->Unit(benchmark::kMicrosecond);

// 10,000 snapshots (30 quotes, a 490-word article, 3 comments), stored without the index: every one waits
// in the backlog, as in a library upgraded from before the index.
QString unindexedLibrary()
{
    const QString path = scratch().filePath(QStringLiteral("articles-10000-unindexed.sqlite"));
    if (QFileInfo::exists(path))
        return path;
    std::fprintf(stderr, "building a library of 10,000 articles (not timed)...\n");
    md::Library library(path);
    library.setFullTextSearchAllowed(false);
    library.open();
    QRandomGenerator rng(10000);
    for (int i = 0; i < 10000; ++i) {
        const md::Snapshot s = generatedSnapshot(rng, i, 30);
        library.addSnapshot(QByteArray::number(i), s, {});
    }
    return path;
}

QString copyOf(const QString &path, const QString &name)
{
    const QString copy = scratch().filePath(name);
    for (const char *companion : {"", "-wal", "-shm"})
        QFile::remove(copy + QLatin1String(companion));
    QFile::copy(path, copy);
    return copy;
}

void BM_IndexTenThousandArticles(benchmark::State &state)
{
    const QString source = unindexedLibrary();
    int indexed = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const QString path = copyOf(source, QStringLiteral("articles-10000-indexing.sqlite"));
        md::Library library(path);
        library.open();
        md::ArticleSearch search(library);
        indexed = search.unindexedCount();
        state.ResumeTiming();
        search.indexPending();
    }
    state.counters["articles"] = indexed;
}
BENCHMARK(BM_IndexTenThousandArticles)->Unit(benchmark::kMillisecond)->Iterations(1);

void BM_SearchTenThousandArticles(benchmark::State &state)
{
    static const QString path = [] {
        const QString indexed = scratch().filePath(QStringLiteral("articles-10000-indexed.sqlite"));
        if (!QFileInfo::exists(indexed)) {
            copyOf(unindexedLibrary(), QStringLiteral("articles-10000-indexed.sqlite"));
            md::Library library(indexed);
            library.open();
            md::ArticleSearch(library).indexPending();
        }
        return indexed;
    }();
    md::Library library(path);
    library.open();
    md::ArticleSearch search(library);
    const QStringList queries = {QStringLiteral("circular debt"), QStringLiteral("\"policy rate\""),
                                 QStringLiteral("word42 cement"), QStringLiteral("refin*"), QStringLiteral("the")};
    const QString query = queries[state.range(0)];
    int hits = 0;
    for (auto _ : state)
        hits = int(search.search(query, 50).hits.size());
    state.SetLabel(query.toStdString());
    state.counters["hits"] = hits;
}
BENCHMARK(BM_SearchTenThousandArticles)->DenseRange(0, 4)->Unit(benchmark::kMillisecond);

void BM_NewsBySymbolTenThousandArticles(benchmark::State &state)
{
    const QString path = scratch().filePath(QStringLiteral("articles-10000-indexed.sqlite"));
    md::Library library(path);
    library.open();
    md::ArticleSearch search(library);
    int found = 0;
    for (auto _ : state)
        found = int(search.articlesMentioning(QStringLiteral("WORD7"), QStringLiteral("circular debt")).size());
    state.counters["articles"] = found;
}
BENCHMARK(BM_NewsBySymbolTenThousandArticles)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
