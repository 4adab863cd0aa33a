// One pass over an HTML page's tree: where the story, the ticker, the comments and the page's own date are.
#include "core/parse/htmllandmarks.h"

#include "core/parse/articlerules.h"
#include "core/parse/htmlstoryhead.h"
#include "core/parse/htmlticker.h"
#include "core/parse/pagedate.h"
#include "core/parse/sitemarkup.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cctype>
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

// <meta name="author">, and the other names pages give the writer, ranked (lower first): Dublin Core's creator
// (dc.creator, dcterms.creator), then author, article:author (also set with name=) and sailthru.author (when
// they hold a name, not a profile's address) and one site's own (sitemarkup.h), then Parse.ly's and Webtrends'.
// -1: no writer's name.
int authorMetaRank(const char *name, const char *property)
{
    if (name) {
        for (const char *n : {"dc.creator", "dcterms.creator", "dc:creator", "dcterms:creator"}) {
            if (qstricmp(name, n) == 0)
                return 0;
        }
        if (qstricmp(name, site::kBylineMetaName) == 0)
            return 1;
        // Open Graph's writer set with name= as pages often do.
        for (const char *n : {"author", "sailthru.author", "article:author"}) {
            if (qstricmp(name, n) == 0)
                return 1;
        }
        // The writer as analytics tools are told it: Parse.ly's, Webtrends' `DCSext.author`.
        for (const char *n : {"parsely-author", "dcsext.author"}) {
            if (qstricmp(name, n) == 0)
                return 2;
        }
    }
    if (property) {
        for (const char *n : {"dc:creator", "dcterms:creator"}) {
            if (qstricmp(property, n) == 0)
                return 0;
        }
        for (const char *n : {"article:author", "author", "og:article:author"}) {
            if (qstricmp(property, n) == 0)
                return 1;
        }
    }
    return -1;
}

// The story's title in the page's metadata, ranked (lower first): Dublin Core's, the social-media title
// (og:title, then twitter:title), Parse.ly's. -1: no title.
int titleMetaRank(const char *name, const char *property)
{
    const char *key = property ? property : name;
    if (!key)
        return -1;
    for (const char *n : {"dc:title", "dcterms:title", "dc.title", "dcterms.title"}) {
        if (qstricmp(key, n) == 0)
            return 0;
    }
    if (qstricmp(key, "og:title") == 0)
        return 1;
    if (qstricmp(key, "twitter:title") == 0)
        return 2;
    if (name && qstricmp(name, "parsely-title") == 0)
        return 3;
    return -1;
}

// A class or id word naming a writer's box: "author", "byline", "credit" in any case ("ACredit-Image").
bool isWriterBoxWord(std::string_view token)
{
    std::string lower(token);
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return lower.find("author") != std::string::npos || lower.find("byline") != std::string::npos
        || lower.find("credit") != std::string::npos;
}

// A value a meta tag gives, with its rank among the tags that give the same field (lower first).
struct RankedValue
{
    int rank;
    QString value;
};

// Parse.ly's metadata as one JSON object in a meta tag: its "title" and "author".
void readParselyMetadata(const QString &json, std::vector<RankedValue> &titles, std::vector<RankedValue> &authors)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    if (const QString t = normalisedText(o.value(QLatin1String("title")).toString().toStdString()); !t.isEmpty())
        titles.push_back({titleMetaRank("parsely-title", nullptr) * 2 + 1, t});
    const QString a = normalisedText(o.value(QLatin1String("author")).toString().toStdString());
    if (const QString writer = a.contains(u'/') ? QString() : bylineName(a); !writer.isEmpty())
        authors.push_back({authorMetaRank("parsely-author", nullptr) * 2 + 1, writer});
}

// The values in rank order, the first given first among equals.
QStringList inRankOrder(std::vector<RankedValue> values)
{
    std::stable_sort(values.begin(), values.end(), [](const RankedValue &a, const RankedValue &b) { return a.rank < b.rank; });
    QStringList out;
    for (RankedValue &v : values)
        out.append(std::move(v.value));
    return out;
}

// Co-authors given one tag each (`<meta name="parsely-author">` twice, Dublin Core's creator for each writer): the
// tag's first value names them all ("Nadia Rauf, Imran Sheikh") when every one is a full name.
std::vector<RankedValue> writersTogether(std::vector<RankedValue> authors)
{
    std::stable_sort(authors.begin(), authors.end(), [](const RankedValue &a, const RankedValue &b) { return a.rank < b.rank; });
    for (size_t i = 0; i < authors.size(); ++i) {
        QStringList names{authors[i].value};
        bool fullNames = isFullName(authors[i].value);
        for (size_t j = i + 1; j < authors.size() && authors[j].rank == authors[i].rank; ++j) {
            if (!names.contains(authors[j].value)) {
                names.append(authors[j].value);
                fullNames = fullNames && isFullName(authors[j].value);
            }
        }
        if (names.size() > 1 && fullNames)
            authors[i].value = names.join(QLatin1String(", "));
        while (i + 1 < authors.size() && authors[i + 1].rank == authors[i].rank)
            ++i;
    }
    return authors;
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
    // Ranked by titleMetaRank() and authorMetaRank() times two, plus one for a name= tag.
    std::vector<RankedValue> titles;
    std::vector<RankedValue> authors;
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
                const char *content = attribute(n, "content");
                if (!content) {
                    --depth;
                    return false;
                }
                const QString value = normalisedText(content);
                // A property may hold several space-separated names ("og:title twitter:title"), read for the
                // title and the writer; a name given as a property is the vocabulary's own form and wins over the
                // same name in name=. The publication time comes from a tag that names it alone.
                const auto readName = [&](const char *name, const char *property, bool alone) {
                    const int asName = property ? 0 : 1;
                    if (const int rank = titleMetaRank(name, property); rank >= 0 && !value.isEmpty())
                        titles.push_back({rank * 2 + asName, value});
                    if (property && qstricmp(property, "og:title") == 0 && lm.ogTitle.isEmpty())
                        lm.ogTitle = value;
                    else if (alone && lm.publishedTime.isEmpty() && isPublishedMeta(name, property) && parsePageDateTime(value).isValid()) {
                        lm.publishedTime = value;
                        lm.publishedTimeIsPageDate = !property && name && qstricmp(name, "date") == 0;
                    }
                    else if (property && qstricmp(property, "article:modified_time") == 0 && lm.modifiedTime.isEmpty())
                        lm.modifiedTime = value;
                    else if (const int rank = authorMetaRank(name, property); rank >= 0) {
                        if (const QString writer = value.contains(u'/') ? QString() : bylineName(value); !writer.isEmpty())
                            authors.push_back({rank * 2 + asName, writer});
                    } else if (((property && qstricmp(property, "article:section") == 0)
                                || (name && (qstricmp(name, "parsely-section") == 0 || qstricmp(name, "article:section") == 0)))
                               && !value.isEmpty()) {
                        lm.sections.append(value);
                    } else if (property && qstricmp(property, "og:site_name") == 0 && lm.siteName.isEmpty())
                        lm.siteName = value;
                    else if (property && qstricmp(property, "og:url") == 0 && lm.pageUrl.isEmpty())
                        lm.pageUrl = value;
                    else if (property && qstricmp(property, "og:description") == 0 && !ogDescription) {
                        lm.description = value; // the social description wins over <meta name="description">
                        ogDescription = true;
                    } else if (name && qstricmp(name, "description") == 0 && lm.description.isEmpty()) {
                        lm.description = value;
                    } else if (name && qstricmp(name, "parsely-metadata") == 0) {
                        readParselyMetadata(value, titles, authors);
                    }
                };
                for (const char *attr : {"property", "name"}) {
                    const char *names = attribute(n, attr);
                    if (!names)
                        continue;
                    const QByteArrayList tokens = QByteArray(names).simplified().split(' ');
                    for (const QByteArray &token : tokens) {
                        if (!token.isEmpty())
                            readName(attr[0] == 'n' ? token.constData() : nullptr, attr[0] == 'p' ? token.constData() : nullptr,
                                     token == names);
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
                bool logo = false;
                for (const GumboNode *a = n; a && isElement(a) && !logo; a = a->parent)
                    logo = anyClassOrIdToken(a, [](std::string_view t) { return t.find("logo") != std::string_view::npos; });
                // Any image in the page's header, unless it is the writer's photo in a story's header (its box named
                // for the author, the byline or the credit: "ACredit-Image"), which shows a person, not the site.
                if (!logo && (flags & 1)) {
                    logo = true;
                    for (const GumboNode *a = n; a && isElement(a) && logo && a->v.element.tag != GUMBO_TAG_HEADER; a = a->parent)
                        logo = !anyClassOrIdToken(a, [](std::string_view t) { return isWriterBoxWord(t); });
                }
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
    lm.metaTitles = inRankOrder(std::move(titles));
    lm.metaAuthors = inRankOrder(writersTogether(std::move(authors)));
    if (!lm.metaAuthors.isEmpty())
        lm.metaAuthor = lm.metaAuthors.front();
    return lm;
}

} // namespace html
} // namespace md
