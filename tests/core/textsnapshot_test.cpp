// Plain-text copies: ticker, article blocks, related stories and comments of a fixture, exactly.
#include "core/load/snapshotloader.h"
#include "core/parse/textsnapshotparser.h"
#include "core/parse/texttable.h"
#include "fixtures.h"
#include "testdata.h"

#include <QDir>
#include <QFileInfo>

#include <gtest/gtest.h>

using namespace md;
using md::test::loadFixture;
using md::test::parseWarnings;

namespace {

Snapshot parseText(const QString &text)
{
    Snapshot s;
    parseTextSnapshot(text, s);
    return s;
}

} // namespace

TEST(TextSnapshot, ReadsTickerRowsApartFromIndices)
{
    const Snapshot s = loadFixture(QStringLiteral("psx-close-2024-12-10.txt"));
    EXPECT_EQ(s.format, SnapshotFormat::Text);
    EXPECT_EQ(s.encoding, QStringLiteral("UTF-8"));
    ASSERT_EQ(s.quotes.size(), 10);
    EXPECT_EQ(s.quotes[0], (Quote{QStringLiteral("AIRLINK"), 189.64, -7.01, -3.56}));
    EXPECT_EQ(s.quotes[8], (Quote{QStringLiteral("PSO"), 1004.50, 12.30, 1.24}));
    EXPECT_EQ(s.quotes[9], (Quote{QStringLiteral("MARI"), 560.00, 0.0, 0.0}));
    ASSERT_EQ(s.indices.size(), 4);
    EXPECT_EQ(s.indices[0], (IndexValue{QStringLiteral("BR100"), 11814, 90.4, 0.77}));
    EXPECT_EQ(s.indices[2], (IndexValue{QStringLiteral("KSE100"), 113247, 609, 0.54}));
    // The masthead's day, made precise by the byline's time on it: the page's own "today" stamp.
    EXPECT_EQ(s.capturedAt.toIsoString(), QStringLiteral("2024-12-10T21:45:00"));
}

TEST(TextSnapshot, ReadsArticleBlocksInOrder)
{
    const Snapshot s = loadFixture(QStringLiteral("psx-close-2024-12-10.txt"));
    const Article &a = s.article;
    EXPECT_TRUE(a.headline.isEmpty());
    EXPECT_EQ(a.dateline, QStringLiteral("KARACHI"));
    ASSERT_EQ(a.blocks.size(), 11);
    EXPECT_EQ(a.blocks[0].kind, ArticleBlock::Kind::Paragraph);
    EXPECT_TRUE(a.blocks[0].text.startsWith(QStringLiteral("KARACHI: Shares at the Pakistan Stock Exchange")));
    EXPECT_EQ(a.blocks[3], (ArticleBlock{ArticleBlock::Kind::Subheading, QStringLiteral("Energy leads"), {}, {}}));
    EXPECT_EQ(a.blocks[8], (ArticleBlock{ArticleBlock::Kind::Subheading, QStringLiteral("Volumes"), {}, {}}));
    EXPECT_EQ(a.blocks[10].text, QStringLiteral("Of the 448 companies traded, 231 closed higher, 170 lower and 47 were unchanged."));
    EXPECT_EQ(a.related, QStringList{QStringLiteral("Rupee steady against dollar in interbank trade")});
    for (const ArticleBlock &b : a.blocks) {
        EXPECT_FALSE(b.text.startsWith(QStringLiteral("Copyright"))) << "footer leaked into the body";
        EXPECT_FALSE(b.text.contains(QStringLiteral("Comments")));
    }
}

TEST(TextSnapshot, ReadsCommentsWithoutWidgetNoise)
{
    const Snapshot s = loadFixture(QStringLiteral("psx-close-2024-12-10.txt"));
    ASSERT_EQ(s.comments.size(), 2);
    EXPECT_EQ(s.comments[0].author, QStringLiteral("Trader_88"));
    EXPECT_EQ(s.comments[0].postedAt.toIsoString(), QStringLiteral("2024-12-10T16:12:00"));
    EXPECT_EQ(s.comments[0].text, QStringLiteral("Good day for E&P holders.\nStill think the rally is thin without foreign buying."));
    EXPECT_EQ(s.comments[0].recommended, 3);
    EXPECT_EQ(s.comments[1].author, QStringLiteral("Nadia K"));
    EXPECT_EQ(s.comments[1].postedAt.toIsoString(), QStringLiteral("2024-12-10T21:45:00"));
    EXPECT_EQ(s.comments[1].recommended, 0);
    for (const Comment &c : s.comments) {
        EXPECT_FALSE(c.text.contains(QStringLiteral("characters")));
        EXPECT_FALSE(c.text.contains(QStringLiteral("thumb_up")));
    }
    EXPECT_TRUE(parseWarnings(s).isEmpty()) << s.warnings.join(QLatin1Char('\n')).toStdString();
    // Dated by its masthead, not by its newest comment.
    EXPECT_EQ(s.marketAsOfSource, MarketTimeSource::PageMetadata);
}

TEST(TextSnapshot, HeadlineDateAndBylineBeforeDateline)
{
    const Snapshot s = parseText(QStringLiteral(
        "KSE100 113,247 Increased By 609 (0.54%)\n\n"
        "Stocks end higher as energy shares rebound\n"
        "December 10, 2024\n"
        "By Staff Reporter\n\n"
        "KARACHI: The market closed higher on Tuesday.\n\n"
        "Dealers cited buying in energy names.\n"));
    EXPECT_EQ(s.article.headline, QStringLiteral("Stocks end higher as energy shares rebound"));
    EXPECT_EQ(s.article.publishedAt.toIsoString(), QStringLiteral("2024-12-10"));
    EXPECT_EQ(s.article.author, QStringLiteral("Staff Reporter"));
    EXPECT_EQ(s.article.dateline, QStringLiteral("KARACHI"));
    EXPECT_EQ(s.article.blocks.size(), 2);
    EXPECT_TRUE(s.warnings.isEmpty());
}

TEST(TextSnapshot, WidgetBoxBeforeArticleIsSkippedWithWarning)
{
    const Snapshot s = parseText(QStringLiteral(
        "Coronavirus\nPakistan\nCases 1,290,000\nDeaths 20,400\n\n"
        "Markets rally on rate cut hopes\n\n"
        "ISLAMABAD: The central bank is expected to cut its policy rate.\n"));
    EXPECT_TRUE(s.quotes.isEmpty());
    EXPECT_EQ(s.article.headline, QStringLiteral("Markets rally on rate cut hopes"));
    ASSERT_EQ(s.article.blocks.size(), 1);
    ASSERT_EQ(s.warnings.size(), 1);
    EXPECT_TRUE(s.warnings[0].contains(QStringLiteral("4 lines")));
}

TEST(TextSnapshot, SubheadingRuleAndRelatedRule)
{
    const Snapshot s = parseText(QStringLiteral(
        "LAHORE: First paragraph ends with a stop.\n\n"
        "\u2018Sharp fall\u2019\n\n"
        "Second paragraph says \u201Cquoted words.\u201D\n\n"
        "Textile exporters seek relief on energy tariffs before the budget\n\n"
        "Third paragraph asks a question?\n"));
    ASSERT_EQ(s.article.blocks.size(), 4);
    EXPECT_EQ(s.article.blocks[1].kind, ArticleBlock::Kind::Subheading);
    EXPECT_EQ(s.article.blocks[2].kind, ArticleBlock::Kind::Paragraph);
    EXPECT_EQ(s.article.related, QStringList{QStringLiteral("Textile exporters seek relief on energy tariffs before the budget")});
}

TEST(TextSnapshot, CommentsSectionToleratesMissingRecommendationLine)
{
    const Snapshot s = parseText(QStringLiteral(
        "KARACHI: Body.\n\nComments\n\n200 characters\n"
        "A B C Jan 30, 2025 10:34pm\nFirst.\n"
        "Zed Jan 31, 2025 09:00am\nSecond.\nthumb_up Recommended (12) reply Reply\n"));
    ASSERT_EQ(s.comments.size(), 2);
    EXPECT_EQ(s.comments[0].author, QStringLiteral("A B C"));
    EXPECT_EQ(s.comments[0].text, QStringLiteral("First."));
    EXPECT_EQ(s.comments[0].recommended, 0);
    EXPECT_EQ(s.comments[1].recommended, 12);
}

TEST(TextSnapshot, RepeatedTickerItemsAreKeptOnce)
{
    const Snapshot s = parseText(QStringLiteral(
        "OGDC 224.96 Increased By ▲ 11.93 (5.6%)\nPPL 193.09 Increased By ▲ 9.52 (5.19%)\n"
        "OGDC 224.96 Increased By ▲ 11.93 (5.6%)\n"));
    EXPECT_EQ(s.quotes.size(), 2);
}

TEST(TextSnapshot, SharedRealSnapshotWhenAvailable)
{
    const QString path = QStringLiteral(MARKETDESK_SHARED_SNAPSHOTS_DIR "/brecorder-syria-2024-12-06.txt");
    if (!QFileInfo::exists(path))
        GTEST_SKIP() << "../shared/snapshots is not present";
    const SnapshotLoadResult r = loadSnapshotFile(path);
    ASSERT_TRUE(r.ok());
    const Snapshot &s = *r.snapshot;
    EXPECT_EQ(s.quotes.size(), 30);
    EXPECT_EQ(s.indices.size(), 4);
    EXPECT_EQ(s.quotes[0], (Quote{QStringLiteral("AIRLINK"), 189.64, -7.01, -3.56}));
    EXPECT_EQ(s.article.dateline, QStringLiteral("BEIRUT"));
    EXPECT_EQ(s.article.related.size(), 3);
    EXPECT_EQ(s.article.related[0], QStringLiteral("Syrian rebels capture key city of Hama in fresh blow to Assad"));
    int subheadings = 0;
    for (const ArticleBlock &b : s.article.blocks)
        subheadings += b.kind == ArticleBlock::Kind::Subheading;
    EXPECT_EQ(subheadings, 2);
    ASSERT_EQ(s.comments.size(), 2);
    EXPECT_EQ(s.comments[0].author, QStringLiteral("Az_Iz"));
    EXPECT_EQ(s.comments[0].postedAt.toIsoString(), QStringLiteral("2024-12-06T17:53:00"));
    EXPECT_TRUE(parseWarnings(s).isEmpty()) << s.warnings.join(QLatin1Char('\n')).toStdString();
}

TEST(TextSnapshot, CommentHeaderVariants)
{
    const Snapshot s = parseText(QStringLiteral(
        "KARACHI: Body.\n\nComments\n\n"
        "Ali Khan 29 Jan, 2025 10:34 PM\nDay-first header with a spaced meridiem.\n"
        "Sara Dec. 6, 2024 12:01am\nAbbreviated month with a dot, just after midnight.\n"
        "Not a header 99:99pm\n"));
    ASSERT_EQ(s.comments.size(), 2);
    EXPECT_EQ(s.comments[0].author, QStringLiteral("Ali Khan"));
    EXPECT_EQ(s.comments[0].postedAt.toIsoString(), QStringLiteral("2025-01-29T22:34:00"));
    EXPECT_EQ(s.comments[1].author, QStringLiteral("Sara"));
    EXPECT_EQ(s.comments[1].postedAt.toIsoString(), QStringLiteral("2024-12-06T00:01:00"));
    EXPECT_EQ(s.comments[1].text,
              QStringLiteral("Abbreviated month with a dot, just after midnight.\nNot a header 99:99pm"));
}

// Issue 20, item 3: Mettis Global's sidebar copied one cell a line gives the indices; commodities are skipped
// with one warning, and none of it is article text.
TEST(TextSnapshot, VerticalSidebarTableGivesIndicesAndSkipsOtherInstruments)
{
    const Snapshot s = parseText(QString::fromUtf8(md::test::readData(QStringLiteral("mettis-2025-03-03-sidebar.txt"))));
    ASSERT_EQ(s.indices.size(), 3);
    EXPECT_EQ(s.indices[0], (IndexValue{QStringLiteral("KSE100"), 113864.20, 412.05, 0.36}));
    EXPECT_EQ(s.indices[1], (IndexValue{QStringLiteral("KSE30"), 34912.75, 142.33, 0.41}));
    EXPECT_EQ(s.indices[2], (IndexValue{QStringLiteral("KMI30"), 171204.10, -205.61, -0.12}));
    EXPECT_TRUE(s.quotes.isEmpty()) << "commodities are not PSX quotes";
    EXPECT_EQ(s.article.headline, QStringLiteral("Exploration stocks lift KSE-100 by 412 points"));
    for (const ArticleBlock &b : s.article.blocks) {
        EXPECT_FALSE(b.text.contains(QStringLiteral("Price/Vol"))) << b.text.toStdString();
        EXPECT_FALSE(b.text.contains(QStringLiteral("BRENT"))) << b.text.toStdString();
        EXPECT_FALSE(b.text.contains(QStringLiteral("398.12M"))) << b.text.toStdString();
    }
    const QString warnings = s.warnings.join(QLatin1Char('\n'));
    EXPECT_TRUE(warnings.contains(QStringLiteral("Skipped 2 rows of other instruments"))) << warnings.toStdString();
    EXPECT_EQ(s.warnings.filter(QStringLiteral("other instruments")).size(), 1) << warnings.toStdString();
    EXPECT_FALSE(warnings.contains(QStringLiteral("stops inside"))) << warnings.toStdString();
}

TEST(TextSnapshot, VerticalTableCutMidRowKeepsTheWholeRowsAndSaysSo)
{
    const Snapshot s = parseText(QString::fromUtf8(md::test::readData(QStringLiteral("mettis-sidebar-cut-mid-row.txt"))));
    ASSERT_EQ(s.indices.size(), 1);
    EXPECT_EQ(s.indices[0], (IndexValue{QStringLiteral("KSE100"), 113864.20, 412.05, 0.36}));
    ASSERT_EQ(s.warnings.size(), 1);
    EXPECT_TRUE(s.warnings[0].contains(QStringLiteral("stops inside the row \"KSE30\""))) << s.warnings[0].toStdString();
}

// A sector index printed in mixed case ("BKTi", "OGTi", as real Mettis Global sidebars print them) is an index
// like the others, not a row of another instrument.
TEST(TextSnapshot, VerticalSidebarReadsMixedCaseSectorIndices)
{
    const Snapshot s = parseText(QStringLiteral(
        "Cement makers lead a quiet session\n\n"
        "March 4, 2025 (MLN): Cement makers led a quiet session on Tuesday as the index edged up.\n\n"
        "Name Price/Vol %Chg/NChg\n"
        "KSE100 114,020.10\n210.45M\n0.14%\n155.90\n"
        "BKTi 31,512.44\n40.12M\n-0.22%\n-69.80\n"
        "OGTi 28,001.90\n9.87M\n0.51%\n142.05\n"));
    ASSERT_EQ(s.indices.size(), 3);
    EXPECT_EQ(s.indices[1], (IndexValue{QStringLiteral("BKTi"), 31512.44, -69.80, -0.22}));
    EXPECT_EQ(s.indices[2], (IndexValue{QStringLiteral("OGTi"), 28001.90, 142.05, 0.51}));
    EXPECT_TRUE(s.quotes.isEmpty());
    EXPECT_TRUE(s.warnings.filter(QStringLiteral("other instruments")).isEmpty()) << s.warnings.join(u'\n').toStdString();
}

TEST(TextSnapshot, NameAndPlainColumnsAreNoVerticalTable)
{
    EXPECT_TRUE(verticalTableHeaderOf(u"Name Price Change").isEmpty());
    EXPECT_TRUE(verticalTableHeaderOf(u"Names and dates/times of the sessions").isEmpty());
    EXPECT_EQ(verticalTableHeaderOf(u"Name Price/Vol %Chg/NChg"),
              (QStringList{QStringLiteral("Price"), QStringLiteral("Vol"), QStringLiteral("%Chg"), QStringLiteral("NChg")}));
}

// A list a copy kept with its marks: two lines or more with the same bullet, or numbers counting up, make a List
// block of the items without their marks, numbered from the first number (Urdu's digits and full stop too). A
// short line under a question is a poll's answer only when it is no list's item. One marked line is a paragraph.
TEST(TextSnapshot, MarkedLinesMakeAListBlock)
{
    const Snapshot s = parseText(QStringLiteral(
        "KARACHI: The finance bill sets out changes for traders.\n\n"
        "What changes for shops?\n\n"
        "\u2022 Receipts from registered machines\n"
        "\u2022 A fixed tax by floor area\n\n"
        "The associations will ask for two things.\n\n"
        "3. A year's grace outside the big cities.\n"
        "4. One return in place of the monthly statements.\n\n"
        "- Only one marked line stays a paragraph.\n\n"
        "\u06F1\u06D4 \u0679\u06CC\u06A9\u0633\n"
        "\u06F2\u06D4 \u0688\u06CC\u0648\u0679\u06CC\n\n"
        "The vote is due later this month.\n"));
    const QVector<ArticleBlock> &b = s.article.blocks;
    ASSERT_EQ(b.size(), 8);
    EXPECT_EQ(b[1].kind, ArticleBlock::Kind::Paragraph);
    EXPECT_EQ(b[2], listBlock({QStringLiteral("Receipts from registered machines"), QStringLiteral("A fixed tax by floor area")}, false));
    EXPECT_EQ(b[4], listBlock({QStringLiteral("A year's grace outside the big cities."),
                               QStringLiteral("One return in place of the monthly statements.")},
                              true, 3));
    EXPECT_EQ(b[5], (ArticleBlock{ArticleBlock::Kind::Paragraph, QStringLiteral("- Only one marked line stays a paragraph."), {}, {}}));
    EXPECT_EQ(b[6], listBlock({QStringLiteral("\u0679\u06CC\u06A9\u0633"), QStringLiteral("\u0688\u06CC\u0648\u0679\u06CC")}, true, 1));
}
