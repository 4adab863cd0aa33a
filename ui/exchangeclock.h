// Time axes on the exchange's clock: QDateTimeAxis labels in local time, the pages and lists in Pakistan time.
#pragma once

#include <QPointF>
#include <QVector>
#include <QtGlobal>

namespace md::ui {

// The local instant whose wall clock reads what Pakistan's (UTC+5, the exchange's clock) reads at utcMsecs:
// a QDateTimeAxis then labels the point with the time the page printed, on any machine.
qint64 exchangeAxisMsecs(qint64 utcMsecs);

// The same for every point's x (UTC msecs), in place. Points in ascending time order; a machine whose
// offset does not change over their span (no daylight saving between them) pays for two conversions only.
void toExchangeAxis(QVector<QPointF> &points);

} // namespace md::ui
