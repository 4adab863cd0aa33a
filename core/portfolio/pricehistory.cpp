// Closing prices by symbol from the library's daily bars, and an index's level by day.
#include "core/portfolio/pricehistory.h"

#include "core/library/library.h"
#include "core/timestamp.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <limits>

namespace md {

void PriceHistory::add(const QString &symbol, const QDate &date, double close)
{
    m_closes[symbol.toUpper()].append({date, close});
}

const QVector<ClosePrice> &PriceHistory::closes(const QString &symbol) const
{
    static const QVector<ClosePrice> none;
    const auto it = m_closes.constFind(symbol);
    return it == m_closes.cend() ? none : *it;
}

std::optional<ClosePrice> PriceHistory::closeOn(const QString &symbol, const QDate &date) const
{
    const QVector<ClosePrice> &list = closes(symbol);
    // the first close after date; the one before it is the answer
    const auto after = std::upper_bound(list.cbegin(), list.cend(), date,
                                        [](const QDate &d, const ClosePrice &p) { return d < p.date; });
    if (after == list.cbegin())
        return std::nullopt;
    return *(after - 1);
}

// The closes alone, read straight from daily_bars (docs/library.md: one bar per symbol and session, the
// source rule already applied; session_day counts days from 1970-01-01; prices in paisa, an integer or a REAL).
// Library::dailyBars() reads all ten columns of a bar: for ten years of 50 symbols that took 110 ms of the
// value series' time, two columns take a fraction of it.
PriceHistory PriceHistory::fromLibrary(const Library &library, const QStringList &symbols, const QDate &to, QString *error)
{
    static const qint64 kEpochJulianDay = QDate(1970, 1, 1).toJulianDay();
    PriceHistory history;
    QSqlQuery q(library.database());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT session_day, close_paisa FROM daily_bars WHERE symbol = ? AND session_day <= ? "
                                  "ORDER BY session_day"))) {
        if (error)
            *error = q.lastError().text();
        return {};
    }
    const qint64 last = to.isValid() ? to.toJulianDay() - kEpochJulianDay : std::numeric_limits<qint64>::max();
    for (const QString &symbol : symbols) {
        q.bindValue(0, symbol.trimmed());
        q.bindValue(1, last);
        if (!q.exec()) {
            if (error)
                *error = q.lastError().text();
            return {};
        }
        QVector<ClosePrice> &list = history.m_closes[symbol.toUpper()];
        while (q.next())
            list.append({QDate::fromJulianDay(kEpochJulianDay + q.value(0).toLongLong()), q.value(1).toDouble() / 100.0});
        q.finish();
    }
    return history;
}

PriceHistory PriceHistory::lastClosesFromLibrary(const Library &library, const QStringList &symbols, const QDate &asOf,
                                                 QString *error, int count)
{
    // Two weeks hold a session even across Eid holidays; reading ten years of bars for one close cost 3 ms a symbol.
    constexpr int kRecentDays = 14;
    PriceHistory history;
    for (const QString &symbol : symbols) {
        QVector<DailyBar> bars = library.dailyBars(symbol, asOf.addDays(-kRecentDays), asOf);
        if (bars.size() < count)
            bars = library.dailyBars(symbol, QDate(), asOf);
        if (bars.isEmpty() && error && !library.lastError().isEmpty()) {
            *error = library.lastError();
            return {};
        }
        for (qsizetype i = std::max<qsizetype>(0, bars.size() - count); i < bars.size(); ++i)
            history.add(symbol, bars[i].date, bars[i].close);
    }
    return history;
}

QVector<ClosePrice> indexLevelsByDay(const Library &library, const QString &indexName)
{
    const Series series = library.series(indexName);
    QVector<ClosePrice> levels;
    if (series.kind != SeriesKind::Index)
        return levels;
    for (const SeriesPoint &point : series.points) {
        const QDate day = QDateTime::fromMSecsSinceEpoch(point.msecs, Qt::UTC)
                              .addSecs(Timestamp::kPakistanOffsetSeconds)
                              .date();
        if (!levels.isEmpty() && levels.last().date == day)
            levels.last().close = point.value;  // the day's last capture
        else if (levels.isEmpty() || levels.last().date < day)
            levels.append({day, point.value});
    }
    return levels;
}

} // namespace md
