// The ticker row grammar: every variant the formats notes list.
#include "core/parse/marketline.h"
#include "testdata.h"

#include <gtest/gtest.h>

using namespace md;

namespace {

MarketRow mustParse(const QString &line, QStringList *warnings = nullptr)
{
    const auto row = parseMarketLine(line, warnings);
    EXPECT_TRUE(row.has_value()) << line.toStdString();
    return row.value_or(MarketRow{});
}

} // namespace

TEST(MarketLine, ParsesDecreasedRowWithArrow)
{
    QStringList warnings;
    const MarketRow row = mustParse(QStringLiteral("AIRLINK 189.64 Decreased By ▼ -7.01 (-3.56%)"), &warnings);
    EXPECT_EQ(row.name, QStringLiteral("AIRLINK"));
    EXPECT_DOUBLE_EQ(row.value, 189.64);
    EXPECT_DOUBLE_EQ(row.change, -7.01);
    EXPECT_DOUBLE_EQ(row.changePercent, -3.56);
    EXPECT_FALSE(row.isIndex);
    EXPECT_TRUE(warnings.isEmpty()) << warnings.join(QLatin1Char('\n')).toStdString();
}

TEST(MarketLine, ParsesIncreasedRowWithIntegerLikePercent)
{
    QStringList warnings;
    const MarketRow row = mustParse(QStringLiteral("OGDC 224.96 Increased By ▲ 11.93 (5.6%)"), &warnings);
    EXPECT_DOUBLE_EQ(row.change, 11.93);
    EXPECT_DOUBLE_EQ(row.changePercent, 5.6);
    EXPECT_TRUE(warnings.isEmpty());
    EXPECT_DOUBLE_EQ(mustParse(QStringLiteral("SILK 0.99 Decreased By ▼ -0.01 (-1%)")).changePercent, -1.0);
}

TEST(MarketLine, ParsesThousandsSeparatorsInPrice)
{
    const MarketRow row = mustParse(QStringLiteral("PSO 1,004.50 Increased By ▲ 12.30 (1.24%)"));
    EXPECT_DOUBLE_EQ(row.value, 1004.50);
}

TEST(MarketLine, RejectsIrregularGroupingInsteadOfMisreadingIt)
{
    // "11,81" is neither 1181 nor 11.81: the row is not a ticker row.
    EXPECT_FALSE(parseMarketLine(QStringLiteral("BR100 11,81 Increased By 90.4 (0.77%)")).has_value());
    EXPECT_FALSE(parsePageNumber(QStringLiteral("1,0045")).has_value());
    EXPECT_FALSE(parsePageNumber(QStringLiteral("12,34,567")).has_value());
    EXPECT_DOUBLE_EQ(*parsePageNumber(QStringLiteral("11,814")), 11814.0);
    EXPECT_DOUBLE_EQ(*parsePageNumber(QStringLiteral("1,234,567.25")), 1234567.25);
}

TEST(MarketLine, ParsesIndexRowWithoutArrow)
{
    QStringList warnings;
    const MarketRow row = mustParse(QStringLiteral("KSE100 113,247 Increased By 609 (0.54%)"), &warnings);
    EXPECT_TRUE(row.isIndex);
    EXPECT_DOUBLE_EQ(row.value, 113247.0);
    EXPECT_DOUBLE_EQ(row.change, 609.0);
    EXPECT_DOUBLE_EQ(row.changePercent, 0.54);
    EXPECT_TRUE(warnings.isEmpty());
}

TEST(MarketLine, ParsesOlderIndexRowWithArrowAndDecimals)
{
    const MarketRow row = mustParse(QStringLiteral("KSE100 46,301 Increased By ▲ 203.55 (0.44%)"));
    EXPECT_TRUE(row.isIndex);
    EXPECT_DOUBLE_EQ(row.change, 203.55);
}

TEST(MarketLine, NegativeIndexRowKeepsSign)
{
    const MarketRow row = mustParse(QStringLiteral("KSE100 111,487 Decreased By -543 (-0.48%)"));
    EXPECT_DOUBLE_EQ(row.change, -543.0);
    EXPECT_DOUBLE_EQ(row.changePercent, -0.48);
}

TEST(MarketLine, WordsDecideSignWhenNumberHasNone)
{
    const MarketRow row = mustParse(QStringLiteral("AIRLINK 189.64 Decreased By ▼ 7.01 (3.56%)"));
    EXPECT_DOUBLE_EQ(row.change, -7.01);
    EXPECT_DOUBLE_EQ(row.changePercent, -3.56);
}

TEST(MarketLine, ArrowLostToLegacyEncodingStillParses)
{
    QStringList warnings;
    const MarketRow row = mustParse(QStringLiteral("FCCL 34.14 Increased By ? 1.12 (3.39%)"), &warnings);
    EXPECT_DOUBLE_EQ(row.change, 1.12);
    EXPECT_TRUE(warnings.isEmpty());
}

TEST(MarketLine, MissingArrowAndMissingWordsUseNumberSign)
{
    EXPECT_DOUBLE_EQ(mustParse(QStringLiteral("HUBC 126.05 Decreased By -1.24 (-0.97%)")).change, -1.24);
    EXPECT_DOUBLE_EQ(mustParse(QStringLiteral("HUBC 126.05 -1.24 (-0.97%)")).change, -1.24);
    EXPECT_DOUBLE_EQ(mustParse(QStringLiteral("HUBC 126.05 ▼ 1.24 (0.97%)")).change, -1.24);
}

TEST(MarketLine, UnchangedRowWithArrowOnZeroIsUnchanged)
{
    QStringList warnings;
    const MarketRow row = mustParse(QStringLiteral("MARI 560.00 No Change ▼ 0.00 (0%)"), &warnings);
    EXPECT_DOUBLE_EQ(row.change, 0.0);
    EXPECT_DOUBLE_EQ(row.changePercent, 0.0);
    EXPECT_FALSE(std::signbit(row.change));
    EXPECT_TRUE(warnings.isEmpty());
}

TEST(MarketLine, NormalisesUnicodeMinusAndNonBreakingSpaces)
{
    const MarketRow row = mustParse(QStringLiteral("TRG\u00A062.65\u00A0Decreased By ▼ \u22121.71 (\u22122.66%)"));
    EXPECT_DOUBLE_EQ(row.change, -1.71);
    EXPECT_DOUBLE_EQ(row.changePercent, -2.66);
    // U+2212 alone decides the sign when there are no words.
    EXPECT_DOUBLE_EQ(mustParse(QStringLiteral("TRG 62.65 \u22121.71 (\u22122.66%)")).change, -1.71);
}

TEST(MarketLine, PercentageThatDisagreesBecomesWarning)
{
    QStringList warnings;
    const MarketRow row = mustParse(QStringLiteral("OGDC 224.96 Increased By ▲ 11.93 (9.6%)"), &warnings);
    EXPECT_DOUBLE_EQ(row.changePercent, 9.6); // kept as stated, not silently fixed
    ASSERT_EQ(warnings.size(), 1);
    EXPECT_TRUE(warnings[0].contains(QStringLiteral("OGDC")));
    EXPECT_TRUE(warnings[0].contains(QStringLiteral("5.60%")));
}

TEST(MarketLine, WordsContradictingNumberSignBecomeWarning)
{
    QStringList warnings;
    const MarketRow row = mustParse(QStringLiteral("PPL 193.09 Increased By ▲ -9.52 (-5.19%)"), &warnings);
    EXPECT_DOUBLE_EQ(row.change, 9.52);
    ASSERT_EQ(warnings.size(), 1);
    EXPECT_TRUE(warnings[0].contains(QStringLiteral("PPL")));
}

TEST(MarketLine, EveryRowOfRealSnapshotAgreesWithItsPercentage)
{
    // Rows as printed on a real page: the percentage check must not cry wolf on rounding.
    const char *rows[] = {"WTL 1.75 Decreased By ▼ -0.04 (-2.23%)", "KEL 4.77 Increased By ▲ 0.01 (0.21%)",
                          "CNERGY 6.68 Decreased By ▼ -0.01 (-0.15%)", "BR100 11,814 Increased By 90.4 (0.77%)",
                          "KSE30 35,712 Increased By 253.6 (0.72%)", "SEARL 94.54 Decreased By ▼ -0.57 (-0.6%)"};
    for (const char *text : rows) {
        QStringList warnings;
        mustParse(QString::fromUtf8(text), &warnings);
        EXPECT_TRUE(warnings.isEmpty()) << text << ": " << warnings.join(QLatin1Char(' ')).toStdString();
    }
}

TEST(MarketLine, ProseIsNotATickerRow)
{
    const char *lines[] = {"BEIRUT: Rebel forces pressing a lightning offensive in Syria.",
                           "Fear",
                           "KSE100 rose 609 points (0.54%) on Tuesday",
                           "The index closed at 113,247 (0.54%)",
                           "AIRLINK 189.64 Decreased By ▼ -7.01 (-3.56%) and more",
                           "airlink 189.64 Decreased By ▼ -7.01 (-3.56%)",
                           ""};
    for (const char *text : lines)
        EXPECT_FALSE(parseMarketLine(QString::fromUtf8(text)).has_value()) << text;
}

TEST(MarketLine, KnowsIndexNames)
{
    for (const char *name : {"KSE100", "KSE30", "KMI30", "ALLSHR", "BR100", "BR30"})
        EXPECT_TRUE(isIndexName(QString::fromLatin1(name))) << name;
    EXPECT_FALSE(isIndexName(QStringLiteral("OGDC")));
}
