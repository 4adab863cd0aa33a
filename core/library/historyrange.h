// The time ranges a history chart offers: presets 1W, 1M, 3M, 6M, YTD, 1Y, 5Y and All, ending at the newest point.
#pragma once

#include <QPointF>
#include <QString>
#include <QStringList>
#include <QVector>
#include <QtGlobal>

#include <optional>

namespace md {

// The values are the presets' ids (buttons, saved state): new ones go at the end.
enum class RangePreset { Week, Month, ThreeMonths, Year, All, SixMonths, YearToDate, FiveYears };

struct TimeRange
{
    qint64 fromMsecs = 0;
    qint64 toMsecs = 0;

    bool operator==(const TimeRange &o) const { return fromMsecs == o.fromMsecs && toMsecs == o.toMsecs; }
};

// The range a preset shows for data running from firstMsecs to lastMsecs (UTC msecs): it ends at the last
// point and reaches back 7 days, 1, 3, 6 or 12 calendar months or 5 years; YTD starts at midnight (UTC) of
// the 1st of January of the last point's year; All spans the data. It never reaches back past the first
// point: a preset longer than the data spans the data, as All does (no empty stretch before it).
TimeRange presetRange(RangePreset preset, qint64 firstMsecs, qint64 lastMsecs);

struct ValueRange
{
    double low = 0.0;
    double high = 0.0;
};

// The lowest and highest y of the points whose x (UTC msecs) lies in [fromMsecs, toMsecs], points in
// ascending x: what a chart's value axis must show of them. None when no point is in the range.
std::optional<ValueRange> valueRangeIn(const QVector<QPointF> &points, qint64 fromMsecs, qint64 toMsecs);
// How many of the points lie in [fromMsecs, toMsecs].
qsizetype pointCountIn(const QVector<QPointF> &points, qint64 fromMsecs, qint64 toMsecs);

// "1W", "1M", "3M", "6M", "YTD", "1Y", "5Y", "All".
QString presetLabel(RangePreset preset);

// The preset a command line names by its untranslated label, in any case ("5y", "All"); none for another word.
std::optional<RangePreset> presetNamed(const QString &name);

// The untranslated labels, in the buttons' order, for messages ("1W, 1M, 3M, 6M, YTD, 1Y, 5Y, All").
QStringList presetNames();

} // namespace md
