// The body cascade and metadata on pages shaped like real ones the project read wrongly (issue 19): each
// test is one failure kind, on a small page of our own prose.
#include "core/parse/articlerules.h"
#include "core/parse/htmlsnapshotparser.h"
#include "core/parse/htmltree.h"
#include "fixtures.h"

#include <gtest/gtest.h>

using namespace md;

namespace {

Snapshot parseHtml(const QString &html)
{
    return test::parseHtmlPage(html);
}

QString bodyText(const Article &a)
{
    return test::articleText(a);
}

const char *kParagraphs[] = {
    "Sugar mills in central Punjab began crushing a week early this season, after growers pressed for an early start to clear their fields for wheat.",
    "The provincial cane commissioner said the support price would stay where it was last year, a decision mill owners welcomed and farmers' groups called unfair.",
    "Traders in Faisalabad expect ex-mill prices to soften once the first batches of new sugar reach wholesale markets in the second half of the month.",
};

QString paragraphs()
{
    QString out;
    for (const char *p : kParagraphs)
        out += QStringLiteral("<p>%1</p>\n").arg(QLatin1String(p));
    return out;
}

// The three sample paragraphs, each set in the box given (%1 in it stands for the paragraph).
QString paragraphsIn(const QString &box)
{
    QString out;
    for (const char *p : kParagraphs)
        out += box.arg(QLatin1String(p));
    return out;
}

// A page of %1–%4: the part under test first and the three sample paragraphs after it, or (partLast) the
// paragraphs first and the part after them.
Snapshot parseAroundParagraphs(const QString &page, const QString &part, bool partLast = false)
{
    const QLatin1String first(kParagraphs[0]), second(kParagraphs[1]), third(kParagraphs[2]);
    return parseHtml(partLast ? page.arg(first, second, third, part) : page.arg(part, first, second, third));
}

// A page of the mills story: its title, and the body's markup as given.
Snapshot parseMillsPage(const QString &body)
{
    return parseHtml(QStringLiteral("<html><head><title>Mills start crushing early</title></head><body>%1</body></html>").arg(body));
}

// Each line of notices is a notice the page prints with a post (isPageNotice), each line of text is not.
void expectNotices(std::initializer_list<const char16_t *> notices, std::initializer_list<const char16_t *> text)
{
    for (const char16_t *line : notices)
        EXPECT_TRUE(isPageNotice(line)) << QString::fromUtf16(line).toStdString();
    for (const char16_t *line : text)
        EXPECT_FALSE(isPageNotice(line)) << QString::fromUtf16(line).toStdString();
}

// The mills story in an <article> under its headline: %1, %2 and %3 in the markup stand for the three sample
// paragraphs.
Snapshot parseMillsArticle(const QString &markup)
{
    return parseMillsPage(QStringLiteral("<article><h1>Mills start crushing early</h1>%1</article>")
                              .arg(markup)
                              .arg(QLatin1String(kParagraphs[0]), QLatin1String(kParagraphs[1]), QLatin1String(kParagraphs[2])));
}

// The markup after the mills story's three paragraphs is left out of its text.
void expectLeftOutAfterTheText(const QString &markup)
{
    const Snapshot s = parseMillsArticle(QStringLiteral("<p>%1</p><p>%2</p><p>%3</p>") + markup);
    EXPECT_EQ(s.article.blocks.size(), 3) << qPrintable(markup);
}

// A recipe page: its JSON-LD Recipe node's fields (%1, without braces) and its <main> under the title (%2).
Snapshot parseRecipePage(const QString &fields, const QString &main)
{
    return parseHtml(QStringLiteral("<html><head><title>Lahori chana for four</title><script type=\"application/ld+json\">"
                                    "{\"@context\":\"https://schema.org\",%1}</script></head><body><main><h1>Lahori chana for four</h1>%2"
                                    "</main></body></html>")
                         .arg(fields, main));
}

// The article's blocks as "kind: text" lines (a std::vector, compared without Qt's list ==).
std::vector<std::string> blockLines(const Article &a)
{
    std::vector<std::string> lines;
    for (const ArticleBlock &b : a.blocks)
        lines.push_back((blockKindName(b.kind) + QLatin1String(": ") + b.text).toStdString());
    return lines;
}

} // namespace

// "No article at all": the story sits in wrappers that name the page's layout after its sidebar.
TEST(HtmlBody, StoryInsideAWrapperNamedForTheSidebarIsRead)
{
    const Snapshot s = parseHtml(QStringLiteral(
        "<html><head><title>Mills start crushing early</title></head><body>"
        "<div class=\"sidebar-and-content\"><div class=\"grid\"><h1>Mills start crushing early</h1>%1</div></div>"
        "<div class=\"sidebar\"><ul><li><a href=\"/x\">Flour prices in Lahore</a></li></ul></div>"
        "</body></html>").arg(paragraphs()));
    const QString body = bodyText(s.article);
    EXPECT_EQ(s.article.blocks.size(), 3);
    EXPECT_TRUE(body.contains(QLatin1String("began crushing a week early")));
    EXPECT_TRUE(body.contains(QLatin1String("ex-mill prices to soften")));
    EXPECT_FALSE(body.contains(QLatin1String("Flour prices in Lahore")));
}

// "No article at all": a blog's post body is text set apart by <br>, with no <p>.
TEST(HtmlBody, PostBodyOfLinesSetApartByBreaksIsRead)
{
    const Snapshot s = parseHtml(QStringLiteral(
        "<html><head><title>Crushing season notes</title></head><body>"
        "<h3 class=\"post-title\">Crushing season notes</h3><div class=\"post-header\">Posted by Asad Malik</div>"
        "<div class=\"post-body\">%1<br><br>%2<br><br>%3</div>"
        "<div class=\"archive\"><a href=\"/2024/11\">November 2024 (3)</a></div></body></html>")
                                        .arg(QLatin1String(kParagraphs[0]), QLatin1String(kParagraphs[1]),
                                             QLatin1String(kParagraphs[2])));
    EXPECT_EQ(s.article.blocks.size(), 3);
    EXPECT_TRUE(bodyText(s.article).contains(QLatin1String("support price would stay")));
    EXPECT_FALSE(bodyText(s.article).contains(QLatin1String("November 2024")));
    EXPECT_EQ(s.article.author, QStringLiteral("Asad Malik"));
}

// "The wrong block" / recall: a story split into two boxes by an ad slot is read whole, in order.
TEST(HtmlBody, StorySplitIntoSiblingBoxesIsJoined)
{
    const Snapshot s = parseHtml(QStringLiteral(
        "<html><head><title>Mills start crushing early</title></head><body><div class=\"page\">"
        "<h1>Mills start crushing early</h1>"
        "<div class=\"part\"><p>%1</p><p>%2</p></div><div class=\"slot\">Advertisement</div>"
        "<div class=\"part\"><p>%3</p></div>"
        "<div class=\"box\"><p>Sign up for Cane Watch text alerts on mill prices.</p></div>"
        "</div></body></html>")
                                        .arg(QLatin1String(kParagraphs[0]), QLatin1String(kParagraphs[1]),
                                             QLatin1String(kParagraphs[2])));
    ASSERT_EQ(s.article.blocks.size(), 3);
    EXPECT_TRUE(s.article.blocks[0].text.startsWith(QLatin1String("Sugar mills")));
    EXPECT_TRUE(s.article.blocks[2].text.startsWith(QLatin1String("Traders in Faisalabad")));
    EXPECT_FALSE(bodyText(s.article).contains(QLatin1String("Sign up")));
    EXPECT_FALSE(bodyText(s.article).contains(QLatin1String("Advertisement")));
}

// "A teaser wins over the article": JSON-LD articleBody that ends in an ellipsis is never the body.
TEST(HtmlBody, TeaserInStructuredDataNeverReplacesTheVisibleStory)
{
    const Snapshot s = parseHtml(QStringLiteral(
        "<html><head><title>Mills start crushing early</title>"
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Mills start crushing early\","
        "\"articleBody\":\"Sugar mills in central Punjab began crushing a week early this season\\u2026\"}</script>"
        "</head><body><main><h1>Mills start crushing early</h1>%1</main></body></html>").arg(paragraphs()));
    EXPECT_EQ(s.article.blocks.size(), 3);
    EXPECT_TRUE(bodyText(s.article).contains(QLatin1String("farmers' groups called unfair")));
}

// A page rendered by script shows one line; structured data holds the whole story, one paragraph a line.
TEST(HtmlBody, CompleteStructuredTextIsReadWhenThePageShowsNoStory)
{
    const QString json = QStringLiteral("%1\\n%2\\n%3\\n%4")
                             .arg(QLatin1String(kParagraphs[0]), QLatin1String(kParagraphs[1]), QLatin1String(kParagraphs[2]),
                                  QStringLiteral("Growers' groups said they would ask the provincial assembly to revisit the price "
                                                 "before the crushing season reaches its peak in January."));
    const Snapshot s = parseHtml(QStringLiteral(
        "<html><head><title>Mills start crushing early</title>"
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Mills start crushing early\","
        "\"author\":{\"@type\":\"Person\",\"name\":\"Sana Javed\"},\"articleBody\":\"%1\"}</script>"
        "</head><body><div id=\"app\"><h1>Mills start crushing early</h1><div>Loading…</div></div></body></html>")
                                        .arg(json));
    ASSERT_EQ(s.article.blocks.size(), 4);
    EXPECT_EQ(s.article.blocks[1].text, QLatin1String(kParagraphs[1]));
    EXPECT_EQ(s.article.author, QStringLiteral("Sana Javed"));
}

// "Bylines": microdata names the writer; a handle after the name and a "Follow" call are not the name.
TEST(HtmlBody, MicrodataAuthorAndHandlesAreReadAsTheWritersName)
{
    const Snapshot s = parseHtml(QStringLiteral(
        "<html><head><title>Mills start crushing early</title></head><body><article><h1>Mills start crushing early</h1>"
        "%1</article><aside><span itemprop=\"author\" itemscope><span itemprop=\"name\">Rabia Khan</span> covers farming."
        "</span></aside></body></html>").arg(paragraphs()));
    EXPECT_EQ(s.article.author, QStringLiteral("Rabia Khan"));

    const Snapshot handle = parseHtml(QStringLiteral(
        "<html><head><title>Mills start crushing early</title></head><body><div class=\"story\">"
        "<h2 class=\"headline\">Mills start crushing early</h2><div class=\"author-line\">Rabia Khan @rabiak</div>%1"
        "</div></body></html>").arg(paragraphs()));
    EXPECT_EQ(handle.article.author, QStringLiteral("Rabia Khan"));

    const Snapshot follow = parseHtml(QStringLiteral(
        "<html><head><title>Mills start crushing early</title><meta name=\"author\" content=\"Follow @canewatch\"></head>"
        "<body><article><h1>Mills start crushing early</h1>%1</article></body></html>").arg(paragraphs()));
    EXPECT_TRUE(follow.article.author.isEmpty()) << follow.article.author.toStdString();
}

// "Bylines": a title that ends in the writer's name, which the author meta tag repeats, names the writer.
TEST(HtmlBody, TitleEndingInTheWritersNameGivesTheAuthor)
{
    const Snapshot s = parseHtml(QStringLiteral(
        "<html><head><title>Mills start crushing early | Rabia Khan</title><meta name=\"author\" content=\"Rabia Khan\">"
        "</head><body><h1>Mills start crushing early</h1><div class=\"text\">%1</div></body></html>").arg(paragraphs()));
    EXPECT_EQ(s.article.headline, QStringLiteral("Mills start crushing early"));
    EXPECT_EQ(s.article.author, QStringLiteral("Rabia Khan"));
}

// "The wrong block" for the headline: a section's name as the only <h1> is not the story's title.
TEST(HtmlBody, SectionNameInTheOnlyH1GivesWayToTheStorysTitle)
{
    const Snapshot s = parseHtml(QStringLiteral(
        "<html><head><title>Mills start crushing early - Cane Watch</title></head><body>"
        "<div class=\"band\"><h1>Agriculture</h1></div><div class=\"story\"><h2 class=\"headline\">Mills start crushing early</h2>"
        "%1</div></body></html>").arg(paragraphs()));
    EXPECT_EQ(s.article.headline, QStringLiteral("Mills start crushing early"));
}

// Recall: the lead set apart in its own box right above the column is read with it; a claim card further up
// (labelled lines) is not.
TEST(HtmlBody, LeadBoxRightAboveTheColumnIsRead)
{
    const Snapshot s = parseHtml(QStringLiteral(
        "<html><head><title>Mills start crushing early</title></head><body><div class=\"main\">"
        "<h1>Mills start crushing early</h1>"
        "<div class=\"claim\"><p><b>Claim:</b> Mills will stop buying cane from small growers this season.</p></div>"
        "<div class=\"lead\"><p>Growers in central Punjab cleared their fields a week ahead of the usual date this year.</p></div>"
        "<div class=\"content\">%1%1</div></div></body></html>").arg(paragraphs()));
    // Read once: as the story's standfirst, not again as its first paragraph.
    const QString body = bodyText(s.article);
    EXPECT_EQ(s.article.summary,
              QStringList{QStringLiteral("Growers in central Punjab cleared their fields a week ahead of the usual date this year.")});
    ASSERT_EQ(s.article.blocks.size(), 6);
    EXPECT_TRUE(s.article.blocks[0].text.startsWith(QLatin1String("Sugar mills in central Punjab")));
    EXPECT_FALSE(body.contains(QLatin1String("Claim:")));
}

// Recall: the lead set apart above the column, with an empty ad slot and an aside of other stories' cards
// between them, is read with it; a meta line of names and dates in the same place is not a lead, nor is
// anything above the story's title.
TEST(HtmlBody, LeadBoxPastAnAdSlotAndAnAsideIsRead)
{
    const QString cards = QStringLiteral(
        "<div class=\"ad-slot\"></div><aside><h3><a href=\"/markets/gold-steady\">Gold steady in Karachi</a></h3>"
        "<p>Bullion held its price for a third day as jewellers waited for the wedding season.</p></aside>");
    const Snapshot s = parseMillsPage(QStringLiteral(
        "<div class=\"main\">"
        "<h1>Mills start crushing early</h1>"
        "<div class=\"intro\"><p>Growers in central Punjab cleared their fields a week ahead of the usual date this year.</p></div>"
        "%2<div class=\"content\">%1%1</div></div>").arg(paragraphs(), cards));
    EXPECT_EQ(s.article.summary,
              QStringList{QStringLiteral("Growers in central Punjab cleared their fields a week ahead of the usual date this year.")});
    ASSERT_EQ(s.article.blocks.size(), 6);
    EXPECT_TRUE(s.article.blocks[0].text.startsWith(QLatin1String("Sugar mills in central Punjab")));
    EXPECT_FALSE(bodyText(s.article).contains(QLatin1String("Bullion")));

    const Snapshot meta = parseMillsPage(QStringLiteral(
        "<div class=\"main\">"
        "<div class=\"teaser\"><p>Cotton arrivals at ginneries rose by a tenth on the week, the association said.</p></div>"
        "<h1>Mills start crushing early</h1>"
        "<div class=\"meta\"><p>Reporting from Faisalabad and Lahore</p><p>Posted: 14 November 2024, 10:42 PKT</p></div>"
        "%2<div class=\"content\">%1%1</div></div>").arg(paragraphs(), cards));
    const QString body = bodyText(meta.article);
    EXPECT_FALSE(body.contains(QLatin1String("Posted:"))) << qPrintable(body);
    EXPECT_FALSE(body.contains(QLatin1String("Cotton arrivals"))) << qPrintable(body);
    EXPECT_TRUE(body.startsWith(QLatin1String("Sugar mills in central Punjab"))) << qPrintable(body);
}

// "Nearly nothing": the story's paragraphs in a box whose name ends like an ad slot's ("cuerpo-ad") are read; a
// real ad slot beside them, with a line of its own, is still left out.
TEST(HtmlBody, StoryParagraphsInABoxNamedLikeAnAdAreRead)
{
    const Snapshot s = parseMillsPage(QStringLiteral(
        "<div class=\"main\">"
        "<h1>Mills start crushing early</h1><div class=\"lead\"><p>Growers want an early start.</p></div>"
        "<div class=\"story\"><div class=\"body-ad\">%1</div>"
        "<div class=\"side-ad\"><p>Buy a tractor on easy instalments this winter from any of our dealers in Punjab.</p></div>"
        "</div></div>").arg(paragraphs()));
    const QString body = bodyText(s.article);
    ASSERT_EQ(s.article.blocks.size(), 3) << qPrintable(body);
    EXPECT_TRUE(body.contains(QLatin1String("Traders in Faisalabad"))) << qPrintable(body);
    EXPECT_FALSE(body.contains(QLatin1String("tractor"))) << qPrintable(body);
}

// "Words doubled": ruby's readings (<rt>, with <rp> brackets) print small above the words they spell out, as
// Japanese pages for learners give kana over kanji; the text is the words, once.
TEST(HtmlBody, RubyReadingsAreNotText)
{
    const QString ruby = QString::fromUtf8(
        "<p><ruby>\u7802\u7cd6<rp>(</rp><rt>\u3055\u3068\u3046</rt><rp>)</rp></ruby>\u306e\u5024\u6bb5"
        "\u304c\u4e0a\u304c\u308a\u307e\u3057\u305f\u3002%1</p>");
    const Snapshot s = parseMillsPage(QStringLiteral(
        "<article><h1>Mills start crushing early</h1>"
        "%1%2</article>").arg(ruby.arg(QLatin1String(kParagraphs[0])), paragraphs()));
    ASSERT_FALSE(s.article.blocks.isEmpty());
    EXPECT_TRUE(s.article.blocks[0].text.startsWith(QString::fromUtf8("\u7802\u7cd6\u306e\u5024\u6bb5")))
        << qPrintable(s.article.blocks[0].text);
    EXPECT_FALSE(bodyText(s.article).contains(QString::fromUtf8("\u3055\u3068\u3046")));
}

// "Lead cut": a standfirst set as a heading at the top of the body (a sentence of twelve words or more in an
// <h4>) is the story's lead (its summary); a short label heading there is still dropped, and so is the byline
// line under the lead.
TEST(HtmlBody, LeadSentenceSetAsAHeadingOpensTheBody)
{
    const Snapshot s = parseMillsPage(QStringLiteral(
        "<article><h1>Mills start crushing early</h1>"
        "<div class=\"post-content\"><h4>Growers in central Punjab cleared their fields a week ahead of the usual date this year.</h4>"
        "<h5>Sugar</h5><p>By Nadia Baig</p>%1</div></article>").arg(paragraphs()));
    const QString body = bodyText(s.article);
    EXPECT_EQ(s.article.summary,
              QStringList{QStringLiteral("Growers in central Punjab cleared their fields a week ahead of the usual date this year.")});
    ASSERT_EQ(s.article.blocks.size(), 3) << qPrintable(body);
    EXPECT_TRUE(s.article.blocks[0].text.startsWith(QLatin1String("Sugar mills in central Punjab")));
    EXPECT_EQ(s.article.author, QStringLiteral("Nadia Baig"));
}

// "Cut short": the column sits alone in a page builder's text box, and the story goes on in a sister box of the
// same kind after an image box (a line and a list of tips): read in order; a box of another kind is not.
TEST(HtmlBody, SisterBoxesOfTheColumnsLoneWrapperCarryTheTextOn)
{
    const Snapshot s = parseMillsPage(QStringLiteral(
        "<div class=\"node\"><h1>Mills start crushing early</h1>"
        "<div class=\"part part--text\"><div class=\"editor\">%1</div></div>"
        "<div class=\"part part--image\"><img src=\"mill.jpg\"><div class=\"credit\"><p>Photo: Mill owners' association archive</p></div></div>"
        "<div class=\"part part--text\"><div class=\"editor\"><p>What growers can do this week:</p>"
        "<ul><li>Cut the cane no more than a day before it is weighed at the mill gate.</li>"
        "<li>Keep the receipts from the weighbridge until the mill has paid in full.</li></ul></div></div>"
        "<div class=\"part part--links\"><p><a href=\"/cane\">More on cane</a></p></div></div>").arg(paragraphs()));
    const QString body = bodyText(s.article);
    EXPECT_TRUE(body.contains(QLatin1String("Keep the receipts from the weighbridge"))) << qPrintable(body);
    EXPECT_TRUE(body.startsWith(QLatin1String("Sugar mills in central Punjab"))) << qPrintable(body);
    EXPECT_FALSE(body.contains(QLatin1String("Photo:"))) << qPrintable(body);
}

// "Chrome kept": a line in the text that is wholly a link to another page and reads as a headline is a related
// story, on any site; a link to a document stays text.
TEST(HtmlBody, WholeLinkHeadlineLineIsARelatedStory)
{
    const Snapshot s = parseHtml(QStringLiteral(
        "<html><head><title>Mills start crushing early</title></head><body><article><h1>Mills start crushing early</h1>"
        "<p>%1</p><p><a href=\"https://cane.example/2024/11/flour-prices-climb\">Flour prices climb in Lahore markets</a></p>"
        "<p>%2</p><p><a href=\"/files/cane-price-notice.pdf\">Cane price notice for the season</a></p><p>%3</p></article></body></html>")
                                        .arg(QLatin1String(kParagraphs[0]), QLatin1String(kParagraphs[1]),
                                             QLatin1String(kParagraphs[2])));
    EXPECT_EQ(s.article.related, QStringList{QStringLiteral("Flour prices climb in Lahore markets")});
    EXPECT_FALSE(bodyText(s.article).contains(QLatin1String("Flour prices climb")));
    EXPECT_TRUE(bodyText(s.article).contains(QLatin1String("Cane price notice for the season")));
}

// "Bylines": the printed byline comes first, so a desk the site credits ("Web Desk") is not lost to a person
// in structured data; co-authors set apart by "|" are both kept, a place after the name is not a writer.
TEST(HtmlBody, PrintedDeskBylineAndCoAuthorsSplitByABar)
{
    const Snapshot desk = parseHtml(QStringLiteral(
        "<html><head><title>Mills start crushing early</title><script type=\"application/ld+json\">"
        "{\"@type\":\"NewsArticle\",\"headline\":\"Mills start crushing early\",\"author\":{\"@type\":\"Person\",\"name\":\"Omar Farooq\"}}"
        "</script></head><body><article><h1>Mills start crushing early</h1><div class=\"byline\">By Web Desk</div>%1</article>"
        "</body></html>").arg(paragraphs()));
    EXPECT_EQ(desk.article.author, QStringLiteral("Web Desk"));

    const Snapshot two = parseHtml(QStringLiteral(
        "<html><head><title>Mills start crushing early</title></head><body><article><h1>Mills start crushing early</h1>"
        "<div class=\"byline\">By Sana Mirza | Bilal Qureshi | December 4, 2024</div>%1</article></body></html>").arg(paragraphs()));
    EXPECT_EQ(two.article.author, QStringLiteral("Sana Mirza, Bilal Qureshi"));

    const Snapshot place = parseHtml(QStringLiteral(
        "<html><head><title>Mills start crushing early</title></head><body><article><h1>Mills start crushing early</h1>"
        "<div class=\"byline\">By Sana Mirza | Karachi</div>%1</article></body></html>").arg(paragraphs()));
    EXPECT_EQ(place.article.author, QStringLiteral("Sana Mirza"));
}

// Dates and structured data real pages give: JSON-LD wrapped in a CDATA section (XHTML pages), and the
// publication time under Parse.ly's or Dublin Core's meta names.
TEST(HtmlBody, CdataJsonLdAndOtherPublicationMetaNamesAreRead)
{
    const Snapshot cdata = parseHtml(QStringLiteral(
        "<html><head><title>Mills start crushing early</title><script type=\"application/ld+json\">/*<![CDATA[*/"
        "{\"@type\":\"NewsArticle\",\"headline\":\"Mills start crushing early\",\"datePublished\":\"2024-11-04T09:30:00+05:00\","
        "\"author\":{\"@type\":\"Person\",\"name\":\"Rabia Khan\"}}/*]]>*/</script></head>"
        "<body><article><h1>Mills start crushing early</h1>%1</article></body></html>").arg(paragraphs()));
    EXPECT_EQ(cdata.article.publishedAt.date(), QDate(2024, 11, 4));
    EXPECT_EQ(cdata.article.author, QStringLiteral("Rabia Khan"));

    const Snapshot parsely = parseHtml(QStringLiteral(
        "<html><head><title>Mills start crushing early</title><meta name=\"date\" content=\"not a date\">"
        "<meta name=\"parsely-pub-date\" content=\"2024-11-05T04:20:00.000Z\"></head>"
        "<body><article><h1>Mills start crushing early</h1>%1</article></body></html>").arg(paragraphs()));
    EXPECT_EQ(parsely.article.publishedAt.date(), QDate(2024, 11, 5));
}

// "No article at all": an ad network's class on <body> does not hide the page; RDFa marks the story text as
// microdata does; a document that is one <pre> is read.
TEST(HtmlBody, AdClassOnTheBodyRdfaArticleBodyAndAPreDocument)
{
    const Snapshot ads = parseHtml(QStringLiteral(
        "<html><head><title>Mills start crushing early</title></head><body class=\"site_outbrain_ar_5 site_adsense\">"
        "<div class=\"wrap\"><h1>Mills start crushing early</h1><div class=\"text\">%1</div></div></body></html>").arg(paragraphs()));
    EXPECT_EQ(ads.article.blocks.size(), 3);

    const Snapshot rdfa = parseHtml(QStringLiteral(
        "<html><head><title>Mills start crushing early</title></head><body><h1>Mills start crushing early</h1>"
        "<div property=\"articleBody\"><p>Short lead.</p>%1</div><div class=\"more\"><p>%2</p></div></body></html>")
                                           .arg(paragraphs(), QLatin1String(kParagraphs[0])));
    EXPECT_EQ(rdfa.article.blocks.size(), 4);

    const Snapshot pre = parseHtml(QStringLiteral(
        "<html><head><title>Cane price notice</title></head><body><pre>CANE PRICE NOTICE                    Season 2024-25\n\n"
        "The support price of sugarcane for the crushing season is kept at the level notified last year for all mills.\n"
        "</pre></body></html>"));
    EXPECT_TRUE(bodyText(pre.article).contains(QLatin1String("support price of sugarcane")));
}

// "No article at all": the box that holds most of the story is read whatever its name says (a paywall
// container), and so is an ASP.NET page wrapped in one <form>.
TEST(HtmlBody, StoryInABoxNamedLikeChromeOrInTheWholePageForm)
{
    const Snapshot paywall = parseHtml(QStringLiteral(
        "<html><head><title>Mills start crushing early</title></head><body><main><article class=\"has-paywall\">"
        "<h1>Mills start crushing early</h1><div class=\"entry__content paywall-container\">%1</div></article></main>"
        "</body></html>").arg(paragraphs()));
    EXPECT_EQ(paywall.article.blocks.size(), 3);

    const Snapshot form = parseHtml(QStringLiteral(
        "<html><head><title>Mills start crushing early</title></head><body><form id=\"Form1\"><main>"
        "<div class=\"CommentThread\"><div class=\"CommentText\">%1</div></div></main></form></body></html>").arg(paragraphs()));
    EXPECT_TRUE(bodyText(form.article).contains(QLatin1String("support price would stay")));
}

// Recall: a code listing or a quotation inside a styling box between the paragraphs is part of the text.
TEST(HtmlBody, CodeListingInAStylingBoxIsRead)
{
    const Snapshot s = parseHtml(QStringLiteral(
        "<html><head><title>Reading closing rates</title></head><body><article><h1>Reading closing rates</h1>"
        "<div class=\"text\"><p>%1</p><div class=\"highlight\"><pre>for line in open(\"closing.lis\"): print(line.split(\"|\")[1])</pre></div>"
        "<p>%2</p><div class=\"share\"><ul><li><a href=\"/s\">Share this story on social media</a></li></ul></div><p>%3</p></div>"
        "</article></body></html>")
                                        .arg(QLatin1String(kParagraphs[0]), QLatin1String(kParagraphs[1]),
                                             QLatin1String(kParagraphs[2])));
    EXPECT_TRUE(bodyText(s.article).contains(QLatin1String("for line in open(\"closing.lis\")")));
    EXPECT_FALSE(bodyText(s.article).contains(QLatin1String("Share this story")));
}

namespace {

// Longer prose of our own, for pages whose boxes compete by length.
const char *kLongParagraphs[] = {
    "Cement despatches from northern plants rose in November as contractors returned to road projects that had stalled over the monsoon, the manufacturers' association said in its monthly figures.",
    "Exports fell for a third month, with freight to Afghanistan slowed by a border closure and sea shipments to Sri Lanka priced out by coal costs that plants could not pass on.",
    "Analysts at two Karachi brokerages said local demand would carry the sector through the winter, though both warned that a cut in the development budget would be felt by spring.",
    "Retail prices held at about fourteen hundred rupees a bag in Lahore and Rawalpindi, while dealers in the south reported discounts of up to forty rupees to move older stock.",
    "The association asked the government to bring forward the refund of sales tax owed to exporters, saying delays had tied up working capital that plants needed for fuel.",
    "Shares of the larger producers gained on the figures, with traders pointing to the month's despatch growth as the first sign that construction spending had turned.",
    "Plants in the south ran at about half of their capacity, the figures showed, against more than seventy per cent for those near the motorway projects in the north.",
    "Coal, most of it shipped from South Africa, made up close to two thirds of a plant's cash cost last quarter, and several firms have switched part of their kilns to local coal.",
};

QString longParagraphs(int from, int to)
{
    QString out;
    for (int i = from; i < to; ++i)
        out += QStringLiteral("<p>%1</p>\n").arg(QLatin1String(kLongParagraphs[i]));
    return out;
}

} // namespace

// "Part of the article": the page marks the story's box, and cuts the story into boxes of the same kind
// between ad slots; every part is read, the ad slot is not.
TEST(HtmlBody, StoryCutIntoMarkedSectionsBetweenAdsIsReadWhole)
{
    const Snapshot s = parseHtml(QStringLiteral(
        "<html><head><title>Cement despatches rise</title></head><body><article><h1>Cement despatches rise</h1>"
        "<section class=\"story-part\" itemprop=\"articleBody\">%1</section>"
        "<div class=\"ad-slot\">Advertisement</div>"
        "<section class=\"story-part\">%2</section>"
        "<section class=\"story-related\"><a href=\"/other\">Fertiliser offtake slows</a></section>"
        "</article></body></html>").arg(longParagraphs(0, 4), longParagraphs(4, 6)));
    const QString body = bodyText(s.article);
    EXPECT_TRUE(body.contains(QLatin1String("Cement despatches from northern plants")));
    EXPECT_TRUE(body.contains(QLatin1String("Shares of the larger producers gained")));
    EXPECT_FALSE(body.contains(QLatin1String("Advertisement")));
    EXPECT_FALSE(body.contains(QLatin1String("Fertiliser offtake")));
}

// "No article at all": a BEM modifier on the story's section ("report__section--ads": a section that has ad
// slots beside it) is not an ad.
TEST(HtmlBody, ModifierNamingAdsBesideTheSectionDoesNotHideIt)
{
    const Snapshot s = parseHtml(QStringLiteral(
        "<html><head><title>Cement despatches rise</title></head><body><h1>Cement despatches rise</h1>"
        "<div class=\"report\"><section class=\"report__section report__section--ads\">%1</section>"
        "<div class=\"ad--wide\"><p>Open an account with our sponsor today and trade from your phone, the offer says.</p></div>"
        "</div></body></html>").arg(longParagraphs(0, 3)));
    const QString body = bodyText(s.article);
    EXPECT_TRUE(body.contains(QLatin1String("Exports fell for a third month")));
    EXPECT_FALSE(body.contains(QLatin1String("sponsor")));
}

// "The wrong block": the story's box is named like a paywall; a smaller explainer box elsewhere has prose
// too. The story wins: much more prose in one column outweighs the name of its box.
TEST(HtmlBody, StoryInABoxNamedLikeAPaywallWinsOverASmallerExplainer)
{
    const Snapshot s = parseHtml(QStringLiteral(
        "<html><head><title>Cement despatches rise</title></head><body><h1>Cement despatches rise</h1>"
        "<div class=\"tools\"><div class=\"explain\"><p>Our reading score shows how well you follow a subject, by the depth of what you read on it. "
        "Each piece earns points from twenty to a hundred, set by our editors for how much it helps explain the week.</p>"
        "<p>Pieces that give the most context earn the most points, and your score is kept for you alone to see.</p>"
        "<p>Scores reset each month, so a reader who comes back after a break starts again from nothing, and can climb "
        "back by reading the explainers on the subjects of the day.</p>"
        "<p>Readers who sign in keep their score across devices, and may see how it compares with the average reader's "
        "score on the same subject over the last thirty days.</p></div></div>"
        "<div class=\"story\"><div class=\"article-body paywall\">%1%1%1</div></div></body></html>").arg(longParagraphs(0, 8)));
    const QString body = bodyText(s.article);
    EXPECT_TRUE(body.contains(QLatin1String("Cement despatches from northern plants")));
    EXPECT_TRUE(body.contains(QLatin1String("switched part of their kilns")));
    EXPECT_FALSE(body.contains(QLatin1String("reading score")));
}

// "The wrong block": a dialog (a newsletter pitch in a pop-up) is never the story, however long.
TEST(HtmlBody, DialogBoxIsNeverTheStory)
{
    const Snapshot s = parseHtml(QStringLiteral(
        "<html><head><title>Cement despatches rise</title></head><body><main><h1>Cement despatches rise</h1>"
        "<div class=\"the-content\">%1</div></main>"
        "<div class=\"dialog\"><div class=\"dialog__scroll\">%2</div></div></body></html>")
                                      .arg(longParagraphs(0, 3), longParagraphs(3, 8)));
    const QString body = bodyText(s.article);
    EXPECT_TRUE(body.contains(QLatin1String("Cement despatches from northern plants")));
    EXPECT_FALSE(body.contains(QLatin1String("Retail prices held")));
}

// "Part of the article": every part of the story is marked as the article's body, each in a wrapper of its
// own between ad slots; all parts are read, in order.
TEST(HtmlBody, EveryPartMarkedAsTheArticleBodyIsRead)
{
    const Snapshot s = parseHtml(QStringLiteral(
        "<html><head><title>Cement despatches rise</title></head><body><article><h1>Cement despatches rise</h1>"
        "<div class=\"wrap\"><section itemprop=\"articleBody\">%1</section></div>"
        "<div class=\"ad-slot\">Advertisement</div>"
        "<div class=\"wrap\"><section itemprop=\"articleBody\">%2</section></div>"
        "<div class=\"ad-slot\">Advertisement</div>"
        "<div class=\"wrap\"><section itemprop=\"articleBody\">%3</section></div>"
        "</article></body></html>").arg(longParagraphs(0, 4), longParagraphs(4, 6), longParagraphs(6, 8)));
    const QString body = bodyText(s.article);
    EXPECT_TRUE(body.contains(QLatin1String("Cement despatches from northern plants")));
    EXPECT_TRUE(body.contains(QLatin1String("Shares of the larger producers gained")));
    EXPECT_TRUE(body.contains(QLatin1String("switched part of their kilns")));
    EXPECT_LT(body.indexOf(QLatin1String("Shares of the larger")), body.indexOf(QLatin1String("switched part of their kilns")));
    EXPECT_FALSE(body.contains(QLatin1String("Advertisement")));
}

// "No article at all": the story's box is named like a paywall and the readers' comments below it are
// longer than the story; the lenient pass reads the story, never the comments.
TEST(HtmlBody, CommentsLongerThanAStoryInAPaywallBoxAreNeverItsColumn)
{
    QString comments;
    for (int i = 0; i < 6; ++i)
        comments += QStringLiteral("<article class=\"comment-body\"><p>%1</p></article>").arg(QLatin1String(kLongParagraphs[i]));
    const Snapshot s = parseHtml(QStringLiteral(
        "<html><head><title>Cement despatches rise</title></head><body class=\"single cookies-not-set\"><main>"
        "<article class=\"has-paywall\"><h1>Cement despatches rise</h1><div class=\"entry__content paywall-container\">%1</div></article>"
        "<section class=\"comment-list\">%2</section></main></body></html>").arg(paragraphs(), comments));
    const QString body = bodyText(s.article);
    EXPECT_TRUE(body.contains(QLatin1String("began crushing a week early")));
    EXPECT_FALSE(body.contains(QLatin1String("Cement despatches from northern plants")));
}

// Headline: structured data whose headline shares no word with any title the page shows (an encyclopedia's
// one-line description in the headline's place) gives way to the visible title; a heading's permalink mark
// ("¶") is not part of it.
TEST(HtmlBody, StructuredHeadlineUnlikeEveryShownTitleAndPermalinkMarks)
{
    const Snapshot described = parseHtml(QStringLiteral(
        "<html><head><title>Gwadar Port - Free Atlas</title>"
        "<script type=\"application/ld+json\">{\"@type\":\"Article\",\"name\":\"Gwadar Port\",\"headline\":\"deep-water harbour on the Arabian Sea\"}</script>"
        "</head><body><h1>Gwadar Port</h1>%1</body></html>").arg(paragraphs()));
    EXPECT_EQ(described.article.headline, QStringLiteral("Gwadar Port"));

    const Snapshot documented = parseHtml(QStringLiteral(
        "<html><head><title>Reading closing rates - MarketDesk manual</title></head><body>"
        "<h1>Reading closing rates<a class=\"headerlink\" href=\"#reading\">\u00b6</a></h1>%1</body></html>").arg(paragraphs()));
    EXPECT_EQ(documented.article.headline, QStringLiteral("Reading closing rates"));
}

// Byline: the title in a topper of its own, the byline in a signature line above the story's column with a
// "follow the authors" bar beside it; the writer's link goes to a page about a person, named like its slug.
TEST(HtmlBody, BylineInASignatureLineBetweenTheTitleAndTheColumn)
{
    const Snapshot s = parseHtml(QStringLiteral(
        "<html><head><title>Cement despatches rise - Daily Ledger</title></head><body>"
        "<div class=\"topper\"><div class=\"kicker\"><a href=\"/business\">Business</a></div><h1>Cement despatches rise</h1></div>"
        "<div class=\"share-bar\"><a href=\"/s\">Share</a></div>"
        "<div id=\"story-body\"><div class=\"sig-line\"><span class=\"story-byline\">By <a href=\"/people/nadia-qureshi\">Nadia Qureshi</a></span>"
        "<span class=\"stamp\">December 3 at 4:10 PM</span><span class=\"tweet-authors\"><a href=\"https://x.com/nadiaq\">Follow @nadiaq</a></span></div>"
        "<article>%1</article></div></body></html>").arg(longParagraphs(0, 4)));
    EXPECT_EQ(s.article.author, QStringLiteral("Nadia Qureshi"));

    // "Par", "Von", "Por": the word for "by" in other languages' bylines.
    const Snapshot french = parseHtml(QStringLiteral(
        "<html><head><title>Cement despatches rise</title></head><body><article><h1>Cement despatches rise</h1>"
        "<div class=\"author\">Par Claire Martin</div>%1</article></body></html>").arg(paragraphs()));
    EXPECT_EQ(french.article.author, QStringLiteral("Claire Martin"));
}

// Chrome: pointers to other stories led by the words other languages use ("Lea también:", "Mehr zum Thema",
// Urdu's "یہ بھی پڑھیں:") are related stories; a word or two that is wholly a link ("Weiter", "Permalink") is
// navigation; an address written out as a link stays.
TEST(HtmlBody, RelatedLeadsInOtherLanguagesAndOneWordLinksAreNotText)
{
    const Snapshot s = parseHtml(QStringLiteral(
        "<html><head><title>Cement despatches rise</title></head><body><article><h1>Cement despatches rise</h1>"
        "<div class=\"body\"><p>%1</p><p>Lea tambi\u00e9n: Exportaciones de cemento caen por tercer mes</p><p>%2</p>"
        "<p>\u06cc\u06c1 \u0628\u06be\u06cc \u067e\u0691\u06be\u06cc\u06ba: \u0633\u06cc\u0645\u0646\u0679 \u06a9\u06cc \u0628\u0631\u0622\u0645\u062f\u0627\u062a \u0645\u06cc\u06ba \u06a9\u0645\u06cc</p>"
        "<p>%3</p><h3>Mehr zum Thema</h3><p><a href=\"/next\">Weiter</a></p><p><a href=\"/p/1\">Permalink</a></p>"
        "<p><a href=\"https://data.example.org/cement\">https://data.example.org/cement</a></p></div></article></body></html>")
                                      .arg(QLatin1String(kLongParagraphs[0]), QLatin1String(kLongParagraphs[1]), QLatin1String(kLongParagraphs[2])));
    const QString body = bodyText(s.article);
    EXPECT_TRUE(body.contains(QLatin1String("Exports fell for a third month")));
    EXPECT_FALSE(body.contains(QStringLiteral("Lea tambi\u00e9n")));
    EXPECT_FALSE(body.contains(QStringLiteral("\u06cc\u06c1 \u0628\u06be\u06cc")));
    EXPECT_FALSE(body.contains(QLatin1String("Mehr zum Thema")));
    EXPECT_FALSE(body.contains(QLatin1String("Weiter")));
    EXPECT_FALSE(body.contains(QLatin1String("Permalink")));
    EXPECT_TRUE(body.contains(QLatin1String("https://data.example.org/cement")));
    EXPECT_TRUE(s.article.related.contains(QStringLiteral("Exportaciones de cemento caen por tercer mes")));
}

// "The wrong block": a cookie or privacy notice of long sentences is never the story, not even for the lenient
// pass that looks into boxes named like chrome; a page whose story is too short for the first pass keeps it.
TEST(HtmlBody, ConsentNoticeIsNeverTheStory)
{
    const QString notice = QStringLiteral(
        "<p>On this website we use, besides the technically necessary cookies, optional cookies for the statistical "
        "analysis of how our pages are used, for content from external platforms, and for remembering your settings.</p>"
        "<p>You can allow all cookies, choose only some of them, or refuse the optional ones; your choice can be changed "
        "at any time under the privacy settings linked at the bottom of every page.</p>");
    for (const char *box : {"privacy-notice collapsed", "alert warning dialogCookieWarning", "moove-gdpr-cookie-notice"}) {
        const Snapshot s = parseHtml(QStringLiteral(
            "<html><head><title>Mills start crushing early</title></head><body class=\"cookies-not-set\">"
            "<div class=\"%1\"><div class=\"text\">%2</div></div>"
            "<article><h1>Mills start crushing early</h1><div class=\"text\"><p>%3</p></div></article></body></html>")
                                         .arg(QLatin1String(box), notice, QLatin1String(kParagraphs[0])));
        const QString body = bodyText(s.article);
        EXPECT_FALSE(body.contains(QLatin1String("optional cookies"))) << box;
        EXPECT_TRUE(body.contains(QLatin1String("began crushing a week early"))) << box;
    }
}

// "Chrome kept" and lists lost: a box in the column that holds a list of sentences (tips, steps) is the story's
// text; a box of links beside it (a table of contents) is not.
TEST(HtmlBody, ListOfSentencesInABoxOfTheColumnIsRead)
{
    const Snapshot s = parseHtml(QStringLiteral(
        "<html><head><title>Filing your return before the deadline</title></head><body><article><h1>Filing your return before the deadline</h1>"
        "<div class=\"entry-content\">%1"
        "<div class=\"block-columns\"><div class=\"block-column\"><ul>"
        "<li>Keep the certificates of tax deducted by your bank and your employer in one folder.</li>"
        "<li>Check that the wealth statement lists every account you held on the last day of the year.</li>"
        "<li>File a few days early, when the portal is less busy.</li></ul></div>"
        "<div class=\"block-column\"><ul><li><a href=\"#a\">Certificates</a></li><li><a href=\"#b\">Wealth statement</a></li>"
        "<li><a href=\"#c\">Deadline</a></li></ul></div></div></div></article></body></html>").arg(paragraphs()));
    const QString body = bodyText(s.article);
    EXPECT_TRUE(body.contains(QLatin1String("began crushing a week early")));
    EXPECT_TRUE(body.contains(QLatin1String("Keep the certificates of tax deducted")));
    EXPECT_TRUE(body.contains(QLatin1String("when the portal is less busy")));
    EXPECT_FALSE(body.contains(QLatin1String("Wealth statement\n")));
    EXPECT_FALSE(body.contains(QLatin1String("Certificates")));

    // A recipe card: the steps make it a box of text, so its ingredients and times beside them are read too.
    const Snapshot recipe = parseHtml(QStringLiteral(
        "<html><head><title>Daal for a weeknight</title></head><body><article><h1>Daal for a weeknight</h1>"
        "<div class=\"entry-content\">%1<div class=\"recipe-card\"><div class=\"times\"><span>Cook: 35 min</span></div>"
        "<ul class=\"ingredients\"><li>1 cup red lentils</li><li>2 tomatoes</li><li>1 tsp cumin seeds</li></ul>"
        "<ol class=\"steps\"><li>Wash the lentils until the water runs clear, then boil them with turmeric and salt.</li>"
        "<li>Fry the cumin in oil until it darkens, add the tomatoes and cook them down to a paste.</li>"
        "<li>Stir the paste into the lentils and simmer for five minutes before serving.</li></ol></div></div></article></body></html>")
                                          .arg(paragraphs()));
    const QString card = bodyText(recipe.article);
    EXPECT_TRUE(card.contains(QLatin1String("Cook: 35 min")));
    EXPECT_TRUE(card.contains(QLatin1String("1 cup red lentils")));
    EXPECT_TRUE(card.contains(QLatin1String("simmer for five minutes")));
}

// "No article at all": a style library names every paragraph after its component ("tagStyle_z4kqwb-o_O-…"); that
// is how the paragraph looks, not a list of tags. A box named "tags" is still the story's tags.
TEST(HtmlBody, GeneratedStyleClassNamesAreNotChrome)
{
    QString body;
    for (const char *p : kParagraphs)
        body += QStringLiteral("<p class=\"tagStyle_z4kqwb-o_O-style_1tcxgp3-o_O-style_48hmcm\">%1</p>").arg(QLatin1String(p));
    const Snapshot s = parseHtml(QStringLiteral(
        "<html><head><title>Mills start crushing early</title></head><body><main><h1>Mills start crushing early</h1><div>%1</div>"
        "<div class=\"tags-list\"><a href=\"/t/sugar\">Sugar</a> <a href=\"/t/punjab\">Punjab</a></div></main></body></html>").arg(body));
    const QString text = bodyText(s.article);
    EXPECT_TRUE(text.contains(QLatin1String("began crushing a week early")));
    EXPECT_TRUE(text.contains(QLatin1String("second half of the month")));
    EXPECT_FALSE(text.contains(QLatin1String("Punjab\n"))) << qPrintable(text);
}

// A short bold line in a box of its own between the column's paragraphs ("1. Choose the pot") is a sub-heading
// over the text after it, not lost for being short.
TEST(HtmlBody, ShortBoldLineInABoxOfItsOwnIsASubheading)
{
    const QString boxes = paragraphsIn(QStringLiteral("<div class=\"paragraph\"><p>%1</p></div>"));
    const Snapshot s = parseHtml(QStringLiteral(
        "<html><head><title>Mills start crushing early</title></head><body><article><h1>Mills start crushing early</h1>"
        "<div class=\"content\">%1<div class=\"paragraph\"><p><strong>1. Cane prices</strong></p></div>"
        "<div class=\"paragraph\"><p>Growers asked for Rs450 a maund, the price mills paid in the last weeks of the previous season.</p></div>"
        "</div></article></body></html>").arg(boxes));
    ASSERT_EQ(s.article.blocks.size(), 5);
    EXPECT_EQ(s.article.blocks[3].kind, ArticleBlock::Kind::Subheading);
    EXPECT_EQ(s.article.blocks[3].text, QStringLiteral("1. Cane prices"));
}

// "The wrong block": a story whose paragraphs are each a <div> of phrasing content (`<div><span>…</span></div>`,
// as rich-text editors save them) is read as paragraphs, as Readability reads such a <div>, and wins over a short
// note of real <p>s; a short line in such a wrapper (`<div><em>Published in …</em></div>`) is no paragraph.
TEST(HtmlBody, ParagraphsEachInADivOfPhrasingContentAreRead)
{
    QString chapter;
    for (const char *p : kLongParagraphs)
        chapter += QStringLiteral("<div style=\"margin: 1em 0\"><div style=\"direction: ltr\"><span style=\"font-family: arial\">%1</span></div></div>")
                       .arg(QLatin1String(p));
    const Snapshot s = parseHtml(QStringLiteral(
        "<html><head><title>Cement despatches rise</title></head><body><div class=\"page\">"
        "<div class=\"note\"><p>%1</p><p>%2</p></div>"
        "<div class=\"chapter\"><h1>Cement despatches rise</h1><div class=\"inner\">%3"
        "<div><em>Published in the print edition</em></div></div></div></div></body></html>")
                                     .arg(QLatin1String(kParagraphs[0]), QLatin1String(kParagraphs[1]), chapter));
    const QString body = bodyText(s.article);
    EXPECT_TRUE(body.contains(QLatin1String("Cement despatches from northern plants"))) << qPrintable(body);
    EXPECT_FALSE(body.contains(QLatin1String("began crushing a week early")));
    EXPECT_FALSE(body.contains(QLatin1String("Published in the print edition")));
}

// "Recall": a document paged into sister boxes of one kind (`<pre class="newpage">`, one per printed page) is
// read whole, though a page of plain lines scores far below the page of references with its many commas.
TEST(HtmlBody, SisterBoxesOfTheColumnsKindCarryItsTextOn)
{
    const QString pages = QStringLiteral(
        "<pre class=\"newpage\">Draft          Listing of Traded Securities          March 2024\n\n"
        "1.  Introduction\n\n   This memo describes how the exchange publishes the closing rates of listed\n"
        "   securities at the end of each trading session\n</pre>"
        "<pre class=\"newpage\">Draft          Listing of Traded Securities          March 2024\n\n"
        "2.  The closing file\n\n   Each line of the file holds one security and its prices for the day\n</pre>"
        "<pre class=\"newpage\">Draft          Listing of Traded Securities          March 2024\n\n"
        "3.  References\n\n   [RATES] Exchange, \"Closing rates\", Notice 12, Karachi, Lahore, Islamabad, 2023.\n"
        "   [SECTORS] Exchange, \"Sector codes\", Notice 7, Karachi, Lahore, Islamabad, 2022.\n"
        "   [HOURS] Exchange, \"Trading hours\", Notice 3, Karachi, Lahore, Islamabad, 2021.\n</pre>");
    const Snapshot s = parseHtml(QStringLiteral("<html><head><title>Listing of Traded Securities</title></head><body>"
                                                "<div class=\"links\"><a href=\"/\">Home</a></div>%1</body></html>").arg(pages));
    const QString body = bodyText(s.article);
    EXPECT_TRUE(body.contains(QLatin1String("publishes the closing rates"))) << qPrintable(body);
    EXPECT_TRUE(body.contains(QLatin1String("holds one security and its prices")));
    EXPECT_TRUE(body.contains(QLatin1String("Sector codes")));
}

// "Recall": a documentation page's sections, whose headings are links back to its table of contents and to
// their own anchors (`#id5`, `¶`), are sections of the text, not a list of other stories' cards.
TEST(HtmlBody, SectionsWhoseHeadingsLinkWithinThePageAreText)
{
    QString sections;
    for (int i = 0; i < 3; ++i)
        sections += QStringLiteral("<div class=\"section\" id=\"part-%1\"><h3><a class=\"toc-backref\" href=\"#toc%1\">Part %1 of the guide</a>"
                                   "<a class=\"headerlink\" href=\"#part-%1\">\u00b6</a></h3><p>%2</p></div>")
                        .arg(i)
                        .arg(QLatin1String(kLongParagraphs[i]));
    const Snapshot s = parseHtml(QStringLiteral(
        "<html><head><title>A guide to despatch figures</title></head><body><div class=\"document\"><div class=\"section\" id=\"guide\">"
        "<h1>A guide to despatch figures</h1>%1<div class=\"section\" id=\"parts\"><h2><a href=\"#toc\">The parts</a></h2>%2</div>"
        "</div></div></body></html>").arg(paragraphs(), sections));
    const QString body = bodyText(s.article);
    for (int i = 0; i < 3; ++i)
        EXPECT_TRUE(body.contains(QString::fromLatin1(kLongParagraphs[i]).left(40))) << i << qPrintable(body);
}

// "Chrome kept": a related box's lead set as a line of its own above the box's list ("Veja também:", "Read
// more:") is not text, like the same lead set as a heading, also in a box the page marks as the story's body.
TEST(HtmlBody, ARelatedLeadLineOnItsOwnIsNotText)
{
    for (const char *lead : {"Veja Também:", "Read more:", "Lesen Sie auch"}) {
        const Snapshot s = parseHtml(QStringLiteral(
            "<html><head><title>Mills start crushing early</title></head><body><article><h1>Mills start crushing early</h1>"
            "<div class=\"content\" itemprop=\"articleBody\"><p>%1</p><div class=\"more\"><div class=\"title\">%2</div><ul><li><a href=\"/x/other-story\">"
            "Sugar exports resume after a two-year ban</a></li></ul></div><p>%3</p><p>%4</p></div></article></body></html>")
                                         .arg(QLatin1String(kParagraphs[0]), QString::fromUtf8(lead), QLatin1String(kParagraphs[1]),
                                              QLatin1String(kParagraphs[2])));
        const QString body = bodyText(s.article);
        EXPECT_FALSE(body.contains(QString::fromUtf8(lead))) << lead << qPrintable(body);
        EXPECT_TRUE(body.contains(QLatin1String("support price would stay"))) << lead;
    }
}

// Class words: a word of a token split at '-' and '_', found wherever it stands in the token.
TEST(HtmlBody, ClassWordsAreWholeWordsOfTheToken)
{
    using md::html::hasClassWord;
    EXPECT_TRUE(hasClassWord("td_block_poll", "poll"));
    EXPECT_TRUE(hasClassWord("byline__role", "role"));
    EXPECT_TRUE(hasClassWord("poll", "poll"));
    EXPECT_TRUE(hasClassWord("xpoll_poll", "poll"));  // the second place it stands
    EXPECT_TRUE(hasClassWord("a--poll--b", "poll"));
    EXPECT_FALSE(hasClassWord("pollution", "poll"));
    EXPECT_FALSE(hasClassWord("controls", "role"));
    EXPECT_FALSE(hasClassWord("privacybar", "bar"));
    EXPECT_FALSE(hasClassWord("", "poll"));
}

// "No article at all": a video's page whose only text is its description, printed in the player's caption box
// and repeated in its meta tags, gives that paragraph as the body rather than none; a page whose description
// no paragraph prints stays without a body, and a short slogan is never the body.
TEST(HtmlBody, AVideosPageWhoseOnlyTextIsItsDescription)
{
    const QString page = QStringLiteral(
        "<html><head><title>Karachi port clears a record backlog - Ledger TV</title>"
        "<meta property='og:description' content='%1'></head><body><header class='site'><a href='/'>Ledger TV</a></header>"
        "<main><h1>Karachi port clears a record backlog</h1><div class='player'><video src='clip.mp4'></video></div>"
        "<div class='item-caption'><span class='teaser-cat'>von Samira Qadri</span><p class='item-description'>%2</p></div>"
        "</main></body></html>");
    const QString description = QStringLiteral(
        "Karachi's port cleared a record backlog of containers this week. Traders said the delay had cost them "
        "orders, and shipping lines asked for longer hours at the terminals.");
    const Snapshot shown = parseHtml(page.arg(description, description));
    ASSERT_EQ(shown.article.blocks.size(), 1);
    EXPECT_EQ(shown.article.blocks.front().text, description);
    EXPECT_TRUE(parseHtml(page.arg(description, QStringLiteral("Watch the clip."))).article.blocks.isEmpty());
    EXPECT_TRUE(parseHtml(page.arg(QStringLiteral("Port news."), QStringLiteral("Port news."))).article.blocks.isEmpty());
}

// "Chrome kept": story cards after the text, under a heading in the page's language ("Zum
// Weiterlesen", "Das könnte Sie auch interessieren!", "Related articles"), each card's title a heading that is
// wholly a link to another page, with a date or section label beside it: neither the grid's heading nor its
// cards' titles and labels are text. A heading that
// links within the page stays a sub-heading (SectionsWhoseHeadingsLinkWithinThePageAreText).
TEST(HtmlBody, StoryCardsAfterTheTextAreNotSubheadings)
{
    for (const char *lead : {"Zum Weiterlesen", "Das könnte Sie auch interessieren!", "Related articles", "Sur le même sujet"}) {
        const Snapshot s = parseHtml(QStringLiteral(
            "<html><head><title>Mills start crushing early</title></head><body><main><article><h1>Mills start crushing early</h1>"
            "<p>%1</p><h2>Prices at the mill gate</h2><p>%2</p><p>%3</p>"
            "<h2>%4</h2><p>12 March 2024 // Markets</p><a href=\"/news/cotton-arrivals\">"
            "<h3>Cotton arrivals fall short of last season</h3></a><h3><a href=\"https://example.com/wheat\">"
            "Wheat flour prices ease in Lahore</a></h3><p>Commodities</p></article></main></body></html>")
                                         .arg(QLatin1String(kParagraphs[0]), QLatin1String(kParagraphs[1]),
                                              QLatin1String(kParagraphs[2]), QString::fromUtf8(lead)));
        const QString body = bodyText(s.article);
        EXPECT_TRUE(body.contains(QLatin1String("Prices at the mill gate"))) << lead;
        EXPECT_TRUE(body.contains(QLatin1String("second half of the month"))) << lead;
        for (const char *chrome : {lead, "Cotton arrivals", "Wheat flour prices", "12 March", "Commodities"})
            EXPECT_FALSE(body.contains(QString::fromUtf8(chrome))) << lead << " / " << chrome << "\n" << qPrintable(body);
        EXPECT_EQ(s.article.related, (QStringList{QStringLiteral("Cotton arrivals fall short of last season"),
                                                  QStringLiteral("Wheat flour prices ease in Lahore")}))
            << lead;
    }
}

// "Chrome kept": a picture's credit and caption in boxes named for them ("photo-credit", "copyright",
// "ngart-img__cont__author", "image-annotation") are not text; a text module named for its picture
// ("image-text") is.
TEST(HtmlBody, PictureCreditsNamedByTheirBoxesAreNotText)
{
    const Snapshot s = parseHtml(QStringLiteral(
        "<html><head><title>Mills start crushing early</title></head><body><main><article><h1>Mills start crushing early</h1>"
        "<p>%1</p><div class=\"story-img\"><div class=\"story-img__cont__copy\">Cane at a mill gate near Jhang.</div>"
        "<div class=\"story-img__cont__author\">Photograph by Nadia Rauf</div></div>"
        "<p>%2</p><span class=\"picture-element\"><p class=\"image-annotation\"><em class=\"copyright\">Press Office | Omar Jatoi</em></p></span>"
        "<div class=\"image-text\"><p>%3</p></div><p class=\"photo-credit\">AFP/Getty Images</p></article></main></body></html>")
                                     .arg(QLatin1String(kParagraphs[0]), QLatin1String(kParagraphs[1]), QLatin1String(kParagraphs[2])));
    const QString body = bodyText(s.article);
    EXPECT_TRUE(body.contains(QLatin1String("second half of the month"))) << qPrintable(body);
    for (const char *chrome : {"Cane at a mill gate", "Photograph by", "Omar Jatoi", "Getty Images"})
        EXPECT_FALSE(body.contains(QLatin1String(chrome))) << chrome << "\n" << qPrintable(body);
}

// "Recall": the lead in a box of its own above the column (the title printed apart, in the breadcrumbs), with a
// picture's box (its credit the only text) or an
// ad slot between them, is still the story's lead; a box of more text between them is not passed over.
TEST(HtmlBody, LeadBoxAbovePictureBeforeTheColumnIsTheLead)
{
    const QString page = QStringLiteral(
        "<html><head><title>Mills start crushing early</title></head><body><div class=\"crumbs\"><ol><li><a href=\"/\">Home</a></li>"
        "<li><h1>Mills start crushing early</h1></li></ol></div><main><article>"
        "<div class=\"story__intro\"><p>Growers in Punjab won an early start to the crushing season after weeks of protest.</p></div>"
        "%1<div class=\"rte\"><p>%2</p><p>%3</p><p>%4</p></div></article></main></body></html>");
    const QString lead = QStringLiteral("Growers in Punjab won an early start to the crushing season after weeks of protest.");
    const QString picture = QStringLiteral(
        "<div class=\"story__intro\"><div class=\"image-box\"><img src=\"cane.jpg\" alt=\"\"><div class=\"a-copyright\">\u00a9 Nadia Rauf</div></div></div>"
        "<div class=\"slot\" id=\"ad-top\"></div>");
    const Snapshot s = parseHtml(page.arg(picture, QLatin1String(kParagraphs[0]), QLatin1String(kParagraphs[1]), QLatin1String(kParagraphs[2])));
    EXPECT_EQ(s.article.summary, QStringList{lead});
    EXPECT_FALSE(bodyText(s.article).contains(QLatin1String("Nadia Rauf")));
    const QString box = QStringLiteral(
        "<div class=\"facts\"><p>Crushing began on 1 November in 2023 and on 15 November the year before, the cane commissioner's office said.</p></div>");
    const Snapshot boxed = parseHtml(page.arg(box, QLatin1String(kParagraphs[0]), QLatin1String(kParagraphs[1]), QLatin1String(kParagraphs[2])));
    EXPECT_TRUE(boxed.article.summary.isEmpty()) << qPrintable(boxed.article.summary.join(u'|'));
}

// "Recall": a long sentence set as the first heading of the column, before its first paragraph, is the lead set
// large (the story's summary); a short heading there is a label over the text and is left out.
TEST(HtmlBody, LongSentenceHeadingOpeningTheColumnIsTheLead)
{
    const QString page = QStringLiteral(
        "<html><head><title>Mills start crushing early</title></head><body><main><div class=\"share\"><a href=\"#\">Share</a></div>"
        "<h1>Mills start crushing early</h1><div class=\"ad\"></div><div class=\"body\"><h2>%1</h2><p>%2</p><p>%3</p><p>%4</p></div>"
        "</main></body></html>");
    const QString lead = QStringLiteral("During a week of talks in Lahore the provincial government agreed that mills may start crushing early this season.");
    const Snapshot s = parseHtml(page.arg(lead, QLatin1String(kParagraphs[0]), QLatin1String(kParagraphs[1]), QLatin1String(kParagraphs[2])));
    EXPECT_EQ(s.article.summary, QStringList{lead});
    ASSERT_FALSE(s.article.blocks.isEmpty());
    EXPECT_EQ(s.article.blocks.first().text, QLatin1String(kParagraphs[0]));
    const Snapshot label = parseHtml(page.arg(QStringLiteral("Fact or Fiction?"), QLatin1String(kParagraphs[0]), QLatin1String(kParagraphs[1]),
                                              QLatin1String(kParagraphs[2])));
    EXPECT_TRUE(label.article.summary.isEmpty());
    EXPECT_FALSE(bodyText(label.article).contains(QLatin1String("Fact or Fiction")));
}

// "Recall": a heading of a few words right over the column's first paragraph titles the text under it (a
// sub-title, a section's name) and stays its first sub-heading; the story's title repeated there does not.
TEST(HtmlBody, ShortHeadingOverTheFirstParagraphStaysASubheading)
{
    const QString page = QStringLiteral(
        "<html><head><title>Sugar mills in Sindh start crushing early this season</title></head><body><main><h1>Sugar mills in Sindh start crushing early this season</h1>"
        "<div class=\"body\"><h2>%1</h2><p>%2</p><p>%3</p><p>%4</p></div></main></body></html>");
    const QString subtitle = QStringLiteral("Growers in Sindh count the cost of late rains");
    const Snapshot s = parseAroundParagraphs(page, subtitle);
    EXPECT_EQ(s.article.headline, QLatin1String("Sugar mills in Sindh start crushing early this season"));
    ASSERT_EQ(s.article.blocks.size(), 4);
    EXPECT_EQ(s.article.blocks.first().kind, ArticleBlock::Kind::Subheading);
    EXPECT_EQ(s.article.blocks.first().text, subtitle);
    EXPECT_EQ(s.article.blocks[1].text, QLatin1String(kParagraphs[0]));
    const Snapshot repeated = parseAroundParagraphs(page, QStringLiteral("Sugar mills in Sindh start crushing early this season"));
    ASSERT_FALSE(repeated.article.blocks.isEmpty());
    EXPECT_EQ(repeated.article.blocks.first().text, QLatin1String(kParagraphs[0]));
}

// "Recall": a whole sentence of twelve words or more set as a heading after the last paragraph (in the text's
// last box) closes the text (a call set large); a short heading there ("More from Lahore") heads nothing.
TEST(HtmlBody, ClosingSentenceSetAsAHeadingIsText)
{
    const QString page = QStringLiteral(
        "<html><head><title>Mills start crushing early</title></head><body><main><h1>Mills start crushing early</h1>"
        "<div class=\"body\"><div class=\"part\"><p>%1</p><p>%2</p></div><div class=\"part\"><p>%3</p><h3>%4</h3></div></div>"
        "</main></body></html>");
    const QString closing = QStringLiteral("The cane commissioner will publish the full crushing schedule for every district on Monday.");
    const Snapshot s = parseAroundParagraphs(page, closing, true);
    ASSERT_EQ(s.article.blocks.size(), 4);
    EXPECT_EQ(s.article.blocks.last().kind, ArticleBlock::Kind::Paragraph);
    EXPECT_EQ(s.article.blocks.last().text, closing);
    const Snapshot label = parseAroundParagraphs(page, QStringLiteral("More from Lahore"), true);
    ASSERT_EQ(label.article.blocks.size(), 3);
    EXPECT_EQ(label.article.blocks.last().text, QLatin1String(kParagraphs[2]));
}

// "Recall": the lead set apart in a box above the boxes the column sits alone in (`<div><p>lead</p></div>
// <section><div><div>column`) is the story's standfirst; a box of links there is not.
TEST(HtmlBody, LeadAboveTheBoxesAroundTheColumnIsTheStandfirst)
{
    const QString page = QStringLiteral(
        "<html><head><title>Mills start crushing early</title></head><body><main><div class=\"head\"><div><h1>Mills start crushing early</h1>"
        "</div><div class=\"meta\">Cane desk</div></div><div class=\"col\">%1</div><section class=\"story\"><div class=\"wrap\"><div>"
        "<p>%2</p><p>%3</p><p>%4</p></div></div></section></main></body></html>");
    const QString lead = QStringLiteral("Growers in Punjab won an early start to the crushing season after weeks of protest in Lahore.");
    const Snapshot s = parseAroundParagraphs(page, QStringLiteral("<p class=\"large\">%1</p>").arg(lead));
    EXPECT_EQ(s.article.summary, QStringList{lead});
    ASSERT_EQ(s.article.blocks.size(), 3);
    EXPECT_EQ(s.article.blocks.first().text, QLatin1String(kParagraphs[0]));
    const Snapshot links = parseAroundParagraphs(page, QStringLiteral("<p><a href=\"/cane\">Cane prices in Sindh and Punjab this week</a> "
                                                                      "<a href=\"/wheat\">Wheat stocks at the provincial food department</a></p>"));
    EXPECT_TRUE(links.article.summary.isEmpty());
    EXPECT_FALSE(bodyText(links.article).contains(QLatin1String("Cane prices")));
}

// "Precision": a heading over nothing but lines of links at the text's end ("Also on Cane Weekly" over dated
// links) is a box of other stories, however it is worded; a heading over a paragraph with a link in it is text.
TEST(HtmlBody, HeadingOverOnlyLinksAtTheEndIsOtherStories)
{
    const QString page = QStringLiteral(
        "<html><head><title>Mills start crushing early</title></head><body><main><h1>Mills start crushing early</h1>"
        "<div class=\"body\"><p>%1</p><p>%2</p><p>%3</p>%4</div></main></body></html>");
    const QString more = QStringLiteral(
        "<h3>Also on Cane Weekly</h3><ul><li>2023-11-02: <a href=\"/sindh-mills\">Mills in Sindh delay crushing</a></li>"
        "<li><a href=\"/support-price\">Growers protest the support price</a></li></ul>");
    const Snapshot s = parseAroundParagraphs(page, more, true);
    ASSERT_EQ(s.article.blocks.size(), 3);
    EXPECT_EQ(s.article.blocks.last().text, QLatin1String(kParagraphs[2]));
    EXPECT_TRUE(s.article.related.contains(QLatin1String("Mills in Sindh delay crushing"))) << qPrintable(s.article.related.join(u'|'));
    const QString text = QStringLiteral(
        "<h3>What growers say</h3><p>Farmers in Rahim Yar Khan told <a href=\"/kissan\">the Kissan Board</a> that the early start left "
        "them no time to sow wheat on the cleared fields.</p>");
    const Snapshot kept = parseAroundParagraphs(page, text, true);
    ASSERT_EQ(kept.article.blocks.size(), 5);
    EXPECT_EQ(kept.article.blocks[3].text, QLatin1String("What growers say"));
}

// "Recall": an <h1> set in the breadcrumbs ("Home » Crops » <h1>Headline</h1>", in a <nav> or a box named for
// them) names the page for search engines; the story's head is read around the title printed again (an <h2>
// or a box whose class says title), so its lead is found.
TEST(HtmlBody, TitleInTheBreadcrumbsIsNotTheStorysHead)
{
    const QString page = QStringLiteral(
        "<html><head><title>Mills start crushing early | Cane Weekly</title></head><body>%1"
        "<main><header class=\"entry-header\">%2<div class=\"entry-meta\"><span class=\"byline\">von <a href=\"/author/omar\">Omar Jatoi</a></span></div>"
        "<div class=\"lead\"><p>Growers in Punjab won an early start to the crushing season after weeks of protest.</p></div></header>"
        "<figure><img src=\"cane.jpg\" alt=\"\"></figure><article class=\"article-body\"><p>%3</p><p>%4</p><p>%5</p></article></main></body></html>");
    const QString crumbs[] = {
        QStringLiteral("<div class=\"site-breadcrumb\"><div class=\"wrapper\"><span><span><a href=\"/\">Home</a> \u00bb <span><a href=\"/crops\">Crops</a> "
                       "\u00bb <span><a href=\"/crops/sugar\">Sugar</a> \u00bb <h1>Mills start crushing early</h1></span></span></span></span></div></div>"),
        QStringLiteral("<nav><ol itemscope itemtype=\"https://schema.org/BreadcrumbList\"><li><a href=\"/\">Home</a></li>"
                       "<li><h1 class=\"crumb-title\">Mills start crushing early</h1></li></ol></nav>"),
    };
    const QString titles[] = {QStringLiteral("<h2 class=\"entry-title\">Mills start crushing early</h2>"),
                              QStringLiteral("<div class=\"h1 page-title\"><span>Mills start crushing early</span></div>")};
    for (const QString &crumb : crumbs) {
        for (const QString &title : titles) {
            const Snapshot s = parseHtml(page.arg(crumb, title, QLatin1String(kParagraphs[0]), QLatin1String(kParagraphs[1]),
                                                  QLatin1String(kParagraphs[2])));
            EXPECT_EQ(s.article.headline, QStringLiteral("Mills start crushing early"));
            EXPECT_EQ(s.article.author, QStringLiteral("Omar Jatoi"));
            EXPECT_EQ(s.article.summary, QStringList{QStringLiteral("Growers in Punjab won an early start to the crushing season after weeks of protest.")})
                << qPrintable(crumb) << qPrintable(title);
        }
    }
}

// "Recall": the lead's box above the column wrapped in a grid's row and cell, or named with the word glued on
// ("ce_articleIntro") or as the "leader", is still the lead.
TEST(HtmlBody, LeadBoxInsideAGridRowAboveTheColumn)
{
    const QString lead = QStringLiteral("Growers in Punjab won an early start to the crushing season after weeks of protest.");
    for (const char *name : {"teaser-text", "ce_articleIntro", "leader"}) {
        const Snapshot s = parseHtml(QStringLiteral(
            "<html><head><title>Mills start crushing early</title></head><body><div class=\"crumbs\"><ol><li><a href=\"/\">Home</a></li>"
            "<li><h1>Mills start crushing early</h1></li></ol></div><div class=\"news\">"
            "<div class=\"row\"><div class=\"col-sm-12\"><div class=\"%1\"><p>%2</p></div></div></div>"
            "<div class=\"row\"><div class=\"col-sm-6\"><div class=\"text-wrap\"><p>%3</p><p>%4</p><p>%5</p></div></div></div>"
            "</div></body></html>")
                                         .arg(QLatin1String(name), lead, QLatin1String(kParagraphs[0]), QLatin1String(kParagraphs[1]),
                                              QLatin1String(kParagraphs[2])));
        EXPECT_EQ(s.article.summary, QStringList{lead}) << name;
        EXPECT_EQ(s.article.blocks.size(), 3) << name;
    }
}

// "Recall": a long sentence right after the title's own box (`<div><h1>…</h1></div><p>lead</p>`), in a head apart
// from the body, is the lead, as it is right after a bare <h1>.
TEST(HtmlBody, LeadParagraphAfterTheTitlesOwnBox)
{
    const QString lead = QStringLiteral("Growers in Punjab won an early start to the crushing season after weeks of protest in Lahore.");
    const Snapshot s = parseHtml(QStringLiteral(
        "<html><head><title>Mills start crushing early</title></head><body><main><article><header><div class=\"x1\"><h1><span>Mills start "
        "crushing early</span></h1></div><p class=\"x2\">%1</p><figure><img src=\"cane.jpg\" alt=\"\"><figcaption>Cane at a mill.</figcaption></figure>"
        "<p class=\"x3\">By Omar Jatoi</p></header><section name=\"articleBody\"><div class=\"x4\"><p>%2</p><p>%3</p><p>%4</p></div></section>"
        "</article></main></body></html>")
                                     .arg(lead, QLatin1String(kParagraphs[0]), QLatin1String(kParagraphs[1]), QLatin1String(kParagraphs[2])));
    EXPECT_EQ(s.article.summary, QStringList{lead});
    EXPECT_EQ(s.article.author, QStringLiteral("Omar Jatoi"));
    EXPECT_EQ(s.article.blocks.size(), 3);
}

// "Chrome kept": readers' comments read with the story when their box carries no comment name end the text at
// their heading ("3 Kommentare", "Leave a Reply", "Comments are closed"); a table's "Comment" column and a
// sub-heading that merely holds the word stay.
TEST(HtmlBody, ReadersCommentsEndTheTextAtTheirHeading)
{
    for (const char *heading : {"3 Kommentare", "Leave a Reply", "Comments", "1 Comment", "Kommentare geschlossen"}) {
        const Snapshot s = parseHtml(QStringLiteral(
            "<html><head><title>Mills start crushing early</title></head><body><main><h1>Mills start crushing early</h1><div class=\"box\">"
            "<p>%1</p><p>%2</p><p>%3</p><h3>%4</h3><p>You are not logged in.</p><p>Great news for growers, I hope prices hold at the mill gate this year.</p>"
            "</div></main></body></html>")
                                         .arg(QLatin1String(kParagraphs[0]), QLatin1String(kParagraphs[1]), QLatin1String(kParagraphs[2]),
                                              QLatin1String(heading)));
        const QString body = bodyText(s.article);
        EXPECT_TRUE(body.contains(QLatin1String("second half of the month"))) << heading;
        for (const char *comment : {heading, "not logged in", "Great news for growers"})
            EXPECT_FALSE(body.contains(QLatin1String(comment))) << heading << " / " << comment;
    }
    EXPECT_FALSE(opensComments(u"Comment"));
    EXPECT_FALSE(opensComments(u"Comments on the budget from the business community"));
    EXPECT_FALSE(opensComments(u"Responses"));
    EXPECT_TRUE(opensComments(u"12 Responses"));
    EXPECT_TRUE(opensComments(u"Schreibe einen Kommentar"));
}

// "Chrome kept": the site asking for support, offering its app for the latest news, or asking the reader to join
// or subscribe, in English, German, Spanish and French, is not the story's text; a sentence that reports on an
// app is.
TEST(HtmlBody, TheSitesAppAndSupportCallsAreNotText)
{
    EXPECT_TRUE(isCallToReader(u"For the latest stories and breaking news updates download the Ledger apps for iOS and Android."));
    EXPECT_TRUE(isCallToReader(u"Get the latest news straight to your phone with the Ledger app."));
    EXPECT_TRUE(isCallToReader(u"If you enjoyed reading this post, would you consider supporting our work?"));
    EXPECT_TRUE(isCallToReader(u"Werden Sie Mitglied und erhalten Sie exklusive Angebote!"));
    EXPECT_TRUE(isCallToReader(u"Suscríbete a nuestro boletín."));
    EXPECT_FALSE(isCallToReader(u"The bank said customers could download the new app from Monday to check their balances."));
    EXPECT_FALSE(isCallToReader(u"If you ask growers, the support price is too low."));
    const Snapshot s = parseHtml(QStringLiteral(
        "<html><head><title>Mills start crushing early</title></head><body><main><h1>Mills start crushing early</h1><div class=\"box\">"
        "<p>%1</p><p>%2</p><p>%3</p><p>For the latest stories and breaking news updates download the Ledger apps for iOS and Android.</p>"
        "</div></main></body></html>")
                                     .arg(QLatin1String(kParagraphs[0]), QLatin1String(kParagraphs[1]), QLatin1String(kParagraphs[2])));
    EXPECT_EQ(s.article.blocks.size(), 3);
}

// "Recall": a word linked in a sentence keeps its place whatever its link's class or id names ("posted to <a
// id=ramplink_Facebook>Facebook</a> started", a "share" class): only an ad, hidden text or a credit tucked at the
// paragraph's end is left out of the sentence.
TEST(HtmlBody, AWordLinkedInASentenceKeepsItsPlace)
{
    const Snapshot s = parseHtml(QStringLiteral(
        "<html><head><title>Mills start crushing early</title></head><body><main><h1>Mills start crushing early</h1><div class=\"box\">"
        "<p>A grower's photo posted to <a id=\"ramplink_Facebook_\" href=\"https://facebook.com/x\">Facebook</a> started a row over cane "
        "prices, and <span class=\"share-word\">dealers</span> joined in.</p><p>%1 <span class=\"ad\">Advertisement</span></p><p>%2</p>"
        "<p>%3 <span class=\"credit\">By Cane Weekly Staff</span></p></div></main></body></html>")
                                     .arg(QLatin1String(kParagraphs[0]), QLatin1String(kParagraphs[1]), QLatin1String(kParagraphs[2])));
    ASSERT_EQ(s.article.blocks.size(), 4);
    EXPECT_EQ(s.article.blocks[0].text,
              QStringLiteral("A grower's photo posted to Facebook started a row over cane prices, and dealers joined in."));
    EXPECT_EQ(s.article.blocks[1].text, QLatin1String(kParagraphs[0]));
    EXPECT_EQ(s.article.blocks[3].text, QLatin1String(kParagraphs[2]));
}

// Dates: a teaser's meta line ("teaser-small__metadata": `VON … am 21. April 2020`) is the story's byline and
// date, not its lead; the lead is the paragraph after it.
TEST(HtmlBody, ATeasersMetaLineIsNotTheLead)
{
    const Snapshot s = parseHtml(QStringLiteral(
        "<html><head><title>Mills start crushing early</title></head><body><main><article><h1>Mills start crushing early</h1>"
        "<div class=\"teaser-small__metadata\"><p class=\"byline__author\"> VON <a href=\"/autoren/omar-jatoi\">OMAR JATOI</a> am 21. April 2020 </p></div>"
        "<p class=\"lead\">Growers in Punjab won an early start to the crushing season after weeks of protest.</p>"
        "<div class=\"body\"><p>%1</p><p>%2</p><p>%3</p></div></article></main></body></html>")
                                     .arg(QLatin1String(kParagraphs[0]), QLatin1String(kParagraphs[1]), QLatin1String(kParagraphs[2])));
    EXPECT_EQ(s.article.publishedAt.toIsoString(), QStringLiteral("2020-04-21"));
    EXPECT_EQ(s.article.summary, QStringList{QStringLiteral("Growers in Punjab won an early start to the crushing season after weeks of protest.")});
}

// "Chrome kept": a picture's credit set as a line of its own in the text, in the pages' languages ("Photo: AFP",
// "Crédits photos : …", "Foto: dpa", "Abbildung: …"), is not text; a label that only starts with a credit's word
// ("Source files: …") is.
TEST(HtmlBody, CreditLinesInThePagesLanguagesAreNotText)
{
    EXPECT_EQ(furnitureKindOf(u"Crédits photos : Agence Lahore"), FurnitureKind::Credit);
    EXPECT_EQ(furnitureKindOf(u"Foto: dpa"), FurnitureKind::Credit);
    EXPECT_EQ(furnitureKindOf(u"Abbildung: Zuckerpreise seit 2019"), FurnitureKind::Credit);
    EXPECT_EQ(furnitureKindOf(u"Source files: mills.csv, cane.csv"), FurnitureKind::None);
    const Snapshot s = parseHtml(QStringLiteral(
        "<html><head><title>Mills start crushing early</title></head><body><main><h1>Mills start crushing early</h1><div class=\"box\">"
        "<p>%1</p><p>Crédits photos : Agence Lahore</p><p>%2</p><p>Source files: mills.csv, cane.csv</p><p>%3</p></div></main></body></html>")
                                     .arg(QLatin1String(kParagraphs[0]), QLatin1String(kParagraphs[1]), QLatin1String(kParagraphs[2])));
    const QString body = bodyText(s.article);
    EXPECT_FALSE(body.contains(QStringLiteral("Crédits photos"))) << qPrintable(body);
    EXPECT_TRUE(body.contains(QLatin1String("Source files: mills.csv"))) << qPrintable(body);
}

// "Chrome kept": a table that is mostly links (an encyclopedia's navigation box: twenty links or more, two
// thirds of its text) is the page's navigation, not a data table of the text; a table of quotes whose symbols
// are links stays the text's table.
TEST(HtmlBody, ATableOfLinksIsNavigationNotData)
{
    QString navigation = QStringLiteral("<table class=\"box\"><tr><th>Mills of Punjab</th></tr><tr><td>");
    for (int i = 0; i < 24; ++i)
        navigation += QStringLiteral("<a href=\"/wiki/mill-%1\">Sugar mill number %1</a> ").arg(i);
    navigation += QStringLiteral("</td></tr></table>");
    QString quotes = QStringLiteral("<table><tr><th>Symbol</th><th>Price</th><th>Change</th></tr>");
    for (int i = 0; i < 24; ++i)
        quotes += QStringLiteral("<tr><td><a href=\"/s/M%1\">M%1</a></td><td>1%1.25</td><td>+0.%1</td></tr>").arg(i);
    quotes += QStringLiteral("</table>");
    const Snapshot s = parseHtml(QStringLiteral(
        "<html><head><title>Mills start crushing early</title></head><body><main><h1>Mills start crushing early</h1><div class=\"box\">"
        "<p>%1</p><p>%2</p>%3<p>%4</p>%5</div></main></body></html>")
                                     .arg(QLatin1String(kParagraphs[0]), QLatin1String(kParagraphs[1]), quotes, QLatin1String(kParagraphs[2]),
                                          navigation));
    int tables = 0;
    for (const ArticleBlock &b : s.article.blocks)
        tables += b.kind == ArticleBlock::Kind::Table;
    EXPECT_EQ(tables, 1);
    EXPECT_FALSE(bodyText(s.article).contains(QLatin1String("Sugar mill number"))) << qPrintable(bodyText(s.article));
}

// "Text lost": a table of figures pasted from a spreadsheet has no <th>, only a bold first row of <td> cells, and
// sits in a box of its own inside the post. It is the text's table (its rows had been read as short lines and
// dropped with their box); a layout table whose cells hold the page's paragraphs stays text.
TEST(HtmlBody, AGridOfShortCellsWithoutHeaderCellsIsADataTable)
{
    QString grid = QStringLiteral("<div dir=\"ltr\"><div dir=\"ltr\"><br></div><div dir=\"ltr\"><table><tbody>"
                                  "<tr><td><b>Mill</b></td><td><b>Cane crushed</b></td><td><b>Sugar made (recovery)</b></td></tr>");
    const char *mills[] = {"Hamza Sugar", "Noon Sugar", "Tandlianwala", "Kamalia Sugar"};
    for (int i = 0; i < 4; ++i)
        grid += QStringLiteral("<tr><td><a href=\"/mills/%1\">%2</a></td><td>%3,210 tonnes</td><td>%4,005 tonnes (10.%1%)</td></tr>")
                    .arg(i).arg(QLatin1String(mills[i])).arg(40 + i).arg(4 + i);
    grid += QStringLiteral("</tbody></table></div></div>");
    const QString layout = QStringLiteral(
        "<table><tr><td><p>The mills of the south began a week later, after the provincial government settled the price.</p></td>"
        "<td><p>Growers in lower Sindh said the delay had cost them the first sowing window for wheat.</p></td></tr></table>");
    const Snapshot s = parseHtml(QStringLiteral(
        "<html><head><title>Mills start crushing early</title></head><body><div class=\"post-body\"><h1>Mills start crushing early</h1>"
        "<p>%1</p><p>%2</p><p>The first week's figures from four mills:</p>%3<p>%4</p>%5</div></body></html>")
                                     .arg(QLatin1String(kParagraphs[0]), QLatin1String(kParagraphs[1]), grid, QLatin1String(kParagraphs[2]), layout));
    const ArticleBlock *table = nullptr;
    int tables = 0;
    for (const ArticleBlock &b : s.article.blocks) {
        if (b.kind == ArticleBlock::Kind::Table) {
            table = &b;
            ++tables;
        }
    }
    ASSERT_EQ(tables, 1) << qPrintable(bodyText(s.article));
    EXPECT_EQ(table->header, (QStringList{QStringLiteral("Mill"), QStringLiteral("Cane crushed"), QStringLiteral("Sugar made (recovery)")}));
    ASSERT_EQ(table->rows.size(), 4);
    EXPECT_EQ(table->rows[2], (QStringList{QStringLiteral("Tandlianwala"), QStringLiteral("42,210 tonnes"), QStringLiteral("6,005 tonnes (10.2%)")}));
    const QString body = bodyText(s.article);
    EXPECT_TRUE(body.contains(QLatin1String("first sowing window for wheat"))) << qPrintable(body);
}

// "Text lost": a weekly note's list item ends "In progress:" over a nested list of links to the filings it means,
// each link worded like a headline. Those items are the text's sub-list, not links to other stories; a menu's
// nested list under a link, and a box of other stories' headline links, are still left out.
TEST(HtmlBody, ASubListUnderAnItemEndingInAColonIsTextThoughItsItemsAreLinks)
{
    const Snapshot s = parseHtml(QStringLiteral(
        "<html><head><title>Mill notes: week 46</title></head><body>"
        "<nav><ul><li><a href=\"/mills\">Mills</a><ul><li><a href=\"/mills/north\">Northern mills and their crushing dates</a></li></ul></li></ul></nav>"
        "<article><h1>Mill notes: week 46</h1><div class=\"entry-content\"><p>%1</p><ul><li>%2</li><li>Filings in progress:<ul>"
        "<li><a href=\"https://example.com/f/1677\">Filing 1677 – North Ridge Sugar expansion of its boiler house</a></li>"
        "<li><a href=\"https://example.com/f/1678\">Filing 1678 – Canal Side Mills bond issue for a new mill line</a></li></ul></li>"
        "<li>%3</li></ul></div>"
        "<div class=\"more\"><ul><li><a href=\"https://example.com/2024/11/cane-growers-protest-late-payments\">Cane growers protest late payments by three mills</a></li></ul></div>"
        "</article></body></html>")
                                     .arg(QLatin1String(kParagraphs[0]), QLatin1String(kParagraphs[1]), QLatin1String(kParagraphs[2])));
    const QString body = bodyText(s.article);
    EXPECT_TRUE(body.contains(QStringLiteral("Filing 1677 – North Ridge Sugar expansion of its boiler house"))) << qPrintable(body);
    EXPECT_TRUE(body.contains(QStringLiteral("Filing 1678 – Canal Side Mills bond issue"))) << qPrintable(body);
    EXPECT_TRUE(body.contains(QLatin1String("support price would stay"))) << qPrintable(body);
    EXPECT_FALSE(body.contains(QLatin1String("Northern mills and their crushing dates"))) << qPrintable(body);
    EXPECT_FALSE(body.contains(QLatin1String("Cane growers protest"))) << qPrintable(body);
}

// A documentation page's sections carry their heading's words in their ids: `id="sharing-…"` or
// `id="…-shared-ledgers"` names a section about sharing, not a share bar.
TEST(HtmlBody, ASectionNamedAfterItsHeadingIsText)
{
    const Snapshot s = parseHtml(QStringLiteral(
        "<html><head><title>Keeping the mill ledgers</title></head><body><main><h1>Keeping the mill ledgers</h1>"
        "<div class=\"section\" id=\"keeping-the-mill-ledgers\"><p>%1</p><p>%2</p>"
        "<div class=\"section\" id=\"when-two-clerks-edit-shared-ledgers\"><h2>When two clerks edit shared ledgers</h2>"
        "<p>Two clerks in the same mill may both correct a grower's weight slip, and each copy of the ledger then shows a different total for the day.</p></div>"
        "<div class=\"share-buttons\"><p>Share this page with your colleagues at the mill and on every social network you use.</p></div>"
        "<p>%3</p></div></main></body></html>")
                                     .arg(QLatin1String(kParagraphs[0]), QLatin1String(kParagraphs[1]), QLatin1String(kParagraphs[2])));
    const QString body = bodyText(s.article);
    EXPECT_TRUE(body.contains(QLatin1String("each copy of the ledger"))) << qPrintable(body);
    EXPECT_TRUE(body.contains(QLatin1String("When two clerks edit shared ledgers"))) << qPrintable(body);
    EXPECT_FALSE(body.contains(QLatin1String("Share this page"))) << qPrintable(body);
}

// A chapter set one line to a box, and a how-to's steps each in a box of one class: a short line or a list in a
// box of the same kind carries the text on; a label between them (`- Advertisement -`) does not.
TEST(HtmlBody, AShortLineInARowOfTextBoxesIsText)
{
    QString chapter;
    for (const char *p : kParagraphs)
        chapter += QStringLiteral("<div><div><span>%1</span></div></div>").arg(QLatin1String(p));
    chapter.insert(chapter.indexOf(QLatin1String("<div><div><span>The provincial")),
                   QStringLiteral("<div><div><span>Nobody argued with that.</span></div></div><div><div><span>- Advertisement -</span></div></div>"));
    const Snapshot s = parseHtml(QStringLiteral(
        "<html><head><title>Mills start crushing early</title></head><body><h1>Mills start crushing early</h1>"
        "<div class=\"chapter\">%1</div></body></html>").arg(chapter));
    const QString body = bodyText(s.article);
    EXPECT_TRUE(body.contains(QLatin1String("Nobody argued with that."))) << qPrintable(body);
    EXPECT_FALSE(body.contains(QLatin1String("Advertisement"))) << qPrintable(body);
    EXPECT_TRUE(body.contains(QLatin1String("ex-mill prices to soften"))) << qPrintable(body);

    const Snapshot steps = parseHtml(QStringLiteral(
        "<html><head><title>How to store cane</title></head><body><h1>How to store cane</h1><div class=\"steps\">"
        "<div class=\"step\"><div class=\"content\"><span class=\"label\">What you need:</span><ul><li>Tarpaulin</li>"
        "<li>Wooden pallets</li><li>Rope</li></ul></div></div>"
        "<div class=\"step\"><div class=\"content\"><p>%1</p></div></div>"
        "<div class=\"step\"><div class=\"content\"><p>%2</p></div></div></div></body></html>")
                                         .arg(QLatin1String(kParagraphs[0]), QLatin1String(kParagraphs[1])));
    const QString stepsBody = bodyText(steps.article);
    EXPECT_TRUE(stepsBody.contains(QLatin1String("Wooden pallets"))) << qPrintable(stepsBody);
    EXPECT_TRUE(stepsBody.contains(QLatin1String("support price"))) << qPrintable(stepsBody);
}

// A blog post's note set straight in its body, outside any <p>, after a table: a sentence of the text; a credit
// in the same place is no sentence.
TEST(HtmlBody, ASentenceSetStraightInTheColumnIsAParagraph)
{
    const Snapshot s = parseHtml(QStringLiteral(
        "<html><head><title>Mills start crushing early</title></head><body><h1>Mills start crushing early</h1>"
        "<div class=\"post-body\"><p>%1</p><p>%2</p><div><table><tr><td>Mill</td><td>Start</td></tr>"
        "<tr><td>Ramzan</td><td>Nov 12</td></tr></table></div>"
        "<em>Note: the dates are those the mills gave the cane commissioner and may still change.</em>"
        "<em>Photo: Staff</em><p>%3</p></div></body></html>")
                                     .arg(QLatin1String(kParagraphs[0]), QLatin1String(kParagraphs[1]), QLatin1String(kParagraphs[2])));
    const QString body = bodyText(s.article);
    EXPECT_TRUE(body.contains(QLatin1String("may still change."))) << qPrintable(body);
    EXPECT_FALSE(body.contains(QLatin1String("Photo: Staff"))) << qPrintable(body);
    EXPECT_TRUE(body.contains(QLatin1String("ex-mill prices to soften"))) << qPrintable(body);
}

// A story cut by an ad into two wrappers of one class, each holding a part of the text and a rail of ads and other
// stories' cards: both parts are the story, in order, and the rails are not.
TEST(HtmlBody, AStoryCutIntoWrappersWithRailsIsReadWhole)
{
    QString rail = QStringLiteral("<div class=\"rail\"><aside class=\"more\">");
    for (int i = 0; i < 4; ++i)
        rail += QStringLiteral("<article><h2><a href=\"/other-%1\">Another story about flour number %1</a></h2></article>").arg(i);
    rail += QStringLiteral("</aside></div>");
    QString second;
    for (int i = 0; i < 4; ++i)
        second += QStringLiteral("<p>Later paragraph %1 of the mills story says growers in Jhang and Sargodha were paid within the week.</p>").arg(i);
    const Snapshot s = parseHtml(QStringLiteral(
        "<html><head><title>Mills start crushing early</title></head><body><article><h1>Mills start crushing early</h1>"
        "<div class=\"part\"><div class=\"text text-1\"><p>%1</p></div>%2</div>"
        "<div class=\"interrupter\"><div class=\"ad\">Advertisement</div></div>"
        "<div class=\"part\"><div class=\"text text-2\">%3<p>%4</p><p>%5</p></div>%2</div>"
        "</article></body></html>")
                                     .arg(QLatin1String(kParagraphs[0]), rail, second, QLatin1String(kParagraphs[1]),
                                          QLatin1String(kParagraphs[2])));
    const QString body = bodyText(s.article);
    EXPECT_TRUE(body.startsWith(QLatin1String("Sugar mills in central Punjab"))) << qPrintable(body);
    EXPECT_TRUE(body.contains(QLatin1String("Later paragraph 3"))) << qPrintable(body);
    EXPECT_FALSE(body.contains(QLatin1String("Another story about flour"))) << qPrintable(body);

    // Parts of a like size: the column is the story's box, and the part with the rail is read, not taken for a
    // list of story cards.
    const Snapshot even = parseHtml(QStringLiteral(
        "<html><head><title>Mills start crushing early</title></head><body><article><h1>Mills start crushing early</h1>"
        "<div class=\"part\"><div class=\"text\"><p>%1</p><p>%2</p></div>%3</div>"
        "<div class=\"interrupter\"><div class=\"ad\">Advertisement</div></div>"
        "<div class=\"part\"><div class=\"text\"><p>%4</p>%5</div></div>"
        "</article></body></html>")
                                        .arg(QLatin1String(kParagraphs[0]), QLatin1String(kParagraphs[1]), rail,
                                             QLatin1String(kParagraphs[2]), second));
    const QString evenBody = bodyText(even.article);
    EXPECT_TRUE(evenBody.startsWith(QLatin1String("Sugar mills in central Punjab"))) << qPrintable(evenBody);
    EXPECT_TRUE(evenBody.contains(QLatin1String("Later paragraph 3"))) << qPrintable(evenBody);
    EXPECT_FALSE(evenBody.contains(QLatin1String("Another story about flour"))) << qPrintable(evenBody);
}

// A lead printed straight in its box with no <p> (a "perex"), a photo box between it and the text: the story's
// first paragraph; a box of labels in the same place is not.
TEST(HtmlBody, ALeadPrintedStraightInItsBoxPastAPhotoIsRead)
{
    const auto page = [](const char *lead) {
        return parseHtml(QStringLiteral(
            "<html><head><title>Mills start crushing early</title></head><body><div class=\"story\"><h1>Mills start crushing early</h1>"
            "<div class=\"perex\">%1</div>"
            "<div class=\"photo\"><img src=\"cane.jpg\"><div class=\"photo-desc\">Cane at a mill gate. | Photo: Staff</div></div>"
            "<div class=\"text\"><p>%2</p><p>%3</p><p>%4</p></div></div></body></html>")
                             .arg(QLatin1String(lead), QLatin1String(kParagraphs[0]), QLatin1String(kParagraphs[1]),
                                  QLatin1String(kParagraphs[2])));
    };
    const Snapshot s = page("An early season? Growers in Punjab won a week's head start after protests at the mill gates.");
    EXPECT_TRUE(bodyText(s.article).contains(QLatin1String("won a week's head start"))) << qPrintable(bodyText(s.article));
    const Snapshot labels = page("Sugar · Punjab · Mills");
    EXPECT_FALSE(bodyText(labels.article).contains(QLatin1String("Sugar · Punjab"))) << qPrintable(bodyText(labels.article));
    EXPECT_TRUE(bodyText(labels.article).contains(QLatin1String("ex-mill prices to soften")));
}

// A gallery's captions in the story's box, one per picture under its counter (`<ul class="legends">`, "3/12 …"), are
// the pictures' words, not the story's.
TEST(HtmlBody, AGallerysLegendsAreNotText)
{
    QString gallery = QStringLiteral("<div class=\"gallery\"><ul class=\"legends\">");
    for (int i = 1; i <= 3; ++i)
        gallery += QStringLiteral("<li><h2><span class=\"counter\">%1/3</span> Cane at mill gate %1</h2><p>Growers queue with "
                                  "their trolleys of cane outside a mill in Jhang district on the first day of crushing, picture %1.</p></li>")
                       .arg(i);
    gallery += QStringLiteral("</ul></div>");
    const Snapshot s = parseHtml(QStringLiteral(
        "<html><head><title>Mills start crushing early</title></head><body><article><h1>Mills start crushing early</h1>"
        "<div class=\"text\"><p>%1</p><p>%2</p>%3<p>%4</p></div></article></body></html>")
                                     .arg(QLatin1String(kParagraphs[0]), QLatin1String(kParagraphs[1]), gallery,
                                          QLatin1String(kParagraphs[2])));
    const QString body = bodyText(s.article);
    EXPECT_FALSE(body.contains(QLatin1String("Growers queue with their trolleys"))) << qPrintable(body);
    EXPECT_FALSE(body.contains(QLatin1String("Cane at mill gate"))) << qPrintable(body);
    EXPECT_TRUE(body.contains(QLatin1String("ex-mill prices to soften"))) << qPrintable(body);
}

// "No article at all": a forum thread's page, every post (the opening one too) in a box named like a comment
// and no story column anywhere (a note to sign in at most): the opening post is the body and the thread's title
// heading the headline; the poster's name and the replies are left out. Readers' comments under a story whose text the page does not
// hold (a comments section) are never read as its body.
TEST(HtmlBody, ThreadsOpeningPostIsTheBodyOfAPageOfPostsOnly)
{
    const auto post = [](const char *id, const char *poster, const QString &text) {
        return QStringLiteral("<div class=\"ForumComment\" id=\"%1\"><div class=\"ForumCommentProfile\"><img src=\"a.png\"></div>"
                              "<div class=\"ForumCommentContent\"><div class=\"ForumCommentInfo\"><span>%2</span><span>28.09.24</span>"
                              "</div><div class=\"ForumCommentText\">%3</div></div><div class=\"ForumCommentVote\">Helpful? +3</div></div>")
            .arg(QLatin1String(id), QLatin1String(poster), text);
    };
    QString replies;
    for (int i = 3; i < 6; ++i) {
        replies += post("reply", "trader_ali", QLatin1String(kLongParagraphs[i]));
        replies += post("reply", "nadia_r", QLatin1String(kParagraphs[i - 3]));
    }
    const Snapshot thread = parseHtml(QStringLiteral(
        "<html><head><title>Which broker for PSX dividend stocks? | Investing | Forum</title></head><body>"
        "<nav><a href=\"/forum\">Forum</a> <a href=\"/forum/investing\">Investing</a></nav><main>"
        "<h2 class=\"Title\">Which broker for PSX dividend stocks?</h2>%1<h2>Replies</h2>%2"
        "<div class=\"note\">You must sign in to take part in a discussion.</div></main></body></html>")
                                          .arg(post("first", "saleem_k", QStringLiteral("%1<br><br>%2")
                                                                             .arg(QLatin1String(kLongParagraphs[0]),
                                                                                  QLatin1String(kLongParagraphs[1]))),
                                               replies));
    const QString body = bodyText(thread.article);
    EXPECT_TRUE(body.contains(QLatin1String("Cement despatches from northern plants")));
    EXPECT_TRUE(body.contains(QLatin1String(kLongParagraphs[1])));
    EXPECT_FALSE(body.contains(QLatin1String(kLongParagraphs[3])));
    EXPECT_FALSE(body.contains(QLatin1String(kParagraphs[0])));
    EXPECT_FALSE(body.contains(QLatin1String("saleem_k")));
    EXPECT_FALSE(body.contains(QLatin1String("Helpful")));
    EXPECT_FALSE(body.contains(QLatin1String("must sign in")));
    EXPECT_EQ(thread.article.headline, QStringLiteral("Which broker for PSX dividend stocks?"));

    QString comments;
    for (int i = 0; i < 3; ++i)
        comments += post("c", "reader", QLatin1String(kLongParagraphs[i]));
    const Snapshot story = parseHtml(QStringLiteral(
        "<html><head><title>Cement despatches rise</title></head><body><main><article><h1>Cement despatches rise</h1>"
        "<div id=\"story\" data-src=\"/api/story/77\"></div></article><section class=\"comment-list\">%1</section>"
        "</main></body></html>").arg(comments));
    EXPECT_FALSE(bodyText(story.article).contains(QLatin1String("Cement despatches from northern plants")));
}

// "An answer read as the story": a question-and-answer page marked up as schema.org's Question, its answers
// (longer than the question) in Answer items inside it: the question's own text is the body, the opening post.
TEST(HtmlBody, QuestionsOwnTextIsTheBodyOfAQuestionAndAnswerPage)
{
    QString answers;
    for (int i = 0; i < 3; ++i)
        answers += QStringLiteral("<div class=\"answer\" itemprop=\"suggestedAnswer\" itemscope itemtype=\"https://schema.org/Answer\">"
                                  "<div class=\"votes\">%1</div><div class=\"post-text\" itemprop=\"text\"><p>%2</p><p>%3</p></div>"
                                  "<div class=\"signature\">answered 3 March 2025</div></div>")
                       .arg(QString::number(12 - i), QLatin1String(kLongParagraphs[i]), QLatin1String(kLongParagraphs[i + 3]));
    const Snapshot s = parseHtml(QStringLiteral(
        "<html><head><title>How is the sugar support price set?</title></head><body itemscope itemtype=\"https://schema.org/QAPage\">"
        "<h1>How is the sugar support price set?</h1><div id=\"question\" itemprop=\"mainEntity\" itemscope "
        "itemtype=\"https://schema.org/Question\"><div class=\"votes\">7</div><div class=\"post-text\" itemprop=\"text\">"
        "<p>%1</p><p>Who decides the figure, and why does it stay the same in some years?</p></div>"
        "<div id=\"answers\"><h2>3 Answers</h2>%2</div></div></body></html>").arg(QLatin1String(kParagraphs[1]), answers));
    const QString body = bodyText(s.article);
    EXPECT_TRUE(body.contains(QLatin1String("cane commissioner said the support price")));
    EXPECT_TRUE(body.contains(QLatin1String("Who decides the figure")));
    EXPECT_FALSE(body.contains(QLatin1String("Cement despatches from northern plants")));
    EXPECT_FALSE(body.contains(QLatin1String("answered 3 March")));
    EXPECT_EQ(s.article.headline, QStringLiteral("How is the sugar support price set?"));
}

// "Chrome kept": a short label ending in a colon before one link to another story, in a line or a heading, points
// at that story whatever the label's words ("Lesen Sie hier:", "MIRA:"); a figure in the label or the link makes
// it a labelled fact or a reference, which stays text.
TEST(HtmlBody, AShortLabelAndAColonBeforeAStorysLinkIsARelatedStory)
{
    const Snapshot s = parseMillsArticle(QStringLiteral("<p>%1</p><p>Lesen Sie hier: <a href=\"/x/cane\">Cane growers march on "
        "the provincial assembly</a></p><h3>MIRA: <a href=\"/x/sugar\">Sugar exports resume after a long ban</a></h3><p>%2</p>"
        "<p><strong>Case number:</strong> <a href=\"/x/case\">Writ petition 4411 of 2023</a></p><p>%3</p>"));
    const QString body = bodyText(s.article);
    EXPECT_FALSE(body.contains(QLatin1String("Cane growers march"))) << qPrintable(body);
    EXPECT_FALSE(body.contains(QLatin1String("Sugar exports resume"))) << qPrintable(body);
    EXPECT_TRUE(body.contains(QLatin1String("Case number: Writ petition 4411 of 2023"))) << qPrintable(body);
    EXPECT_TRUE(body.contains(QLatin1String("ex-mill prices to soften")));
    EXPECT_TRUE(s.article.related.contains(QStringLiteral("Cane growers march on the provincial assembly")));
    EXPECT_TRUE(s.article.related.contains(QStringLiteral("Sugar exports resume after a long ban")));
}

// "Chrome kept": a notice in a box of its own named for it (a class word "disclaimer") and a blog post's closing
// meta line (WordPress themes' "postmetadata", "entry-footer") are not the post's text.
TEST(HtmlBody, DisclaimerBoxAndAPostsClosingMetaAreNotText)
{
    const Snapshot s = parseMillsPage(QStringLiteral(
        "<div class=\"post\"><h2 class=\"entry-title\">Mills start crushing early</h2><div class=\"entry-content\"><p>%1</p>"
        "<p class=\"aawp-disclaimer\">Prices last updated on 3 March; the links are partner links of a shop.</p><p>%2</p><p>%3</p>"
        "<p class=\"postmetadata alt\">This post went up on Monday and sits under <a href=\"/c/sugar\">Sugar</a>.</p>"
        "<div class=\"entry-footer\">Filed in <a href=\"/c/mills\">Mills</a>, tagged cane and crushing.</div></div></div>")
                                      .arg(QLatin1String(kParagraphs[0]), QLatin1String(kParagraphs[1]), QLatin1String(kParagraphs[2])));
    const QString body = bodyText(s.article);
    EXPECT_TRUE(body.contains(QLatin1String("began crushing a week early")));
    EXPECT_TRUE(body.contains(QLatin1String("ex-mill prices to soften")));
    EXPECT_FALSE(body.contains(QLatin1String("partner links"))) << qPrintable(body);
    EXPECT_FALSE(body.contains(QLatin1String("went up on Monday"))) << qPrintable(body);
    EXPECT_FALSE(body.contains(QLatin1String("tagged cane"))) << qPrintable(body);
}

// "Chrome kept": notices printed with a post (an advertising mark, affiliate links declared, the editors' distance
// from a guest's opinion, a blog's line on where the post was filed, the site's licence) are not its text, in
// English and German; sentences that report on advertising, affiliates or licences are.
TEST(HtmlBody, APagesNoticesAreNotText)
{
    expectNotices({u"*Werbung. Dieser Beitrag enthält Werbung für eine Modemarke.",
                   u"Anzeige, enthält Affiliate Links",
                   u"Advertisement",
                   u"Sponsored content",
                   u"This post may contain affiliate links; we earn a small fee when you buy.",
                   u"The views expressed in this piece are the writer's own.",
                   u"Dieser Beitrag gibt die Meinung des Autors wieder, nicht die der Redaktion.",
                   u"This entry was posted in Sugar on Monday by the editor.",
                   u"Der Beitrag wurde am Montag veröffentlicht und wurde unter Zucker abgelegt.",
                   u"The texts of this blog are licensed under a Creative Commons licence."},
                  {u"Advertisement spending by the country's banks rose by a tenth last year.",
                   u"Anzeige gegen Unbekannt erstattet",
                   u"The group's affiliate banks will follow the new rules from July.",
                   u"The board said Creative Commons licences suited the archive's old photographs."});
    const Snapshot s = parseMillsArticle(QStringLiteral("<p><em>Anzeige, enthält Affiliate Links</em></p><p>%1</p><p>%2</p><p>%3</p>"
        "<p>The views expressed in this piece are the writer's own.</p>"));
    EXPECT_EQ(s.article.blocks.size(), 3);
    EXPECT_FALSE(bodyText(s.article).contains(QLatin1String("Affiliate")));
}

// "Chrome kept": the fee the site earns from a post's links (as long as an embed's placeholder), a disclaimer of the
// facts given and a suggested citation of the post are notices, not text, nor the lead when set under the title; a
// sentence that reports a fee or a citation is text.
TEST(HtmlBody, ALinkFeeADisclaimerAndASuggestedCitationAreNotText)
{
    const QString fee = QStringLiteral("This guide names products from several of our partners. We may receive compensation when you "
                                       "click on links to those products, which never decides what we write about them, and terms "
                                       "apply to the offers on this page. For how we choose them and what we are paid, see our "
                                       "advertising policy page.");
    EXPECT_TRUE(isPageNotice(fee));
    expectNotices({u"Wenn du über diese Links kaufst, erhalten wir eine kleine Provision.",
                   u"(Alle Angaben ohne Gewähr)",
                   u"Suggested citation: Baig, Nadia: Mills start crushing early, Cane Notes, 12/11/2024."},
                  {u"Growers said we may receive compensation for the flooded fields only next year, the union's head told the board.",
                   u"The commission said the mills must pay growers within fifteen days of each delivery.",
                   u"The board's study has been cited in three court rulings on cane prices."});
    const QString head = QStringLiteral("<div class='head'><h1>Mills start crushing early</h1><p class='date'>12 November 2024</p>"
                                        "<p class='note'>%1</p></div>").arg(fee);
    const Snapshot s = parseMillsPage(QStringLiteral("<div class='story'>") + head + QStringLiteral("<div class='post-text'>")
                                      + paragraphs() + QStringLiteral("<p>(Alle Angaben ohne Gewähr)</p></div></div>"));
    EXPECT_TRUE(s.article.summary.isEmpty());
    EXPECT_EQ(s.article.blocks.size(), 3);
    EXPECT_FALSE(bodyText(s.article).contains(QLatin1String("Gewähr")));
}

// "Chrome kept": a button's words to click, the reader asked to support the site or to submit a letter, in a short
// line, are calls to the reader, not text; a sentence that reports support or a click is text.
TEST(HtmlBody, AClickButtonAPleaForSupportAndALettersCallAreNotText)
{
    for (const char16_t *call : {u"Cane Notes jetzt auch digital! Einfach hier klicken und registrieren!",
                                 u"Click here to get the mill prices every morning.",
                                 u"Gefällt dir unser Magazin? Dann unterstütze uns mit einem kleinen Beitrag.",
                                 u"Support our journalism with a subscription.",
                                 u"Submit your letter to the editor via this form."})
        EXPECT_TRUE(isCallToReader(call)) << QString::fromUtf16(call).toStdString();
    EXPECT_FALSE(isCallToReader(u"The growers asked the province to support the mills with a cheaper loan."));
    EXPECT_FALSE(isCallToReader(u"Die Regierung will die Mühlen mit einem Kredit unterstützen, sagte der Minister."));
    expectLeftOutAfterTheText(QStringLiteral("<p><strong>Cane Notes jetzt auch digital!</strong> <a href='/reg'>Einfach hier "
                                             "klicken und registrieren!</a></p>"));
}

// "Chrome kept": the reader asked for their opinion ("Bitte teilen Sie uns Ihre Erfahrungen mit", "Let us know in the
// comments"), and a plea opening with a question on the site's own magazine or product, however long, are calls to
// the reader, not text; a sentence on what growers think, or a question on someone else's product, is text.
TEST(HtmlBody, AskingTheReadersOpinionAndAPleaForTheSitesMagazineAreNotText)
{
    for (const char16_t *call : {u"Bitte teilen Sie uns Ihre Erfahrungen mit, wenn Sie unser Rezept schon probiert haben.",
                                 u"Which mill pays best in your district? Let us know in the comments.",
                                 u"Gefällt dir unser Zuckermagazin? Wir haben uns gegen eine Bezahlschranke entschieden, und das wird so "
                                 u"bleiben, denn wir wollen möglichst viele Leser mit Nachrichten aus den Mühlen versorgen. Hilf uns "
                                 u"mit einem kleinen Beitrag."})
        EXPECT_TRUE(isCallToReader(call)) << QString::fromUtf16(call).toStdString();
    EXPECT_FALSE(isCallToReader(u"As always, let us know what you think on our forum."));
    EXPECT_FALSE(isCallToReader(u"Kennen Sie die Mühlen am Indus? Viele von ihnen mahlen seit hundert Jahren Weizen."));
    EXPECT_FALSE(isCallToReader(u"The growers' union said it would share its members' experience with the board in March."));
    expectLeftOutAfterTheText(QStringLiteral("<p>Which mill pays best in your district? Let us know in the comments.</p>"));
}

// "Chrome kept": a related lead ("Siehe auch", "See also:") followed by links to other pages set apart by commas or
// bars, and nothing else, is a list of other stories, not text; a sentence with links in it is text.
TEST(HtmlBody, ARelatedLeadBeforeSeveralLinksIsAListOfOtherStories)
{
    EXPECT_TRUE(isRelatedLeadLine(u"Siehe auch"));
    expectLeftOutAfterTheText(QStringLiteral("<p>Siehe auch <a href='/a'>Zuckerpreise steigen</a> <a href='/b'>Mühlen starten früh</a></p>"));
    expectLeftOutAfterTheText(QStringLiteral("<p>See also: <a href='/a'>Sugar prices climb again</a>, <a href='/b'>Growers "
                                             "want an early start</a> | <a href='/c'>The board sets the cane price</a></p>"));
    const Snapshot s = parseMillsArticle(QStringLiteral("<p>%1</p><p>%2</p><p>%3</p><p>See also what <a href='/a'>the board</a> "
                                                        "and <a href='/b'>the growers' union</a> said about the price.</p>"));
    EXPECT_EQ(s.article.blocks.size(), 4);
}

// "Chrome kept": a picture's caption left in the text ending in its credit after a copyright sign, and a line
// ending in "All rights reserved", are not the story's text; a sentence that names the sign mid-way is.
TEST(HtmlBody, ACaptionEndingInItsCreditAndRightsReservedAreNotText)
{
    expectNotices({u"Growers unload cane at a mill gate near Jhang. | © Imran Ali/Farm Photos",
                   u"Symbolbild:© Mill Archive - stock pictures",
                   u"From the book Sugar Years by Nadia Baig. Copyright © 2021. All rights reserved."},
                  {u"The mill put a © on its brand in 2019 and sued two rivals who copied the logo for their own sacks.",
                   u"Unlike all rights reserved, a free licence lets anyone reprint the pictures."});
    const Snapshot s = parseMillsArticle(QStringLiteral("<p>%1</p><p>Growers unload cane at a mill gate near Jhang. | © Imran Ali/Farm Photos</p>"
        "<p>%2</p><p>%3</p>"));
    EXPECT_EQ(s.article.blocks.size(), 3);
    EXPECT_FALSE(bodyText(s.article).contains(QLatin1String("Farm Photos")));
}

// "Chrome kept": the editors' and agencies' initials signing a story off ("aja/PAP", "(dr/spot)") are not its text;
// a slash between words that are no editor's initials ("Blob/File", "N/A") is.
TEST(HtmlBody, InitialsSigningAStoryOffAreNotText)
{
    expectNotices({u"aja/PAP",
                   u"(dr/spot)",
                   u"kle/dpa/AFP",
                   u"nb/APP"},
                  {u"Blob/File",
                   u"N/A",
                   u"Karachi/Lahore",
                   u"AP/AFP"});
    expectLeftOutAfterTheText(QStringLiteral("<p>nb/APP</p>"));
}

// "Chrome kept": the site's newsletter, video channel or print edition offered to the reader, in English, German,
// Spanish, is not the story's text; a sentence that reports on a newsletter or a subscription is.
TEST(HtmlBody, TheSitesNewsletterChannelAndPrintEditionOffersAreNotText)
{
    for (const char16_t *pitch : {u"Dann abonnieren Sie unseren Newsletter!", u"¡Mira lo que tiene nuestro canal de YouTube!",
                                  u"Die neue Ausgabe jetzt am Kiosk, im Abo und als e-Paper.",
                                  u"Like this story? Sign up for our free weekly newsletter."})
        EXPECT_TRUE(isCallToReader(pitch)) << QString::fromUtf16(pitch).toStdString();
    EXPECT_FALSE(isCallToReader(u"The chamber began sending a monthly newsletter to its members in March."));
    EXPECT_FALSE(isCallToReader(u"Mobile subscriptions rose by a tenth as operators cut their bundle prices."));
    expectLeftOutAfterTheText(QStringLiteral("<p>Dann abonnieren Sie unseren Newsletter!</p>"));
}

// "Chrome kept": a download's link line, its file's type and size beside its name, is not the story's text; a
// sentence giving a size is.
TEST(HtmlBody, ADownloadsTypeAndSizeLineIsNotText)
{
    expectNotices({u"Hochauflösendes Bild (jpeg, 1MB)",
                   u"Circular of 14 October 2024PDF | 38 KB | not accessible",
                   u"Annual report (PDF, 2.4 MB)"},
                  {u"The installer needs 500 MB of free space.",
                   u"Exporters filed their returns as PDF files, each under 2 MB, the bureau said in its notice on Monday."});
    expectLeftOutAfterTheText(QStringLiteral("<p><a href=\"/files/notice.pdf\">Cane price notice (PDF, 120 KB)</a></p>"));
}

// "Chrome kept": a post's tag list and its permanent address are not its text; a sentence that opens with "Tags"
// or names a category is.
TEST(HtmlBody, APostsTagListAndPermalinkAreNotText)
{
    expectNotices({u"Tags: sugar, cane, Punjab mills",
                   u"Kategorie: Erste Versuche",
                   u"Filed under: Rice | Exports",
                   u"Permalink https://ledger.example/p/RPYx",
                   u"Permalien https://p.example.com/p/Q1"},
                  {u"Tags darauf spazierte ich am Ufer entlang.",
                   u"Category: the board puts sugar among the goods whose prices it watches every week, with flour and ghee."});
    expectLeftOutAfterTheText(QStringLiteral("<p>Tags: <a href=\"/t/sugar\">sugar</a>, "
        "<a href=\"/t/cane\">cane</a>, <a href=\"/t/punjab\">Punjab mills</a></p>"));
}

// "Chrome kept": the heading of a box of other stories, by the words sites use for one in English, German, French
// and Spanish ("Most read", "Ähnliche Beiträge", "Audios et vidéos sur le sujet"), also with the site named after
// it ("Mehr zum Thema auf Ledger.pk"), is not a sub-heading of the text; a heading that only opens with such words is.
TEST(HtmlBody, HeadingsOfBoxesOfOtherStoriesAreNotText)
{
    for (const char16_t *heading : {u"Most read", u"Ähnliche Beiträge", u"Audios et vidéos sur le sujet", u"Lo más leído",
                                    u"Mehr zum Thema auf Ledger.pk", u"LIRE AUSSI SUR LEDGER.FR"})
        EXPECT_TRUE(isRelatedLeadLine(heading)) << QString::fromUtf16(heading).toStdString();
    EXPECT_FALSE(isRelatedLeadLine(u"Most read the report as a warning to the banks"));
    EXPECT_FALSE(isRelatedLeadLine(u"Weitere Beiträge zur Rentenreform werden erwartet"));
    const Snapshot s = parseMillsArticle(QStringLiteral("<p>%1</p><p>%2</p><h3>Mehr zum Thema auf Ledger.pk</h3><p>%3</p>"));
    EXPECT_EQ(s.article.blocks.size(), 3);
}

// The chrome checks ask their patterns only of lines that hold one of the patterns' words (speed): a notice, a call
// and a lead spelled as the patterns match them still read as such: letters the patterns match without regard to
// case (the Kelvin sign for 'k', the long s for 's'), a word cut at an accent ("Publicité", "Catégories"), an address
// straight after its label, a newsletter inside a longer word, a lead that opens with a letter other than ASCII's.
TEST(HtmlBody, ChromeChecksFindLinesAsTheirPatternsMatchThem)
{
    expectNotices({u"\u212Aurzlink: https://ledger.example/p/RPYx",
                   u"Permalinkhttps://ledger.example/p/RPYx",
                   u"Copyright 2024 Ledger. All rights re\u017Ferved.",
                   u"Publicité",
                   u"Catégories : Sucre, Canne",
                   u"Mill circular (pdf, 2 \u212AB)"},
                  {u"Kurzlinks to the mills' notices were posted on Monday by the board and its members."});
    EXPECT_TRUE(isCallToReader(u"Hol dir jetzt meinen gratis Wochennewsletter!"));
    for (const char16_t *heading : {u"À lire aussi", u"Ähnliche Beiträge", u"Artículos relacionados", u"Más noticias",
                                    u"یہ بھی پڑھیں", u"Vidéos sur le même sujet"}) {
        EXPECT_TRUE(mayOpenWithRelatedLead(heading)) << QString::fromUtf16(heading).toStdString();
        EXPECT_TRUE(isRelatedLeadLine(heading)) << QString::fromUtf16(heading).toStdString();
    }
    EXPECT_FALSE(mayOpenWithRelatedLead(u"Growers unload cane at a mill gate near Jhang."));
    for (const char16_t *line : {u"Copyright 2024 Ledger", u"Follow us on Twitter", u"Advertisement", u"aja/PAP",
                                 u"Growers unload cane at a mill gate near Jhang."})
        EXPECT_EQ(isFooterCallOrNotice(line), isArticleFooter(line) || isCallToReader(line) || isPageNotice(line))
            << QString::fromUtf16(line).toStdString();
}

// "Chrome kept": a date on a line of its own over or inside the text (the page's stamp, a card's date) is not a
// sentence of the story; a paragraph that opens with a date is, and the story's date is still read.
TEST(HtmlBody, ADateOnALineOfItsOwnIsNotText)
{
    const Snapshot s = parseMillsArticle(QStringLiteral("<p>23.10.2024</p><p>%1</p><p>%2</p><p>4 November 2024, 10:42</p><p>%3</p>"));
    EXPECT_EQ(s.article.blocks.size(), 3);
    EXPECT_FALSE(bodyText(s.article).contains(QLatin1String("23.10.2024")));
    EXPECT_EQ(s.article.publishedAt.toIsoString(), QStringLiteral("2024-10-23"));
    const Snapshot opening = parseMillsArticle(QStringLiteral("<p>23.10.2024 - %1</p><p>%2</p><p>%3</p>"));
    EXPECT_EQ(opening.article.blocks.size(), 3);
    EXPECT_EQ(opening.article.publishedAt.toIsoString(), QStringLiteral("2024-10-23"));
}

// "Chrome kept": a post's meta line set in parts with its comments' link or state among them ("Comments feed |
// Comments are closed", "Posted by Asad | 3 Comments") is not text, and the text goes on after it.
TEST(HtmlBody, APostsMetaLineWithItsCommentsPartIsNotText)
{
    const Snapshot s = parseMillsPage(QStringLiteral(
        "<div class=\"post\"><h2>Mills start crushing early</h2><div class=\"entry\"><p>Posted by Asad | <a href=\"#c\">3 Comments</a></p>"
        "<p>%1</p><p>%2</p><p>%3</p><p><a href=\"/feed\">Comments feed</a> | Comments are closed</p></div></div>")
                                      .arg(QLatin1String(kParagraphs[0]), QLatin1String(kParagraphs[1]), QLatin1String(kParagraphs[2])));
    const QString body = bodyText(s.article);
    EXPECT_EQ(s.article.blocks.size(), 3) << qPrintable(body);
    EXPECT_TRUE(body.contains(QLatin1String("ex-mill prices to soften")));
    EXPECT_FALSE(body.contains(QLatin1String("Comments")));
}

// "Chrome kept": a picture's caption set as a paragraph under its label ("Abbildung: …", "Image illustrative : …",
// "Figure 3: …"), however long, is not the story's text; a sentence that only names a picture is.
TEST(HtmlBody, ACaptionUnderItsLabelIsNotText)
{
    expectNotices({u"Abbildung: Vergleich der Zuckerrohrernte im Süden. Die Karte zeigt die Flächen, die im Oktober geerntet wurden.",
                   u"Image illustrative : cane carts queue at a mill gate",
                   u"Figure 3: Cane arrivals by week"},
                  {u"The picture of the queue at the mill gate went round on social media within an hour.",
                   u"Figure skaters from Lahore won two medals."});
    expectLeftOutAfterTheText(QStringLiteral("<p>Abbildung: Vergleich der Zuckerrohrernte im Süden. Die Karte zeigt die Flächen.</p>"));
}

// "The next story read as the page's": an endless scroll strings whole stories one after another, each in a box of
// one kind holding its <article> and <h1>; the longer story loaded under the page's own drew the column. The
// page's story is the first.
TEST(HtmlBody, TheFirstStoryOfAnEndlessScrollIsThePages)
{
    const auto story = [](const char *title, const QString &text) {
        return QStringLiteral("<div class=\"scroll-item\"><article class=\"story\"><header><h1>%1</h1></header>"
                              "<div class=\"story-text\">%2</div><footer class=\"story-tags\"><a href=\"/tag/cement\">cement</a>"
                              "</footer></article></div>").arg(QLatin1String(title), text);
    };
    const Snapshot s = parseHtml(QStringLiteral(
        "<html><head><title>Sugar mills start crushing early</title></head><body><main><section class=\"stories\">%1%2"
        "</section></main></body></html>")
            .arg(story("Sugar mills start crushing early", paragraphs()),
                 story("Cement despatches rise in November", longParagraphs(0, 8))));
    const QString body = bodyText(s.article);
    for (const char *p : kParagraphs)
        EXPECT_TRUE(body.contains(QLatin1String(p))) << p;
    EXPECT_FALSE(body.contains(QLatin1String("Cement despatches from northern plants")));
    EXPECT_FALSE(body.contains(QLatin1String("Coal, most of it shipped")));
}

// "The lead under the title left out": the page prints its description as a paragraph under the title, above the
// body and in none of its boxes (here the body is the structured data's text, the page showing only its head); it
// is the story's lead, read as the standfirst. Printed again as the body's first paragraph, it is read once.
TEST(HtmlBody, TheDescriptionPrintedAboveTheBodyIsItsLead)
{
    const QString lead = QStringLiteral("Builders went back to road projects after the monsoon, and cement plants in the north sold more than a year ago.");
    QStringList story;
    for (int i = 0; i < 4; ++i)
        story.append(QLatin1String(kLongParagraphs[i]));
    const QString page = QStringLiteral(
        "<html><head><title>Cement despatches rise in November</title><meta name=\"description\" content=\"%1\">"
        "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
        "\"headline\":\"Cement despatches rise in November\",\"articleBody\":\"%2\"}</script></head>"
        "<body><header class=\"top\"><h1>Cement despatches rise in November</h1><p class=\"big\">%1</p></header>"
        "<div id=\"app\">%3</div></body></html>");
    const Snapshot s = parseHtml(page.arg(lead, story.join(QLatin1String("\\n")), QStringLiteral("<p>Loading the story, please wait.</p>")));
    ASSERT_EQ(s.article.summary.size(), 1);
    EXPECT_EQ(s.article.summary.first(), lead);
    EXPECT_TRUE(bodyText(s.article).contains(QLatin1String(kLongParagraphs[3])));

    const Snapshot inside = parseHtml(page.arg(lead, lead + QLatin1String("\\n") + story.join(QLatin1String("\\n")), QString()));
    EXPECT_EQ((inside.article.summary.join(u'\n') + u'\n' + bodyText(inside.article)).count(lead), 1);
}

// "The story in a page builder's header": a page builder sets the story's text block in a <header> (the
// description of an image-and-text block), two paragraphs or more in it; such a header is text, not a head. The
// page's head, its title and one line under it, stays out.
TEST(HtmlBody, AHeaderHoldingParagraphsOfTheStoryIsText)
{
    const QString head = QStringLiteral("<header class=\"page-head\"><h1>Mills start crushing early</h1>"
                                        "<p>Plants in the north sold more than a year ago, the figures show.</p></header>");
    const QString block = QStringLiteral("<section class=\"block\"><article class=\"media-block\"><header class=\"block-description\">"
                                         "<p class=\"block-text\"></p><div class=\"rich\">%1</div></header></article></section>")
                              .arg(longParagraphs(0, 4));
    const QString notice = QStringLiteral("<div class=\"notice\"><p>We have held back content from an outside provider to protect your data.</p></div>");
    const Snapshot s = parseMillsPage(QStringLiteral("<main>%1%2%3</main>").arg(head, block, notice));
    const QString body = bodyText(s.article);
    for (int i = 0; i < 4; ++i)
        EXPECT_TRUE(body.contains(QLatin1String(kLongParagraphs[i]))) << kLongParagraphs[i];
    EXPECT_FALSE(body.contains(QLatin1String("held back content")));
    EXPECT_FALSE(body.contains(QLatin1String("sold more than a year ago")));
}

// "The ingredients drawn by script": a recipe page prints its steps but draws its ingredient list by script; the
// recipe's structured data (schema.org Recipe, its type in a list) holds both. The ingredients the body leaves out
// are added after it, their entities read; the steps it prints (numbered in the structured data) are not added
// again.
TEST(HtmlBody, ARecipesIngredientsFromStructuredDataJoinTheBody)
{
    const char *steps[] = {
        "Soak the chickpeas overnight, then boil them in salted water until soft, about forty minutes on a low flame.",
        "Fry the onions in the oil until golden, add the tomatoes and the spices, and cook until the oil separates.",
        "Add the chickpeas with a cup of their water, cover, and simmer for fifteen minutes before serving hot.",
    };
    QString visible;
    QStringList ld;
    for (int i = 0; i < 3; ++i) {
        visible += QStringLiteral("<li><p>%1</p></li>").arg(QLatin1String(steps[i]));
        ld.append(QStringLiteral("{\"@type\":\"HowToStep\",\"text\":\"%1. %2\"}").arg(i + 1).arg(QLatin1String(steps[i])));
    }
    const Snapshot s = parseRecipePage(
        QStringLiteral("\"@type\":[\"Recipe\"],\"name\":\"Lahori chana\",\"recipeIngredient\":[\"250 g white chickpeas\",\"2 onions, sliced\","
                       "\"1 tsp cumin, saut&eacute;ed\"],\"recipeInstructions\":[%1]")
            .arg(ld.join(u',')),
        QStringLiteral("<div id=\"ingredients\" data-src=\"/api/ingredients/12\"></div><ol class=\"steps\">%1</ol>").arg(visible));
    const QString body = bodyText(s.article);
    EXPECT_TRUE(body.contains(QLatin1String("250 g white chickpeas")));
    EXPECT_TRUE(body.contains(QLatin1String("2 onions, sliced")));
    EXPECT_TRUE(body.contains(QStringLiteral("1 tsp cumin, saut\u00e9ed")));
    for (const char *step : steps)
        EXPECT_EQ(body.count(QLatin1String(step)), 1) << step;
    EXPECT_FALSE(body.contains(QLatin1String("1. Soak")));
}

// "A recipe as a reader expects it": the ingredients structured data adds stand under the heading "Ingredients",
// its times and yield (ISO durations, a yield given as a number and in words) as a short line above them, before the
// method the page prints: under the page's own heading over the steps (past a step's number set apart), else under
// the heading "Method". Steps the page does not print either follow under "Method".
TEST(HtmlBody, ARecipesPartsFromStructuredDataStandUnderTheirHeadings)
{
    const QString intro = QStringLiteral("<p>Lahori chana is the breakfast of the old city, eaten with hot kulchas from the "
                                         "tandoor on the corner.</p>");
    const QString fields = QStringLiteral(
        "\"@type\":\"Recipe\",\"name\":\"Lahori chana\",\"prepTime\":\"PT20M\",\"cookTime\":\"PT1H5M\",\"totalTime\":"
        "\"P0DT1H25M\",\"recipeYield\":[\"4\",\"4 servings\"],\"recipeIngredient\":[\"250 g white chickpeas\",\"2 onions, sliced\"],"
        "\"recipeInstructions\":[{\"@type\":\"HowToStep\",\"text\":\"Soak the chickpeas overnight and boil them until soft.\"},"
        "{\"@type\":\"HowToStep\",\"text\":\"Fry the onions golden, add the chickpeas and simmer for fifteen minutes.\"}]");
    const std::string facts = "paragraph: Prep: 20 min \u00b7 Cook: 1 h 5 min \u00b7 Total: 1 h 25 min \u00b7 Yield: 4 servings";
    const std::string para = "paragraph: Lahori chana is the breakfast of the old city, eaten with hot kulchas from the tandoor on the corner.";
    const std::vector<std::string> ingredients = {"subheading: Ingredients", facts, "paragraph: 250 g white chickpeas",
                                                  "paragraph: 2 onions, sliced"};
    const std::vector<std::string> steps = {"paragraph: Soak the chickpeas overnight and boil them until soft.",
                                            "paragraph: Fry the onions golden, add the chickpeas and simmer for fifteen minutes."};
    const auto expected = [&](std::vector<std::string> before, const std::string &heading, bool numbered) {
        before.insert(before.end(), ingredients.begin(), ingredients.end());
        before.push_back("subheading: " + heading);
        before.push_back(numbered ? "paragraph: 1" : steps[0]);
        if (numbered)
            before.push_back(steps[0]);
        before.push_back(steps[1]);
        return before;
    };

    const Snapshot printed = parseRecipePage(fields, intro + QStringLiteral("<div class=\"app\"></div><ol><li><p>Soak the chickpeas overnight "
                                                                            "and boil them until soft.</p></li><li><p>Fry the onions golden, add "
                                                                            "the chickpeas and simmer for fifteen minutes.</p></li></ol>"));
    // The page's own <ol> of steps is a numbered list.
    std::vector<std::string> printedLines = expected({para}, "Method", false);
    printedLines.resize(printedLines.size() - 2);
    printedLines.push_back("list: Soak the chickpeas overnight and boil them until soft.\nFry the onions golden, add the "
                           "chickpeas and simmer for fifteen minutes.");
    EXPECT_EQ(blockLines(printed.article), printedLines);

    const Snapshot headed = parseRecipePage(fields, intro + QStringLiteral("<h2>How it is cooked</h2><div class=\"step\"><div class=\"n\">1</div>"
                                                                           "<p>Soak the chickpeas overnight and boil them until soft.</p></div>"
                                                                           "<div class=\"step\"><p>Fry the onions golden, add the chickpeas and "
                                                                           "simmer for fifteen minutes.</p></div>"));
    EXPECT_EQ(blockLines(headed.article), expected({para}, "How it is cooked", true));

    const Snapshot drawn = parseRecipePage(fields, intro + QStringLiteral("<div class=\"app\"><p>Loading…</p></div>"));
    std::vector<std::string> all = {para};
    all.insert(all.end(), ingredients.begin(), ingredients.end());
    all.push_back("subheading: Method");
    all.insert(all.end(), steps.begin(), steps.end());
    EXPECT_EQ(blockLines(drawn.article), all);
}

// "A how-to drawn by script": a how-to page (schema.org HowTo) draws its steps by script; its structured data holds
// them as HowToSteps, each a HowToDirection's text in paragraphs. The steps follow the body under "Steps", one a line.
TEST(HtmlBody, AHowTosStepsFromStructuredDataJoinTheBody)
{
    const Snapshot s = parseRecipePage(
        QStringLiteral("\"@type\":\"HowTo\",\"name\":\"Lahori chana\",\"tool\":[{\"@type\":\"HowToTool\",\"name\":\"Pressure cooker\"}],"
                       "\"step\":[{\"@type\":\"HowToStep\",\"name\":\"Step 1\",\"itemListElement\":{\"@type\":\"HowToDirection\",\"text\":"
                       "\"<p>Soak the chickpeas overnight in plenty of water.</p><p>They double in size.</p>\"}},{\"@type\":\"HowToStep\","
                       "\"name\":\"Step 2\",\"itemListElement\":{\"@type\":\"HowToDirection\",\"text\":\"<p>Boil them with a pinch of soda "
                       "until soft.</p>\"}}]"),
        QStringLiteral("<p>Lahori chana is the breakfast of the old city, eaten with hot kulchas from the tandoor on the corner.</p>"
                       "<div id=\"steps-app\"></div>"));
    const std::vector<std::string> expected = {
        "paragraph: Lahori chana is the breakfast of the old city, eaten with hot kulchas from the tandoor on the corner.",
        "subheading: Steps", "paragraph: Soak the chickpeas overnight in plenty of water. They double in size.",
        "paragraph: Boil them with a pinch of soda until soft."};
    EXPECT_EQ(blockLines(s.article), expected);
}

// "A list set one line to a box": a post written in a page builder's boxes, one paragraph to a box, lists its points
// one to a box after a dash, under a label in a colon; the label and the lines are the text, in order. A label
// between dashes in a box of that kind is an ad's, not a line of the list.
TEST(HtmlBody, AListSetOneLineToABoxIsText)
{
    const QString boxes = paragraphsIn(QStringLiteral("<div style=\"text-align: justify;\">%1</div><div style=\"text-align: justify;\"></div>"));
    const Snapshot s = parseMillsPage(QStringLiteral(
        "<div class=\"wrap\"><h1>Mills start crushing early</h1><div class=\"entry\">%1<div>What the board agreed:</div>"
        "<div>\u2013 A new support price</div><div>\u2013 Crushing from 1 November</div><div>- Advertisement -</div>"
        "<div>%2</div></div></div>")
                                     .arg(boxes, QLatin1String(kLongParagraphs[0])));
    std::vector<std::string> expected;
    for (const char *p : kParagraphs)
        expected.push_back(std::string("paragraph: ") + p);
    expected.insert(expected.end(), {"paragraph: What the board agreed:", "paragraph: \u2013 A new support price",
                                     "paragraph: \u2013 Crushing from 1 November", std::string("paragraph: ") + kLongParagraphs[0]});
    EXPECT_EQ(blockLines(s.article), expected);
}

// "A gallery's next slides folded away": a list story shows its first slide and folds the next ones away in boxes of
// the same class with `hidden` added, revealed by a button; they are the story's text, in order. A folded box of that
// kind with no sentence in it (a tab of names) and a hidden box of another kind (a menu) are not.
TEST(HtmlBody, AStorysNextPartsFoldedAwayAreRead)
{
    const QString slide = QStringLiteral("<div class=\"slide%1\"><h2>%2</h2><p>%3</p></div>");
    const Snapshot s = parseMillsPage(
        QStringLiteral("<article><h1>Mills start crushing early</h1><div class=\"slides\">%1%2%3"
                       "<div class=\"slide hidden\"><p>Zahid Mills</p><p>Shakarganj</p></div>%4</div>"
                       "<div class=\"menu hidden\"><p>Our newsletters bring the day's markets to your inbox every morning.</p></div>"
                       "</article>")
            .arg(slide.arg(QString(), QStringLiteral("1. An early start in central Punjab"), QLatin1String(kLongParagraphs[0])),
                 slide.arg(QStringLiteral(" hidden"), QStringLiteral("2. Support price"), QLatin1String(kLongParagraphs[1])),
                 slide.arg(QStringLiteral(" hidden"), QStringLiteral("3. Prices"), QLatin1String(kLongParagraphs[2])),
                 slide.arg(QStringLiteral(" hidden"), QStringLiteral("4. Wheat"), QLatin1String(kLongParagraphs[3]))));
    const std::vector<std::string> expected = {
        "subheading: 1. An early start in central Punjab",   std::string("paragraph: ") + kLongParagraphs[0],
        "subheading: 2. Support price", std::string("paragraph: ") + kLongParagraphs[1],
        "subheading: 3. Prices",        std::string("paragraph: ") + kLongParagraphs[2],
        "subheading: 4. Wheat",         std::string("paragraph: ") + kLongParagraphs[3]};
    EXPECT_EQ(blockLines(s.article), expected);
}

// "A shop's customer reviews": a product page describes the product in a short paragraph and lists its customers'
// reviews under it, longer than the description; the reviews are readers' words, whichever widget draws them, and
// the description is the text.
TEST(HtmlBody, AShopsCustomerReviewsAreNotTheText)
{
    const QString description = QStringLiteral("<p>Our Sindh mango pickle is made in small batches in Hyderabad with raw Sindhri mangoes, "
                                               "mustard oil and whole spices, and ripens in the jar for three weeks.</p>");
    QString reviews;
    for (const char *p : kLongParagraphs)
        reviews += QStringLiteral("<div class=\"rev\"><b class=\"rev__title\">Five stars</b><div class=\"rev__body\"><p>%1</p></div></div>")
                       .arg(QLatin1String(p));
    for (const char *widget : {"class=\"jdgm-review-widget\"", "id=\"product_reviews\"", "class=\"customer-reviews\""}) {
        const Snapshot s = parseHtml(QStringLiteral("<html><head><title>Sindh mango pickle, 400 g</title></head><body><div class=\"product\">"
                                                    "<h1>Sindh mango pickle, 400 g</h1><div class=\"product-description\">%1</div>"
                                                    "<div %2><h2>Customer reviews</h2>%3</div></div></body></html>")
                                         .arg(description, QLatin1String(widget), reviews));
        const QString body = bodyText(s.article);
        EXPECT_TRUE(body.contains(QLatin1String("ripens in the jar for three weeks"))) << widget << qPrintable(body);
        EXPECT_FALSE(body.contains(QLatin1String(kLongParagraphs[0]))) << widget;
    }
}

// "A paragraph set without its tag": after the column's box, the story goes on in a <div> holding its sentence
// straight, no <p> (as hand-written pages and some editors set a closing paragraph); it is read, as Readability reads
// it. A button's words in such a box are not a sentence, and a box named for what it holds (the writer's note) is not
// one.
TEST(HtmlBody, AParagraphSetWithoutItsTagAfterTheColumnIsRead)
{
    const Snapshot s = parseMillsArticle(QStringLiteral("<div><p>%1</p><p>%2</p><p>%3</p></div><h2>Outlook</h2>"
                                                        "<div>\n  Growers expect the <em>crushing</em> to run until the middle of March if the "
                                                        "weather holds.\n</div><div>Share this story</div><div class=\"author-description\">Farah Khan covers commodities "
                                                        "and agriculture for the paper.</div>"));
    std::vector<std::string> expected;
    for (const char *p : kParagraphs)
        expected.push_back(std::string("paragraph: ") + p);
    expected.push_back("subheading: Outlook");
    expected.push_back("paragraph: Growers expect the crushing to run until the middle of March if the weather holds.");
    EXPECT_EQ(blockLines(s.article), expected);
}

// "A sub-heading between the column and the rest of the story": the story's last paragraph stands after its box under
// a sub-heading of its own; the sub-heading heads it. A heading over a list of other stories after it heads nothing of
// the story's.
TEST(HtmlBody, ASubheadingBetweenTheColumnAndTheRestOfTheStoryIsKept)
{
    const Snapshot s = parseMillsArticle(QStringLiteral("<div><p>%1</p><p>%2</p></div><h3>Prices</h3><div class=\"ad-slot\"></div><p>%3</p>"
                                                        "<h2>More on industry</h2><ul class=\"links\"><li><a href=\"/a\">Fertiliser offtake "
                                                        "slows in the north this month</a></li></ul><p>Tags: sugar, Punjab</p>"));
    const std::vector<std::string> expected = {std::string("paragraph: ") + kParagraphs[0], std::string("paragraph: ") + kParagraphs[1],
                                               "subheading: Prices", std::string("paragraph: ") + kParagraphs[2]};
    EXPECT_EQ(blockLines(s.article), expected);
}

// "Steps numbered in boxes of their own": a how-to sets each step's number in a box over the step; the number goes
// with its step. Numbers that do not count up from one (a rank, a page's stray figure) stay as they stand.
TEST(HtmlBody, StepsNumberedInBoxesOfTheirOwnReadWithTheirNumbers)
{
    const auto parseSteps = [](int first) {
        QString steps;
        for (int i = 0; i < 3; ++i)
            steps += QStringLiteral("<div class=\"step\"><span class=\"n\">%1</span><p>%2</p></div>").arg(first + i).arg(QLatin1String(kParagraphs[i]));
        return blockLines(parseMillsPage(QStringLiteral("<article><h1>Mills start crushing early</h1>%1</article>").arg(steps)).article);
    };
    const std::vector<std::string> numbered = {std::string("paragraph: 1. ") + kParagraphs[0], std::string("paragraph: 2. ") + kParagraphs[1],
                                               std::string("paragraph: 3. ") + kParagraphs[2]};
    EXPECT_EQ(parseSteps(1), numbered);
    const std::vector<std::string> ranked = {"paragraph: 5", std::string("paragraph: ") + kParagraphs[0], "paragraph: 6",
                                             std::string("paragraph: ") + kParagraphs[1], "paragraph: 7", std::string("paragraph: ") + kParagraphs[2]};
    EXPECT_EQ(parseSteps(5), ranked);
}

// "Accents saved apart": an editor saves "é" as "e" and a combining acute (U+0301); the text reads as it prints, the
// letter composed, so a search for the word finds it.
TEST(HtmlBody, LettersSavedDecomposedAreReadComposed)
{
    const Snapshot s = parseAroundParagraphs(
        QStringLiteral("<html><head><title>%1</title></head><body><article><h1>%1</h1><p>%2 The caf\u0065\u0301s on the "
                       "seafront pay a quarter more rent than in the summer.</p><p>%3</p><p>%4</p></article></body></html>"),
        QStringLiteral("Caf\u0065\u0301 owners in Clifton face higher rents"));
    EXPECT_TRUE(bodyText(s.article).contains(QStringLiteral("The caf\u00e9s on the seafront pay a quarter more rent")));
    EXPECT_FALSE(bodyText(s.article).contains(QChar(0x0301)));
    EXPECT_EQ(s.article.headline, QStringLiteral("Caf\u00e9 owners in Clifton face higher rents"));
}

// "Recall": the story cut into page rows, a full-width ad and a photo row between its parts, each part in a box of
// the column's kind: the parts before and after the column are read in order, up to the row of other stories; a
// box of that kind holding a single paragraph (a writer's note) or sitting past the other stories is not.
TEST(HtmlBody, StoryCutIntoPageRowsIsReadWhole)
{
    const Snapshot s = parseMillsPage(QStringLiteral(
        "<div class=\"page\"><section class=\"row\"><div class=\"col\"><h1>Mills start crushing early</h1></div></section>"
        "<section class=\"row\"><div class=\"col\"><div class=\"story-text\">%1</div></div><div class=\"col\"></div></section>"
        "<section class=\"row\"><div class=\"ad-slot\"></div></section>"
        "<section class=\"row\"><div class=\"container\"><div class=\"col\"><div class=\"row-inner\"><div class=\"col-inner\"><div class=\"wrap\">"
        "<div class=\"story-text\">%2</div></div></div></div></div></div></section>"
        "<section class=\"row\"><figure><img src=\"kiln.jpg\" alt=\"\"></figure></section>"
        "<section class=\"row\"><div class=\"col\"><div class=\"story-text\">%3</div></div></section>"
        "<section class=\"row\"><div class=\"col\"><div class=\"story-text\"><p>Our correspondent covers industry and trade "
        "from Lahore for the paper.</p></div></div></section>"
        "<section class=\"related\"><h2>More on industry</h2><ul><li><a href=\"/a\">Fertiliser offtake slows</a></li></ul></section>"
        "<section class=\"row\"><div class=\"col\"><div class=\"story-text\">%4</div></div></section></div>")
                                     .arg(longParagraphs(0, 2), longParagraphs(2, 6), longParagraphs(6, 8), paragraphs()));
    const QString body = bodyText(s.article);
    for (const char *p : kLongParagraphs)
        EXPECT_EQ(body.count(QLatin1String(p)), 1) << p;
    EXPECT_LT(body.indexOf(QLatin1String(kLongParagraphs[1])), body.indexOf(QLatin1String(kLongParagraphs[2])));
    EXPECT_LT(body.indexOf(QLatin1String(kLongParagraphs[5])), body.indexOf(QLatin1String(kLongParagraphs[6])));
    EXPECT_FALSE(body.contains(QLatin1String("Our correspondent covers"))) << qPrintable(body);
    EXPECT_FALSE(body.contains(QLatin1String(kParagraphs[0])));
}

// "Recall": a hand-written page sets its essay straight in <body>, an introduction in a layout table above it and
// the readers' quotes in a <blockquote> below: the body is the column, read whole, its menu left out; the quotes'
// box alone is not the story.
TEST(HtmlBody, EssayStraightInTheBodyIsReadWholeAroundItsQuotesBox)
{
    const Snapshot s = parseHtml(QStringLiteral(
        "<html><head><title>Why I gave up on the spreadsheet</title></head><body>"
        "<div class=\"menu\"><a href=\"/\">Home</a> <a href=\"/notes\">Notes</a></div>"
        "<p><b>Why I gave up on the spreadsheet</b> by Omar Jatoi</p>"
        "<div><table><tr><td><p>%1</p><p>%2</p></td></tr></table></div>"
        "<p>%3</p><p>%4</p><p>%5</p><p>%6</p>"
        "<blockquote><p><b>Readers wrote:</b></p><p>%7</p><p>%8</p></blockquote>"
        "</body></html>")
                                     .arg(QLatin1String(kParagraphs[0]), QLatin1String(kParagraphs[1]), QLatin1String(kLongParagraphs[0]),
                                          QLatin1String(kLongParagraphs[1]), QLatin1String(kLongParagraphs[2]),
                                          QLatin1String(kLongParagraphs[3]), QLatin1String(kLongParagraphs[4]))
                                     .arg(QLatin1String(kLongParagraphs[5])));
    const QString body = bodyText(s.article);
    EXPECT_TRUE(body.contains(QLatin1String(kParagraphs[0]))) << qPrintable(body);
    EXPECT_TRUE(body.contains(QLatin1String(kParagraphs[1])));
    for (int i = 0; i < 6; ++i)
        EXPECT_EQ(body.count(QLatin1String(kLongParagraphs[i])), 1) << i;
    EXPECT_LT(body.indexOf(QLatin1String(kParagraphs[1])), body.indexOf(QLatin1String(kLongParagraphs[0])));
    EXPECT_FALSE(body.contains(QLatin1String("Notes")));
}

// A consent tool's placeholder where a third party's embed would load (its label, its reason and the reader's
// consent) is no line of the text; a story about privacy or a third party's content stays.
TEST(HtmlBody, EmbedConsentPlaceholderIsNoText)
{
    expectNotices({u"Externer Inhalt", u"Inhalte von Drittanbietern", u"External content", u"Click to load", u"Inhalt laden",
                   u"Um Deine persönlichen Daten zu schützen, haben wir das automatische Laden der Inhalte von example.org "
                   u"blockiert. Wenn Dir Inhalte dieses Anbieters angezeigt werden sollen, stimme bitte den Bedingungen zu.",
                   u"Ich bin einverstanden, dass mir externe Inhalte angezeigt werden.",
                   u"By loading the content you accept the privacy policy of the third party that provides it."},
                  {u"Load map", u"The regulator said third-party content on the exchange's website would be loaded more slowly.",
                   u"Die Datenschutzbehörde hat der Übermittlung der Daten an Drittanbieter nicht zugestimmt.",
                   u"External debt rose to 131 billion dollars, the central bank said."});
    const QString placeholder = QStringLiteral("<div class='embed'><div>Externer Inhalt</div><div>Um Deine persönlichen Daten zu "
                                               "schützen, haben wir das automatische Laden der Inhalte von example.org blockiert.</div>"
                                               "<label><input type='checkbox'>Ich bin einverstanden, dass mir externe Inhalte angezeigt "
                                               "werden.</label><button>Inhalt laden</button></div>");
    const Snapshot s = parseMillsArticle(QStringLiteral("<p>%1</p>") + placeholder + QStringLiteral("<p>%2</p><p>%3</p>"));
    EXPECT_EQ(s.article.blocks.size(), 3);
    EXPECT_FALSE(bodyText(s.article).contains(QLatin1String("Inhalt")));
}

// The head's first paragraph under the title, past a button and the date, category and byline set as paragraphs,
// is the lead when it is a long sentence and the body's box is apart from the head; the body's own first
// paragraph is never taken from it.
TEST(HtmlBody, FirstParagraphUnderTheTitleIsTheLead)
{
    const QString lead = QStringLiteral("Growers in central Punjab pressed the mills for an early start to clear their fields for wheat, and the mills agreed.");
    const QString head = QStringLiteral("<div class='head'><h1>Mills start crushing early</h1><a class='speak'><i class='icon'></i></a>"
                                        "<p class='category'><a href='/agri'>Agriculture</a></p><p class='date'>12 November 2024</p>"
                                        "<p class='description'>%1</p></div>").arg(lead);
    const Snapshot s = parseMillsPage(QStringLiteral("<div class='story'>") + head + QStringLiteral("<div class='picture'><img src='mill.jpg'>"
                                      "</div><div class='post-text'>") + paragraphs() + QStringLiteral("</div></div>"));
    EXPECT_EQ(s.article.summary, QStringList{lead});
    EXPECT_EQ(s.article.blocks.size(), 3);
    // A head that is the body's own box: its first paragraph is text, not the lead.
    const Snapshot inBody = parseMillsPage(QStringLiteral("<article><h1>Mills start crushing early</h1><p class='date'>12 November 2024</p>"
                                                          "<p>%1</p>%2</article>").arg(lead, paragraphs()));
    EXPECT_TRUE(inBody.article.summary.isEmpty());
    EXPECT_TRUE(bodyText(inBody.article).contains(QLatin1String("pressed the mills for an early start")));
}

// A heading whose words sit in a box of their own inside it (<h2><div><a name=…></a>2. Cane prices</div></h2>, as
// tables of contents draw them) is still a sub-heading, not a paragraph.
TEST(HtmlBody, AHeadingThatWrapsItsWordsInABoxIsStillASubheading)
{
    const QString page = QStringLiteral(
        "<html><head><title>Sugar mills in Sindh start crushing early this season</title></head><body><main>"
        "<h1>Sugar mills in Sindh start crushing early this season</h1><div class=\"body\"><p>%2</p>"
        "<h2><div><a name=\"toc-2\"></a>%1</div></h2><p>%3</p><p>%4</p></div></main></body></html>");
    const QString subtitle = QStringLiteral("2. What growers are paid");
    const Snapshot s = parseAroundParagraphs(page, subtitle);
    ASSERT_EQ(s.article.blocks.size(), 4);
    EXPECT_EQ(s.article.blocks[0].text, QLatin1String(kParagraphs[0]));
    EXPECT_EQ(s.article.blocks[1].kind, ArticleBlock::Kind::Subheading);
    EXPECT_EQ(s.article.blocks[1].text, subtitle);
    EXPECT_EQ(s.article.blocks[2].kind, ArticleBlock::Kind::Paragraph);
}

// A page's notice under the title (an affiliate disclosure in a box of its own before the column) is no standfirst.
TEST(HtmlBody, ANoticeUnderTheTitleIsNoStandfirst)
{
    const QString page = QStringLiteral(
        "<html><head><title>Sugar mills in Sindh start crushing early this season</title></head><body><main>"
        "<h1>Sugar mills in Sindh start crushing early this season</h1><section class=\"disclosure\"><p>%1</p></section>"
        "<div class=\"body\"><p>%2</p><p>%3</p><p>%4</p></div></main></body></html>");
    const Snapshot s = parseAroundParagraphs(page, QStringLiteral("This post contains affiliate links to products from our "
                                                                  "partners, and the site may be paid when you buy through them."));
    EXPECT_TRUE(s.article.summary.isEmpty()) << s.article.summary.join(u'|').toStdString();
    ASSERT_EQ(s.article.blocks.size(), 3);
    EXPECT_EQ(s.article.blocks[0].text, QLatin1String(kParagraphs[0]));
}

// A box read as the standfirst that holds more paragraphs and words than a standfirst has (four long paragraphs
// in a box named "intro" before the column) is the story's opening: its paragraphs open the body. A list of
// short highlights stays the standfirst.
TEST(HtmlBody, AStandfirstOfFourLongParagraphsOpensTheBody)
{
    QString opening;
    for (int i = 0; i < 4; ++i)
        opening += QStringLiteral("<p>%1 Growers in the district said the early start would let them sow wheat on time for the "
                                  "first season in three years, if the mills pay promptly and the roads hold.</p>")
                       .arg(QLatin1String(kParagraphs[i % 3]));
    QString column;
    for (int i = 1; i <= 7; ++i)
        column += QStringLiteral("<p>The mills in district %1 said their gates would open on Monday, and that growers would be "
                                 "paid within fifteen days of delivery as the law requires.</p>").arg(i);
    const QString page = QStringLiteral("<html><head><title>Sugar mills start crushing early</title></head><body>"
                                        "<h1>Sugar mills start crushing early</h1><div class=\"intro\">%1</div>"
                                        "<div class=\"body\">%2</div></body></html>");
    const Snapshot s = parseHtml(page.arg(opening, column));
    EXPECT_TRUE(s.article.summary.isEmpty()) << s.article.summary.size();
    ASSERT_EQ(s.article.blocks.size(), 11);
    EXPECT_TRUE(s.article.blocks[0].text.startsWith(QLatin1String(kParagraphs[0])));
    EXPECT_TRUE(s.article.blocks[4].text.startsWith(QLatin1String("The mills in district 1")));

    const QString highlights = QStringLiteral("<ul><li>Mills open a week early</li><li>Support price held at last year's</li>"
                                              "<li>Ex-mill prices seen softer</li><li>Wheat sowing on time</li></ul>");
    const Snapshot listed = parseHtml(page.arg(highlights, column));
    EXPECT_EQ(listed.article.summary.size(), 4);
    EXPECT_TRUE(listed.article.blocks.first().text.startsWith(QLatin1String("The mills in district 1")));
}

// A post's reading time, alone or after its date, is the page's furniture, not the text; a sentence about minutes
// read is text.
TEST(HtmlBody, AReadingTimeLineIsNoText)
{
    expectNotices({u"Lesezeit: 1 min", u"Estimated reading time: 6 minutes", u"Oct 18, 2019 \u00B7 8 min read",
                   u"8 min read", u"Temps de lecture : 4 min", u"Reading time: ca. 3 minutes"},
                  {u"The minister read out the 12-minute statement twice.",
                   u"Traders said the index gained 400 points in the last 30 minutes of the session, read as a sign of fresh buying."});
    const Snapshot s = parseMillsArticle(QStringLiteral("<p>5 min read</p><p>%1</p><p>%2</p><p>%3</p>"));
    ASSERT_EQ(s.article.blocks.size(), 3);
    EXPECT_EQ(s.article.blocks.first().text, QLatin1String(kParagraphs[0]));
}

// A standfirst box holds the lead's sentences, not what the page prints beside them: its date stamp and its byline
// line (set in the same box) are no lines of the standfirst.
TEST(HtmlBody, AStandfirstBoxsDateAndBylineLinesAreNoStandfirst)
{
    const QString page = QStringLiteral(
        "<html><head><title>Sugar mills in Sindh start crushing early this season</title></head><body><main>"
        "<h1>Sugar mills in Sindh start crushing early this season</h1><div class=\"teaser\">"
        "<p>Growers say the early start will let them sow wheat on time for the first season in three years.</p>"
        "<p>21 August 2019, 7:40am</p><p>4.02.2022 par Nadia Roy</p></div>"
        "<div class=\"body\"><p>%1</p><p>%2</p><p>%3</p></div></main></body></html>");
    const Snapshot s = parseHtml(page.arg(QLatin1String(kParagraphs[0]), QLatin1String(kParagraphs[1]),
                                          QLatin1String(kParagraphs[2])));
    ASSERT_EQ(s.article.summary.size(), 1) << s.article.summary.join(u'|').toStdString();
    EXPECT_TRUE(s.article.summary.first().startsWith(QLatin1String("Growers say the early start")));
    EXPECT_EQ(s.article.blocks.size(), 3);
}

// Where the post first appeared, said with it, is a notice, not its text; a sentence of the story about where
// something first appeared is text.
TEST(HtmlBody, WhereThePostFirstAppearedIsANotice)
{
    expectNotices({u"This article originally appeared on VICE US.", u"The story was originally published in Dawn.",
                   u"Dieser Artikel ist urspr\u00FCnglich am 27. Februar 2017 erschienen.",
                   u"Dieser Beitrag erschien zuerst auf unserem Blog."},
                  {u"The index originally appeared to hold its gains before selling set in after midday.",
                   u"Der Artikel des Gesetzes ist umstritten, sagte der Minister."});
}

// The text's last line ending in a link to another page points the reader onward ("We explain how the board
// works in our piece <a>…</a>"): not the story's words. A last sentence that goes on after its link (a cited
// source, then a full stop) stays.
TEST(HtmlBody, ALastLineEndingInALinkOnwardIsNoText)
{
    expectLeftOutAfterTheText(QStringLiteral("<p>How the cane board sets its price, we explain in our piece "
                                             "<a href=\"/cane-board-explained\">Who decides what sugar costs?</a></p>"));
    expectLeftOutAfterTheText(QStringLiteral("<p>... weiter zu \"<a href=\"/teil-2\">der Preis</a>\"</p>"));
    // A link the sentence closes after, or one inside it, is the text's.
    for (const QString &kept : {QStringLiteral("<p>Growers may read the order on <a href=\"/order\">the commissioner's page</a>.</p>"),
                                QStringLiteral("<p>Prices were <a href=\"/prices\">set on Monday</a> by the cane board after a meeting.</p>")}) {
        const Snapshot s = parseMillsArticle(QStringLiteral("<p>%1</p><p>%2</p><p>%3</p>") + kept);
        EXPECT_EQ(s.article.blocks.size(), 4) << bodyText(s.article).toStdString();
    }
}

// "Chrome kept": what a page prints at its text's edges beside a date or a picture is no line of the text: a stamp
// with its word or its label (`Posted: … CST.`, `DATE // NAME`, `DATE | Druckvorschau`), a slide show's counter
// (`2 / 12`) or a pager's line (`Pages: 1 2 3 4`), a picture's credit in a German one-word label or said as `Featured
// image by …`, also among lines set apart by breaks; an event's span of two dates and a date among such lines stay.
TEST(HtmlBody, StampsCountersAndPictureCreditsAtTheEdgesAreNotText)
{
    const Snapshot s = parseMillsArticle(QStringLiteral(
        "<p>Posted: Thursday, April 21, 2022. 10:11 pm PKT.</p><p>2 / 12</p><p>21. Jan 2022 // Ayesha Khan</p><p>%1</p>"
        "<p>Bildquelle: APP</p><p>%2</p><p>23.10.2015 - 25.10.2015</p><div>Image credit: www.example.com/mills/<br><br>%3<br><br>"
        "10. September 2017</div><p>Featured image by Ali Raza/The Mill Post.</p><p>10.12.2022 07:00 | Druckvorschau</p>"
        "<p>Pages: 1 2 3 4</p><p>Article mis \u00e0 jour le 7 janvier 2020.</p>"));
    EXPECT_EQ(blockLines(s.article), (std::vector<std::string>{
                                         "paragraph: " + std::string(kParagraphs[0]),
                                         "paragraph: " + std::string(kParagraphs[1]),
                                         "paragraph: 23.10.2015 - 25.10.2015",
                                         "paragraph: " + std::string(kParagraphs[2]),
                                         "paragraph: 10. September 2017",
                                     }));
}

// "Chrome kept": a button's words left as a line of the text ("Share on WhatsApp", "Drucken", "Partager") and an
// account's handle under its platform's name ("Twitter: @MillsBoard") are no text; a headline that opens with such a
// word ("Share prices rise …") is.
TEST(HtmlBody, ButtonsLeftAsLinesOfTheTextAreNotText)
{
    const Snapshot s = parseMillsArticle(QStringLiteral(
        "<p>Partager</p><p>%1</p><p>Share on WhatsApp</p><p>%2</p><p>Share prices of sugar mills rose</p><p>%3</p><p>Drucken</p>"
        "<p>Twitter: @MillsBoard</p>"));
    EXPECT_EQ(blockLines(s.article), (std::vector<std::string>{
                                         "paragraph: " + std::string(kParagraphs[0]),
                                         "paragraph: " + std::string(kParagraphs[1]),
                                         "paragraph: Share prices of sugar mills rose",
                                         "paragraph: " + std::string(kParagraphs[2]),
                                     }));
}

// "Chrome kept": an ad slot's words left in the text ("ADVERTISING", "Story continues below advertisement", "Continue
// reading the main story") are notices, not text; sentences that only start so are text.
TEST(HtmlBody, AdSlotWordsLeftInTheTextAreNotices)
{
    expectNotices({u"ADVERTISING", u"Story continues below advertisement", u"Continue reading the main story",
                   u"Article continues below"},
                  {u"Advertising revenue at the mills' papers rose 12% in the quarter.",
                   u"The story continues below the surface of the sugar market, traders say."});
    const Snapshot s = parseMillsArticle(QStringLiteral("<p>%1</p><p>Portrait by Ayesha Khan</p><p>%2</p><p>%3</p>"));
    EXPECT_EQ(s.article.blocks.size(), 3);
}

// "Wrong box": a story told mostly in charts has one short line of text; the writer's note under it (their name
// linked to their page, as the byline above linked it, beside a line or two about them) outscores it, whether the
// column climbs over both or the note sits too deep for that. The byline's own link beside a short story is no note.
TEST(HtmlBody, WritersNoteUnderAChartStoryIsNotTheColumn)
{
    const QString page = QStringLiteral(
        "<html><head><title>Cotton arrivals by district</title></head><body><main><article>"
        "<header><h1>Cotton arrivals by district</h1><p>By <a href='/authors/sana-mirza'>Sana Mirza</a></p></header>"
        "<section class='content'><p><em>Because many districts sent only a few bales, we show the twelve largest and group"
        " the rest, as the ginners' association does.</em></p><figure><img src='a.png'></figure></section>"
        "<div class='people'><h2>Authors</h2>%1<div class='row'><div class='person'><a href='/authors/sana-mirza'>Sana Mirza</a>"
        "</div><div class='about'><p>Born in Multan, she has covered cotton, ginning and textile exports at the paper since"
        " 2016, after studying economics, statistics and journalism in Lahore.</p><p>Her main interest lies in crop data and"
        " markets.</p></div></div>%2</div></article></main></body></html>");
    const QString deep = QStringLiteral("<div><div><div><div><div>");
    const QString closing = QStringLiteral("</div></div></div></div></div>");
    for (const QString &html : {page.arg(QString(), QString()), page.arg(deep, closing)}) {
        const QString body = bodyText(parseHtml(html).article);
        EXPECT_TRUE(body.contains(QLatin1String("we show the twelve largest"))) << body.toStdString();
        EXPECT_FALSE(body.contains(QLatin1String("Born in Multan"))) << body.toStdString();
        EXPECT_FALSE(body.contains(QLatin1String("Authors"))) << body.toStdString();
    }
    // The byline's link the first on the page: the short story beside it is the story.
    const Snapshot s = parseHtml(QStringLiteral(
        "<html><head><title>Ginners ask for a lower tax</title></head><body><div class='teaser'><p>Elsewhere today, traders in"
        " Karachi, Lahore and Multan asked, again, for the sales tax on lint to be cut.</p></div><article><div class='row'>"
        "<div class='by'><a href='/authors/sana-mirza'>Sana Mirza</a></div><div class='text'><p>The ginners' association, in a"
        " letter to the finance ministry, asked, for the third time this year, for the sales tax on cotton lint to be cut to"
        " five percent, as in Punjab.</p></div></div>"
        "</article></body></html>"));
    EXPECT_TRUE(bodyText(s.article).contains(QLatin1String("a letter to the finance ministry")));
}

// "Chrome kept": the writer's card after the text (their picture in a box named "avatar", their name and role) is
// no text, however the page names the card, and so is an author-box plugin's card that microdata marks as the story's
// author (`itemprop="author" itemscope`) though its description runs past a role's twelve words; a reviewer's words
// beside their picture (more than a role's twelve words, no author's item) are text.
TEST(HtmlBody, WritersCardWithTheirPictureIsNotText)
{
    expectLeftOutAfterTheText(QStringLiteral(
        "<div class='bio-wrap' itemscope itemtype='http://schema.org/Person' itemprop='author'>"
        "<div class='bio-picture'><img class='avatar photo' src='g.jpg' alt=''></div>"
        "<div class='bio-name'><a href='/author/nrauf/'><span itemprop='name'>Nadia Rauf</span></a></div>"
        "<div class='bio-desc'><div itemprop='description'><p>Nadia Rauf reports on sugar and cotton from Multan and"
        " has followed the crushing season for the paper since it reopened its southern office.</p></div></div></div>"));
    expectLeftOutAfterTheText(QStringLiteral(
        "<div class='info'><div class='cbx-Author'><div class='cbx-Author_AvatarContainer'><img src='a.jpg' alt='Sana Mirza'>"
        "</div><p class='cbx-Author_Name'><a href='/staff/sana-mirza'>Sana Mirza</a></p><p class='cbx-Author_Position'>"
        "Reporter on the business desk.</p></div></div>"));
    expectLeftOutAfterTheText(QStringLiteral(
        "<div class='box'><div class='flex'><div class='col-4 portrait-avatar'><img src='p.svg' alt=''></div>"
        "<div class='col-8 intro'><div><span>Story</span> Business Desk</div></div></div></div>"));
    const Snapshot s = parseMillsArticle(QStringLiteral(
        "<p>%1</p><p>%2</p><p>%3</p><section class='review'><div class='review__avatar'><img src='r.jpg'></div>"
        "<div class='review__content'><h3>Hina's review</h3><p>The new sugar reached our shop in Jhang a week early,"
        " and it was cleaner and cheaper than last season's.</p></div></section>"));
    EXPECT_TRUE(bodyText(s.article).contains(QLatin1String("cleaner and cheaper"))) << bodyText(s.article).toStdString();
}

// "Chrome kept": the writer's note about themselves as the story's author's microdata item (`itemprop="author"
// itemscope`) with a description, in a box whose names say nothing of an author and with no picture (an author-box
// plugin's tab), is no text; an author's item that holds the name only (a byline) is not such a note.
TEST(HtmlBody, WritersBioAsTheAuthorsMicrodataItemIsNotText)
{
    expectLeftOutAfterTheText(QStringLiteral(
        "<div class='tabs tabs--down'><div class='tabs__content'><section class='vcard tab' itemscope itemprop='author' "
        "itemtype='http://schema.org/Person'><h4><a href='/writer/amina/'><span itemprop='name'>Amina Qureshi</span></a></h4>"
        "<div class='tab__text note' itemprop='description'>I grew up among the paddy fields near Sheikhupura and have "
        "written about rice and the farmers who grow it for ten years.</div></section></div></div>"));
    const Snapshot s = parseMillsArticle(QStringLiteral(
        "<p>%1</p><p>%2 <span itemscope itemprop='author'><span itemprop='name'>Nadia Rauf</span></span> reported.</p><p>%3</p>"));
    EXPECT_TRUE(bodyText(s.article).contains(QLatin1String("Nadia Rauf reported"))) << bodyText(s.article).toStdString();
}

// "Chrome kept": another story's card set in the text (its title, a teaser, and a link to it calling the reader on,
// "Weiterlesen", "Artikel lesen") is no text, wherever in the column it sits; a row of such cards (a list page) and a
// box ending in a link that only opens the fold of the same page (`#more`) are read.
TEST(HtmlBody, LoneStoryCardInTheTextIsNotText)
{
    const QString more = QStringLiteral(
        "<p>Mill owners said the early start would cut the queues of trolleys at their gates, which last season stretched"
        " for several kilometres and kept growers waiting for two or three days, and asked the province to keep the roads"
        " to the mills open at night during the first weeks of crushing.</p>");
    const Snapshot after = parseMillsArticle(QStringLiteral("<p>%1</p><p>%2</p><p>%3</p>") + more + QStringLiteral(
        "<div class='insert'><div class='widget teaser-box'><h2 class='maintitle'>Cane growers block the Jhang road</h2>"
        "<p class='lead'>Growers waiting for last season's dues parked their tractors across the road on Monday.</p>"
        "<p>The district administration said talks would resume on Wednesday …</p>"
        "<div class='read_all'><div class='button'>Artikel lesen</div></div>"
        "<a class='btn' href='/news/840261-cane-growers-block-road'>Link zum Artikel</a></div></div>"));
    const QString afterBody = bodyText(after.article);
    EXPECT_FALSE(afterBody.contains(QLatin1String("parked their tractors"))) << afterBody.toStdString();
    EXPECT_EQ(after.article.blocks.size(), 4) << afterBody.toStdString();

    const Snapshot nested = parseMillsArticle(QStringLiteral(
        "<div><p>%1</p><p>%2</p><div class='paragraph'><div class='snippet'><h3><a href='/stars/sugar-queen'>The sugar"
        " queen of Sargodha opens her fourth mill</a></h3><div class='snippet__text'>She started with one press and a"
        " borrowed truck. <strong><a href='/stars/sugar-queen'>Weiterlesen</a></strong></div></div></div><p>%3</p>")
        + more + QStringLiteral("</div>"));
    const QString nestedBody = bodyText(nested.article);
    EXPECT_FALSE(nestedBody.contains(QLatin1String("borrowed truck"))) << nestedBody.toStdString();
    EXPECT_EQ(nested.article.blocks.size(), 4) << nestedBody.toStdString();

    // A story that is little more than the card keeps it.
    const Snapshot alone = parseMillsArticle(QStringLiteral(
        "<p>%1</p><p>%2</p><p>%3</p><div class='teaser-box'><h2>Cane growers block the Jhang road</h2><p>Growers waiting for last season's"
        " dues parked their tractors across the road on Monday.</p><a href='/news/840261'>Read more</a></div>"));
    EXPECT_TRUE(bodyText(alone.article).contains(QLatin1String("parked their tractors"))) << bodyText(alone.article).toStdString();

    // A fold of the same page is no other story.
    const Snapshot fold = parseMillsArticle(QStringLiteral(
        "<p>%1</p><p>%2</p><p>%3</p><div class='more'><h3>What the mills owe</h3><p>The provincial cane commissioner"
        " put the mills' unpaid dues at 4.1 billion rupees on Friday.</p><a href='#rest'>Read more</a></div>"));
    EXPECT_TRUE(bodyText(fold.article).contains(QLatin1String("unpaid dues"))) << bodyText(fold.article).toStdString();

    // A row of cards is a list page's text.
    const Snapshot row = parseHtml(QStringLiteral(
        "<html><head><title>Sugar news</title></head><body><main><h1>Sugar news</h1>"
        "<div class='card'><h2>Mills start crushing early</h2><p>The first mills in southern Punjab began crushing on"
        " Monday, two weeks ahead of the usual date, after the province fixed the support price.</p>"
        "<a href='/mills-start'>Read more</a></div>"
        "<div class='card'><h2>Growers block the Jhang road</h2><p>Growers waiting for last season's dues parked their"
        " tractors across the road on Monday, and the district administration promised talks.</p>"
        "<a href='/growers-block'>Read more</a></div></main></body></html>"));
    EXPECT_TRUE(bodyText(row.article).contains(QLatin1String("parked their tractors"))) << bodyText(row.article).toStdString();

    EXPECT_TRUE(isReadOnCall(u"Weiterlesen"));
    EXPECT_TRUE(isReadOnCall(u"Lire la suite \u00BB"));
    EXPECT_TRUE(isReadOnCall(u"Read more\u2026"));
    EXPECT_TRUE(isReadOnCall(u"Link zum Artikel"));
    EXPECT_FALSE(isReadOnCall(u"Read more about the levy"));
    EXPECT_FALSE(isReadOnCall(u"Artikel"));
}

// Lists in the text: a <ul>'s items make one bulleted List block, an <ol>'s a numbered one from its start; a list
// nested in an item is a List of its own after it, and the outer list goes on at its next number. An item of two
// paragraphs is one item; an item set in bold is an item, not a sub-heading. A list of tag links stays out.
TEST(HtmlBody, ListsInTheTextAreListBlocksWithTheirNumbering)
{
    const Snapshot s = parseMillsPage(QStringLiteral(
        "<article><h1>Mills start crushing early</h1>%1"
        "<p>The commissioner's notice sets out what the mills must do this season:</p>"
        "<ul><li>Pay growers within fifteen days of each delivery.</li><li><p>Post the day's rate at the gate.</p>"
        "<p>Keep it there until the gate closes.</p></li><li><strong>Open weighbridges to inspectors.</strong></li></ul>"
        "<p>Growers' groups listed their own demands, numbered as in their letter:</p>"
        "<ol start='3'><li>A higher support price for early cane.<ul><li>Fifty rupees a maund more.</li>"
        "<li>Paid by the mills, not the province.</li></ul></li><li>An end to deductions for trash.</li></ol>"
        "<ul class='tags'><li><a href='/tag/agri'>Agribusiness</a></li><li><a href='/tag/kharif'>Kharif</a></li></ul>"
        "</article>").arg(paragraphs()));
    const QVector<ArticleBlock> &b = s.article.blocks;
    QVector<ArticleBlock> lists;
    for (const ArticleBlock &block : b) {
        if (block.kind == ArticleBlock::Kind::List)
            lists.append(block);
    }
    ASSERT_EQ(lists.size(), 4) << bodyText(s.article).toStdString();
    EXPECT_EQ(lists[0], listBlock({QStringLiteral("Pay growers within fifteen days of each delivery."),
                                   QStringLiteral("Post the day's rate at the gate. Keep it there until the gate closes."),
                                   QStringLiteral("Open weighbridges to inspectors.")},
                                  false));
    EXPECT_EQ(lists[1], listBlock({QStringLiteral("A higher support price for early cane.")}, true, 3));
    EXPECT_EQ(lists[2], listBlock({QStringLiteral("Fifty rupees a maund more."), QStringLiteral("Paid by the mills, not the province.")}, false));
    EXPECT_EQ(lists[3], listBlock({QStringLiteral("An end to deductions for trash.")}, true, 4));
    EXPECT_EQ(b.last(), lists[3]);
    const QString body = bodyText(s.article);
    EXPECT_FALSE(body.contains(QLatin1String("Agribusiness"))) << body.toStdString();
    EXPECT_TRUE(body.contains(QLatin1String("what the mills must do this season:"))) << body.toStdString();
}

// A <ul> of one item (a caption or a lone line a page builder set in a list) is a paragraph, not a one-bullet list; a
// numbered list's one item keeps its number (a list split around a picture goes on counting).
TEST(HtmlBody, ABulletedListOfOneItemIsAParagraph)
{
    const Snapshot s = parseMillsPage(QStringLiteral(
        "<article><h1>Mills start crushing early</h1>%1"
        "<ul><li>Cane arriving at a mill gate near Jhang on Monday.</li></ul>"
        "<p>The commissioner's notice sets out two duties for the mills this season:</p>"
        "<ol><li>Pay growers within fifteen days of each delivery.</li></ol><p>Inspectors will check the ledgers.</p>"
        "<ol start='2'><li>Post the day's rate at the gate.</li></ol>"
        "</article>").arg(paragraphs()));
    const QVector<ArticleBlock> &b = s.article.blocks;
    ASSERT_GE(b.size(), 7);
    EXPECT_EQ(b[3], (ArticleBlock{ArticleBlock::Kind::Paragraph, QStringLiteral("Cane arriving at a mill gate near Jhang on Monday."), {}, {}}));
    EXPECT_EQ(b[5], listBlock({QStringLiteral("Pay growers within fifteen days of each delivery.")}, true, 1));
    EXPECT_EQ(b.last(), listBlock({QStringLiteral("Post the day's rate at the gate.")}, true, 2));
}

// Sub-headings lost: an <h1> set among the text's paragraphs, or heading a <section> after others (HTML lets each part
// of a text start at <h1>), titles that part; the page's own <h1> before the text is still its headline, not a
// sub-heading.
TEST(HtmlBody, AnH1HeadingALaterPartOfTheTextIsASubheading)
{
    const Snapshot beside = parseHtml(QStringLiteral(
        "<html><head><title>Mills start crushing early</title></head><body><article>"
        "<h1>Mills start crushing early</h1><p>%1</p><h1>What growers want</h1><p>%2</p><p>%3</p>"
        "</article></body></html>").arg(QLatin1String(kParagraphs[0]), QLatin1String(kParagraphs[1]),
                                        QLatin1String(kParagraphs[2])));
    EXPECT_EQ(blockLines(beside.article),
              (std::vector<std::string>{std::string("paragraph: ") + kParagraphs[0], "subheading: What growers want",
                                        std::string("paragraph: ") + kParagraphs[1],
                                        std::string("paragraph: ") + kParagraphs[2]}));
    EXPECT_EQ(beside.article.headline, QStringLiteral("Mills start crushing early"));

    const Snapshot sections = parseHtml(QStringLiteral(
        "<html><head><title>Mills start crushing early</title></head><body><main>"
        "<section><h1>Mills start crushing early</h1><p>%1</p></section>"
        "<section><h1>What growers want</h1><p>%2</p></section>"
        "<section><hgroup><h1>What traders expect</h1></hgroup><p>%3</p></section>"
        "</main></body></html>").arg(QLatin1String(kParagraphs[0]), QLatin1String(kParagraphs[1]),
                                     QLatin1String(kParagraphs[2])));
    EXPECT_EQ(blockLines(sections.article),
              (std::vector<std::string>{std::string("paragraph: ") + kParagraphs[0], "subheading: What growers want",
                                        std::string("paragraph: ") + kParagraphs[1], "subheading: What traders expect",
                                        std::string("paragraph: ") + kParagraphs[2]}));
    EXPECT_EQ(sections.article.headline, QStringLiteral("Mills start crushing early"));

    // Nor is such an <h1> the page's headline where the title is set smaller (a book's chapter title in an <h2>).
    const Snapshot chapter = parseHtml(QStringLiteral(
        "<html><head><title>Chapter 2. Crushing season | Notes on sugar</title></head><body><main>"
        "<h2 class=\"chapter-title\">Chapter 2. Crushing season</h2><p>%1</p>"
        "<section><h1>Why growers want an early season</h1><p>%2</p></section>"
        "<section><h1>What traders expect</h1><p>%3</p></section>"
        "</main></body></html>").arg(QLatin1String(kParagraphs[0]), QLatin1String(kParagraphs[1]),
                                     QLatin1String(kParagraphs[2])));
    EXPECT_EQ(chapter.article.headline, QStringLiteral("Chapter 2. Crushing season"));
    EXPECT_TRUE(bodyText(chapter.article).contains(QLatin1String("Why growers want an early season")));
}
