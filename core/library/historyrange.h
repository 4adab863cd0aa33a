// The time ranges a history chart offers: presets 1W, 1M, 3M, 1Y and All, ending at the newest point.
#pragma once

#include <QString>
#include <QtGlobal>

namespace md {

enum class RangePreset { Week, Month, ThreeMonths, Year, All };

struct TimeRange
{
    qint64 fromMsecs = 0;
    qint64 toMsecs = 0;

    bool operator==(const TimeRange &o) const { return fromMsecs == o.fromMsecs && toMsecs == o.toMsecs; }
};

// The range a preset shows for data running from firstMsecs to lastMsecs (UTC msecs): it ends at the last
// point and reaches back 7 days, 1, 3 or 12 calendar months (even past the first point); All spans the data.
TimeRange presetRange(RangePreset preset, qint64 firstMsecs, qint64 lastMsecs);

// "1W", "1M", "3M", "1Y", "All".
QString presetLabel(RangePreset preset);

} // namespace md
