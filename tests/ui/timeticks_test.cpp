// Calendar ticks for time axes (ui/timeticks.h): labels on round times, as many as the width allows.
#include "ui/timeticks.h"

#include <gtest/gtest.h>

#include <QDateTime>
#include <QSet>
#include <QStringList>

using namespace md::ui;

namespace {

qint64 at(int y, int m, int d, int h = 0, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min)).toMSecsSinceEpoch();
}

QStringList labels(const QVector<TimeTick> &ticks)
{
    QStringList out;
    for (const TimeTick &t : ticks)
        out << t.label;
    return out;
}

} // namespace

// Five years of index history: New Year's days or half years, never "Jul 2020, Jun 2021, May 2022" (six even
// fractions of the range, a year and eleven months apart).
TEST(CalendarTicks, YearsOfHistoryAreLabelledAtNewYearOrHalfYears)
{
    const qint64 from = at(2020, 7, 14);
    const qint64 to = at(2025, 2, 2);
    EXPECT_EQ(labels(calendarTicks(from, to, 6)),
              QStringLiteral("2021|2022|2023|2024|2025").split(u'|'));
    EXPECT_EQ(labels(calendarTicks(from, to, 11)),
              QStringLiteral("Jan 2021|Jul 2021|Jan 2022|Jul 2022|Jan 2023|Jul 2023|Jan 2024|Jul 2024|Jan 2025").split(u'|'));
    EXPECT_EQ(labels(calendarTicks(from, to, 3)), QStringLiteral("2022|2024").split(u'|'));
    const QVector<TimeTick> ticks = calendarTicks(from, to, 6);
    EXPECT_EQ(ticks.first().msecs, at(2021, 1, 1));
    EXPECT_EQ(ticks.last().msecs, at(2025, 1, 1));
}

// A year of a portfolio: the first of every other month, the same months however the year is cut.
TEST(CalendarTicks, AYearIsLabelledOnTheFirstOfTheMonth)
{
    EXPECT_EQ(labels(calendarTicks(at(2023, 12, 20), at(2024, 12, 6), 7)),
              QStringLiteral("Jan 2024|Mar 2024|May 2024|Jul 2024|Sep 2024|Nov 2024").split(u'|'));
    EXPECT_EQ(labels(calendarTicks(at(2024, 2, 10), at(2024, 12, 6), 7)),
              QStringLiteral("Mar 2024|May 2024|Jul 2024|Sep 2024|Nov 2024").split(u'|'));
    EXPECT_EQ(labels(calendarTicks(at(2024, 5, 18), at(2024, 8, 18), 4)),
              QStringLiteral("Jun 2024|Jul 2024|Aug 2024").split(u'|'));
}

// A week from midnight to midnight: a date under each day; a month: Mondays.
TEST(CalendarTicks, DaysAndWeeksAreLabelledAtMidnightsAndMondays)
{
    EXPECT_EQ(labels(calendarTicks(at(2024, 8, 13), at(2024, 8, 20), 12)),
              QStringLiteral("13 Aug|14 Aug|15 Aug|16 Aug|17 Aug|18 Aug|19 Aug|20 Aug").split(u'|'));
    const QVector<TimeTick> weeks = calendarTicks(at(2024, 8, 1), at(2024, 9, 3), 6);
    EXPECT_EQ(labels(weeks), QStringLiteral("05 Aug|12 Aug|19 Aug|26 Aug|02 Sep").split(u'|'));
    for (const TimeTick &t : weeks)
        EXPECT_EQ(QDateTime::fromMSecsSinceEpoch(t.msecs).date().dayOfWeek(), Qt::Monday);
}

// Within a session: whole hours; across midnight, the midnight by its date and no time twice.
TEST(CalendarTicks, HoursAreRoundAndMidnightIsADate)
{
    EXPECT_EQ(labels(calendarTicks(at(2024, 12, 6, 9, 30), at(2024, 12, 6, 15, 30), 8)),
              QStringLiteral("10:00|11:00|12:00|13:00|14:00|15:00").split(u'|'));
    EXPECT_EQ(labels(calendarTicks(at(2024, 12, 6, 18), at(2024, 12, 7, 6), 5)),
              QStringLiteral("18:00|21:00|07 Dec|03:00").split(u'|'));
    // A day less an hour: every other hour, "06:00" once.
    EXPECT_EQ(labels(calendarTicks(at(2024, 12, 6, 6), at(2024, 12, 7, 5), 12)),
              QStringLiteral("06:00|08:00|10:00|12:00|14:00|16:00|18:00|20:00|22:00|07 Dec|02:00|04:00").split(u'|'));
}

// Whatever the range and room: ticks inside the range, ascending, at most as many as asked (never none over a
// range with a round time in it), and no label twice, since QCategoryAxis drops a label it already has.
TEST(CalendarTicks, NeverMoreThanAskedAndNoLabelTwice)
{
    const qint64 start = at(2019, 3, 7, 11, 23);
    for (const qint64 span : {qint64(90) * 1000, qint64(47) * 60 * 1000, qint64(5) * 3600 * 1000,
                              qint64(23) * 3600 * 1000, qint64(26) * 3600 * 1000, qint64(3) * 86400 * 1000,
                              qint64(40) * 86400 * 1000, qint64(200) * 86400 * 1000, qint64(700) * 86400 * 1000,
                              qint64(9000) * 86400 * 1000}) {
        for (int maxTicks = 2; maxTicks <= 12; ++maxTicks) {
            const QVector<TimeTick> ticks = calendarTicks(start, start + span, maxTicks);
            SCOPED_TRACE(QStringLiteral("span %1 ms, %2 ticks").arg(span).arg(maxTicks).toStdString());
            EXPECT_LE(ticks.size(), maxTicks);
            EXPECT_GE(ticks.size(), span >= 3600 * 1000 ? 1 : 0);
            QSet<QString> seen;
            for (qsizetype i = 0; i < ticks.size(); ++i) {
                EXPECT_GE(ticks[i].msecs, start);
                EXPECT_LE(ticks[i].msecs, start + span);
                if (i > 0) {
                    EXPECT_GT(ticks[i].msecs, ticks[i - 1].msecs);
                }
                EXPECT_FALSE(seen.contains(ticks[i].label)) << ticks[i].label.toStdString();
                seen.insert(ticks[i].label);
            }
        }
    }
    EXPECT_TRUE(calendarTicks(start, start, 6).isEmpty());
}

// Fitted to a width: short labels are closer together than long ones, so a week's days fit where months would not.
TEST(CalendarTicksFitting, ShortLabelsFitMoreTicks)
{
    const auto width = [](const QString &label) { return int(label.size()) * 7; };
    // "13 Aug" is 42 px: 8 × (42 + 20) = 496 fits in 500.
    EXPECT_EQ(calendarTicksFitting(at(2024, 8, 13), at(2024, 8, 20), 500, 20, width).size(), 8);
    EXPECT_EQ(calendarTicksFitting(at(2024, 8, 13), at(2024, 8, 20), 400, 20, width).size(), 4);
    // A year: "Jan 2024" is 56 px, twelve months need 912 px.
    EXPECT_EQ(calendarTicksFitting(at(2023, 12, 20), at(2024, 12, 6), 912, 20, width).size(), 12);
    EXPECT_EQ(calendarTicksFitting(at(2023, 12, 20), at(2024, 12, 6), 500, 20, width).size(), 6);
}
