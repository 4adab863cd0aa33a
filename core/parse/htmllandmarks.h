// The landmarks of an HTML page, found in one pass: the story's boxes, ticker rows, meta tags, the page header's date.
#pragma once

#include "core/parse/htmltree.h"

#include <QSet>
#include <QString>

#include <string>
#include <vector>

namespace md {
namespace html {

struct Landmarks
{
    const GumboNode *storyContent = nullptr; // the site's story text box (sitemarkup.h)
    const GumboNode *article = nullptr;      // the site's story <article> (sitemarkup.h), else the first <article>
    const GumboNode *articleBody = nullptr;  // [itemprop=articleBody]
    const GumboNode *main = nullptr;
    const GumboNode *comments = nullptr;     // section.comments
    const GumboNode *mastheadDate = nullptr; // the masthead's "today's date" span (sitemarkup.h)
    // Ticker rows in document order: children of a ticker strip, and the screen-reader spans ("Increased
    // By") whose row is resolved later (the span may sit in the row or in one of its cells).
    std::vector<const GumboNode *> tickerRows;
    QSet<const GumboNode *> directionSpans;
    std::vector<std::string> jsonLd;
    QString ogTitle;
    // The story's titles in the metadata, best first: Dublin Core's, og:title, twitter:title, Parse.ly's.
    QStringList metaTitles;
    QString publishedTime; // article:published_time
    bool publishedTimeIsPageDate = false; // publishedTime is a plain <meta name="date">: often the last revision's
    QString modifiedTime;  // article:modified_time
    // The writers the meta tags name, best first: Dublin Core's creator, author / article:author, Parse.ly's.
    QStringList metaAuthors;
    QString metaAuthor; // the first of them
    QStringList sections; // the story's section as the meta tags name it (article:section, Parse.ly's)
    QString siteName;  // og:site_name
    QString description; // og:description, else <meta name="description">
    QString pageUrl;   // og:url, else <link rel=canonical>
    QString titleText; // <title>
    const GumboNode *headerDate = nullptr; // a date in the page's own header, outside any article
    QString logoName;  // the alternative text of the logo image in the page's header ("Mettis Global News")
    int deepest = 0;
};

// One pass over the whole tree finds everything later steps start from.
Landmarks findLandmarks(const GumboNode *root);

// A box named as the page's own header or masthead.
bool isPageHeaderBox(const GumboNode *n);

} // namespace html
} // namespace md
