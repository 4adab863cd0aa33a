// Number and time display formats shared by every model.
#include "core/models/displayformat.h"

#include "core/timestamp.h"

#include <cmath>

namespace md {

int directionOf(double change)
{
    return change > 0.0 ? 1 : (change < 0.0 ? -1 : 0);
}

QString arrowFor(int direction)
{
    if (direction > 0)
        return QString(QChar(0x25B2));
    if (direction < 0)
        return QString(QChar(0x25BC));
    return {};
}

QString formatPrice(double price, const QLocale &locale)
{
    return locale.toString(price, 'f', 2);
}

QString formatIndexValue(double value, const QLocale &locale)
{
    // At most two decimals, and only those the value has (11,813.9 rather than 11,813.90).
    const double rounded = std::round(value * 100.0) / 100.0;
    return locale.toString(rounded, 'f', QLocale::FloatingPointShortest);
}

QString formatChange(double change, int decimals, const QLocale &locale)
{
    const int direction = directionOf(change);
    const QString number = locale.toString(change, 'f', decimals < 0 ? QLocale::FloatingPointShortest : decimals);
    if (direction == 0)
        return decimals < 0 ? locale.toString(0.0, 'f', 0) : locale.toString(0.0, 'f', decimals);
    return arrowFor(direction) + QLatin1Char(' ') + number;
}

QString formatPercent(double percent, const QLocale &locale)
{
    QString text = locale.toString(percent, 'f', 2);
    if (percent > 0.0)
        text.prepend(locale.positiveSign());
    else if (percent == 0.0)
        text = locale.toString(0.0, 'f', 2);  // never "-0.00"
    return text + locale.percent();
}

QString formatTimestamp(const Timestamp &time, const QLocale &locale)
{
    if (!time.isValid())
        return {};
    if (!time.hasTime())
        return locale.toString(time.date(), QStringLiteral("d MMM yyyy"));
    return locale.toString(time.toExchangeClock(), QStringLiteral("d MMM yyyy, HH:mm"));
}

} // namespace md
