// HTML pages through gumbo: ticker, article and comments from the page's own structure.
#include "core/parse/htmlsnapshotparser.h"

#include "core/parse/articlerules.h"
#include "core/parse/commentparser.h"
#include "core/parse/htmlblocks.h"
#include "core/parse/htmlprescan.h"
#include "core/parse/htmltree.h"
#include "core/parse/marketline.h"
#include "core/parse/pagedate.h"
#include "core/wording.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cstring>

namespace md {
namespace {

using namespace html;

// Gumbo's tree takes 8 to 60 bytes per byte of markup here (dense tiny elements cost the most); much more
// means markup built to blow up.
size_t memoryBudgetFor(qsizetype markupBytes)
{
    return size_t(128) * 1024 * 1024 + size_t(markupBytes) * 96;
}

// When the caller sets no deadline for the page: gumbo reads 10 to 40 MB of markup a second here (25 to
// 100 ms per MB); three times the slowest, plus three seconds, means markup built to be slow.
qint64 fallbackTimeBudgetMsFor(qsizetype markupBytes)
{
    return 3000 + qint64(markupBytes) * 300 / (1024 * 1024);
}

// Sub-headings marked up as short bold-only paragraphs; longer bold lines are emphasis, not headings.
constexpr int kMaxBoldSubheadingWords = 12;

QString textOf(const GumboNode *node, bool spaced = false)
{
    return normalisedText(subtreeText(node, spaced));
}

bool attributeEquals(const GumboNode *node, const char *name, const char *value)
{
    const char *v = attribute(node, name);
    return v && qstricmp(v, value) == 0;
}

// ---------------------------------------------------------------------------------------------------
// One pass over the whole tree finds everything later steps start from.

struct Landmarks
{
    const GumboNode *storyContent = nullptr; // div.story__content
    const GumboNode *article = nullptr;      // article.story, else the first <article>
    const GumboNode *articleBody = nullptr;  // [itemprop=articleBody]
    const GumboNode *main = nullptr;
    const GumboNode *comments = nullptr;     // section.comments
    const GumboNode *mastheadDate = nullptr; // <span title="Today's Date">
    // Ticker rows in document order: children of a ticker strip, and the screen-reader spans ("Increased
    // By") whose row is resolved later (the span may sit in the row or in one of its cells).
    std::vector<const GumboNode *> tickerRows;
    QSet<const GumboNode *> directionSpans;
    std::vector<std::string> jsonLd;
    QString ogTitle;
    QString publishedTime; // article:published_time
    QString modifiedTime;  // article:modified_time
    QString metaAuthor;
    QString siteName;  // og:site_name
    QString pageUrl;   // og:url, else <link rel=canonical>
    QString titleText; // <title>
    const GumboNode *headerDate = nullptr; // a date in the page's own header, outside any article
    QString logoName;  // the alternative text of the logo image in the page's header ("Mettis Global News")
    int deepest = 0;
};

bool isDirectionPhrase(const QString &text)
{
    return text.compare(QLatin1String("Increased By"), Qt::CaseInsensitive) == 0
        || text.compare(QLatin1String("Decreased By"), Qt::CaseInsensitive) == 0
        || text.compare(QLatin1String("No Change"), Qt::CaseInsensitive) == 0;
}

bool isTickerContainer(const GumboNode *node)
{
    return anyClassOrIdToken(node, [](std::string_view t) {
        return t == "js-ticker" || t == "ticker" || (t.size() > 6 && t.compare(0, 7, "ticker_") == 0)
            || (t.size() > 6 && t.compare(0, 7, "ticker-") == 0);
    });
}

bool isTodaysDate(const char *title)
{
    if (!title)
        return false;
    const QString t = QString::fromUtf8(title).simplified();
    return t.compare(QLatin1String("Today's Date"), Qt::CaseInsensitive) == 0
        || t.compare(QStringLiteral("Today\u2019s Date"), Qt::CaseInsensitive) == 0;
}

bool isPageHeaderBox(const GumboNode *n)
{
    return anyClassOrIdToken(n, [](std::string_view t) {
        return t.find("header") != std::string_view::npos || t.find("masthead") != std::string_view::npos;
    });
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

Landmarks findLandmarks(const GumboNode *root)
{
    Landmarks lm;
    QSet<const GumboNode *> tickerContainers;
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
                    else if (property && qstricmp(property, "article:published_time") == 0 && lm.publishedTime.isEmpty())
                        lm.publishedTime = value;
                    else if (property && qstricmp(property, "article:modified_time") == 0 && lm.modifiedTime.isEmpty())
                        lm.modifiedTime = value;
                    else if (name && qstricmp(name, "author") == 0 && lm.metaAuthor.isEmpty())
                        lm.metaAuthor = value;
                    else if (property && qstricmp(property, "og:site_name") == 0 && lm.siteName.isEmpty())
                        lm.siteName = value;
                    else if (property && qstricmp(property, "og:url") == 0 && lm.pageUrl.isEmpty())
                        lm.pageUrl = value;
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
                if (!lm.article || (!hasClass(lm.article, "story") && hasClass(n, "story")))
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
                if (!lm.storyContent && hasClass(n, "story__content"))
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
            if (!lm.articleBody && attributeEquals(n, "itemprop", "articleBody"))
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

// ---------------------------------------------------------------------------------------------------
// Ticker

bool hasLink(const GumboNode *row)
{
    bool found = false;
    walk(
        row,
        [&](const GumboNode *n) {
            if (found || !isElement(n))
                return false;
            if (n->v.element.tag == GUMBO_TAG_A && attribute(n, "href"))
                found = true;
            return !found;
        },
        [](const GumboNode *) {});
    return found;
}

// +1 for a text-green-… class on the row or inside it, -1 for text-red-…, 0 when neither.
int colourHint(const GumboNode *row)
{
    int hint = 0;
    walk(
        row,
        [&](const GumboNode *n) {
            if (hint != 0 || !isElement(n))
                return false;
            anyClassOrIdToken(n, [&](std::string_view t) {
                if (t.compare(0, 11, "text-green-") == 0)
                    hint = 1;
                else if (t.compare(0, 9, "text-red-") == 0)
                    hint = -1;
                return hint != 0;
            });
            return hint == 0;
        },
        [](const GumboNode *) {});
    return hint;
}

constexpr int kNoDirectionWords = 2;

// +1 "Increased By", -1 "Decreased By", 0 "No Change", kNoDirectionWords when the row has none.
int directionWords(const QString &line)
{
    if (line.contains(QLatin1String("Increased By"), Qt::CaseInsensitive))
        return 1;
    if (line.contains(QLatin1String("Decreased By"), Qt::CaseInsensitive))
        return -1;
    if (line.contains(QLatin1String("No Change"), Qt::CaseInsensitive))
        return 0;
    return kNoDirectionWords;
}

// The flattened text of a row, with the direction words the row's colour implies when it has none.
QString rowLine(const GumboNode *row, int *words, int *hint)
{
    QString line = textOf(row, true);
    *hint = colourHint(row);
    *words = directionWords(line);
    if (*words == kNoDirectionWords && *hint != 0) {
        // No screen-reader words: the row's colour says which way it moved.
        const QStringList parts = line.split(u' ');
        if (parts.size() >= 3) {
            line = parts.mid(0, 2).join(u' ') + (*hint > 0 ? QStringLiteral(" Increased By ") : QStringLiteral(" Decreased By "))
                + parts.mid(2).join(u' ');
        }
    }
    return line;
}

// The row a screen-reader span belongs to: its parent, or (when the span sits in a cell) the nearest of
// a few ancestors whose text reads as a ticker row. line, words and hint are those of the row.
const GumboNode *rowOfDirectionSpan(const GumboNode *span, QString *line, int *words, int *hint)
{
    const GumboNode *row = span->parent;
    for (int level = 0; level < 3 && row && isElement(row); ++level, row = row->parent) {
        *line = rowLine(row, words, hint);
        if (parseMarketLine(*line))
            return row;
    }
    *line = rowLine(span->parent, words, hint);
    return span->parent;
}

void readTicker(const Landmarks &lm, Snapshot &snapshot, const LoadLimits &limits)
{
    struct Row
    {
        QString line;
        int words;
        int hint;
        bool linked;
        bool parses;
        bool viaWords;
    };
    std::vector<Row> found;
    QSet<const GumboNode *> done;
    for (const GumboNode *candidate : lm.tickerRows) {
        const bool viaWords = lm.directionSpans.contains(candidate);
        if (viaWords && done.contains(candidate->parent))
            continue; // its row was read as a child of the strip
        Row r{};
        const GumboNode *row = viaWords ? rowOfDirectionSpan(candidate, &r.line, &r.words, &r.hint) : candidate;
        if (done.contains(row))
            continue;
        if (!viaWords)
            r.line = rowLine(row, &r.words, &r.hint);
        if (r.line.isEmpty())
            continue;
        r.parses = parseMarketLine(r.line).has_value();
        r.viaWords = viaWords;
        // Only a row with screen-reader direction words is surely a ticker row worth a warning.
        if (!r.parses && !viaWords)
            continue;
        r.linked = hasLink(row);
        done.insert(row);
        found.push_back(std::move(r));
    }
    // Business Recorder links each stock to its company page and not the indices: where a strip links some
    // rows, the rows without a link are indices. Elsewhere the index names decide.
    const bool linksMarkStocks = std::any_of(found.begin(), found.end(), [](const Row &r) { return r.parses && r.linked; });

    QStringList unread;
    QStringList colourDoubts;
    {
        MarketRowCollector rows(snapshot, limits.maxMarketRows);
        for (const Row &r : found) {
            if (!r.parses) {
                unread.append(r.line);
                continue;
            }
            rows.addLine(r.line, linksMarkStocks && !r.linked);
            if ((r.words == 1 || r.words == -1) && r.hint != 0 && r.hint != r.words) {
                colourDoubts.append(tr("%1 is coloured as %2 but says \"%3\"; the words were trusted.")
                                        .arg(r.line.section(u' ', 0, 0), r.hint > 0 ? tr("rising") : tr("falling"),
                                             r.words > 0 ? QStringLiteral("Increased By") : QStringLiteral("Decreased By")));
            }
        }
    }
    snapshot.warnings.append(colourDoubts);
    for (const QString &line : std::as_const(unread))
        snapshot.warnings.append(tr("A ticker row could not be read: \"%1\".").arg(line));
}

// ---------------------------------------------------------------------------------------------------
// Article metadata: JSON-LD NewsArticle, Open Graph, the story header.

struct ArticleMeta
{
    QString headline;
    QString author;
    bool authorIsOrganization = false; // the author object is an Organization: the publisher, or a desk
    Timestamp published;
    Timestamp modified;
    QStringList siteNames; // the publisher's and the site's names (Organization, WebSite, publisher)
    bool found = false;
};

// "&amp;", "&#8217;" and the like, which some sites leave in JSON-LD strings.
QString unescapeEntities(QString text)
{
    if (!text.contains(u'&'))
        return text;
    static const QRegularExpression entity(QStringLiteral("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos|nbsp);"));
    QString out;
    qsizetype last = 0;
    auto it = entity.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        const QString name = m.captured(1);
        char32_t cp = 0;
        if (name.startsWith(QLatin1String("#x")) || name.startsWith(QLatin1String("#X")))
            cp = name.mid(2).toUInt(nullptr, 16);
        else if (name.startsWith(u'#'))
            cp = name.mid(1).toUInt();
        else if (name == QLatin1String("amp"))
            cp = u'&';
        else if (name == QLatin1String("lt"))
            cp = u'<';
        else if (name == QLatin1String("gt"))
            cp = u'>';
        else if (name == QLatin1String("quot"))
            cp = u'"';
        else if (name == QLatin1String("apos"))
            cp = u'\'';
        else
            cp = 0xA0;
        if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            cp = 0xFFFD;
        out += QString::fromUcs4(&cp, 1);
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

QString jsonText(const QJsonValue &value)
{
    return normalisedText(unescapeEntities(value.toString()).toStdString());
}

// The names of the author value: objects by their name, or by the name of the node their "@id" points to.
QString authorNames(const QJsonValue &value, const QHash<QString, QString> &namesById, bool *organization)
{
    QStringList names;
    const QJsonArray list = value.isArray() ? value.toArray() : QJsonArray{value};
    for (const QJsonValue &v : list) {
        QString name;
        if (v.isObject()) {
            const QJsonObject o = v.toObject();
            name = jsonText(o.value(QLatin1String("name")));
            if (name.isEmpty())
                name = namesById.value(o.value(QLatin1String("@id")).toString());
            const QString type = o.value(QLatin1String("@type")).toString();
            if (type == QLatin1String("Organization") || type == QLatin1String("NewsMediaOrganization"))
                *organization = true;
        } else {
            name = jsonText(v);
        }
        if (!name.isEmpty() && !names.contains(name))
            names.append(name);
    }
    return names.join(QLatin1String(", "));
}

bool isArticleType(const QJsonValue &type)
{
    const QJsonArray types = type.isArray() ? type.toArray() : QJsonArray{type};
    for (const QJsonValue &t : types) {
        const QString name = t.toString();
        if (name.endsWith(QLatin1String("Article")) || name == QLatin1String("BlogPosting")
            || name == QLatin1String("LiveBlogPosting"))
            return true;
    }
    return false;
}

bool isOrganizationType(const QJsonValue &type)
{
    const QJsonArray types = type.isArray() ? type.toArray() : QJsonArray{type};
    for (const QJsonValue &t : types) {
        const QString name = t.toString();
        if (name.endsWith(QLatin1String("Organization")) || name == QLatin1String("WebSite"))
            return true;
    }
    return false;
}

// Finds the first article object in a JSON-LD value (plain, in an array, or in "@graph"); iterative. Every
// node is looked at: a Yoast "@graph" names the author in a Person node the article points to by "@id", and
// the site in Organization and WebSite nodes.
bool findJsonLdArticle(const QJsonValue &top, ArticleMeta &meta)
{
    std::vector<QJsonValue> pending{top};
    QHash<QString, QString> namesById;
    QJsonObject article;
    bool found = false;
    int visited = 0;
    while (!pending.empty() && ++visited < 10000) {
        const QJsonValue v = pending.back();
        pending.pop_back();
        if (v.isArray()) {
            const QJsonArray a = v.toArray();
            for (qsizetype i = a.size() - 1; i >= 0; --i)
                pending.push_back(a.at(i));
            continue;
        }
        if (!v.isObject())
            continue;
        const QJsonObject o = v.toObject();
        const QString id = o.value(QLatin1String("@id")).toString();
        const QString name = jsonText(o.value(QLatin1String("name")));
        if (!id.isEmpty() && !name.isEmpty())
            namesById.insert(id, name);
        if (isOrganizationType(o.value(QLatin1String("@type"))) && !name.isEmpty())
            meta.siteNames.append(name);
        if (!found && isArticleType(o.value(QLatin1String("@type")))) {
            found = true;
            article = o;
            const QJsonValue publisher = o.value(QLatin1String("publisher"));
            if (publisher.isObject() && publisher.toObject().contains(QLatin1String("name")))
                meta.siteNames.append(jsonText(publisher.toObject().value(QLatin1String("name"))));
        }
        if (o.contains(QLatin1String("@graph")))
            pending.push_back(o.value(QLatin1String("@graph")));
    }
    if (!found)
        return false;
    meta.found = true;
    meta.headline = jsonText(article.value(QLatin1String("headline")));
    meta.author = authorNames(article.value(QLatin1String("author")), namesById, &meta.authorIsOrganization);
    meta.published = parsePageDateTime(article.value(QLatin1String("datePublished")).toString().trimmed());
    meta.modified = parsePageDateTime(article.value(QLatin1String("dateModified")).toString().trimmed());
    return true;
}

ArticleMeta readJsonLd(const std::vector<std::string> &scripts, QStringList &warnings)
{
    ArticleMeta meta;
    bool unreadable = false;
    for (const std::string &script : scripts) {
        // Raw line breaks inside strings are common in hand-made JSON-LD and invalid JSON.
        QByteArray json(script.data(), qsizetype(script.size()));
        for (char &c : json) {
            if (static_cast<unsigned char>(c) < 0x20)
                c = ' ';
        }
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
        if (error.error != QJsonParseError::NoError) {
            unreadable = true;
            continue;
        }
        const QJsonValue top = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
        if (findJsonLdArticle(top, meta))
            return meta;
    }
    if (unreadable)
        warnings.append(tr("The page's structured data (JSON-LD) could not be read; the article details were taken "
                           "from the page itself."));
    return meta;
}

struct StoryHeader
{
    const GumboNode *storyTitle = nullptr; // h1.story__title
    const GumboNode *firstH1 = nullptr;
    const GumboNode *byline = nullptr;     // .story__byline
    const GumboNode *authorLink = nullptr; // a[rel=author]
    const GumboNode *storyTime = nullptr;  // .story__time
    const GumboNode *time = nullptr;       // time[datetime]
};

// Navigation, sidebars, related and "most popular" boxes, comments: lists of other stories.
bool isOtherStories(const GumboNode *n)
{
    const GumboTag tag = n->v.element.tag;
    if (tag == GUMBO_TAG_NAV || tag == GUMBO_TAG_ASIDE || tag == GUMBO_TAG_FOOTER || isRelatedBox(n))
        return true;
    return anyClassOrIdToken(n, [](std::string_view t) {
        return t.find("comment") != std::string_view::npos || t.find("popular") != std::string_view::npos
            || t.find("trending") != std::string_view::npos || t.find("most-read") != std::string_view::npos;
    });
}

StoryHeader findStoryHeader(const GumboNode *scope)
{
    StoryHeader h;
    walk(
        scope,
        [&](const GumboNode *n) {
            if (!isElement(n))
                return false;
            const GumboTag tag = n->v.element.tag;
            if (tag == GUMBO_TAG_H1) {
                if (!h.firstH1)
                    h.firstH1 = n;
                if (!h.storyTitle && hasClass(n, "story__title"))
                    h.storyTitle = n;
            }
            if (!h.byline && hasClass(n, "story__byline"))
                h.byline = n;
            if (!h.authorLink && tag == GUMBO_TAG_A && attributeEquals(n, "rel", "author"))
                h.authorLink = n;
            if (!h.storyTime && hasClass(n, "story__time"))
                h.storyTime = n;
            if (!h.time && tag == GUMBO_TAG_TIME && attribute(n, "datetime"))
                h.time = n;
            // Boxes of other stories have their own titles and times.
            return n == scope || !isOtherStories(n);
        },
        [](const GumboNode *) {});
    return h;
}

QString bylineName(QString text)
{
    static const QRegularExpression by(QStringLiteral(R"(^by\s+)"), QRegularExpression::CaseInsensitiveOption);
    text.remove(by);
    return text.trimmed();
}

// ---------------------------------------------------------------------------------------------------
// Article body

// The element whose own <p> children hold the most text: the body of a page without known markup.
const GumboNode *densestParagraphParent(const GumboNode *root)
{
    QHash<const GumboNode *, qsizetype> score;
    walk(
        root,
        [&](const GumboNode *n) {
            if (!isElement(n) || isPageChrome(n, ChromePolicy::Article))
                return false;
            if (n->v.element.tag == GUMBO_TAG_P) {
                if (n->parent)
                    score[n->parent] += qsizetype(subtreeText(n, false).size());
                return false;
            }
            return true;
        },
        [](const GumboNode *) {});
    const GumboNode *best = nullptr;
    qsizetype bestScore = 200; // less than a paragraph or two is not an article
    for (auto it = score.cbegin(); it != score.cend(); ++it) {
        if (it.value() > bestScore) {
            best = it.key();
            bestScore = it.value();
        }
    }
    return best;
}

bool isStoryLink(const GumboNode *link)
{
    const char *href = attribute(link, "href");
    return href && std::strstr(href, "/news/") != nullptr;
}

// "Read more:", "Also read" and the like before a related story's link.
bool isRelatedLead(const QString &text)
{
    if (text.isEmpty())
        return true;
    static const QRegularExpression lead(QStringLiteral(R"(^(?:read more|also read|read also|related|see also)\s*[:\-–]?$)"),
                                         QRegularExpression::CaseInsensitiveOption);
    return lead.match(text).hasMatch();
}

// "Also Read: Gold slips as dollar firms" (a heading or line with no link): the story named after the lead.
QString relatedByLead(const QString &text)
{
    static const QRegularExpression lead(QStringLiteral(R"(^(?:read more|also read|read also|related|see also|read)\s*:\s*(.+)$)"),
                                         QRegularExpression::CaseInsensitiveOption);
    const auto m = lead.match(text);
    if (!m.hasMatch() || !looksLikeHeadline(m.captured(1)))
        return {};
    return m.captured(1);
}

void readArticleBody(const HtmlBlocks &collected, Article &article, QStringList &warnings)
{
    auto addRelated = [&](const QString &headline) {
        if (!headline.isEmpty() && !article.related.contains(headline))
            article.related.append(headline);
    };
    static const QRegularExpression blankLine(QStringLiteral("\\n\\s*\\n"));
    for (const HtmlBlock &block : collected.blocks) {
        if (block.isTable) {
            ArticleBlock table;
            table.kind = ArticleBlock::Kind::Table;
            table.text = normalisedText(block.text);
            // Untitled: the sub-heading right before it is its title ("Top Volumes").
            if (table.text.isEmpty() && !article.blocks.isEmpty() && article.blocks.last().kind == ArticleBlock::Kind::Subheading)
                table.text = article.blocks.takeLast().text;
            for (const auto &row : block.tableRows) {
                QStringList cells;
                for (const std::string &cell : row)
                    cells.append(normalisedText(cell));
                if (table.header.isEmpty())
                    table.header = cells;
                else
                    table.rows.append(cells);
            }
            article.blocks.append(table);
            continue;
        }
        if (block.headingLevel > 0) {
            const QString text = normalisedText(block.text);
            if (const QString story = relatedByLead(text); !story.isEmpty()) {
                addRelated(story);
                continue;
            }
            if (!text.isEmpty())
                article.blocks.append({ArticleBlock::Kind::Subheading, text});
            continue;
        }
        // Paragraphs set apart only by <br><br> (text straight in a <div>) are separate paragraphs.
        const QString raw = QString::fromUtf8(block.text.data(), qsizetype(block.text.size()));
        const QStringList pieces = raw.split(blankLine, Qt::SkipEmptyParts);
        if (pieces.size() > 1) {
            for (const QString &piece : pieces) {
                const QString text = normalisedText(piece.toStdString());
                if (!text.isEmpty() && !isArticleFooter(text))
                    article.blocks.append({ArticleBlock::Kind::Paragraph, text});
            }
            continue;
        }
        const QString text = normalisedText(block.text);
        if (text.isEmpty())
            continue;
        const QString lead = normalisedText(block.outsideLink);
        if (block.onlyLink && ((isStoryLink(block.onlyLink) && isRelatedLead(lead)) || (!lead.isEmpty() && isRelatedLead(lead)))) {
            addRelated(textOf(block.onlyLink));
            continue;
        }
        if (const QString story = relatedByLead(text); !story.isEmpty()) {
            addRelated(story);
            continue;
        }
        if (block.boldOnly && !endsLikeSentence(text) && countWords(text) <= kMaxBoldSubheadingWords) {
            article.blocks.append({ArticleBlock::Kind::Subheading, text});
            continue;
        }
        if (isArticleFooter(text))
            continue;
        article.blocks.append({ArticleBlock::Kind::Paragraph, text});
    }
    for (const GumboNode *link : collected.relatedLinks) {
        if (isStoryLink(link))
            addRelated(textOf(link));
    }
    // A "Related" / "Also read" heading between paragraphs heads a link box, not the text.
    for (qsizetype i = article.blocks.size() - 1; i >= 0; --i) {
        if (article.blocks[i].kind == ArticleBlock::Kind::Subheading && isRelatedLead(article.blocks[i].text))
            article.blocks.remove(i);
    }
    // A heading before the first paragraph is a label over the text ("Fact or Fiction?"), not a sub-heading.
    while (!article.blocks.isEmpty() && article.blocks.first().kind == ArticleBlock::Kind::Subheading)
        article.blocks.removeFirst();
    // A sub-heading with no paragraph after it heads nothing.
    while (!article.blocks.isEmpty() && article.blocks.last().kind == ArticleBlock::Kind::Subheading) {
        warnings.append(tr("The line \"%1\" after the last paragraph was not taken as article text.")
                            .arg(article.blocks.last().text));
        article.blocks.removeLast();
    }
    // The lead paragraph starts with the dateline ("KARACHI: ..."); a standfirst may come before it.
    int paragraphsSeen = 0;
    for (const ArticleBlock &b : std::as_const(article.blocks)) {
        if (b.kind != ArticleBlock::Kind::Paragraph)
            continue;
        article.dateline = datelineOf(b.text);
        if (!article.dateline.isEmpty() || ++paragraphsSeen == 2)
            break;
    }
}

const GumboNode *enclosingArticle(const GumboNode *node)
{
    for (const GumboNode *n = node; n; n = n->parent) {
        if (tagOf(n) == GUMBO_TAG_ARTICLE)
            return n;
    }
    return nullptr;
}

// ---------------------------------------------------------------------------------------------------
// The site's own name, which is never an author and is cut from titles.

// Letters and digits only, lower-cased: "DAWN.COM" → "dawncom", "Geo News" → "geonews".
QString nameKey(QStringView text)
{
    QString key;
    key.reserve(text.size());
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            key.append(c.toLower());
    }
    return key;
}

struct SiteNames
{
    QStringList keys;
    QStringList shortened; // the name with a run of its words cut to initials: "Mettis Global News" → "mgnews"

    void add(QStringView name)
    {
        // "MG News" for "Mettis Global News": a byline may print the site's name with its first words as
        // initials. Matched whole, never by prefix ("BR Research" is a desk, not "Business Recorder").
        const QStringList words = name.toString().split(u' ', Qt::SkipEmptyParts);
        if (words.size() >= 2 && words.size() <= 6) {
            for (qsizetype from = 0; from < words.size(); ++from) {
                for (qsizetype to = from + 2; to <= words.size(); ++to) {
                    QString key;
                    for (qsizetype w = 0; w < words.size(); ++w) {
                        if (w >= from && w < to)
                            key += words[w].front().toLower();
                        else
                            key += nameKey(words[w]);
                    }
                    shortened.append(key);
                }
            }
        }
        QString key = nameKey(name);
        for (const char *tail : {"com", "tv", "pk", "net", "org"}) {
            if (key.size() > 6 && key.endsWith(QLatin1String(tail)))
                keys.append(key.left(key.size() - qsizetype(std::strlen(tail))));
        }
        if (key.size() >= 2)
            keys.append(key);
    }

    // "Geo News" for geo.tv, "Profit" for "Profit by Pakistan Today", "The Express Tribune" for tribune.com.pk.
    bool matches(QStringView name) const
    {
        const QString k = nameKey(name);
        if (k.size() < 2)
            return false;
        if (shortened.contains(k))
            return true;
        // "MG News" for a site named "Mettis Global": its initials with a generic word after them.
        for (const char *tail : {"news", "online", "tv", "digital"}) {
            const qsizetype cut = qsizetype(std::strlen(tail));
            if (k.size() > cut + 1 && k.endsWith(QLatin1String(tail)) && shortened.contains(k.left(k.size() - cut)))
                return true;
        }
        // "Samaa Web Desk", "Dawn Report": the site's desk is a byline, not the site.
        const QString lower = name.trimmed().toString().toLower();
        for (const char *desk : {" desk", " report", " reporter", " correspondent", " staff", " bureau"}) {
            if (lower.endsWith(QLatin1String(desk)))
                return false;
        }
        for (const QString &key : keys) {
            if (k == key)
                return true;
            if (k.size() >= 4 && key.size() >= 4 && (k.startsWith(key) || key.startsWith(k)))
                return true;
            if (key.size() >= 5 && k.contains(key))
                return true;
        }
        return false;
    }
};

// The host's first label that is not "www": "https://www.thenews.com.pk/…" → "thenews".
QString hostName(const QString &url)
{
    qsizetype start = url.indexOf(QLatin1String("//"));
    if (start < 0)
        return {};
    start += 2;
    qsizetype end = start;
    while (end < url.size() && url[end] != u'/' && url[end] != u':' && url[end] != u'?')
        ++end;
    const QStringList labels = url.mid(start, end - start).split(u'.', Qt::SkipEmptyParts);
    for (const QString &label : labels) {
        if (label.compare(QLatin1String("www"), Qt::CaseInsensitive) != 0 && label.compare(QLatin1String("m"), Qt::CaseInsensitive) != 0)
            return label;
    }
    return {};
}

// A title split at its separators: "Headline - Business - Dawn" → {"Headline", "Business", "Dawn"}.
QStringList titleParts(const QString &title)
{
    static const QRegularExpression separator(QStringLiteral(R"(\s+[|\-\x{2013}\x{2014}:\x{00b7}]{1,2}\s+)"));
    return title.split(separator, Qt::SkipEmptyParts);
}

// The title without the site name (and the section before it) at either end, when a part names the site.
QString withoutSiteAffix(const QString &title, const SiteNames &site)
{
    QStringList parts = titleParts(title);
    if (parts.size() < 2)
        return title;
    bool cut = false;
    if (site.matches(parts.last())) {
        parts.removeLast();
        cut = true;
        // A section name before the site's ("- Business - Dawn"): short, no sentence in it.
        while (parts.size() > 1 && countWords(parts.last()) <= 2 && parts.last().size() <= 24)
            parts.removeLast();
    } else if (site.matches(parts.first())) {
        parts.removeFirst();
        cut = true;
    }
    if (!cut)
        return title;
    // Put back the separators inside the headline itself by cutting the original text.
    const QString &first = parts.first();
    const QString &last = parts.last();
    const qsizetype from = title.indexOf(first);
    const qsizetype to = title.lastIndexOf(last) + last.size();
    return from >= 0 && to > from ? title.mid(from, to - from).trimmed() : parts.join(u' ');
}

// ---------------------------------------------------------------------------------------------------
// The body where the page marks none: paragraphs scored by length, commas and links, the way a reader's
// eye finds the column of text (after Readability), then the column's parts gathered in order.

struct BodyScores
{
    QHash<const GumboNode *, double> score;   // paragraphs' weight, shared out to a few ancestors
    QHash<const GumboNode *, qsizetype> text; // text of good paragraphs under each element (and in each)
};

constexpr int kMinParagraphChars = 25;
constexpr int kMaxClimbLevels = 6;

qsizetype linkTextLength(const GumboNode *node)
{
    qsizetype n = 0;
    walk(
        node,
        [&](const GumboNode *c) {
            if (!isElement(c))
                return false;
            if (c->v.element.tag == GUMBO_TAG_A) {
                n += textOf(c).size();
                return false;
            }
            return true;
        },
        [](const GumboNode *) {});
    return n;
}

bool isShareWrapper(const GumboNode *n)
{
    const GumboTag tag = tagOf(n);
    return (tag == GUMBO_TAG_DIV || tag == GUMBO_TAG_SECTION) && anyClassOrIdToken(n, [](std::string_view t) {
               return t.find("share") != std::string_view::npos || t.find("social") != std::string_view::npos;
           });
}

// A paragraph of text: a <p>, or a box the page marks as one (`data-testid="paragraph-3"`, Reuters' divs).
bool isParagraphElement(const GumboNode *n)
{
    if (n->v.element.tag == GUMBO_TAG_P)
        return true;
    const char *testId = attribute(n, "data-testid");
    return testId && std::strncmp(testId, "paragraph", 9) == 0;
}

BodyScores scoreParagraphs(const GumboNode *root)
{
    BodyScores scores;
    walk(
        root,
        [&](const GumboNode *n) {
            if (!isElement(n))
                return false;
            // A share bar may wrap the whole story (its buttons beside the text): looked into, never taken.
            if (n != root && (isRelatedBox(n) || (isPageChrome(n, ChromePolicy::Article) && !isShareWrapper(n))))
                return false;
            if (!isParagraphElement(n))
                return true;
            const QString text = textOf(n);
            if (text.size() < kMinParagraphChars)
                return false;
            const qsizetype links = linkTextLength(n);
            if (links * 2 > text.size())
                return false;
            const double weight = 1.0 + double(text.count(u',')) + std::min(double(text.size()) / 100.0, 3.0);
            scores.text[n] += text.size();
            int level = 0;
            for (const GumboNode *a = n->parent; a && isElement(a); a = a->parent, ++level) {
                scores.text[a] += text.size();
                if (level == 0)
                    scores.score[a] += weight;
                else if (level == 1)
                    scores.score[a] += weight / 2;
                else if (level <= 4)
                    scores.score[a] += weight / (level * 3);
            }
            return false;
        },
        [](const GumboNode *) {});
    return scores;
}

// The element that holds the article's text, or nullptr when no paragraph reads like one.
const GumboNode *findBodyColumn(const BodyScores &scores)
{
    const GumboNode *best = nullptr;
    double bestScore = 0;
    for (auto it = scores.score.cbegin(); it != scores.score.cend(); ++it) {
        const GumboTag tag = tagOf(it.key());
        if (tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_HTML)
            continue;
        if (it.value() > bestScore || (it.value() == bestScore && best && it.key() < best)) {
            best = it.key();
            bestScore = it.value();
        }
    }
    if (!best)
        return nullptr;
    // A body split over several boxes (page-builder text widgets, one block per paragraph): climb to the
    // nearest ancestor that adds a good share of paragraphs of its own.
    for (;;) {
        const qsizetype own = scores.text.value(best);
        const GumboNode *up = best->parent;
        const GumboNode *found = nullptr;
        for (int level = 0; level < kMaxClimbLevels && up && isElement(up) && tagOf(up) != GUMBO_TAG_BODY; ++level, up = up->parent) {
            if (scores.text.value(up) > own) {
                found = up;
                break;
            }
        }
        if (!found || (scores.text.value(found) - own) * 10 < own * 3)
            break;
        best = found;
    }
    return best;
}

bool isTextTag(GumboTag tag)
{
    return tag == GUMBO_TAG_P || tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL || tag == GUMBO_TAG_BLOCKQUOTE
        || tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_TABLE || tag == GUMBO_TAG_DL;
}

// An italic line pointing at the video or post embedded right after it ("watch a report below").
bool isWhollyItalic(const GumboNode *paragraph);

// "Watch a report below", "video below": a pointer at a player the saved page no longer holds.
bool pointsAtVideo(const QString &text)
{
    static const QRegularExpression pointer(QStringLiteral(R"(\b(?:watch|video)\b.*\bbelow\b)"),
                                            QRegularExpression::CaseInsensitiveOption);
    return countWords(text) <= 25 && pointer.match(text).hasMatch();
}

bool introducesEmbed(const GumboNode *paragraph)
{
    if (tagOf(paragraph) != GUMBO_TAG_P)
        return false;
    const GumboNode *next = nullptr;
    const GumboVector &siblings = paragraph->parent->v.element.children;
    for (unsigned i = paragraph->index_within_parent + 1; i < siblings.length && !next; ++i) {
        if (isElement(childAt(siblings, i)))
            next = childAt(siblings, i);
    }
    if (!next)
        return isWhollyItalic(paragraph) && pointsAtVideo(textOf(paragraph)); // the player was not saved
    // The prescan leaves frames out, so the box's name may be all that is left of the player.
    bool embed = anyClassOrIdToken(next, [](std::string_view t) {
        return t.find("embed") != std::string_view::npos || t.find("video") != std::string_view::npos
            || t.find("player") != std::string_view::npos || t.find("youtube") != std::string_view::npos;
    });
    walk(
        next,
        [&](const GumboNode *n) {
            const GumboTag tag = tagOf(n);
            embed = embed || tag == GUMBO_TAG_IFRAME || tag == GUMBO_TAG_VIDEO || tag == GUMBO_TAG_EMBED || tag == GUMBO_TAG_OBJECT;
            return !embed && isElement(n);
        },
        [](const GumboNode *) {});
    return embed && isWhollyItalic(paragraph);
}

// Wholly in <em>/<i>: the text of the paragraph's only element child is all its text.
bool isWhollyItalic(const GumboNode *paragraph)
{
    const GumboVector &children = paragraph->v.element.children;
    const GumboNode *only = nullptr;
    for (unsigned i = 0; i < children.length; ++i) {
        const GumboNode *c = childAt(children, i);
        if (c->type == GUMBO_NODE_WHITESPACE)
            continue;
        if (only || !isElement(c))
            return false;
        only = c;
    }
    return only && (tagOf(only) == GUMBO_TAG_EM || tagOf(only) == GUMBO_TAG_I);
}

// A list of other stories: two or more headings that are each wholly a link (story cards with excerpts).
bool isStoryCardList(const GumboNode *box)
{
    int linkedHeadings = 0;
    walk(
        box,
        [&](const GumboNode *n) {
            if (!isElement(n) || linkedHeadings >= 2)
                return false;
            const GumboTag tag = n->v.element.tag;
            if (tag >= GUMBO_TAG_H2 && tag <= GUMBO_TAG_H6) {
                const qsizetype text = textOf(n).size();
                if (text > 0 && linkTextLength(n) == text)
                    ++linkedHeadings;
                return false;
            }
            return tag != GUMBO_TAG_P;
        },
        [](const GumboNode *) {});
    return linkedHeadings >= 2;
}

// The column's parts in order: those holding paragraphs, and headings or tables between them. Boxes with
// no paragraph of their own (ads, cards, share bars, widgets) are left out.
HtmlBlocks gatherBody(const GumboNode *column, const BodyScores &scores)
{
    HtmlBlocks out;
    std::vector<HtmlBlock> pending; // headings and tables waiting for the text that follows them
    auto append = [&](HtmlBlocks part, bool isContent) {
        if (isContent) {
            for (HtmlBlock &b : pending)
                out.blocks.push_back(std::move(b));
            pending.clear();
            for (HtmlBlock &b : part.blocks)
                out.blocks.push_back(std::move(b));
        } else {
            for (HtmlBlock &b : part.blocks)
                pending.push_back(std::move(b));
        }
        out.relatedLinks.insert(out.relatedLinks.end(), part.relatedLinks.begin(), part.relatedLinks.end());
    };
    const GumboVector &children = column->v.element.children;
    // Text straight in the column (lines set apart by <br>): the column is read whole, as it stands.
    for (unsigned i = 0; i < children.length; ++i) {
        const GumboNode *child = childAt(children, i);
        if (child->type == GUMBO_NODE_TEXT && normalisedText(child->v.text.text).size() >= kMinParagraphChars)
            return collectBlocks(column, ChromePolicy::Article, false);
    }
    for (unsigned i = 0; i < children.length; ++i) {
        const GumboNode *child = childAt(children, i);
        if (!isElement(child))
            continue;
        if (isRelatedBox(child)) {
            walk(
                child,
                [&](const GumboNode *n) {
                    if (tagOf(n) == GUMBO_TAG_A) {
                        out.relatedLinks.push_back(n);
                        return false;
                    }
                    return isElement(n);
                },
                [](const GumboNode *) {});
            continue;
        }
        if (isPageChrome(child, ChromePolicy::Article))
            continue;
        const GumboTag tag = child->v.element.tag;
        if (introducesEmbed(child))
            continue;
        if ((scores.text.value(child) > 0 && (isTextTag(tag) || !isStoryCardList(child))) || isTextTag(tag)) {
            append(collectBlocks(child, ChromePolicy::Article, false), true);
            continue;
        }
        HtmlBlocks part = collectBlocks(child, ChromePolicy::Article, false);
        const bool headingOrTable = std::all_of(part.blocks.begin(), part.blocks.end(),
                                                [](const HtmlBlock &b) { return b.headingLevel > 0 || b.isTable; });
        if (!part.blocks.empty() && headingOrTable && part.blocks.size() <= 2)
            append(std::move(part), false);
    }
    return out;
}

// ---------------------------------------------------------------------------------------------------
// The story's head: headline, byline, date and standfirst near the visible title.

// The visible title nearest before the body: the last <h1> before it (not the site's logo), else the last
// heading before it whose class says title; boxes of other stories, menus and footers are skipped.
// The site's logo set as an <h1>: the site's name, or a heading in the page header outside any story.
bool isLogoTitle(const GumboNode *h1, const SiteNames &site)
{
    if (site.matches(textOf(h1)))
        return true;
    bool inPageHeader = false;
    for (const GumboNode *a = h1->parent; a && isElement(a); a = a->parent) {
        const GumboTag tag = tagOf(a);
        if (tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN)
            return false;
        inPageHeader = inPageHeader || tag == GUMBO_TAG_HEADER || isPageHeaderBox(a);
    }
    return inPageHeader;
}

const GumboNode *visibleTitleBefore(const GumboNode *root, const GumboNode *body, const SiteNames &site)
{
    const GumboNode *lastH1 = nullptr;
    const GumboNode *firstH1 = nullptr;
    const GumboNode *titled = nullptr;
    bool passed = false;
    walk(
        root,
        [&](const GumboNode *n) {
            if (!isElement(n))
                return false;
            if (n == body)
                passed = true;
            const GumboTag tag = n->v.element.tag;
            if (n != root && isOtherStories(n))
                return false;
            if (tag == GUMBO_TAG_H1 && !isLogoTitle(n, site)) {
                if (!firstH1)
                    firstH1 = n;
                if (!passed)
                    lastH1 = n;
                return false;
            }
            if (!passed && (tag == GUMBO_TAG_H2 || tag == GUMBO_TAG_H3)
                && anyClassOrIdToken(n, [](std::string_view t) { return t.find("title") != std::string_view::npos; }))
                titled = n;
            return true;
        },
        [](const GumboNode *) {});
    return lastH1 ? lastH1 : titled ? titled : firstH1;
}

// Up to three levels above the title: the box that holds the title, byline, date and standfirst.
const GumboNode *storyHeadScope(const GumboNode *title)
{
    const GumboNode *scope = title;
    for (int level = 0; level < 3 && scope->parent && isElement(scope->parent) && tagOf(scope) != GUMBO_TAG_BODY; ++level)
        scope = scope->parent;
    return scope;
}

// Class and id tokens, and the names some sites give their parts in data attributes (BBC's
// data-component="byline-block", data-gu-name="standfirst").
template <typename Visit>
bool anyNameToken(const GumboNode *n, Visit &&visit)
{
    if (anyClassOrIdToken(n, visit))
        return true;
    for (const char *name : {"data-component", "data-gu-name", "data-testid"}) {
        if (const char *value = attribute(n, name)) {
            std::string lower(value);
            for (char &c : lower)
                c = (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
            if (visit(std::string_view(lower)))
                return true;
        }
    }
    return false;
}

bool isBylineBox(const GumboNode *n)
{
    if (attributeEquals(n, "rel", "author") || attributeEquals(n, "itemprop", "author"))
        return true;
    auto byline = [](std::string_view t) {
        return t.find("byline") != std::string_view::npos || t.find("auth") != std::string_view::npos
            || t.find("contributor") != std::string_view::npos || t.find("writer") != std::string_view::npos;
    };
    return anyNameToken(n, byline);
}

// A word of a class token: "meta" in "news-meta" and "entry_meta", not in "metadata".
bool hasTokenWord(std::string_view t, std::string_view word)
{
    for (size_t at = t.find(word); at != std::string_view::npos; at = t.find(word, at + 1)) {
        const size_t end = at + word.size();
        if ((at == 0 || t[at - 1] == '-' || t[at - 1] == '_') && (end == t.size() || t[end] == '-' || t[end] == '_'))
            return true;
    }
    return false;
}

// A date box, or the story's meta line ("news-meta", "entry-meta": "MG News | December 01, 2023 at 10:18 PM").
bool isDateText(const GumboNode *n)
{
    return tagOf(n) == GUMBO_TAG_TIME || anyClassOrIdToken(n, [](std::string_view t) {
               return t.find("date") != std::string_view::npos || t.find("time") != std::string_view::npos
                   || t.find("publish") != std::string_view::npos || t.find("posted") != std::string_view::npos
                   || hasTokenWord(t, "meta");
           });
}

bool isStandfirstBox(const GumboNode *n)
{
    return anyNameToken(n, [](std::string_view t) {
        for (const char *word : {"excerpt", "standfirst", "summary", "subtitle", "strapline", "dek", "short", "highlights"}) {
            size_t at = t.find(word);
            if (at == std::string_view::npos)
                continue;
            const size_t end = at + std::strlen(word);
            const bool startsWord = at == 0 || t[at - 1] == '-' || t[at - 1] == '_';
            const bool endsWord = end == t.size() || t[end] == '-' || t[end] == '_';
            if (startsWord && endsWord)
                return true;
        }
        return false;
    });
}

// A category page's link ("/business", "/category/psx/") named like its own path: a section, never an author.
bool isSectionLink(const GumboNode *n)
{
    for (const GumboNode *a = n; a && isElement(a); a = a->parent) {
        if (tagOf(a) != GUMBO_TAG_A)
            continue;
        QString href = QString::fromUtf8(attribute(a, "href") ? attribute(a, "href") : "");
        if (href.contains(QLatin1String("auth")) || href.contains(QLatin1String("writer")) || href.contains(QLatin1String("staff"))
            || href.contains(QLatin1String("profile")))
            return false;
        while (href.endsWith(u'/'))
            href.chop(1);
        return href.contains(QLatin1String("categor")) || nameKey(href.section(u'/', -1)) == nameKey(textOf(a));
    }
    return anyClassOrIdToken(n, [](std::string_view t) {
        return t.find("categor") != std::string_view::npos || t.find("section") != std::string_view::npos;
    });
}

// "By Omar Farooq | Published December 1, 2023" → "Omar Farooq"; empty when the line names nobody.
QString bylinePersonOf(const QString &line, const SiteNames &site, const QStringList &sections)
{
    static const QRegularExpression by(QStringLiteral(R"(^by\b[:\s]*)"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression separator(QStringLiteral(R"(\s*(?:[|\x{00b7}\x{2022}]|\s[-\x{2013}\x{2014}](?:\s|$))\s*)"));
    static const QRegularExpression stamp(QStringLiteral(R"(\b(?:published|updated|last updated|posted)\b.*$)"),
                                          QRegularExpression::CaseInsensitiveOption);
    for (QString piece : line.split(separator, Qt::SkipEmptyParts)) {
        piece.remove(by);
        piece.remove(stamp);
        piece = piece.trimmed();
        while (piece.endsWith(u',') || piece.endsWith(u'-'))
            piece.chop(1);
        piece = piece.trimmed();
        if (piece.isEmpty() || sections.contains(piece))
            continue;
        const bool hasDigit = std::any_of(piece.cbegin(), piece.cend(), [](QChar c) { return c.isDigit(); });
        if (hasDigit || countWords(piece) > 6 || site.matches(piece))
            return {};
        return piece;
    }
    return {};
}

constexpr int kMinStandfirstWords = 4;

bool isWhollyDate(const GumboNode *n)
{
    const QString text = textOf(n);
    return text.size() >= 8 && text.size() <= 40 && std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); })
        && parsePageDateTime(text).isValid();
}

// The writer's role or post beside a byline: class words `role`, `job`, `position`, `designation`.
bool isRoleBox(const GumboNode *n)
{
    return anyClassOrIdToken(n, [](std::string_view t) {
        return hasClassWord(t, "role") || hasClassWord(t, "job") || hasClassWord(t, "position") || hasClassWord(t, "designation");
    });
}

// A byline box with no name for it: a short line that starts "By" and a capital and does not end like a
// sentence (`<p>By <a>Erum Sheikh</a> | January 18, 2025</p>`).
bool isPrintedByline(const GumboNode *n)
{
    const GumboTag tag = tagOf(n);
    if (tag != GUMBO_TAG_P && tag != GUMBO_TAG_SPAN && tag != GUMBO_TAG_DIV)
        return false;
    const QString text = textOf(n);
    static const QRegularExpression by(QStringLiteral(R"(^By\s+\p{Lu})"));
    return text.size() <= 120 && countWords(text) <= 14 && !text.endsWith(u'.') && by.match(text).hasMatch();
}

struct StoryHead
{
    QString author;
    Timestamp published;
    QStringList summary;
};

// Reads the byline, the printed date and the standfirst in the title's box, before the body starts.
StoryHead readStoryHead(const GumboNode *title, const GumboNode *body, const SiteNames &site)
{
    StoryHead head;
    if (!title)
        return head;
    const GumboNode *scope = storyHeadScope(title);
    bool bodyHoldsTitle = false;
    for (const GumboNode *a = title; a && body; a = a->parent) {
        if (a == body)
            bodyHoldsTitle = true;
    }
    bool inBody = false;
    bool afterTitle = false;
    const GumboNode *titleSibling = nullptr; // the element right after the title
    walk(
        scope,
        [&](const GumboNode *n) {
            if (inBody || !isElement(n))
                return false;
            // The head ends where the body starts: the body's box, or its first paragraph when the box
            // holds the title too.
            if ((body && n == body && !bodyHoldsTitle)
                || (bodyHoldsTitle && afterTitle && tagOf(n) == GUMBO_TAG_P && !isStandfirstBox(n)
                    && textOf(n).size() >= kMinParagraphChars)) {
                inBody = true;
                return false;
            }
            if (n == title) {
                afterTitle = true;
                return false;
            }
            if (n != scope && (isOtherStories(n) || isRelatedBox(n) || isPageChrome(n, ChromePolicy::Comments)))
                return false;
            // The page's masthead (logo, login, the day's date) and boxes such as modals are not the story's head.
            if (n != scope && !isBylineBox(n) && (isBoxBesideArticle(n) || tagOf(n) == GUMBO_TAG_HEADER || isPageHeaderBox(n))) {
                bool holdsTitle = false;
                for (const GumboNode *a = title; a && !holdsTitle; a = a->parent)
                    holdsTitle = a == n;
                if (!holdsTitle)
                    return false;
            }
            if (afterTitle && !titleSibling && n->parent == title->parent)
                titleSibling = n;
            if (head.author.isEmpty() && (isBylineBox(n) || isPrintedByline(n)) && !isSectionLink(n)) {
                // A section's link inside the byline ("Business | By …") names no one.
                // The writer's role printed beside the name ("Business reporter, Lahore") is not the name.
                QStringList sections;
                QStringList roles;
                walk(
                    n,
                    [&](const GumboNode *c) {
                        if (tagOf(c) == GUMBO_TAG_A && isSectionLink(c))
                            sections.append(textOf(c));
                        if (isElement(c) && c != n && isRoleBox(c)) {
                            roles.append(textOf(c));
                            return false;
                        }
                        return isElement(c);
                    },
                    [](const GumboNode *) {});
                const HtmlBlocks lines = collectBlocks(n, ChromePolicy::Comments, true);
                for (const HtmlBlock &line : lines.blocks) {
                    QString text = normalisedText(line.text);
                    for (const QString &role : roles) {
                        if (!role.isEmpty())
                            text.replace(role, QString());
                    }
                    const QString name = bylinePersonOf(text.simplified(), site, sections);
                    if (!name.isEmpty()) {
                        head.author = name;
                        break;
                    }
                }
            }
            // A date box by name, the byline, or a span that is wholly a date (`<span class="dt">Mon, 14 Oct
            // 2024 18:22:05</span>` beside the source's name).
            if (!head.published.isValid()
                && (isDateText(n) || isBylineBox(n) || (tagOf(n) == GUMBO_TAG_SPAN && isWhollyDate(n)))) {
                if (const char *datetime = attribute(n, "datetime"))
                    head.published = parsePageDateTime(QString::fromUtf8(datetime).trimmed());
                static const QRegularExpression label(QStringLiteral(R"(^(?:last\s+)?(?:published|updated|posted)(?:\s+on)?\s*:?\s*)"),
                                                      QRegularExpression::CaseInsensitiveOption);
                static const QRegularExpression separator(QStringLiteral(R"(\s*[|\x{00b7}\x{2022}]\s*)"));
                // "Published December 1, 2023 | 3:18 pm": a date, with the time when it follows.
                QStringList pieces = textOf(n, true).split(separator, Qt::SkipEmptyParts);
                for (QString &piece : pieces)
                    piece = piece.remove(label).trimmed();
                for (qsizetype i = 0; i < pieces.size() && !head.published.isValid(); ++i) {
                    if (i + 1 < pieces.size())
                        head.published = parsePageDateTime(pieces[i] + u' ' + pieces[i + 1]);
                    if (!head.published.isValid())
                        head.published = parsePageDateTime(pieces[i]);
                    // The date printed twice, for screen readers and for the eye ("1 Dec 2023 1 Dec 2023"):
                    // the first whole date of three or four words.
                    const QStringList words = pieces[i].split(u' ', Qt::SkipEmptyParts);
                    for (qsizetype n = 3; n <= 4 && n < words.size() && !head.published.isValid(); ++n)
                        head.published = parsePageDateTime(QStringList(words.mid(0, n)).join(u' '));
                }
            }
            // A standfirst is sentences: lines of fewer than four words ("Copy short URL") are not.
            if (afterTitle && head.summary.isEmpty() && !isPageChrome(n, ChromePolicy::Article)
                && (isStandfirstBox(n) || (n == titleSibling && tagOf(n) == GUMBO_TAG_H2))) {
                if (tagOf(n) >= GUMBO_TAG_H2 && tagOf(n) <= GUMBO_TAG_H6) {
                    if (const QString line = textOf(n); countWords(line) >= kMinStandfirstWords)
                        head.summary.append(line);
                    return false;
                }
                for (const HtmlBlock &b : collectBlocks(n, ChromePolicy::Article, false).blocks) {
                    const QString line = normalisedText(b.text);
                    if (b.headingLevel == 0 && countWords(line) >= kMinStandfirstWords)
                        head.summary.append(line);
                }
                return false;
            }
            return true;
        },
        [](const GumboNode *) {});
    return head;
}

// When the story was last updated (JSON-LD dateModified, article:modified_time): the page was saved then or later.
Timestamp readArticle(const GumboNode *root, const Landmarks &lm, Snapshot &snapshot)
{
    Article &article = snapshot.article;
    const ArticleMeta meta = readJsonLd(lm.jsonLd, snapshot.warnings);

    SiteNames site;
    if (!lm.siteName.isEmpty())
        site.add(lm.siteName);
    if (const QString host = hostName(lm.pageUrl); !host.isEmpty())
        site.add(host);
    for (const QString &name : meta.siteNames)
        site.add(name);
    if (!lm.logoName.isEmpty())
        site.add(lm.logoName);

    // The body: the page's marked story text, else the column of paragraphs a reader would pick.
    const GumboNode *container = lm.storyContent ? lm.storyContent : lm.articleBody;
    HtmlBlocks bodyBlocks;
    if (container) {
        bodyBlocks = collectBlocks(container, ChromePolicy::Article, false);
    } else {
        const BodyScores scores = scoreParagraphs(root);
        container = findBodyColumn(scores);
        if (container) {
            bodyBlocks = gatherBody(container, scores);
        } else {
            container = lm.article ? lm.article : lm.main ? lm.main : densestParagraphParent(root);
            if (container)
                bodyBlocks = collectBlocks(container, ChromePolicy::Article, false);
        }
    }
    const GumboNode *storyRoot = container ? enclosingArticle(container) : lm.article;
    if (!storyRoot)
        storyRoot = lm.article;
    const StoryHeader header = findStoryHeader(storyRoot ? storyRoot : root);

    if (container)
        readArticleBody(bodyBlocks, article, snapshot.warnings);

    // The visible title: the story's <h1>, else the nearest title before the body.
    const GumboNode *h1 = header.storyTitle ? header.storyTitle : (storyRoot ? header.firstH1 : nullptr);
    if (h1 && h1 != header.storyTitle && isLogoTitle(h1, site))
        h1 = nullptr;
    const bool storyH1 = h1 != nullptr;
    if (!h1 && container && !article.blocks.isEmpty())
        h1 = visibleTitleBefore(root, container, site);
    const QString h1Text = h1 ? textOf(h1) : QString();
    // The title's other parts name the site and section: "Headline - Business - Dawn".
    if (!h1Text.isEmpty()) {
        for (const QString &title : {lm.titleText, lm.ogTitle}) {
            if (title.size() > h1Text.size() && title.contains(h1Text)) {
                const QStringList parts = titleParts(QString(title).replace(h1Text, QString()));
                if (!parts.isEmpty())
                    site.add(title.startsWith(h1Text) ? parts.last() : parts.first());
            } else if (const QStringList parts = titleParts(title); parts.size() >= 2) {
                // The same headline printed with other quotes or dashes: "Are car buyers finally coming back? |
                // The Express Tribune" beside the visible "Are car buyers ‘finally’ coming back?".
                if (nameKey(parts.first()) == nameKey(h1Text))
                    site.add(parts.last());
                else if (nameKey(parts.last()) == nameKey(h1Text))
                    site.add(parts.first());
            }
        }
    }
    const StoryHead head = readStoryHead(h1, container, site);

    const bool isStory = meta.found || !article.blocks.isEmpty() || header.storyTitle;
    if (isStory) {
        // Structured data's headline, unless it is the visible title cut short or with the site's name on.
        QString headline = meta.headline;
        if (!headline.isEmpty() && !h1Text.isEmpty()) {
            QString stem = headline;
            while (stem.endsWith(u'.') || stem.endsWith(QChar(0x2026)) || stem.endsWith(u' '))
                stem.chop(1);
            if ((h1Text.size() > headline.size() && h1Text.startsWith(stem))
                || (headline.contains(h1Text) && h1Text.size() * 2 >= headline.size()))
                headline = h1Text;
        }
        if (!headline.isEmpty())
            headline = withoutSiteAffix(headline, site);
        // The visible title as printed (typographic quotes and all) when structured data gives the same words;
        // and the story's visible title when structured data only repeats the social-media title (og:title),
        // which differs from it.
        const bool socialHeadline = !lm.ogTitle.isEmpty() && nameKey(headline) == nameKey(withoutSiteAffix(lm.ogTitle, site));
        if (!h1Text.isEmpty() && (nameKey(headline) == nameKey(h1Text) || (storyH1 && socialHeadline)))
            headline = h1Text;
        if (headline.isEmpty())
            headline = h1Text;
        if (headline.isEmpty())
            headline = withoutSiteAffix(lm.ogTitle, site);
        if (headline.isEmpty())
            headline = withoutSiteAffix(lm.titleText, site);
        article.headline = headline;
        article.summary = head.summary;
    }

    // Publication time: JSON-LD, article:published_time, <time datetime>, the printed story time, the date
    // printed by the byline.
    Timestamp published = meta.published;
    if (!published.isValid() && !lm.publishedTime.isEmpty())
        published = parsePageDateTime(lm.publishedTime);
    if (!published.isValid() && header.time)
        published = parsePageDateTime(QString::fromUtf8(attribute(header.time, "datetime")).trimmed());
    if (!published.isValid() && header.storyTime)
        published = parsePageDateTime(textOf(header.storyTime));
    if (!published.isValid())
        published = head.published;
    if (isStory)
        article.publishedAt = published;

    // Author: JSON-LD, the byline, the visible byline by the title, a rel=author link, <meta name="author">;
    // the site's own name is never the author.
    auto person = [&](const QString &name) { return site.matches(name) ? QString() : name; };
    QString author = person(meta.author);
    // Several authors are kept as the visible byline prints them ("A and B", "KENTA MORI and AMNA RIAZ"),
    // when it names every author structured data gives (and maybe more).
    if (!author.isEmpty() && !head.author.isEmpty() && head.author != author) {
        const QString printed = nameKey(head.author);
        bool covers = true;
        for (const QString &name : author.split(QLatin1String(", ")))
            covers = covers && printed.contains(nameKey(name));
        if (covers && printed.size() > nameKey(author).size() - 1)
            author = head.author;
    }
    if (author.isEmpty() && header.byline)
        author = person(bylineName(textOf(header.byline)));
    if (author.isEmpty())
        author = head.author;
    if (author.isEmpty() && header.authorLink)
        author = person(textOf(header.authorLink));
    if (author.isEmpty())
        author = person(lm.metaAuthor);
    if (isStory)
        article.author = author;

    if (isStory && !article.headline.isEmpty() && article.blocks.isEmpty())
        snapshot.warnings.append(tr("The page has a headline but no article text was found."));
    if (!isStory)
        return {};
    return meta.modified.isValid() ? meta.modified : parsePageDateTime(lm.modifiedTime);
}

// ---------------------------------------------------------------------------------------------------
// Comments

// "Dec 06, 2024 05:53pm" or "06 Dec, 2024 05:53pm" alone on a line.
bool isBareDateTime(const QString &line)
{
    if (line.size() > 40 || !line.contains(u':'))
        return false;
    static const char *const kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    const QStringView month = QStringView(line).left(3);
    const bool startsLikeDate = line.front().isDigit()
        || std::any_of(std::begin(kMonths), std::end(kMonths),
                       [&](const char *m) { return month.compare(QLatin1String(m), Qt::CaseInsensitive) == 0; });
    return startsLikeDate && parsePageDateTime(line).isValid();
}

void readComments(const Landmarks &lm, Snapshot &snapshot, const LoadLimits &limits)
{
    if (!lm.comments)
        return;
    const HtmlBlocks collected = collectBlocks(lm.comments, ChromePolicy::Comments, true);
    QStringList lines;
    for (const HtmlBlock &block : collected.blocks) {
        for (const auto &piece : QString::fromUtf8(block.text.data(), qsizetype(block.text.size())).split(u'\n')) {
            const QString line = normalisedText(piece.toStdString());
            if (line.isEmpty())
                continue;
            // Author and time in separate blocks: join them into the header line the comment grammar reads.
            if (isBareDateTime(line) && !lines.isEmpty() && lines.last().size() <= 80
                && !isCommentWidgetNoise(lines.last())) {
                lines.last() += u' ' + line;
                continue;
            }
            lines.append(line);
        }
    }
    snapshot.comments = parseCommentLines(lines, &snapshot.warnings, limits.maxComments);
}

} // namespace

QString parseHtmlSnapshot(const QString &html, Snapshot &snapshot, const LoadLimits &limits)
{
    const QByteArray utf8 = html.toUtf8();
    PrescannedHtml prescanned = prescanHtml(utf8, limits.maxNestingDepth);
    if (!prescanned.ok())
        return prescanned.error;

    if (limits.deadline.hasExpired())
        return parseBudgetExceededMessage(limits);

    HtmlTree tree;
    const size_t memoryBudget = memoryBudgetFor(prescanned.markup.size());
    const qint64 fallbackMs = fallbackTimeBudgetMsFor(prescanned.markup.size());
    const QDeadlineTimer deadline = limits.deadline.isForever() ? QDeadlineTimer(fallbackMs) : limits.deadline;
    switch (tree.parse(std::move(prescanned.markup), memoryBudget, deadline)) {
    case HtmlTree::Outcome::Parsed:
        break;
    case HtmlTree::Outcome::OutOfMemoryBudget:
        return tr("the page's markup would need more than %1 MB of memory to read").arg(memoryBudget / (1024 * 1024));
    case HtmlTree::Outcome::OutOfTimeBudget:
        if (!limits.deadline.isForever())
            return parseBudgetExceededMessage(limits);
        return tr("the page's markup is too convoluted to read in reasonable time (gave up after %1 s)")
            .arg(double(fallbackMs) / 1000.0);
    }

    const Landmarks lm = findLandmarks(tree.root());
    // The prescan's estimate errs high, so this holds; checked again on the real tree all the same.
    if (lm.deepest > limits.maxNestingDepth) {
        return tr("the page's markup is nested more than %1 levels deep, past the limit for a saved page")
            .arg(limits.maxNestingDepth);
    }

    readTicker(lm, snapshot, limits);
    const Timestamp updated = readArticle(tree.root(), lm, snapshot);
    readComments(lm, snapshot, limits);

    // The page's "today" date in its masthead: a title of "Today's Date", else a date box in the page header.
    for (const GumboNode *masthead : {lm.mastheadDate, lm.headerDate}) {
        if (!masthead || snapshot.capturedAt.isValid())
            continue;
        static const QRegularExpression weekday(QStringLiteral(R"(^(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)"),
                                                QRegularExpression::CaseInsensitiveOption);
        const Timestamp today = parsePageDateTime(textOf(masthead).remove(weekday));
        if (today.isValid())
            snapshot.capturedAt = today;
    }
    // The story's last update dates the story, not the page (core/capturetime.h weighs it).
    snapshot.article.updatedAt = updated;
    return {};
}

} // namespace md
