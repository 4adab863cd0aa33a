// The fast export formatter writes exactly what Timestamp::toIsoString() writes.
#include "core/csv/csvtime.h"

#include "../core/testdata.h"

#include <QRandomGenerator>

#include <gtest/gtest.h>

using namespace md;

TEST(CsvTimestamp, WritesWallClockAndOffsetForms)
{
    const QDate day(2024, 12, 10);
    EXPECT_EQ(csvTimestamp(Timestamp::fromWallClock(day, QTime(16, 12))), QStringLiteral("2024-12-10T16:12:00"));
    EXPECT_EQ(csvTimestamp(Timestamp::fromWallClock(day, QTime(16, 12, 5), 5 * 3600)), QStringLiteral("2024-12-10T16:12:05+05:00"));
    EXPECT_EQ(csvTimestamp(Timestamp::fromWallClock(day, QTime(0, 0), 0)), QStringLiteral("2024-12-10T00:00:00Z"));
    EXPECT_EQ(csvTimestamp(Timestamp::fromWallClock(day, QTime(9, 5), -(3 * 3600 + 30 * 60))), QStringLiteral("2024-12-10T09:05:00-03:30"));
    EXPECT_EQ(csvTimestamp(Timestamp()), QString());
}

TEST(CsvTimestamp, AgreesWithToIsoStringOnThousandsOfTimestamps)
{
    QRandomGenerator rng(2024);
    for (int i = 0; i < 20000; ++i) {
        const QDate date = QDate(1, 1, 1).addDays(rng.bounded(3652058));  // 0001-01-01 .. 9999-12-31
        const QTime time = QTime(0, 0).addSecs(int(rng.bounded(86400)));
        Timestamp t;
        switch (rng.bounded(3)) {
        case 0: t = Timestamp::fromWallClock(date, time); break;
        case 1: t = Timestamp::fromWallClock(date, time, 0); break;
        default: t = Timestamp::fromWallClock(date, time, (int(rng.bounded(57)) - 28) * 15 * 60); break;
        }
        ASSERT_EQ(csvTimestamp(t), t.toIsoString()) << i;
    }
}

TEST(CsvTimestamp, YearsBeyondFourDigitsFollowToIsoString)
{
    const Timestamp far = Timestamp::fromWallClock(QDate(12024, 1, 2), QTime(3, 4));
    EXPECT_EQ(csvTimestamp(far), far.toIsoString());
}
