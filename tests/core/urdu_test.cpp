// Urdu digits, dates, amounts and search folding (issue 24): every form the Urdu press writes them in.
#include "core/parse/urdu.h"

#include <gtest/gtest.h>

using namespace md;

TEST(UrduDigits, UrduAndArabicIndicDigitsReadAsAscii)
{
    EXPECT_EQ(urdu::asciiDigits(u"۲۲ دسمبر ۲۰۲۳"), QStringLiteral("22 دسمبر 2023"));
    EXPECT_EQ(urdu::asciiDigits(u"٠١٢٣٤٥٦٧٨٩"), QStringLiteral("0123456789"));
    EXPECT_EQ(urdu::asciiDigits(u"۶۱٬۹۱۴٫۳۴"), QStringLiteral("61,914.34"));
    EXPECT_EQ(urdu::asciiDigits(u"KSE100 61,914.34"), QStringLiteral("KSE100 61,914.34"));
}

TEST(UrduDates, MonthAndWeekdayNames)
{
    const char16_t *months[] = {u"جنوری", u"فروری", u"مارچ", u"اپریل", u"مئی", u"جون",
                                u"جولائی", u"اگست", u"ستمبر", u"اکتوبر", u"نومبر", u"دسمبر"};
    for (int i = 0; i < 12; ++i)
        EXPECT_EQ(urdu::monthOfName(QStringView(months[i])), i + 1) << i;
    // Spellings the press uses, and the Arabic forms of ی typed for Urdu's.
    EXPECT_EQ(urdu::monthOfName(u"مئ"), 5);
    EXPECT_EQ(urdu::monthOfName(u"سپتمبر"), 9);
    EXPECT_EQ(urdu::monthOfName(u"جنوري"), 1);
    EXPECT_EQ(urdu::monthOfName(u"December"), 0);
    EXPECT_EQ(urdu::monthOfName(u"انڈیکس"), 0);

    const char16_t *days[] = {u"پیر", u"منگل", u"بدھ", u"جمعرات", u"جمعہ", u"ہفتہ", u"اتوار"};
    for (int i = 0; i < 7; ++i)
        EXPECT_EQ(urdu::weekdayOfName(QStringView(days[i])), i + 1) << i;
    EXPECT_EQ(urdu::weekdayOfName(u"سوموار"), 1);
}

TEST(UrduDates, DatesInEveryFormThePressWrites)
{
    EXPECT_EQ(urdu::parseDate(u"۲۲ دسمبر ۲۰۲۳"), QDate(2023, 12, 22));
    EXPECT_EQ(urdu::parseDate(u"22 دسمبر 2023ء"), QDate(2023, 12, 22));
    EXPECT_EQ(urdu::parseDate(u"جمعہ 22 دسمبر 2023"), QDate(2023, 12, 22));
    EXPECT_EQ(urdu::parseDate(u"دسمبر 22، 2023"), QDate(2023, 12, 22));
    EXPECT_EQ(urdu::parseDate(u"22 دسمبر، 2023"), QDate(2023, 12, 22));
    EXPECT_EQ(urdu::parseDate(u"شائع 29 اکتوبر 2024 05:12pm"), QDate(2024, 10, 29));
    EXPECT_EQ(urdu::parseDate(u"۳۱ مئی ۲۰۲۴"), QDate(2024, 5, 31));
    // Not dates: no year, an impossible day, no month.
    EXPECT_FALSE(urdu::parseDate(u"22 دسمبر").isValid());
    EXPECT_FALSE(urdu::parseDate(u"31 فروری 2024").isValid());
    EXPECT_FALSE(urdu::parseDate(u"100 انڈیکس 1917 پوائنٹس").isValid());
}

TEST(UrduAmounts, LakhHazarCroreArab)
{
    EXPECT_EQ(urdu::parseAmount(u"1 لاکھ 3 ہزار 274"), 103274.0);
    EXPECT_EQ(urdu::parseAmount(u"66 ہزار 988"), 66988.0);
    EXPECT_EQ(urdu::parseAmount(u"ایک لاکھ 82"), 100082.0);
    EXPECT_EQ(urdu::parseAmount(u"ایک لاکھ 42 ہزار"), 142000.0);
    EXPECT_EQ(urdu::parseAmount(u"1 ہزار 98"), 1098.0);
    EXPECT_EQ(urdu::parseAmount(u"39 ارب 77 کروڑ"), 39.77e9);
    EXPECT_EQ(urdu::parseAmount(u"ایک ارب 16 کروڑ"), 1.16e9);
    EXPECT_EQ(urdu::parseAmount(u"12 ہزار 716 ارب"), 12716e9);
    EXPECT_EQ(urdu::parseAmount(u"60 کروڑ"), 6e8);
    EXPECT_EQ(urdu::parseAmount(u"ساڑھے 3 ارب"), 3.5e9);
    EXPECT_EQ(urdu::parseAmount(u"ڈیڑھ لاکھ"), 150000.0);
    EXPECT_EQ(urdu::parseAmount(u"2 ہزار 5 سو"), 2500.0);
    EXPECT_EQ(urdu::parseAmount(u"85 کروڑ 78 لاکھ"), 857.8e6);
    EXPECT_EQ(urdu::parseAmount(u"14 ہزار 14 ارب"), 14014e9);
    EXPECT_EQ(urdu::parseAmount(u"ایک ہزار 637"), 1637.0);
    // The word for the decimal point.
    EXPECT_EQ(urdu::parseAmount(u"4 اعشاریہ 3"), 4.3);
    EXPECT_EQ(urdu::parseAmount(u"0 اعشاریہ 25"), 0.25);
    // Urdu digits and the lakh grouping of commas.
    EXPECT_EQ(urdu::parseAmount(u"۱ لاکھ ۳ ہزار ۲۷۴"), 103274.0);
    EXPECT_EQ(urdu::parseAmount(u"1,53,411"), 153411.0);
    EXPECT_EQ(urdu::parseAmount(u"142,174"), 142174.0);
    // English words of both scales.
    EXPECT_EQ(urdu::parseAmount(u"2.5 crore"), 2.5e7);
    EXPECT_EQ(urdu::parseAmount(u"3 lakh"), 3e5);
    EXPECT_EQ(urdu::parseAmount(u"39.77bn"), 39.77e9);
    // Not wholly an amount.
    EXPECT_FALSE(urdu::parseAmount(u"ایک").has_value());
    EXPECT_FALSE(urdu::parseAmount(u"100 انڈیکس").has_value());
    EXPECT_FALSE(urdu::parseAmount(u"").has_value());
}

TEST(UrduAmounts, FoundInRunningText)
{
    const QString text = QStringLiteral(u"100 انڈیکس میں 1917 پوائنٹس کا اضافہ ہوا، جس کے بعد انڈیکس 1 لاکھ 3 ہزار 274 پوائنٹس پر بند ہوا۔");
    const QVector<urdu::Amount> found = urdu::findAmounts(text);
    ASSERT_EQ(found.size(), 3);
    EXPECT_EQ(found[0].value, 100.0);
    EXPECT_EQ(found[1].value, 1917.0);
    EXPECT_EQ(found[2].value, 103274.0);
    EXPECT_EQ(text.mid(found[2].start, found[2].length), QStringLiteral(u"1 لاکھ 3 ہزار 274"));

    // A number glued to a word, and a comma ending an amount.
    const QVector<urdu::Amount> glued = urdu::findAmounts(u"100انڈیکس 518 پوائنٹس اضافے سے 90 ہزار 864، پر بند");
    ASSERT_EQ(glued.size(), 3);
    EXPECT_EQ(glued[0].value, 100.0);
    EXPECT_EQ(glued[1].value, 518.0);
    EXPECT_EQ(glued[2].value, 90864.0);
}

// The Urdu names of Latin letters spell an institution's initials: one letter name a word, each matching the
// word's first letter.
TEST(UrduInitials, LetterNamesSpellTheWordsBefore)
{
    EXPECT_TRUE(urdu::spellsInitialsOf(u"آئی ایم ایف", u"انٹرنیشنل مانیٹری فنڈ"));
    EXPECT_TRUE(urdu::spellsInitialsOf(u"ایس ای سی پی", u"سیکیورٹیز اینڈ ایکسچینج کمیشن آف پاکستان"));
    EXPECT_TRUE(urdu::spellsInitialsOf(u"ایس بی پی", u"اسٹیٹ بینک آف پاکستان"));
    EXPECT_FALSE(urdu::spellsInitialsOf(u"اے ڈی بی", u"ایشیائی ترقیاتی بینک"));   // translated words
    EXPECT_FALSE(urdu::spellsInitialsOf(u"اے پی پی", u"ڈیرہ اسماعیل خان"));       // the letters differ
    EXPECT_FALSE(urdu::spellsInitialsOf(u"اے پی پی", u"اسلام آباد"));             // the counts differ
    EXPECT_FALSE(urdu::spellsInitialsOf(u"اسٹاف رپورٹر", u"اسلام آباد"));         // no letter names
    EXPECT_FALSE(urdu::spellsInitialsOf(u"آئی", u"انٹرنیشنل"));                   // one letter spells nothing
}

TEST(UrduSearch, FoldingLettersDiacriticsAndDigits)
{
    // The Arabic forms of ی and ک fold to Urdu's; diacritics and the kashida are left out.
    EXPECT_EQ(urdu::foldForSearch(u"لكي سيمنٹ"), urdu::foldForSearch(u"لکی سیمنٹ"));
    EXPECT_EQ(urdu::foldForSearch(u"پاکِستان"), urdu::foldForSearch(u"پاکستان"));
    EXPECT_EQ(urdu::foldForSearch(u"اســٹاک"), urdu::foldForSearch(u"اسٹاک"));
    EXPECT_EQ(urdu::foldForSearch(u"۱۰۰ انڈیکس"), QStringLiteral(u"100 انڈیکس"));
    EXPECT_EQ(urdu::foldForSearch(u"KSE-100 Index"), QStringLiteral("KSE-100 Index"));  // unchanged
    // Distinct letters stay distinct: ھ (aspiration) is not ہ, ے is not ی.
    EXPECT_NE(urdu::foldForSearch(u"بھی"), urdu::foldForSearch(u"بہی"));
    EXPECT_NE(urdu::foldForSearch(u"ہے"), urdu::foldForSearch(u"ہی"));
}

TEST(UrduScript, DirectionOfAText)
{
    EXPECT_TRUE(urdu::isMostlyArabicScript(u"پاکستان اسٹاک ایکسچینج میں KSE-100 انڈیکس"));
    EXPECT_FALSE(urdu::isMostlyArabicScript(u"KSE-100 closes at 103,274 (پاکستان)"));
    EXPECT_FALSE(urdu::isMostlyArabicScript(u"12345"));
    EXPECT_TRUE(urdu::hasArabicScript(u"KSE ۱۰۰"));
    EXPECT_FALSE(urdu::hasArabicScript(u"KSE 100"));
}
