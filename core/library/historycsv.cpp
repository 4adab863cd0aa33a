// historyCsv: every field is an ISO time or a number, so none ever needs quoting.
#include "core/library/historycsv.h"

#include <QDateTime>
#include <QLocale>

#include <cmath>

namespace md {
namespace {

void appendNumber(QByteArray &out, double value)
{
    if (!std::isfinite(value))
        return;  // an empty field, never "nan"
    out += QLocale::c().toString(value, 'f', QLocale::FloatingPointShortest).toLatin1();
}

} // namespace

QByteArray historyCsv(const Series &series)
{
    QByteArray out("captured_at,value,change,change_percent\n");
    out.reserve(out.size() + series.points.size() * 48);
    for (const SeriesPoint &p : series.points) {
        const Timestamp at = Timestamp::fromUtc(QDateTime::fromMSecsSinceEpoch(p.msecs, Qt::UTC),
                                                Timestamp::kPakistanOffsetSeconds);
        out += at.toIsoString().toLatin1();
        out += ',';
        appendNumber(out, p.value);
        out += ',';
        appendNumber(out, p.change);
        out += ',';
        appendNumber(out, p.changePercent);
        out += '\n';
    }
    return out;
}

} // namespace md
