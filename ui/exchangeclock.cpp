// Exchange-clock axis times.
#include "ui/exchangeclock.h"

#include "core/timestamp.h"

#include <QDateTime>

namespace md::ui {

qint64 exchangeAxisMsecs(qint64 utcMsecs)
{
    const QDateTime wall = QDateTime::fromMSecsSinceEpoch(utcMsecs, Qt::OffsetFromUTC, Timestamp::kPakistanOffsetSeconds);
    return QDateTime(wall.date(), wall.time(), Qt::LocalTime).toMSecsSinceEpoch();
}

void toExchangeAxis(QVector<QPointF> &points)
{
    if (points.isEmpty())
        return;
    const qint64 first = qint64(points.first().x());
    const qint64 last = qint64(points.last().x());
    const qint64 firstShift = exchangeAxisMsecs(first) - first;
    if (exchangeAxisMsecs(last) - last == firstShift) {
        for (QPointF &p : points)
            p.setX(p.x() + double(firstShift));
        return;
    }
    for (QPointF &p : points)
        p.setX(double(exchangeAxisMsecs(qint64(p.x()))));
}

} // namespace md::ui
