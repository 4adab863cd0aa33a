// A symbol's or index's history and a snapshot comparison as CSV tables (written by core/csv's CsvWriter).
#pragma once

#include "core/csv/csvtable.h"
#include "core/csv/modeltable.h"
#include "core/library/librarytypes.h"

#include <QVector>

QT_BEGIN_NAMESPACE
class QAbstractItemModel;
QT_END_NAMESPACE

namespace md {

// captured_at,value,change,change_percent: one row per point, in the series' order. captured_at is ISO 8601
// in Pakistan time with its offset ("2024-12-06T17:53:00+05:00"); the rest are numbers.
CsvTable historyTable(const Series &series);

// The columns of a ComparisonModel (or a proxy over it, for the rows as shown) for tableFromModel():
// kind,name,before,after,change,change_percent, read from RawValueRole (a missing value is an empty field).
// A symbol's daily bars (Library::dailyBars) as date,open,high,low,close,volume,previous_close,source: one row
// per session, oldest first; a value the source did not have is an empty field; source is the kind of
// snapshot the bar came from (closing-rates, historical-session, market-watch, eod-series, news).
CsvTable dailyBarsTable(const QVector<DailyBar> &bars);

QVector<CsvColumn> comparisonCsvColumns();
CsvTable comparisonTable(const QAbstractItemModel &comparisonModelOrProxy);
// The file name a comparison's export suggests: "comparison-2024-12-06-to-2024-12-10" from labels that start
// with the date ("comparison" without both), safe on every file system.
QString suggestedComparisonName(const QString &beforeLabel, const QString &afterLabel);

} // namespace md
