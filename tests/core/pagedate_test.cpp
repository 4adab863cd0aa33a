// Dates as pages print them.
#include "core/parse/pagedate.h"
#include "testdata.h"

#include <gtest/gtest.h>

using namespace md;

namespace {
QString iso(const char *text)
{
    return parsePageDateTime(QString::fromUtf8(text)).toIsoString();
}
} // namespace

TEST(PageDate, CommentTimeBecomesWallClockIso)
{
    EXPECT_EQ(iso("Dec 06, 2024 05:53pm"), QStringLiteral("2024-12-06T17:53:00"));
    EXPECT_EQ(iso("Dec 06, 2024 12:05am"), QStringLiteral("2024-12-06T00:05:00"));
    EXPECT_EQ(iso("Dec 06, 2024 12:05pm"), QStringLiteral("2024-12-06T12:05:00"));
}

TEST(PageDate, LongAndShortMonthNames)
{
    EXPECT_EQ(iso("January 29, 2025"), QStringLiteral("2025-01-29"));
    EXPECT_EQ(iso("Jan 30, 2025"), QStringLiteral("2025-01-30"));
    EXPECT_EQ(iso("Sept 3, 2024"), QStringLiteral("2024-09-03"));
}

TEST(PageDate, DayFirstWithTime)
{
    EXPECT_EQ(iso("29 Jan, 2025 10:34pm"), QStringLiteral("2025-01-29T22:34:00"));
    EXPECT_EQ(iso("29 Jan, 2025"), QStringLiteral("2025-01-29"));
}

TEST(PageDate, IsoKeepsItsOffset)
{
    EXPECT_EQ(iso("2024-12-10T16:45:00+05:00"), QStringLiteral("2024-12-10T16:45:00+05:00"));
    EXPECT_EQ(iso("2024-12-10T11:45:00Z"), QStringLiteral("2024-12-10T11:45:00Z"));
    EXPECT_EQ(iso("2024-12-10T16:45:00.123+0500"), QStringLiteral("2024-12-10T16:45:00+05:00"));
}

TEST(PageDate, MailDateOfAnArchive)
{
    EXPECT_EQ(iso("Fri, 6 Dec 2024 17:53:09 +0500"), QStringLiteral("2024-12-06T17:53:09+05:00"));
    EXPECT_EQ(iso("Tue, 10 Dec 2024 11:00:00 GMT"), QStringLiteral("2024-12-10T11:00:00Z"));
}

TEST(PageDate, PsxCompactDate)
{
    EXPECT_EQ(iso("31DEC2021"), QStringLiteral("2021-12-31"));
}

TEST(PageDate, WeekdayAndLeadWordsAreIgnored)
{
    EXPECT_EQ(iso("Published December 6, 2024"), QStringLiteral("2024-12-06"));
    EXPECT_EQ(iso("Friday, December 6, 2024"), QStringLiteral("2024-12-06"));
}

TEST(PageDate, OrdinalDaysAndShortOffsets)
{
    EXPECT_EQ(iso("Mar 3rd, 2024"), QStringLiteral("2024-03-03"));
    EXPECT_EQ(iso("22nd April 2024"), QStringLiteral("2024-04-22"));
    EXPECT_EQ(iso("April 11, 2024 09:40 AM GMT+5"), QStringLiteral("2024-04-11T09:40:00+05:00"));
    EXPECT_EQ(iso("April 11, 2024 at 09:40 PM GMT+05:00"), QStringLiteral("2024-04-11T21:40:00+05:00"));
    EXPECT_EQ(iso("11 April 2024 09:40 PKT"), QStringLiteral("2024-04-11T09:40:00+05:00"));
}

TEST(PageDate, NonDatesAreInvalid)
{
    for (const char *text : {"Fear", "Dec 32, 2024", "Decimal 6, 2024", "13:00", "2024-13-01", "Feb 30, 2024 05:00pm",
                             "Dec 06, 2024 13:53pm", "",
                             // found by fuzzing: an offset past ±14:00 printed a timestamp that could not be read back
                             "Fri, 6 Dec 1012 17:53:09 +4151"})
        EXPECT_FALSE(parsePageDateTime(QString::fromUtf8(text)).isValid()) << text;
}

// Urdu dates as the page rules meet them (issue 24): alone, after a label, with a time; Urdu digits in an
// English date; never a date inside a sentence.
TEST(PageDate, UrduDatesAndUrduDigits)
{
    EXPECT_EQ(parsePageDateTime(u"22 دسمبر 2023ء").toIsoString(), QStringLiteral("2023-12-22"));
    EXPECT_EQ(parsePageDateTime(u"۲۲ دسمبر ۲۰۲۳").toIsoString(), QStringLiteral("2023-12-22"));
    EXPECT_EQ(parsePageDateTime(u"جمعہ 22 دسمبر 2023").toIsoString(), QStringLiteral("2023-12-22"));
    EXPECT_EQ(parsePageDateTime(u"شائع 29 اکتوبر 2024 05:12pm").toIsoString(), QStringLiteral("2024-10-29T17:12:00"));
    EXPECT_EQ(parsePageDateTime(u"۲۲ December ۲۰۲۳").toIsoString(), QStringLiteral("2023-12-22"));
    EXPECT_FALSE(parsePageDateTime(u"پاکستان اسٹاک ایکسچینج میں 22 دسمبر 2023 کو کاروبار کے اختتام پر 100 انڈیکس بند ہوا").isValid());
}
