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

// Dates as European-language pages print them (issue 19): month names in German, French, Spanish, Italian,
// Portuguese and Dutch, their weekdays and the words that introduce a date.
TEST(PageDate, MonthNamesInOtherLanguages)
{
    EXPECT_EQ(iso("5. Oktober 2013"), QStringLiteral("2013-10-05"));
    EXPECT_EQ(iso("Samstag, 5. Oktober 2013"), QStringLiteral("2013-10-05"));
    EXPECT_EQ(iso("Di, 21. April 2020 - 16:40"), QStringLiteral("2020-04-21T16:40:00"));
    EXPECT_EQ(iso("1. März 2022"), QStringLiteral("2022-03-01"));
    EXPECT_EQ(iso("8. Dezember 2010 um 10:56"), QStringLiteral("2010-12-08T10:56:00"));
    EXPECT_EQ(iso("04. Februar 2022, 15:29 Uhr"), QStringLiteral("2022-02-04T15:29:00"));
    EXPECT_EQ(iso("mardi 5 juin 2018"), QStringLiteral("2018-06-05"));
    EXPECT_EQ(iso("le 07 Mai 2020"), QStringLiteral("2020-05-07"));
    EXPECT_EQ(iso("1er août 2019"), QStringLiteral("2019-08-01"));
    EXPECT_EQ(iso("12 déc. 2021"), QStringLiteral("2021-12-12"));
    EXPECT_EQ(iso("viernes, 6 de mayo de 2022"), QStringLiteral("2022-05-06"));
    EXPECT_EQ(iso("6 maggio 2022"), QStringLiteral("2022-05-06"));
    EXPECT_EQ(iso("6 de maio de 2022"), QStringLiteral("2022-05-06"));
    EXPECT_EQ(iso("zaterdag 3 maart 2018"), QStringLiteral("2018-03-03"));
    EXPECT_EQ(iso("Veröffentlicht am 14. Januar 2022"), QStringLiteral("2022-01-14"));
    EXPECT_EQ(iso("Publié le 23 mai 2019"), QStringLiteral("2019-05-23"));
}

// A prefix is a month only when one month's names start with it: "juil" is July, "jui" June or July.
TEST(PageDate, AmbiguousMonthPrefixesAreNotMonths)
{
    EXPECT_EQ(iso("3 juil. 2019"), QStringLiteral("2019-07-03"));
    EXPECT_FALSE(parsePageDateTime(u"3 jui 2019").isValid());
    EXPECT_FALSE(parsePageDateTime(u"3 Ma 2019").isValid());
}

TEST(PageDate, NumericDatesDayFirst)
{
    EXPECT_EQ(iso("12.01.2022"), QStringLiteral("2022-01-12"));
    EXPECT_EQ(iso("27.1.2022"), QStringLiteral("2022-01-27"));
    EXPECT_EQ(iso("31.10.23"), QStringLiteral("2023-10-31"));
    EXPECT_EQ(iso("20.10.2021 - 10:24"), QStringLiteral("2021-10-20T10:24:00"));
    EXPECT_EQ(iso("18.02.2022, 10:27"), QStringLiteral("2022-02-18T10:27:00"));
    EXPECT_EQ(iso("am 25.08.2015 22:30"), QStringLiteral("2015-08-25T22:30:00"));
    EXPECT_EQ(iso("Stand - 12.11.2021"), QStringLiteral("2021-11-12"));
    EXPECT_EQ(iso("Datum: 03.11.2021"), QStringLiteral("2021-11-03"));
    EXPECT_EQ(iso("2013/12/09"), QStringLiteral("2013-12-09"));
    EXPECT_EQ(iso("2022-05-05T22:12:00 UTC"), QStringLiteral("2022-05-05T22:12:00Z"));
    // An ISO date written without its zeros.
    EXPECT_EQ(iso("2019-3-7"), QStringLiteral("2019-03-07"));
    EXPECT_EQ(iso("2022-5-5 22:17:36"), QStringLiteral("2022-05-05T22:17:36"));
    EXPECT_EQ(iso("2022-5-6T12:00:00.000Z"), QStringLiteral("2022-05-06T12:00:00Z"));
    EXPECT_EQ(iso("2022-10-6T09:30:00+05:00"), QStringLiteral("2022-10-06T09:30:00+05:00"));
    EXPECT_FALSE(parsePageDateTime(u"2019-13-7").isValid());
    EXPECT_FALSE(parsePageDateTime(u"2019-3").isValid());
}

// "05/06/2023" is 5 June in Karachi and 6 May in New York: a slashed or dashed date is read only when the
// day cannot be the month.
TEST(PageDate, SlashedDatesOnlyWhenUnambiguous)
{
    EXPECT_EQ(iso("13/05/2022"), QStringLiteral("2022-05-13"));
    EXPECT_EQ(iso("05/13/2022"), QStringLiteral("2022-05-13"));
    EXPECT_EQ(iso("29-10-2021"), QStringLiteral("2021-10-29"));
    EXPECT_EQ(iso("04/04/2020"), QStringLiteral("2020-04-04"));
    EXPECT_FALSE(parsePageDateTime(u"05/06/2023").isValid());
    EXPECT_FALSE(parsePageDateTime(u"11/01/2023 12:43:42").isValid());
}

TEST(PageDate, NumbersThatAreNotDates)
{
    for (const char *text : {"1.2.23", "31.02.2022", "13.13.2022", "12.01.0022", "1.2.3456", "3.5.1", "2.0.1 beta"})
        EXPECT_FALSE(parsePageDateTime(QString::fromUtf8(text)).isValid()) << text;
}

TEST(PageDate, FirstDateInsideALine)
{
    EXPECT_EQ(findDateIn(u"Erstellt von Fabian am Dienstag 6. Mai 2014").toIsoString(), QStringLiteral("2014-05-06"));
    EXPECT_EQ(findDateIn(u"Beitrag von r23 » 21.01.2009, 05:42").toIsoString(), QStringLiteral("2009-01-21T05:42:00"));
    EXPECT_EQ(findDateIn(u"Gespeichert von rasos am 24. Juli 2017 - 18:55").toIsoString(), QStringLiteral("2017-07-24T18:55:00"));
    EXPECT_EQ(findDateIn(u"1. Februar 2022 , Daniel Dillenburg").toIsoString(), QStringLiteral("2022-02-01"));
    EXPECT_FALSE(findDateIn(u"Sold 2,000 bags in 12 hours").isValid());
    EXPECT_FALSE(findDateIn(u"").isValid());
}

TEST(PageDate, DateInThePagesAddress)
{
    EXPECT_EQ(dateInAddress(u"https://example.pk/2019/10/16/cement-dispatches-rise/").toIsoString(), QStringLiteral("2019-10-16"));
    EXPECT_EQ(dateInAddress(u"https://example.pk/news/2022-02-04/story.html").toIsoString(), QStringLiteral("2022-02-04"));
    EXPECT_FALSE(dateInAddress(u"https://example.pk/2019/10/cement-dispatches-rise/").isValid());
    EXPECT_FALSE(dateInAddress(u"https://example.pk/story?from=2019/10/16/").isValid());
    EXPECT_FALSE(dateInAddress(u"https://example.pk/2019/13/45/story").isValid());
    // Day first only when the day cannot be the month.
    EXPECT_EQ(dateInAddress(u"https://example.pk/news/29-10-2021").toIsoString(), QStringLiteral("2021-10-29"));
    EXPECT_FALSE(dateInAddress(u"https://example.pk/news/02-01-2022/").isValid());
}

TEST(PageDate, TheDateAParagraphOpensWith)
{
    EXPECT_EQ(dateOpening(u"27.1.2022 - Traders in Lahore said …").toIsoString(), QStringLiteral("2022-01-27"));
    EXPECT_EQ(dateOpening(u"(21. November 2022) Energieverbraucher erhalten …").toIsoString(), QStringLiteral("2022-11-21"));
    EXPECT_EQ(dateOpening(u"March 3, 2025 (MLN): The State Bank …").toIsoString(), QStringLiteral("2025-03-03"));
    EXPECT_FALSE(dateOpening(u"KARACHI: Cement makers sold more bags …").isValid());
    EXPECT_FALSE(dateOpening(u"Cement makers sold more bags on 5 January 2022 - a record.").isValid());
}

TEST(PageDate, AnIsoDateWithATimeNoReaderKnowsKeepsItsDay)
{
    EXPECT_EQ(iso("2022-01-10T22:06:08:684Z"), QStringLiteral("2022-01-10"));
    EXPECT_FALSE(parsePageDateTime(u"2022-13-10T22:06:08:684Z").isValid());
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

TEST(PageDate, DateInASavedFilesName)
{
    EXPECT_EQ(dateInFileName(u"/home/u/snapshots/brecorder-syria-2024-12-06.txt").toIsoString(), QStringLiteral("2024-12-06"));
    EXPECT_EQ(dateInFileName(u"psx_20241206.html").toIsoString(), QStringLiteral("2024-12-06"));
    EXPECT_EQ(dateInFileName(u"C:\\Users\\u\\PSX 2024.12.06 close.mhtml").toIsoString(), QStringLiteral("2024-12-06"));
    EXPECT_EQ(dateInFileName(u"KSE 26-11-2024.txt").toIsoString(), QStringLiteral("2024-11-26"));
    EXPECT_EQ(dateInFileName(u"Business Recorder 6 Dec 2024.html").toIsoString(), QStringLiteral("2024-12-06"));
    EXPECT_EQ(dateInFileName(u"markets-December-6-2024.html").toIsoString(), QStringLiteral("2024-12-06"));
    // Only the name is read: a dated folder is not the file's day.
    EXPECT_FALSE(dateInFileName(u"/archive/2024-12-06/brecorder-markets.txt").isValid());
    // No whole date: a year alone, a day and month without a year, a day-first date that may be either, an id.
    EXPECT_FALSE(dateInFileName(u"kse-review-2024.txt").isValid());
    EXPECT_FALSE(dateInFileName(u"markets 12-06.txt").isValid());
    EXPECT_FALSE(dateInFileName(u"markets 04-05-2024.txt").isValid());
    EXPECT_FALSE(dateInFileName(u"story-1202412061.html").isValid());
    // Eight digits run into letters are a hash's or an id's, not a date (a cache's or a download's name).
    EXPECT_FALSE(dateInFileName(u"0a12df20190312ab9f.html").isValid());
    EXPECT_FALSE(dateInFileName(u"KSE20241206close.txt").isValid());
    EXPECT_EQ(dateInFileName(u"psx-20241206-close.txt").toIsoString(), QStringLiteral("2024-12-06"));
    EXPECT_FALSE(dateInFileName(u"report 2024-13-45.txt").isValid());
    EXPECT_FALSE(dateInFileName(u"Results 3 4.txt").isValid());
}
