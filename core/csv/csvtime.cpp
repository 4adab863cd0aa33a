// A digit-by-digit ISO 8601 formatter for export rows.
#include "core/csv/csvtime.h"

namespace md {
namespace {

QChar *putDigits(QChar *p, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        p[i] = QChar(char16_t(u'0' + value % 10));
        value /= 10;
    }
    return p + width;
}

} // namespace

QString csvTimestamp(const Timestamp &time)
{
    if (!time.isValid())
        return {};
    const QDate date = time.date();
    if (date.year() < 0 || date.year() > 9999 || !time.hasTime())
        return time.toIsoString();  // rare: let the general formatter decide
    const QTime clock = time.time();

    QChar buffer[25];
    QChar *p = buffer;
    p = putDigits(p, date.year(), 4);
    *p++ = QLatin1Char('-');
    p = putDigits(p, date.month(), 2);
    *p++ = QLatin1Char('-');
    p = putDigits(p, date.day(), 2);
    *p++ = QLatin1Char('T');
    p = putDigits(p, clock.hour(), 2);
    *p++ = QLatin1Char(':');
    p = putDigits(p, clock.minute(), 2);
    *p++ = QLatin1Char(':');
    p = putDigits(p, clock.second(), 2);
    if (time.hasOffset()) {
        const int offset = time.offsetSeconds();
        if (offset == 0) {
            *p++ = QLatin1Char('Z');
        } else {
            const int abs = offset < 0 ? -offset : offset;
            *p++ = offset < 0 ? QLatin1Char('-') : QLatin1Char('+');
            p = putDigits(p, abs / 3600, 2);
            *p++ = QLatin1Char(':');
            p = putDigits(p, (abs % 3600) / 60, 2);
        }
    }
    return QString(buffer, p - buffer);
}

} // namespace md
