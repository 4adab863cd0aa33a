// textDirectionOf and headlineAlignment: which way a headline or paragraph reads, by most of its letters.
#include "core/models/textdirection.h"

#include <gtest/gtest.h>

using namespace md;

TEST(TextDirection, UrduReadsRightToLeftEvenWhenItStartsWithLatinLettersAndFigures)
{
    EXPECT_EQ(textDirectionOf(QStringLiteral("اسٹاک مارکیٹ میں تیزی")), Qt::RightToLeft);
    EXPECT_EQ(textDirectionOf(QStringLiteral("KSE-100 انڈیکس میں 1 ہزار 42 پوائنٹس کا اضافہ")), Qt::RightToLeft);
}

TEST(TextDirection, EnglishReadsLeftToRightEvenWhenItNamesAnUrduWord)
{
    EXPECT_EQ(textDirectionOf(QStringLiteral("KSE-100 sheds over 1,100 points")), Qt::LeftToRight);
    EXPECT_EQ(textDirectionOf(QStringLiteral("The paper's headline was \"تیزی\" on Friday")), Qt::LeftToRight);
}

TEST(TextDirection, FiguresAloneTakeTheFallback)
{
    EXPECT_EQ(textDirectionOf(QStringLiteral("1,204,300 (0.66%)")), Qt::LeftToRight);
    EXPECT_EQ(textDirectionOf(QStringLiteral("1,204,300 (0.66%)"), Qt::RightToLeft), Qt::RightToLeft);
    EXPECT_EQ(textDirectionOf(QString(), Qt::RightToLeft), Qt::RightToLeft);
}

TEST(TextDirection, FindsAnUrduLetterInEnglishText)
{
    EXPECT_TRUE(hasRightToLeftLetters(QStringLiteral("Lucky Cement (لکی سیمنٹ)")));
    EXPECT_FALSE(hasRightToLeftLetters(QStringLiteral("Lucky Cement 701.50")));
}

TEST(TextDirection, AlignsAnUrduHeadlineRightAndLeavesAnyOtherToTheView)
{
    const QVariant urdu = headlineAlignment(QStringLiteral("100 انڈیکس میں اضافہ"));
    ASSERT_TRUE(urdu.isValid());
    EXPECT_EQ(urdu.value<Qt::Alignment>(), Qt::AlignRight | Qt::AlignAbsolute | Qt::AlignVCenter);
    EXPECT_FALSE(headlineAlignment(QStringLiteral("PSO climbs as circular debt plan lifts oil marketers")).isValid());
}
