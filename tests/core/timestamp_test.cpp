// Timestamps keep what the page printed: wall clock, or wall clock plus offset.
#include "core/timestamp.h"
#include "testdata.h"

#include <gtest/gtest.h>

using namespace md;

TEST(Timestamp, WallClockHasNoOffset)
{
    const Timestamp t = Timestamp::fromWallClock(QDate(2024, 12, 6), QTime(17, 53));
    EXPECT_FALSE(t.hasOffset());
    EXPECT_EQ(t.toIsoString(), QStringLiteral("2024-12-06T17:53:00"));
    // Taken as Pakistan time for ordering.
    EXPECT_EQ(t.toUtc(), QDateTime(QDate(2024, 12, 6), QTime(12, 53), Qt::UTC));
}

TEST(Timestamp, IsoRoundTrip)
{
    for (const char *text : {"2024-12-10T16:45:00+05:00", "2024-12-10T16:45:00", "2024-12-10T16:45:00Z",
                             "2024-12-10T16:45:00-03:30"}) {
        EXPECT_EQ(Timestamp::fromIsoString(QString::fromLatin1(text)).toIsoString(), QString::fromLatin1(text));
    }
}

TEST(Timestamp, OrdersByInstant)
{
    const Timestamp karachi = Timestamp::fromIsoString(QStringLiteral("2024-12-10T16:00:00+05:00"));
    const Timestamp london = Timestamp::fromIsoString(QStringLiteral("2024-12-10T12:00:00Z"));
    EXPECT_TRUE(karachi < london);
    EXPECT_FALSE(london < karachi);
    EXPECT_TRUE(Timestamp() < karachi);
}

TEST(Timestamp, InvalidIsoIsInvalid)
{
    EXPECT_FALSE(Timestamp::fromIsoString(QStringLiteral("yesterday")).isValid());
    EXPECT_FALSE(Timestamp::fromIsoString(QStringLiteral("2024-02-30")).isValid());
    EXPECT_TRUE(Timestamp().toIsoString().isEmpty());
}

TEST(Timestamp, ExchangeClockShowsEveryZoneInPakistanTime)
{
    EXPECT_EQ(Timestamp::fromIsoString(QStringLiteral("2025-01-30T05:21:07Z")).toExchangeClock(),
              QDateTime(QDate(2025, 1, 30), QTime(10, 21, 7), Qt::UTC));
    EXPECT_EQ(Timestamp::fromIsoString(QStringLiteral("2025-01-29T22:34:47+05:00")).toExchangeClock(),
              QDateTime(QDate(2025, 1, 29), QTime(22, 34, 47), Qt::UTC));
    // Printed without an offset: already the exchange's wall clock.
    EXPECT_EQ(Timestamp::fromIsoString(QStringLiteral("2024-12-06T17:53:00")).toExchangeClock(),
              QDateTime(QDate(2024, 12, 6), QTime(17, 53), Qt::UTC));
}
