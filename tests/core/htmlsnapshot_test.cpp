// Saved HTML pages: ticker, indices, article metadata and blocks, related stories and comments, exactly;
// page chrome (menus, ads, share bars, captions, tags, footers, other stories) never leaks into the article.
#include "core/load/snapshotloader.h"
#include "core/parse/htmlsnapshotparser.h"
#include "fixtures.h"
#include "testdata.h"

#include <gtest/gtest.h>

using namespace md;
using md::test::loadFixture;

namespace {

// Parses an HTML literal the way the loader would; the error (if any) goes to *error.
Snapshot parseHtml(const QString &html, QString *error = nullptr)
{
    Snapshot s;
    const QString e = parseHtmlSnapshot(html, s);
    if (error)
        *error = e;
    else
        EXPECT_TRUE(e.isEmpty()) << e.toStdString();
    return s;
}

QString allArticleText(const Article &a)
{
    QStringList parts{a.headline, a.dateline, a.author};
    for (const ArticleBlock &b : a.blocks)
        parts.append(b.text);
    parts.append(a.related);
    return parts.join(QLatin1Char('\n'));
}

using Kind = ArticleBlock::Kind;

} // namespace

// ---- the full saved page

TEST(HtmlSnapshot, ReadsTickerRowsAndIndexBlockOfSavedPage)
{
    const Snapshot s = loadFixture(QStringLiteral("brecorder-2025-01-29-cement.html"));
    EXPECT_EQ(s.format, SnapshotFormat::Html);
    EXPECT_EQ(s.encoding, QStringLiteral("UTF-8"));
    ASSERT_EQ(s.quotes.size(), 5); // the repeated OGDC row of the scrolling strip is dropped
    EXPECT_EQ(s.quotes[0], (Quote{QStringLiteral("OGDC"), 224.96, 11.93, 5.6}));
    EXPECT_EQ(s.quotes[1], (Quote{QStringLiteral("AIRLINK"), 189.64, -7.01, -3.56}));
    EXPECT_EQ(s.quotes[2], (Quote{QStringLiteral("PSO"), 1004.50, 12.30, 1.24}));
    EXPECT_EQ(s.quotes[3], (Quote{QStringLiteral("MARI"), 560.00, 0.0, 0.0}));
    EXPECT_EQ(s.quotes[4], (Quote{QStringLiteral("SILK"), 0.99, -0.01, -1.0}));
    ASSERT_EQ(s.indices.size(), 4);
    EXPECT_EQ(s.indices[0], (IndexValue{QStringLiteral("BR100"), 11814, 90.4, 0.77}));
    EXPECT_EQ(s.indices[1], (IndexValue{QStringLiteral("BR30"), 36234, 874.6, 2.47}));
    EXPECT_EQ(s.indices[2], (IndexValue{QStringLiteral("KSE100"), 113247, 609, 0.54}));
    EXPECT_EQ(s.indices[3], (IndexValue{QStringLiteral("KSE30"), 35712, 253.6, 0.72}));
}

TEST(HtmlSnapshot, ReadsArticleMetadataFromJsonLdKeepingOffset)
{
    const Snapshot s = loadFixture(QStringLiteral("brecorder-2025-01-29-cement.html"));
    const Article &a = s.article;
    EXPECT_EQ(a.headline, QStringLiteral("Cement makers lead PSX higher as budget hopes build"));
    EXPECT_EQ(a.dateline, QStringLiteral("KARACHI"));
    EXPECT_EQ(a.publishedAt.toIsoString(), QStringLiteral("2025-01-29T22:34:47+05:00"));
    EXPECT_EQ(a.author, QStringLiteral("Aisha Rahman"));
    // The masthead's "Today's Date" is when the page was saved.
    EXPECT_EQ(s.capturedAt.toIsoString(), QStringLiteral("2025-01-30"));
    EXPECT_TRUE(s.warnings.isEmpty()) << s.warnings.join(QLatin1Char('\n')).toStdString();
}

TEST(HtmlSnapshot, ReadsArticleBlocksInOrder)
{
    const Snapshot s = loadFixture(QStringLiteral("brecorder-2025-01-29-cement.html"));
    const QVector<ArticleBlock> &b = s.article.blocks;
    ASSERT_EQ(b.size(), 9);
    EXPECT_EQ(b[0], (ArticleBlock{Kind::Paragraph,
                                  QStringLiteral("KARACHI: Cement and fertiliser shares carried the Pakistan Stock Exchange "
                                                 "higher on Wednesday, as investors bet that next month\u2019s budget talks "
                                                 "would bring relief on construction taxes, and the benchmark index closed "
                                                 "609 points up."), {}, {}}));
    EXPECT_EQ(b[1].text, QStringLiteral("Dealers said buying picked up after the midday break, when a brokerage note on "
                                        "northern cement despatches circulated on the trading floor. \u201cThe numbers were "
                                        "better than anyone expected,\u201d one dealer said."));
    EXPECT_EQ(b[2].kind, Kind::Paragraph);
    EXPECT_EQ(b[3], (ArticleBlock{Kind::Subheading, QStringLiteral("Cement leads"), {}, {}}));           // <h2>
    // A no-break space became a plain space.
    EXPECT_TRUE(b[4].text.endsWith(QStringLiteral("lower coal prices and firmer retail prices for a 50-kilogramme bag.")));
    EXPECT_TRUE(b[5].text.startsWith(QStringLiteral("Exploration and production stocks followed")));
    EXPECT_EQ(b[6], (ArticleBlock{Kind::Subheading, QStringLiteral("Volumes"), {}, {}}));                // bold-only paragraph
    EXPECT_EQ(b[7].text, QStringLiteral("Traded volume rose to 612 million shares from 540 million shares, while the value "
                                        "of shares traded climbed to Rs 27.4 billion."));
    EXPECT_EQ(b[8].text, QStringLiteral("Of the 448 companies traded, 231 closed higher, 170 lower and 47 were unchanged; "
                                        "analysts said E&P names could lead again if oil holds above $80."));
}

TEST(HtmlSnapshot, InlineRelatedStoriesAreNotBodyText)
{
    const Snapshot s = loadFixture(QStringLiteral("brecorder-2025-01-29-cement.html"));
    EXPECT_EQ(s.article.related, (QStringList{QStringLiteral("Rupee ends flat against dollar in interbank market"),
                                              QStringLiteral("Gold slips as dollar firms ahead of Fed")}));
}

TEST(HtmlSnapshot, PageChromeNeverLeaksIntoTheArticle)
{
    const Snapshot s = loadFixture(QStringLiteral("brecorder-2025-01-29-cement.html"));
    const QString text = allArticleText(s.article);
    const char *const chrome[] = {
        "Latest Stories", "Budget 2025-26", "E-Paper",               // navigation
        "Advertisement",                                              // ad slots
        "Share on", "Tweet this quote",                               // share bars
        "Photo: File", "Traders watch the board",                     // figure caption
        "Cement despatches up again in January",                      // embedded tweet
        "Cement sector", "KSE-100",                                   // tags
        "Copyright", "All rights reserved", "Privacy policy",         // footers
        "IMF talks to resume", "Textile exports rise",                // related-stories box
        "Most Popular", "Petrol price unchanged",                     // "most popular" box
        "Comments", "Trader_88", "200 characters",                    // comments section
        "script text", "Injected", "dataLayer",                       // scripts
        "Markets",                                                    // section badge
    };
    for (const char *leak : chrome)
        EXPECT_FALSE(text.contains(QLatin1String(leak))) << "leaked: " << leak;
}

TEST(HtmlSnapshot, ReadsCommentsSectionWithoutWidgetNoise)
{
    const Snapshot s = loadFixture(QStringLiteral("brecorder-2025-01-29-cement.html"));
    ASSERT_EQ(s.comments.size(), 2);
    EXPECT_EQ(s.comments[0], (Comment{QStringLiteral("Trader_88"), Timestamp::fromIsoString(QStringLiteral("2025-01-29T23:05:00")),
                                      QStringLiteral("Cement has been waiting for this.\nNorthern despatches tell the whole story."), 4}));
    // Author and time in separate elements are joined back into one header.
    EXPECT_EQ(s.comments[1], (Comment{QStringLiteral("Nadia K"), Timestamp::fromIsoString(QStringLiteral("2025-01-30T08:15:00")),
                                      QStringLiteral("Will the budget really cut the sales tax on cement? I doubt it."), 0}));
}

// ---- other pages

TEST(HtmlSnapshot, Windows1252PageDeclaredInMetaIsDecoded)
{
    const Snapshot s = loadFixture(QStringLiteral("brecorder-2024-12-10-windows1252.html"));
    EXPECT_EQ(s.encoding, QStringLiteral("windows-1252"));
    // The legacy save turned the arrows into "?": the hidden words still give the direction.
    ASSERT_EQ(s.quotes.size(), 2);
    EXPECT_EQ(s.quotes[0], (Quote{QStringLiteral("OGDC"), 224.96, 11.93, 5.6}));
    EXPECT_EQ(s.quotes[1], (Quote{QStringLiteral("AIRLINK"), 189.64, -7.01, -3.56}));
    ASSERT_EQ(s.indices.size(), 1);
    EXPECT_EQ(s.article.headline, QStringLiteral("Caf\u00e9 owners cheer as index climbs"));
    EXPECT_EQ(s.article.publishedAt.toIsoString(), QStringLiteral("2024-12-10"));
    EXPECT_EQ(s.capturedAt.toIsoString(), QStringLiteral("2024-12-10"));
    ASSERT_EQ(s.article.blocks.size(), 2);
    EXPECT_EQ(s.article.blocks[0].text, QStringLiteral("KARACHI: Caf\u00e9 owners near the exchange said \u201cbusiness is brisk\u201d "
                                                       "as the index rose \u2014 the third gain in a row."));
    EXPECT_EQ(s.article.blocks[1].text, QStringLiteral("One owner, who gave his name as Na\u00efm, said takings were up Rs 5,000 a day."));
}

TEST(HtmlSnapshot, OldTemplateWithArrowedIndicesAndColourOnlyStocks)
{
    const Snapshot s = loadFixture(QStringLiteral("brecorder-2020-08-12-old-template.html"));
    ASSERT_EQ(s.quotes.size(), 3);
    EXPECT_EQ(s.quotes[0], (Quote{QStringLiteral("HUBC"), 88.52, 1.02, 1.17}));   // green, no words
    EXPECT_EQ(s.quotes[1], (Quote{QStringLiteral("PPL"), 96.30, -2.45, -2.48}));  // red, no words
    EXPECT_EQ(s.quotes[2], (Quote{QStringLiteral("FFC"), 110.00, 0.0, 0.0}));     // no colour, no change
    ASSERT_EQ(s.indices.size(), 3);
    EXPECT_EQ(s.indices[0], (IndexValue{QStringLiteral("KSE100"), 46301, 203.55, 0.44}));
    EXPECT_EQ(s.indices[1], (IndexValue{QStringLiteral("KMI30"), 72104, -310.12, -0.43}));
    EXPECT_EQ(s.indices[2], (IndexValue{QStringLiteral("ALLSHR"), 32015, 98.41, 0.31}));
    EXPECT_FALSE(s.capturedAt.isValid());
}

TEST(HtmlSnapshot, OldTemplateArticleFromArticleBodyTimeAndAuthorLink)
{
    const Snapshot s = loadFixture(QStringLiteral("brecorder-2020-08-12-old-template.html"));
    const Article &a = s.article;
    EXPECT_EQ(a.headline, QStringLiteral("Stocks end higher on hopes of a rate cut"));
    EXPECT_EQ(a.dateline, QStringLiteral("ISLAMABAD"));
    EXPECT_EQ(a.publishedAt.toIsoString(), QStringLiteral("2020-08-12T17:05:00+05:00"));
    EXPECT_EQ(a.author, QStringLiteral("Recorder Report"));
    EXPECT_EQ(a.related, QStringList{QStringLiteral("SBP keeps policy rate unchanged at 7pc")}); // "Read more: <a>"
    ASSERT_EQ(a.blocks.size(), 7);
    EXPECT_TRUE(a.blocks[0].text.startsWith(QStringLiteral("ISLAMABAD: Shares closed higher")));
    // Text straight in a <div>, split at <br><br>.
    EXPECT_EQ(a.blocks[1].text, QStringLiteral("Turnover improved from the previous session, though it stayed below the monthly average."));
    EXPECT_EQ(a.blocks[2].text, QStringLiteral("Most of the trading was concentrated in a handful of power and fertiliser names."));
    EXPECT_EQ(a.blocks[3], (ArticleBlock{Kind::Subheading, QStringLiteral("Banks rally"), {}, {}})); // <h3>
    EXPECT_EQ(a.blocks[5], listBlock({QStringLiteral("Power producers gained on news of circular debt payments."), // <ul>
                                      QStringLiteral("Fertiliser makers eased after a week of gains.")},
                                     false));
    EXPECT_EQ(a.blocks[6].kind, Kind::Paragraph); // italic, not bold: not a heading
    const QString text = allArticleText(a);
    EXPECT_FALSE(text.contains(QLatin1String("Facebook")));
    EXPECT_FALSE(text.contains(QLatin1String("Gold hits record high")));
    EXPECT_FALSE(text.contains(QLatin1String("Copyright")));
}

// ---- rules, on small pages

TEST(HtmlSnapshot, JsonLdHeadlineWinsOverOpenGraphAndVisibleTitle)
{
    const Snapshot s = parseHtml(QStringLiteral(
        "<html><head><meta property='og:title' content='Rupee gains, stocks rise on IMF hopes'>"
        "<script type='application/ld+json'>[{\"@type\":\"WebSite\"},{\"@graph\":[{\"@type\":[\"NewsArticle\"],"
        "\"headline\":\"Rupee gains &amp; stocks rise\",\"datePublished\":\"2024-12-10T16:45:00+05:00\","
        "\"author\":{\"@type\":\"Person\",\"name\":\"Omar\\nFarooq\"}}]}]</script></head>"
        "<body><article><h1>Stocks rise with the rupee</h1><p>KARACHI: Text of the story.</p></article></body></html>"));
    EXPECT_EQ(s.article.headline, QStringLiteral("Rupee gains & stocks rise"));
    EXPECT_EQ(s.article.publishedAt.toIsoString(), QStringLiteral("2024-12-10T16:45:00+05:00"));
    EXPECT_EQ(s.article.author, QStringLiteral("Omar Farooq"));
}

TEST(HtmlSnapshot, CutJsonLdHeadlineGivesWayToTheFullTitle)
{
    const Snapshot s = parseHtml(QStringLiteral(
        "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Cement makers lead PSX higher as\u2026\"}</script>"
        "<article class='story'><h1 class='story__title'>Cement makers lead PSX higher as budget hopes build</h1>"
        "<div class='story__content'><p>Text.</p></div></article>"));
    EXPECT_EQ(s.article.headline, QStringLiteral("Cement makers lead PSX higher as budget hopes build"));
}

TEST(HtmlSnapshot, BrokenJsonLdFallsBackToThePageWithWarning)
{
    const Snapshot s = parseHtml(QStringLiteral(
        "<head><meta property='og:title' content='Open Graph title'>"
        "<meta property='article:published_time' content='2024-12-06T09:10:00+05:00'>"
        "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": }</script></head>"
        "<article><div class='story__content'><p>BEIRUT: Some text.</p></div>"
        "<span class='story__byline'>By Staff Reporter</span></article>"));
    EXPECT_EQ(s.article.headline, QStringLiteral("Open Graph title"));
    EXPECT_EQ(s.article.publishedAt.toIsoString(), QStringLiteral("2024-12-06T09:10:00+05:00"));
    EXPECT_EQ(s.article.author, QStringLiteral("Staff Reporter"));
    EXPECT_EQ(s.article.dateline, QStringLiteral("BEIRUT"));
    ASSERT_EQ(s.warnings.size(), 1);
    EXPECT_TRUE(s.warnings[0].contains(QLatin1String("JSON-LD")));
}

TEST(HtmlSnapshot, StoryTimeTextIsReadWhenNothingElseGivesTheDate)
{
    const Snapshot s = parseHtml(QStringLiteral(
        "<article class='story'><h1 class='story__title'>Title here</h1>"
        "<span class='story__time'>Published <span>January 29, 2025</span></span>"
        "<div class='story__content'><p>Text.</p></div></article>"));
    EXPECT_EQ(s.article.publishedAt.toIsoString(), QStringLiteral("2025-01-29"));
}

TEST(HtmlSnapshot, ShortBoldParagraphIsSubheadingButBoldLeadIsParagraph)
{
    const Snapshot s = parseHtml(QStringLiteral(
        "<div class='story__content'>"
        "<p><b>LAHORE: The lead paragraph is wholly bold and ends like a sentence.</b></p>"
        "<p><strong>Outlook</strong> </p>"
        "<p>After the sub-heading.</p>"
        "<p><strong>A bold line that runs on far too long to be any kind of heading at all in a news page</strong></p>"
        "<p>Closing paragraph.</p></div>"));
    const QVector<ArticleBlock> &b = s.article.blocks;
    ASSERT_EQ(b.size(), 5);
    EXPECT_EQ(b[0].kind, Kind::Paragraph);
    EXPECT_EQ(b[1], (ArticleBlock{Kind::Subheading, QStringLiteral("Outlook"), {}, {}}));
    EXPECT_EQ(b[3].kind, Kind::Paragraph);
    EXPECT_EQ(s.article.dateline, QStringLiteral("LAHORE"));
}

TEST(HtmlSnapshot, LinkParagraphToANonStoryPageStaysText)
{
    const Snapshot s = parseHtml(QStringLiteral(
        "<div class='story__content'><p>Text.</p>"
        "<p><a href='https://www.psx.com.pk/market-summary.pdf'>Market summary (PDF)</a></p>"
        "<p><a href='/news/40300001/story'>Textile exports rise in December</a></p><p>More.</p></div>"));
    ASSERT_EQ(s.article.blocks.size(), 3);
    EXPECT_EQ(s.article.blocks[1].text, QStringLiteral("Market summary (PDF)"));
    EXPECT_EQ(s.article.related, QStringList{QStringLiteral("Textile exports rise in December")});
}

TEST(HtmlSnapshot, RelatedBoxInsideTheBodyGivesRelatedStories)
{
    const Snapshot s = parseHtml(QStringLiteral(
        "<div class='story__content'><p>First.</p>"
        "<div class='inline-related'><h4>Related</h4><ul><li><a href='/news/1/a'>Gold slips as dollar firms</a></li>"
        "<li><a href='/news/2/b'>Oil steadies near $80</a></li></ul></div><p>Second.</p></div>"));
    ASSERT_EQ(s.article.blocks.size(), 2);
    EXPECT_EQ(s.article.related, (QStringList{QStringLiteral("Gold slips as dollar firms"), QStringLiteral("Oil steadies near $80")}));
}

TEST(HtmlSnapshot, HiddenAndScreenReaderTextIsNotArticleText)
{
    const Snapshot s = parseHtml(QStringLiteral(
        "<div class='story__content'><p>Visible<span class='sr-only'> (opens in new tab)</span> text.</p>"
        "<p hidden>Hidden paragraph.</p><p style='display: none'>Styled away.</p>"
        "<div aria-hidden='true'>Decorative.</div><p>End.</p></div>"));
    ASSERT_EQ(s.article.blocks.size(), 2);
    EXPECT_EQ(s.article.blocks[0].text, QStringLiteral("Visible text."));
    EXPECT_EQ(s.article.blocks[1].text, QStringLiteral("End."));
}

TEST(HtmlSnapshot, TrailingSubheadingIsDroppedWithWarning)
{
    const Snapshot s = parseHtml(QStringLiteral("<div class='story__content'><p>Text.</p><h3>Share this</h3></div>"));
    ASSERT_EQ(s.article.blocks.size(), 1);
    ASSERT_EQ(s.warnings.size(), 1);
    EXPECT_TRUE(s.warnings[0].contains(QLatin1String("Share this")));
}

TEST(HtmlSnapshot, PageWithoutKnownMarkupUsesTheDensestParagraphs)
{
    const Snapshot s = parseHtml(QStringLiteral(
        "<html><body><div class='menu'><p>Home</p></div><div class='c1'><div class='x'>"
        "<p>PESHAWAR: The provincial government announced a new wheat procurement price on Monday, raising it for the first time in two years.</p>"
        "<p>Flour mills said the decision would ease supply concerns before the winter months.</p>"
        "</div></div><div class='c2'><p>Short.</p></div></body></html>"));
    ASSERT_EQ(s.article.blocks.size(), 2);
    EXPECT_EQ(s.article.dateline, QStringLiteral("PESHAWAR"));
}

TEST(HtmlSnapshot, PageWithoutArticleHasNoHeadline)
{
    const Snapshot s = parseHtml(QStringLiteral(
        "<html><body><h1>Business Recorder</h1><div class='js-ticker'>"
        "<div class='text-green-500'><span><a href='/company/OGDC'>OGDC</a></span> <span>224.96</span>"
        "<span class='sr-only'>Increased By</span><span>\u25b2 11.93 (5.6%)</span></div></div></body></html>"));
    EXPECT_TRUE(s.article.isEmpty());
    EXPECT_TRUE(s.article.headline.isEmpty());
    ASSERT_EQ(s.quotes.size(), 1);
}

TEST(HtmlSnapshot, ColourThatContradictsTheWordsIsAWarning)
{
    const Snapshot s = parseHtml(QStringLiteral(
        "<div class='js-ticker'><div class='px-2 text-red-400'><span><a href='/company/OGDC'>OGDC</a></span>"
        "<span>224.96</span><span class='sr-only'>Increased By</span><span>\u25b2 11.93 (5.6%)</span></div></div>"));
    ASSERT_EQ(s.quotes.size(), 1);
    EXPECT_EQ(s.quotes[0].change, 11.93);
    ASSERT_EQ(s.warnings.size(), 1);
    EXPECT_TRUE(s.warnings[0].contains(QLatin1String("OGDC")));
}

TEST(HtmlSnapshot, UnreadableTickerRowIsAWarningNotAQuote)
{
    const Snapshot s = parseHtml(QStringLiteral(
        "<div class='js-ticker'><div><span><a href='/company/OGDC'>OGDC</a></span><span>n/a</span>"
        "<span class='sr-only'>Increased By</span><span>\u25b2 -- (--%)</span></div></div>"));
    EXPECT_TRUE(s.quotes.isEmpty());
    ASSERT_EQ(s.warnings.size(), 1);
    EXPECT_TRUE(s.warnings[0].contains(QLatin1String("OGDC")));
}

TEST(HtmlSnapshot, ScreenReaderWordsInsideACellStillFindTheirRow)
{
    // Another template: a list, and the hidden words inside the change cell.
    const Snapshot s = parseHtml(QStringLiteral(
        "<ul class='market-strip'><li><a href='/company/PPL'>PPL</a> <b>193.09</b> "
        "<span class='chg'><span class='sr-only'>Increased By</span> \u25b2 9.52 (5.19%)</span></li>"
        "<li><a href='/company/TRG'>TRG</a> <b>62.65</b> <span class='chg'><span class='sr-only'>Decreased By</span> "
        "\u25bc -1.71 (-2.66%)</span></li></ul>"));
    EXPECT_EQ(s.quotes, (QVector<Quote>{{QStringLiteral("PPL"), 193.09, 9.52, 5.19}, {QStringLiteral("TRG"), 62.65, -1.71, -2.66}}));
    EXPECT_TRUE(s.warnings.isEmpty()) << s.warnings.join(QLatin1Char('\n')).toStdString();
}

TEST(HtmlSnapshot, IndexRowsAreKeptApartEvenWithUnknownNames)
{
    // Where stocks link to their company pages, rows without a link belong to the index block.
    const Snapshot s = parseHtml(QStringLiteral(
        "<div class='js-ticker'><div><span><a href='/company/OGDC'>OGDC</a></span> <span>224.96</span>"
        "<span class='sr-only'>Increased By</span><span>\u25b2 11.93 (5.6%)</span></div></div><div class='flex'><div class='text-green-400'><span>PSXDIV20</span> <span>31,210</span>"
        "<span class='sr-only'>Increased By</span> <span>12.5 (0.04%)</span></div>"
        "<div><span>MYINDEX</span> <span>1,000</span><span class='sr-only'>No Change</span> <span>0 (0%)</span></div></div>"));
    ASSERT_EQ(s.quotes.size(), 1);
    ASSERT_EQ(s.indices.size(), 2);
    EXPECT_EQ(s.indices[1], (IndexValue{QStringLiteral("MYINDEX"), 1000, 0, 0}));
}

TEST(HtmlSnapshot, StripWithoutAnyLinksTellsIndicesByName)
{
    const Snapshot s = parseHtml(QStringLiteral(
        "<ul class='ticker'><li>LUCK 1,012.40 Increased By \u25b2 18.25 (1.84%)</li>"
        "<li>HBL 142.30 Decreased By \u25bc -0.85 (-0.59%)</li><li>KSE100 114,060 Increased By 812.5 (0.72%)</li></ul>"));
    EXPECT_EQ(s.quotes, (QVector<Quote>{{QStringLiteral("LUCK"), 1012.40, 18.25, 1.84}, {QStringLiteral("HBL"), 142.30, -0.85, -0.59}}));
    EXPECT_EQ(s.indices, (QVector<IndexValue>{{QStringLiteral("KSE100"), 114060, 812.5, 0.72}}));
}

TEST(HtmlSnapshot, CommentFailureNeverCostsTheArticle)
{
    const Snapshot s = parseHtml(QStringLiteral(
        "<div class='story__content'><p>KARACHI: The story.</p></div>"
        "<section class='comments'><h2>Comments</h2><div>Someone wrote this without a date</div>"
        "<div>Ali <span>Dec 06, 2024 05:53pm</span></div><p>A real comment.</p>"
        "<div><button>Recommended (2)</button></div></section>"));
    ASSERT_EQ(s.article.blocks.size(), 1);
    ASSERT_EQ(s.comments.size(), 1);
    EXPECT_EQ(s.comments[0], (Comment{QStringLiteral("Ali"), Timestamp::fromIsoString(QStringLiteral("2024-12-06T17:53:00")),
                                      QStringLiteral("A real comment."), 2}));
    ASSERT_EQ(s.warnings.size(), 1);
    EXPECT_TRUE(s.warnings[0].contains(QLatin1String("belong to no comment")));
}

TEST(HtmlSnapshot, WhitespaceIsNormalised)
{
    const Snapshot s = parseHtml(QStringLiteral(
        "<div class='story__content'><p>  Tabs\tand\nnew\u00a0lines\u2009and\u200bzero-width  spaces. </p></div>"));
    ASSERT_EQ(s.article.blocks.size(), 1);
    EXPECT_EQ(s.article.blocks[0].text, QStringLiteral("Tabs and new lines andzero-width spaces."));
    // A paragraph of nothing but rarer Unicode spaces is no paragraph.
    EXPECT_TRUE(parseHtml(QStringLiteral("<div class='story__content'><p>\u2028\u1680\u3000</p><p>x\u2029y</p></div>"))
                    .article.blocks == (QVector<ArticleBlock>{{ArticleBlock::Kind::Paragraph, QStringLiteral("x y"), {}, {}}}));
}
