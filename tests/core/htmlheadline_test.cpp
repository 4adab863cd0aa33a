// The story's headline in saved HTML pages: the title a reader sees, without the kicker printed over it, the
// site's or section's name, or a date.
#include "core/parse/htmlsnapshotparser.h"
#include "fixtures.h"

#include <gtest/gtest.h>

using namespace md;

namespace {

const QString kStory = QStringLiteral(
    "<div class='text'><p>KARACHI: Cement despatches rose 9pc in November on demand from the north of the country, the "
    "association said on Monday.</p><p>Exports fell for a third month as freight costs rose, dealers said.</p></div>");

QString headlineOf(const QString &head, const QString &heading)
{
    return test::parseHtmlPage(QStringLiteral("<head>") + head + QStringLiteral("</head><body><article>") + heading + kStory
                               + QStringLiteral("</article></body>"))
        .article.headline;
}

} // namespace

// A kicker set inside the <h1> (a "Dachzeile", roofline, overline, top title or supertitle), a date printed
// there, or a subtitle after the title is not the headline.
TEST(HtmlHeadline, KickerInsideTheTitleIsNotTheHeadline)
{
    const QString title = QStringLiteral("<title>Cement sales climb 9pc on northern demand | Ledger</title>");
    for (const char *kicker : {"dachzeile", "article__roofline", "overline", "entry-title__toptitle", "supertitle", "kicker"}) {
        EXPECT_EQ(headlineOf(title, QStringLiteral("<h1><span class='%1'>Building boom</span> Cement sales climb 9pc on northern "
                                                   "demand</h1>").arg(QLatin1String(kicker))),
                  QStringLiteral("Cement sales climb 9pc on northern demand"))
            << kicker;
    }
    // Glued to the title with no space, and a headline set in a span of its own.
    EXPECT_EQ(headlineOf(title, QStringLiteral("<h1><span class='overline'>Building boom</span><span class='headline'>Cement sales "
                                               "climb 9pc on northern demand</span></h1>")),
              QStringLiteral("Cement sales climb 9pc on northern demand"));
    EXPECT_EQ(headlineOf(title, QStringLiteral("<h1><span class='supertitle'><time datetime='2023-12-04'>4 December 2023</time></span> "
                                               "Cement sales climb 9pc on northern demand</h1>")),
              QStringLiteral("Cement sales climb 9pc on northern demand"));
    EXPECT_EQ(headlineOf(title, QStringLiteral("<h1><span class='entry-title-primary'>Cement sales climb 9pc on northern demand</span> "
                                               "<span class='entry-subtitle'>Exports fall for a third month</span></h1>")),
              QStringLiteral("Cement sales climb 9pc on northern demand"));
}

// An unnamed part set apart at the start of the <h1> that the page's titles leave out, while they hold the rest,
// is a kicker too; a part the titles hold stays.
TEST(HtmlHeadline, PartOfTheTitleTheTitlesLeaveOutIsAKicker)
{
    EXPECT_EQ(headlineOf(QStringLiteral("<title>Ledger - Archive - Cement sales climb 9pc on northern demand</title>"
                                        "<meta property='og:title' content='Cement sales climb 9pc on northern demand'>"),
                         QStringLiteral("<h1><em>Building boom </em>Cement sales climb 9pc on northern demand</h1>")),
              QStringLiteral("Cement sales climb 9pc on northern demand"));
    EXPECT_EQ(headlineOf(QStringLiteral("<title>Cement sales climb 9pc on northern demand | Ledger</title>"),
                         QStringLiteral("<h1><em>Cement</em> sales climb 9pc on northern demand</h1>")),
              QStringLiteral("Cement sales climb 9pc on northern demand"));
    // A kicker the title prints too stays, unless the page names it a kicker.
    EXPECT_EQ(headlineOf(QStringLiteral("<title>Building boom: Cement sales climb 9pc | Ledger</title>"),
                         QStringLiteral("<h1><b>Building boom:</b> Cement sales climb 9pc</h1>")),
              QStringLiteral("Building boom: Cement sales climb 9pc"));
}

// The page's <title> as a path, the site's name first: the site and the sections after it are cut ("Ledger -
// News - Headline"), and a headline that names the site in its words stays whole.
TEST(HtmlHeadline, TitleWithTheSitesPathBeforeTheHeadline)
{
    const QString story = QStringLiteral(
        "<body><div class='content'><p>KARACHI: Cement despatches rose 9pc in November on demand from the north of the "
        "country, the association said on Monday.</p><p>Exports fell for a third month as freight costs rose.</p></div></body>");
    EXPECT_EQ(test::parseHtmlPage(QStringLiteral("<head><title>Ledger - Latest news - Cement sales climb 9pc on northern demand"
                                                 "</title><meta property='og:site_name' content='Ledger'></head>")
                                  + story)
                  .article.headline,
              QStringLiteral("Cement sales climb 9pc on northern demand"));
    EXPECT_EQ(test::parseHtmlPage(QStringLiteral("<head><title>Ledger - News - Cement makers tell the Ledger sales climbed 9pc"
                                                 "</title><meta property='og:site_name' content='Ledger'></head>")
                                  + story)
                  .article.headline,
              QStringLiteral("Cement makers tell the Ledger sales climbed 9pc"));
}

// An <h1> named for the logo (a section's badge inside the story's box, a word the site's name shares with the
// title) is not the headline: the story's title heading is.
TEST(HtmlHeadline, HeadingNamedForTheLogoIsNotTheHeadline)
{
    const Snapshot s = test::parseHtmlPage(QStringLiteral(
        "<head><title>Cement sales climb 9pc on northern demand | Ledger - Markets Opinion Analysis</title></head><body><article>"
        "<h1 class='logo logo-inner'><a href='/opinion/'><span class='letter'>O</span> <span class='cat'>Opinion</span></a></h1>"
        "<h2 class='title'>Cement sales climb 9pc on northern demand</h2>")
        + kStory + QStringLiteral("</article></body>"));
    EXPECT_EQ(s.article.headline, QStringLiteral("Cement sales climb 9pc on northern demand"));
}

// A blog's <h1> that prints its name, a short part of the title (split at "»" too) beside the longer headline,
// names no story: the post's heading does; a short headline beside the site's own name stays.
TEST(HtmlHeadline, HeadingThatIsTheTitlesShortPartIsNotTheHeadline)
{
    const QString post = QStringLiteral(
        "<div class='post'><h2><a class='postHeading' href='/2024/05/cement/'>Cement sales climb 9pc on northern demand</a></h2>"
        "<div class='entry'><p>KARACHI: Cement despatches rose 9pc in November on demand from the north of the country, the "
        "association said on Monday.</p><p>Exports fell for a third month as freight costs rose, dealers said.</p></div></div>");
    EXPECT_EQ(test::parseHtmlPage(QStringLiteral("<head><title>Kiln Notes » Blog Archive » Cement sales climb 9pc on northern demand"
                                                 "</title></head><body><h1><a href='/'>Kiln Notes</a></h1>")
                                  + post + QStringLiteral("</body>"))
                  .article.headline,
              QStringLiteral("Cement sales climb 9pc on northern demand"));
    EXPECT_EQ(test::parseHtmlPage(QStringLiteral("<head><title>Cement sales climb 9pc on northern demand » Kiln Notes</title></head>"
                                                 "<body><h1 id='branding'><a href='/'><span>Kiln Notes</span> <span class='slogan'>"
                                                 "Writing on building materials</span></a></h1>")
                                  + post + QStringLiteral("</body>"))
                  .article.headline,
              QStringLiteral("Cement sales climb 9pc on northern demand"));
    EXPECT_EQ(headlineOf(QStringLiteral("<title>Cement, 9pc - Kiln Notes Weekly</title><meta property='og:site_name' "
                                        "content='Kiln Notes Weekly'>"),
                         QStringLiteral("<h1 class='entry-title'>Cement, 9pc</h1>")),
              QStringLiteral("Cement, 9pc"));
}

// A blog's name set as an <h1> that links to the home page is its logo, also when the page's title prints it
// beside the post's title (so that the heading shares the title's words).
TEST(HtmlHeadline, HeadingLinkedToTheHomePageIsTheLogo)
{
    const QString page = QStringLiteral(
        "<head><title>Cement sales climb 9pc on northern demand | Notes from the Kiln Yard</title></head><body>"
        "<div id='header'><h1><a href='%1' title='Notes from the Kiln Yard'>Notes from the Kiln Yard</a></h1></div>"
        "<div id='content'><div class='post'><h2>Cement sales climb 9pc on northern demand</h2><div class='entry'>"
        "<p>KARACHI: Cement despatches rose 9pc in November on demand from the north of the country, the association said on "
        "Monday.</p><p>Exports fell for a third month as freight costs rose, dealers said.</p></div></div></div></body>");
    for (const char *home : {"http://www.kilnyard.example", "/", "https://web.archive.org/web/20140226054445/http://kilnyard.example/"}) {
        EXPECT_EQ(test::parseHtmlPage(page.arg(QLatin1String(home))).article.headline,
                  QStringLiteral("Cement sales climb 9pc on northern demand"))
            << home;
    }
}

// A title's parts set apart by a bar without spaces (as pages in scripts without spaces print it) or a bullet:
// the site's name is cut all the same.
TEST(HtmlHeadline, SiteNameAfterABarWithoutSpacesOrABullet)
{
    const QString story = QStringLiteral(
        "<body><div class='content'><p>KARACHI: Cement despatches rose 9pc in November on demand from the north of the "
        "country, the association said on Monday.</p><p>Exports fell for a third month as freight costs rose.</p></div></body>");
    for (const char *title : {"LEDGER EASY|Cement sales climb 9pc", "Cement sales climb 9pc \u2022 Ledger Easy"}) {
        EXPECT_EQ(test::parseHtmlPage(QStringLiteral("<head><title>%1</title><meta property='og:site_name' content='Ledger Easy'>"
                                                     "</head>")
                                          .arg(QString::fromUtf8(title))
                                      + story)
                      .article.headline,
                  QStringLiteral("Cement sales climb 9pc"))
            << title;
    }
}

// A blog's header (its name linked home, its tagline under it) before the post: the post's <h1> is the title,
// also when it names the site in its words.
TEST(HtmlHeadline, PostTitleThatNamesTheSiteIsNoLogo)
{
    const Snapshot s = test::parseHtmlPage(QStringLiteral(
        "<head><title>Yard News readers see no new kilns this winter | Kiln Notes</title>"
        "<meta property='og:title' content='Yard News readers see no new kilns this winter'>"
        "<link rel='canonical' href='https://yardnews.example/2024/05/no-new-kilns/'></head><body>"
        "<header><h1 id='site-title'><a href='https://yardnews.example/' rel='home'>Kiln Notes</a></h1>"
        "<h2 id='site-description'>new kilns this winter</h2></header>"
        "<article class='post'><h1 class='entry-title'>Yard News readers see no new kilns this winter</h1>")
        + kStory + QStringLiteral("</article></body>"));
    EXPECT_EQ(s.article.headline, QStringLiteral("Yard News readers see no new kilns this winter"));
}

// A page with no story's box (a video's page with no text, or one whose text only structured data holds) still
// shows its headline: the <h1> that prints the page's title.
TEST(HtmlHeadline, PageTitleHeadingWithoutAStorysBox)
{
    const Snapshot video = test::parseHtmlPage(QStringLiteral(
        "<head><title>Cement makers count the cost of the gas cut - Ledger TV</title>"
        "<meta property='og:title' content='Cement makers count the cost of the gas cut'></head><body>"
        "<div class='player'><h1 class='big-headline'> Cement makers count the cost of the gas cut </h1>"
        "<button>Play</button></div><div class='cluster'><h2>More videos</h2></div></body>"));
    EXPECT_EQ(video.article.headline, QStringLiteral("Cement makers count the cost of the gas cut"));
    EXPECT_TRUE(video.article.blocks.isEmpty());
    EXPECT_TRUE(video.warnings.join(u' ').contains(QStringLiteral("no article text")));

    const QString text = QStringLiteral(
        "Cement despatches rose 9pc in November on demand from the north of the country, the association said on Monday. "
        "Exports fell for a third month as freight costs rose, dealers said, and mills in the south cut their prices to "
        "keep their kilns running through the winter, while makers in the north raised theirs by forty rupees a bag. "
        "The association expects local demand to hold up until the budget, when the sales tax on cement may rise again.");
    const Snapshot structured = test::parseHtmlPage(QStringLiteral(
        "<head><title>Cement sales climb 9pc on northern demand | Ledger</title>"
        "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"articleBody\":\"%1\"}</script></head><body>"
        "<div class='top'><h1>Cement sales climb 9pc on northern demand</h1></div><div id='app'></div></body>").arg(text));
    EXPECT_EQ(structured.article.headline, QStringLiteral("Cement sales climb 9pc on northern demand"));
}

// A box named for a header that holds nothing but the heading (a content management system's `csc-header`) is
// the heading's own, not the page's masthead: its <h1> is the title.
TEST(HtmlHeadline, HeaderBoxHoldingOnlyTheHeadingIsNoMasthead)
{
    const Snapshot s = test::parseHtmlPage(QStringLiteral(
        "<head><title>White cement (Portland)</title></head><body><div id='wrap'><div class='main'>"
        "<div class='csc-default'><div class='csc-header csc-header-n1'><h1 class='csc-firstHeader'>Cement, grey cement, white "
        "cement (grey and white)</h1></div></div><div class='csc-default'>"
        "<p>Cement is ground clinker with a little gypsum; the grey kind holds iron, the white kind almost none, which is why "
        "white cement costs three times as much to make.</p><p>Most of what the mills in the north sell is grey ordinary "
        "Portland cement, in fifty-kilogram bags.</p></div></div></div></body>"));
    EXPECT_EQ(s.article.headline, QStringLiteral("Cement, grey cement, white cement (grey and white)"));
}

// A heading at the top of the body that ends in a colon introduces what follows; it is no title, and the page's
// own title names the story.
TEST(HtmlHeadline, HeadingEndingInAColonIsNoTitle)
{
    const Snapshot s = test::parseHtmlPage(QStringLiteral(
        "<head><title>The Kiln Data Project: Better Numbers for Cement Makers \u2014 Ledger</title>"
        "<meta property='og:title' content='The Kiln Data Project: Better Numbers for Cement Makers'></head><body>"
        "<div class='section-content'><h2 class='graf--h2'>Kiln Data Project:</h2>"
        "<p>KARACHI: Cement makers will share their monthly despatch figures plant by plant from January, the association "
        "said on Monday, so that buyers and lenders can see where demand is growing.</p>"
        "<p>Until now the association has published only totals for the north and the south.</p></div></body>"));
    EXPECT_EQ(s.article.headline, QStringLiteral("The Kiln Data Project: Better Numbers for Cement Makers"));
}

// With no visible title, the metadata's: Dublin Core's title, then the social-media titles (og:title, then
// twitter:title), then Parse.ly's (its own tag or its JSON metadata); a property may hold several names, and a
// tag with no content gives nothing.
TEST(HtmlHeadline, MetadataTitlesInTheirOrderWithNoVisibleTitle)
{
    const QString og = QStringLiteral("<meta property='og:title' content='Cement sales climb on northern demand'>");
    EXPECT_EQ(headlineOf(QStringLiteral("<meta name='DC.title' content='Cement sales climb 9pc on northern demand'>") + og, QString()),
              QStringLiteral("Cement sales climb 9pc on northern demand"));
    EXPECT_EQ(headlineOf(og + QStringLiteral("<meta property='dcterms:title' content='Cement sales climb 9pc on northern demand'>"), QString()),
              QStringLiteral("Cement sales climb 9pc on northern demand"));
    EXPECT_EQ(headlineOf(QStringLiteral("<meta property='x:title dc:title' content='Cement sales climb 9pc on northern demand'>"
                                        "<meta property='og:title twitter:title'>"),
                         QString()),
              QStringLiteral("Cement sales climb 9pc on northern demand"));
    EXPECT_EQ(headlineOf(QStringLiteral("<meta property='og:title twitter:title' content='Cement sales climb 9pc on northern demand'>"),
                         QString()),
              QStringLiteral("Cement sales climb 9pc on northern demand"));
    EXPECT_EQ(headlineOf(QStringLiteral("<meta name='parsely-title' content='Cement sales climb 9pc on northern demand'>"), QString()),
              QStringLiteral("Cement sales climb 9pc on northern demand"));
    EXPECT_EQ(headlineOf(QStringLiteral("<meta name='parsely-metadata' content='{\"title\": \"Cement sales climb 9pc on northern "
                                        "demand\", \"post_id\": 42}'>"),
                         QString()),
              QStringLiteral("Cement sales climb 9pc on northern demand"));
}

// The visible title still wins over every metadata title; a heading that shares no words with any of the page's
// titles is another box's, and the metadata's title names the story.
TEST(HtmlHeadline, VisibleTitleWinsOverMetadataTitles)
{
    const QString head = QStringLiteral("<meta name='DC.title' content='Cement despatches up 9pc'>"
                                        "<meta name='parsely-title' content='Cement despatches up 9pc in November'>");
    EXPECT_EQ(headlineOf(head, QStringLiteral("<h1>Cement despatches rise 9pc as the north builds</h1>")),
              QStringLiteral("Cement despatches rise 9pc as the north builds"));
    EXPECT_EQ(headlineOf(QStringLiteral("<meta name='parsely-title' content='Cement despatches up 9pc in November'>"),
                         QStringLiteral("<h1>Latest business news</h1>")),
              QStringLiteral("Cement despatches up 9pc in November"));
}

// A Dublin Core title the whole site or section shares ("Press releases of the association") shares no words with
// the story's other titles: the story's own title names it.
TEST(HtmlHeadline, SectionWideDublinCoreTitleIsNotTheStorys)
{
    EXPECT_EQ(headlineOf(QStringLiteral("<title>Cement sales climb 9pc on northern demand</title>"
                                        "<meta name='DC.title' content='Press releases of the Pakistan Mills Association'>"
                                        "<meta property='og:title' content='Cement sales climb 9pc on northern demand'>"),
                         QString()),
              QStringLiteral("Cement sales climb 9pc on northern demand"));
}

// A blog's masthead prints its name without a word of it ("Cement News" over the posts of "Cement Trade News"):
// the logo, not the post's title, though the post's title holds a word of it.
TEST(HtmlHeadline, SitesNameWithAWordLeftOutIsTheLogo)
{
    const Snapshot s = test::parseHtmlPage(QStringLiteral(
        "<head><title>Cement sales climb 9pc - Cement sales climb 9pc - Cement Trade News</title>"
        "<meta property='og:site_name' content='Cement Trade News'>"
        "<meta property='og:title' content='Cement sales climb 9pc'></head><body>"
        "<table><tr><td><h1>Cement News</h1></td></tr></table><div id='posts'><div class='post'>"
        "<h3><a href='/post/1/cement-sales-climb'>Cement sales climb 9pc</a></h3>")
                                                   + kStory + QStringLiteral("</div></div></body>"));
    EXPECT_EQ(s.article.headline, QStringLiteral("Cement sales climb 9pc"));
}

// A title's <h2> set inside an <h1> breaks out of it and leaves the <h1> empty: the empty heading names no story,
// so the <h2> is the headline and the lead set as a heading under it is the standfirst, not the title again.
TEST(HtmlHeadline, EmptyHeadingLeftByANestedTitleIsNotTheTitle)
{
    const Snapshot s = test::parseHtmlPage(QStringLiteral(
        "<head><title>Cement sales climb 9pc on northern demand - Ledger</title></head><body>"
        "<div class='top'><div class='detail'><h1 class='t1'><h2 class='headline t1'>Cement sales climb 9pc on northern demand</h2></h1>"
        "<h2><h2 class='subheadline t2'>Dealers say the building season in the north kept the kilns busy even as exports fell again</h2></h2></div>"
        "<div class='links'><div class='line'>Share with friends</div></div>"
        "<div class='detail'>") + kStory + QStringLiteral("</div></div></body>"));
    EXPECT_EQ(s.article.headline, QStringLiteral("Cement sales climb 9pc on northern demand"));
    EXPECT_EQ(s.article.summary,
              QStringList{QStringLiteral("Dealers say the building season in the north kept the kilns busy even as exports fell again")});
}

// "highline" and "Spitzmarke" name a kicker too: left out of the heading even when the page's titles print it.
TEST(HtmlHeadline, HighlineAndSpitzmarkeAreKickers)
{
    const QString title = QStringLiteral("<title>Building boom: Cement sales climb 9pc on northern demand | Ledger</title>");
    for (const char *kicker : {"highline", "article-spitzmarke"}) {
        EXPECT_EQ(headlineOf(title, QStringLiteral("<h1><span class='%1'>Building boom</span> Cement sales climb 9pc on northern "
                                                   "demand</h1>").arg(QLatin1String(kicker))),
                  QStringLiteral("Cement sales climb 9pc on northern demand"))
            << kicker;
    }
}
