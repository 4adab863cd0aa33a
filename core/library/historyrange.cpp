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

namespace {

// The presets in the buttons' order, each with its label (translated where shown, as written on a command line).
struct PresetName
{
    RangePreset preset;
    const char *label;
};

constexpr PresetName kPresetNames[] = {
    {RangePreset::Week, QT_TRANSLATE_NOOP("md", "1W")},      {RangePreset::Month, QT_TRANSLATE_NOOP("md", "1M")},
    {RangePreset::ThreeMonths, QT_TRANSLATE_NOOP("md", "3M")}, {RangePreset::SixMonths, QT_TRANSLATE_NOOP("md", "6M")},
    {RangePreset::YearToDate, QT_TRANSLATE_NOOP("md", "YTD")}, {RangePreset::Year, QT_TRANSLATE_NOOP("md", "1Y")},
    {RangePreset::FiveYears, QT_TRANSLATE_NOOP("md", "5Y")},  {RangePreset::All, QT_TRANSLATE_NOOP("md", "All")},
};

} // namespace

QString presetLabel(RangePreset preset)
{
    for (const PresetName &name : kPresetNames) {
        if (name.preset == preset)
            return QCoreApplication::translate("md", name.label);
    }
    return QCoreApplication::translate("md", "All");
}

std::optional<RangePreset> presetNamed(const QString &name)
{
    for (const PresetName &known : kPresetNames) {
        if (name.compare(QLatin1String(known.label), Qt::CaseInsensitive) == 0)
            return known.preset;
    }
    return std::nullopt;
}

QStringList presetNames()
{
    QStringList names;
    for (const PresetName &name : kPresetNames)
        names.append(QLatin1String(name.label));
    return names;
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
