// Timestamp: wall-clock time with an optional UTC offset, printed and parsed as ISO 8601.
#include "core/timestamp.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace md {

Timestamp Timestamp::fromWallClock(const QDate &date, const QTime &time)
{
    Timestamp t;
    t.m_date = date;
    t.m_time = time;
    return t;
}

Timestamp Timestamp::fromWallClock(const QDate &date, const QTime &time, int offsetSeconds)
{
    Timestamp t = fromWallClock(date, time);
    t.m_offset = offsetSeconds;
    return t;
}

Timestamp Timestamp::fromDate(const QDate &date)
{
    Timestamp t = fromWallClock(date, QTime(0, 0));
    t.m_dateOnly = date.isValid();
    return t;
}

Timestamp Timestamp::fromUtc(const QDateTime &utc, int offsetSeconds)
{
    if (!utc.isValid())
        return {};
    const QDateTime shifted = utc.toUTC().addSecs(offsetSeconds);
    return fromWallClock(shifted.date(), shifted.time(), offsetSeconds);
}

Timestamp Timestamp::fromIsoString(const QString &text)
{
    // Date, optional time (with optional seconds and fraction), optional Z or ±hh[:]mm.
    static const QRegularExpression re(QStringLiteral(
        R"(^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?\s*$)"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return {};
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (m.capturedLength(4) == 0 && m.capturedLength(7) == 0)
        return date.isValid() ? fromDate(date) : Timestamp();
    QTime time(0, 0);
    if (m.capturedLength(4) > 0)
        time = QTime(m.captured(4).toInt(), m.captured(5).toInt(),
                     m.capturedLength(6) > 0 ? m.captured(6).toInt() : 0);
    if (!date.isValid() || !time.isValid())
        return {};
    const QString zone = m.captured(7);
    if (zone.isEmpty())
        return fromWallClock(date, time);
    if (zone == QLatin1String("Z"))
        return fromWallClock(date, time, 0);
    const QString digits = QString(zone).remove(QLatin1Char(':'));
    const int hours = digits.mid(1, 2).toInt();
    const int minutes = digits.mid(3, 2).toInt();
    if (hours > 14 || minutes > 59)
        return {};
    const int sign = zone.startsWith(QLatin1Char('-')) ? -1 : 1;
    return fromWallClock(date, time, sign * (hours * 3600 + minutes * 60));
}

QString Timestamp::toIsoString() const
{
    if (!isValid())
        return {};
    if (m_dateOnly)
        return m_date.toString(Qt::ISODate);
    QString out = m_date.toString(Qt::ISODate) + QLatin1Char('T') + m_time.toString(QStringLiteral("HH:mm:ss"));
    if (!m_offset)
        return out;
    if (*m_offset == 0)
        return out + QLatin1Char('Z');
    const int abs = qAbs(*m_offset);
    out += *m_offset < 0 ? QLatin1Char('-') : QLatin1Char('+');
    out += QStringLiteral("%1:%2").arg(abs / 3600, 2, 10, QLatin1Char('0')).arg((abs % 3600) / 60, 2, 10, QLatin1Char('0'));
    return out;
}

QDateTime Timestamp::toUtc(int assumedOffsetSeconds) const
{
    if (!isValid())
        return {};
    const int offset = m_offset.value_or(assumedOffsetSeconds);
    return QDateTime(m_date, m_time, Qt::UTC).addSecs(-offset);
}

QDateTime Timestamp::toExchangeClock() const
{
    if (!isValid())
        return {};
    if (!m_offset)
        return QDateTime(m_date, m_time, Qt::UTC);
    return toUtc().addSecs(kPakistanOffsetSeconds);
}

bool Timestamp::operator<(const Timestamp &o) const
{
    if (!isValid() || !o.isValid())
        return !isValid() && o.isValid();
    return toUtc() < o.toUtc();
}

} // namespace md
