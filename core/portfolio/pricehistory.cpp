// Closing prices by symbol from the library's daily bars, and an index's level by day.
#include "core/portfolio/pricehistory.h"

#include "core/library/library.h"
#include "core/timestamp.h"

#include <QDateTime>

#include <algorithm>

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

PriceHistory PriceHistory::fromLibrary(const Library &library, const QStringList &symbols, const QDate &to, QString *error)
{
    PriceHistory history;
    for (const QString &symbol : symbols) {
        const QVector<DailyBar> bars = library.dailyBars(symbol, QDate(), to);
        if (bars.isEmpty() && error && !library.lastError().isEmpty()) {
            *error = library.lastError();
            return {};
        }
        QVector<ClosePrice> &list = history.m_closes[symbol.toUpper()];
        list.reserve(bars.size());
        for (const DailyBar &bar : bars)
            list.append({bar.date, bar.close});
    }
    return history;
}

PriceHistory PriceHistory::lastClosesFromLibrary(const Library &library, const QStringList &symbols, const QDate &asOf,
                                                 QString *error)
{
    // Two weeks hold a session even across Eid holidays; reading ten years of bars for one close cost 3 ms a symbol.
    constexpr int kRecentDays = 14;
    PriceHistory history;
    for (const QString &symbol : symbols) {
        QVector<DailyBar> bars = library.dailyBars(symbol, asOf.addDays(-kRecentDays), asOf);
        if (bars.isEmpty())
            bars = library.dailyBars(symbol, QDate(), asOf);
        if (bars.isEmpty() && error && !library.lastError().isEmpty()) {
            *error = library.lastError();
            return {};
        }
        if (!bars.isEmpty())
            history.add(symbol, bars.last().date, bars.last().close);
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
