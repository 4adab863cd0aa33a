// Text copies by era and site: headline, byline, dates, standfirst, tables and capture time read by rule.
#include "core/parse/articlerules.h"
#include "core/parse/textarticlehead.h"
#include "core/parse/textsnapshotparser.h"
#include "core/parse/texttable.h"
#include "fixtures.h"
#include "testdata.h"

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

QList<ArticleBlock::Kind> kindsOf(const Article &a)
{
    QList<ArticleBlock::Kind> kinds;
    for (const ArticleBlock &b : a.blocks)
        kinds.append(b.kind);
    return kinds;
}

// No warning says the copy was cut short.
void expectNotCutShort(const Snapshot &s)
{
    for (const QString &w : s.warnings)
        EXPECT_FALSE(w.contains(QStringLiteral("cut short"))) << w.toStdString();
}

// None of the page furniture may reach the body, the related stories or the standfirst.
void expectNowhereInArticle(const Article &a, const QStringList &snippets)
{
    for (const QString &snippet : snippets) {
        for (const ArticleBlock &b : a.blocks)
            EXPECT_FALSE(b.text.contains(snippet)) << "in the body: " << snippet.toStdString();
        for (const QString &r : a.related)
            EXPECT_FALSE(r.contains(snippet)) << "in related: " << snippet.toStdString();
        for (const QString &line : a.summary)
            EXPECT_FALSE(line.contains(snippet)) << "in the summary: " << snippet.toStdString();
    }
}

constexpr auto P = ArticleBlock::Kind::Paragraph;
constexpr auto S = ArticleBlock::Kind::Subheading;
constexpr auto T = ArticleBlock::Kind::Table;

} // namespace

TEST(TextArticle, MastheadLayoutGivesHeadlineStandfirstBylineAndCaptureTime)
{
    const Snapshot s = loadFixture(QStringLiteral("brecorder-2023-12-22-masthead.txt"));
    const Article &a = s.article;
    EXPECT_EQ(s.quotes.size(), 30);
    EXPECT_EQ(s.indices.size(), 4);
    EXPECT_EQ(a.headline, QStringLiteral("KSE-100 sheds over 1,100 points as profit-taking grips the floor"));
    EXPECT_EQ(a.author, QStringLiteral("BR Web Desk"));
    EXPECT_EQ(a.publishedAt.toIsoString(), QStringLiteral("2023-12-22"));
    // The masthead gives the day; the byline's update time on that day makes it precise.
    EXPECT_EQ(s.capturedAt.toIsoString(), QStringLiteral("2023-12-22T16:28:00"));
    EXPECT_EQ(a.summary, QStringList{QStringLiteral("Index touches intraday low of 62,301.25 before trimming losses")});
    EXPECT_TRUE(a.dateline.isEmpty());
    EXPECT_EQ(kindsOf(a), (QList<ArticleBlock::Kind>{P, P, P, S, P, P}));
    EXPECT_TRUE(a.blocks[0].text.startsWith(QStringLiteral("Sellers held the upper hand")));
    EXPECT_TRUE(a.related.isEmpty());
    EXPECT_TRUE(s.comments.isEmpty());
    expectNowhereInArticle(a, {QStringLiteral("Brecorder Logo"), QStringLiteral("PRINT EDITION"),
                               QStringLiteral("Markets"), QStringLiteral("BR Web Desk"), QStringLiteral("Published"),
                               QStringLiteral("Copyright"), QStringLiteral("Comments")});
    EXPECT_TRUE(s.warnings.isEmpty()) << s.warnings.join(QLatin1Char('\n')).toStdString();
}

TEST(TextArticle, WidgetEraHeadlineWithoutBlankLineAndRecorderReportByline)
{
    const Snapshot s = loadFixture(QStringLiteral("text-2021-widgets-recorder-report.txt"));
    const Article &a = s.article;
    EXPECT_EQ(s.quotes.size(), 3);
    EXPECT_EQ(s.indices.size(), 2);
    EXPECT_EQ(a.headline, QStringLiteral("Gold traders brace for duty change in coming budget"));
    EXPECT_EQ(a.author, QStringLiteral("Recorder Report"));
    EXPECT_EQ(a.publishedAt.toIsoString(), QStringLiteral("2021-05-24"));
    EXPECT_FALSE(a.publishedAt.hasTime());
    // The byline dates the story; nothing on the page dates its ticker (the article quotes no index level).
    EXPECT_FALSE(s.capturedAt.isValid());
    EXPECT_EQ(s.marketAsOfSource, MarketTimeSource::FileModified);
    EXPECT_EQ(a.dateline, QStringLiteral("KARACHI"));
    EXPECT_TRUE(a.summary.isEmpty());
    EXPECT_EQ(kindsOf(a), (QList<ArticleBlock::Kind>{P, P, P}));
    EXPECT_TRUE(a.related.isEmpty());
    expectNowhereInArticle(a, {QStringLiteral("Coronavirus"), QStringLiteral("VERY HIGH"), QStringLiteral("Pakistan Deaths"),
                               QStringLiteral("8724hr"), QStringLiteral("Recorder Report 24 May 2021"),
                               QStringLiteral("Copyright")});
    // The widget box is skipped by shape, and the user is told.
    const QStringList warnings = parseWarnings(s);
    ASSERT_EQ(warnings.size(), 1);
    EXPECT_TRUE(warnings[0].contains(QStringLiteral("box of 12 lines"))) << warnings[0].toStdString();
}

TEST(TextArticle, BareDateBylineBodyWithoutDatelineAndSingleNewlineParagraphs)
{
    const Snapshot s = loadFixture(QStringLiteral("text-2022-masthead-single-newlines.txt"));
    const Article &a = s.article;
    EXPECT_EQ(a.headline, QStringLiteral("Fuel importers ask for longer credit terms as rupee weakens"));
    EXPECT_EQ(a.author, QStringLiteral("BR Web Desk"));
    EXPECT_EQ(a.publishedAt.toIsoString(), QStringLiteral("2022-07-05"));
    // Saved the day after: the masthead's day, with no time on it.
    EXPECT_EQ(s.capturedAt.toIsoString(), QStringLiteral("2022-07-06"));
    EXPECT_FALSE(s.capturedAt.hasTime());
    EXPECT_TRUE(a.dateline.isEmpty());
    EXPECT_EQ(kindsOf(a), (QList<ArticleBlock::Kind>{P, P, P, P}));
    EXPECT_TRUE(a.blocks[0].text.startsWith(QStringLiteral("Oil marketing companies asked")));
    EXPECT_EQ(a.blocks[3].text, QStringLiteral("Fuel stocks in the country were enough for about three weeks, according to the letter."));
    EXPECT_TRUE(a.related.isEmpty());
    EXPECT_TRUE(s.comments.isEmpty());
    expectNowhereInArticle(a, {QStringLiteral("Logo"), QStringLiteral("PRINT EDITION"), QStringLiteral("BR Web Desk"),
                               QStringLiteral("Comments are closed."), QStringLiteral("Copyright")});
    EXPECT_TRUE(s.warnings.isEmpty()) << s.warnings.join(QLatin1Char('\n')).toStdString();
}

TEST(TextArticle, PublishedWithoutANameLeavesAuthorEmpty)
{
    const Snapshot s = loadFixture(QStringLiteral("text-2023-masthead-no-author.txt"));
    const Article &a = s.article;
    EXPECT_EQ(a.headline, QStringLiteral("Weekly price gauge edges down as vegetable costs fall"));
    EXPECT_TRUE(a.author.isEmpty());
    EXPECT_EQ(a.publishedAt.toIsoString(), QStringLiteral("2023-10-09"));
    EXPECT_EQ(s.capturedAt.toIsoString(), QStringLiteral("2023-10-10"));
    EXPECT_EQ(a.dateline, QStringLiteral("ISLAMABAD"));
    EXPECT_EQ(kindsOf(a), (QList<ArticleBlock::Kind>{P, P}));
    EXPECT_TRUE(a.related.isEmpty());
    expectNowhereInArticle(a, {QStringLiteral("Published"), QStringLiteral("Pakistan"), QStringLiteral("Comments")});
    EXPECT_TRUE(s.warnings.isEmpty()) << s.warnings.join(QLatin1Char('\n')).toStdString();
}

TEST(TextArticle, TruncatedCopyKeepsItsFragmentAsAParagraphWithAWarning)
{
    const Snapshot s = loadFixture(QStringLiteral("text-2024-agency-truncated.txt"));
    const Article &a = s.article;
    EXPECT_EQ(a.headline, QStringLiteral("Tea auction prices climb as dry spell cuts Kenyan harvest"));
    EXPECT_EQ(a.author, QStringLiteral("AFP"));
    EXPECT_EQ(a.publishedAt.toIsoString(), QStringLiteral("2024-05-15T10:37:00"));
    // The published time is the day before the masthead's: the masthead's day stands alone.
    EXPECT_EQ(s.capturedAt.toIsoString(), QStringLiteral("2024-05-16"));
    EXPECT_EQ(kindsOf(a), (QList<ArticleBlock::Kind>{P, P, P}));
    EXPECT_TRUE(a.blocks[2].text.endsWith(QStringLiteral("and that repl")));
    EXPECT_TRUE(a.related.isEmpty());
    ASSERT_EQ(s.warnings.size(), 1);
    EXPECT_TRUE(s.warnings[0].contains(QStringLiteral("cut short")));
}

TEST(TextArticle, OldStoryReservedUnderTodaysTickerHasNoHeadOrDates)
{
    const Snapshot s = loadFixture(QStringLiteral("text-2016-reserved.txt"));
    const Article &a = s.article;
    EXPECT_TRUE(a.headline.isEmpty());
    EXPECT_TRUE(a.author.isEmpty());
    EXPECT_FALSE(a.publishedAt.isValid());
    EXPECT_FALSE(s.capturedAt.isValid()) << "the copyright year is not a date";
    EXPECT_EQ(kindsOf(a), (QList<ArticleBlock::Kind>{P, P, P}));
    EXPECT_TRUE(a.blocks[0].text.startsWith(QStringLiteral("Sugar prices were steady")));
    EXPECT_TRUE(a.related.isEmpty());
    expectNowhereInArticle(a, {QStringLiteral("Copyright"), QStringLiteral("Comments")});
    EXPECT_TRUE(parseWarnings(s).isEmpty()) << s.warnings.join(QLatin1Char('\n')).toStdString();
    // The strip is the day of the save: only the file's time is left to date it, and the user is told.
    EXPECT_EQ(s.marketAsOfSource, MarketTimeSource::FileModified);
    EXPECT_EQ(s.warnings.size(), 1);
}

TEST(TextArticle, ProPakistaniBylineSiteLineAndDataTable)
{
    const Snapshot s = loadFixture(QStringLiteral("propakistani-2023-12-01-top-volumes.txt"));
    const Article &a = s.article;
    EXPECT_TRUE(s.quotes.isEmpty()) << "table rows are not ticker rows";
    EXPECT_EQ(a.headline, QStringLiteral("Cement stocks lead PSX recovery as index gains 410 points"));
    EXPECT_EQ(a.author, QStringLiteral("Hamid Siddiqui"));
    EXPECT_EQ(a.publishedAt.toIsoString(), QStringLiteral("2023-12-01T15:18:00"));
    // No "today" stamp; no ticker to contradict the article, whose date is the page's market time.
    EXPECT_FALSE(s.capturedAt.isValid());
    EXPECT_EQ(s.marketAsOf.toIsoString(), QStringLiteral("2023-12-01T15:18:00"));
    EXPECT_EQ(s.marketAsOfSource, MarketTimeSource::Article);
    EXPECT_EQ(kindsOf(a), (QList<ArticleBlock::Kind>{P, P, T, P}));
    const ArticleBlock &table = a.blocks[2];
    EXPECT_EQ(table.text, QStringLiteral("Top Volumes"));
    EXPECT_EQ(table.header, (QStringList{QStringLiteral("SCRIP"), QStringLiteral("PRICE"), QStringLiteral("HIGH"),
                                         QStringLiteral("LOW"), QStringLiteral("CHANGE"), QStringLiteral("VOLUME")}));
    ASSERT_EQ(table.rows.size(), 3);
    EXPECT_EQ(table.rows[0], (QStringList{QStringLiteral("MLCF"), QStringLiteral("42.14"), QStringLiteral("42.17"),
                                          QStringLiteral("39.20"), QStringLiteral("2.59"), QStringLiteral("28,711,196")}));
    EXPECT_EQ(table.rows[2][0], QStringLiteral("Lucky Cement"));
    EXPECT_EQ(a.blocks[3].text, QStringLiteral("Prices are in rupees; volumes are shares traded on the ready market."));
    EXPECT_TRUE(a.related.isEmpty());
    expectNowhereInArticle(a, {QStringLiteral("ProPakistani"), QStringLiteral("Hamid Siddiqui"), QStringLiteral("3:18 pm")});
    EXPECT_TRUE(s.warnings.isEmpty()) << s.warnings.join(QLatin1Char('\n')).toStdString();
}

TEST(TextArticle, BylinePrintedAboveTheHeadline)
{
    const Snapshot s = parseText(QStringLiteral(
        "News Desk \u00B7 Mar 04, 2024 11:20am\n\n"
        "Wheat flour price raised by Rs 5 a kilogram in Punjab\n\n"
        "Flour mills in the province raised their rates on Monday, citing costlier grain in the open market.\n\n"
        "The new rate applies from Tuesday.\n"));
    EXPECT_EQ(s.article.headline, QStringLiteral("Wheat flour price raised by Rs 5 a kilogram in Punjab"));
    EXPECT_EQ(s.article.author, QStringLiteral("News Desk"));
    EXPECT_EQ(s.article.publishedAt.toIsoString(), QStringLiteral("2024-03-04T11:20:00"));
    EXPECT_EQ(s.article.blocks.size(), 2);
    EXPECT_TRUE(s.warnings.isEmpty()) << s.warnings.join(QLatin1Char('\n')).toStdString();
}

TEST(TextArticle, BylineSpreadOverLinesAboveTheHeadline)
{
    // Name, date and a button label on lines of their own above a repeated headline.
    const Snapshot s = parseText(QStringLiteral(
        "Rice growers seek support price as yields fall\n"
        "Updated 04 April 2024\n"
        "FARAH DURRANI\n"
        "April 04, 2024 19:05\n"
        "Share\n"
        "Rice growers seek support price as yields fall\n"
        "SUKKUR: Growers in upper Sindh asked the province for a support price after a second poor harvest.\n"
        "Officials said a decision would follow next week.\n"));
    EXPECT_EQ(s.article.headline, QStringLiteral("Rice growers seek support price as yields fall"));
    EXPECT_EQ(s.article.author, QStringLiteral("FARAH DURRANI"));
    EXPECT_EQ(s.article.publishedAt.toIsoString(), QStringLiteral("2024-04-04T19:05:00"));
    EXPECT_EQ(s.article.blocks.size(), 2);
}

TEST(TextArticle, TwoAuthorsAndARelativeUpdateBesideTheDate)
{
    const Snapshot s = parseText(QStringLiteral(
        "Menu\nMarkets\n"
        "Lenders extend tea importers' credit lines\n"
        "By Imran Sheikh and Lubna Karim\n"
        "April 11, 2024 9:40 AM GMT+5 Updated 3 hours ago\n\n"
        "LAHORE, April 11 - Banks agreed to extend credit lines to tea importers for another quarter, bankers said.\n\n"
        "The move follows a fall in arrivals.\n"));
    EXPECT_EQ(s.article.headline, QStringLiteral("Lenders extend tea importers' credit lines"));
    EXPECT_EQ(s.article.author, QStringLiteral("Imran Sheikh and Lubna Karim"));
    EXPECT_EQ(s.article.publishedAt.toIsoString(), QStringLiteral("2024-04-11T09:40:00+05:00"));
    for (const QString &w : s.warnings)
        EXPECT_FALSE(w.contains(QLatin1String("hours ago"))) << w.toStdString();
}

TEST(TextArticle, PrintFootnoteIsNotArticleText)
{
    EXPECT_TRUE(isArticleFooter(QStringLiteral("Published in Daily Ledger, Lahore, November 3rd, 2024")));
    EXPECT_TRUE(isArticleFooter(QStringLiteral("Published in Daily Ledger, November 3, 2024")));
    EXPECT_FALSE(isArticleFooter(QStringLiteral("Published in March, the report found losses widening, officials said.")));
}

TEST(TextArticle, SentenceBetweenHeadlineAndBylineIsTheStandfirst)
{
    const Snapshot s = parseText(QStringLiteral(
        "Lenders agree to roll over $2bn of deposits\n\n"
        "Finance ministry says the deal eases pressure on reserves until June.\n\n"
        "By Omar Farooq | Published Mar 9, 2023 | 2:40 pm\n\n"
        "Two friendly countries agreed on Thursday to keep their deposits with the central bank for another year.\n\n"
        "The deposits make up a large share of the country's reserves.\n"));
    const Article &a = s.article;
    EXPECT_EQ(a.headline, QStringLiteral("Lenders agree to roll over $2bn of deposits"));
    EXPECT_EQ(a.summary, QStringList{QStringLiteral("Finance ministry says the deal eases pressure on reserves until June.")});
    EXPECT_EQ(a.author, QStringLiteral("Omar Farooq"));
    EXPECT_EQ(a.publishedAt.toIsoString(), QStringLiteral("2023-03-09T14:40:00"));
    ASSERT_EQ(a.blocks.size(), 2);
    EXPECT_TRUE(a.blocks[0].text.startsWith(QStringLiteral("Two friendly countries")));
    EXPECT_TRUE(s.warnings.isEmpty()) << s.warnings.join(QLatin1Char('\n')).toStdString();
}

TEST(TextArticle, HeadlineEndingInADateIsNotABylineAndNeedsItsOwn)
{
    const Snapshot s = parseText(QStringLiteral(
        "Gold hits record high on 5 Dec 2023\n\n"
        "Reuters 05 Dec, 2023\n\n"
        "Spot gold rose to a record on Tuesday as the dollar weakened.\n"));
    EXPECT_EQ(s.article.headline, QStringLiteral("Gold hits record high on 5 Dec 2023"));
    EXPECT_EQ(s.article.author, QStringLiteral("Reuters"));
    EXPECT_EQ(s.article.publishedAt.toIsoString(), QStringLiteral("2023-12-05"));
}

TEST(TextArticle, HeadlineWithoutBylineOrDatelineIsTakenWithAWarning)
{
    const Snapshot s = parseText(QStringLiteral(
        "KSE100 62,451 Decreased By -1105.6 (-1.74%)\n"
        "Brecorder Logo\nDec 22, 2023 PRINT EDITION \u25BA BR MARKETS \u25BA\nMarkets\n\n"
        "Rupee closes flat in thin trade\n\n"
        "The rupee ended almost unchanged against the dollar on Friday as importers stayed away.\n"));
    EXPECT_EQ(s.article.headline, QStringLiteral("Rupee closes flat in thin trade"));
    EXPECT_TRUE(s.article.author.isEmpty());
    EXPECT_EQ(s.capturedAt.toIsoString(), QStringLiteral("2023-12-22"));
    EXPECT_EQ(s.article.blocks.size(), 1);
    ASSERT_EQ(s.warnings.size(), 1);
    EXPECT_TRUE(s.warnings[0].contains(QStringLiteral("as the headline")));
}

TEST(TextArticle, UnreadableBylineDateIsReportedNotGuessed)
{
    const Snapshot s = parseText(QStringLiteral(
        "Gas tariff notification delayed again\n\n"
        "BR Web Desk Published Decembr 32, 2023\n\n"
        "The regulator did not notify the new gas tariffs on Friday, officials said.\n"));
    EXPECT_EQ(s.article.headline, QStringLiteral("Gas tariff notification delayed again"));
    EXPECT_EQ(s.article.author, QStringLiteral("BR Web Desk"));
    EXPECT_FALSE(s.article.publishedAt.isValid());
    EXPECT_FALSE(s.capturedAt.isValid());
    ASSERT_EQ(s.warnings.size(), 1);
    EXPECT_TRUE(s.warnings[0].contains(QStringLiteral("Decembr 32, 2023"))) << s.warnings[0].toStdString();
}

TEST(TextArticle, CommentsClosedFooterEndsTheArticle)
{
    const Snapshot s = parseText(QStringLiteral(
        "KARACHI: Cotton prices held steady.\n\nCopyright Business Recorder, 2015\n\nComments\n\nComments are closed.\n"));
    ASSERT_EQ(s.article.blocks.size(), 1);
    EXPECT_TRUE(s.article.related.isEmpty());
    EXPECT_TRUE(s.comments.isEmpty());
    EXPECT_TRUE(s.warnings.isEmpty()) << s.warnings.join(QLatin1Char('\n')).toStdString();
}

TEST(TextArticle, OnlyAnUpdatedDateIsAlsoThePublishedDateAndALabelOverItIsNoAuthor)
{
    const Snapshot s = parseText(QStringLiteral(
        "Tyre imports fall 12% in four months\n\n"
        "Copy Link\n"
        "Updated 20 November 2023\n"
        "Share\n\n"
        "Tyre imports fall 12% in four months\n\n"
        "LAHORE: Imports of tyres fell 12% in July to October, trade data showed on Monday.\n"
        "Local makers said their sales had risen as a result.\n"));
    const Article &a = s.article;
    EXPECT_EQ(a.headline, QStringLiteral("Tyre imports fall 12% in four months"));
    EXPECT_TRUE(a.author.isEmpty()) << a.author.toStdString();
    EXPECT_EQ(a.publishedAt.toIsoString(), QStringLiteral("2023-11-20"));
    EXPECT_FALSE(s.capturedAt.isValid()) << "a byline dates the story, not the page";
}

TEST(TextArticle, FirstLineWhollyADateWithItsWeekdayIsTheMastheadDate)
{
    const Snapshot s = parseText(QStringLiteral(
        "Sunday, November 19, 2023\nThe Daily Ledger\nHome\nMarkets\n\nMarkets\n\n"
        "Omar Rauf\nNovember 18, 2023\n\n"
        "Tyre imports fall 12% in four months\n\n"
        "LAHORE: Imports of tyres fell 12% in July to October, trade data showed on Monday.\n"));
    EXPECT_EQ(s.article.headline, QStringLiteral("Tyre imports fall 12% in four months"));
    EXPECT_EQ(s.article.publishedAt.toIsoString(), QStringLiteral("2023-11-18"));
    EXPECT_EQ(s.capturedAt.toIsoString(), QStringLiteral("2023-11-19"));
}

TEST(TextArticle, PollQuestionWithAnswerButtonsIsNotText)
{
    const Snapshot s = parseText(QStringLiteral(
        "LAHORE: Imports of tyres fell 12% in July to October, trade data showed on Monday.\n\n"
        "Local makers said their sales had risen as a result.\n\n"
        "POLL\n\nShould duties on used tyres go up again?\nYes\nNo\nVote\n\n"
        "\u00A9 2023 The Daily Ledger.\n"));
    EXPECT_EQ(kindsOf(s.article), (QList<ArticleBlock::Kind>{P, P}));
    expectNowhereInArticle(s.article, {QStringLiteral("Should duties"), QStringLiteral("POLL"), QStringLiteral("Vote")});
}

TEST(TextArticle, StackedHeadlineOverStandfirstWithNoBlankLine)
{
    const Snapshot s = parseText(QStringLiteral(
        "Some Daily\nHome / Business\n\n"
        "Tyre imports fall 12% in four months\n"
        "Local makers gain share as duties on used tyres rise\n"
        "News Desk \u00B7 November 20, 2023\n\n"
        "LAHORE: Imports of tyres fell 12% in July to October, trade data showed on Monday.\n"
        "Local makers said their sales had risen as a result.\n\n"
        "COMMENTS\n"
        "Comments are moderated and appear once approved.\n"));
    const Article &a = s.article;
    EXPECT_EQ(a.headline, QStringLiteral("Tyre imports fall 12% in four months"));
    EXPECT_EQ(a.summary, QStringList{QStringLiteral("Local makers gain share as duties on used tyres rise")});
    EXPECT_EQ(a.author, QStringLiteral("News Desk"));
    EXPECT_EQ(a.publishedAt.toIsoString(), QStringLiteral("2023-11-20"));
    EXPECT_FALSE(s.capturedAt.isValid()) << "a byline dates the story, not the page";
    EXPECT_EQ(kindsOf(a), (QList<ArticleBlock::Kind>{P, P}));
    expectNowhereInArticle(a, {QStringLiteral("COMMENTS"), QStringLiteral("moderated"), QStringLiteral("Home /")});
}

TEST(TextArticle, CommentsHeadingWithACountEndsTheArticle)
{
    const Snapshot s = parseText(QStringLiteral(
        "KARACHI: Cotton prices held steady.\n\nComments (2)\nComments are moderated and appear once approved.\n"
        "Bilal Dec 04, 2023 10:12am\nPrices will fall further.\n"));
    ASSERT_EQ(s.article.blocks.size(), 1);
    EXPECT_TRUE(s.article.related.isEmpty());
    ASSERT_EQ(s.comments.size(), 1);
    EXPECT_EQ(s.comments[0].author, QStringLiteral("Bilal"));
}

TEST(TextArticle, SitesOwnCallAfterTheStoryIsLeftOutWithAWarning)
{
    const Snapshot s = parseText(QStringLiteral(
        "Cement Makers Raise Prices by Rs50 a Bag\n\n"
        "By Hamid Siddiqui | Published Dec 4, 2023 | 1:05 pm\n"
        "Industry | SomeSite\n\n"
        "Cement makers in the north raised prices by Rs50 a bag on Monday, dealers said.\n\n"
        "They cited higher coal costs.\n\n"
        "Follow SomeSite on your phone & scroll down to comment below.\n\n"
        "Get Alerts\n\nRelated Stories\nSteel bar prices climb again in Lahore market\n"));
    const Article &a = s.article;
    EXPECT_EQ(a.headline, QStringLiteral("Cement Makers Raise Prices by Rs50 a Bag"));
    EXPECT_EQ(kindsOf(a), (QList<ArticleBlock::Kind>{P, P}));
    EXPECT_EQ(a.related, QStringList{QStringLiteral("Steel bar prices climb again in Lahore market")});
    expectNowhereInArticle(a, {QStringLiteral("Follow SomeSite"), QStringLiteral("Get Alerts"), QStringLiteral("Related Stories")});
    // "Related Stories" heads the related list (no warning); the call and "Get Alerts" are each reported.
    EXPECT_EQ(s.warnings.size(), 2) << s.warnings.join(QLatin1Char('\n')).toStdString();
}

TEST(TextArticle, LastLineWithoutSentenceEndIsNotTruncatedWhenTheCopyEndsWithANewline)
{
    const Snapshot s = parseText(QStringLiteral(
        "KARACHI: The market closed higher on Monday.\n\nRelated\nRupee steady against the dollar in thin trade\n"));
    ASSERT_EQ(s.article.blocks.size(), 1);
    EXPECT_EQ(s.article.related, QStringList{QStringLiteral("Rupee steady against the dollar in thin trade")});
}

struct BylineCase
{
    const char *line;
    const char *author;
    const char *published;
    const char *updated;
};

class BylineShapes : public ::testing::TestWithParam<BylineCase>
{
};

TEST_P(BylineShapes, ReadsNameAndDates)
{
    const BylineCase &c = GetParam();
    const auto byline = parseBylineLine(QString::fromUtf8(c.line));
    ASSERT_TRUE(byline.has_value()) << c.line;
    EXPECT_EQ(byline->author, QString::fromUtf8(c.author));
    EXPECT_EQ(byline->published.toIsoString(), QString::fromUtf8(c.published));
    EXPECT_EQ(byline->updated.toIsoString(), QString::fromUtf8(c.updated));
    EXPECT_TRUE(byline->unreadableDate.isEmpty());
}

INSTANTIATE_TEST_SUITE_P(
    TextArticle, BylineShapes,
    ::testing::Values(
        BylineCase{"BR Web Desk Published December 22, 2023 Updated December 22, 2023 04:28pm", "BR Web Desk",
                   "2023-12-22", "2023-12-22T16:28:00"},
        BylineCase{"BR Web Desk Published 11 Aug, 2023 10:37am", "BR Web Desk", "2023-08-11T10:37:00", ""},
        BylineCase{"BR Web Desk 05 Jul, 2022", "BR Web Desk", "2022-07-05", ""},
        BylineCase{"Reuters Published 03 Feb, 2023 11:52am", "Reuters", "2023-02-03T11:52:00", ""},
        BylineCase{"Recorder Report Published 19 Mar, 2024 06:12am", "Recorder Report", "2024-03-19T06:12:00", ""},
        BylineCase{"APP Published May 14, 2024 Updated May 14, 2024 09:02pm", "APP", "2024-05-14",
                   "2024-05-14T21:02:00"},
        BylineCase{"Published 09 Oct, 2023", "", "2023-10-09", ""},
        BylineCase{"Recorder Report 26 May 2021", "Recorder Report", "2021-05-26", ""},
        BylineCase{"APP 10 Nov 2020", "APP", "2020-11-10", ""},
        BylineCase{"Kamran Ali Shah 14 Oct 2021", "Kamran Ali Shah", "2021-10-14", ""},
        BylineCase{"Sana Qureshi Published June 10, 2024 Updated June 10, 2024 11:05am", "Sana Qureshi", "2024-06-10",
                   "2024-06-10T11:05:00"},
        BylineCase{"By Nadia Hussain Published 28 Oct, 2024 07:15am", "Nadia Hussain", "2024-10-28T07:15:00", ""},
        BylineCase{"By Hamid Siddiqui | Published Dec 1, 2023 | 3:18 pm", "Hamid Siddiqui", "2023-12-01T15:18:00", ""},
        BylineCase{"Web Desk \u00B7 December 1, 2023", "Web Desk", "2023-12-01", ""},
        BylineCase{"By Staff Reporter", "Staff Reporter", "", ""},
        BylineCase{"December 10, 2024", "", "2024-12-10", ""},
        BylineCase{"By Imran Sheikh and Lubna Karim", "Imran Sheikh and Lubna Karim", "", ""},
        BylineCase{"May 2, 2024 8:05 PM GMT+5 Updated 5 mins ago", "", "2024-05-02T20:05:00+05:00", ""}));

TEST(TextArticle, LinesThatAreNotBylines)
{
    for (const char *line : {"Stocks end flat as investors await budget cues", "Markets", "Business & Finance",
                             "PSX | ProPakistani", "Pakistan Deaths", "20,400", "9224hr", "HIGH Source: covid.gov.pk",
                             "Dec 22, 2023 PRINT EDITION \u25BA BR MARKETS \u25BA",
                             "By Friday morning, the rebels were five kilometres from the city.",
                             "Report published by the bank shows a rise in lending",
                             "Oil slips 2% on 26 May 2021 as stocks build", "Gold hits record high on 5 Dec 2023"}) {
        EXPECT_FALSE(parseBylineLine(QString::fromUtf8(line)).has_value()) << line;
    }
}

TEST(TextArticle, MastheadLogoDateAndWidgetShapes)
{
    EXPECT_EQ(mastheadDateOf(u"Dec 22, 2023 PRINT EDITION \u25BA BR MARKETS \u25BA Dollar to PKR \u25BA").toIsoString(),
              QStringLiteral("2023-12-22"));
    EXPECT_EQ(mastheadDateOf(u"Oct 15, 2021 PRINT EDITION").toIsoString(), QStringLiteral("2021-10-15"));
    EXPECT_FALSE(mastheadDateOf(u"Dec 22, 2023 was a quiet day for the market").isValid());
    EXPECT_FALSE(mastheadDateOf(u"BR Web Desk 05 Jul, 2022").isValid());
    EXPECT_TRUE(isMastheadLogo(u"Brecorder Logo"));
    EXPECT_TRUE(isMastheadLogo(u"Business Recorder Logo"));
    EXPECT_FALSE(isMastheadLogo(u"Logo"));
    EXPECT_FALSE(isMastheadLogo(u"Firm unveils new logo for its rebranded cement business"));
    EXPECT_TRUE(isSiteLine(u"PSX | ProPakistani"));
    EXPECT_FALSE(isSiteLine(u"Rates | Published Dec 1, 2023"));
    EXPECT_TRUE(isStandfirstBullet(u"\u2022 Index touches a high"));
    EXPECT_TRUE(looksLikeWidgetLine(u"VERY HIGH"));
    EXPECT_TRUE(looksLikeWidgetLine(u"20,400"));
    EXPECT_FALSE(looksLikeWidgetLine(u"The market closed higher."));
}

TEST(TextArticle, TableHeaderAndRowShapes)
{
    EXPECT_EQ(tableHeaderOf(u"SCRIP PRICE HIGH LOW CHANGE VOLUME").size(), 6);
    EXPECT_TRUE(tableHeaderOf(u"Top Volumes").isEmpty());
    EXPECT_TRUE(tableHeaderOf(u"KSE-100 UP 410 POINTS").isEmpty());
    EXPECT_TRUE(tableHeaderOf(u"The PSX Closed Higher").isEmpty());
    EXPECT_EQ(tableRowOf(u"MLCF 42.14 42.17 39.2 2.59 28,711,196", 6).size(), 6);
    EXPECT_EQ(tableRowOf(u"Lucky Cement 701.50 705.00 690.10 -9.80 1,204,300", 6).first(), QStringLiteral("Lucky Cement"));
    EXPECT_TRUE(tableRowOf(u"MLCF 42.14 42.17", 6).isEmpty());
    EXPECT_TRUE(tableRowOf(u"The index rose 410 points to 62,820 on 1.2 bn shares", 6).isEmpty());
}

// Issue 20, item 1: lines a page prints around a story are known by their kind, never taken for its headline.
TEST(PageFurniture, KindsOfLineAroundAStory)
{
    EXPECT_EQ(furnitureKindOf(u"Photo: AFP"), FurnitureKind::Credit);
    EXPECT_EQ(furnitureKindOf(u"Photo: File"), FurnitureKind::Credit);
    EXPECT_EQ(furnitureKindOf(u"Source: Pakistan Stock Exchange"), FurnitureKind::Credit);
    EXPECT_EQ(furnitureKindOf(u"Image credit | Reuters"), FurnitureKind::Credit);
    EXPECT_EQ(furnitureKindOf(u"File photo"), FurnitureKind::Credit);
    EXPECT_EQ(furnitureKindOf(u"News Image"), FurnitureKind::Credit);
    EXPECT_EQ(furnitureKindOf(u"Follow us"), FurnitureKind::Prompt);
    EXPECT_EQ(furnitureKindOf(u"Follow us on Twitter"), FurnitureKind::Prompt);
    EXPECT_EQ(furnitureKindOf(u"Share on whatsapp"), FurnitureKind::Prompt);
    EXPECT_EQ(furnitureKindOf(u"Print Story"), FurnitureKind::Prompt);
    EXPECT_EQ(furnitureKindOf(u"0:00"), FurnitureKind::MediaTime);
    EXPECT_EQ(furnitureKindOf(u"1:24 / 3:05"), FurnitureKind::MediaTime);
    EXPECT_EQ(furnitureKindOf(u"RECORDER REPORT"), FurnitureKind::BylineLabel);
    EXPECT_EQ(furnitureKindOf(u"OUR CORRESPONDENT"), FurnitureKind::BylineLabel);
    EXPECT_EQ(authorOfBylineLabel(u"RECORDER REPORT"), QStringLiteral("Recorder Report"));
    EXPECT_EQ(authorOfBylineLabel(u"APP"), QStringLiteral("APP"));
    // Short label words are words, not initials.
    EXPECT_EQ(authorOfBylineLabel(u"WEB DESK"), QStringLiteral("Web Desk"));
    EXPECT_EQ(authorOfBylineLabel(u"OUR CORRESPONDENT"), QStringLiteral("Our Correspondent"));
    // Headlines that begin like furniture are headlines.
    EXPECT_EQ(furnitureKindOf(u"Share prices rise on budget hopes"), FurnitureKind::None);
    EXPECT_EQ(furnitureKindOf(u"Photo finish for cement makers in a tight session"), FurnitureKind::None);
    EXPECT_EQ(furnitureKindOf(u"Sources say the policy rate may fall"), FurnitureKind::None);
    EXPECT_EQ(furnitureKindOf(u"KSE-100 REBOUNDS ON OIL SHARES"), FurnitureKind::None);
    EXPECT_EQ(furnitureKindOf(u"Follow the money: who buys T-bills now"), FurnitureKind::None);
}

TEST(TextArticle, CreditsAndButtonsBetweenHeadlineAndBylineAreNotTheHeadline)
{
    const Snapshot s = parseText(QStringLiteral(
        "KSE100 111,487 Decreased By -543 (-0.48%)\n\n"
        "Cement despatches climb on northern demand\n\n"
        "Photo: AFP\nPhoto: AFP\n\nFollow us\n\n"
        "BR Web Desk Published December 2, 2024\n\n"
        "Cement makers sold more in November than a year earlier, their association said on Monday.\n\n"
        "Exports fell for a second month.\n"));
    EXPECT_EQ(s.article.headline, QStringLiteral("Cement despatches climb on northern demand"));
    EXPECT_EQ(s.article.author, QStringLiteral("BR Web Desk"));
    EXPECT_EQ(s.article.publishedAt.toIsoString(), QStringLiteral("2024-12-02"));
    EXPECT_EQ(s.article.blocks.size(), 2);
    expectNowhereInArticle(s.article, {QStringLiteral("Photo: AFP"), QStringLiteral("Follow us")});
}

TEST(TextArticle, ChartSourceUnderTheHeadlineIsNotTheHeadline)
{
    const Snapshot s = parseText(QStringLiteral(
        "Foreign buying lifts banks for a third day\n"
        "Source: Pakistan Stock Exchange\n\n"
        "KARACHI: Foreign investors bought banking shares for a third session on Thursday.\n"));
    EXPECT_EQ(s.article.headline, QStringLiteral("Foreign buying lifts banks for a third day"));
    EXPECT_EQ(s.article.dateline, QStringLiteral("KARACHI"));
}

TEST(TextArticle, PrintEditionReporterLabelIsTheBylineNotTheHeadline)
{
    const Snapshot s = parseText(QStringLiteral(
        "Cotton prices steady as arrivals slow\n\n"
        "RECORDER REPORT\n\n"
        "KARACHI: Cotton prices held steady on the local market on Tuesday as arrivals from the growing areas slowed.\n\n"
        "Spinners bought in small lots.\n"));
    EXPECT_EQ(s.article.headline, QStringLiteral("Cotton prices steady as arrivals slow"));
    EXPECT_EQ(s.article.author, QStringLiteral("Recorder Report"));
    expectNowhereInArticle(s.article, {QStringLiteral("RECORDER REPORT")});
}

TEST(TextArticle, NewsImageByBarAndPlayerClockAroundAMettisStyleHead)
{
    const Snapshot s = parseText(QStringLiteral(
        "KSE-100 gains 412 points as E&P stocks rally\n\n"
        "News Image\n\n"
        "MG News | March 3, 2025 at 04:12 PM GMT+05:00\n"
        "0:00\n"
        "March 3, 2025 (MLN): The benchmark KSE-100 index gained 412 points on Monday as exploration stocks rallied.\n\n"
        "Volumes stayed thin.\n"));
    EXPECT_EQ(s.article.headline, QStringLiteral("KSE-100 gains 412 points as E&P stocks rally"));
    expectNowhereInArticle(s.article, {QStringLiteral("News Image"), QStringLiteral("0:00")});
}

TEST(TextArticle, PrintStoryLabelIsNoHeadlineAndASignOffIsTheAuthorNotBody)
{
    const Snapshot s = parseText(QStringLiteral(
        "Print Story\n\n"
        "The case for a lower policy rate rests on more than the last inflation print, and the central bank "
        "knows it.\n\n"
        "Real rates are now the highest in two decades.\n\n"
        "The writer is a former finance secretary.\n"));
    EXPECT_TRUE(s.article.headline.isEmpty()) << s.article.headline.toStdString();
    EXPECT_EQ(s.article.author, QStringLiteral("The writer is a former finance secretary"));
    ASSERT_EQ(s.article.blocks.size(), 2);
    expectNowhereInArticle(s.article, {QStringLiteral("The writer is"), QStringLiteral("Print Story")});
}

TEST(TextArticle, DashNameSignOffIsTheAuthorWhenThereIsNoByline)
{
    const Snapshot s = parseText(QStringLiteral(
        "Why the rupee held its ground\n\n"
        "KARACHI: The rupee ended the week where it began, and that was no accident.\n\n"
        "Exporters sold dollars early.\n\n"
        "\u2014 Farah Qureshi\n"));
    EXPECT_EQ(s.article.author, QStringLiteral("Farah Qureshi"));
    EXPECT_EQ(s.article.blocks.size(), 2);
    EXPECT_TRUE(s.warnings.isEmpty()) << s.warnings.join(QLatin1Char('\n')).toStdString();
}

// Issue 20, real copies: a picture's caption is copied twice (its alternative text, then the caption under it).
// Above the body it was taken for the headline; inside the body it was a paragraph twice over.
TEST(TextArticle, ACaptionPrintedTwiceIsNeitherTheHeadlineNorBody)
{
    const Snapshot s = parseText(QStringLiteral(
        "Bourse sheds 250 points as banks slip\n\n"
        "Published March 12, 2024\n"
        "Traders watch the rates board on Tuesday. \u2014 Photo courtesy exchange\n"
        "Traders watch the rates board on Tuesday. \u2014 Photo courtesy exchange\n\n"
        "The benchmark index fell 250 points on Tuesday as bank shares slipped.\n\n"
        "The day's curve. \u2014 Data portal\n"
        "The day's curve. \u2014 Data portal\n\n"
        "Volumes were thin throughout the session.\n"));
    EXPECT_EQ(s.article.headline, QStringLiteral("Bourse sheds 250 points as banks slip"));
    EXPECT_EQ(s.article.publishedAt.toIsoString(), QStringLiteral("2024-03-12"));
    ASSERT_EQ(s.article.blocks.size(), 2);
    expectNowhereInArticle(s.article, {QStringLiteral("Photo courtesy"), QStringLiteral("Data portal")});
}

// Geo's byline box copies as "By" on one line and the desk on the next.
TEST(TextArticle, ByOnItsOwnLineOverTheNameIsTheByline)
{
    const Snapshot s = parseText(QStringLiteral(
        "Rupee firms for a third day against the dollar\n\n"
        "By\n"
        "Markets Desk\n"
        "  \u2022 Interbank rate closes at 278.40.\n\n"
        "KARACHI: The rupee firmed for a third day on Wednesday as exporters sold dollars.\n"));
    EXPECT_EQ(s.article.headline, QStringLiteral("Rupee firms for a third day against the dollar"));
    EXPECT_EQ(s.article.author, QStringLiteral("Markets Desk"));
    EXPECT_EQ(s.article.summary, QStringList{QStringLiteral("Interbank rate closes at 278.40.")});
    expectNowhereInArticle(s.article, {QStringLiteral("Markets Desk")});
}

// A byline that names only the site credits no writer: a web address, the masthead's own name, or a house
// name the site prints over its own stories (Mettis Global's "MG News", core/parse/sitemarkup.h).
TEST(TextArticle, ABylineNamingOnlyTheSiteCreditsNoWriter)
{
    const Snapshot web = parseText(QStringLiteral(
        "Index gains 300 points in late buying\n\n"
        "Somepaper.com Published May 2, 2024 Updated May 2, 2024 04:10pm\n\n"
        "The benchmark index gained 300 points on Thursday in late buying.\n"));
    EXPECT_EQ(web.article.headline, QStringLiteral("Index gains 300 points in late buying"));
    EXPECT_TRUE(web.article.author.isEmpty()) << web.article.author.toStdString();
    EXPECT_EQ(web.article.publishedAt.toIsoString(), QStringLiteral("2024-05-02"));

    const Snapshot logo = parseText(QStringLiteral(
        "Ledger Times Logo\n\n"
        "Index gains 300 points in late buying\n\n"
        "Ledger Times Published May 2, 2024\n\n"
        "The benchmark index gained 300 points on Thursday in late buying.\n"));
    EXPECT_TRUE(logo.article.author.isEmpty()) << logo.article.author.toStdString();

    const Snapshot house = parseText(QStringLiteral(
        "Index gains 300 points in late buying\n\n"
        "News Image\n\n"
        "By MG News | May 2, 2024 at 04:10 PM GMT+05:00\n\n"
        "0:00\n\n"
        "May 2, 2024 (MLN): The benchmark index gained 300 points on Thursday in late buying.\n"));
    EXPECT_TRUE(house.article.author.isEmpty()) << house.article.author.toStdString();
    EXPECT_EQ(house.article.publishedAt.toIsoString(), QStringLiteral("2024-05-02T16:10:00+05:00"));

    // A desk or a person is still the author.
    const Snapshot desk = parseText(QStringLiteral(
        "Index gains 300 points in late buying\n\n"
        "Web Desk Published May 2, 2024\n\n"
        "The benchmark index gained 300 points on Thursday in late buying.\n"));
    EXPECT_EQ(desk.article.author, QStringLiteral("Web Desk"));
}

// Dunya News copies its head as the headline, the section's label and the standfirst, each on a line of its
// own and with no byline: the standfirst above the body is no headline.
TEST(TextArticle, HeadlineOverASectionLabelOverTheStandfirst)
{
    const Snapshot s = parseText(QStringLiteral(
        "Live Reporting\n\n"
        "Shares open the week 900 points higher\n\n"
        "Business\n\n"
        "Buyers return after the rate decision\n\n"
        "KARACHI (Web Desk) \u2013 Shares opened the week 900 points higher on Monday as buyers returned.\n\n"
        "More to follow.\n"));
    EXPECT_EQ(s.article.headline, QStringLiteral("Shares open the week 900 points higher"));
    EXPECT_EQ(s.article.summary, QStringList{QStringLiteral("Buyers return after the rate decision")});
    expectNowhereInArticle(s.article, {QStringLiteral("Live Reporting")});

    // A one-word label over the headline alone changes nothing.
    const Snapshot plain = parseText(QStringLiteral(
        "Business\n\n"
        "Shares open the week 900 points higher\n\n"
        "KARACHI: Shares opened the week 900 points higher on Monday as buyers returned.\n"));
    EXPECT_EQ(plain.article.headline, QStringLiteral("Shares open the week 900 points higher"));
    EXPECT_TRUE(plain.article.summary.isEmpty());
}

// Dunya News copies the title twice, then the section, then the title again as a sentence: none of the
// repeats is the body, and the headline is the title.
TEST(TextArticle, TheHeadlinePrintedAgainIsNeitherTheBodyNorASecondHeadline)
{
    const Snapshot s = parseText(QStringLiteral(
        "Rupee slips against the dollar in interbank\n\n"
        "Rupee slips against the dollar in interbank\n\n"
        "Business\n\n"
        "Rupee slips against the dollar in interbank.\n\n"
        "KARACHI (Dunya News) \u2013 The rupee slipped 15 paisa against the dollar on Monday as importers bought.\n\n"
        "Dealers expect the pressure to ease later in the week.\n"));
    EXPECT_EQ(s.article.headline, QStringLiteral("Rupee slips against the dollar in interbank"));
    ASSERT_EQ(s.article.blocks.size(), 2);
    EXPECT_TRUE(s.article.blocks[0].text.startsWith(QStringLiteral("KARACHI (Dunya News)")));
}

// A desk's label printed on the web in ordinary capitals on a line of its own ("Staff Reporter") is the
// byline as its capital-letter print form is; "By Staff Reporter" stays a byline of its own.
TEST(TextArticle, ADeskLabelOnItsOwnLineIsTheAuthor)
{
    const Snapshot s = parseText(QStringLiteral(
        "Staff Reporter\n\n"
        "Karachi\n\n"
        "The benchmark index gained 173 points on Thursday to close at 43,681 points.\n\n"
        "Banks led the volumes.\n"));
    EXPECT_TRUE(s.article.headline.isEmpty()) << s.article.headline.toStdString();
    EXPECT_EQ(s.article.author, QStringLiteral("Staff Reporter"));
    EXPECT_EQ(furnitureKindOf(u"Business Desk"), FurnitureKind::BylineLabel);
    EXPECT_EQ(furnitureKindOf(u"By Staff Reporter"), FurnitureKind::None);
    EXPECT_EQ(furnitureKindOf(u"Inflation report"), FurnitureKind::None);
    EXPECT_EQ(furnitureKindOf(u"Our Correspondent"), FurnitureKind::BylineLabel);
}

// A writer's social handle printed in brackets after the name ("Sana Qureshi (@sanaq_markets) Published …") is
// no part of the name: the line is still the byline, and the headline is the line above it.
TEST(TextArticle, ASocialHandleAfterTheBylineNameIsLeftOut)
{
    const Snapshot s = parseText(QStringLiteral(
        "Stocks Extend Rally, Index Adds 912 Points\n\n"
        "Sana Qureshi (@sanaq_markets) Published March 14, 2024 | 07:55 PM\n\n"
        "The benchmark index added 912 points on Thursday as cement and bank shares led the volumes.\n"));
    EXPECT_EQ(s.article.headline, QStringLiteral("Stocks Extend Rally, Index Adds 912 Points"));
    EXPECT_EQ(s.article.author, QStringLiteral("Sana Qureshi"));
    EXPECT_EQ(s.article.publishedAt.date(), QDate(2024, 3, 14));
    // A bracket that is not a handle keeps the line from being a byline.
    EXPECT_FALSE(parseBylineLine(u"Sana Qureshi (markets 2) Published March 14, 2024"));
}

// At the top of the copy, a headline and a standfirst each on its own line with a blank line between: the upper
// line is the headline (with the day's date over it, or nothing), the lower one the standfirst.
TEST(TextArticle, TheTitleAndItsStandfirstAtTheTopOfTheCopy)
{
    const Snapshot s = parseText(QStringLiteral(
        "Thursday, March 7, 2024\n"
        "Cement despatches climb 9% as exports recover in February\n\n"
        "Northern mills lead while southern plants ship more by sea\n\n"
        "By News Desk\n\n"
        "Cement despatches rose 9% year-on-year in February as exports recovered.\n"));
    EXPECT_EQ(s.article.headline, QStringLiteral("Cement despatches climb 9% as exports recover in February"));
    EXPECT_EQ(s.article.summary, QStringList{QStringLiteral("Northern mills lead while southern plants ship more by sea")});
    EXPECT_EQ(s.article.author, QStringLiteral("News Desk"));

    const Snapshot bare = parseText(QStringLiteral(
        "Index closes at 113,247 on oil and gas buying\n\n"
        "KSE-100 rises 609 points, boosted by exploration shares\n\n"
        "The benchmark index gained 609 points on Friday to close at 113,247.\n"));
    EXPECT_EQ(bare.article.headline, QStringLiteral("Index closes at 113,247 on oil and gas buying"));

    // A line of capitalised menu words over the headline is no headline, "&" and all.
    const Snapshot menu = parseText(QStringLiteral(
        "Business & Economy Pakistan Stock Exchange\n\n"
        "KSE-100 Holds Its Gains With Over 50% FYTD Return\n\n"
        "The index held above the 188,600 level on Tuesday as investors bought heavyweight shares.\n"));
    EXPECT_EQ(menu.article.headline, QStringLiteral("KSE-100 Holds Its Gains With Over 50% FYTD Return"));
    EXPECT_TRUE(menu.article.summary.isEmpty());
}

// With no byline date, a lead paragraph that opens with its date and the desk's credit dates the story.
TEST(TextArticle, ALeadOpeningWithItsDateAndCreditDatesTheStory)
{
    const Snapshot s = parseText(QStringLiteral(
        "Index Ends Flat Ahead of Rate Decision\n\n"
        "Share on facebook\n"
        "Share on twitter\n\n"
        "February 6, 2024 (MLN): The benchmark index closed Tuesday's session at 63,210.45, down 18.22 points.\n\n"
        "Investors stayed on the sidelines ahead of the policy rate decision.\n"));
    EXPECT_EQ(s.article.headline, QStringLiteral("Index Ends Flat Ahead of Rate Decision"));
    EXPECT_EQ(s.article.publishedAt.date(), QDate(2024, 2, 6));
    EXPECT_FALSE(s.article.publishedAt.hasTime());

    // A byline's date comes first.
    const Snapshot bylined = parseText(QStringLiteral(
        "Index Ends Flat Ahead of Rate Decision\n\n"
        "MG News | February 7, 2024 at 09:10 AM GMT+05:00\n\n"
        "February 6, 2024 (MLN): The benchmark index closed Tuesday's session at 63,210.45, down 18.22 points.\n"));
    EXPECT_EQ(bylined.article.publishedAt.date(), QDate(2024, 2, 7));
}

// A print story's footnote ("Published in Dawn, February 8th, 2023") dates a copy that prints no other date, and is
// never body.
TEST(TextArticle, APrintFootnoteDatesAnUndatedCopy)
{
    const Snapshot s = parseText(QStringLiteral(
        "KARACHI: Gold rates rose by Rs1,200 per tola to Rs214,700 on Tuesday, the jewellers said.\n"
        "Ten grams of gold went up by Rs1,029 to Rs184,070.\n"
        "Published in Dawn, February 8th, 2023\n"));
    EXPECT_EQ(s.article.publishedAt.date(), QDate(2023, 2, 8));
    expectNowhereInArticle(s.article, {QStringLiteral("Published in Dawn")});
    EXPECT_EQ(printFootnoteDateOf(u"Published in The News, Karachi, December 2, 2023").date(), QDate(2023, 12, 2));
    EXPECT_FALSE(printFootnoteDateOf(u"Published in the gazette last week").isValid());
}

// A headline led by its column's name in capitals ("THE RUPEE: steady in thin trade") is no dateline paragraph.
TEST(TextArticle, AKickerInCapitalsLeadsAHeadlineNotABody)
{
    const Snapshot s = parseText(QStringLiteral(
        "THE RUPEE: steady in thin trade\n\n"
        "The rupee held steady against the dollar on the money market on Tuesday, dealers said.\n\n"
        "OPEN MARKET RATES: The rupee gained five paisa for buying and selling, they said.\n"));
    EXPECT_EQ(s.article.headline, QStringLiteral("THE RUPEE: steady in thin trade"));
    ASSERT_EQ(s.article.blocks.size(), 2);
    EXPECT_TRUE(s.article.blocks[0].text.startsWith(QStringLiteral("The rupee held steady")));

    // A dateline paragraph is still the body.
    const Snapshot lead = parseText(QStringLiteral(
        "Rupee steady in thin trade\n\n"
        "KARACHI: The rupee held steady against the dollar on Tuesday.\n"));
    EXPECT_EQ(lead.article.headline, QStringLiteral("Rupee steady in thin trade"));
    EXPECT_EQ(lead.article.dateline, QStringLiteral("KARACHI"));
}

// A media player's fallback ("Your browser doesn't support HTML5") and an app's store badges and call to install
// it ("Get it on Google Play", "Stay tuned with … Android App") are no text, and no headline above the story.
TEST(TextArticle, PlayerFallbackAndAppBadgesAreNoText)
{
    const Snapshot s = parseText(QStringLiteral(
        "Rupee firms as importers hold back\n\n"
        "Stay tuned with Example News HD Android App\n"
        "Get it on Google Play\n\n"
        "KARACHI: The rupee gained 14 paisa against the dollar in the interbank market on Tuesday.\n"
        "Your browser doesn\u2019t support HTML5\n"
        "Dealers said importers held back their orders ahead of the policy meeting.\n"
        "Download on the App Store\n"));
    EXPECT_EQ(s.article.headline, QStringLiteral("Rupee firms as importers hold back"));
    EXPECT_EQ(s.article.blocks.size(), 2);
    expectNowhereInArticle(s.article, {QStringLiteral("Android App"), QStringLiteral("Google Play"), QStringLiteral("HTML5"),
                                       QStringLiteral("App Store")});
    // A sentence about an app is text.
    const Snapshot app = parseText(QStringLiteral(
        "Bank launches app\n\n"
        "KARACHI: The bank said its new Android app had been downloaded 40,000 times in a week.\n"));
    EXPECT_TRUE(test::articleText(app.article).contains(QStringLiteral("Android app")));
}

// A blog's reply form under the story ("Leave a Reply", then its fields' labels) ends the text: nothing after it
// is body or comments.
TEST(TextArticle, AReplyFormEndsTheText)
{
    const Snapshot s = parseText(QStringLiteral(
        "Fertiliser offtake rises in March\n\n"
        "LAHORE: Urea offtake rose 9 percent in March from a year earlier, industry data showed.\n\n"
        "Dealers expect demand to stay firm through the sowing season.\n\n"
        "Leave a Reply\n\n"
        "Your email address will not be published. Required fields are marked *\n\n"
        "Comment *\n\nName *\n\nEmail *")); // a copy cut after the form, without its final newline
    EXPECT_EQ(s.article.blocks.size(), 2);
    EXPECT_TRUE(s.comments.isEmpty());
    expectNowhereInArticle(s.article, {QStringLiteral("Leave a Reply"), QStringLiteral("Your email address"),
                                       QStringLiteral("Name *")});
    // The words as the first line of a copy are no form.
    const Snapshot first = parseText(QStringLiteral("Leave a Reply\n\nLAHORE: Urea offtake rose 9 percent in March.\n"));
    EXPECT_FALSE(first.article.blocks.isEmpty());
}

// An author box under the story ("Markets Desk" over "About Author") names the author; the box and the comment
// form after it are no body.
TEST(TextArticle, AnAuthorBoxUnderTheStoryNamesTheAuthor)
{
    const Snapshot s = parseText(QStringLiteral(
        "Index Holds Above 70,000 as Banks Firm\n\n"
        "Market Update\n\n"
        "The benchmark index held above 70,000 points on Monday as bank shares firmed.\n\n"
        "Analysts expect the range to hold until the inflation figure is out.\n\n"
        "Markets Desk\n\n"
        "About Author\n\n"
        "Leave a comment\n\n"
        "Your email address will not be published. Required fields are marked *\n"));
    EXPECT_EQ(s.article.author, QStringLiteral("Markets Desk"));
    EXPECT_EQ(s.article.blocks.size(), 2);
    expectNowhereInArticle(s.article, {QStringLiteral("About Author"), QStringLiteral("Your email address")});

    // A byline's name comes first; a sentence over the label is no name.
    const Snapshot bylined = parseText(QStringLiteral(
        "Index Holds Above 70,000\n\n"
        "By Sana Qureshi | Published Mar 4, 2024\n\n"
        "The benchmark index held above 70,000 points on Monday as bank shares firmed.\n\n"
        "Markets Desk\n\n"
        "About Author\n"));
    EXPECT_EQ(bylined.article.author, QStringLiteral("Sana Qureshi"));
    EXPECT_TRUE(isAuthorBoxLabel(u"About the Author:"));
    EXPECT_FALSE(isAuthorBoxLabel(u"About the market"));
}

// A copy of a story's head alone: the headline and its bullets ("* …" as well as "• …"), no body.
TEST(TextArticle, AHeadlineWithOnlyItsBullets)
{
    const Snapshot s = parseText(QStringLiteral(
        "Exchange crosses 80,000 for the first time\n\n"
        "* Finance minister says the record reflects investors' confidence\n"
        "* Volumes at a six-month high\n"));
    EXPECT_EQ(s.article.headline, QStringLiteral("Exchange crosses 80,000 for the first time"));
    EXPECT_EQ(s.article.summary, (QStringList{QStringLiteral("Finance minister says the record reflects investors' confidence"),
                                              QStringLiteral("Volumes at a six-month high")}));
    EXPECT_TRUE(s.article.blocks.isEmpty());
    EXPECT_TRUE(isStandfirstBullet(u"* Volumes at a six-month high"));
    EXPECT_FALSE(isStandfirstBullet(u"*Volumes"));
}

// With no byline date, a lead paragraph that opens with its place and date before a dash ("Lahore, March 4, 2024 –
// The …") dates the story; a place with no date, or a date with its time, does not.
TEST(TextArticle, ALeadOpeningWithItsPlaceAndDateDatesTheStory)
{
    const Snapshot s = parseText(QStringLiteral(
        "Lahore, March 4, 2024 \u2013 The open market quoted the US dollar at Rs279.10 for buying and Rs280.60 for selling "
        "as exchange companies reported thin demand.\n"
        "The Saudi riyal was unchanged at Rs74.20 for buying.\n"));
    EXPECT_EQ(s.article.publishedAt.date(), QDate(2024, 3, 4));
    EXPECT_FALSE(s.article.publishedAt.hasTime());
    EXPECT_TRUE(s.article.headline.isEmpty());

    const Snapshot colon = parseText(QStringLiteral(
        "Port Qasim, 12 January 2025: Two more vessels carrying coal for the cement mills berthed on Sunday, the port "
        "authority said in a statement.\n"));
    EXPECT_EQ(colon.article.publishedAt.date(), QDate(2025, 1, 12));

    for (const char16_t *lead : {u"Meanwhile, on Monday \u2013 the rupee held its ground against the dollar in thin "
                                 u"trade as importers stayed away from the market.",
                                 u"Lahore, Punjab \u2013 The open market quoted the US dollar at Rs279.10 for buying "
                                 u"and Rs280.60 for selling on Monday.",
                                 u"Lahore, March 4, 2024 10:30 am \u2013 The open market quoted the US dollar at "
                                 u"Rs279.10 for buying and Rs280.60 for selling."}) {
        const Snapshot none = parseText(QString::fromUtf16(lead) + u'\n');
        EXPECT_FALSE(none.article.publishedAt.isValid()) << QString::fromUtf16(lead).toStdString();
    }
}

// A short line wholly in small letters between the headline and the body is a picture's alternative text or a tag
// left in the copy: the headline is the line above it.
TEST(TextArticle, ALineInSmallLettersUnderTheHeadlineIsNoHeadline)
{
    const Snapshot s = parseText(QStringLiteral(
        "Markets\n\n"
        "Cement shares lift index by 640 points\n\n\n"
        "karachi stock market\n\n"
        "KARACHI: Cement shares lifted the benchmark index by 640 points on Wednesday as northern mills raised prices.\n"));
    EXPECT_EQ(s.article.headline, QStringLiteral("Cement shares lift index by 640 points"));
    expectNowhereInArticle(s.article, {QStringLiteral("karachi stock market")});
    // A line with a capital stays a headline candidate; so does a caseless script's line.
    const Snapshot upper = parseText(QStringLiteral(
        "Cement shares lift index by 640 points\n\n"
        "KARACHI: Cement shares lifted the benchmark index by 640 points on Wednesday as northern mills raised prices.\n"));
    EXPECT_EQ(upper.article.headline, QStringLiteral("Cement shares lift index by 640 points"));
}

// With no byline, a desk printed in the dateline's place ("NEWS DESK: The index …") is the author; a place is not.
TEST(TextArticle, ADeskInTheDatelinesPlaceIsTheAuthor)
{
    const Snapshot s = parseText(QStringLiteral(
        "Index sheds 410 points on profit-taking\n\n"
        "NEWS DESK: The benchmark index shed 410 points on Thursday as investors booked profits in oil shares.\n"));
    EXPECT_EQ(s.article.headline, QStringLiteral("Index sheds 410 points on profit-taking"));
    EXPECT_EQ(s.article.author, QStringLiteral("News Desk"));

    const Snapshot place = parseText(QStringLiteral(
        "Index sheds 410 points on profit-taking\n\n"
        "KARACHI: The benchmark index shed 410 points on Thursday as investors booked profits in oil shares.\n"));
    EXPECT_TRUE(place.article.author.isEmpty());

    // A byline's name comes first.
    const Snapshot bylined = parseText(QStringLiteral(
        "Index sheds 410 points on profit-taking\n\n"
        "By Hina Aslam\n\n"
        "NEWS DESK: The benchmark index shed 410 points on Thursday as investors booked profits in oil shares.\n"));
    EXPECT_EQ(bylined.article.author, QStringLiteral("Hina Aslam"));
}

// An exclaimed line of at most twelve words right over a dateline paragraph is the headline; an exclaimed sentence
// with no dateline under it stays the body's first paragraph.
TEST(TextArticle, AnExclaimedLineOverADatelineIsTheHeadline)
{
    const Snapshot s = parseText(QStringLiteral(
        "KSE-100: Buyers are back in town!\n\n"
        "KARACHI: Buyers returned to the exchange on Friday as the benchmark index gained 512 points on bank shares.\n\n"
        "Volumes rose to 380 million shares.\n"));
    EXPECT_EQ(s.article.headline, QStringLiteral("KSE-100: Buyers are back in town!"));
    EXPECT_EQ(s.article.dateline, QStringLiteral("KARACHI"));
    ASSERT_FALSE(s.article.blocks.isEmpty());
    EXPECT_TRUE(s.article.blocks[0].text.startsWith(QStringLiteral("KARACHI: Buyers returned")));

    const Snapshot plain = parseText(QStringLiteral(
        "What a week it has been for cement!\n\n"
        "Buyers returned to the exchange on Friday as the benchmark index gained 512 points on bank shares.\n"));
    EXPECT_TRUE(plain.article.headline.isEmpty());
    ASSERT_FALSE(plain.article.blocks.isEmpty());
    EXPECT_EQ(plain.article.blocks[0].text, QStringLiteral("What a week it has been for cement!"));
}

// Two paragraphs of a lead's length over a dated line ("Market Snapshot – September 9, 2025", a box inside the
// story) are the body: the dated line is no byline that would make them a standfirst.
TEST(TextArticle, TwoLeadParagraphsOverADatedLineAreNoStandfirst)
{
    const Snapshot s = parseText(QStringLiteral(
        "Business\n"
        "Index extends rally to a fourth day\n\n"
        "The benchmark index rose for a fourth straight session on Tuesday as investors bought bank and fertiliser "
        "shares after strong quarterly results.\n"
        "The index touched an intraday high of 156,200 before closing 476 points up at 155,980.\n"
        "Market Roundup \u2013 September 9, 2025\n"
        "Dealers said local funds led the buying while foreigners were net sellers for the day.\n"));
    EXPECT_EQ(s.article.headline, QStringLiteral("Index extends rally to a fourth day"));
    EXPECT_TRUE(s.article.author.isEmpty());
    EXPECT_FALSE(s.article.publishedAt.isValid());
    EXPECT_TRUE(s.article.summary.isEmpty());
    ASSERT_FALSE(s.article.blocks.isEmpty());
    EXPECT_TRUE(s.article.blocks[0].text.startsWith(QStringLiteral("The benchmark index rose")));
}

// A name, a dash and the date ("Farah Durrani – September 9, 2025"): the dash separates them and is no part of the
// name, whichever dash is printed.
TEST(TextArticle, TheDashBetweenAByliningNameAndItsDateIsNoPartOfTheName)
{
    for (const char16_t *line : {u"Farah Durrani \u2013 September 9, 2025", u"Farah Durrani \u2014 September 9, 2025",
                                 u"Farah Durrani - September 9, 2025", u"Farah Durrani, September 9, 2025"}) {
        const auto byline = parseBylineLine(line);
        ASSERT_TRUE(byline.has_value()) << QString::fromUtf16(line).toStdString();
        EXPECT_EQ(byline->author, QStringLiteral("Farah Durrani"));
        EXPECT_EQ(byline->published.date(), QDate(2025, 9, 9));
    }
    const Snapshot s = parseText(QStringLiteral(
        "Rupee gains against the dollar\n\n"
        "Farah Durrani \u2013 September 9, 2025\n\n"
        "The rupee gained 12 paisa against the dollar in the interbank market on Tuesday as exporters sold.\n"));
    EXPECT_EQ(s.article.author, QStringLiteral("Farah Durrani"));
}

// A headline copied from the page's title keeps the site's name after a bar: the name is left out of the headline.
TEST(TextArticle, ASitesNameAfterTheHeadlinesBarIsNoPartOfIt)
{
    const Snapshot s = parseText(QStringLiteral(
        "Business\n"
        "Index extends rally to a fourth day | The Daily Ledger\n\n"
        "The benchmark index rose for a fourth straight session on Tuesday as investors bought bank shares.\n"));
    EXPECT_EQ(s.article.headline, QStringLiteral("Index extends rally to a fourth day"));
    // A bar inside the headline with more headline after it stays.
    const Snapshot inside = parseText(QStringLiteral(
        "Budget 2024 | Cars, phones to cost more\n\n"
        "The government raised duties on imported cars and phones in the budget presented on Friday.\n"));
    EXPECT_EQ(inside.article.headline, QStringLiteral("Budget 2024 | Cars, phones to cost more"));
}

// A publishing plugin's marks left in the copy (shortcodes alone on their lines, "Source link" under the text) are
// no text, and the copy is not cut short for ending with them.
TEST(TextArticle, APluginsShortcodesAndSourceLinkAreNoText)
{
    const Snapshot s = parseText(QStringLiteral(
        "[ad_1]\n"
        "LAHORE: Textile shares led a broad recovery at the exchange on Wednesday, lifting the index past 81,200.\n"
        "Dealers said foreign buying in bank shares added to the mood.\n"
        "[ad_2]\n"
        "Read Full Story at source (may require registration)\n"
        "Source link"));
    ASSERT_EQ(s.article.blocks.size(), 2);
    expectNowhereInArticle(s.article, {QStringLiteral("[ad_"), QStringLiteral("Source link"), QStringLiteral("Full Story")});
    expectNotCutShort(s);
    // Brackets around words are text ("[Updated at 5pm]" stays).
    const Snapshot words = parseText(QStringLiteral(
        "The rupee firmed against the dollar on Wednesday as exporters sold their proceeds.\n[Updated at 5pm]\n"
        "It closed at 281.10 in the interbank market.\n"));
    ASSERT_EQ(words.article.blocks.size(), 3);
    EXPECT_EQ(words.article.blocks[1].text, QStringLiteral("[Updated at 5pm]"));
}

// A roundup's items, each a sentence followed by its link's label ("… on Monday. Read more"), are paragraphs of the
// story without the label, not links to related stories.
TEST(TextArticle, ARoundupsItemsAreTextWithoutTheirReadMoreLabels)
{
    const Snapshot s = parseText(QStringLiteral(
        "Morning Digest: What to Know Before the Bell\n\n"
        "Markets Desk | March 12, 2025 at 09:15 AM\n"
        "March 12, 2025: The digest gathers the updates of the previous day.\n"
        "The rupee gained 3 paisa against the dollar to close at 280.15. Read more\n"
        "Cement despatches rose 6% in February on stronger exports. Read More \u00BB\n"
        "See also\n"));
    std::vector<QString> paragraphs;
    for (const ArticleBlock &b : s.article.blocks)
        paragraphs.push_back(b.text);
    EXPECT_EQ(paragraphs, (std::vector<QString>{QStringLiteral("March 12, 2025: The digest gathers the updates of the previous day."),
                                                QStringLiteral("The rupee gained 3 paisa against the dollar to close at 280.15."),
                                                QStringLiteral("Cement despatches rose 6% in February on stronger exports.")}));
    EXPECT_TRUE(s.article.related.isEmpty());
}

// A short title with a word in small letters ("Time to rebuild") at the copy's top, over a longer standfirst with a
// blank line between: the title is the headline and the line under it the standfirst. A menu's capitalised words
// are no title.
TEST(TextArticle, AShortTitleOverALongerStandfirstIsTheHeadline)
{
    const Snapshot s = parseText(QStringLiteral(
        "Time to rebuild\n\n"
        "The new finance team seems more in tune with the reforms the economy needs\n\n"
        "The rupee gained 40 paisa against the dollar on Monday as the lender agreed to release its next tranche.\n"
        "Dealers expect inflows to keep the currency steady this week.\n"));
    EXPECT_EQ(s.article.headline, QStringLiteral("Time to rebuild"));
    EXPECT_EQ(s.article.summary,
              QStringList{QStringLiteral("The new finance team seems more in tune with the reforms the economy needs")});
    const Snapshot menu = parseText(QStringLiteral(
        "Markets Business Sports\n\n"
        "The new finance team seems more in tune with the reforms the economy needs\n\n"
        "The rupee gained 40 paisa against the dollar on Monday as the lender agreed to release its next tranche.\n"));
    EXPECT_EQ(menu.article.headline, QStringLiteral("The new finance team seems more in tune with the reforms the economy needs"));
    // Small words between capitalised ones make no title either.
    const Snapshot column = parseText(QStringLiteral(
        "Letters to the Editor\n\n"
        "Why should consumers pay for power plants that stand idle for most of the year\n\n"
        "The rupee gained 40 paisa against the dollar on Monday as the lender agreed to release its next tranche.\n"));
    EXPECT_EQ(column.article.headline, QStringLiteral("Why should consumers pay for power plants that stand idle for most of the year"));
}

// "By |": a byline whose name was lost in copying is no standfirst and no headline.
TEST(TextArticle, AnEmptyBylineIsNeitherHeadlineNorStandfirst)
{
    const Snapshot s = parseText(QStringLiteral(
        "Power tariffs rise for a third month\n\n"
        "By |\n\n"
        "The regulator on Friday raised the power tariff by Rs1.10 per unit for the fuel used in August, adding to bills.\n"
        "Consumers will pay the increase in their October bills.\n"));
    EXPECT_EQ(s.article.headline, QStringLiteral("Power tariffs rise for a third month"));
    EXPECT_TRUE(s.article.summary.isEmpty());
    EXPECT_TRUE(s.article.author.isEmpty());
    const Snapshot stacked = parseText(QStringLiteral(
        "Tariffs: the cost of idle plants\n\n"
        "Bills keep rising because consumers pay for plants that stand idle most of the year\n\n"
        "By |\n"
        "The debate over capacity payments is back as the summer bills arrive in every city of the country.\n"));
    EXPECT_EQ(stacked.article.headline, QStringLiteral("Tariffs: the cost of idle plants"));
}

// "Agencies" on its own line over the byline's date: the byline spread over two lines credits the agencies.
TEST(TextArticle, AgenciesOverTheBylinesDateAreItsAuthor)
{
    const Snapshot s = parseText(QStringLiteral(
        "Court defers hearing on bail pleas\n"
        "Agencies\n"
        "March 4, 2025\n"
        "LAHORE - The sessions court on Monday deferred the hearing on the bail pleas of two traders till Thursday as "
        "the judge was on leave.\n"));
    EXPECT_EQ(s.article.headline, QStringLiteral("Court defers hearing on bail pleas"));
    EXPECT_EQ(s.article.author, QStringLiteral("Agencies"));
    EXPECT_EQ(s.article.publishedAt.date(), QDate(2025, 3, 4));
    // A section's label over the date names no one.
    const Snapshot label = parseText(QStringLiteral(
        "Court defers hearing on bail pleas\n"
        "Business\n"
        "March 4, 2025\n"
        "LAHORE - The sessions court on Monday deferred the hearing on the bail pleas of two traders till Thursday as "
        "the judge was on leave.\n"));
    EXPECT_TRUE(label.article.author.isEmpty());
}

// "Lahore, March 3, 2025 (APP): Good morning,": a lead with its place, date and agency dates the story and credits
// the agency, however short the lead after the colon; the lead is text.
TEST(TextArticle, APlaceDateAndAgencyLeadDatesAndCreditsTheStory)
{
    const Snapshot s = parseText(QStringLiteral(
        "Weekly briefing by the ministry spokesperson\n\n"
        "Lahore, March 3, 2025 (APP): Good morning,\n\n"
        "Thank you all for coming to the weekly briefing today.\n"
        "The minister will visit the port next week to open the new grain terminal.\n"));
    EXPECT_EQ(s.article.headline, QStringLiteral("Weekly briefing by the ministry spokesperson"));
    EXPECT_EQ(s.article.author, QStringLiteral("APP"));
    EXPECT_EQ(s.article.publishedAt.date(), QDate(2025, 3, 3));
    EXPECT_EQ(s.article.dateline, QStringLiteral("Lahore"));
    EXPECT_TRUE(s.article.summary.isEmpty());
    ASSERT_EQ(s.article.blocks.size(), 3);
    EXPECT_EQ(s.article.blocks[0].text, QStringLiteral("Lahore, March 3, 2025 (APP): Good morning,"));
    // A bracket that is no agency ("(Updated)") credits no one.
    const Snapshot other = parseText(QStringLiteral(
        "Weekly briefing by the ministry spokesperson\n\n"
        "Lahore, March 3, 2025 (Updated): Good morning,\n\n"
        "Thank you all for coming to the weekly briefing today.\n"));
    EXPECT_TRUE(other.article.author.isEmpty());
}

// "PESHAWAR, (Frontier Wire - 3rd Mar, 2025) The cabinet …": a dateline with the date in its brackets dates the
// story, also when a summary sentence is printed over it as the first paragraph.
TEST(TextArticle, ADatelinesBracketedDateDatesTheStory)
{
    const Snapshot s = parseText(QStringLiteral(
        "The provincial cabinet on Monday approved a plan to pay wheat growers a higher support price this season and "
        "to buy more grain from small farmers, the spokesman said after the meeting\n\n"
        "PESHAWAR, (Frontier Wire - 3rd Mar, 2025) The provincial cabinet on Monday approved a plan to pay wheat "
        "growers a higher support price this season.\n\n"
        "The plan will cost the province Rs12 billion.\n"));
    EXPECT_EQ(s.article.publishedAt.date(), QDate(2025, 3, 3));
}

// A letter signed under its last paragraph ("Ahmed Raza Khan (Multan)"): the writer is the author, the signature no
// text; initials in the brackets ("(PSX)") are no town.
TEST(TextArticle, ALettersSignatureIsItsAuthor)
{
    const Snapshot s = parseText(QStringLiteral(
        "This refers to your editorial on the rising cost of electricity published on Monday, which rightly asks why "
        "consumers must pay for idle plants.\n\n"
        "The government should renegotiate its contracts before raising tariffs again, or industry will shut down.\n\n"
        "Ahmed Raza Khan (Multan)\n"));
    EXPECT_EQ(s.article.author, QStringLiteral("Ahmed Raza Khan"));
    expectNowhereInArticle(s.article, {QStringLiteral("(Multan)")});
    const Snapshot initials = parseText(QStringLiteral(
        "The government should renegotiate its contracts before raising tariffs again, or industry will shut down.\n\n"
        "Pakistan Stock Exchange (PSX)\n"));
    EXPECT_TRUE(initials.article.author.isEmpty());
}

// The rows of a dated list under its heading ("SCHEDULE:" / "April 4-8: First Test, Multan"): text, not links to
// other stories.
TEST(TextArticle, ADatedListsRowsAreText)
{
    const Snapshot s = parseText(QStringLiteral(
        "The board on Tuesday announced the schedule of the home series against the visitors, who arrive next month.\n\n"
        "SCHEDULE:\n\n"
        "April 4-8: First Test, Multan\n\n"
        "April 12-16: Second Test, Karachi\n\n"
        "20 April: Only T20, Lahore\n\n"
        "Sports Desk\n"));
    std::vector<QString> paragraphs;
    for (const ArticleBlock &b : s.article.blocks)
        paragraphs.push_back(b.text);
    EXPECT_EQ(paragraphs, (std::vector<QString>{
                              QStringLiteral("The board on Tuesday announced the schedule of the home series against the "
                                             "visitors, who arrive next month."),
                              QStringLiteral("SCHEDULE:"), QStringLiteral("April 4-8: First Test, Multan"),
                              QStringLiteral("April 12-16: Second Test, Karachi"), QStringLiteral("20 April: Only T20, Lahore")}));
    EXPECT_TRUE(s.article.related.isEmpty());
}

// An older story a copy appended after its pointer to it at the end ("READ: …", then that story's lines): the
// paragraph after the pointer spells out an abbreviation the text above used bare, or opens with a dateline, as only
// a story's first paragraph does; the text stops at the pointer. A pointer mid-story, the text going on after it,
// keeps the text after it.
TEST(TextArticle, AnOlderStoryAppendedAfterAReadLineIsNoText)
{
    const QString story = QStringLiteral(
        "PSX weekly review: index ends at a new high\n\n"
        "KARACHI: The KSE-100 index gained 1,900 points during the week to close at 81,450, a record, on buying in banks "
        "and fertiliser shares.\n\n"
        "Volumes on the PSX averaged 520 million shares a day, up from 410 million the week before.\n\n"
        "READ: PSX weekly review: index gains 126 points\n\n");
    const Snapshot s = parseText(story
                                 + QStringLiteral("The Pakistan Stock Exchange (PSX) witnessed a mixed week, the index adding 126 "
                                                  "points to close at 62,300.\n\n"
                                                  "Cement shares led the losers as dealers booked profits.\n"));
    std::vector<QString> paragraphs;
    for (const ArticleBlock &b : s.article.blocks)
        paragraphs.push_back(b.text);
    ASSERT_EQ(paragraphs.size(), 2u);
    EXPECT_TRUE(paragraphs[1].startsWith(QStringLiteral("Volumes on the PSX")));
    EXPECT_EQ(s.article.related, QStringList{QStringLiteral("READ: PSX weekly review: index gains 126 points")});
    const Snapshot dateline = parseText(story + QStringLiteral("LAHORE: Cement despatches fell 4% in May as builders held back "
                                                               "orders before the budget.\n"));
    EXPECT_EQ(dateline.article.blocks.size(), 2);
    // The same story going on after its pointer.
    const Snapshot goesOn = parseText(story + QStringLiteral("Dealers expect the rally to pause next week as investors await "
                                                             "the central bank's policy decision.\n"));
    EXPECT_EQ(goesOn.article.blocks.size(), 3);
}

// A separator's run glued to a line's first or last word or figure ("=====Bid Rate Rs.98.02 …=====") is no text: the
// line between is a paragraph, not a related story, and not a paragraph cut short.
TEST(TextArticle, SeparatorRunsGluedToALineAreNoText)
{
    const Snapshot s = parseText(QStringLiteral(
        "Interbank closing rates for dollar on Monday (December 22, 2014).\n"
        "========================Bid Rate Rs.98.02 Offer Rate Rs.98.04========================"));
    std::vector<QString> paragraphs;
    for (const ArticleBlock &b : s.article.blocks)
        paragraphs.push_back(b.text);
    EXPECT_EQ(paragraphs, (std::vector<QString>{QStringLiteral("Interbank closing rates for dollar on Monday (December 22, 2014)."),
                                                QStringLiteral("Bid Rate Rs.98.02 Offer Rate Rs.98.04")}));
    EXPECT_TRUE(s.article.related.isEmpty());
    expectNotCutShort(s);
    // A run apart from the words ("Closing rates -----") is left as it is, and so is a line that is only a run.
    const Snapshot apart = parseText(QStringLiteral(
        "The rupee firmed against the dollar on Monday as exporters sold their proceeds.\n*****\n"
        "It closed at 98.02 in the interbank market.\n"));
    ASSERT_EQ(apart.article.blocks.size(), 3);
    EXPECT_EQ(apart.article.blocks[1].text, QStringLiteral("*****"));
}

// A site's short name alone in the byline ("Tribune" for "The Express Tribune" in the title, "Aaj" beside the footer's
// "follow us … @Aaj_Urdu") is the site, never the author; a writer's name there stays the author.
TEST(TextArticle, ASitesShortNameIsNeverTheAuthor)
{
    const QString copy = QStringLiteral(
        "KSE-100 gains 500 points as banks rally | The Express Tribune\n\n%1 | March 12, 2025\n\n"
        "KARACHI: The benchmark KSE-100 index rose 500 points on Monday as investors bought bank shares after the central "
        "bank held its policy rate.\n\nDealers said volumes improved to 400 million shares, the highest in a week.\n%2");
    EXPECT_EQ(parseText(copy.arg(QStringLiteral("Tribune"), QString())).article.author, QString());
    EXPECT_EQ(parseText(copy.arg(QStringLiteral("Farhan Zaheer"), QString())).article.author, QStringLiteral("Farhan Zaheer"));
    const QString footer = QStringLiteral("\nFor the latest news, follow us on Twitter @Aaj_Urdu. We are also on Facebook.\n");
    EXPECT_EQ(parseText(copy.arg(QStringLiteral("Aaj"), footer)).article.author, QString());
}

// The site's call to follow it under a copy's story ("For the latest news, follow us on Twitter @…") and the comments'
// notice worded for the story ("Comments are closed on this story.") are no text.
TEST(TextArticle, TheSitesCallToFollowItAndTheCommentsNoticeAreNoText)
{
    const Snapshot s = parseText(QStringLiteral(
        "Rupee firms against the dollar in interbank trade\n\n"
        "The rupee gained 42 paisa against the dollar in the interbank market on Thursday as exporters sold their proceeds.\n\n"
        "Dealers expect the currency to hold its gains into next week.\n\n"
        "For the latest news, follow us on Twitter @Ledger_Urdu. We are also on Facebook, Instagram and YouTube.\n\n"
        "Comments are closed on this story.\n"));
    EXPECT_EQ(s.article.blocks.size(), 2);
    expectNowhereInArticle(s.article, {QStringLiteral("follow us"), QStringLiteral("Comments are closed")});
}

// A date printed as a label at the very start of a copy ("date 2024-02-14 …") dates the story when no byline does, and
// the label is no part of the line it stands on: a headline, a lead or a ticker row.
TEST(TextArticle, ADateLabelAtTheCopysStartDatesTheStoryAndLeavesItsLine)
{
    const Snapshot headed = parseText(QStringLiteral(
        " date 2024-02-14 Cement makers raise prices for a second week\n\n"
        "LAHORE: Cement makers in the north raised the price of a bag by Rs20 on Wednesday, dealers said.\n\n"
        "Builders warned that the new rate would slow small housing projects.\n"));
    EXPECT_EQ(headed.article.headline, QStringLiteral("Cement makers raise prices for a second week"));
    EXPECT_EQ(headed.article.publishedAt, Timestamp::fromDate(QDate(2024, 2, 14)));
    expectNowhereInArticle(headed.article, {QStringLiteral("2024-02-14")});

    const Snapshot lead = parseText(QStringLiteral(
        "Date: 2023-08-31 KARACHI: The rupee gained four paisa against the dollar in the interbank market on Thursday.\n\n"
        "Dealers expect the currency to stay in a narrow band.\n"));
    EXPECT_EQ(lead.article.publishedAt, Timestamp::fromDate(QDate(2023, 8, 31)));
    ASSERT_FALSE(lead.article.blocks.isEmpty());
    EXPECT_TRUE(lead.article.blocks.first().text.startsWith(QStringLiteral("The rupee gained"))
                || lead.article.blocks.first().text.startsWith(QStringLiteral("KARACHI: The rupee gained")))
        << lead.article.blocks.first().text.toStdString();

    // On a ticker's first row the label leaves a quote to read.
    const Snapshot ticker = parseText(QStringLiteral(
        " date 2023-11-13 HBL 97.20 Increased By \u25B2 0.90 (0.93%)\nKEL 3.22 Decreased By \u25BC -0.04 (-1.23%)\n"
        "KSE100 55,974 Increased By 582.6 (1.05%)\n\nIndex crosses a new level\n\n"
        "The benchmark index crossed 56,000 points for the first time on Monday as investors bought banks.\n"));
    ASSERT_EQ(ticker.quotes.size(), 2);
    EXPECT_EQ(ticker.quotes.first().symbol, QStringLiteral("HBL"));
    EXPECT_EQ(ticker.article.publishedAt, Timestamp::fromDate(QDate(2023, 11, 13)));

    // A byline's date wins; a headline that merely starts with the word, or a date that is no day, is left alone.
    const Snapshot bylined = parseText(QStringLiteral(
        " date 2024-02-14 Cement makers raise prices again\n\nMarkets Desk Published 15 Feb, 2024 09:10am\n\n"
        "LAHORE: Cement makers in the north raised the price of a bag by Rs20, dealers said.\n"));
    EXPECT_EQ(bylined.article.publishedAt.date(), QDate(2024, 2, 15));
    const Snapshot palms = parseText(QStringLiteral(
        "Date palm growers expect a bumper crop\n\nKHAIRPUR: Growers expect a crop of 600,000 tonnes this year.\n"));
    EXPECT_EQ(palms.article.headline, QStringLiteral("Date palm growers expect a bumper crop"));
    EXPECT_FALSE(parseText(QStringLiteral(" date 2024-13-45 Index gains\n\nThe index rose 300 points on Monday.\n"))
                     .article.publishedAt.isValid());
}

// The labels and prompts of a site's comment form, sign-in box and share bar under a copy's story are no text.
TEST(TextArticle, ASitesFormLabelsUnderTheStoryAreNoText)
{
    const Snapshot s = parseText(QStringLiteral(
        "Rupee edges up in thin trade\n\n"
        "KARACHI: The rupee gained four paisa against the dollar in the interbank market on Monday, dealers said.\n\n"
        "Dealers expect the currency to stay in a narrow band until the next import payments fall due.\n\n"
        "Share This:\n\nPlease enter your comment!\nPlease enter your name here\n\n"
        "Welcome! Login in to your account\nRemember meLost your password?\nDon\u2019t have account. Register\nLost Password\n"));
    EXPECT_EQ(s.article.blocks.size(), 2);
    expectNowhereInArticle(s.article, {QStringLiteral("Share This"), QStringLiteral("Please enter"), QStringLiteral("account"),
                                       QStringLiteral("password"), QStringLiteral("Password")});
    // A sentence that speaks of such things is text.
    const Snapshot told = parseText(QStringLiteral(
        "Banks tighten online checks\n\nKARACHI: Customers will be asked to enter a one-time code, the bank said.\n\n"
        "Remember me options will be switched off on shared computers from next month.\n"));
    EXPECT_EQ(told.article.blocks.size(), 2);
}

// A news agency after a dash closing the last paragraph ("… reported.—APP") credits the wire: the author when no byline
// names one, never text, and no sign that the copy was cut short.
TEST(TextArticle, AWireCreditClosingTheLastParagraphIsTheAuthor)
{
    const Snapshot s = parseText(QStringLiteral(
        "Silver steady as gold slips\n\n"
        "The price of gold per tola fell by Rs700 on Thursday to close at Rs241,300, the jewellers' association said.\n\n"
        "In the world market gold fell by $8 an ounce to $2,311, the association reported.\u2014APP"));
    EXPECT_EQ(s.article.author, QStringLiteral("APP"));
    ASSERT_EQ(s.article.blocks.size(), 2);
    EXPECT_EQ(s.article.blocks.last().text, QStringLiteral("In the world market gold fell by $8 an ounce to $2,311, the association reported."));
    expectNotCutShort(s);

    // A byline's writer stays the author; the credit is still no text.
    const Snapshot bylined = parseText(QStringLiteral(
        "Silver steady as gold slips\n\nBy Sana Malik\n\n"
        "The price of gold per tola fell by Rs700 on Thursday to close at Rs241,300, the association said.\n\n"
        "In the world market gold fell by $8 an ounce, the association reported. - Reuters\n"));
    EXPECT_EQ(bylined.article.author, QStringLiteral("Sana Malik"));
    expectNowhereInArticle(bylined.article, {QStringLiteral("Reuters")});

    // A word that is no agency, or a dash inside a sentence, is text.
    const Snapshot place = parseText(QStringLiteral(
        "Gold slips\n\nThe price of gold per tola fell by Rs700 on Thursday, the association said.\n\n"
        "Jewellers expect quiet trade next week.\u2014Karachi\n"));
    EXPECT_EQ(place.article.author, QString());
    const QString kept = QStringLiteral("Jewellers expect quiet trade next week.\u2014Karachi");
    EXPECT_TRUE(place.article.blocks.last().text == kept || place.article.related.contains(kept));
}

// A table's rows that a copy ran together on one line each (a name, then mostly figures and empty cells) are text,
// never related stories' headlines; a headline with a figure or two stays a related story.
TEST(TextArticle, ATablesRowsRunTogetherOnOneLineAreText)
{
    const Snapshot s = parseText(QStringLiteral(
        "Results and payouts\n\n"
        "KARACHI: Results announced by companies listed on the exchange.\n"
        "Indus Valley Glass Ltd. 31.12.2024 - 412.560 3.18 - -\n"
        "Half Year\n"
        "Ravi Textile Mills 31.12.2024 25% (i) 1,208.004 11.40 - 02.03.2025 to\n"
        "Northern Cables Ltd. 31.12.2024 - (17.250) (0.92) - -\n\n"
        "Gold gains Rs1,200 as world prices climb to 2,350 dollars\n\n"
        "The exchange will publish further results on Monday.\n"));
    QStringList texts;
    for (const ArticleBlock &b : s.article.blocks)
        texts.append(b.text);
    EXPECT_TRUE(texts.contains(QStringLiteral("Indus Valley Glass Ltd. 31.12.2024 - 412.560 3.18 - -"))) << texts.join(u'|').toStdString();
    EXPECT_TRUE(texts.contains(QStringLiteral("Ravi Textile Mills 31.12.2024 25% (i) 1,208.004 11.40 - 02.03.2025 to")));
    EXPECT_TRUE(texts.contains(QStringLiteral("Northern Cables Ltd. 31.12.2024 - (17.250) (0.92) - -")));
    EXPECT_TRUE(s.article.related.contains(QStringLiteral("Gold gains Rs1,200 as world prices climb to 2,350 dollars")));
}

// A line that stops on a comma or a semicolon is a sentence going on, never a related story's headline.
TEST(TextArticle, ALineEndingOnACommaIsText)
{
    const Snapshot s = parseText(QStringLiteral(
        "Index slides as cement shares fall\n\n"
        "KARACHI: The benchmark index fell 640 points on Tuesday as cement makers cut prices in the north, brokers said.\n\n"
        "Holders sold whatever they could at whatever price; volumes rose 30% while the value traded doubled, dealers said,\n\n"
        "Banks shed 120 points and fertiliser makers 90 points.\n"));
    ASSERT_EQ(s.article.blocks.size(), 3);
    EXPECT_TRUE(s.article.blocks[1].text.endsWith(QStringLiteral("dealers said,")));
    EXPECT_TRUE(s.article.related.isEmpty());
}

// The wires put the day between the dateline's place and their credit ("KARACHI, Jan 20 (Online): …"): the credit is
// the author when no byline names one, as in "KARACHI (APP): …".
TEST(TextArticle, AWireCreditAfterTheDatelinesDayIsTheAuthor)
{
    const Snapshot s = parseText(QStringLiteral(
        "Traders ask for a lower revenue target\n\n"
        "LAHORE, Feb 11 (Online): The city's traders' alliance on Tuesday asked the revenue board to cut its target for "
        "the rest of the year, saying sales had slowed since the autumn.\n\n"
        "The alliance's president said shopkeepers would register with the board if the rates were kept simple.\n"));
    EXPECT_EQ(s.article.author, QStringLiteral("Online"));
    // A month-like word before brackets that spell no credit ("Rs" figures) is no dateline's day.
    EXPECT_EQ(creditInLead(u"KARACHI, Jan 20 (Online): The board met."), QStringLiteral("Online"));
    EXPECT_EQ(creditInLead(u"Karachi, Jan 20 (2024) was a cold day."), QString());
}

// A picture's credit copied as its own line ("—File Photo —File Photo"), or its alternative text, credit and caption
// run together ("<headline> File Photo <headline>"), is no headline; a title set as the head's only bulleted line,
// over such a caption, is the headline.
TEST(TextArticle, APicturesCreditLinesAreNeverTheHeadline)
{
    const Snapshot credit = parseText(QStringLiteral(
        "Morning News\n\nSaturday, March 08, 2025\n\n"
        "University to admit five hundred students from the tribal districts\n\n"
        "\u2014File Photo \u2014File Photo\n\n"
        " PESHAWAR: The provincial university will admit five hundred students from the tribal districts this year "
        "under a new quota, its vice chancellor said on Friday.\n\n"
        "The students will pay no tuition for the first two years of their degrees.\n"));
    EXPECT_EQ(credit.article.headline, QStringLiteral("University to admit five hundred students from the tribal districts"));

    const Snapshot caption = parseText(QStringLiteral(
        "\u0627\u0631\u062F\u0648\n"
        "  \u2022 Provincial cabinet approves new bus routes\n\n"
        "    Provincial cabinet approves new bus routes File Photo Provincial cabinet approves new bus routes\n\n"
        "    The provincial cabinet on Wednesday approved twelve new bus routes for the city, the transport minister told "
        "reporters after the meeting.\n\n"
        "    The routes will link the new housing schemes on the outskirts with the main markets.\n"));
    EXPECT_EQ(caption.article.headline, QStringLiteral("Provincial cabinet approves new bus routes"));
    expectNowhereInArticle(caption.article, {QStringLiteral("File Photo")});
    EXPECT_EQ(furnitureKindOf(u"Cabinet meets File Photo Cabinet meets"), FurnitureKind::Credit);
    EXPECT_EQ(furnitureKindOf(u"Cabinet meets in Islamabad to discuss the photo file"), FurnitureKind::None);
}

// A byline of a name and a time relative to the reader's moment, after the writer's picture's text ("Gravatar Avatar
// Web Desk | 3 hours ago"), and a picture's text cut from the headline's end under it: the name is the author and
// the headline stays the headline.
TEST(TextArticle, ABylineWithARelativeTimeAndAPicturesTextUnderTheHeadline)
{
    const Snapshot s = parseText(QStringLiteral(
        "Watch Live\n\n"
        "Flour Mills Warn of Higher Prices in Punjab\n\n"
        "Gravatar Avatar News Desk | 5 hours ago\n"
        "Higher Prices in Punjab\n\n"
        "LAHORE: Flour mills in the province have warned that the price of a bag of flour may rise next week after the "
        "government raised the wheat release price.\n\n"
        "The mills' association said its members could not absorb the increase for more than a few days.\n"));
    EXPECT_EQ(s.article.headline, QStringLiteral("Flour Mills Warn of Higher Prices in Punjab"));
    EXPECT_EQ(s.article.author, QStringLiteral("News Desk"));
    EXPECT_FALSE(s.article.publishedAt.isValid());  // "5 hours ago" dates nothing in a saved copy
    expectNowhereInArticle(s.article, {QStringLiteral("Gravatar"), QStringLiteral("hours ago")});
}

// "READ MORE : KARACHI: … ." points at another story even with its headline's full stop; the older story the copy
// appended after it (its first paragraph spells out "Flour Mills Association of Punjab (FMAP)", which the text above
// already used bare) is left out.
TEST(TextArticle, APointerWithAFullStopBeforeAnAppendedStoryEndsTheText)
{
    const Snapshot s = parseText(QStringLiteral(
        "Flour prices rise again\n\n"
        "LAHORE: The price of a bag of flour rose by Rs100 on Monday, the third rise this month, FMAP officials said.\n\n"
        "FMAP said the rise followed the higher wheat release price announced last week.\n\n"
        "READ MORE : LAHORE: Mills ask government to review wheat release price.\n\n"
        "The Flour Mills Association of Punjab (FMAP) has asked the provincial government to review the wheat release "
        "price, saying mills would otherwise have to raise flour prices.\n"));
    ASSERT_EQ(s.article.blocks.size(), 2);
    EXPECT_EQ(s.article.related, QStringList{QStringLiteral("READ MORE : LAHORE: Mills ask government to review wheat release price.")});
}

// A sidebar of the latest stories copied under the text, each headline over its time ("- 3 hours ago"): the headlines
// are other stories, however short, and the times no text.
TEST(TextArticle, HeadlinesWithTheirTimesUnderThemAreOtherStories)
{
    const Snapshot s = parseText(QStringLiteral(
        "Cabinet to meet on the sugar quota\n"
        "ISLAMABAD: The federal cabinet will meet on Tuesday to decide on the sugar export quota, officials said.\n\n"
        "The commerce ministry has proposed a quota of one hundred thousand tonnes for the season.\n\n"
        "Rupee gains against the dollar\n- 4 hours ago\n\n"
        "Gold steady\n- 2 hours ago\n"
        "Polio drive extended in three districts\n- 40 minutes ago\n"));
    EXPECT_EQ(s.article.blocks.size(), 2);
    EXPECT_EQ(s.article.related, (QStringList{QStringLiteral("Rupee gains against the dollar"), QStringLiteral("Gold steady"),
                                              QStringLiteral("Polio drive extended in three districts")}));
    expectNowhereInArticle(s.article, {QStringLiteral("hours ago"), QStringLiteral("minutes ago")});
    EXPECT_TRUE(isRelativeTimeLine(u"- 3 hours ago"));
    EXPECT_FALSE(isRelativeTimeLine(u"Prices rose three years ago"));
}

// A share, view or reading-time counter on a line of its own ("- 0", "0 Shares", "1 min read") is never the
// headline, whether it stands above the title or between it and the body, and never text.
TEST(TextArticle, ACounterLineIsNeverTheHeadline)
{
    const Snapshot under = parseText(QStringLiteral(
        "Rupee gains as inflows pick up\n\n- 0\n\n"
        "KARACHI: The rupee gained 12 paisa against the dollar in the interbank market on Tuesday, dealers said.\n\n"
        "Dealers expect the currency to stay firm until the month-end import payments.\n"));
    EXPECT_EQ(under.article.headline, QStringLiteral("Rupee gains as inflows pick up"));
    const Snapshot around = parseText(QStringLiteral(
        "Business\n0 Shares\n\nRupee gains as inflows pick up\n\n1 min read\n\n"
        "KARACHI: The rupee gained 12 paisa against the dollar in the interbank market on Tuesday, dealers said.\n\n"
        "Dealers expect the currency to stay firm until the month-end import payments.\n\n12 Views\n"));
    EXPECT_EQ(around.article.headline, QStringLiteral("Rupee gains as inflows pick up"));
    EXPECT_EQ(around.article.blocks.size(), 2);
    expectNowhereInArticle(around.article, {QStringLiteral("Shares"), QStringLiteral("min read"), QStringLiteral("Views")});
    EXPECT_TRUE(isCounterLine(u"- 0"));
    EXPECT_TRUE(isCounterLine(u"1,204 views"));
    EXPECT_TRUE(isCounterLine(u"3 minutes read"));
    EXPECT_FALSE(isCounterLine(u"0"));
    EXPECT_FALSE(isCounterLine(u"3 Shares Rally"));
    EXPECT_FALSE(isCounterLine(u"20 banks"));
}

// "By: Name" (a colon after By), with the writer's role after a comma, and "By Name | Published …": the byline.
TEST(TextArticle, ABylineWithAColonAfterByNamesTheWriter)
{
    const Snapshot colon = parseText(QStringLiteral(
        "Cement sales climb on exports\n\nBy: Ahmed Raza\n\n"
        "KARACHI: Cement despatches rose 9 percent in March as exports to Afghanistan recovered, the association said.\n"));
    EXPECT_EQ(colon.article.headline, QStringLiteral("Cement sales climb on exports"));
    EXPECT_EQ(colon.article.author, QStringLiteral("Ahmed Raza"));
    const Snapshot role = parseText(QStringLiteral(
        "Cement sales climb on exports\n\nBy: Ahmed Raza, Correspondent\n\n"
        "KARACHI: Cement despatches rose 9 percent in March as exports to Afghanistan recovered, the association said.\n"));
    EXPECT_EQ(role.article.author, QStringLiteral("Ahmed Raza"));
    const Snapshot published = parseText(QStringLiteral(
        "Cement sales climb on exports\n\nBy: Ahmed Raza | Published on March 4, 2024\n\n"
        "KARACHI: Cement despatches rose 9 percent in March as exports to Afghanistan recovered, the association said.\n"));
    EXPECT_EQ(published.article.author, QStringLiteral("Ahmed Raza"));
    EXPECT_EQ(published.article.publishedAt.toIsoString(), QStringLiteral("2024-03-04"));
    // Two writers after a comma stay two writers.
    const auto two = parseBylineLine(u"By: Imran Sheikh, Lubna Karim");
    ASSERT_TRUE(two.has_value());
    EXPECT_EQ(two->author, QStringLiteral("Imran Sheikh, Lubna Karim"));
}

// A wire's or the desk's credit glued to the last paragraph with a hyphen ("… said.-Agencies", "… said. -APP")
// credits the story and is no text.
TEST(TextArticle, AnAgenciesCreditGluedToTheLastParagraphIsTheAuthor)
{
    const Snapshot s = parseText(QStringLiteral(
        "Oil prices ease on demand worries\n\n"
        "Oil prices eased on Wednesday as traders weighed weaker demand in Asia against tighter supply, analysts said.\n\n"
        "Brent crude fell 40 cents to $82.10 a barrel by midday, while US crude lost 35 cents, they said.-Agencies\n\n"
        "Name *\n"));
    EXPECT_EQ(s.article.author, QStringLiteral("Agencies"));
    ASSERT_EQ(s.article.blocks.size(), 2);
    EXPECT_EQ(s.article.blocks.last().text,
              QStringLiteral("Brent crude fell 40 cents to $82.10 a barrel by midday, while US crude lost 35 cents, they said."));
    const Snapshot desk = parseText(QStringLiteral(
        "Oil prices ease on demand worries\n\n"
        "Oil prices eased on Wednesday as traders weighed weaker demand in Asia against tighter supply, analysts said.\n\n"
        "Brent crude fell 40 cents to $82.10 a barrel by midday, they said. -Monitoring Desk\n"));
    EXPECT_EQ(desk.article.author, QStringLiteral("Monitoring Desk"));
    expectNowhereInArticle(desk.article, {QStringLiteral("Monitoring")});
}

// An author box after the story (the writer's name, then a short line about the writer) names the author when the
// head names none; neither line is text.
TEST(TextArticle, AnAuthorBoxOfANameAndABioNamesTheAuthor)
{
    const Snapshot s = parseText(QStringLiteral(
        "The budget's missing reforms\n\n"
        "Every budget promises to widen the tax net, and every year the same salaried few end up paying more of it.\n\n"
        "Until retailers and farm incomes are taxed like wages, the deficit will keep coming back.\n\n"
        "Farah Qureshi\n\nThe writer is an economist based in Lahore.\n"));
    EXPECT_EQ(s.article.author, QStringLiteral("Farah Qureshi"));
    EXPECT_EQ(s.article.blocks.size(), 2);
    expectNowhereInArticle(s.article, {QStringLiteral("Farah Qureshi"), QStringLiteral("The writer is")});
    // A byline in the head stays the author; the box is still no text.
    const Snapshot bylined = parseText(QStringLiteral(
        "The budget's missing reforms\n\nBy Sana Malik\n\n"
        "Every budget promises to widen the tax net, and every year the same salaried few end up paying more of it.\n\n"
        "Until retailers and farm incomes are taxed like wages, the deficit will keep coming back.\n\n"
        "Farah Qureshi\nThe author teaches economics in Lahore.\n"));
    EXPECT_EQ(bylined.article.author, QStringLiteral("Sana Malik"));
    expectNowhereInArticle(bylined.article, {QStringLiteral("Farah Qureshi"), QStringLiteral("The author")});
}

// A date printed only after the story (a date alone on a line under the last paragraph, "Published on …",
// "Updated …") dates it when the head prints none; a date in a list of other stories or a copyright line never does.
TEST(TextArticle, ADateAfterTheStoryDatesItWhenTheHeadPrintsNone)
{
    const QString story = QStringLiteral(
        "Wheat flour price raised again\n\n"
        "LAHORE: Flour mills raised the price of a 20kg bag by Rs100 on Monday, citing dearer wheat in the open market.\n\n"
        "Millers said the price would hold until the new crop arrives.\n\n");
    const Snapshot alone = parseText(story + QStringLiteral("March 4, 2024\n"));
    EXPECT_EQ(alone.article.publishedAt.toIsoString(), QStringLiteral("2024-03-04"));
    EXPECT_EQ(alone.article.blocks.size(), 2);
    const Snapshot published = parseText(story + QStringLiteral("Published on March 4, 2024\n"));
    EXPECT_EQ(published.article.publishedAt.toIsoString(), QStringLiteral("2024-03-04"));
    expectNowhereInArticle(published.article, {QStringLiteral("Published on")});
    const Snapshot updated = parseText(story + QStringLiteral("Updated March 4, 2024 10:15 am\n"));
    EXPECT_EQ(updated.article.publishedAt.toIsoString().left(10), QStringLiteral("2024-03-04"));
    // A letter signed and dated under its text.
    const Snapshot letter = parseText(QStringLiteral(
        "Tax the traders\n\n"
        "This refers to the news that the government will again exempt small traders from the fixed tax scheme this year.\n\n"
        "Salaried people cannot carry the whole burden of the budget for ever while shops stay outside.\n\nSania Bashir (Islamabad)\n\nMarch 4, 2024\n"));
    EXPECT_EQ(letter.article.publishedAt.toIsoString(), QStringLiteral("2024-03-04"));
    EXPECT_EQ(letter.article.author, QStringLiteral("Sania Bashir"));
    // Other stories' dates, and the copyright's year, date nothing.
    const Snapshot related = parseText(story + QStringLiteral(
        "Related\n\nSugar price steady in the wholesale market\nMarch 1, 2024\n\n© 2024 The Daily Ledger\n"));
    EXPECT_FALSE(related.article.publishedAt.isValid());
    const Snapshot copyright = parseText(story + QStringLiteral("Copyright 2024, March 4, 2024\n"));
    EXPECT_FALSE(copyright.article.publishedAt.isValid());
}

// A comment form's labels, a poll with its voting buttons and a headed box of other stories ("Must Read",
// "Recent News", "More From Business") kept in a copy are no text.
TEST(TextArticle, CommentFormsPollsAndBoxesOfOtherStoriesAreNoText)
{
    const QString story = QStringLiteral(
        "Sugar exports allowed\n\n"
        "ISLAMABAD: The government allowed the export of 100,000 tonnes of sugar on Thursday, officials said.\n\n");
    const Snapshot form = parseText(story + QStringLiteral(
        "Mills must ship the sugar within 60 days of the notification.\n\n"
        "Your email address will not be published. Required fields are marked *\n\nComment *\n\nName *\n\nEmail *\n\nWebsite\n\n"
        "Save my name, email, and website in this browser for the next time I comment.\n\nPost Comment\n"));
    EXPECT_EQ(form.article.blocks.size(), 2);
    expectNowhereInArticle(form.article, {QStringLiteral("email"), QStringLiteral("Website"), QStringLiteral("Post Comment"),
                                          QStringLiteral("Name")});
    const Snapshot poll = parseText(story + QStringLiteral(
        "Will sugar exports raise local prices?\n\nYes, prices will rise\nNo, stocks are enough\nCan't say\n\nVote\n\nView Results\n\n"
        "Mills must ship the sugar within 60 days of the notification.\n"));
    EXPECT_EQ(poll.article.blocks.size(), 2);
    expectNowhereInArticle(poll.article, {QStringLiteral("Will sugar"), QStringLiteral("stocks are enough"), QStringLiteral("Vote"),
                                          QStringLiteral("Results")});
    const Snapshot boxes = parseText(story + QStringLiteral(
        "Must Read\n\nRupee steady\nWill the index hold 80,000?\n\n"
        "Mills must ship the sugar within 60 days of the notification.\n\n"
        "Recent News\n\nGold slips\nPSX closes flat in thin trade\n\nMore From Business\n\nCotton arrivals up\n"));
    ASSERT_EQ(boxes.article.blocks.size(), 2);
    EXPECT_EQ(boxes.article.blocks.last().text, QStringLiteral("Mills must ship the sugar within 60 days of the notification."));
    // The headings are nothing; the stories under them are other stories.
    expectNowhereInArticle(boxes.article, {QStringLiteral("Must Read"), QStringLiteral("Recent News"), QStringLiteral("More From")});
    EXPECT_EQ(boxes.article.related, (QStringList{QStringLiteral("Rupee steady"), QStringLiteral("Will the index hold 80,000?"),
                                                  QStringLiteral("Gold slips"), QStringLiteral("PSX closes flat in thin trade"),
                                                  QStringLiteral("Cotton arrivals up")}));
}

// A desk's label with the site's name after it ("Web Desk The Ledger"), over a date with a full stop after its year
// ("28th Feb, 2022. 10:25 am"), names the desk and dates the story; a picture's caption ending with its credit under
// a label ("… Image: Ledger/ Twitter") is neither the headline nor text.
TEST(TextArticle, ADeskWithTheSitesNameAndACaptionEndingInItsCredit)
{
    const Snapshot s = parseText(QStringLiteral(
        "Web Desk The Ledger\n\n28th Feb, 2022. 10:25 am\n"
        "Brokers cheer as index closes the month at a record\n\n"
        "Web Desk The Ledger\n\n28th Feb, 2022. 10:25 am\n\n"
        "Brokers rang the closing bell together on the trading floor and posed for pictures with the chairman after the "
        "session. Image: Ledger/ Twitter\n\n"
        "The benchmark index closed February at a record high, up 4.2 percent on the month, as foreign buyers returned.\n\n"
        "Volumes rose to a three-month high of 410 million shares.\n"));
    EXPECT_EQ(s.article.headline, QStringLiteral("Brokers cheer as index closes the month at a record"));
    EXPECT_EQ(s.article.author, QStringLiteral("Web Desk"));
    EXPECT_EQ(s.article.publishedAt.toIsoString(), QStringLiteral("2022-02-28T10:25:00"));
    EXPECT_EQ(s.article.blocks.size(), 2);
    expectNowhereInArticle(s.article, {QStringLiteral("Image:"), QStringLiteral("Brokers rang"), QStringLiteral("Web Desk")});
    // The writer's picture's text between the headline and the body is no headline either.
    const Snapshot avatar = parseText(QStringLiteral(
        "Cement despatches climb 9pc\n\nGravatar Avatar\n\n"
        "Cement despatches rose 9 percent in March as exports to Afghanistan recovered, the association said.\n"));
    EXPECT_EQ(avatar.article.headline, QStringLiteral("Cement despatches climb 9pc"));
    EXPECT_TRUE(isCaptionEndingInCredit(u"The minister at the ceremony on Monday. Photo: APP"));
    EXPECT_FALSE(isCaptionEndingInCredit(u"The bank said the index rose. Source: the exchange said it would review the rules."));
}

// A clock printed before its date ("04:00 PM | 6 May, 2024") is the date's time; a print edition's label in a name's
// place ("Today's Paper | May 05, 2024") names no writer.
TEST(TextArticle, AClockBeforeTheDateAndAPrintEditionsLabel)
{
    const auto clockFirst = parseBylineLine(u"04:00 PM | 6 May, 2024");
    ASSERT_TRUE(clockFirst.has_value());
    EXPECT_EQ(clockFirst->published.toIsoString(), QStringLiteral("2024-05-06T16:00:00"));
    const Snapshot s = parseText(QStringLiteral(
        "Gold rises Rs2,500 per tola\n\nWeb Desk\n04:00 PM | 6 May, 2024\n"
        "KARACHI \u2013 Gold prices rose sharply on Monday in both the world and the local markets, traders said.\n"));
    EXPECT_EQ(s.article.author, QStringLiteral("Web Desk"));
    EXPECT_EQ(s.article.publishedAt.toIsoString(), QStringLiteral("2024-05-06T16:00:00"));
    const Snapshot paper = parseText(QStringLiteral(
        "LEDGER.COM\n\nToday's Paper | May 05, 2024\n\nPublished 13 Mar, 2014 07:36am\n\nTraders arrested\n\n"
        "GUJRAT: Police said on Wednesday they had arrested two traders accused of hoarding wheat worth Rs3 million.\n"));
    EXPECT_EQ(paper.article.headline, QStringLiteral("Traders arrested"));
    EXPECT_EQ(paper.article.author, QString());
    EXPECT_EQ(paper.article.publishedAt.toIsoString(), QStringLiteral("2014-03-13T07:36:00"));
}

// Links to the story before or after this one ("Previous articleGold steady", "… Next Story") and a button to the
// comments ("Read Comments") are no text, and a desk's credit glued to the last paragraph before them is its author.
TEST(TextArticle, LinksToThePreviousAndNextStoryAreNoText)
{
    const Snapshot s = parseText(QStringLiteral(
        "Chief minister seeks pending funds\n\n\n"
        "The chief minister said on Tuesday that the province was still owed Rs12 billion in transfers for the year, "
        "and that development work had slowed.\n\n"
        "He said the federal government had promised to clear the dues before the end of the fiscal year 2023-24. "
        "\u2014Staff Reporter\n\nRead Comments\n\nPrevious articleCotton arrivals rise 8pc\nNext articleRupee steady in thin trade"));
    EXPECT_EQ(s.article.author, QStringLiteral("Staff Reporter"));
    ASSERT_EQ(s.article.blocks.size(), 2);
    EXPECT_TRUE(s.article.blocks.last().text.endsWith(QStringLiteral("fiscal year 2023-24.")));
    expectNowhereInArticle(s.article, {QStringLiteral("Comments"), QStringLiteral("article"), QStringLiteral("Cotton")});
    expectNotCutShort(s);
    const Snapshot next = parseText(QStringLiteral(
        "Traders arrested\n\nGUJRAT: Police said on Wednesday they had arrested two traders accused of hoarding wheat.\n\n"
        "Rupee closes the week steady against the dollar Next Story"));
    EXPECT_EQ(next.article.blocks.size(), 1);
    EXPECT_TRUE(next.article.related.isEmpty());
}
