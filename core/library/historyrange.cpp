// Range presets of the history charts.
#include "core/library/historyrange.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>
#include <cmath>

namespace md {
namespace {

// The points whose x lies in [from, to].
std::pair<const QPointF *, const QPointF *> pointsIn(const QVector<QPointF> &points, qint64 from, qint64 to)
{
    const auto byX = [](const QPointF &p, double x) { return p.x() < x; };
    const QPointF *first = points.constData();
    const QPointF *last = first + points.size();
    const QPointF *begin = std::lower_bound(first, last, double(from), byX);
    const QPointF *end = std::lower_bound(begin, last, std::nextafter(double(to), HUGE_VAL), byX);
    return {begin, end};
}

} // namespace

TimeRange presetRange(RangePreset preset, qint64 firstMsecs, qint64 lastMsecs)
{
    const QDateTime last = QDateTime::fromMSecsSinceEpoch(lastMsecs, Qt::UTC);
    QDateTime from;
    switch (preset) {
    case RangePreset::Week: from = last.addDays(-7); break;
    case RangePreset::Month: from = last.addMonths(-1); break;
    case RangePreset::ThreeMonths: from = last.addMonths(-3); break;
    case RangePreset::SixMonths: from = last.addMonths(-6); break;
    case RangePreset::YearToDate: from = QDateTime(QDate(last.date().year(), 1, 1), QTime(0, 0), Qt::UTC); break;
    case RangePreset::Year: from = last.addYears(-1); break;
    case RangePreset::FiveYears: from = last.addYears(-5); break;
    case RangePreset::All: return {qMin(firstMsecs, lastMsecs), lastMsecs};
    }
    return {std::max(from.toMSecsSinceEpoch(), qMin(firstMsecs, lastMsecs)), lastMsecs};
}

QString presetLabel(RangePreset preset)
{
    switch (preset) {
    case RangePreset::Week: return QCoreApplication::translate("md", "1W");
    case RangePreset::Month: return QCoreApplication::translate("md", "1M");
    case RangePreset::ThreeMonths: return QCoreApplication::translate("md", "3M");
    case RangePreset::SixMonths: return QCoreApplication::translate("md", "6M");
    case RangePreset::YearToDate: return QCoreApplication::translate("md", "YTD");
    case RangePreset::Year: return QCoreApplication::translate("md", "1Y");
    case RangePreset::FiveYears: return QCoreApplication::translate("md", "5Y");
    case RangePreset::All: break;
    }
    return QCoreApplication::translate("md", "All");
}

std::optional<ValueRange> valueRangeIn(const QVector<QPointF> &points, qint64 fromMsecs, qint64 toMsecs)
{
    const auto [begin, end] = pointsIn(points, fromMsecs, toMsecs);
    if (begin == end)
        return std::nullopt;
    ValueRange range{begin->y(), begin->y()};
    for (const QPointF *p = begin; p != end; ++p) {
        range.low = std::min(range.low, p->y());
        range.high = std::max(range.high, p->y());
    }
    return range;
}

qsizetype pointCountIn(const QVector<QPointF> &points, qint64 fromMsecs, qint64 toMsecs)
{
    const auto [begin, end] = pointsIn(points, fromMsecs, toMsecs);
    return end - begin;
}

} // namespace md
