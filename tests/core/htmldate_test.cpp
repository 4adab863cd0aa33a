// The story's publication date on saved HTML pages (issue 19): which source the parser takes when structured
// data and the meta tags give none, and which dates it never takes (a comment's, an update's).
#include "core/parse/htmlsnapshotparser.h"
#include "fixtures.h"

#include <gtest/gtest.h>

using namespace md;

namespace {

// A story page: `head` inside <head>, `top` before the title, `after` after the story's text.
QString storyPage(const char *head, const char *top, const char *after)
{
    return QStringLiteral("<html><head><title>Cement dispatches rise in January</title>%1</head><body>%2"
                          "<div class='story'><h1>Cement dispatches rise in January</h1>"
                          "<div class='text'><p>KARACHI: Cement makers sold more bags at home in January than a year "
                          "earlier, the makers' association said on Monday, as builders restarted projects.</p>"
                          "<p>Exports fell because freight to Afghanistan cost more, dealers said.</p></div>%3</div>"
                          "</body></html>")
        .arg(QString::fromUtf8(head), QString::fromUtf8(top), QString::fromUtf8(after));
}

// The story page with `html` right under its title.
QString underTitle(const char *html)
{
    return storyPage("", "", "").replace(QLatin1String("</h1>"), QLatin1String("</h1>") + QString::fromUtf8(html));
}

QString publishedOf(const QString &html)
{
    return test::parseHtmlPage(html).article.publishedAt.toIsoString();
}

} // namespace

TEST(HtmlDate, MicrodataDatePublishedInTheBody)
{
    EXPECT_EQ(publishedOf(storyPage("", "", "<meta itemprop='datePublished' content='2022-01-14'>")),
              QStringLiteral("2022-01-14"));
    // A blog's post time: the datetime in the title attribute, the clock as its text.
    EXPECT_EQ(publishedOf(storyPage("", "", "<abbr class='published' itemprop='datePublished' "
                                            "title='2019-10-16T14:33:00+05:00'>2:33 PM</abbr>")),
              QStringLiteral("2019-10-16T14:33:00+05:00"));
    // RDFa, and a sidebar's <aside> holding the story's own time.
    EXPECT_EQ(publishedOf(storyPage("", "", "<aside class='c-meta'><time property='schema:datePublished' "
                                            "datetime='2022-02-04T15:29:27+01:00'>4 Feb</time></aside>")),
              QStringLiteral("2022-02-04T15:29:27+01:00"));
}

TEST(HtmlDate, ACommentsMicrodataDateIsNotTheStorys)
{
    EXPECT_EQ(publishedOf(storyPage("", "", "<div itemscope itemtype='https://schema.org/Comment'><span "
                                            "itemprop='datePublished' content='2022-01-20'></span></div>")),
              QString());
    EXPECT_EQ(publishedOf(storyPage("", "", "<section class='comments'><meta itemprop='datePublished' "
                                            "content='2022-01-20'></section>")),
              QString());
}

TEST(HtmlDate, DateAfterAPublicationLabel)
{
    // The label and the date in boxes of their own, after the story's text.
    EXPECT_EQ(publishedOf(storyPage("", "", "<div class='docData'><span class='label'>Datum:</span> "
                                            "<span class='value'>18.10.2021</span></div>")),
              QStringLiteral("2021-10-18"));
    EXPECT_EQ(publishedOf(storyPage("", "", "<ul><li><strong>Date</strong> 23.05.2011</li></ul>")),
              QStringLiteral("2011-05-23"));
    EXPECT_EQ(publishedOf(storyPage("", "", "<p>Erstellt am: 01.11.2023</p>")), QStringLiteral("2023-11-01"));
    EXPECT_EQ(publishedOf(storyPage("", "", "<p class='title'>Mise en ligne</p><p class='content'>23 mai 2019</p>")),
              QStringLiteral("2019-05-23"));
}

TEST(HtmlDate, AnUpdatesLabelOrARelatedStorysDateIsNotThePublicationDate)
{
    // The update's label is no publication label: the date after "Datum" wins (alone, the update's date is
    // the last resort: AnUpdateStampAfterTheBodyWhenNothingElseDatesTheStory).
    EXPECT_EQ(publishedOf(storyPage("", "", "<p class='info'>Aktualisiert: 30.12.2016</p><p>Datum: 12.12.2016</p>")),
              QStringLiteral("2016-12-12"));
    EXPECT_EQ(publishedOf(storyPage("", "", "<div class='related'><p>Datum: 12.12.2016</p></div>")), QString());
}

TEST(HtmlDate, TheDateInThePagesAddressIsTheLastResort)
{
    const char *canonical = "<link rel='canonical' href='https://example.pk/2019/10/16/cement-dispatches-rise/'>";
    EXPECT_EQ(publishedOf(storyPage(canonical, "", "")), QStringLiteral("2019-10-16"));
    // A printed, labelled date wins over the address.
    EXPECT_EQ(publishedOf(storyPage(canonical, "", "<p>Datum: 17.10.2019</p>")), QStringLiteral("2019-10-17"));
}

TEST(HtmlDate, TimeElementsTextWhenItsDatetimeCannotBeRead)
{
    // "01-11-2023" may be 1 November or 11 January: the printed "1. November 2023" says which.
    EXPECT_EQ(publishedOf(storyPage("", "<time datetime='01-11-2023 10:29'>1. November 2023 10:29</time>", "")),
              QStringLiteral("2023-11-01T10:29:00"));
}

TEST(HtmlDate, ADateAloneOnALineUnderTheTitle)
{
    EXPECT_EQ(publishedOf(underTitle("<p class='MsoNormal'><em>10.11.2021</em></p>")), QStringLiteral("2021-11-10"));
}

TEST(HtmlDate, TheDateInsideTheStorysMetaOrSubmittedLine)
{
    // Drupal's "submitted" line: the writer, then the date after "am".
    const QString submitted = underTitle("<div class='submitted'>Gespeichert von <span class='username'>rasos"
                                         "</span> am 24. Juli 2017 - 18:55</div>");
    EXPECT_EQ(publishedOf(submitted), QStringLiteral("2017-07-24T18:55:00"));
    // A "postmeta" line, and a "Written / Updated" line split at " / ".
    const QString postmeta = underTitle("<p class='postmeta'>3. August 2015 &#183; Filed under Markets</p>");
    EXPECT_EQ(publishedOf(postmeta), QStringLiteral("2015-08-03"));
    const QString written = underTitle("<p class='date'>Written: 2023-11-07 15:03:30<span class='hidden'> / </span>"
                                       "Updated: 2023-11-08 09:30:46</p>");
    EXPECT_EQ(publishedOf(written), QStringLiteral("2023-11-07T15:03:30"));
}

TEST(HtmlDate, ADateBoxBetweenTheTitlesBoxAndTheBody)
{
    // The title in a header band of its own; the date at the top of the content's box, before its text.
    const QString html = QStringLiteral(
        "<body><div class='outer detail_top'><div class='container'><h1>Which stove burns less gas?</h1></div></div>"
        "<div class='outer detail_content'><div class='flag'><div class='detail_date'><p> 19. November 2021 </p></div></div>"
        "<div class='text'><p>LAHORE: Households that swapped an old stove for a sealed burner used a fifth less gas "
        "over the winter, the utility's survey found.</p><p>The survey covered 2,000 homes in three cities.</p></div>"
        "</div></body>");
    EXPECT_EQ(publishedOf(html), QStringLiteral("2021-11-19"));
}

TEST(HtmlDate, ABlogsDateHeaderOverThePostsTitle)
{
    const QString html = QStringLiteral(
        "<body><div id='header'><h1><a href='/'>Kapas Notes</a></h1></div><div class='blog-posts'><div class='date-outer'>"
        "<h2 class='date-header'><span>Samstag, 5. Oktober 2024</span></h2><div class='date-posts'><div class='post-outer'>"
        "<div class='post hentry'><a name='1'></a><h3 class='post-title entry-title'>Ginners wait for the second picking</h3>"
        "<div class='post-body'>The first picking is done on most farms around Sanghar, and the bales were cleaner than "
        "last year's.<br><br>Ginners pay a little more per maund for the clean lots, but mills buy slowly.</div>"
        "</div></div></div></div></div></body>");
    EXPECT_EQ(publishedOf(html), QStringLiteral("2024-10-05"));
}

TEST(HtmlDate, AShortLineThatIsMostlyADate)
{
    // The place before the date, over the title; the writer after the date, under it.
    const QString place = storyPage("", "", "").replace(
        QLatin1String("<h1>"), QLatin1String("<span class='metadata'>Bonn,&nbsp;11.10.2021</span><h1>"));
    EXPECT_EQ(publishedOf(place), QStringLiteral("2021-10-11"));
    const QString writer = underTitle("<p class='grey'> 1. Februar 2022 , Daniel Dillenburg </p>");
    EXPECT_EQ(publishedOf(writer), QStringLiteral("2022-02-01"));
}

TEST(HtmlDate, APageNodesDatePublishedInJsonLd)
{
    // Yoast's graph: the WebPage dates the page when no article node does.
    EXPECT_EQ(publishedOf(storyPage("<script type='application/ld+json'>{\"@graph\":[{\"@type\":\"WebPage\","
                                    "\"datePublished\":\"2014-03-17T01:44:37+00:00\",\"dateModified\":\"2018-09-16T06:34:07+00:00\"}]}"
                                    "</script>", "", "")),
              QStringLiteral("2014-03-17T01:44:37Z"));
}

TEST(HtmlDate, AHowTosOrARecipesDatePublishedInJsonLd)
{
    // The page's own text written as steps; its time part no reader knows still gives the day.
    EXPECT_EQ(publishedOf(storyPage("<script type='application/ld+json'>{\"@context\":\"http://schema.org/\",\"@type\":\"HowTo\","
                                    "\"name\":\"Sealing a gas stove\",\"author\":{\"@type\":\"Person\",\"name\":\"Omar\"},"
                                    "\"datePublished\":\"2022-01-10T22:06:08:684Z\"}</script>", "", "")),
              QStringLiteral("2022-01-10"));
    EXPECT_EQ(publishedOf(storyPage("<script type='application/ld+json'>{\"@type\":\"Recipe\",\"datePublished\":\"2021-05-02\"}"
                                    "</script>", "", "")),
              QStringLiteral("2021-05-02"));
    // Another kind of item (a video's, a product's) dates nothing.
    EXPECT_EQ(publishedOf(storyPage("<script type='application/ld+json'>{\"@type\":\"VideoObject\",\"datePublished\":\"2021-05-02\"}"
                                    "</script>", "", "")),
              QString());
}

TEST(HtmlDate, APressReleasesDateInItsFirstLine)
{
    EXPECT_EQ(publishedOf(storyPage("", "", "<div class='teaser-text'><p>Pressemitteilung vom 25. Januar 2022 | Berlin "
                                            "<strong>–</strong> Die Zusammenarbeit wird fortgesetzt.</p></div>")),
              QStringLiteral("2022-01-25"));
}

TEST(HtmlDate, WithNoVisibleTitleADateAtTheTopOfTheBody)
{
    const QString html = QStringLiteral(
        "<html><head><title>Swimming - News | Federation</title></head><body><div class='news'>"
        "<div class='newsSingleHeader'><b>Swimming</b><br><span class='blue'>01.02.2022</span> Category: Swimming</div>"
        "<p>LAHORE: The federation's kit for the new season can be ordered from today, the federation said, and will be "
        "sent to clubs before the first national meet in March.</p><p>Clubs ordering before the end of the month pay the "
        "old price, the federation added.</p></div></body></html>");
    EXPECT_EQ(publishedOf(html), QStringLiteral("2022-02-01"));
}

TEST(HtmlDate, TheDateTheBodysFirstParagraphOpensWith)
{
    const QString html = storyPage("", "", "").replace(QLatin1String("<p>KARACHI: Cement"),
                                                       QLatin1String("<p>(21. November 2022) Cement"));
    EXPECT_EQ(publishedOf(html), QStringLiteral("2022-11-21"));
}

TEST(HtmlDate, AUtcTimeIsShownInThePagesOwnZoneWhenAMetaTagGivesTheSameMoment)
{
    const QByteArray jsonLd("<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Cement "
                            "dispatches rise in January\",\"datePublished\":\"2019-10-18T22:04:00Z\"}</script>");
    const QByteArray sameMoment = jsonLd + "<meta name='date' content='Sat, 19 Oct 2019 00:04:00 +0200'>";
    EXPECT_EQ(publishedOf(storyPage(sameMoment.constData(), "", "")), QStringLiteral("2019-10-19T00:04:00+02:00"));
    // Another moment in the meta tag is another fact: structured data stands.
    const QByteArray otherMoment = jsonLd + "<meta name='date' content='Sat, 19 Oct 2019 09:00:00 +0200'>";
    EXPECT_EQ(publishedOf(storyPage(otherMoment.constData(), "", "")), QStringLiteral("2019-10-18T22:04:00Z"));
}

TEST(HtmlDate, AnUpdatesDateByTheTitleGivesWayToThePublicationDate)
{
    EXPECT_EQ(publishedOf(underTitle("<p class='date'>Updated: 5 March 2024 | Published: 3 March 2024</p>")),
              QStringLiteral("2024-03-03"));
    EXPECT_EQ(publishedOf(underTitle("<div class='meta'><span class='date-updated'>Aktualisiert am 05.03.2024</span></div>"
                                     "<div class='byline'>Von Omar Farooq</div><span class='date'>Veröffentlicht am "
                                     "03.03.2024</span>")),
              QStringLiteral("2024-03-03"));
    // Only an update's date printed: it dates the story.
    EXPECT_EQ(publishedOf(underTitle("<p class='date'>Updated 11 February 2025</p>")), QStringLiteral("2025-02-11"));
}

TEST(HtmlDate, OtherMetaTagsForThePublicationTime)
{
    EXPECT_EQ(publishedOf(storyPage("<meta name='DC:date' content='2009-09-15'>", "", "")), QStringLiteral("2009-09-15"));
    EXPECT_EQ(publishedOf(storyPage("<meta name='citation_publication_date' content='2020/04/07'>", "", "")),
              QStringLiteral("2020-04-07"));
    EXPECT_EQ(publishedOf(storyPage("<meta name='shareaholic:article_published_time' content='2017-06-07T11:19:22+02:00'>",
                                    "", "")),
              QStringLiteral("2017-06-07T11:19:22+02:00"));
}

TEST(HtmlDate, TheDateOpeningTheParagraphUnderAShortLineOverTheBody)
{
    // A short line (the writer's "Von …", a place) over the paragraph that opens with the date.
    const QString html = storyPage("", "", "").replace(QLatin1String("<p>KARACHI: Cement"),
                                                       QLatin1String("<p>Karachi bureau</p><p>27.1.2022 - Cement"));
    EXPECT_EQ(publishedOf(html), QStringLiteral("2022-01-27"));
}

TEST(HtmlDate, TheDateThePagesTitleOpensWith)
{
    const QString html = storyPage("<meta property='og:title' content='23.01.2022 - Cement dispatches rise in January'>", "", "")
                             .replace(QLatin1String("<title>Cement"), QLatin1String("<title>23.01.2022 - Cement"));
    EXPECT_EQ(publishedOf(html), QStringLiteral("2022-01-23"));
    // A year alone before a colon is no date.
    const QString year = storyPage("", "", "").replace(QLatin1String("<title>Cement"), QLatin1String("<title>2022: Cement"));
    EXPECT_EQ(publishedOf(year), QString());
}

TEST(HtmlDate, ASignaturesDateAsTheBodysLastLine)
{
    const QString html = storyPage("", "", "").replace(QLatin1String("cost more, dealers said.</p>"),
                                                       QLatin1String("cost more, dealers said.</p><p>Omar<br> 10. September 2017</p>"));
    EXPECT_EQ(publishedOf(html), QStringLiteral("2017-09-10"));
}

TEST(HtmlDate, TheBylinesDateAfterTheBody)
{
    EXPECT_EQ(publishedOf(storyPage("", "", "<div class='left'>Author: <a href='/u/58'><b>Omar</b></a> am 29.12.2010, 13:36 Uhr</div>")),
              QStringLiteral("2010-12-29T13:36:00"));
}

TEST(HtmlDate, AnUpdateStampAfterTheBodyWhenNothingElseDatesTheStory)
{
    EXPECT_EQ(publishedOf(storyPage("", "", "<p class='info'>Aktualisiert: 30.12.2016</p>")), QStringLiteral("2016-12-30"));
    EXPECT_EQ(publishedOf(storyPage("", "", "<div class='meta'><p>Stand&nbsp;27.01.2022</p></div>")), QStringLiteral("2022-01-27"));
    EXPECT_EQ(publishedOf(storyPage("", "", "<p>Cement/Dispatches (last edited 2019-11-10 13:28:18 by Omar)</p>")),
              QStringLiteral("2019-11-10T13:28:18"));
    // The page's address dates the publication: it wins over the update stamp.
    QString dated = storyPage("<link rel='canonical' href='https://news.example.pk/2016/12/01/cement/'>", "",
                              "<p class='info'>Aktualisiert: 30.12.2016</p>");
    EXPECT_EQ(publishedOf(dated), QStringLiteral("2016-12-01"));
    // A related story's stamp is not the story's.
    EXPECT_EQ(publishedOf(storyPage("", "", "<div class='related'><p>Aktualisiert: 30.12.2016</p></div>")), QString());
}

TEST(HtmlDate, AnEarlierPrintedDateWinsOverAPlainDateMetaTag)
{
    // A plain <meta name="date"> is often the page's last revision: the story's printed day before it wins.
    const char *pageDate = "<meta name='date' content='2021-10-15T09:30:00'>";
    EXPECT_EQ(publishedOf(storyPage(pageDate, "", "<p>Erschienen am: 13.10.2021</p>")), QStringLiteral("2021-10-13"));
    EXPECT_EQ(publishedOf(underTitle("<p class='stand'>Stand: 13.10.2021 18:00 Uhr</p>").replace(
                  QLatin1String("</head>"), QString::fromUtf8(pageDate) + QLatin1String("</head>"))),
              QStringLiteral("2021-10-13T18:00:00"));
    // A later printed day, the same day, or no printed day: the meta tag's time stands.
    EXPECT_EQ(publishedOf(storyPage(pageDate, "", "<p>Erschienen am: 16.10.2021</p>")), QStringLiteral("2021-10-15T09:30:00"));
    EXPECT_EQ(publishedOf(storyPage(pageDate, "", "<p>Erschienen am: 15.10.2021</p>")), QStringLiteral("2021-10-15T09:30:00"));
    EXPECT_EQ(publishedOf(storyPage(pageDate, "", "")), QStringLiteral("2021-10-15T09:30:00"));
    // Named for the publication, the meta tag wins whatever the page prints.
    EXPECT_EQ(publishedOf(storyPage("<meta property='article:published_time' content='2021-10-15T09:30:00'>", "",
                                    "<p>Erschienen am: 13.10.2021</p>")),
              QStringLiteral("2021-10-15T09:30:00"));
}

TEST(HtmlDate, WithNoVisibleTitleADateInTheRowRightBeforeTheBody)
{
    const QString html = QStringLiteral(
        "<html><head><title>Chamber news: Exporters ask for faster refunds</title></head><body><table class='item'>"
        "<tr><td class='itemHead'><span class='itemTitle'>Exporters ask for faster refunds</span></td></tr>"
        "<tr><td class='itemInfo'><span class='itemPoster'>Geschrieben von <a href='/u/6'>Omar</a></span> "
        "<span class='itemPostDate'>am 25.08.2015 22:30</span> (<span>1599 x gelesen</span>)</td></tr>"
        "<tr><td class='itemBody'><p>SIALKOT: Exporters of surgical instruments asked the government on Monday to pay "
        "their sales tax refunds within a month, saying the money held back was their working capital.</p>"
        "<p>The chamber will send their proposals to the finance ministry next week, its president said.</p></td></tr>"
        "</table></body></html>");
    EXPECT_EQ(publishedOf(html), QStringLiteral("2015-08-25T22:30:00"));
}

TEST(HtmlDate, WithNoVisibleTitleADateInTheStorysHeaderBoxPastItsPicture)
{
    // The story's own header box (no link in it) over a picture's box and the text; the page's masthead, which
    // links its logo and menu, dates nothing.
    const QString story = QStringLiteral(
        "<html><head><title>Kit orders | Federation</title></head><body><div class='newsSingle'>%1"
        "<div class='news-single-img'><a href='/pic.png'><img src='/pic.png'></a></div>"
        "<div class='news-single-text'><p>LAHORE: The federation's kit for the new season can be ordered from today, the "
        "federation said, and will be sent to clubs before the first national meet in March.</p><p>Clubs ordering "
        "before the end of the month pay the old price, the federation added.</p></div></div></body></html>");
    const QString header = QStringLiteral("<div class='newsSingleHeader'><b>Swimming</b><br><span class='blue'>01.02.2022</span> "
                                          "Category: Swimming</div>");
    EXPECT_EQ(publishedOf(story.arg(header)), QStringLiteral("2022-02-01"));
    const QString masthead = QStringLiteral("<div class='page-header'><a href='/'>Federation</a> <span>01.02.2022</span></div>");
    EXPECT_EQ(publishedOf(story.arg(masthead)), QString());
}

// A UTC time names London's day; the story's head printing the same moment on the page's own clock (no offset,
// same minute and second) or only the day, a day apart, gives the day its reader saw. A printed day further
// off, or another minute, is some other time (an update's) and changes nothing.
TEST(HtmlDate, UtcTimeTakesTheDayTheStorysHeadPrints)
{
    const auto publishedUnderTitle = [](const char *html) {
        return publishedOf(storyPage("<meta property='article:published_time' content='2023-11-09T05:30:59Z'>", "", "")
                               .replace(QLatin1String("</h1>"), QLatin1String("</h1>") + QString::fromUtf8(html)));
    };
    EXPECT_EQ(publishedUnderTitle("<time datetime='2023-11-08 23:30:59'>Nov 8, 2023</time>"), QStringLiteral("2023-11-08T23:30:59"));
    EXPECT_EQ(publishedUnderTitle("<time datetime='2023-11-09 00:21:49'>Nov 9, 2023</time>"), QStringLiteral("2023-11-09T05:30:59Z"));
    EXPECT_EQ(publishedUnderTitle("<p class='meta'>On November 8, 2023 by Nadia Rauf</p>"), QStringLiteral("2023-11-08"));
    EXPECT_EQ(publishedUnderTitle("<p class='meta'>On November 6, 2023 by Nadia Rauf</p>"), QStringLiteral("2023-11-09T05:30:59Z"));
}

// A head that prints its day and its clock in two elements, the clock to the minute ("Nov 8, 2023" "23:30"), prints
// the markup's moment without its seconds: the printed day is the reader's. Another minute is another time.
TEST(HtmlDate, AClockPrintedToTheMinuteBesideItsDayMatchesTheMarkupsMoment)
{
    const auto publishedUnderTitle = [](const char *html) {
        return publishedOf(storyPage("<meta property='article:published_time' content='2023-11-09T05:30:59Z'>", "", "")
                               .replace(QLatin1String("</h1>"), QLatin1String("</h1>") + QString::fromUtf8(html)));
    };
    EXPECT_EQ(publishedUnderTitle("<span class='story-date'><span>Nov 8, 2023</span><span>23:30</span></span>"),
              QStringLiteral("2023-11-08T23:30:00"));
    EXPECT_EQ(publishedUnderTitle("<span class='story-date'><span>Nov 8, 2023</span><span>23:31</span></span>"),
              QStringLiteral("2023-11-09T05:30:59Z"));
}

TEST(HtmlDate, ThePrintedDayWinsWhenTheMarkupGivesItAsTheUpdatesDay)
{
    const char *jsonLd = "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Cement dispatches rise "
                         "in January\",\"datePublished\":\"2022-01-04T07:29:00+05:00\",\"dateModified\":\"2022-01-12T10:00:00+05:00\"}"
                         "</script>";
    // The story page with `head` in <head> and `line` right under the title: its date.
    const auto dated = [](const char *head, const char *line) {
        return publishedOf(storyPage(head, "", "").replace(QLatin1String("</h1>"), QLatin1String("</h1>") + QString::fromUtf8(line)));
    };
    // The head prints the update's day as the story's date: the reader sees that day.
    EXPECT_EQ(dated(jsonLd, "<div class='article-info'>12.01.2022</div>"), QStringLiteral("2022-01-12"));
    // The meta tags' publication time beside JSON-LD's gives the printed day too.
    EXPECT_EQ(dated("<meta property='article:published_time' content='2022-01-06T08:29:34+05:00'><script "
                    "type='application/ld+json'>{\"@type\":\"NewsArticle\",\"datePublished\":\"2022-01-04T07:29:00+05:00\"}</script>",
                    "<div class='article-info'>06.01.2022</div>"),
              QStringLiteral("2022-01-06"));
    const QString markupsDate = QStringLiteral("2022-01-04T07:29:00+05:00");
    // A printed day no markup gives (another story's, the day the page was saved) leaves the markup's date.
    EXPECT_EQ(dated(jsonLd, "<div class='article-info'>20.01.2022</div>"), markupsDate);
    // A day the head labels as an update's says the publication was another day: after the writer's name in one
    // piece, or in a box whose datetime the label's text explains.
    EXPECT_EQ(dated(jsonLd, "<div class='byline'>By Omar Farooq Updated <time datetime='2022-01-12T10:00:00+05:00'>Jan 12, "
                            "2022</time></div>"),
              markupsDate);
    EXPECT_EQ(dated(jsonLd, "<div class='author-details'><div datetime='2022-01-12T10:00:00+05:00'><em>Last Updated:</em> "
                            "January 12, 2022</div></div>"),
              markupsDate);
    // Printed as the publication's day, the markup's date stays, with its time.
    EXPECT_EQ(dated(jsonLd, "<div class='article-info'>04.01.2022</div>"), markupsDate);
}

// A box named for a header that holds the title and the story's byline under it is the story's own head, however
// short the title: its date and its title are the story's. The same box with no byline is the page's masthead.
TEST(HtmlDate, AHeaderBoxHoldingTheTitleAndItsBylineIsTheStorysHead)
{
    const QString page = QStringLiteral(
        "<html><head><title>Quota Phantom | Weekly Ledger</title></head><body><div class='page'>"
        "<div class='header-wrapper col-xs-12'><div id='issue-wrapper' class='hidden-xs'><span class='date'>26.10.2023</span>"
        "<a href='/print/1' title='Print'>P</a></div><span><h1 class='page-title'>Quota Phantom</h1></span>"
        "<div class='lead'>Why the export quota keeps returning in every budget debate.</div>%1</div>"
        "<div class='body'><p>The export quota was meant to end two years ago, yet each budget brings it back in a new "
        "form, with new exemptions for the mills that lobby hardest.</p><p>Traders say the quota has become a bargaining "
        "chip rather than a policy, and that buyers abroad have learned to wait for the next round.</p></div>"
        "</div></body></html>");
    const auto article = [&](const char *byline) { return test::parseHtmlPage(page.arg(QString::fromUtf8(byline))).article; };
    const auto withByline = article("<div class='author-wrapper'>Von <span class='autor'><a href='/autorin/nadia-rauf'>Nadia "
                                    "Rauf</a></span></div>");
    EXPECT_EQ(withByline.headline, QStringLiteral("Quota Phantom"));
    EXPECT_EQ(withByline.publishedAt.toIsoString(), QStringLiteral("2023-10-26"));
    EXPECT_EQ(article("").publishedAt.toIsoString(), QString());
}

// A short box named for a header beside the title in the story's box (the day and a print button over the
// picture, the kicker and the title) dates the story; a long one beside the title is a masthead and dates nothing.
TEST(HtmlDate, AShortHeaderBoxBesideTheTitleDatesTheStory)
{
    const QString page = QStringLiteral(
        "<html><head><title>Court lets the cartel case go on | Valley News</title></head><body><div class='story'>%1"
        "<div class='pictures'><img src='/p.jpg'><span>© 2024 Agency</span></div><span class='category'>Politics</span>"
        "<h1>Court lets the cartel case go on</h1><p><strong>The constitutional court rejected the chamber's request to move "
        "the cartel case to another city.</strong></p><p>The judges said the trial court had acted within its powers when it "
        "summoned the former ministers, and the hearing resumes next month.</p></div></body></html>");
    const auto published = [&](const QString &box) { return publishedOf(page.arg(box)); };
    EXPECT_EQ(published(QStringLiteral("<div class='boxHeader'><span>14. Februar 2012</span><ul><li><a href='/print'>Print</a>"
                                       "</li></ul></div>")),
              QStringLiteral("2012-02-14"));
    EXPECT_EQ(published(QStringLiteral("<div class='boxHeader'><span>14. Februar 2012</span> <a href='/'>Valley News</a> "
                                       "<a href='/politics'>Politics</a> <a href='/business'>Business</a> <a href='/sport'>Sport"
                                       "</a> <a href='/culture'>Culture</a> <a href='/weather'>Weather</a> <a href='/markets'>Markets</a> "
                                       "<a href='/login'>Sign in</a></div>")),
              QString());
}

// A page that prints no date and keeps it in its script state (a shop's JSON): its publication dates, when they agree
// on one day; dates of several days are several items', and none dates the page; nor does a day after the page's
// own last change.
TEST(HtmlDate, ThePagesScriptStateDatesItWhenItsPublicationDatesAgree)
{
    const auto page = [](const char *state, const char *head = "") {
        return QStringLiteral("<html><head>%1<script>window.state = %2;</script></head><body><h1>Cold brew from Sidamo beans</h1>"
                              "<div class='text'><p>The beans are picked by hand, washed and dried in the sun on raised beds "
                              "before they are shipped from Karachi to the roasters.</p></div></body></html>")
            .arg(QString::fromUtf8(head), QString::fromUtf8(state));
    };
    EXPECT_EQ(publishedOf(page(R"({"product":{"published_at":"2023-11-14T09:30:00+05:00","body":"<p>\"published_at\"</p>"},)"
                               R"("json":"{\"publishedAt\":\"2023-11-14T10:00:00+05:00\"}"})")),
              QStringLiteral("2023-11-14T09:30:00+05:00"));
    EXPECT_EQ(publishedOf(page(R"({"items":[{"publishedAt":"2023-11-14T09:30:00Z"},{"publishedAt":"2023-10-02T08:00:00Z"}]})")),
              QString());
    EXPECT_EQ(publishedOf(page(R"({"published_at":"2023-11-14T09:30:00+05:00"})",
                               "<meta property='article:modified_time' content='2023-11-01T10:00:00+05:00'>")),
              QString());
}
