// One pass over an HTML page's tree: where the story, the ticker, the comments and the page's own date are.
#include "core/parse/htmllandmarks.h"

#include "core/parse/articlerules.h"
#include "core/parse/htmlstoryhead.h"
#include "core/parse/htmlticker.h"
#include "core/parse/pagedate.h"
#include "core/parse/sitemarkup.h"

#include <algorithm>
#include <iterator>

namespace md {
namespace html {
namespace {

bool isTickerContainer(const GumboNode *node)
{
    return anyClassOrIdToken(node, [](std::string_view t) {
        return t == site::kTickerContainerClass || t == "ticker" || (t.size() > 6 && t.compare(0, 7, "ticker_") == 0)
            || (t.size() > 6 && t.compare(0, 7, "ticker-") == 0);
    });
}

// The title attribute of the masthead's span for the day's date (sitemarkup.h).
bool isTodaysDate(const char *title)
{
    if (!title)
        return false;
    const QString t = QString::fromUtf8(title).simplified();
    return std::any_of(std::begin(site::kTodaysDateTitles), std::end(site::kTodaysDateTitles),
                       [&](const char *today) { return t.compare(QString::fromUtf8(today), Qt::CaseInsensitive) == 0; });
}

// "header__date", "top-date", "td_data_time": a box that holds the day's date in a page header.
bool isDateBox(const GumboNode *n)
{
    return anyClassOrIdToken(n, [](std::string_view t) {
        return t.find("date") != std::string_view::npos || t.find("data_time") != std::string_view::npos
            || t.find("today") != std::string_view::npos;
    });
}

// "today-date", "todays_date": a box named for the day's date, outside any story.
bool isTodayBox(const GumboNode *n)
{
    return anyClassOrIdToken(n, [](std::string_view t) { return t.find("today") != std::string_view::npos; });
}

// <meta name="author">, and the other names pages give the writer: article:author and author properties
// (when they hold a name, not a profile's address), Parse.ly's, Dublin Core's creator, one site's own
// (sitemarkup.h).
bool isAuthorMeta(const char *name, const char *property)
{
    if (name) {
        if (qstricmp(name, site::kBylineMetaName) == 0)
            return true;
        for (const char *n : {"author", "parsely-author", "dc.creator", "sailthru.author"}) {
            if (qstricmp(name, n) == 0)
                return true;
        }
    }
    if (property) {
        for (const char *n : {"article:author", "author", "og:article:author"}) {
            if (qstricmp(property, n) == 0)
                return true;
        }
    }
    return false;
}

// article:published_time, and the other names pages give the publication time: Parse.ly's, Dublin Core's,
// the itemprop and plain "date"/"pubdate" names news systems print.
bool isPublishedMeta(const char *name, const char *property)
{
    if (property) {
        for (const char *n : {"article:published_time", "og:article:published_time", "datePublished", "og:published_time",
                              "article:published", "dc:date", "dcterms:issued", "dcterms:created"}) {
            if (qstricmp(property, n) == 0)
                return true;
        }
    }
    if (name) {
        for (const char *n : {"parsely-pub-date", "dc.date", "dc.date.issued", "dcterms.date", "pubdate", "publishdate",
                              "publish-date", "sailthru.date", "date", "article.published", "datepublished",
                              // Dublin Core written with a colon, the scholarly citation tags, and the other names
                              // publishing systems give the publication time.
                              "dc:date", "dcterms.issued", "dcterms.created", "citation_publication_date", "citation_date",
                              "citation_online_date", "publication_date", "date_published", "published_time",
                              "article:published_time", "article_date_original", "original-publish-date",
                              "shareaholic:article_published_time", "og:published_time"}) {
            if (qstricmp(name, n) == 0)
                return true;
        }
    }
    return false;
}

} // namespace

bool isPageHeaderBox(const GumboNode *n)
{
    return anyClassOrIdToken(n, [](std::string_view t) {
        return t.find("header") != std::string_view::npos || t.find("masthead") != std::string_view::npos;
    });
}

Landmarks findLandmarks(const GumboNode *root)
{
    Landmarks lm;
    QSet<const GumboNode *> tickerContainers;
    bool ogDescription = false;
    int depth = 0;
    // Where the walk is: inside the page's own header (a <header> or a header/masthead box) and inside a story.
    std::vector<char> where{0};
    walk(
        root,
        [&](const GumboNode *n) {
            if (!isElement(n))
                return false;
            lm.deepest = std::max(lm.deepest, ++depth);
            const GumboTag tag = n->v.element.tag;
            switch (tag) {
            case GUMBO_TAG_META: {
                const char *property = attribute(n, "property");
                const char *name = attribute(n, "name");
                const char *content = attribute(n, "content");
                if (content) {
                    const QString value = normalisedText(content);
                    if (property && qstricmp(property, "og:title") == 0 && lm.ogTitle.isEmpty())
                        lm.ogTitle = value;
                    else if (lm.publishedTime.isEmpty() && isPublishedMeta(name, property) && parsePageDateTime(value).isValid()) {
                        lm.publishedTime = value;
                        lm.publishedTimeIsPageDate = !property && name && qstricmp(name, "date") == 0;
                    }
                    else if (property && qstricmp(property, "article:modified_time") == 0 && lm.modifiedTime.isEmpty())
                        lm.modifiedTime = value;
                    else if (lm.metaAuthor.isEmpty() && isAuthorMeta(name, property) && !value.contains(u'/'))
                        lm.metaAuthor = bylineName(value);
                    else if (property && qstricmp(property, "og:site_name") == 0 && lm.siteName.isEmpty())
                        lm.siteName = value;
                    else if (property && qstricmp(property, "og:url") == 0 && lm.pageUrl.isEmpty())
                        lm.pageUrl = value;
                    else if (property && qstricmp(property, "og:description") == 0 && !ogDescription) {
                        lm.description = value; // the social description wins over <meta name="description">
                        ogDescription = true;
                    } else if (name && qstricmp(name, "description") == 0 && lm.description.isEmpty()) {
                        lm.description = value;
                    }
                }
                --depth;
                return false;
            }
            case GUMBO_TAG_SCRIPT:
                if (attributeEquals(n, "type", "application/ld+json")) {
                    std::string json;
                    const GumboVector &children = n->v.element.children;
                    for (unsigned i = 0; i < children.length; ++i) {
                        const GumboNode *child = childAt(children, i);
                        if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE)
                            json += child->v.text.text;
                    }
                    lm.jsonLd.push_back(std::move(json));
                }
                --depth;
                return false;
            case GUMBO_TAG_STYLE:
                --depth;
                return false;
            case GUMBO_TAG_TITLE:
                if (lm.titleText.isEmpty())
                    lm.titleText = textOf(n);
                --depth;
                return false;
            case GUMBO_TAG_LINK:
                if (lm.pageUrl.isEmpty() && attributeEquals(n, "rel", "canonical") && attribute(n, "href"))
                    lm.pageUrl = QString::fromUtf8(attribute(n, "href"));
                --depth;
                return false;
            case GUMBO_TAG_ARTICLE:
                if (!lm.article || (!hasClass(lm.article, site::kStoryArticleClass) && hasClass(n, site::kStoryArticleClass)))
                    lm.article = n;
                break;
            case GUMBO_TAG_MAIN:
                if (!lm.main)
                    lm.main = n;
                break;
            default:
                break;
            }
            if (n->parent && tickerContainers.contains(n->parent))
                lm.tickerRows.push_back(n);
            if (attribute(n, "class") || attribute(n, "id")) {
                if (!lm.storyContent && hasClass(n, site::kStoryContentClass))
                    lm.storyContent = n;
                if (!lm.comments && (hasClass(n, "comments") || attributeEquals(n, "id", "comments"))
                    && (tag == GUMBO_TAG_SECTION || tag == GUMBO_TAG_DIV))
                    lm.comments = n;
                if (isTickerContainer(n))
                    tickerContainers.insert(n);
                if (hasClass(n, "sr-only") && n->parent && isDirectionPhrase(textOf(n))) {
                    lm.tickerRows.push_back(n);
                    lm.directionSpans.insert(n);
                }
            }
            // Schema.org's article text, in microdata or in RDFa.
            if (!lm.articleBody && (attributeEquals(n, "itemprop", "articleBody") || attributeEquals(n, "property", "articleBody")))
                lm.articleBody = n;
            if (!lm.mastheadDate && isTodaysDate(attribute(n, "title")))
                lm.mastheadDate = n;
            char flags = where.back();
            if (tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN)
                flags |= 2;
            if (tag == GUMBO_TAG_IMG && lm.logoName.isEmpty() && !(flags & 2)) {
                bool logo = flags & 1;
                for (const GumboNode *a = n; a && isElement(a) && !logo; a = a->parent)
                    logo = anyClassOrIdToken(a, [](std::string_view t) { return t.find("logo") != std::string_view::npos; });
                if (const char *alt = attribute(n, "alt"); logo && alt) {
                    QString name = normalisedText(alt);
                    if (name.endsWith(QLatin1String(" Logo"), Qt::CaseInsensitive))
                        name.chop(5);
                    if (countWords(name) <= 5)
                        lm.logoName = name;
                }
            }
            if (attribute(n, "class") || attribute(n, "id")) {
                if (tag == GUMBO_TAG_HEADER || isPageHeaderBox(n))
                    flags |= 1;
                // Outside the header (a top bar), only a box whose name says "today" is the day's date: a bare
                // `date` there may be the story's own.
                if (!lm.headerDate && ((flags == 1 && isDateBox(n)) || (flags == 0 && isTodayBox(n))))
                    lm.headerDate = n;
            } else if (tag == GUMBO_TAG_HEADER) {
                flags |= 1;
            }
            where.push_back(flags);
            return true;
        },
        [&](const GumboNode *) {
            --depth;
            if (where.size() > 1)
                where.pop_back();
        });
    return lm;
}

} // namespace html
} // namespace md
