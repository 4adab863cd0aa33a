// A point in time as a page prints it: wall-clock date and time, with the UTC offset when the page gives one.
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace md {

class Timestamp
{
public:
    Timestamp() = default;

    // A time printed without an offset ("Dec 06, 2024 05:53pm"): kept as the wall-clock time printed.
    static Timestamp fromWallClock(const QDate &date, const QTime &time);
    // A time with a known offset from UTC ("2024-12-10T16:45:00+05:00"), in seconds east of UTC.
    static Timestamp fromWallClock(const QDate &date, const QTime &time, int offsetSeconds);
    // A calendar day printed without a time ("January 29, 2025", "Recorder Report 26 May 2021"): kept as a
    // date, never shown as 00:00. For ordering and charts it stands at the start of that day, Pakistan time.
    static Timestamp fromDate(const QDate &date);
    // Any instant, shown at the given offset (UTC when omitted).
    static Timestamp fromUtc(const QDateTime &utc, int offsetSeconds = 0);
    // Parses ISO 8601 as produced by toIsoString() and by page metadata; invalid on failure.
    static Timestamp fromIsoString(const QString &text);

    bool isValid() const { return m_date.isValid() && m_time.isValid(); }
    bool hasOffset() const { return m_offset.has_value(); }
    // False for a date printed without a time (fromDate).
    bool hasTime() const { return !m_dateOnly; }
    int offsetSeconds() const { return m_offset.value_or(0); }
    QDate date() const { return m_date; }
    QTime time() const { return m_time; }

    // "2024-12-06T17:53:00", "2024-12-10T16:45:00+05:00", "2024-12-10T11:45:00Z", or "2024-12-10" for a
    // date without a time; empty when invalid.
    QString toIsoString() const;
    // The instant, for ordering and charts. A time without an offset is taken as Pakistan time (UTC+5),
    // the exchange's own zone, unless another assumed offset is given.
    QDateTime toUtc(int assumedOffsetSeconds = kPakistanOffsetSeconds) const;
    qint64 toMSecsSinceEpoch() const { return toUtc().toMSecsSinceEpoch(); }
    // The wall-clock time on the exchange's clock (Pakistan time): a time printed without an offset is taken
    // as it is, any other is shifted to UTC+5. Returned with Qt::UTC as a carrier, so no local daylight-saving
    // rule moves it. This is how every view shows times, whatever zone the pages or archives used.
    QDateTime toExchangeClock() const;

    bool operator==(const Timestamp &o) const
    {
        return m_date == o.m_date && m_time == o.m_time && m_offset == o.m_offset && m_dateOnly == o.m_dateOnly;
    }
    bool operator!=(const Timestamp &o) const { return !(*this == o); }
    // Orders by instant; invalid timestamps sort first.
    bool operator<(const Timestamp &o) const;

    static constexpr int kPakistanOffsetSeconds = 5 * 3600;

private:
    QDate m_date;
    QTime m_time;
    std::optional<int> m_offset;
    bool m_dateOnly = false;
};

} // namespace md
