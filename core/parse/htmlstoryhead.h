// The story's head in an HTML page: its title, byline, printed date and standfirst, near the visible title.
#pragma once

#include "core/parse/htmlbyline.h" // the byline's rules, read with the head
#include "core/parse/htmlmetadata.h"
#include "core/parse/htmltree.h"
#include "core/timestamp.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace md {
namespace html {

struct StoryHeader
{
    const GumboNode *storyTitle = nullptr; // the <h1> with the site's story title class (sitemarkup.h)
    const GumboNode *firstH1 = nullptr;    // the first <h1> not marked as the logo
    const GumboNode *byline = nullptr;     // the site's byline box (sitemarkup.h)
    const GumboNode *authorLink = nullptr; // a[rel=author]
    const GumboNode *authorItem = nullptr; // [itemprop=author] (microdata), its name in [itemprop=name] or content
    const GumboNode *storyTime = nullptr;  // the site's printed story time (sitemarkup.h)
    const GumboNode *time = nullptr;       // time[datetime]
    const GumboNode *publisherItem = nullptr; // [itemprop=publisher][itemscope] (microdata)
};

// The story's marked title, byline and time in scope, leaving out boxes of other stories.
StoryHeader findStoryHeader(const GumboNode *scope);

// Microdata and a rel=author link anywhere on the page but in lists of other stories and comments (a blog's
// sidebar names its one writer): the first of each.
struct AuthorMarkup
{
    const GumboNode *item = nullptr; // [itemprop=author]
    const GumboNode *link = nullptr; // a[rel=author]
};
AuthorMarkup findAuthorMarkup(const GumboNode *root);

// The name a Creative Commons licence notice credits for the page's work (`<a rel="cc:attributionURL">` or
// `property="cc:attributionName"`: "Ledger Notes von <a rel=\"cc:attributionURL\">Sana Mirza</a> steht unter einer
// Creative Commons Lizenz"), anywhere on the page; empty when there is none.
QString licensedAuthorOf(const GumboNode *root);

// The name a microdata publisher item gives (`<div itemprop="publisher" itemscope><span itemprop="name">…`);
// empty when there is none.
QString microdataPublisherOf(const GumboNode *item);

// Navigation, sidebars, related and "most popular" boxes, comments: lists of other stories.
bool isOtherStories(const GumboNode *n);

// A date box, or the story's meta line (`news-meta`, `entry-meta`, `article-info`, Drupal's `submitted`), by its
// class or id, or a <time>.
bool isDateText(const GumboNode *n);

// The first box at the top of the body's box, before its first paragraph, that prints a date: named for it
// (date, time, publish, info, …meta) or a small box that is mostly a date ("Bonn, 11.10.2021").
Timestamp dateAtTopOf(const GumboNode *body);

// The first printed byline line at the top of the body's box, before its first paragraph, else in the short box
// right before the body's box (as dateRightBeforeBody reads the date), for a page that prints no title the head
// can be read from (`<h5><em>Von Nadia Weber</em></h5>` over the text, a table's info row "Geschrieben von
// <a>Cooper</a> am 25.08.2015 22:30" over the text's row).
QString bylineAtTopOf(const GumboNode *body, const SiteNames &site);

// The date box (as dateAtTopOf reads one) in the short box right before the body's box or one of its boxes up
// to three levels up (a story's info row over its text row: "Geschrieben von … am 25.08.2015 22:30"), never a
// header, a list of other stories, a related box or comments.
Timestamp dateRightBeforeBody(const GumboNode *body);

// A heading named for the logo or the site's title (`h1.logo`, `h1#site-title`, `h1#branding`), or one link to
// the home page: the site's logo, whatever it says.
bool isLogoMarkup(const GumboNode *h);

// The site's logo set as an <h1>: the site's name, or a heading in the page header outside any story.
bool isLogoTitle(const GumboNode *h1, const SiteNames &site);

// A heading's text without the kicker printed inside it: an element of the heading (its first or last) named
// for a kicker (`dachzeile`, `roofline`, `overline`, `kicker`, `toptitle`, `supertitle`, `eyebrow`, `subtitle`, …),
// mostly a date ("1. Februar 2022"), or left out of every one of the page's titles while they hold the rest
// ("<h1><em>Holocaust Remembrance Day</em> Remembering the victims</h1>" with og:title "Remembering the victims").
QString headingTitle(const GumboNode *heading, const QStringList &titles);

// The visible title nearest before the body: the last <h1> before it (not the site's logo), else the last
// heading before it whose class says title; boxes of other stories, menus and footers are skipped.
// namesStory tells a heading that names the story from a section's or a box's name (see readArticle).
const GumboNode *visibleTitleBefore(const GumboNode *root, const GumboNode *body, const SiteNames &site,
                                    const std::function<bool(const QString &)> &namesStory,
                                    const std::function<bool(const QString &)> &nearlyTitle);

struct StoryHead
{
    QString author;
    Timestamp published;
    bool publishedIsUpdate = false; // the head prints only an update's date ("Updated …", "Stand: …"): that is `published`
    QStringList summary;
    bool summaryIsParagraph = false; // the summary is the head's first paragraph: the body's own when it holds it
    QString metaLineWriter; // the writer the story's meta line names, with no byline's box (writerInMetaLine)
};

// Reads the byline, the printed date and the standfirst in the title's box, before the body starts.
StoryHead readStoryHead(const GumboNode *title, const GumboNode *body, const SiteNames &site);

// The writer a byline box names right after the body, in the story's box (a signature line or a writer's box
// at the story's end); empty when none does.
QString bylineAfterBody(const GumboNode *body, const SiteNames &site);

// What walkAfterBody does next after visiting a box.
enum class AfterBody { LookInside, PassOver, Done };

// Visits the boxes after the story's text `body` in the story's box (the body's box up to two levels up, never
// the page's <body>), in document order, passing over links, lists of other stories, related boxes and comments.
void walkAfterBody(const GumboNode *body, const std::function<AfterBody(const GumboNode *)> &visit);

} // namespace html
} // namespace md
