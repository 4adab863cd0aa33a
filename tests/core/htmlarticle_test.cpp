// Saved HTML pages of many sites: the article found the way a reader finds it (visible title and byline,
// the column of text, standfirst, data tables), never the site's name, section labels or the boxes around it.
#include "core/load/snapshotloader.h"
#include "core/parse/htmlsnapshotparser.h"
#include "core/parse/htmlmetadata.h"
#include "fixtures.h"
#include "testdata.h"

#include <gtest/gtest.h>

using namespace md;
using md::test::loadFixture;

namespace {

Snapshot parseHtml(const QString &html)
{
    return test::parseHtmlPage(html);
}

QString bodyText(const Article &a)
{
    return test::articleText(a);
}

int paragraphCount(const Article &a)
{
    return int(std::count_if(a.blocks.begin(), a.blocks.end(),
                             [](const ArticleBlock &b) { return b.kind == ArticleBlock::Kind::Paragraph; }));
}

// Two paragraphs of a story, for pages built around them.
const QString kCementParagraphs = QStringLiteral(
    "<p>KARACHI: Cement despatches rose 9pc in November on demand from the north of the country, the association said on "
    "Monday.</p><p>Exports fell for a third month as freight costs rose, dealers said.</p>");

using Kind = ArticleBlock::Kind;

// The author read from a story under the title "Cement sales climb 9pc on northern demand": `head` in the page's
// <head>, `underTitle` between the title and the text.
QString authorUnderTitle(const QString &head, const QString &underTitle)
{
    return test::parseHtmlPage(QStringLiteral("<head><title>Cement sales climb 9pc on northern demand</title>%1</head><body><article>"
                                              "<h1>Cement sales climb 9pc on northern demand</h1>%2<div class='text'>%3</div></article></body>")
                                   .arg(head, underTitle, kCementParagraphs))
        .article.author;
}

// The author read from one plain paragraph printed between that title and the text.
QString authorOfLineUnderTitle(const QString &line)
{
    return authorUnderTitle(QString(), QStringLiteral("<p>%1</p>").arg(line));
}

} // namespace

TEST(HtmlArticle, BodyInsideAShareBarWrapperWithoutArticleOrJsonLd)
{
    const Snapshot s = loadFixture(QStringLiteral("article-share-bar-body.html"));
    const Article &a = s.article;
    EXPECT_EQ(a.headline, QStringLiteral("Wheat flour prices ease as new stocks reach mills"));
    EXPECT_EQ(a.author, QStringLiteral("Web Desk"));          // not "Markets", not "Daily Ledger"
    EXPECT_EQ(a.publishedAt.toIsoString(), QStringLiteral("2024-03-03")); // a date, never 00:00
    EXPECT_FALSE(a.publishedAt.hasTime());
    EXPECT_EQ(s.capturedAt.toIsoString(), QStringLiteral("2024-03-04")); // the header's "today" date
    EXPECT_TRUE(a.summary.isEmpty());
    EXPECT_EQ(a.dateline, QStringLiteral("LAHORE"));
    EXPECT_EQ(paragraphCount(a), 4);
    const QString body = bodyText(a);
    EXPECT_TRUE(body.contains(QLatin1String("first consignments of wheat from the new harvest")));
    EXPECT_TRUE(body.contains(QLatin1String("review the official rate at its meeting next week")));
    for (const char *chrome : {"Share on Facebook", "Email this story", "Advertisement", "Most Popular",
                               "Sugar mills seek export quota", "Copyright", "Wheat\nFlour"})
        EXPECT_FALSE(body.contains(QLatin1String(chrome))) << chrome;
}

TEST(HtmlArticle, BodySplitOverPageBuilderTextWidgets)
{
    const Snapshot s = loadFixture(QStringLiteral("article-page-builder-widgets.html"));
    const Article &a = s.article;
    EXPECT_EQ(a.headline, QStringLiteral("Textile mills seek lower gas tariff for exporters"));
    EXPECT_EQ(a.author, QStringLiteral("APP")); // the visible agency, not the site named in <meta name=author>
    EXPECT_EQ(a.publishedAt.toIsoString(), QStringLiteral("2024-03-05T11:20:00+05:00"));
    ASSERT_EQ(paragraphCount(a), 5);
    EXPECT_EQ(a.blocks.size(), 5);
    EXPECT_TRUE(a.blocks.first().text.startsWith(QLatin1String("FAISALABAD: Spinning and weaving mills")));
    EXPECT_EQ(a.blocks.last().text, QStringLiteral("Exporters also want sales tax refunds paid within a month, as promised in the last budget."));
    EXPECT_EQ(a.related, QStringList{QStringLiteral("Cotton arrivals fall short of last season\u2019s pace")});
    const QString body = bodyText(a);
    for (const char *chrome : {"Advertisement", "Also Read", "Previous article", "Next article", "About the writer",
                               "covers trade and industry", "Rupee steady", "WhatsApp", "Copyright"})
        EXPECT_FALSE(body.contains(QLatin1String(chrome))) << chrome;
}

TEST(HtmlArticle, CardsModalAuthorBoxPollAndNavigationAreNotBody)
{
    const Snapshot s = loadFixture(QStringLiteral("article-cards-modal-table.html"));
    const Article &a = s.article;
    // The JSON-LD headline is cut mid-word: the fuller visible title wins.
    EXPECT_EQ(a.headline, QStringLiteral("Car assemblers halt output as kit imports stall at the port while banks ration letters of credit"));
    EXPECT_EQ(a.author, QStringLiteral("Sana Qureshi")); // the JSON-LD author is the site itself
    EXPECT_EQ(a.publishedAt.toIsoString(), QStringLiteral("2024-03-06"));
    EXPECT_EQ(a.summary, QStringList{QStringLiteral("Three plants close for a week; dealers say bookings are being refunded")});
    EXPECT_EQ(paragraphCount(a), 4);
    EXPECT_EQ(a.related, QStringList{QStringLiteral("Why car loans cost more than ever")});
    const QString body = bodyText(a);
    EXPECT_TRUE(body.contains(QLatin1String("waiting for banks to open letters of credit")));
    EXPECT_TRUE(body.contains(QLatin1String("clear pending requests by the end of the month")));
    for (const char *chrome : {"TOP NEWS", "Gold climbs to record", "Sign in", "keep reading", "reports on the car industry",
                               "Previous article", "POLL", "locally assembled", "RELATED", "Three plants close"})
        EXPECT_FALSE(body.contains(QLatin1String(chrome))) << chrome;
}

TEST(HtmlArticle, DataTableBecomesATableBlockTitledByTheHeadingBeforeIt)
{
    const Snapshot s = loadFixture(QStringLiteral("article-cards-modal-table.html"));
    const auto table = std::find_if(s.article.blocks.begin(), s.article.blocks.end(),
                                    [](const ArticleBlock &b) { return b.kind == Kind::Table; });
    ASSERT_NE(table, s.article.blocks.end());
    EXPECT_EQ(table->text, QStringLiteral("Sales by maker"));
    EXPECT_EQ(table->header, (QStringList{QStringLiteral("Maker"), QStringLiteral("February"), QStringLiteral("January")}));
    ASSERT_EQ(table->rows.size(), 2);
    EXPECT_EQ(table->rows[1], (QStringList{QStringLiteral("Indus Autos"), QStringLiteral("988"), QStringLiteral("1,101")}));
    // The table sits between the third and fourth paragraphs.
    EXPECT_EQ(table - s.article.blocks.begin(), 3);
}

TEST(HtmlArticle, TableCaptionIsItsTitleAndALayoutTableStaysText)
{
    const Snapshot s = parseHtml(QStringLiteral(
        "<div class='content'><p>Prices of the main staples moved little over the week, the bureau said on Friday.</p>"
        "<table><caption>Weekly prices</caption><tr><th>Item</th><th>Rs</th></tr><tr><td>Sugar</td><td>145</td></tr></table>"
        "<table><tr><td>Laid out in a table, this line is still a line of the story.</td></tr></table>"
        "<p>Onion prices fell for a third week as supplies from Sindh improved in the markets.</p></div>"));
    const QVector<ArticleBlock> &b = s.article.blocks;
    ASSERT_EQ(b.size(), 4);
    EXPECT_EQ(b[1].kind, Kind::Table);
    EXPECT_EQ(b[1].text, QStringLiteral("Weekly prices"));
    EXPECT_EQ(b[1].rows, (QVector<QStringList>{{QStringLiteral("Sugar"), QStringLiteral("145")}}));
    EXPECT_EQ(b[2], (ArticleBlock{Kind::Paragraph, QStringLiteral("Laid out in a table, this line is still a line of the story."), {}, {}}));
}

TEST(HtmlArticle, SiteNameIsCutFromTheTitleWhenItIsTheOnlySource)
{
    const QString body = QStringLiteral(
        "<div class='text'><p>The rupee gained 12 paisa against the dollar in thin interbank trading on Monday.</p>"
        "<p>Dealers said exporters had sold dollars before the month-end, while import payments were light.</p></div>");
    const Snapshot suffix = parseHtml(QStringLiteral(
        "<head><title>Rupee firms in thin trade - Business - Daily Ledger</title>"
        "<meta property='og:site_name' content='Daily Ledger'></head><body>") + body);
    EXPECT_EQ(suffix.article.headline, QStringLiteral("Rupee firms in thin trade"));
    const Snapshot prefix = parseHtml(QStringLiteral(
        "<head><meta property='og:title' content='Ledger \u2014 Rupee firms in thin trade'>"
        "<link rel='canonical' href='https://ledger.example/news/1'></head><body>") + body);
    EXPECT_EQ(prefix.article.headline, QStringLiteral("Rupee firms in thin trade"));
    // A separator inside the headline itself stays.
    const Snapshot inner = parseHtml(QStringLiteral(
        "<head><title>KSE-100 | a record close - Daily Ledger</title>"
        "<meta property='og:site_name' content='Daily Ledger'></head><body>") + body);
    EXPECT_EQ(inner.article.headline, QStringLiteral("KSE-100 | a record close"));
}

TEST(HtmlArticle, VisibleTitleWinsOverJsonLdCarryingTheSiteName)
{
    const Snapshot s = parseHtml(QStringLiteral(
        "<head><meta property='og:site_name' content='The Daily Ledger'>"
        "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Cement sales climb 9pc | The Daily Ledger\","
        "\"author\":{\"@type\":\"Organization\",\"name\":\"The Daily Ledger\"}}</script>"
        "<meta name='author' content='The Daily Ledger'></head><body>"
        "<div class='head'><h1>Cement sales climb 9pc</h1><div class='meta'><span class='auth-name'>News Desk</span> | "
        "<span class='story-date'>December 02, 2023</span></div></div>"
        "<div class='story-text'><p>KARACHI: Cement despatches rose 9pc in November on demand from the north of the country.</p></div></body>"));
    EXPECT_EQ(s.article.headline, QStringLiteral("Cement sales climb 9pc"));
    EXPECT_EQ(s.article.author, QStringLiteral("News Desk"));
    EXPECT_EQ(s.article.publishedAt.toIsoString(), QStringLiteral("2023-12-02"));
}

TEST(HtmlArticle, SectionLinkAndSiteNameAreNeverTheAuthor)
{
    const Snapshot s = parseHtml(QStringLiteral(
        "<head><meta property='og:site_name' content='Ledger News'><meta name='author' content='Ledger News'></head><body>"
        "<h1>Textile exports fall 4pc in five months</h1>"
        "<div class='byline'><a href='/business'>Business</a></div><div class='post-author'>Ledger News</div>"
        "<div class='post'><p>LAHORE: Textile and clothing exports fell 4pc to $6.9bn in the first five months of the year.</p></div></body>"));
    EXPECT_EQ(s.article.headline, QStringLiteral("Textile exports fall 4pc in five months"));
    EXPECT_TRUE(s.article.author.isEmpty()) << s.article.author.toStdString();
}

TEST(HtmlArticle, AgencyBylineWithDateAndSeparatorsGivesOnlyTheName)
{
    const Snapshot s = parseHtml(QStringLiteral(
        "<body><div class='story'><h1>Oil slips as traders doubt output cuts</h1>"
        "<p class='author_agency'>AP</p><p class='post-date-time'>Dec 8, 2023 3:18 pm</p>"
        "<div class='content-area'><p>Oil prices fell on Friday as traders questioned whether producers would deliver the cuts.</p></div></div></body>"));
    EXPECT_EQ(s.article.author, QStringLiteral("AP"));
    EXPECT_EQ(s.article.publishedAt.toIsoString(), QStringLiteral("2023-12-08T15:18:00"));

    const Snapshot byline = parseHtml(QStringLiteral(
        "<body><div class='story'><h1>Banks lend more to consumers</h1>"
        "<div class='meta'><span class='byline'>By Hamid Latif | Published December 1, 2023 | 3:18 pm</span></div>"
        "<div class='content-area'><p>Consumer lending by banks rose for a second month in November, the central bank said.</p></div></div></body>"));
    EXPECT_EQ(byline.article.author, QStringLiteral("Hamid Latif"));
    EXPECT_EQ(byline.article.publishedAt.toIsoString(), QStringLiteral("2023-12-01T15:18:00"));
}

TEST(HtmlArticle, SubtitleHeadingUnderTheTitleIsTheStandfirst)
{
    const Snapshot s = parseHtml(QStringLiteral(
        "<body><div class='story'><h1>Car sales plunge 32pc in November</h1>"
        "<h2>Assemblers cite high interest rates and new taxes</h2>"
        "<div class='detail'><p>Car sales fell 32 per cent year-on-year in November, the automakers' association said.</p>"
        "<h2>Two-wheelers hold up</h2><p>Motorcycle sales slipped only 4pc as commuters stuck with the cheapest option.</p></div></div></body>"));
    EXPECT_EQ(s.article.summary, QStringList{QStringLiteral("Assemblers cite high interest rates and new taxes")});
    ASSERT_EQ(s.article.blocks.size(), 3);
    EXPECT_EQ(s.article.blocks[1], (ArticleBlock{Kind::Subheading, QStringLiteral("Two-wheelers hold up"), {}, {}}));
}

// The lead in a box of its own between the title and the column, named in any of the words sites use for it
// ("intro", "teaser", "lead", "abstract", French "chapo", Spanish "sumario"): the standfirst, not lost.
TEST(HtmlArticle, LeadInAnIntroOrTeaserBoxIsTheStandfirst)
{
    const QString lead = QStringLiteral("The finance ministry cut the levy on imported solar panels from ten to five per cent.");
    for (const char *box : {"intro-text", "teaser", "att-full-intro", "article-lead", "chapo", "sumario"}) {
        const Snapshot s = parseHtml(QStringLiteral(
            "<body><main><header><h1>Solar levy halved</h1><div class='%1'><p>%2</p></div></header>"
            "<div class='content'><p>The revised rate applies to consignments that reach the port from Monday, the ministry said.</p>"
            "<p>Importers had kept some 1,200 containers of panels and inverters in the yards at Karachi.</p></div></main></body>")
                                         .arg(QLatin1String(box), lead));
        EXPECT_EQ(s.article.summary, QStringList{lead}) << box;
        EXPECT_EQ(s.article.blocks.size(), 2) << box;
    }
}

// The lead in the box microdata marks as the story's description (itemprop="description" right before
// itemprop="articleBody"): the standfirst; a writer's biography marked the same way in the author's scope is not.
TEST(HtmlArticle, LeadMarkedAsTheStorysDescriptionIsTheStandfirst)
{
    const QString lead = QStringLiteral("The finance ministry cut the levy on imported solar panels from ten to five per cent.");
    const auto page = [](const QString &head) {
        return QStringLiteral("<body><article itemscope itemtype='https://schema.org/NewsArticle'><h1>Solar levy halved</h1>%1"
                              "<div class='mb-6' itemprop='articleBody'><p>The revised rate applies to consignments that reach the port"
                              " from Monday, the ministry said, after importers lobbied for a month.</p>"
                              "<p>Importers had kept some 1,200 containers of panels and inverters in the yards at Karachi since the"
                              " levy was raised in the budget.</p></div></article></body>")
            .arg(head);
    };
    const Snapshot s = parseHtml(page(QStringLiteral("<div class='font-bold mb-6' itemprop='description'><div>%1</div></div>").arg(lead)));
    EXPECT_EQ(s.article.summary, QStringList{lead});
    EXPECT_EQ(s.article.blocks.size(), 2);

    const Snapshot bio = parseHtml(page(QStringLiteral(
        "<div itemprop='author' itemscope itemtype='https://schema.org/Person'><span itemprop='name'>Sana Qureshi</span>"
        "<div itemprop='description'>Sana Qureshi has covered energy and trade for the paper since it was founded.</div></div>")));
    EXPECT_TRUE(bio.article.summary.isEmpty()) << qPrintable(bio.article.summary.join(u'|'));
}

// The lead set as a heading further down the head than right under the title (a date line between them): a
// long heading that ends like a sentence is the standfirst; a long title of another story is not.
TEST(HtmlArticle, LongSentenceHeadingBeforeTheBodyIsTheStandfirst)
{
    const QString lead = QStringLiteral("Workers at the plant in Karachi fear that the new owners will close two of its four lines next year.");
    const auto page = [](const QString &heading) {
        return QStringLiteral("<body><main><div class='head'><h1>Unions fear cuts at the steel plant</h1>"
                              "<div class='when'>Friday, 8 December 2023</div></div><div class='box'><div class='w'>%1</div></div>"
                              "<div class='content'><p>The union said it would meet the new management on Monday to ask for guarantees.</p>"
                              "<p>The plant employs some 4,000 workers, most of them on permanent contracts.</p></div></main></body>")
            .arg(heading);
    };
    const Snapshot s = parseHtml(page(QStringLiteral("<h3>%1</h3>").arg(lead)));
    EXPECT_EQ(s.article.summary, QStringList{lead});

    const Snapshot card = parseHtml(page(QStringLiteral(
        "<h3>Textile Exporters Ask the Government for Cheaper Power Before the Winter Orders Arrive From Europe</h3>")));
    EXPECT_TRUE(card.article.summary.isEmpty());

    // In a box named for the lead, the heading that is a sentence is the lead; the box's label is not.
    const Snapshot boxed = parseHtml(page(QStringLiteral("<div class='post-subheading'><h4>In brief</h4><h3>%1</h3></div>").arg(lead)));
    EXPECT_EQ(boxed.article.summary, QStringList{lead});
}

// A title set as an <h2> with no class, its words in spans, that prints the page's title: the story's head is
// read around it (the lead in the box under it).
TEST(HtmlArticle, UnnamedHeadingThatPrintsThePageTitleIsTheVisibleTitle)
{
    const Snapshot s = parseHtml(QStringLiteral(
        "<head><title>Can the port clear the backlog before Eid? | Harbour Weekly</title></head><body><article>"
        "<div class='row'><header><h2><span class='kicker'>Shipping</span> <span>Can the port clear the backlog before Eid?</span></h2>"
        "<div class='content__intro'>Some 9,000 containers wait at the terminals while customs staff work double shifts.</div></header></div>"
        "<div class='row'><div class='columns'><p>Terminal operators said on Monday that the queue had shortened by a third since the start of the month.</p>"
        "<p>Importers of edible oil and machinery have been waiting longest, according to the chamber of commerce.</p></div></div>"
        "</article></body>"));
    EXPECT_EQ(s.article.summary,
              QStringList{QStringLiteral("Some 9,000 containers wait at the terminals while customs staff work double shifts.")});
    EXPECT_EQ(s.article.blocks.size(), 2);
}

// A blog whose title ends in its writer's name ("Post | Section | Writer") and whose story marks that writer in
// microdata after the text: the writer, not a site's name.
TEST(HtmlArticle, BlogTitleEndingInTheWriterMarkedInMicrodataIsTheAuthor)
{
    const Snapshot s = parseHtml(QStringLiteral(
        "<head><title>Reading a balance sheet in ten minutes | Notes | Sana Mirza</title></head><body>"
        "<h1><a href='/'>Hello, I am <strong>Sana.</strong></a></h1><article>"
        "<h2><a itemprop='name' href='/notes/balance-sheet/'>Reading a balance sheet in ten minutes</a></h2><section>"
        "<p>Start with the cash: a company that says it earns money but never seems to hold any deserves a second look.</p>"
        "<p>Then read the notes on receivables, where most of the surprises in small listed companies are kept.</p></section>"
        "<aside><p><span itemprop='author' itemscope itemtype='http://schema.org/Person'><span itemprop='name'>Sana Mirza</span></span>"
        " <time datetime='2023-09-29'>2023-09-29</time> in <a href='/notes/'>Notes</a></p></aside></article></body>"));
    EXPECT_EQ(s.article.headline, QStringLiteral("Reading a balance sheet in ten minutes"));
    EXPECT_EQ(s.article.author, QStringLiteral("Sana Mirza"));
}

// The lead as a plain paragraph under the title in a head apart from the body; and the lead in a box of its own
// right before the column, further from the title than the head reaches.
TEST(HtmlArticle, LeadParagraphUnderTheTitleOrLeadBoxBeforeTheColumn)
{
    const QString lead = QStringLiteral("A lawyer explains what the court's ruling means for people who want old reports about them taken down.");
    const QString column = QStringLiteral(
        "<div class='text'><p>The court ruled on Tuesday that search engines must weigh a person's privacy against the public's interest.</p>"
        "<p>Requests are made through a form, and the company has a month to answer each of them.</p></div>");
    const Snapshot plain = parseHtml(QStringLiteral(
        "<body><article><div id='head'><header><h1>What the privacy ruling means for you</h1><p>%1</p></header></div>"
        "<div class='image'><img src='a.jpg'></div>%2</article></body>").arg(lead, column));
    EXPECT_EQ(plain.article.summary, QStringList{lead});
    EXPECT_EQ(plain.article.blocks.size(), 2);

    const Snapshot boxed = parseHtml(QStringLiteral(
        "<body><div class='top'><div class='titles'><div class='t'><div class='u'><h1>What the privacy ruling means for you</h1></div></div></div></div>"
        "<div class='player'><video></video></div><section class='grid'><article><div class='article-body'>"
        "<div class='article-lead'><h2>%1</h2></div>%2</div></article></section></body>").arg(lead, column));
    EXPECT_EQ(boxed.article.summary, QStringList{lead});
    EXPECT_EQ(boxed.article.blocks.size(), 2);
}

// An <h1> in a story's hero header, or on a page whose <body> is named "transparent-header", is the story's
// title when it prints the page's title (a logo in the masthead does not); the header's parts after the title
// ("article-header__lead") are the story's head, not the masthead.
TEST(HtmlArticle, TitleInAHeroHeaderAndTheHeadAfterIt)
{
    const QString title = QStringLiteral("Cotton growers ask for a support price before sowing");
    const QString lead = QStringLiteral("Farmers' groups say they will plant less cotton unless the government fixes a price before March.");
    const QString column = QStringLiteral(
        "<div class='text'><p>Growers in southern Punjab said the cost of seed and fertiliser had doubled in two years.</p>"
        "<p>The ministry said a decision would be taken after the provinces sent their estimates.</p></div>");
    const Snapshot hero = parseHtml(QStringLiteral(
        "<head><title>Farm Voice - %1</title></head><body><header class='ct-header'><div class='logo'>Farm Voice</div>"
        "<div class='grid'><div class='wide'><h1>%1</h1><p class='article-header__author'>Nadia Baig</p>"
        "<p class='article-header__lead'>%2</p></div></div></header><div class='wrap'>%3</div></body>").arg(title, lead, column));
    EXPECT_EQ(hero.article.headline, title);
    EXPECT_EQ(hero.article.summary, QStringList{lead});
    EXPECT_EQ(hero.article.author, QStringLiteral("Nadia Baig"));

    const Snapshot body = parseHtml(QStringLiteral(
        "<head><title>%1</title></head><body class='no-touch transparent-header'><div class='page'><div class='news-single'>"
        "<div class='item'><h1>%1</h1><div class='teaser-text'><p>%2</p></div><div class='news-text-wrap'>%3</div></div></div></div></body>")
                                        .arg(title, lead, column));
    EXPECT_EQ(body.article.summary, QStringList{lead});
}

TEST(HtmlArticle, ClaimCardBeforeTheTitleIsNotTheArticle)
{
    const Snapshot s = parseHtml(QStringLiteral(
        "<head><title>FactDesk | No, the dollar has not been banned</title><meta property='og:site_name' content='FactDesk'></head><body>"
        "<section class='stage'><div class='m-statement'><div class='m-statement__author'><a href='/people/viral-video/'>Viral video</a></div>"
        "<p class='m-statement__quote'>Pakistan has banned the US dollar, and anyone holding dollars after the end of the month will be arrested.</p></div></section>"
        "<section class='pick'><h1>No, the dollar has not been banned</h1><div class='m-author'>By <a href='/staff/hina/'>Hina Zaidi</a> \u2022 "
        "<span class='m-author__date'>December 1, 2023</span></div></section>"
        "<article class='textblock'><p>A video shared widely on social media claims that the US dollar has been banned inside the country.</p>"
        "<p>We found no order, notice or law that bans the holding of foreign currency by individuals.</p>"
        "<p>The rules announced in September apply to licensed exchange companies, not to citizens.</p></article></body>"));
    EXPECT_EQ(s.article.headline, QStringLiteral("No, the dollar has not been banned"));
    EXPECT_EQ(s.article.author, QStringLiteral("Hina Zaidi"));
    EXPECT_EQ(s.article.publishedAt.toIsoString(), QStringLiteral("2023-12-01"));
    EXPECT_EQ(s.article.blocks.size(), 3);
    EXPECT_FALSE(bodyText(s.article).contains(QLatin1String("will be arrested")));
}

TEST(HtmlArticle, VideoPointerLineAndAdLabelsAreNotBody)
{
    const Snapshot s = parseHtml(QStringLiteral(
        "<body><h1>Exports fall 4pc</h1><div class='post_content'>"
        "<p>LAHORE (Ledger News) \u2013 Exports declined 4 per cent during July to November, official figures showed.</p>"
        "<div class='td-a-rec'><span class='td-adspot-title'>- Advertisement -</span></div>"
        "<p>Knitwear and bedwear were down as buyers in Europe cut orders ahead of the holidays.</p>"
        "<p><em>For more on this, watch our report below.</em></p><div class='video-embed'><iframe src='https://video.example/1'></iframe></div>"
        "</div></body>"));
    ASSERT_EQ(s.article.blocks.size(), 2);
    EXPECT_FALSE(bodyText(s.article).contains(QLatin1String("Advertisement")));
    EXPECT_FALSE(bodyText(s.article).contains(QLatin1String("watch our report")));
}

TEST(HtmlArticle, SiteLogoHeadingIsNotTheHeadline)
{
    const Snapshot s = parseHtml(QStringLiteral(
        "<head><meta property='og:site_name' content='Daily Ledger'></head><body>"
        "<header><h1><a href='/'>Daily Ledger</a></h1></header>"
        "<div class='story-top'><h2 class='story__title'>Gold slips Rs1,200 per tola as dollar firms</h2></div>"
        "<div class='copy'><p>KARACHI: Gold fell Rs1,200 per tola on Saturday, tracking the international market lower.</p></div></body>"));
    EXPECT_EQ(s.article.headline, QStringLiteral("Gold slips Rs1,200 per tola as dollar firms"));
}

TEST(HtmlArticle, StoryCardsWithExcerptsBesideTheTextAreNotBody)
{
    const Snapshot s = parseHtml(QStringLiteral(
        "<body><div class='wrap'><h1>Urea offtake recovers in November</h1>"
        "<div class='text'><p>ISLAMABAD: Urea offtake rose to 620,000 tonnes in November, up from 410,000 tonnes in October, industry data showed.</p>"
        "<p>Dealers said farmers bought ahead of the wheat sowing season, helped by a stable price.</p></div>"
        "<div class='more'><div class='item'><h3><a href='/news/1'>DAP prices hold steady</a></h3>"
        "<p>Phosphate fertiliser prices were unchanged for a third month, dealers in Punjab said on Friday.</p></div>"
        "<div class='item'><h3><a href='/news/2'>Gas supply to fertiliser plants restored</a></h3>"
        "<p>Two plants in Punjab restarted production after the gas utility restored their supply.</p></div></div></div></body>"));
    ASSERT_EQ(s.article.blocks.size(), 2);
    EXPECT_FALSE(bodyText(s.article).contains(QLatin1String("Phosphate")));
}

TEST(HtmlArticle, RowOfTeasersToOtherPagesAfterTheTextIsNotBody)
{
    // Three teasers of one kind, each a heading, a line and one link to a page of its own (an arrow with no words):
    // other stories, though no heading is a link. Teasers that all link the same page, or no page, stay text.
    const auto page = [](const QString &hrefs) {
        const QStringList links = hrefs.split(u' ');
        QString row;
        for (int i = 0; i < 3; ++i)
            row += QStringLiteral("<article class='teaser'><a href='#' class='format'>News</a><h3><span>Yarn story %1</span></h3>"
                                  "<p class='copy'>Traders said weaker demand from power looms pushed the price of yarn down.</p>"
                                  "<a class='go' href='%2'><span class='icon'></span></a></article>")
                       .arg(i)
                       .arg(links.value(i));
        return parseHtml(QStringLiteral(
                             "<body><h1>Textile exports rise 12pc in October</h1><div class='region'><div class='text'>"
                             "<p>Pakistan's textile exports rose 12 per cent year-on-year to $1.6 billion in October, on home textiles.</p>"
                             "<p>Knitwear and bedwear led the gain, while exports of cotton yarn fell for a fourth month.</p></div>"
                             "<div class='teasers'><h2>More on textiles</h2><div class='row'>")
                         + row + QStringLiteral("</div></div></div></body>"));
    };
    const Snapshot teasers = page(QStringLiteral("/a /b /c"));
    EXPECT_EQ(paragraphCount(teasers.article), 2);
    EXPECT_FALSE(bodyText(teasers.article).contains(QLatin1String("More on textiles")));
    EXPECT_FALSE(bodyText(teasers.article).contains(QLatin1String("power looms")));
    EXPECT_TRUE(bodyText(page(QStringLiteral("/a /a /a")).article).contains(QLatin1String("power looms")));
}

TEST(HtmlArticle, LastUpdateIsTheArticlesUpdatedTimeAndTheMastheadTheCaptureTime)
{
    const QString body = QStringLiteral(
        "<body><h1>Bond yields fall for a second auction</h1><div class='text'>"
        "<p>ISLAMABAD: The government raised Rs410 billion through fixed-rate bonds, and yields fell across tenors.</p></div></body>");
    const Snapshot modified = parseHtml(QStringLiteral(
        "<head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"datePublished\":\"2023-12-06T18:40:00+05:00\","
        "\"dateModified\":\"2023-12-07T09:05:12+05:00\"}</script></head>") + body);
    EXPECT_EQ(modified.article.publishedAt.toIsoString(), QStringLiteral("2023-12-06T18:40:00+05:00"));
    // The story's update dates the story, not the page: no "today" stamp.
    EXPECT_EQ(modified.article.updatedAt.toIsoString(), QStringLiteral("2023-12-07T09:05:12+05:00"));
    EXPECT_FALSE(modified.capturedAt.isValid());
    const Snapshot masthead = parseHtml(QStringLiteral(
        "<head><meta property='article:modified_time' content='2023-12-07T09:05:12+05:00'></head>"
        "<header class='site-header'><div class='top-date'>Friday, December 8, 2023</div></header>") + body);
    EXPECT_EQ(masthead.capturedAt.toIsoString(), QStringLiteral("2023-12-08"));
}

TEST(HtmlArticle, SectionLinkInsideTheBylineAndTheMastheadLoginAreNotTheAuthor)
{
    const Snapshot s = parseHtml(QStringLiteral(
        "<body><header class='top'><a class='auth-link' href='/login'>Sign in</a></header><div class='wrap'><div class='story'>"
        "<h1>Remittances rise 9pc in November</h1>"
        "<div class='story-byline'><a href='/latest/category/business'>Business</a> | By <a href='/writer/usman-tariq'>Usman Tariq</a></div>"
        "<div class='desc'><p>KARACHI: Workers\u2019 remittances rose 9 per cent year-on-year to $2.25 billion in November.</p></div></div></div></body>"));
    EXPECT_EQ(s.article.author, QStringLiteral("Usman Tariq"));
}

TEST(HtmlArticle, ReaderRepliesLongerThanTheStoryAreNotTheBody)
{
    QString replies;
    for (int i = 0; i < 12; ++i)
        replies += QStringLiteral("<div class='reply'><span>Reader %1</span><p>A reader's reply of some length, written after the story, with an opinion or two.</p></div>").arg(i);
    const Snapshot s = parseHtml(QStringLiteral(
        "<body><h1>Cotton arrivals jump 70pc</h1><div class='text'>"
        "<p>KARACHI: Cotton arrivals at ginning factories rose 70pc to 5.9 million bales by December 1, the ginners' association said.</p>"
        "<p>Punjab's arrivals doubled while Sindh's rose by a third, helped by a larger crop and early picking.</p></div>"
        "<div class='responses'>") + replies + QStringLiteral("</div></body>"));
    ASSERT_EQ(s.article.blocks.size(), 2);
    EXPECT_EQ(s.article.headline, QStringLiteral("Cotton arrivals jump 70pc"));
}

TEST(HtmlArticle, ShareBoxesAndShortLabelsUnderTheTitleAreNoStandfirst)
{
    const Snapshot s = parseHtml(QStringLiteral(
        "<body><div class='story'><h1>Gold steady in thin trade</h1>"
        "<div class='post-summary-share'><a href='#'>Share this story on Facebook and X</a></div>"
        "<div class='short-url'>Copy short URL</div>"
        "<div class='text'><p>KARACHI: Gold was unchanged at Rs215,600 per tola on Monday, the jewellers' association said.</p></div></div></body>"));
    EXPECT_TRUE(s.article.summary.isEmpty()) << s.article.summary.join(u'|').toStdString();
}

TEST(HtmlArticle, JsonLdAuthorNamedByIdInAGraphAndTheLogoHeadingIsNoTitle)
{
    const Snapshot s = parseHtml(QStringLiteral(
        "<head><meta name='author' content='Indus Wire'>"
        "<script type='application/ld+json'>{\"@graph\":[{\"@type\":\"Organization\",\"@id\":\"#org\",\"name\":\"Indus Wire\"},"
        "{\"@type\":\"NewsArticle\",\"headline\":\"Tea imports rise 9pc in five months\",\"author\":{\"@id\":\"#p1\"}},"
        "{\"@type\":\"Person\",\"@id\":\"#p1\",\"name\":\"Rabia Sohail\"}]}</script></head>"
        "<body><div class='site-header'><h1 class='logo'>Indus Wire</h1></div>"
        "<div class='post'><h1 class='entry-title'>Tea imports rise 9pc in five months</h1>"
        "<div class='entry-content'><p>KARACHI: Tea imports rose 9pc in the first five months of the fiscal year, customs data showed.</p></div></div></body>"));
    EXPECT_EQ(s.article.headline, QStringLiteral("Tea imports rise 9pc in five months"));
    EXPECT_EQ(s.article.author, QStringLiteral("Rabia Sohail"));
}

TEST(HtmlArticle, SiteNameFromTheLogoAndItsInitialsIsNoAuthorButItsDeskIs)
{
    const Snapshot s = parseHtml(QStringLiteral(
        "<head><meta name='author' content='Karachi Market Wire'></head><body>"
        "<div class='header'><img alt='Karachi Market Wire'></div>"
        "<div class='detail'><h1>Bourse ends week on a high</h1>"
        "<div class='news-meta'>KM Wire | March 08, 2024 at 04:40 PM GMT+05:00</div>"
        "<div class='detail-text'><p>March 08, 2024 (KMW): The benchmark index closed the week 2.1pc higher, led by banks and fertiliser stocks.</p>"
        "<p>Volumes rose to 410 million shares from 380 million a day earlier.</p></div></div></body>"));
    EXPECT_TRUE(s.article.author.isEmpty()) << s.article.author.toStdString();
    EXPECT_EQ(s.article.publishedAt.toIsoString(), QStringLiteral("2024-03-08T16:40:00+05:00"));

    const Snapshot desk = parseHtml(QStringLiteral(
        "<head><meta property='og:site_name' content='Karachi Market Wire'></head><body><div class='story'>"
        "<h1>Bourse ends week on a high</h1><div class='byline'>Karachi Market Wire Desk</div>"
        "<div class='story-text'><p>KARACHI: The benchmark index closed the week 2.1pc higher, led by banks.</p></div></div></body>"));
    EXPECT_EQ(desk.article.author, QStringLiteral("Karachi Market Wire Desk"));
}

TEST(HtmlArticle, SeveralAuthorsAsTheBylinePrintsThem)
{
    const Snapshot s = parseHtml(QStringLiteral(
        "<head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Port charges to rise from January\","
        "\"author\":[{\"@type\":\"Person\",\"name\":\"Tariq Mahmood\"},{\"@type\":\"Person\",\"name\":\"Sadia Noor\"}]}</script></head>"
        "<body><article><h1>Port charges to rise from January</h1>"
        "<div class='byline'>By <a href='/authors/tm'>TARIQ MAHMOOD</a> and <a href='/authors/sn'>SADIA NOOR</a></div>"
        "<div class='story-text'><p>KARACHI: Terminal operators will raise handling charges by 8pc from January, shipping agents said.</p></div>"
        "</article></body>"));
    EXPECT_EQ(s.article.author, QStringLiteral("TARIQ MAHMOOD and SADIA NOOR"));
}

TEST(HtmlArticle, VisibleTitleWhenStructuredDataRepeatsTheSocialTitleOrChangesItsQuotes)
{
    const Snapshot social = parseHtml(QStringLiteral(
        "<head><meta property='og:title' content='Rice exporters cheer as duty goes'>"
        "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Rice exporters cheer as duty goes\"}</script></head>"
        "<body><article><h1>Export duty on rice withdrawn</h1>"
        "<div class='story-text'><p>ISLAMABAD: The government withdrew the export duty on rice, the commerce ministry said.</p></div>"
        "</article></body>"));
    EXPECT_EQ(social.article.headline, QStringLiteral("Export duty on rice withdrawn"));

    const Snapshot quotes = parseHtml(QStringLiteral(
        "<head><title>Is the \"cheap\" rupee back? | Daily Ledger</title>"
        "<meta name='author' content='Daily Ledger'>"
        "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Is the cheap rupee back? | Daily Ledger\"}</script></head>"
        "<body><article><h1>Is the \u2018cheap\u2019 rupee back?</h1>"
        "<div class='story-text'><p>KARACHI: The rupee lost ground for a third week, dealers said on Friday.</p></div>"
        "</article></body>"));
    EXPECT_EQ(quotes.article.headline, QStringLiteral("Is the \u2018cheap\u2019 rupee back?"));
    EXPECT_TRUE(quotes.article.author.isEmpty()) << quotes.article.author.toStdString();
}

TEST(HtmlArticle, FollowBoxesPaywallTeasersPrintFootnotesAndALabelHeadingAreNotBody)
{
    const Snapshot s = parseHtml(QStringLiteral(
        "<body><article><h1>Sugar mills start crushing late</h1>"
        "<p class='subtitle'>Growers warn of losses as cane dries in the fields</p>"
        "<div class='byline'><span class='author'>NAZIA PARVEEN and OMER RAUF</span><span class='role'>, staff writers</span></div>"
        "<div class='story-text'><h2>Claim or fact?</h2>"
        "<p>HYDERABAD: Most sugar mills in Sindh started crushing two weeks late this season, growers said.</p>"
        "<div class='follow-channel'><p>Follow the Daily Ledger on WhatsApp for market news.</p></div>"
        "<div class='paywall-teaser'><p>Enjoying the Ledger? Subscribe for full access to our analysis.</p></div>"
        "<p>The mills blamed a dispute over the support price.</p>"
        "<p><em>Published in Daily Ledger, November 3rd, 2024</em></p></div></article></body>"));
    EXPECT_EQ(bodyText(s.article), QStringLiteral(
        "HYDERABAD: Most sugar mills in Sindh started crushing two weeks late this season, growers said.\n"
        "The mills blamed a dispute over the support price."));
    EXPECT_EQ(s.article.author, QStringLiteral("NAZIA PARVEEN and OMER RAUF"));
    EXPECT_EQ(s.article.summary, QStringList{QStringLiteral("Growers warn of losses as cane dries in the fields")});
}

TEST(HtmlArticle, DatePrintedTwiceForScreenReadersAndTheEye)
{
    const Snapshot s = parseHtml(QStringLiteral(
        "<body><article><header><h1>Wind farm sold to Gulf investor</h1>"
        "<div class='date-simple'><span class='screen-reader-text'>Published On 3 Mar 2024</span><span aria-hidden='true'>3 Mar 2024</span></div>"
        "</header><div class='story-text'><p>ISLAMABAD: A Gulf investment fund bought a wind farm in Sindh for $120m, the seller said.</p></div>"
        "</article></body>"));
    EXPECT_EQ(s.article.publishedAt.toIsoString(), QStringLiteral("2024-03-03"));
}

TEST(HtmlArticle, ParagraphBoxesMarkedByTestIdAreBodyAndCookieSignOffAndLikeBoxesAreNot)
{
    const Snapshot s = parseHtml(QStringLiteral(
        "<body><div id='onetrust-banner-sdk'><p>We use cookies to remember your visits, preferences and settings on this site.</p></div>"
        "<article><h1>Fertiliser plant restarts after gas deal</h1><div class='body'>"
        "<div data-testid='paragraph-0'>MULTAN, May 2 - A fertiliser plant restarted on Thursday after a new gas supply deal, the company said.</div>"
        "<div data-testid='paragraph-1'>The plant had been shut for three weeks, cutting urea output by a fifth.</div>"
        "<p class='sign-off'>Reporting by Asma Qadir; Editing by John Doe and the desk</p>"
        "<div class='fb-like-box'><p>Like the Ledger on Facebook, follow us on X to stay informed.</p></div>"
        "</div></article></body>"));
    EXPECT_EQ(bodyText(s.article), QStringLiteral(
        "MULTAN, May 2 - A fertiliser plant restarted on Thursday after a new gas supply deal, the company said.\n"
        "The plant had been shut for three weeks, cutting urea output by a fifth."));
}

TEST(HtmlArticle, TodayBoxInATopBarIsTheCaptureDateButAPlainDateBoxIsNot)
{
    const QString page = QStringLiteral(
        "<body><div class='top-bar'><span class='%1'>Sunday, May 5, 2024</span></div>"
        "<article><h1>Fertiliser plant restarts after gas deal</h1><time datetime='2024-05-04'>May 4, 2024</time>"
        "<div class='body'><p>MULTAN: A fertiliser plant restarted on Thursday after a new gas supply deal, the company said.</p></div>"
        "</article></body>");
    EXPECT_EQ(parseHtml(page.arg(QStringLiteral("today-date"))).capturedAt.toIsoString(), QStringLiteral("2024-05-05"));
    EXPECT_FALSE(parseHtml(page.arg(QStringLiteral("date"))).capturedAt.isValid());
}

TEST(HtmlArticle, UnnamedByLineBesideASectionLinkIsTheByline)
{
    const Snapshot s = parseHtml(QStringLiteral(
        "<head><meta name='author' content='Markets'></head><body><div class='story'><h1>Fertiliser plant restarts after gas deal</h1>"
        "<div class='cat-date'><span class='cat'><a href='/category/markets'>Markets</a></span> <p>By <a href='#'>Asma Qadir</a> | May 4, 2024</p></div>"
        "<div class='detail'><p>MULTAN: A fertiliser plant restarted on Thursday after a new gas supply deal, the company said.</p>"
        "<p>By the end of the month the plant expects to run at full capacity, it said</p></div></div></body>"));
    EXPECT_EQ(s.article.author, QStringLiteral("Asma Qadir"));
}

TEST(HtmlArticle, SiteInitialsFollowedByNewsAreTheSiteNotAnAuthor)
{
    const Snapshot s = parseHtml(QStringLiteral(
        "<head><meta property='og:site_name' content='Indus Ledger'></head><body><article><h1>Fertiliser plant restarts after gas deal</h1>"
        "<div class='post-author-name'><a href='/author/il-news/'>IL News</a></div>"
        "<div class='detail'><p>MULTAN: A fertiliser plant restarted on Thursday after a new gas supply deal, the company said.</p></div>"
        "</article></body>"));
    EXPECT_TRUE(s.article.author.isEmpty()) << s.article.author.toStdString();
}

TEST(HtmlArticle, WritersRoleBesideTheBylineIsNotPartOfTheName)
{
    const Snapshot s = parseHtml(QStringLiteral(
        "<body><article><h1>Fertiliser plant restarts after gas deal</h1>"
        "<div class='byline'><span>By <span class='name'>Asma Qadir</span></span><span class='byline__role'>Energy correspondent, Multan</span></div>"
        "<div class='detail'><p>MULTAN: A fertiliser plant restarted on Thursday after a new gas supply deal, the company said.</p></div>"
        "</article></body>"));
    EXPECT_EQ(s.article.author, QStringLiteral("Asma Qadir"));
}

TEST(HtmlArticle, DateSpanBesideTheSourceAndAVideoPointerWithoutItsPlayer)
{
    const Snapshot s = parseHtml(QStringLiteral(
        "<body><div class='main'><h1>Fertiliser plant restarts after gas deal</h1>"
        "<p class='source'>Ledger TV <span class='dt'>Sat, 04 May 2024 11:05:00</span></p>"
        "<div class='content'><p>MULTAN: A fertiliser plant restarted on Thursday after a new gas supply deal, the company said.</p>"
        "<p>The plant had been shut for three weeks, cutting urea output by a fifth.</p>"
        "<p><em>Watch the video report from the plant below.</em></p></div></div></body>"));
    EXPECT_EQ(s.article.publishedAt.toIsoString(), QStringLiteral("2024-05-04T11:05:00"));
    EXPECT_EQ(paragraphCount(s.article), 2);
}

// Bylines as pages print them around the name: a label, a mark, a degree, a post, a glued button word.
TEST(HtmlArticle, AuthorNameWithoutTheLabelsAndWordsPrintedAroundIt)
{
    using html::authorNameOf;
    EXPECT_EQ(authorNameOf(QStringLiteral("Autor: Nadia Rauf")), QStringLiteral("Nadia Rauf"));
    EXPECT_EQ(authorNameOf(QStringLiteral("Auteur : Nadia Rauf")), QStringLiteral("Nadia Rauf"));
    EXPECT_EQ(authorNameOf(QStringLiteral("~ Nadia Rauf")), QStringLiteral("Nadia Rauf"));
    EXPECT_EQ(authorNameOf(QStringLiteral("byNadia Rauf")), QStringLiteral("Nadia Rauf"));
    EXPECT_EQ(authorNameOf(QStringLiteral("By Nadia Rauf And Imran Sheikh")), QStringLiteral("Nadia Rauf And Imran Sheikh"));
    EXPECT_EQ(authorNameOf(QStringLiteral("Nadia RaufFollow")), QStringLiteral("Nadia Rauf"));
    EXPECT_EQ(authorNameOf(QStringLiteral("Nadia Rauf, PhD")), QStringLiteral("Nadia Rauf"));
    EXPECT_EQ(authorNameOf(QStringLiteral("Nadia Rauf Staff Writer")), QStringLiteral("Nadia Rauf"));
    EXPECT_EQ(authorNameOf(QStringLiteral("Jan Weber Chefredakteur")), QStringLiteral("Jan Weber"));
    EXPECT_EQ(authorNameOf(QStringLiteral("Katrin Vogel Kategorien: Mode")), QStringLiteral("Katrin Vogel"));
    // A desk's credit is the byline itself.
    EXPECT_EQ(authorNameOf(QStringLiteral("Staff Reporter")), QStringLiteral("Staff Reporter"));
    EXPECT_EQ(authorNameOf(QStringLiteral("Our Staff Reporter")), QStringLiteral("Our Staff Reporter"));
    EXPECT_EQ(authorNameOf(QStringLiteral("Our Correspondent")), QStringLiteral("Our Correspondent"));
    // Labels, credits and calls in the author's place name no one.
    EXPECT_EQ(authorNameOf(QStringLiteral("Nadia Rauf Nadia Rauf")), QStringLiteral("Nadia Rauf"));
    EXPECT_EQ(authorNameOf(QStringLiteral("Isabella.Rauf")), QStringLiteral("Isabella.Rauf")); // a user name
    for (const char *notAName : {"Autoreninfo", "Foto: Reuters", "Veröffentlicht am", "Archiv anzeigen →",
                                 "What about the levy?", "Follow @nadia", "admin", "Super User", "publisher", "Unknown",
                                 "Tweet", "Teilen", "desk@ledger.pk", "ledger.pk", "Interview: Jens Weber",
                                 "Bundesministerium für Wirtschaft und Klimaschutz", "Ministry of Finance", "Universität Bonn"})
        EXPECT_TRUE(authorNameOf(QString::fromUtf8(notAName)).isEmpty()) << notAName;
    // A name that only looks like the words stays whole.
    EXPECT_EQ(authorNameOf(QStringLiteral("Byron Shah")), QStringLiteral("Byron Shah"));
    EXPECT_EQ(authorNameOf(QStringLiteral("Ann Follows")), QStringLiteral("Ann Follows"));
}

// Printed bylines in other languages: "von …" in an italic line, "Auteur : …", "Posted on DATE by …", "Von … am
// DATE": the name, without the date.
TEST(HtmlArticle, PrintedBylinesInOtherLanguagesAndAfterTheirDate)
{
    const auto authorOf = [](const char *byline) {
        return parseHtml(QStringLiteral("<body><div class='page'><h1>Zementabsatz steigt im November</h1>%1"
                                        "<div class='text'><p>Die Zementhersteller haben im November mehr Säcke an Baustellen "
                                        "geliefert als ein Jahr zuvor, teilte der Verband am Montag mit.</p>"
                                        "<p>Die Werke im Norden liefen mit drei Vierteln ihrer Kapazität.</p></div></div></body>")
                             .arg(QString::fromUtf8(byline)))
            .article.author;
    };
    EXPECT_EQ(authorOf("<p><i>von Daniela Weber</i></p>"), QStringLiteral("Daniela Weber"));
    EXPECT_EQ(authorOf("<h5><em>Von Leon Hartmann</em></h5>"), QStringLiteral("Leon Hartmann"));
    EXPECT_EQ(authorOf("<p>Auteur : Nadia Roy</p>"), QStringLiteral("Nadia Roy"));
    EXPECT_EQ(authorOf("<div class='post-meta'>Posted on 21 September 2020 by Adi Kahn</div>"), QStringLiteral("Adi Kahn"));
    EXPECT_EQ(authorOf("<p class='postmetadata'>Von R. R. am 7. August 2013</p>"), QStringLiteral("R. R."));
    EXPECT_EQ(authorOf("<div class='autor'><a href='/team/jan'>Jan Koch</a></div>"), QStringLiteral("Jan Koch"));
}

// Structured data: a one-person site's owner, typed Person and Organization, writes its stories; a story
// described twice (an SEO plugin's graph pointing to a writer it never names, then the theme's own block)
// takes the writer from the second description.
TEST(HtmlArticle, JsonLdWriterTypedPersonAndOrganizationOrNamedInASecondBlock)
{
    const QString story = QStringLiteral(
        "<html><head><meta property='og:site_name' content='Ledger Kitchen'>%1</head><body><article><h1>Why flour prices eased</h1>"
        "<div class='text'><p>Flour prices eased in Lahore this week as mills received the first wheat of the new crop.</p>"
        "<p>Bakers said the relief would reach bread prices within a fortnight.</p></div></article></body></html>");
    const QString graph = QStringLiteral(
        "<script type='application/ld+json'>{\"@graph\":[{\"@type\":\"Article\",\"headline\":\"Why flour prices eased\","
        "\"author\":{\"@id\":\"#writer\"}}%1]}</script>");
    const QString personNode = QStringLiteral(",{\"@type\":[\"Person\",\"Organization\"],\"@id\":\"#writer\",\"name\":\"Nadia Rauf\"}");
    EXPECT_EQ(parseHtml(story.arg(graph.arg(personNode))).article.author, QStringLiteral("Nadia Rauf"));
    const QString secondBlock = QStringLiteral(
        "<script type='application/ld+json'>{\"@type\":\"Article\",\"headline\":\"Why flour prices eased\","
        "\"author\":{\"@type\":\"Person\",\"name\":\"Imran Sheikh\"}}</script>");
    EXPECT_EQ(parseHtml(story.arg(graph.arg(QString()) + secondBlock)).article.author, QStringLiteral("Imran Sheikh"));
}

// A graph with no article node (an SEO plugin's WebPage for a post) gives the writer as the page node's author,
// when that is a person's full name: an account's login in its place ("nrauf_admin") is no writer.
TEST(HtmlArticle, JsonLdWebPageNodesAuthorWithNoArticleNode)
{
    const QString page = QStringLiteral(
        "<html><head><script type='application/ld+json'>{\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"Ledger Kitchen\"},"
        "{\"@type\":\"WebPage\",\"name\":\"Why flour prices eased\",\"author\":{\"@id\":\"#writer\"}},"
        "{\"@type\":\"Person\",\"@id\":\"#writer\",\"name\":\"%1\"}]}</script>"
        "</head><body><article><h1>Why flour prices eased</h1>"
        "<div class='text'><p>Flour prices eased in Lahore this week as mills received the first wheat of the new crop.</p>"
        "<p>Bakers said the relief would reach bread prices within a fortnight.</p></div></article></body></html>");
    EXPECT_EQ(parseHtml(page.arg(QStringLiteral("Nadia Rauf"))).article.author, QStringLiteral("Nadia Rauf"));
    EXPECT_TRUE(parseHtml(page.arg(QStringLiteral("nrauf_admin"))).article.author.isEmpty());
}

// Structured data's author named as a list of names ("name": ["Nadia Rauf"]) or with "By" before it, as some sites
// write it: the names alone.
TEST(HtmlArticle, JsonLdAuthorNameGivenAsAListOrWithBy)
{
    const QString page = QStringLiteral(
        "<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Why flour prices eased\","
        "\"author\":{\"@type\":\"Person\",\"name\":%1}}</script></head><body><article><h1>Why flour prices eased</h1>"
        "<div class='text'><p>Flour prices eased in Lahore this week as mills received the first wheat of the new crop.</p>"
        "<p>Bakers said the relief would reach bread prices within a fortnight.</p></div></article></body></html>");
    EXPECT_EQ(parseHtml(page.arg(QStringLiteral("[\"Nadia Rauf\", \"Imran Sheikh\"]"))).article.author,
              QStringLiteral("Nadia Rauf, Imran Sheikh"));
    EXPECT_EQ(parseHtml(page.arg(QStringLiteral("\"By Nadia Rauf\""))).article.author, QStringLiteral("Nadia Rauf"));
}

// The story's section as the metadata names it (article:section, JSON-LD's articleSection), its own headline and
// a date are never its author, wherever they stand in the author's place; the next source names the writer.
TEST(HtmlArticle, SectionHeadlineOrDateInTheAuthorsPlaceIsNoAuthor)
{
    EXPECT_TRUE(authorUnderTitle(QStringLiteral("<meta property='article:section' content='Business'><meta name='author' content='Business'>"),
                                 QString())
                    .isEmpty());
    EXPECT_EQ(authorUnderTitle(QStringLiteral("<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"articleSection\":[\"Markets\"],"
                                              "\"author\":{\"@type\":\"Person\",\"name\":\"Markets\"}}</script>"
                                              "<meta name='author' content='Sana Mirza'>"),
                               QString()),
              QStringLiteral("Sana Mirza"));
    EXPECT_TRUE(authorUnderTitle(QStringLiteral("<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"author\":"
                                                "{\"@type\":\"Person\",\"name\":\"Cement Sales Climb 9pc On Northern Demand\"}}</script>"),
                                 QString())
                    .isEmpty());
    EXPECT_TRUE(authorUnderTitle(QStringLiteral("<meta name='author' content='March 3, 2021'>"), QString()).isEmpty());
    EXPECT_EQ(authorUnderTitle(QStringLiteral("<meta name='author' content='June Carter'>"), QString()), QStringLiteral("June Carter"));
}

// The byline's own box in the body's box right after the lead: the writer. A printed "By" line further down
// the body (a quoted letter's signature) is not.
TEST(HtmlArticle, BylineBoxAfterTheLeadInTheBodysBox)
{
    const QString page = QStringLiteral(
        "<body><article><header><h1>Cyber attacks cost small firms a fifth of their IT budget</h1></header>"
        "<div class='entry-content'><p><strong>Small and medium firms still treat cyber attacks too lightly, the "
        "security agency said, though one attack in four threatens a small firm's survival.</strong></p>%1"
        "<p>The agency surveyed 1,200 firms in Karachi and Lahore over the summer and found most had no backup plan.</p>"
        "%2<p>Only one firm in ten had trained its staff to spot a forged invoice, the survey found.</p></div></article></body>");
    EXPECT_EQ(parseHtml(page.arg(QStringLiteral("<span class='entry-content__authors'>By <a href='/author/rauf/'>Nadia Rauf</a></span>"),
                                 QString()))
                  .article.author,
              QStringLiteral("Nadia Rauf"));
    EXPECT_TRUE(parseHtml(page.arg(QString(), QStringLiteral("<p>By Order Of The Board</p>"))).article.author.isEmpty());
}

// A writer's link named like its page ("/autor/jil-weber", "/christian-thiele" in a box named for the writer)
// is the writer, not a section; co-authors listed in one line with "y", "und" or "and" are all kept.
TEST(HtmlArticle, WritersPageLinksAndCoAuthorsListedInOneLine)
{
    const auto authorOf = [](const char *byline) {
        return parseHtml(QStringLiteral("<body><div class='page'><h1>Cotton arrivals fall short of last season</h1>%1"
                                        "<div class='text'><p>Cotton arrivals at ginneries reached 4.2 million bales by the "
                                        "end of November, a fifth fewer than a year before, the ginners' association said.</p>"
                                        "<p>Rain in lower Sindh delayed picking by three weeks.</p></div></div></body>")
                             .arg(QString::fromUtf8(byline)))
            .article.author;
    };
    EXPECT_EQ(authorOf("<div class='metadata'><div class='field--name-field-tag-author'><a href='/autor/jil-weber'>Jil Weber</a></div></div>"),
              QStringLiteral("Jil Weber"));
    EXPECT_EQ(authorOf("<div class='byline'>Von <span class='byline__author-name'><a href='/christian-thiele'>Christian Thiele</a></span>, "
                       "<span class='byline__created-date'>07 Dezember, 2022</span></div>"),
              QStringLiteral("Christian Thiele"));
    EXPECT_EQ(authorOf("<div class='author'><div class='byline'><a href='/autor/isabel-cruz'>Isabel Cruz</a>, "
                       "<a href='/autor/rocio-lara'>Rocío Lara</a> y <a href='/autor/jose-miguel-vidal'>José Miguel Vidal</a></div></div>"),
              QStringLiteral("Isabel Cruz, Rocío Lara, José Miguel Vidal"));
    EXPECT_EQ(authorOf("<section class='news__meta-header'><div class='news__meta-column'><h4 class='news__meta-title'>Autor</h4>"
                       "<p class='news__meta-text'><a href='/profil/A7M7/nadia-weber?h=9a67'>Nadia Weber</a><b>, </b></p></div></section>"),
              QStringLiteral("Nadia Weber"));
    // A section's link in the byline's box still names no one.
    EXPECT_EQ(authorOf("<div class='byline'><a href='/business'>Business</a> | By Sana Mirza</div>"), QStringLiteral("Sana Mirza"));
}

// Bylines at the story's end: a writer's box or a signature line right after the body, and microdata in the
// story's own <footer>, name the writer when nothing before the body does; another story's card after the body
// and a writer's box's own labels do not. A "Von" line linking to the writer's page named like it is the writer.
TEST(HtmlArticle, BylineAfterTheBodyAndInTheStorysFooter)
{
    const auto authorOf = [](const char *head, const char *after) {
        return parseHtml(QStringLiteral("<body><main><article><h1>Sugar mills start crushing early</h1>%1"
                                        "<div class='text'><p>Sugar mills in central Punjab started crushing cane a week "
                                        "earlier than last year, the mills' association said on Tuesday.</p>"
                                        "<p>Growers welcomed the early start after a dispute over prices last season.</p></div>%2"
                                        "</article></main></body>")
                             .arg(QString::fromUtf8(head), QString::fromUtf8(after)))
            .article.author;
    };
    EXPECT_EQ(authorOf("", "<p class='article-author'>Autor: Imran Baig</p>"), QStringLiteral("Imran Baig"));
    EXPECT_EQ(authorOf("", "<div class='articleAuthorDateBlock'><span>Datum:</span> 19.11.2021<br><span>Autor:</span> Imran Baig<br>"
                           "<span>Quelle:</span> Ledger</div>"),
              QStringLiteral("Imran Baig"));
    EXPECT_EQ(authorOf("", "<p class='signature'>Von Imran Baig</p>"), QStringLiteral("Imran Baig"));
    EXPECT_EQ(authorOf("", "<div class='author-bio'><h3>Samina Qazi</h3><p>Samina writes on farming and trade.</p></div>"),
              QStringLiteral("Samina Qazi"));
    EXPECT_EQ(authorOf("", "<footer class='meta'><address itemprop='author' itemscope><span itemprop='name'>Omar Latif</span></address></footer>"),
              QStringLiteral("Omar Latif"));
    EXPECT_EQ(authorOf("<p class='info'>Von <a href='/lisa-weber'>Lisa Weber</a></p>", ""), QStringLiteral("Lisa Weber"));
    EXPECT_EQ(authorOf("<div class='signature'><span class='field-contributor'>Par&nbsp;<a href='/node/story' class='active'>"
                       "<a href='/node/lisa-weber'>Lisa Weber</a></a></span></div>", ""),
              QStringLiteral("Lisa Weber"));
    EXPECT_TRUE(authorOf("", "<div class='teasers'><a href='/other'><div class='teaser-content'><h3>Wheat sowing lags</h3>"
                             "<div class='author-name'>Von Andreas Kühn</div></div></a></div>")
                    .isEmpty());
    EXPECT_TRUE(authorOf("", "<div class='post-author'><h4>Zur Person</h4><a href='/autoren/'>Alle Beiträge</a></div>").isEmpty());
}

// A byline whose name is a link in a box of its own after "By" (named like the writer's page), and one whose
// date follows the name with no mark between: the name alone; a line that is wholly a date names no one.
TEST(HtmlArticle, BylineLinkAfterASeparateByAndADateGluedToTheName)
{
    const auto authorOf = [](const char *byline) {
        return parseHtml(QStringLiteral("<body><div class='headline'><h1>Salon chain bars men after an incident</h1></div>%1"
                                        "<div class='body'><p>A salon chain said on Wednesday it would bar men from all 25 of its "
                                        "branches after an incident at one of them.</p><p>The rule stays until further notice, "
                                        "the company said.</p></div></body>")
                             .arg(QString::fromUtf8(byline)))
            .article.author;
    };
    EXPECT_EQ(authorOf("<div data-testid='prism-byline'><div><span>By</span><span><a href='/about/alex-hart'>Alex Hart</a></span></div>"
                       "<div>Thursday, November 9, 2023 4:41AM</div></div>"),
              QStringLiteral("Alex Hart"));
    EXPECT_EQ(authorOf("<div class='byline'>By Alex Hart Thursday, November 9, 2023 4:41AM</div>"), QStringLiteral("Alex Hart"));
    EXPECT_EQ(authorOf("<div class='byline'>Heiko Sauer Do, 12 January 2022</div>"), QStringLiteral("Heiko Sauer"));
    EXPECT_TRUE(authorOf("<div class='byline'>Thursday, November 9, 2023</div>").isEmpty());
}

// A printed byline after the lead in a body's box that also holds the title ("Text von …  Illustration von …"):
// the writer, not the first paragraph that ends the story's head.
TEST(HtmlArticle, PrintedBylineAfterTheLeadInABoxHoldingTheTitle)
{
    const Snapshot s = parseHtml(QStringLiteral(
        "<html><head><title>Ein Markt am Indus - Ledger Reisen</title></head><body><div class='frame'><div class='ce-bodytext'>"
        "<header><h2>Ein Markt am Indus</h2></header><h3><strong>Auf dem Weg durch zwei alte Handelsstädte am Fluss, mit viel "
        "Vergangenheit und einer Küche, die man kennen sollte: Sukkur und Hyderabad.</strong></h3><p>&nbsp;</p>"
        "<p><em>Text von Samira Qadri &nbsp; Illustration von Jonas Keller</em></p><p>&nbsp;</p>"
        "<p>Als ich das erste Mal in Sukkur war, stand der Fluss so hoch wie seit Jahren nicht, und der Markt war voller Boote.</p>"
        "<p>Die Händler verkauften Datteln, Reis und getrockneten Fisch aus dem Delta.</p></div></div></body></html>"));
    EXPECT_EQ(s.article.headline, QStringLiteral("Ein Markt am Indus"));
    EXPECT_EQ(s.article.author, QStringLiteral("Samira Qadri"));
}

// The byline printed as the body's first or last line is the byline the reader sees above the story, not text;
// a line that names someone else stays.
TEST(HtmlArticle, BylineLinesAtTheBodysEndsAreNotText)
{
    const QString page(QStringLiteral(
        "<html><body><article><h1>Cotton arrivals fall short</h1><div class='text'><p>By Samira Qadri</p>"
        "<p>Cotton arrivals at ginneries reached 4.2 million bales by the end of November, a fifth fewer than a year before.</p>"
        "<p>Rain in lower Sindh delayed picking by three weeks, the association said.</p><p>%1</p></div></article></body></html>"));
    const Snapshot own = parseHtml(page.arg(QStringLiteral("Von Samira Qadri")));
    EXPECT_EQ(own.article.author, QStringLiteral("Samira Qadri"));
    ASSERT_EQ(paragraphCount(own.article), 2);
    EXPECT_TRUE(own.article.blocks.front().text.startsWith(QStringLiteral("Cotton arrivals")));
    const Snapshot other = parseHtml(page.arg(QStringLiteral("By Order Of The Board")));
    EXPECT_EQ(other.article.blocks.back().text, QStringLiteral("By Order Of The Board"));
}

// A desk named with the site ("Redaktion Ledger", "Redacción Diario Ledger", "Ledger Redaktion") credits the
// site's newsroom, as "Ledger Web Desk" does: a byline, not the site's name; the site's name alone is not.
TEST(HtmlArticle, SitesNewsroomInOtherLanguagesIsABylineNotTheSite)
{
    html::SiteNames site;
    site.add(QStringLiteral("Ledger"));
    EXPECT_TRUE(site.matches(QStringLiteral("Ledger")));
    for (const char *desk : {"Redaktion Ledger", "Redacción Diario Ledger", "Ledger Redaktion", "Ledger Web Desk"})
        EXPECT_FALSE(site.matches(QString::fromUtf8(desk))) << desk;
}

// A box the size of a story is no byline box, whatever its classes say: a post classed `author-jane-doe` holds
// the whole story, and its sign-off ("Love") names no writer.
TEST(HtmlArticle, StorySizedBoxClassedForItsAuthorIsNoByline)
{
    QString paragraphs;
    for (int i = 0; i < 8; ++i)
        paragraphs += QStringLiteral("<p>The foundation said the shelter would open a second floor next spring, and that "
                                     "volunteers from three cities had already signed up to help paint it.</p>");
    const Snapshot s = parseHtml(QStringLiteral("<html><body><article class='hentry author-jane-doe'><h1>A second floor for the "
                                                "shelter</h1><div class='body'>%1<p>Love</p><p>Jane</p></div></article></body></html>")
                                     .arg(paragraphs));
    EXPECT_TRUE(s.article.author.isEmpty()) << s.article.author.toStdString();
}

// The lead under the names other newsrooms give it (Spanish "bajada", Italian "sommario", German "Vorspann").
TEST(HtmlArticle, LeadBoxNamedInOtherNewsroomsWords)
{
    for (const char *name : {"bajada", "sommario", "vorspann"}) {
        const Snapshot s = parseHtml(QStringLiteral(
            "<html><body><article><header><h1>Los precios del algodón bajan</h1><p class='%1'>Las desmotadoras recibieron más "
            "fardos de lo esperado y los precios cedieron por tercera semana.</p></header><div class='cuerpo'><p>Los precios del "
            "algodón bajaron el lunes en Karachi, según la asociación de desmotadores.</p><p>La lluvia retrasó la cosecha en el "
            "sur de Sindh.</p></div></article></body></html>").arg(QLatin1String(name)));
        ASSERT_EQ(s.article.summary.size(), 1) << name;
        EXPECT_TRUE(s.article.summary.front().startsWith(QStringLiteral("Las desmotadoras"))) << name;
    }
}

// The writer the meta tags name, with no byline on the page: Dublin Core's creator first (in its RDFa form, a
// property that may hold several names, over its name= form), then author and article:author, then Parse.ly's
// (its own tag or its JSON metadata); a tag that names the site is passed over for the next; co-authors given a
// tag each are named together.
TEST(HtmlArticle, WriterFromTheMetaTagsInTheirOrder)
{
    const auto authorOf = [](const QString &head) {
        return parseHtml(QStringLiteral("<head><title>Cement sales climb 9pc on northern demand</title>%1</head><body><article>"
                                        "<h1>Cement sales climb 9pc on northern demand</h1>%2</article></body>")
                             .arg(head, kCementParagraphs))
            .article.author;
    };
    EXPECT_EQ(authorOf(QStringLiteral("<meta name='author' content='Desk Editor'><meta name='DC.creator' content='Sana Mirza'>")),
              QStringLiteral("Sana Mirza"));
    EXPECT_EQ(authorOf(QStringLiteral("<meta name='DC.creator' content='Desk Editor'><meta property='dc:creator' content='Sana Mirza'>")),
              QStringLiteral("Sana Mirza"));
    EXPECT_EQ(authorOf(QStringLiteral("<meta property='dcterms:creator twitter:site_name' content='Sana Mirza'>"
                                      "<meta name='author' content='Desk Editor'><meta property='og:description dc:description'>")),
              QStringLiteral("Sana Mirza"));
    EXPECT_EQ(authorOf(QStringLiteral("<meta property='og:site_name' content='Ledger'><meta property='article:author' content='Ledger'>"
                                      "<meta name='author' content='Sana Mirza'>")),
              QStringLiteral("Sana Mirza"));
    EXPECT_EQ(authorOf(QStringLiteral("<meta name='parsely-author' content='Sana Mirza'>")), QStringLiteral("Sana Mirza"));
    EXPECT_EQ(authorOf(QStringLiteral("<meta name='parsely-metadata' content='{\"author\": \"Sana Mirza\"}'>")), QStringLiteral("Sana Mirza"));
    EXPECT_EQ(authorOf(QStringLiteral("<meta name='parsely-author' content='Desk Editor'><meta name='author' content='Sana Mirza'>")),
              QStringLiteral("Sana Mirza"));
    // Co-authors given one tag each are all named, when each tag holds a full name.
    EXPECT_EQ(authorOf(QStringLiteral("<meta name='parsely-author' content='Sana Mirza'><meta name='parsely-author' content='Imran Sheikh'>")),
              QStringLiteral("Sana Mirza, Imran Sheikh"));
    EXPECT_EQ(authorOf(QStringLiteral("<meta name='DC.creator' content='Sana Mirza'><meta name='author' content='Desk Editor'>"
                                      "<meta name='DC.creator' content='Imran Sheikh'>")),
              QStringLiteral("Sana Mirza, Imran Sheikh"));
    EXPECT_EQ(authorOf(QStringLiteral("<meta name='DC.creator' content='Mirza, S.'><meta name='DC.creator' content='Sheikh, I.'>")),
              QStringLiteral("Mirza, S."));
}

// The writer's photo in the story's own header (its box named for the credit, the author or the byline) is no
// logo: its alternative text, the writer's name, is not taken for the site's, and structured data's author stays.
TEST(HtmlArticle, WritersPhotoInTheStorysHeaderIsNoLogo)
{
    const Snapshot s = parseHtml(QStringLiteral(
        "<head><title>Cement sales climb 9pc on northern demand | Ledger</title>"
        "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Cement sales climb 9pc on northern demand\","
        "\"author\":[{\"@type\":\"Person\",\"name\":\"Sana Mirza\"}]}</script></head><body>"
        "<header class='Header'><h1>Cement sales climb 9pc on northern demand</h1><div class='ACredit'>"
        "<div class='ACredit-ImageFrame'><img class='ACredit-Image' src='sana.jpg' alt='Sana Mirza'></div>"
        "<h3 class='ACredit-Author'><a href='/writers/sana-mirza/'>Sana Mirza</a></h3></div></header>"
        "<div class='text'>%1</div></body>").arg(kCementParagraphs));
    EXPECT_EQ(s.article.headline, QStringLiteral("Cement sales climb 9pc on northern demand"));
    EXPECT_EQ(s.article.author, QStringLiteral("Sana Mirza"));
}

// An author's label in an element of its own followed by the name as plain text, in a box of labelled facts
// under the title (`<h5>Datum:</h5>03.11.2024<br><h5>Autor:</h5>Sana Mirza/APP`): the name, less the agency
// credited after the slash.
TEST(HtmlArticle, NameAfterAnAuthorsLabelInABoxOfFacts)
{
    const Snapshot s = parseHtml(QStringLiteral(
        "<head><title>Cement sales climb 9pc on northern demand</title></head><body><article>"
        "<h1>Cement sales climb 9pc on northern demand</h1><div class='facts'><div class='col'><h5 class='label'>Datum: </h5>"
        "03.11.2024<br><h5 class='label'>Autor: </h5>Sana Mirza/APP</div><div class='col'><h5 class='label'>Lesezeit:</h5>"
        "2 min</div></div><div class='text'>%1</div></article></body>").arg(kCementParagraphs));
    EXPECT_EQ(s.article.author, QStringLiteral("Sana Mirza"));
}

// The section a blog files the post in, after the writer's name on the byline line ("Posted by Sana Mirza in
// Markets"), is not part of the name.
TEST(HtmlArticle, SectionAfterTheNameOnAPostedByLine)
{
    const Snapshot s = parseHtml(QStringLiteral(
        "<head><title>Cement sales climb 9pc on northern demand | Kiln Notes</title></head><body><article>"
        "<h1>Cement sales climb 9pc on northern demand</h1><div class='post-info'><p>Posted <span class='by-author'> by "
        "<span class='author vcard'><a class='url fn n' href='/author/sana/' rel='author'>Sana Mirza</a></span></span> in "
        "<a href='/category/markets/' rel='category tag'>Markets</a></p></div><div class='text'>%1</div></article></body>")
                                     .arg(kCementParagraphs));
    EXPECT_EQ(s.article.author, QStringLiteral("Sana Mirza"));
}

// A site named as its writer's possession ("Sana Mirza's Notes") is the writer's own: the name is the writer's,
// though the site's name starts with it. A site merely named like a person is still the site.
TEST(HtmlArticle, SiteNamedAsTheWritersPossession)
{
    const auto authorOf = [](const QString &siteName) {
        return parseHtml(QStringLiteral("<head><title>Cement sales climb 9pc on northern demand | %1</title>"
                                        "<link rel='canonical' href='https://smirza.net/cement/'>"
                                        "<meta property='og:site_name' content=\"%1\"><meta name='author' content='Sana Mirza'>"
                                        "</head><body><article><h1>Cement sales climb 9pc on northern demand</h1>%2</article></body>")
                             .arg(siteName, kCementParagraphs))
            .article.author;
    };
    EXPECT_EQ(authorOf(QStringLiteral("Sana Mirza's Notes")), QStringLiteral("Sana Mirza"));
    EXPECT_EQ(authorOf(QStringLiteral("Sana Mirza\u2019s Notes")), QStringLiteral("Sana Mirza"));
    EXPECT_EQ(authorOf(QStringLiteral("Sana Mirza Notes")), QString());
}

// A page that prints no title the story's head can be read from: a printed byline at the top of the body's box,
// before its first paragraph (`<h5><em>Von Sana Mirza</em></h5>` over the text), or a short box named for the
// writer there, names the writer; a byline's word further down, in the text, does not.
TEST(HtmlArticle, PrintedBylineAtTheTopOfTheBodyWithNoTitle)
{
    const auto authorOf = [](const QString &before, const QString &after) {
        return parseHtml(QStringLiteral("<head><title>Ledger | Cement</title></head><body><div class='menu'><a href='/'>Home</a>"
                                        "</div><div class='content'>%1%2%3</div></body>")
                             .arg(before, kCementParagraphs, after))
            .article.author;
    };
    EXPECT_EQ(authorOf(QStringLiteral("<h5><em>Von Sana Mirza</em></h5>"), QString()), QStringLiteral("Sana Mirza"));
    EXPECT_EQ(authorOf(QString(), QStringLiteral("<p>By Bilal Qureshi</p><p>Dealers expect a busy winter, the association said "
                                                 "on Monday evening.</p>")),
              QString());
    // A short box named for the writer, and a blog's meta line whose stamp ("Publiziert am") names no one.
    EXPECT_EQ(authorOf(QStringLiteral("<div class='post_author'><a href='/author/sana/'>Sana</a></div>"), QString()),
              QStringLiteral("Sana"));
    EXPECT_EQ(authorOf(QStringLiteral("<div class='entry-meta'><span class='meta-prep meta-prep-author'>Publiziert am</span> <a href='/2024/01/13/'>"
                                      "<span class='entry-date'>13. Januar 2024</span></a> <span class='meta-sep'>von</span> "
                                      "<span class='author vcard'><a class='url fn n' href='/author/sana/'>sana_m</a></span></div>"),
                       QString()),
              QStringLiteral("sana_m"));
    // A box named for the author that holds more than a name (a biography) is no byline with no title by it.
    EXPECT_EQ(authorOf(QStringLiteral("<div class='author-box'>Sana Mirza writes on cement, steel and the building trade for the paper.</div>"),
                       QString()),
              QString());
}

// A byline line that prints the story's date first and the writer after the byline's word ("06.11.2024 13:30
// von Sana Mirza").
TEST(HtmlArticle, BylineLineWithTheDateBeforeTheName)
{
    const Snapshot s = parseHtml(QStringLiteral(
        "<head><title>Cement sales climb 9pc on northern demand</title></head><body><article>"
        "<h1>Cement sales climb 9pc on northern demand</h1><h2>Markets <span>06.11.2024 13:30 von Sana Mirza</span>"
        "<span>Photo: archive</span></h2><div class='text'>%1</div></article></body>").arg(kCementParagraphs));
    EXPECT_EQ(s.article.author, QStringLiteral("Sana Mirza"));
}

// The story's meta line (a box named for its date or meta information) names the writer in a piece that opens
// like a byline ("Trending | By Sana Mirza | April 13, 2024"), as a link to the writer's page (`<a
// href="/autor/mirza_s">Sana Mirza</a> / 22.04.2024 / 06:15`) or in an element named for the user's name or the
// author's card (`<span class="username">sana_m</span>`); a link to a section names no one, and a meta tag naming
// the writer comes first.
TEST(HtmlArticle, WriterInTheStorysMetaLine)
{
    const auto authorOf = [](const QString &metaLine, const QString &headExtra = QString()) {
        return parseHtml(QStringLiteral("<head><title>Cement sales climb 9pc on northern demand</title>%1</head><body>"
                                        "<header><h1>Cement sales climb 9pc on northern demand</h1>%2</header>"
                                        "<article><div class='text'>%3</div></article></body>")
                             .arg(headExtra, metaLine, kCementParagraphs))
            .article.author;
    };
    EXPECT_EQ(authorOf(QStringLiteral("<div class='article_meta_info'><span class='badge'>Trending</span><span class='sr'>| By </span>"
                                      "<span>Sana Mirza</span> | <time>April 13, 2024</time></div>")),
              QStringLiteral("Sana Mirza"));
    EXPECT_EQ(authorOf(QStringLiteral("<div class='teaser_text_meta'><a href='/autor/mirza_s'>Sana Mirza</a> / 22.04.2024 / 06:15"
                                      " / <a href='#footer'>Foto: Ledger</a></div>")),
              QStringLiteral("Sana Mirza"));
    EXPECT_EQ(authorOf(QStringLiteral("<div class='teaser_text_meta'><a href='/category/markets/'>Markets</a> / 22.04.2024</div>")),
              QString());
    EXPECT_EQ(authorOf(QStringLiteral("<div class='submitted'>Gespeichert von <span class='username'>sana_m</span> am 24. Juli 2024 - 18:55</div>")),
              QStringLiteral("sana_m"));
    EXPECT_EQ(authorOf(QStringLiteral("<div class='post-info top'><span class='post-autor vcard author'>by <a href='/'>nida</a></span></div>")),
              QStringLiteral("nida"));
    EXPECT_EQ(authorOf(QStringLiteral("<div class='teaser_text_meta'><a href='/autor/mirza_s'>Sana Mirza</a> / 22.04.2024</div>"),
                       QStringLiteral("<meta name='author' content='Bilal Qureshi'>")),
              QStringLiteral("Bilal Qureshi"));
}

// Initials in the byline ("Posted by SM") stand for the full name another source gives: the author meta tags
// (several writers, the first of them with those initials), or a Creative Commons notice crediting the blog's
// writer; initials no source spells out stay as printed.
TEST(HtmlArticle, InitialsInTheBylineSpelledOutByAnotherSource)
{
    const auto authorOf = [](const QString &headExtra, const QString &initials, const QString &sidebar) {
        return parseHtml(QStringLiteral("<head><title>Cement sales climb 9pc on northern demand</title>%1</head><body><article>"
                                        "<h1>Cement sales climb 9pc on northern demand</h1><div class='post-info'>Posted by %2 in "
                                        "<a href='/category/markets/'>Markets</a></div><div class='text'>%3</div></article>"
                                        "<aside class='sidebar'>%4</aside></body>")
                             .arg(headExtra, initials, kCementParagraphs, sidebar))
            .article.author;
    };
    const QString notice = QStringLiteral("<div class='textwidget'>Kiln Notes von <a href='https://kiln.example/' rel='cc:attributionURL'>"
                                          "Sana Mirza</a> steht unter einer <a rel='license' href='https://creativecommons.org/licenses/by/3.0/'>"
                                          "Creative Commons Lizenz</a>.</div>");
    EXPECT_EQ(authorOf(QString(), QStringLiteral("SM"), notice), QStringLiteral("Sana Mirza"));
    EXPECT_EQ(authorOf(QStringLiteral("<meta property='article:author' content='Nida Rehman, Bilal Qureshi'>"), QStringLiteral("NR"),
                       QString()),
              QStringLiteral("Nida Rehman, Bilal Qureshi"));
    EXPECT_EQ(authorOf(QString(), QStringLiteral("BQ"), notice), QStringLiteral("BQ"));
}

// A picture's, a video's or a licence's credit names the maker of the picture, never the writer, though it reads
// like a byline ("By Pakistan Customs" in a video's credit) or its box is named for an author
// ("media-license-author" after the text).
TEST(HtmlArticle, PictureOrLicenceCreditIsNoByline)
{
    const auto authorOf = [](const QString &before, const QString &after) {
        return parseHtml(QStringLiteral("<head><title>Customs seize smuggled cigarettes at Karachi port</title></head><body><article>"
                                        "<h1>Customs seize smuggled cigarettes at Karachi port</h1>%1<div class='text'>%2</div>%3"
                                        "</article></body>")
                             .arg(before, kCementParagraphs, after))
            .article.author;
    };
    EXPECT_EQ(authorOf(QStringLiteral("<div class='summary-credit'><p class='summary'>Seized cartons at the port. <span class='credit video-credit'>"
                                      "By Pakistan Customs</span></p></div>"),
                       QString()),
              QString());
    EXPECT_EQ(authorOf(QString(), QStringLiteral("<p class='media-license'>Picture: <span class='media-license-author'>Nadia Baig</span></p>")),
              QString());
    EXPECT_EQ(authorOf(QStringLiteral("<p class='byline'>By Sana Mirza</p>"), QString()), QStringLiteral("Sana Mirza"));
}

// A user's handle in the byline may hold digits ("von Sana92 am 20.09.2024" on a recipe site's tip, "r23" in a
// forum): one word starting with a letter. A byline's piece that is a number or a date still names no one.
TEST(HtmlArticle, UsersHandleWithDigitsInTheByline)
{
    const auto authorOf = [](const QString &byline) {
        return authorUnderTitle(QString(), QStringLiteral("<div class='post-author'>%1</div>").arg(byline));
    };
    EXPECT_EQ(authorOf(QStringLiteral("von <a href='/profil/991'>Sana92</a> am 20.09.2024")), QStringLiteral("Sana92"));
    EXPECT_EQ(authorOf(QStringLiteral("By <a href='/memberlist.php?mode=viewprofile&u=23'>r23</a>")), QStringLiteral("r23"));
    EXPECT_EQ(authorOf(QStringLiteral("By 2024")), QString());
}

// A company named by its legal form in the writer's place ("Sitara Textiles (Pvt) Ltd", "bergportal GmbH, digvis
// GmbH" in the author meta tag) is an organisation, not the writer; a writer's name that merely holds such letters
// is still the writer.
TEST(HtmlArticle, CompanyByItsLegalFormIsNoAuthor)
{
    const auto authorOf = [](const QString &metaAuthor) {
        return authorUnderTitle(QStringLiteral("<meta name='author' content=\"%1\">").arg(metaAuthor), QString());
    };
    EXPECT_EQ(authorOf(QStringLiteral("Sitara Textiles (Pvt) Ltd")), QString());
    EXPECT_EQ(authorOf(QStringLiteral("bergportal GmbH, digvis GmbH")), QString());
    EXPECT_EQ(authorOf(QStringLiteral("Karachi Cement AG")), QString());
    EXPECT_EQ(authorOf(QStringLiteral("Agha Limitedi")), QStringLiteral("Agha Limitedi"));
    EXPECT_EQ(authorOf(QStringLiteral("Sana Mirza")), QStringLiteral("Sana Mirza"));
}

// With no title to read the head from, the short info row right before the body's row prints the byline
// ("Geschrieben von <a>Sana Mirza</a> am 25.08.2024 22:30" in a table's row over the text's row).
TEST(HtmlArticle, PrintedBylineRightBeforeTheBodyWithNoTitle)
{
    const Snapshot s = parseHtml(QStringLiteral(
        "<head><title>Ledger | News</title></head><body><table class='item'><tr><td class='itemHead'><span class='itemTitle'>"
        "<a href='/news/?topic=3'>Markets</a> : Cement sales climb 9pc</span></td></tr><tr><td class='itemInfo'><span class='itemPoster'>"
        "Geschrieben von <a href='/userinfo.php?uid=6'>Sana Mirza</a></span> <span class='itemPostDate'>am 25.08.2024 22:30</span>"
        "</td></tr><tr><td class='itemBody'><div class='itemText'>%1</div></td></tr></table></body>").arg(kCementParagraphs));
    EXPECT_EQ(s.article.author, QStringLiteral("Sana Mirza"));
}

// A choice in the writer's place is a filter's label ("By Course or Type" in a recipe site's menu), not a name.
TEST(HtmlArticle, ChoiceInTheWritersPlaceIsNoName)
{
    const auto authorOf = [](const QString &byline) {
        return authorUnderTitle(QString(), QStringLiteral("<p class='byline'>%1</p>").arg(byline));
    };
    EXPECT_EQ(authorOf(QStringLiteral("By Course or Type")), QString());
    EXPECT_EQ(authorOf(QStringLiteral("Von Marke oder Preis")), QString());
    EXPECT_EQ(authorOf(QStringLiteral("By Sana Mirza")), QStringLiteral("Sana Mirza"));
}

// One letter in the writer's place (a reviewer's initial, "S.") is no name; two initials may stand for one.
TEST(HtmlArticle, OneLetterIsNoName)
{
    const auto authorOf = [](const QString &metaAuthor) {
        return authorUnderTitle(QStringLiteral("<meta name='author' content=\"%1\">").arg(metaAuthor), QString());
    };
    EXPECT_EQ(authorOf(QStringLiteral("S.")), QString());
    EXPECT_EQ(authorOf(QStringLiteral("S")), QString());
    EXPECT_EQ(authorOf(QStringLiteral("S. M.")), QStringLiteral("S. M."));
}

// The publisher microdata names in the story is the site: an author meta tag naming it (less its legal form) names
// no writer.
TEST(HtmlArticle, MicrodataPublisherIsNoAuthor)
{
    const auto authorOf = [](const QString &metaAuthor) {
        return authorUnderTitle(QStringLiteral("<meta name='author' content='%1'>").arg(metaAuthor),
                                QStringLiteral("<div itemprop='publisher' itemscope itemtype='https://schema.org/Organization'>"
                                               "<span itemprop='name'>Lahore Traders Association e.V.</span></div>"));
    };
    EXPECT_EQ(authorOf(QStringLiteral("Lahore Traders Association")), QString());
    EXPECT_EQ(authorOf(QStringLiteral("Sana Mirza")), QStringLiteral("Sana Mirza"));
}

// A desk's or an agency's credit printed first in the story's line of parts, with no "By" before it ("News Desk |
// January 29, 2025", "Reuters · Jan 29, 2025") is the byline; the date after it is not part of the name.
TEST(HtmlArticle, DeskOrAgencyFirstInALineOfPartsIsTheByline)
{
    const auto authorOf = authorOfLineUnderTitle;
    EXPECT_EQ(authorOf(QStringLiteral("News Desk | January 29, 2025")), QStringLiteral("News Desk"));
    EXPECT_EQ(authorOf(QStringLiteral("Reuters \u00b7 Jan 29, 2025")), QStringLiteral("Reuters"));
    EXPECT_EQ(authorOf(QStringLiteral("APP | January 29, 2025 10:34pm")), QStringLiteral("APP"));
    EXPECT_EQ(authorOf(QStringLiteral("Business | January 29, 2025")), QString());
    EXPECT_EQ(authorOf(QStringLiteral("Karachi | January 29, 2025")), QString());
}

// An opinion piece's closing sign-off ("The writer is …", "— Name") names its writer and is not body, as in a
// plain-text copy: the author when nothing else names one; the byline by the title still wins.
TEST(HtmlArticle, SignOffAfterTheBodyIsTheWriterNotText)
{
    const auto read = [](const QString &underTitle) {
        return parseHtml(QStringLiteral("<head><title>Rates and the rupee</title></head><body><article><h1>Rates and the rupee</h1>%1"
                                        "<div class='text'>%2<p><em>The writer is a former finance secretary.</em></p></div></article></body>")
                             .arg(underTitle, kCementParagraphs))
            .article;
    };
    const Article unsigned_ = read(QString());
    EXPECT_EQ(unsigned_.author, QStringLiteral("The writer is a former finance secretary"));
    EXPECT_FALSE(bodyText(unsigned_).contains(QStringLiteral("The writer is")));
    const Article signed_ = read(QStringLiteral("<p class='byline'>By Farah Qureshi</p>"));
    EXPECT_EQ(signed_.author, QStringLiteral("Farah Qureshi"));
    EXPECT_FALSE(bodyText(signed_).contains(QStringLiteral("The writer is")));
    EXPECT_EQ(paragraphCount(signed_), 2);
}

// A desk's or an agency's credit alone on its line under the title, in brackets or not, or with the date right
// after it, is the byline the reader sees: it wins over a person structured data names elsewhere on the page. A site
// named like a desk ("Revenue Desk" in its title and logo) is still the site.
TEST(HtmlArticle, DeskCreditAloneUnderTheTitleIsTheByline)
{
    const QString person = QStringLiteral(
        "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Person\",\"name\":\"Sana Mirza\"}}</script>");
    EXPECT_EQ(authorUnderTitle(person, QStringLiteral("<p>Web Desk</p><p>January 29, 2025</p>")), QStringLiteral("Web Desk"));
    EXPECT_EQ(authorUnderTitle(QString(), QStringLiteral("<p>(Staff Reporter)</p>")), QStringLiteral("Staff Reporter"));
    EXPECT_EQ(authorUnderTitle(QString(), QStringLiteral("<p>Reuters</p>")), QStringLiteral("Reuters"));
    EXPECT_EQ(authorUnderTitle(QString(), QStringLiteral("<span class='date'>Our Correspondent January 29, 2025</span>")),
              QStringLiteral("Our Correspondent"));
    EXPECT_EQ(authorUnderTitle(person, QStringLiteral("<p>Karachi</p>")), QStringLiteral("Sana Mirza"));
    const Snapshot s = parseHtml(QStringLiteral("<head><title>Cement sales climb 9pc | Revenue Desk</title></head><body>"
                                                "<div class='site'><a href='/'>Revenue Desk</a></div><h1>Cement sales climb 9pc</h1>"
                                                "<div class='text'>%1</div></body>")
                                     .arg(kCementParagraphs));
    EXPECT_EQ(s.article.author, QString());
}

// "Ein Beitrag von" opens a printed byline as "Von" does, and "Text und Fotos:" (also "Text & Foto:", "Text/Fotos:")
// labels the writer as "Text:" does.
TEST(HtmlArticle, ContributionAndTextAndPhotosLabelsOpenAByline)
{
    const auto authorOf = authorOfLineUnderTitle;
    EXPECT_EQ(authorOf(QStringLiteral("Ein Beitrag von Sana Mirza")), QStringLiteral("Sana Mirza"));
    EXPECT_EQ(authorOf(QStringLiteral("Text und Fotos: Sana Mirza")), QStringLiteral("Sana Mirza"));
    EXPECT_EQ(authorOf(QStringLiteral("Text &amp; Foto: Sana Mirza")), QStringLiteral("Sana Mirza"));
    EXPECT_EQ(authorOf(QStringLiteral("Fotos: Sana Mirza")), QString());
}

// The writer's post after a comma ("By Sana Mirza, Special Correspondent") is not the name; a desk's credit stays
// whole ("Our Special Correspondent").
TEST(HtmlArticle, PostAfterACommaIsNotTheName)
{
    const auto authorOf = [](const QString &line) { return authorUnderTitle(QString(), QStringLiteral("<p class='byline'>%1</p>").arg(line)); };
    EXPECT_EQ(authorOf(QStringLiteral("By Sana Mirza, Special Correspondent")), QStringLiteral("Sana Mirza"));
    EXPECT_EQ(authorOf(QStringLiteral("By Sana Mirza, Staff Reporter")), QStringLiteral("Sana Mirza"));
    EXPECT_EQ(authorOf(QStringLiteral("Our Special Correspondent")), QStringLiteral("Our Special Correspondent"));
}

// A name then the publishing stamp and its date in one line with no mark between ("Web Desk Published December 22,
// 2023 Updated December 22, 2023 04:28pm") is a printed byline: its name is the author and its date the article's.
TEST(HtmlArticle, NameThenPublishedStampIsAPrintedByline)
{
    const auto read = [](const QString &line) {
        return parseHtml(QStringLiteral("<head><title>Cement sales climb 9pc</title></head><body><article><h1>Cement sales climb 9pc</h1>"
                                        "<p>%1</p><div class='text'>%2</div></article></body>")
                             .arg(line, kCementParagraphs))
            .article;
    };
    const Article desk = read(QStringLiteral("Web Desk Published December 22, 2023 Updated December 23, 2023 04:28pm"));
    EXPECT_EQ(desk.author, QStringLiteral("Web Desk"));
    EXPECT_EQ(desk.publishedAt.toIsoString(), QStringLiteral("2023-12-22"));
    const Article report = read(QStringLiteral("Recorder Report Published 11 Aug, 2023 10:37am"));
    EXPECT_EQ(report.author, QStringLiteral("Recorder Report"));
    EXPECT_EQ(report.publishedAt.toIsoString(), QStringLiteral("2023-08-11T10:37:00"));
    EXPECT_EQ(read(QStringLiteral("Sana Mirza Published 14 Feb, 2023 09:05am")).author, QStringLiteral("Sana Mirza"));
    EXPECT_EQ(read(QStringLiteral("Markets Published")).author, QString());
}

// The same with a separator between the name and the stamp, with no "By" ("Omar Farooq | Published Dec 1, 2023 |
// 3:18 pm", "Omar Farooq · Updated …").
TEST(HtmlArticle, NameThenSeparatorAndPublishedStampIsAPrintedByline)
{
    const auto authorOf = authorOfLineUnderTitle;
    EXPECT_EQ(authorOf(QStringLiteral("Omar Farooq | Published Dec 1, 2023 | 3:18 pm")), QStringLiteral("Omar Farooq"));
    EXPECT_EQ(authorOf(QStringLiteral("Omar Farooq · Updated January 29, 2025")), QStringLiteral("Omar Farooq"));
    EXPECT_EQ(authorOf(QStringLiteral("Business | Published Dec 1, 2023")), QString());
}

// "Erstellt von" (German: created by) opens a printed byline, so the writer the story's date line names wins over a
// blog-wide author meta tag naming its owners.
TEST(HtmlArticle, CreatedByOpensAPrintedByline)
{
    EXPECT_EQ(authorUnderTitle(QStringLiteral("<meta name='author' content='Imran Sheikh - Nadia Rauf'>"),
                               QStringLiteral("<p class='date'>Erstellt von <a href='/?author=2'>Bilal</a> am Dienstag 6. Mai 2024</p>")),
              QStringLiteral("Bilal"));
    EXPECT_EQ(authorUnderTitle(QString(), QStringLiteral("<p>Erstellt von Sana Mirza</p>")), QStringLiteral("Sana Mirza"));
}

// A picture's licence credit that is the only element of a box named for the author names the photographer, not the
// writer; the writer's label run into the name with a colon after it ("Autor Mark Newton:") gives the name.
TEST(HtmlArticle, LicenceCreditInAnAuthorBoxIsNoWriter)
{
    EXPECT_EQ(authorUnderTitle(QString(), QStringLiteral("<figure><img src='a.jpg'><span class='author-name'><a class='license-author' "
                                                         "href='https://commons.example.org/f.jpg'>Omar Farooq</a></span></figure>")),
              QString());
    EXPECT_EQ(authorUnderTitle(QString(), QStringLiteral("<div class='second-author'><p>Autor <span>Sana Mirza:</span></p>"
                                                         "<div class='version'><a href='/en/'>EN</a></div></div>")),
              QStringLiteral("Sana Mirza"));
}

// Under the title, a link to a writer's page in a box named for nothing in particular names the writer; a link to a
// section or to the site's own page does not.
TEST(HtmlArticle, WritersPageLinkUnderTheTitleNamesTheWriter)
{
    const auto authorOf = [](const QString &box) { return authorUnderTitle(QString(), box); };
    EXPECT_EQ(authorOf(QStringLiteral("<div class='post-details'><a href='/author/sana-mirza/'>Sana Mirza</a> <span>29 Jan 2025</span></div>")),
              QStringLiteral("Sana Mirza"));
    EXPECT_EQ(authorOf(QStringLiteral("<div><a href='/columnist/bilal-qureshi'>Bilal Qureshi</a></div>")), QStringLiteral("Bilal Qureshi"));
    EXPECT_EQ(authorOf(QStringLiteral("<div><a href='/category/business/'>Business</a></div>")), QString());
}

// Microdata's `itemprop="creator"` and RDFa's `property="author"` / `property="dc:creator"` mark the writer's box as
// `itemprop="author"` does.
TEST(HtmlArticle, CreatorAndRdfaAuthorMarkTheByline)
{
    EXPECT_EQ(authorUnderTitle(QString(), QStringLiteral("<span itemprop='creator'>Sana Mirza</span>")), QStringLiteral("Sana Mirza"));
    EXPECT_EQ(authorUnderTitle(QString(), QStringLiteral("<span property='author' typeof='Person'><span property='name'>Sana Mirza</span></span>")),
              QStringLiteral("Sana Mirza"));
    EXPECT_EQ(authorUnderTitle(QString(), QStringLiteral("<span property='dc:creator'>Sana Mirza</span>")), QStringLiteral("Sana Mirza"));
}

// The site's name without "The" before it or a channel's generic words after it ("Express Tribune" on "The Express
// Tribune", "ARY" on "ARY News", "Aaj News" on "Aaj English TV") is still the site, never the author; its desk is a byline.
TEST(HtmlArticle, SiteNameWithoutTheOrItsGenericWordsIsNoAuthor)
{
    const auto authorOn = [](const QString &site, const QString &byline) {
        return authorUnderTitle(QStringLiteral("<meta property='og:site_name' content='%1'>").arg(site),
                                QStringLiteral("<p class='byline'>%1</p>").arg(byline));
    };
    EXPECT_EQ(authorOn(QStringLiteral("The Express Tribune"), QStringLiteral("Express Tribune")), QString());
    EXPECT_EQ(authorOn(QStringLiteral("ARY News"), QStringLiteral("ARY")), QString());
    EXPECT_EQ(authorOn(QStringLiteral("Aaj English TV"), QStringLiteral("Aaj News")), QString());
    EXPECT_EQ(authorOn(QStringLiteral("The Nation"), QStringLiteral("Nation")), QString());
    EXPECT_EQ(authorOn(QStringLiteral("The Nation"), QStringLiteral("Nation Web Desk")), QStringLiteral("Nation Web Desk"));
    EXPECT_EQ(authorOn(QStringLiteral("The Nation"), QStringLiteral("Sana Mirza")), QStringLiteral("Sana Mirza"));
}

// A sign-in box named for authentication (`<div class="auth"><a>Login</a>`) prints a button's word, not a writer.
TEST(HtmlArticle, SignInButtonsAreNoName)
{
    for (const char *button : {"Login", "Log in", "Sign in", "Anmelden", "Einloggen", "Registrieren", "Register"})
        EXPECT_TRUE(html::authorNameOf(QString::fromUtf8(button)).isEmpty()) << button;
    EXPECT_EQ(authorUnderTitle(QString(), QStringLiteral("<div class='auth'><ul><li><a href='/login'>Login</a></li></ul></div>")), QString());
    EXPECT_EQ(html::authorNameOf(QStringLiteral("Logan Iqbal")), QStringLiteral("Logan Iqbal"));
}

// word (a reference's anchor `ref-OAUTH` in a standard's text) names no writer.
TEST(HtmlArticle, AuthInsideAnotherWordIsNoBylineBox)
{
    EXPECT_EQ(authorUnderTitle(QString(), QStringLiteral("<p>[<a id='ref-OAUTH'>OAUTH</a>]</p>")), QString());
    EXPECT_EQ(authorUnderTitle(QString(), QStringLiteral("<span class='auth-name'>Sana Mirza</span>")), QStringLiteral("Sana Mirza"));
}

// A second credit after the writer's name on the byline line ("… Edited by …", "… Reviewed by …") is not the name.
TEST(HtmlArticle, EditorsCreditAfterTheWriterIsCut)
{
    EXPECT_EQ(authorOfLineUnderTitle(QStringLiteral("Written by Sana Mirza Edited by Bilal Qureshi")), QStringLiteral("Sana Mirza"));
    EXPECT_EQ(authorOfLineUnderTitle(QStringLiteral("By Sana Mirza Reviewed by Bilal Qureshi")), QStringLiteral("Sana Mirza"));
}

// label, never the author.
TEST(HtmlArticle, BylineWordWithNoNameIsNoAuthor)
{
    EXPECT_EQ(html::authorNameOf(QStringLiteral("Article by")), QString());
    EXPECT_EQ(html::authorNameOf(QStringLiteral("Ein Beitrag von")), QString());
    EXPECT_EQ(authorUnderTitle(QString(), QStringLiteral("<div><span class='article_author'>Article by</span></div>")), QString());
}

// facts further down ("Author: Nadia Rahman" under the book's title) are not the post's byline.
TEST(HtmlArticle, FactsBoxInAPostOfDivLinesIsNoByline)
{
    const Snapshot s = parseHtml(QStringLiteral(
        "<head><title>Reading circle: the June book</title></head><body><article><h1>Reading circle: the June book</h1>"
        "<div class='post-body'><div>Every month the circle picks one novel set in a port city and reads it together, "
        "a chapter or two each week.</div><div><br></div><div>This month the vote went to a family saga about salt traders "
        "on the Makran coast, which several of you asked for in May.</div>"
        "<div><u>Title:</u> The Salt Road</div><div><u>Author:</u> Nadia Rahman</div><div><u>Pages:</u> 320</div>"
        "<div>We meet on the last Sunday of the month, as usual, and anyone may join with this book or another one.</div>"
        "</div></article></body>"));
    EXPECT_EQ(s.article.author, QString());
}

// dropped. An interview's two voices ("A in conversation with B", "A im Gespräch mit B") are both credited.
TEST(HtmlArticle, ListedWritersKeepTheirNewsroomAndInterviewsBothVoices)
{
    EXPECT_EQ(authorOfLineUnderTitle(QStringLiteral("By Sana Mirza, Bilal Qureshi and Erum Sheikh, PTV")),
              QStringLiteral("Sana Mirza, Bilal Qureshi, Erum Sheikh, PTV"));
    EXPECT_EQ(authorOfLineUnderTitle(QStringLiteral("By Sana Mirza, Bilal Qureshi and Erum Sheikh, Islamabad")),
              QStringLiteral("Sana Mirza, Bilal Qureshi, Erum Sheikh"));
    EXPECT_EQ(authorUnderTitle(QString(), QStringLiteral("<p class='author'>Sana Mirza in conversation with Bilal Qureshi</p>")),
              QStringLiteral("Sana Mirza, Bilal Qureshi"));
    EXPECT_EQ(authorUnderTitle(QString(), QStringLiteral("<p class='author'>Sana Mirza im Gespräch mit Bilal Qureshi</p>")),
              QStringLiteral("Sana Mirza, Bilal Qureshi"));
}

// A blog named for its writer's login ("sanamirza.blog.example"): the byline printing that login as it is, one
// lower-case word that is the host's label, names the writer, not the site. A brand printed capitalised
// ("Ledger Notes" on ledgernotes.example), and a meta tag naming the site, name the site.
TEST(HtmlArticle, BylineNamingTheBlogsLoginIsTheWriter)
{
    const auto authorOf = [](const QString &url, const QString &head, const QString &underTitle) {
        return parseHtml(QStringLiteral("<head><title>Cement sales climb 9pc on northern demand</title>"
                                        "<link rel='canonical' href='%1'>%2</head><body><article>"
                                        "<h1>Cement sales climb 9pc on northern demand</h1>%3<div class='text'>%4</div></article></body>")
                             .arg(url, head, underTitle, kCementParagraphs))
            .article.author;
    };
    const QString login = QStringLiteral("<span class='byline'><span class='author vcard'><a class='url fn n' "
                                         "href='https://sanamirza.blog.example/author/sanamirza/'>sanamirza</a></span></span>");
    EXPECT_EQ(authorOf(QStringLiteral("https://sanamirza.blog.example/2025/cement/"), QString(), login), QStringLiteral("sanamirza"));
    EXPECT_EQ(authorOf(QStringLiteral("https://sanamirza.blog.example/2025/cement/"), QString(),
                       QStringLiteral("<h4 class='vcard author'>von <span class='fn'>sanamirza</span></h4>")),
              QStringLiteral("sanamirza"));
    EXPECT_EQ(authorOf(QStringLiteral("https://ledgernotes.example/2025/cement/"), QString(),
                       QStringLiteral("<p class='author'>By Ledger Notes</p>")),
              QString());
    EXPECT_EQ(authorOf(QStringLiteral("https://ledgernotes.example/2025/cement/"), QStringLiteral("<meta name='author' content='ledgernotes'>"),
                       QString()),
              QString());
}

// The writer's meta tags other readers know: Open Graph's article:author set with name=, the `byl` line ("By
// Sana Mirza") and Webtrends' DCSext.author; article:author holding a profile's address names no one.
TEST(HtmlArticle, WriterMetaTagsByNameBylAndAnalytics)
{
    EXPECT_EQ(authorUnderTitle(QStringLiteral("<meta name='article:author' content='Sana Mirza'>"), QString()), QStringLiteral("Sana Mirza"));
    EXPECT_EQ(authorUnderTitle(QStringLiteral("<meta name='byl' content='By Sana Mirza'>"), QString()), QStringLiteral("Sana Mirza"));
    EXPECT_EQ(authorUnderTitle(QStringLiteral("<meta name='DCSext.author' content='Sana Mirza'>"), QString()), QStringLiteral("Sana Mirza"));
    EXPECT_EQ(authorUnderTitle(QStringLiteral("<meta name='article:author' content='https://ledger.example/staff/sana-mirza'>"), QString()),
              QString());
}

// A byline's cleaning: "By:" with its colon opens a byline line; the writer's e-mail address after the name (at the
// site's own domain too), and the post "Contributor" or "Columnist" after it, are cut; the name printed twice in
// the byline's box (for the eye and for screen readers) is one writer.
TEST(HtmlArticle, BylineCleaningColonEmailContributorAndTwicePrintedName)
{
    EXPECT_EQ(authorOfLineUnderTitle(QStringLiteral("By: Sana Mirza")), QStringLiteral("Sana Mirza"));
    EXPECT_EQ(authorOfLineUnderTitle(QStringLiteral("By Sana Mirza sana.mirza@ledger.example")), QStringLiteral("Sana Mirza"));
    EXPECT_EQ(authorOfLineUnderTitle(QStringLiteral("By Sana Mirza, Contributor")), QStringLiteral("Sana Mirza"));
    EXPECT_EQ(authorUnderTitle(QString(), QStringLiteral("<div class='byline'>Sana Mirza Columnist</div>")), QStringLiteral("Sana Mirza"));
    EXPECT_EQ(authorUnderTitle(QString(), QStringLiteral("<div class='byline'>Sana Mirza | Sana Mirza</div>")), QStringLiteral("Sana Mirza"));
    // Co-authors stay.
    EXPECT_EQ(authorUnderTitle(QString(), QStringLiteral("<div class='byline'>Sana Mirza | Bilal Qureshi</div>")),
              QStringLiteral("Sana Mirza, Bilal Qureshi"));
}

// What a byline prints around the writer's name beyond a date: the site's name after it ("…, The Ledger", "… for
// The Ledger" on ledger.example), the place filed from ("… in Karachi"), a post and place ("…, Correspondent,
// Karachi"), the piece's word ("Story by", "Article by", "Reporting by … ; Editing by …"), an author's label with
// no colon ("Author Sana Mirza").
TEST(HtmlArticle, BylineCutsSiteAfterNamePlacePostAndPiecesWord)
{
    const QString site = QStringLiteral("<meta property='og:site_name' content='The Ledger'>");
    EXPECT_EQ(authorUnderTitle(site, QStringLiteral("<p>By Sana Mirza, The Ledger</p>")), QStringLiteral("Sana Mirza"));
    EXPECT_EQ(authorUnderTitle(site, QStringLiteral("<p>By Sana Mirza for The Ledger</p>")), QStringLiteral("Sana Mirza"));
    EXPECT_EQ(authorUnderTitle(QString(), QStringLiteral("<p>By Sana Mirza, The Ledger</p>")), QStringLiteral("Sana Mirza, The Ledger"));
    EXPECT_EQ(authorOfLineUnderTitle(QStringLiteral("By Sana Mirza in Karachi")), QStringLiteral("Sana Mirza"));
    EXPECT_EQ(authorUnderTitle(QString(), QStringLiteral("<div class='byline'>Sana Mirza, Correspondent, Karachi</div>")),
              QStringLiteral("Sana Mirza"));
    EXPECT_EQ(authorOfLineUnderTitle(QStringLiteral("Story by Sana Mirza")), QStringLiteral("Sana Mirza"));
    EXPECT_EQ(authorUnderTitle(QString(), QStringLiteral("<div class='byline'>Article by Sana Mirza</div>")), QStringLiteral("Sana Mirza"));
    EXPECT_EQ(authorOfLineUnderTitle(QStringLiteral("Reporting by Sana Mirza; Editing by Bilal Qureshi")), QStringLiteral("Sana Mirza"));
    EXPECT_EQ(authorUnderTitle(QString(), QStringLiteral("<div class='byline'>Author Sana Mirza</div>")), QStringLiteral("Sana Mirza"));
    // Co-authors with "and" stay.
    EXPECT_EQ(authorOfLineUnderTitle(QStringLiteral("By Sana Mirza and Bilal Qureshi")), QStringLiteral("Sana Mirza and Bilal Qureshi"));
}

// JSON-LD's article with no `author` names its writer as schema.org's `creator`; a social handle in brackets after
// the byline's name is dropped.
TEST(HtmlArticle, JsonLdCreatorAndHandleInBrackets)
{
    EXPECT_EQ(authorUnderTitle(QStringLiteral("<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": "
                                              "\"Cement sales climb 9pc on northern demand\", \"creator\": {\"@type\": \"Person\", "
                                              "\"name\": \"Sana Mirza\"}}</script>"),
                               QString()),
              QStringLiteral("Sana Mirza"));
    EXPECT_EQ(authorUnderTitle(QStringLiteral("<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": "
                                              "\"Cement sales climb 9pc on northern demand\", \"author\": {\"@type\": \"Person\", "
                                              "\"name\": \"Sana Mirza\"}, \"creator\": [\"Bilal Qureshi\"]}</script>"),
                               QString()),
              QStringLiteral("Sana Mirza"));
    EXPECT_EQ(authorUnderTitle(QString(), QStringLiteral("<p class='byline'>By Sana Mirza (@sanamirza)</p>")), QStringLiteral("Sana Mirza"));
}

// A menu's or a button's word in the writer's place ("By Home", "By Read More", "Comments", "Site Admin", "Unknown
// Author") names no one; a desk's credit stays.
TEST(HtmlArticle, MenuWordsInTheBylinesPlaceNameNoOne)
{
    for (const char *line : {"By Home", "By Read More", "By Comments", "By Site Admin", "By Unknown Author"})
        EXPECT_EQ(authorUnderTitle(QString(), QStringLiteral("<div class='byline'>%1</div>").arg(QLatin1String(line))), QString()) << line;
    EXPECT_EQ(authorUnderTitle(QString(), QStringLiteral("<div class='byline'>By Web Desk</div>")), QStringLiteral("Web Desk"));
}

// The writer's signature as the story's very last paragraph: only a full name set in bold or italics. A bold
// line that is no name, or a name further up the text, names no one.
TEST(HtmlArticle, EmphasisedNameClosingTheTextSignsIt)
{
    const auto authorOf = [](const QString &closing) {
        return parseHtml(QStringLiteral("<head><title>Cement sales climb 9pc on northern demand</title></head><body><article>"
                                        "<h1>Cement sales climb 9pc on northern demand</h1><div class='text'>%1%2</div></article></body>")
                             .arg(kCementParagraphs, closing))
            .article.author;
    };
    EXPECT_EQ(authorOf(QStringLiteral("<p><b><i>Sana Mirza</i></b></p>")), QStringLiteral("Sana Mirza"));
    EXPECT_EQ(authorOf(QStringLiteral("<p><strong>Sana Mirza</strong></p>")), QStringLiteral("Sana Mirza"));
    EXPECT_EQ(authorOf(QStringLiteral("<p><strong>Sana Mirza</strong> visited three plants in the north.</p>")), QString());
    EXPECT_EQ(authorOf(QStringLiteral("<p><b>Sana Mirza</b></p><p>Dealers expect prices to hold into spring, they said.</p>")), QString());
    EXPECT_EQ(authorOf(QStringLiteral("<p>Sana Mirza</p>")), QString());
}

// A signature of two lines as the text's very last paragraph, the writer's name (a first name will do) over the
// date, signs the story; a place over the date with a comma, or a longer line, does not.
TEST(HtmlArticle, NameOverDateClosingTheTextSignsIt)
{
    const auto authorOf = [](const QString &closing) {
        return parseHtml(QStringLiteral("<head><title>Cement sales climb 9pc on northern demand</title></head><body><article>"
                                        "<h1>Cement sales climb 9pc on northern demand</h1><div class='text'>%1%2</div></article></body>")
                             .arg(kCementParagraphs, closing))
            .article.author;
    };
    EXPECT_EQ(authorOf(QStringLiteral("<p>Tariq<br>10. September 2017</p>")), QStringLiteral("Tariq"));
    EXPECT_EQ(authorOf(QStringLiteral("<p>Tariq Mehmood<br>September 10, 2017</p>")), QStringLiteral("Tariq Mehmood"));
    EXPECT_EQ(authorOf(QStringLiteral("<p>Karachi,<br>10. September 2017</p>")), QString());
    EXPECT_EQ(authorOf(QStringLiteral("<p>Dealers expect prices to hold<br>10. September 2017</p>")), QString());
}

// The story's own <footer> in its <article> holds its byline ("Written by …" under the text), not other stories;
// an item of the story's meta list under the title ("<li>by Sana Mirza</li>") is a printed byline.
TEST(HtmlArticle, BylineInTheStorysFooterAndInAMetaListItem)
{
    EXPECT_EQ(parseHtml(QStringLiteral("<head><title>Cement sales climb 9pc on northern demand</title></head><body><article>"
                                       "<h1>Cement sales climb 9pc on northern demand</h1><div class='text'>%1</div><footer "
                                       "class='entry-footer'><span class='byline'>Written by <a href='/author/sana/'>Sana Mirza</a>"
                                       "</span></footer></article><footer class='site'><p>By Ledger Media</p></footer></body>")
                            .arg(kCementParagraphs))
                  .article.author,
              QStringLiteral("Sana Mirza"));
    EXPECT_EQ(authorUnderTitle(QString(), QStringLiteral("<ul class='post-meta'><li class='date'>March 8, 2025</li><li>by Sana Mirza</li></ul>")),
              QStringLiteral("Sana Mirza"));
}
