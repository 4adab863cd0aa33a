// Range presets of the history charts.
#include "core/library/historyrange.h"

#include <QCoreApplication>
#include <QDateTime>

namespace md {

TimeRange presetRange(RangePreset preset, qint64 firstMsecs, qint64 lastMsecs)
{
    const QDateTime last = QDateTime::fromMSecsSinceEpoch(lastMsecs, Qt::UTC);
    QDateTime from;
    switch (preset) {
    case RangePreset::Week: from = last.addDays(-7); break;
    case RangePreset::Month: from = last.addMonths(-1); break;
    case RangePreset::ThreeMonths: from = last.addMonths(-3); break;
    case RangePreset::Year: from = last.addYears(-1); break;
    case RangePreset::All: return {qMin(firstMsecs, lastMsecs), lastMsecs};
    }
    return {from.toMSecsSinceEpoch(), lastMsecs};
}

QString presetLabel(RangePreset preset)
{
    switch (preset) {
    case RangePreset::Week: return QCoreApplication::translate("md", "1W");
    case RangePreset::Month: return QCoreApplication::translate("md", "1M");
    case RangePreset::ThreeMonths: return QCoreApplication::translate("md", "3M");
    case RangePreset::Year: return QCoreApplication::translate("md", "1Y");
    case RangePreset::All: break;
    }
    return QCoreApplication::translate("md", "All");
}

} // namespace md
