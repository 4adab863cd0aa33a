// Market data in the library: each symbol's daily bars (and which source's bar a session keeps), the companies
// named by the exchange's files, and an index's or a symbol's series over time.
#include "core/library/library.h"

#include "core/library/libraryprivate.h"
#include "core/parse/psxsectors.h"

#include <QSet>

#include <cmath>

namespace md {

using librarystore::text;
using librarystore::timestampFrom;

namespace {

const QDate kEpochDay(1970, 1, 1);

qint64 dayNumber(const QDate &date)
{
    return kEpochDay.daysTo(date);
}

QDate dayFromNumber(qint64 day)
{
    return kEpochDay.addDays(day);
}

// The session day of a capture time: its date on the exchange's clock (Pakistan time).
QDate exchangeDayOf(qint64 capturedMsecs)
{
    return QDateTime::fromMSecsSinceEpoch(capturedMsecs + qint64(Timestamp::kPakistanOffsetSeconds) * 1000, Qt::UTC).date();
}

// A price in paisa: a whole number for the exchange's prices (stored compactly as an integer), else the
// exact product as a REAL.
QVariant paisa(double price)
{
    const double p = price * 100.0;
    const double whole = std::round(p);
    if (std::abs(p - whole) < 1e-6 && std::abs(whole) < 9e15)
        return QVariant(qint64(whole));
    return QVariant(p);
}

QVariant paisaOrNull(const std::optional<double> &price)
{
    return price ? paisa(*price) : QVariant(QMetaType(QMetaType::LongLong));
}

std::optional<double> rupeesFrom(const QVariant &stored)
{
    if (stored.isNull())
        return std::nullopt;
    if (stored.typeId() == QMetaType::LongLong || stored.typeId() == QMetaType::Int)
        return double(stored.toLongLong()) / 100.0;
    return stored.toDouble() / 100.0;
}

// --- Which source's bar a session keeps -------------------------------------------------------------------
//
// A symbol has one bar a session. The exchange's complete files win over its pages, its pages over the
// close-and-open series, any of them over a news ticker's close; of two bars from sources of one rank, the
// later capture wins (a board saved again after the close). Each bar is stored with its source's rank
// (kBarSources), and a bar is written over the stored one only when kNewBarWins holds: these two are the whole
// rule, and every statement below that orders bars by source uses them.

struct BarSource
{
    SnapshotKind kind;
    int rank;  // daily_bars.source_rank: libraries on disk hold these numbers, so they never change
};

// Best first.
constexpr BarSource kBarSources[] = {
    {SnapshotKind::ClosingRates, 4},
    {SnapshotKind::HistoricalSession, 3},
    {SnapshotKind::MarketWatch, 2},
    {SnapshotKind::EodSeries, 1},
    {SnapshotKind::NewsPage, 0},
};

constexpr int barRank(SnapshotKind kind)
{
    for (const BarSource &source : kBarSources) {
        if (source.kind == kind)
            return source.rank;
    }
    return 0;  // not reached: every kind is listed
}

// A news ticker's close: the bars ranked above it are the exchange's own.
constexpr int kNewsTickerRank = barRank(SnapshotKind::NewsPage);

// The source of a stored bar; a rank no source has reads as a news ticker's.
SnapshotKind barSourceOfRank(int rank)
{
    for (const BarSource &source : kBarSources) {
        if (source.rank == rank)
            return source.kind;
    }
    return SnapshotKind::NewsPage;
}

// When the bar being written (excluded) replaces the session's stored bar (daily_bars): its source ranks
// higher, or as high and it was captured no earlier.
const QString kNewBarWins = QStringLiteral(
    "excluded.source_rank > daily_bars.source_rank OR (excluded.source_rank = daily_bars.source_rank AND "
    "(SELECT captured_ms FROM snapshots WHERE id = excluded.snapshot_id) >= "
    "(SELECT captured_ms FROM snapshots WHERE id = daily_bars.snapshot_id))");

} // namespace

bool Library::Private::insertBars(SnapshotId id, const Snapshot &snapshot, qint64 captureMsecs, bool sessionKnown)
{
    const QDate snapshotDay = snapshot.sessionDate.isValid() ? snapshot.sessionDate : exchangeDayOf(captureMsecs);
    static const QString kInsertBar = QStringLiteral(
        "INSERT INTO daily_bars (symbol, session_day, open_paisa, high_paisa, low_paisa, close_paisa, volume, "
        "previous_close_paisa, source_rank, snapshot_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (symbol, session_day) DO UPDATE SET open_paisa = excluded.open_paisa, "
        "high_paisa = excluded.high_paisa, low_paisa = excluded.low_paisa, close_paisa = excluded.close_paisa, "
        "volume = excluded.volume, previous_close_paisa = excluded.previous_close_paisa, "
        "source_rank = excluded.source_rank, snapshot_id = excluded.snapshot_id WHERE ") + kNewBarWins;
    QSqlQuery *q = query(kInsertBar);
    QSqlQuery *names = query(QStringLiteral(
        "INSERT INTO companies (symbol, company, sector, listed_in, last_day) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (symbol) DO UPDATE SET "
        "company = CASE WHEN excluded.company != '' THEN excluded.company ELSE companies.company END, "
        "sector = CASE WHEN excluded.sector != '' THEN excluded.sector ELSE companies.sector END, "
        "listed_in = CASE WHEN excluded.listed_in != '' THEN excluded.listed_in ELSE companies.listed_in END, "
        "last_day = excluded.last_day WHERE excluded.last_day >= companies.last_day"));
    if (!q || !names)
        return false;
    const int rank = barRank(snapshot.kind);
    const QVariant noNumber{QMetaType(QMetaType::LongLong)};
    for (const Quote &quote : snapshot.quotes) {
        if (quote.symbol.isEmpty())
            continue;
        // A bar claims a session. The file's time says when the file was copied, not which session the prices
        // closed (a board copied on a Sunday): without the page's own day, the quote makes no bar.
        const bool dayGiven = quote.sessionDate.isValid() || snapshot.sessionDate.isValid() || sessionKnown;
        const QDate day = quote.sessionDate.isValid() ? quote.sessionDate : snapshotDay;
        const qint64 dayNo = dayNumber(day);
        q->bindValue(0, quote.symbol);
        q->bindValue(1, dayNo);
        q->bindValue(2, paisaOrNull(quote.open));
        q->bindValue(3, paisaOrNull(quote.high));
        q->bindValue(4, paisaOrNull(quote.low));
        q->bindValue(5, paisa(quote.price));
        q->bindValue(6, quote.volume ? QVariant(*quote.volume) : noNumber);
        // A news ticker's row prints the price and its change from the last close (a row without both is no
        // ticker row): that close is the row's own evidence (the bar before in the library may be another
        // month's). The exchange's own sources give their previous close or none; a close alone implies no change.
        const bool tickerRow = snapshot.kind == SnapshotKind::NewsPage && !quote.previousClose && !quote.hasBar();
        q->bindValue(7, paisaOrNull(tickerRow ? std::optional<double>(quote.price - quote.change) : quote.previousClose));
        q->bindValue(8, rank);
        q->bindValue(9, id);
        if (dayGiven && !exec(q))
            return false;
        if (quote.company.isEmpty() && quote.sector.isEmpty() && quote.listedIn.isEmpty())
            continue;
        const auto known = companiesWritten.constFind(quote.symbol);
        if (known != companiesWritten.cend() && known->company == quote.company && known->sector == quote.sector
            && known->listedIn == quote.listedIn)
            continue;
        names->bindValue(0, quote.symbol);
        names->bindValue(1, text(quote.company));
        names->bindValue(2, text(quote.sector));
        names->bindValue(3, text(quote.listedIn));
        names->bindValue(4, dayNo);
        if (!exec(names))
            return false;
        companiesWritten.insert(quote.symbol, {quote.symbol, quote.company, quote.sector, quote.listedIn, day});
    }
    return true;
}

bool Library::Private::deleteBars(SnapshotId id)
{
    QSqlQuery *q = query(QStringLiteral("DELETE FROM daily_bars WHERE snapshot_id = ?"));
    if (!q)
        return false;
    q->bindValue(0, id);
    return exec(q);
}

bool Library::Private::refillNewsBars()
{
    // As in the schema 3 migration: the latest capture of a day is kept, sessions with a bar are left alone (the
    // bar rule, for the lowest rank: it fills only a session no bar holds, the latest capture first).
    static const QString kRefill = QStringLiteral(
        "INSERT OR IGNORE INTO daily_bars (symbol, session_day, close_paisa, source_rank, snapshot_id) "
        "SELECT q.symbol, (s.captured_ms / 1000 + 18000) / 86400, "
        "CASE WHEN abs(q.price * 100 - round(q.price * 100)) < 1e-6 THEN CAST(round(q.price * 100) AS INTEGER) "
        "ELSE q.price * 100 END, %1, s.id FROM quotes q JOIN snapshots s ON s.id = q.snapshot_id "
        "WHERE (s.detected_source != 'unknown' OR s.corrected_ms IS NOT NULL) AND s.captured_ms >= 0 "
        "ORDER BY s.captured_ms DESC, s.id DESC, q.position").arg(kNewsTickerRank);
    return execDirect(kRefill);
}

QDate Library::Private::sessionOfCloses(const QVector<Quote> &quotes, SnapshotId except) const
{
    // Only the exchange's own bars (rank above a news ticker's): a news ticker's close is itself dated by
    // evidence, and one page must not date another by it.
    constexpr int kMinimumSymbols = 5;
    if (quotes.size() < kMinimumSymbols)
        return {};
    static const QString kExchangeClosesNear =
        QStringLiteral("SELECT session_day FROM daily_bars WHERE symbol = ? AND source_rank > %1 "
                       "AND snapshot_id != ? AND close_paisa BETWEEN ? AND ?").arg(kNewsTickerRank);
    QSqlQuery *q = query(kExchangeClosesNear);
    if (!q)
        return {};
    QHash<qint64, int> matches;
    QSet<QString> seen;
    for (const Quote &quote : quotes) {
        if (quote.symbol.isEmpty() || quote.price <= 0.0 || seen.contains(quote.symbol.toUpper()))
            continue;
        seen.insert(quote.symbol.toUpper());
        // Within rounding: half a paisa either way of the ticker's price.
        const double paisaPrice = quote.price * 100.0;
        q->bindValue(0, quote.symbol);
        q->bindValue(1, except);
        q->bindValue(2, paisaPrice - 0.5);
        q->bindValue(3, paisaPrice + 0.5);
        if (!exec(q))
            return {};
        while (next(q))
            ++matches[q->value(0).toLongLong()];
        q->finish();
    }
    // The session most symbols match, when it is one session and at least five symbols.
    qint64 best = 0;
    int bestCount = 0;
    bool tie = false;
    for (auto it = matches.cbegin(); it != matches.cend(); ++it) {
        if (it.value() > bestCount) {
            best = it.key();
            bestCount = it.value();
            tie = false;
        } else if (it.value() == bestCount) {
            tie = true;
        }
    }
    if (bestCount < kMinimumSymbols || tie)
        return {};
    return dayFromNumber(best);
}

MarketEvidence Library::Private::evidenceFor(const QDateTime &fileModified, SnapshotId except) const
{
    MarketEvidence evidence;
    evidence.fileModified = fileModified;
    evidence.sessionOfCloses = [this, except](const QVector<Quote> &quotes) { return sessionOfCloses(quotes, except); };
    return evidence;
}

Series Library::Private::readSeries(bool index, const QString &name, qint64 fromMsecs, qint64 toMsecs) const
{
    // A snapshot whose market time is unknown is on no day: it has no point in a history (as it has no bar).
    Series series;
    series.kind = index ? SeriesKind::Index : SeriesKind::Symbol;
    series.name = name;
    const QString sql = index
        ? QStringLiteral("SELECT s.id, s.captured_ms, s.corrected_time, s.detected_time, v.value, v.change, "
                         "v.change_percent, v.name FROM indices v JOIN snapshots s ON s.id = v.snapshot_id "
                         "WHERE v.name = ? AND s.captured_ms BETWEEN ? AND ? "
                         "AND (s.detected_source != 'unknown' OR s.corrected_ms IS NOT NULL) "
                         "ORDER BY s.captured_ms, s.id, v.position")
        : QStringLiteral("SELECT s.id, s.captured_ms, s.corrected_time, s.detected_time, v.price, v.change, "
                         "v.change_percent, v.symbol FROM quotes v JOIN snapshots s ON s.id = v.snapshot_id "
                         "WHERE v.symbol = ? AND s.captured_ms BETWEEN ? AND ? "
                         "AND (s.detected_source != 'unknown' OR s.corrected_ms IS NOT NULL) "
                         "ORDER BY s.captured_ms, s.id, v.position");
    QSqlQuery *q = query(sql);
    if (!q)
        return series;
    q->bindValue(0, name);
    q->bindValue(1, fromMsecs);
    q->bindValue(2, toMsecs);
    if (!exec(q))
        return series;
    while (next(q)) {
        SeriesPoint p;
        p.snapshotId = q->value(0).toLongLong();
        if (!series.points.isEmpty() && series.points.last().snapshotId == p.snapshotId)
            continue;  // a name listed twice in one snapshot: its first row
        p.msecs = q->value(1).toLongLong();
        p.capturedAt = timestampFrom(q->value(2));
        if (!p.capturedAt.isValid())
            p.capturedAt = timestampFrom(q->value(3));
        if (!p.capturedAt.isValid())
            p.capturedAt = Timestamp::fromUtc(QDateTime::fromMSecsSinceEpoch(p.msecs, Qt::UTC),
                                              Timestamp::kPakistanOffsetSeconds);
        p.value = q->value(4).toDouble();
        p.change = q->value(5).toDouble();
        p.changePercent = q->value(6).toDouble();
        if (series.points.isEmpty())
            series.name = q->value(7).toString();
        series.points.append(p);
    }
    q->finish();
    return series;
}

QDate Library::sessionOfCloses(const QVector<Quote> &quotes) const
{
    d->lastError.clear();
    return d->sessionOfCloses(quotes, 0);
}

Series Library::series(const QString &name, qint64 fromMsecs, qint64 toMsecs) const
{
    d->lastError.clear();
    const QString wanted = name.trimmed();
    QSqlQuery *q = d->query(QStringLiteral("SELECT 1 FROM indices WHERE name = ? LIMIT 1"));
    bool isIndex = false;
    if (q) {
        q->bindValue(0, wanted);
        isIndex = d->exec(q) && d->next(q);
        q->finish();
    }
    if (!isIndex) {
        // A symbol the exchange's own files cover: its daily history, one point per session.
        static const QString kHasExchangeBars =
            QStringLiteral("SELECT 1 FROM daily_bars WHERE symbol = ? AND source_rank > %1 LIMIT 1").arg(kNewsTickerRank);
        QSqlQuery *b = d->query(kHasExchangeBars);
        bool hasBars = false;
        if (b) {
            b->bindValue(0, wanted);
            hasBars = d->exec(b) && d->next(b);
            b->finish();
        }
        if (hasBars) {
            Series series;
            series.kind = SeriesKind::Symbol;
            series.name = wanted;
            for (const DailyBar &bar : dailyBars(wanted)) {
                SeriesPoint p;
                p.snapshotId = bar.snapshotId;
                p.capturedAt = Timestamp::fromDate(bar.date);
                p.msecs = p.capturedAt.toMSecsSinceEpoch();
                if (p.msecs < fromMsecs || p.msecs > toMsecs)
                    continue;
                p.value = bar.close;
                if (bar.previousClose) {
                    p.change = std::round((bar.close - *bar.previousClose) * 10000.0) / 10000.0;
                    p.changePercent = *bar.previousClose != 0.0
                        ? std::round(p.change / *bar.previousClose * 10000.0) / 100.0 : 0.0;
                }
                series.name = bar.symbol;
                series.points.append(p);
            }
            return series;
        }
    }
    return d->readSeries(isIndex, wanted, fromMsecs, toMsecs);
}

QVector<DailyBar> Library::dailyBars(const QString &symbol, const QDate &from, const QDate &to) const
{
    d->lastError.clear();
    QVector<DailyBar> bars;
    QSqlQuery *q = d->query(QStringLiteral(
        "SELECT symbol, session_day, open_paisa, high_paisa, low_paisa, close_paisa, volume, previous_close_paisa, "
        "source_rank, snapshot_id FROM daily_bars WHERE symbol = ? AND session_day BETWEEN ? AND ? ORDER BY session_day"));
    if (!q)
        return bars;
    q->bindValue(0, symbol.trimmed());
    q->bindValue(1, from.isValid() ? dayNumber(from) : std::numeric_limits<qint64>::min());
    q->bindValue(2, to.isValid() ? dayNumber(to) : std::numeric_limits<qint64>::max());
    if (!d->exec(q))
        return bars;
    while (d->next(q)) {
        DailyBar bar;
        bar.symbol = q->value(0).toString();
        bar.date = dayFromNumber(q->value(1).toLongLong());
        bar.open = rupeesFrom(q->value(2));
        bar.high = rupeesFrom(q->value(3));
        bar.low = rupeesFrom(q->value(4));
        bar.close = rupeesFrom(q->value(5)).value_or(0.0);
        if (!q->value(6).isNull())
            bar.volume = q->value(6).toLongLong();
        bar.previousClose = rupeesFrom(q->value(7));
        bar.source = barSourceOfRank(q->value(8).toInt());
        bar.snapshotId = q->value(9).toLongLong();
        bars.append(bar);
    }
    q->finish();
    return bars;
}

QVector<CompanyInfo> Library::findCompanies(const QString &text) const
{
    d->lastError.clear();
    QVector<CompanyInfo> found;
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString sql = QStringLiteral("SELECT symbol, company, sector, listed_in, last_day FROM companies");
    QStringList conditions;
    for (qsizetype i = 0; i < words.size(); ++i)
        conditions.append(QStringLiteral("(symbol LIKE ? ESCAPE '\\' OR company LIKE ? ESCAPE '\\')"));
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY symbol");
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        d->noteError(q.lastError());
        return found;
    }
    int at = 0;
    for (const QString &word : words) {
        const QString like = librarystore::containsPattern(word);
        q.bindValue(at++, like);
        q.bindValue(at++, like);
    }
    if (!q.exec()) {
        d->noteError(q.lastError());
        return found;
    }
    while (d->next(&q)) {
        // A library written before sectors were named holds a closing-rate file's code: named when read.
        QString sector = q.value(2).toString();
        if (const QString name = psxSectorName(sector); !name.isEmpty())
            sector = name;
        found.append({q.value(0).toString(), q.value(1).toString(), sector, q.value(3).toString(),
                      dayFromNumber(q.value(4).toLongLong())});
    }
    return found;
}

QStringList Library::Private::readNames(const QString &sql) const
{
    lastError.clear();
    QStringList names;
    QSqlQuery *q = query(sql);
    if (!exec(q))
        return names;
    while (next(q))
        names.append(q->value(0).toString());
    q->finish();
    return names;
}

QStringList Library::indexNames() const
{
    return d->readNames(QStringLiteral("SELECT DISTINCT name FROM indices ORDER BY name"));
}

QStringList Library::symbols() const
{
    return d->readNames(QStringLiteral("SELECT symbol FROM quotes UNION SELECT symbol FROM daily_bars ORDER BY 1"));
}

} // namespace md
