// The story's head: the visible title, the byline, the printed date and the standfirst around it.
#include "core/parse/htmlstoryhead.h"

#include "core/parse/articlerules.h"
#include "core/parse/htmlblocks.h"
#include "core/parse/htmlbyline.h"
#include "core/parse/htmlbody.h"
#include "core/parse/htmllandmarks.h"
#include "core/parse/pagedate.h"
#include "core/parse/sitemarkup.h"

#include <QRegularExpression>

#include <algorithm>
#include <cstring>
#include <limits>

namespace md {
namespace html {
namespace {

// Up to three levels above the title: the box that holds the title, byline, date and standfirst.
const GumboNode *storyHeadScope(const GumboNode *title)
{
    const GumboNode *scope = title;
    for (int level = 0; level < 3 && scope->parent && isElement(scope->parent) && tagOf(scope) != GUMBO_TAG_BODY; ++level)
        scope = scope->parent;
    return scope;
}

} // namespace

// A date box, or the story's meta line ("news-meta", "entry-meta", "postmeta": "MG News | December 01, 2023 at
// 10:18 PM"; "meta" a word of the token or its end, not in "metadata"), its info line ("article-info",
// "articleinfos"), the publication line, or Drupal's "submitted" line ("Submitted by … on …").
bool isDateText(const GumboNode *n)
{
    return tagOf(n) == GUMBO_TAG_TIME || anyClassOrIdToken(n, [](std::string_view t) {
               const auto endsWith = [&](std::string_view tail) {
                   return t.size() >= tail.size() && t.compare(t.size() - tail.size(), tail.size(), tail) == 0;
               };
               return t.find("date") != std::string_view::npos || t.find("time") != std::string_view::npos
                   || t.find("publish") != std::string_view::npos || t.find("posted") != std::string_view::npos
                   || t.find("publication") != std::string_view::npos || t.find("info") != std::string_view::npos
                   || t == "submitted" || hasClassWord(t, "meta") || endsWith("meta");
           });
}

namespace {

// The box microdata marks as the story's description (`itemprop="description"` in the article's scope), not a
// person's or an organisation's (a writer's biography in the byline's scope).
bool isDescribedStory(const GumboNode *n)
{
    if (tagOf(n) == GUMBO_TAG_META || !attributeEquals(n, "itemprop", "description"))
        return false;
    for (const GumboNode *a = n; a && isElement(a); a = a->parent) {
        if (attribute(a, "itemscope"))
            return !attributeEquals(a, "itemprop", "author") && !attributeEquals(a, "itemprop", "publisher");
    }
    return true;
}

bool isStandfirstBox(const GumboNode *n)
{
    if (isDescribedStory(n))
        return true;
    return anyNameToken(n, [](std::string_view t) {
        // A teaser's meta line ("teaser-small__metadata": the byline and date) is not its lead.
        for (const char *word : {"meta", "metadata", "byline", "author", "date", "info"}) {
            if (hasClassWord(t, word))
                return false;
        }
        // The lead's names in English and the words other languages' newsrooms use (Spanish "bajada", "copete",
        // Italian "sommario", "catenaccio", German "Vorspann", "Anriss", Dutch "ondertitel", Portuguese "resumo").
        for (const char *word : {"excerpt", "standfirst", "summary", "subtitle", "strapline", "dek", "short", "highlights",
                                 "intro", "teaser", "lead", "leader", "lede", "abstract", "chapo", "chapeau", "sumario", "entradilla",
                                 "subheading", "subheadline", "bajada", "copete", "sommario", "sottotitolo", "catenaccio",
                                 "vorspann", "anriss", "ondertitel", "resumo"}) {
            if (hasClassWord(t, word))
                return true;
        }
        // A word glued to the box's name, as camel-cased names read lower-cased ("ce_articleIntro").
        return t.size() > 5 && t.compare(t.size() - 5, 5, "intro") == 0;
    });
}

constexpr int kMinStandfirstWords = 4;
// Up to this many characters of raw text, a box holds no text of its own (a picture with its credit, a share bar).
constexpr size_t kLittleText = 60;

bool isLeadHeading(const GumboNode *n, bool sentence = true)
{
    const GumboTag tag = tagOf(n);
    if (tag < GUMBO_TAG_H2 || tag > GUMBO_TAG_H4)
        return false;
    const QString text = textOf(n);
    return sentence ? readsAsLead(text) : countWords(text) >= kMinLeadWords;
}

bool isLeadParagraph(const GumboNode *n)
{
    if (tagOf(n) != GUMBO_TAG_P)
        return false;
    const QString text = textOf(n);
    return readsAsLead(text) && linkTextLength(n) * 4 < text.size();
}

// The standfirst's lines in a box, a heading or a paragraph: sentences of four words or more; a heading in a
// box is the lead set large when it is a sentence, not the box's label. What the page prints beside its text where
// the lead goes (a notice such as the fee the site earns from its links, a date stamp, a picture's credit) is none,
// nor is a byline line.
QStringList standfirstLines(const GumboNode *n)
{
    QStringList lines;
    if (tagOf(n) >= GUMBO_TAG_H2 && tagOf(n) <= GUMBO_TAG_H6) {
        if (const QString line = textOf(n); countWords(line) >= kMinStandfirstWords)
            lines.append(line);
        return lines;
    }
    for (const HtmlBlock &b : collectBlocks(n, ChromePolicy::Article, false).blocks) {
        const QString line = normalisedText(b.text);
        if ((b.headingLevel == 0 || endsLikeSentence(line)) && countWords(line) >= kMinStandfirstWords
            && !isFurnitureLine(line) && !isBylineLine(line))
            lines.append(line);
    }
    return lines;
}

// A box with little text of its own: a picture with its credit, an ad slot, a share bar, an empty placeholder.
bool holdsLittleText(const GumboNode *n)
{
    if (isPageChrome(n, ChromePolicy::Article))
        return true;
    size_t seen = 0;
    walk(
        n,
        [&](const GumboNode *c) {
            if (seen > kLittleText)
                return false;
            if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_CDATA) {
                for (const char *p = c->v.text.text; *p; ++p)
                    seen += !(*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r');
                return false;
            }
            return isElement(c) && tagOf(c) != GUMBO_TAG_SCRIPT && tagOf(c) != GUMBO_TAG_STYLE && tagOf(c) != GUMBO_TAG_NOSCRIPT;
        },
        [](const GumboNode *) {});
    return seen <= kLittleText;
}

const GumboNode *previousElementSibling(const GumboNode *n)
{
    const GumboVector &siblings = n->parent->v.element.children;
    for (unsigned i = n->index_within_parent; i-- > 0;) {
        if (isElement(childAt(siblings, i)))
            return childAt(siblings, i);
    }
    return nullptr;
}

// The elements a date is printed in on a line of its own: `<p><em>10.11.2021</em></p>`, `<h3>21.01.2022</h3>`.
bool isDateLineTag(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_SPAN: case GUMBO_TAG_P: case GUMBO_TAG_EM: case GUMBO_TAG_STRONG: case GUMBO_TAG_SMALL:
    case GUMBO_TAG_B: case GUMBO_TAG_I: case GUMBO_TAG_DIV: case GUMBO_TAG_LI: case GUMBO_TAG_FONT:
    case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
        return true;
    default:
        return false;
    }
}

// A small box (a few child nodes): reading its text costs little.
bool isSmallBox(const GumboNode *n)
{
    return childrenOf(n).length <= 3;
}

// A short line that is mostly a date: the date with a word or three beside it ("Bonn, 11.10.2021", "31.01.2022
// 2. HBL", "1. Februar 2022, Daniel Dillenburg"); the date it holds, else an invalid Timestamp.
Timestamp mostlyDateOf(const GumboNode *n)
{
    const QString text = textOf(n);
    if (text.size() < 6 || text.size() > 60 || countWords(text) > 6
        || !std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); }))
        return {};
    return findDateIn(text);
}

} // namespace

namespace {

constexpr size_t kMaxPrintedTitleChars = 300;
// A box named for a header beside the title holding at most this much text is the story's head (its date and a
// print button), not the page's masthead.
constexpr qsizetype kMaxHeadBoxBesideTitleChars = 80;
constexpr int kMaxCrumbLevels = 8; // "Home › Health › Fitness › <h1>": each crumb's <span> inside the one before

// The page's path above the story ("Home › Health › <h1>Headline</h1>"): a box named for breadcrumbs or marked as
// schema.org's BreadcrumbList. A title set in it names the page for search engines; the story's head is where the
// title is printed again.
bool isBreadcrumbBox(const GumboNode *n)
{
    if (const char *type = attribute(n, "itemtype"); type && std::strstr(type, "BreadcrumbList"))
        return true;
    return anyClassOrIdToken(n, [](std::string_view t) { return t.find("breadcrumb") != std::string_view::npos; });
}

bool inBreadcrumbs(const GumboNode *n)
{
    for (int level = 0; n && isElement(n) && level < kMaxCrumbLevels; ++level, n = n->parent) {
        if (isBreadcrumbBox(n))
            return true;
    }
    return false;
}

// A box that is the breadcrumbs, or holds them as a child (`<nav><ol itemtype="…/BreadcrumbList">`).
bool holdsBreadcrumbs(const GumboNode *n)
{
    if (inBreadcrumbs(n))
        return true;
    const GumboVector &children = n->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        if (isElement(childAt(children, i)) && isBreadcrumbBox(childAt(children, i)))
            return true;
    }
    return false;
}

} // namespace

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

namespace {

// Visits the boxes of a story's head in `from`, in document order: after `after` when it is given (the title),
// up to `stop` (the body's box), or, when `stop` is `from` itself, up to the first box `endsHead` calls the body's
// prose; at most `budget` boxes after `after`. Lists of other stories, related boxes and comments are passed
// over. `take` returns true when a box gave what is looked for, which ends the walk; else its boxes are visited.
template <typename EndsHead, typename Take>
void walkStoryHeadBoxes(const GumboNode *from, const GumboNode *after, const GumboNode *stop, int budget,
                        EndsHead &&endsHead, Take &&take)
{
    bool passed = after == nullptr;
    bool done = false;
    walk(
        from,
        [&](const GumboNode *n) {
            if (done || !isElement(n))
                return false;
            if ((n != from && n == stop) || (passed && --budget < 0)) {
                done = true;
                return false;
            }
            if (n == after) {
                passed = true;
                return false;
            }
            if (stop == from && endsHead(n)) {
                done = true;
                return false;
            }
            if (n != from && (isOtherStories(n) || isRelatedBox(n) || isPageChrome(n, ChromePolicy::Comments)))
                return false;
            if (passed && n != from && take(n)) {
                done = true;
                return false;
            }
            return true;
        },
        [](const GumboNode *) {});
}

bool isProseParagraph(const GumboNode *n)
{
    return tagOf(n) == GUMBO_TAG_P && textOf(n).size() >= kMinParagraphChars;
}

// A paragraph set as a <div> of its own text (a blog editor's `<div style="text-align: justify;">…<br></div>`
// lines): a hundred characters of text directly in the box, not in its elements.
bool isProseDiv(const GumboNode *n)
{
    constexpr qsizetype kMinProseDivChars = 100;
    if (tagOf(n) != GUMBO_TAG_DIV)
        return false;
    qsizetype chars = 0;
    const GumboVector &children = n->v.element.children;
    for (unsigned i = 0; i < children.length && chars < kMinProseDivChars; ++i) {
        if (const GumboNode *c = childAt(children, i); c->type == GUMBO_NODE_TEXT)
            chars += QString::fromUtf8(c->v.text.text).simplified().size();
    }
    return chars >= kMinProseDivChars;
}

} // namespace

// The first byline box that names someone in `from` (walkStoryHeadBoxes), past the title, before the body's
// prose; a box named for the authors that names no one (a "follow the authors" bar) is looked into. With
// `printedOnly`, only a printed byline line counts (no title vouches for the head: a box merely named for an
// author may be a sidebar's).
QString firstBylineIn(const GumboNode *from, const GumboNode *after, const GumboNode *stop, const SiteNames &site,
                      bool printedOnly = false)
{
    QString author;
    // In the body's own box a box named for the byline may follow the lead ("<p><strong>lead…</strong></p>
    // <span class='entry-content__authors'>Von …</span>"): the head ends at the second paragraph of prose; a
    // printed "By" line only counts before the first.
    int paragraphs = 0;
    walkStoryHeadBoxes(
        from, after, stop, std::numeric_limits<int>::max(),
        [&](const GumboNode *n) {
            return (isProseParagraph(n) || isProseDiv(n)) && !isBylineBox(n) && !isPrintedByline(n) && ++paragraphs >= 2;
        },
        [&](const GumboNode *n) {
            if (((isBylineBox(n) && (!printedOnly || textOf(n).size() <= 40)) || (isPrintedByline(n) && paragraphs == 0)) && !isSectionLink(n))
                author = personInByline(n, site, true);
            return !author.isEmpty();
        });
    return author;
}

namespace {

// A box that prints the story's date: named for it (isDateText), or a small box wholly a date.
Timestamp dateInBox(const GumboNode *n)
{
    if (isDateText(n)) {
        if (const char *datetime = attribute(n, "datetime")) {
            if (const Timestamp t = parsePageDateTime(QString::fromUtf8(datetime).trimmed()); t.isValid())
                return t;
        }
        // A line, not a wrapper named "…-info" around the whole story: its text is not read.
        if (childrenOf(n).length > 10)
            return {};
        const QString text = textOf(n);
        return text.size() <= 120 ? findDateIn(text) : Timestamp();
    }
    if (isSmallBox(n) && isDateLineTag(tagOf(n)))
        return mostlyDateOf(n);
    return {};
}

// The first date box in `from` (walkStoryHeadBoxes), as firstBylineIn looks for a byline. The date sits near
// the title: three hundred boxes after it at most (the body may come before the title, and the walk would read
// the whole page).
Timestamp firstDateIn(const GumboNode *from, const GumboNode *after, const GumboNode *stop)
{
    Timestamp found;
    walkStoryHeadBoxes(from, after, stop, 300, isProseParagraph, [&](const GumboNode *n) {
        found = dateInBox(n);
        return found.isValid();
    });
    return found;
}

// A blog's date header over its posts ("<h2 class='date-header'>Samstag, 5. Oktober 2013</h2>" before the box
// that holds the post's title): the box right before the title or one of its boxes, up to five levels up,
// never the page's header (a box named for the date, like "date-header", is not one) or a list of other stories.
Timestamp dateRightBefore(const GumboNode *title)
{
    const GumboNode *at = title;
    for (int level = 0; level < 5 && at->parent && isElement(at->parent) && tagOf(at->parent) != GUMBO_TAG_BODY; ++level) {
        if (const GumboNode *previous = previousElementSibling(at)) {
            // A header box is the page's masthead unless it is named for the date itself ("date-header").
            if (tagOf(previous) != GUMBO_TAG_HEADER && (!isPageHeaderBox(previous) || isDateText(previous))
                && !isOtherStories(previous) && !isRelatedBox(previous)) {
                if (const Timestamp t = dateInBox(previous); t.isValid())
                    return t;
            }
        }
        at = at->parent;
    }
    return {};
}

} // namespace

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
                if (!h.firstH1 && !isLogoMarkup(n) && !inBreadcrumbs(n) && !headsALaterPart(n))
                    h.firstH1 = n;
                if (!h.storyTitle && hasClass(n, site::kStoryTitleClass))
                    h.storyTitle = n;
            }
            if (!h.byline && hasClass(n, site::kStoryBylineClass))
                h.byline = n;
            if (!h.authorLink && tag == GUMBO_TAG_A && attributeEquals(n, "rel", "author"))
                h.authorLink = n;
            if (!h.authorItem && attribute(n, "itemprop") && hasWord(attribute(n, "itemprop"), "author"))
                h.authorItem = n;
            if (!h.publisherItem && attribute(n, "itemprop") && hasWord(attribute(n, "itemprop"), "publisher") && attribute(n, "itemscope"))
                h.publisherItem = n;
            if (!h.storyTime && hasClass(n, site::kStoryTimeClass))
                h.storyTime = n;
            if (!h.time && tag == GUMBO_TAG_TIME && attribute(n, "datetime"))
                h.time = n;
            // Boxes of other stories have their own titles and times.
            return n == scope || !isOtherStories(n);
        },
        [](const GumboNode *) {});
    return h;
}

AuthorMarkup findAuthorMarkup(const GumboNode *root)
{
    AuthorMarkup found;
    walk(
        root,
        [&](const GumboNode *n) {
            if (!isElement(n) || (found.item && found.link))
                return false;
            // Not in the lists of other stories or in the comments: a sidebar may hold the blog's writer, and a
            // story's own <footer> its byline.
            const bool storyFooter = tagOf(n) == GUMBO_TAG_FOOTER && n->parent && tagOf(n->parent) == GUMBO_TAG_ARTICLE;
            if (n != root && tagOf(n) != GUMBO_TAG_ASIDE && !storyFooter && isOtherStories(n))
                return false;
            if (!found.item && attribute(n, "itemprop") && hasWord(attribute(n, "itemprop"), "author"))
                found.item = n;
            if (!found.link && tagOf(n) == GUMBO_TAG_A && attributeEquals(n, "rel", "author"))
                found.link = n;
            return true;
        },
        [](const GumboNode *) {});
    return found;
}

QString licensedAuthorOf(const GumboNode *root)
{
    QString name;
    anyElementIn(root, [&](const GumboNode *e) {
        const char *rel = attribute(e, "rel");
        const char *property = attribute(e, "property");
        if ((tagOf(e) == GUMBO_TAG_A && rel && hasWord(rel, "cc:attributionURL")) || (property && hasWord(property, "cc:attributionName")))
            name = textOf(e);
        return !name.isEmpty();
    });
    return name;
}

QString microdataPublisherOf(const GumboNode *item)
{
    QString name;
    if (!item)
        return name;
    anyElementIn(item, [&](const GumboNode *part) {
        if (part != item && attributeEquals(part, "itemprop", "name"))
            name = attribute(part, "content") ? QString::fromUtf8(attribute(part, "content")).simplified() : textOf(part);
        return !name.isEmpty();
    });
    return name;
}

namespace {

// A heading that is wholly one link to the site's home page ("/", "https://www.example.com/", a web archive's
// copy of it, "/?locale=de-DE"): the blog's name over every page.
bool isHomeLinkTitle(const GumboNode *h)
{
    const GumboNode *link = nullptr;
    walk(
        h,
        [&](const GumboNode *n) {
            if (!isElement(n) || link)
                return false;
            if (tagOf(n) == GUMBO_TAG_A)
                link = n;
            return tagOf(n) != GUMBO_TAG_A;
        },
        [](const GumboNode *) {});
    if (!link || !attribute(link, "href") || textOf(link) != textOf(h))
        return false;
    static const QRegularExpression archived(QStringLiteral(R"(^(?:https?:)?//web\.archive\.org/web/\w+/)"));
    static const QRegularExpression origin(QStringLiteral(R"(^(?:https?:)?//[^/?#]+)"));
    QString href = QString::fromUtf8(attribute(link, "href")).trimmed().remove(archived).remove(origin);
    href = href.section(u'?', 0, 0).section(u'#', 0, 0);
    return href.isEmpty() || href == QLatin1String("/") || href.startsWith(QLatin1String("/index."));
}

// The site's name, a heading named for the logo or the site's title (`h1.logo`, `h1#site-title`,
// `h1#branding`), or one link to the home page: the logo wherever it stands.
// The box holds nothing but the element: one element in each box down to it, and no text beside them.
bool wrapsOnly(const GumboNode *box, const GumboNode *element)
{
    for (const GumboNode *n = box; n != element;) {
        const GumboNode *only = nullptr;
        const GumboVector &children = n->v.element.children;
        for (unsigned i = 0; i < children.length; ++i) {
            const GumboNode *c = childAt(children, i);
            if (isElement(c)) {
                if (only)
                    return false;
                only = c;
            } else if (c->type == GUMBO_NODE_TEXT) {
                return false;
            }
        }
        if (!only)
            return false;
        n = only;
    }
    return true;
}

} // namespace

// A heading named for the logo or the site's title (`h1.logo`, `h1#site-title`, `h1#branding`), or one link to
// the home page.
bool isLogoMarkup(const GumboNode *h)
{
    const bool named = anyClassOrIdToken(h, [](std::string_view t) {
        return hasClassWord(t, "logo") || hasClassWord(t, "branding") || t.find("site-title") != std::string_view::npos
            || t.find("site-name") != std::string_view::npos || t.find("sitetitle") != std::string_view::npos
            || t.find("sitename") != std::string_view::npos;
    });
    return named || isHomeLinkTitle(h);
}

namespace {

// The logo wherever it stands: its markup, or the site's name.
bool isMarkedLogo(const GumboNode *h, const SiteNames &site)
{
    return isLogoMarkup(h) || site.isNamedBy(textOf(h));
}

} // namespace

namespace {

const GumboNode *nextElementSibling(const GumboNode *n)
{
    const GumboVector &siblings = n->parent->v.element.children;
    for (unsigned i = n->index_within_parent + 1; i < siblings.length; ++i) {
        if (isElement(childAt(siblings, i)))
            return childAt(siblings, i);
    }
    return nullptr;
}

// A box named for a header (not a <header>) that holds a byline box or a printed byline after the heading: the
// story's own head holds its writer, the page's masthead never does.
bool inHeadBoxWithByline(const GumboNode *heading)
{
    for (const GumboNode *at = heading; at->parent && isElement(at->parent) && tagOf(at->parent) != GUMBO_TAG_BODY; at = at->parent) {
        for (const GumboNode *next = nextElementSibling(at); next; next = nextElementSibling(next)) {
            if (anyElementIn(next, [](const GumboNode *e) { return isBylineBox(e) || isPrintedByline(e); }))
                return tagOf(at->parent) != GUMBO_TAG_HEADER && isPageHeaderBox(at->parent);
        }
        if (tagOf(at->parent) == GUMBO_TAG_HEADER || isPageHeaderBox(at->parent))
            return false;
    }
    return false;
}

} // namespace

// The site's logo set as an <h1>: the site's name, or a heading in the page header outside any story.
bool isLogoTitle(const GumboNode *h1, const SiteNames &site)
{
    if (isMarkedLogo(h1, site))
        return true;
    bool inPageHeader = false;
    // The page's own classes ("transparent-header" on <body>) say how the page looks, not where the title is.
    for (const GumboNode *a = h1->parent; a && isElement(a) && tagOf(a) != GUMBO_TAG_BODY; a = a->parent) {
        const GumboTag tag = tagOf(a);
        if (tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN)
            return false;
        // A box that holds nothing but the heading is the heading's own (`div.csc-header`), not the masthead.
        inPageHeader = inPageHeader || ((tag == GUMBO_TAG_HEADER || isPageHeaderBox(a)) && !wrapsOnly(a, h1));
    }
    return inPageHeader;
}

namespace {

bool isKickerBox(const GumboNode *n)
{
    return anyClassOrIdToken(n, [](std::string_view t) {
        for (const char *part : {"kicker", "dachzeile", "spitzmarke", "roofline", "overline", "highline", "toptitle", "topline",
                                 "supertitle", "overtitle", "pretitle", "eyebrow"}) {
            if (t.find(part) != std::string_view::npos)
                return true;
        }
        return hasClassWord(t, "subtitle") || hasClassWord(t, "subline");
    });
}

} // namespace

QString headingTitle(const GumboNode *heading, const QStringList &titles)
{
    QString text = textOf(heading);
    // The heading's parts: its element children, or those of the one element that wraps them all.
    const GumboNode *box = heading;
    for (;;) {
        const GumboNode *only = nullptr;
        int elements = 0;
        bool ownText = false;
        for (unsigned i = 0; i < box->v.element.children.length; ++i) {
            const GumboNode *c = childAt(box->v.element.children, i);
            if (isElement(c)) {
                only = c;
                ++elements;
            } else if (c->type == GUMBO_NODE_TEXT) {
                ownText = true;
            }
        }
        if (elements != 1 || ownText)
            break;
        box = only;
    }
    const GumboVector &parts = box->v.element.children;
    std::vector<const GumboNode *> elements;
    for (unsigned i = 0; i < parts.length; ++i) {
        if (isElement(childAt(parts, i)) && !textOf(childAt(parts, i)).isEmpty())
            elements.push_back(childAt(parts, i));
    }
    if (elements.empty())
        return text;
    const auto leftOutOfTitles = [&](const QString &kicker, const QString &rest) {
        bool restNamed = false;
        for (const QString &title : titles) {
            if (title.isEmpty())
                continue;
            if (sharedWordShare(kicker, title) >= 0.5)
                return false;
            restNamed = restNamed || sharedWordShare(rest, title) >= 0.8;
        }
        return restNamed;
    };
    std::vector<const GumboNode *> ends{elements.front()};
    if (elements.size() > 1)
        ends.push_back(elements.back());
    for (const GumboNode *part : ends) {
        const QString kicker = textOf(part);
        const bool first = text.startsWith(kicker);
        if (kicker.size() >= text.size() || (!first && !text.endsWith(kicker)))
            continue;
        // The separator printed between them ("Kicker: Headline", "Headline – Subtitle") goes with the kicker.
        static const QRegularExpression separator(QStringLiteral(R"(^[\s:|\-\x{2013}\x{2014}]+|[\s:|\-\x{2013}\x{2014}]+$)"));
        const QString rest = (first ? text.mid(kicker.size()) : text.chopped(kicker.size())).remove(separator);
        if (rest.isEmpty())
            continue;
        if (isKickerBox(part) || mostlyDateOf(part).isValid() || leftOutOfTitles(kicker, rest))
            text = rest;
    }
    return text;
}

// The visible title nearest before the body: the last <h1> before it (not the site's logo), else the last
// heading before it whose class says title; boxes of other stories, menus and footers are skipped.
// namesStory tells a heading that names the story from a section's or a box's name (see readArticle).
const GumboNode *visibleTitleBefore(const GumboNode *root, const GumboNode *body, const SiteNames &site,
                                    const std::function<bool(const QString &)> &namesStory,
                                    const std::function<bool(const QString &)> &nearlyTitle)
{
    const GumboNode *lastH1 = nullptr;
    const GumboNode *firstH1 = nullptr;
    const GumboNode *titled = nullptr;
    const GumboNode *inBody = nullptr; // a heading that names the story at the top of the body's own box
    const GumboNode *crumb = nullptr;  // an <h1> in the breadcrumbs, when the title is printed nowhere else
    const GumboNode *printed = nullptr; // after such an <h1>, the box printing the title again
    bool passed = false;
    bool paragraphSeen = false;
    walk(
        root,
        [&](const GumboNode *n) {
            if (!isElement(n))
                return false;
            if (n == body)
                passed = true;
            const GumboTag tag = n->v.element.tag;
            // Breadcrumbs are looked into for an <h1> (often in a <nav>); other lists of stories are not.
            if (n != root && isOtherStories(n) && !(crumb == nullptr && !passed && holdsBreadcrumbs(n)))
                return false;
            // An <h1> in a header box is the site's logo unless it prints the page's title (a story's hero header).
            // So is a shorter one in a box named for a header that holds the story's byline under it
            // (`div.header-wrapper`: the date, the title, the lead, `Von <a>…</a>`).
            const auto storyTitleInHeader = [&](const QString &text) {
                return (countWords(text) >= 4 || (countWords(text) >= 2 && inHeadBoxWithByline(n))) && nearlyTitle(text)
                    && !site.matches(text);
            };
            if (tag == GUMBO_TAG_H1 && !passed && inBreadcrumbs(n)) {
                if (!crumb && namesStory(textOf(n)))
                    crumb = n;
                return false;
            }
            if (tag == GUMBO_TAG_H1 && (!isLogoTitle(n, site) || (storyTitleInHeader(textOf(n)) && !isMarkedLogo(n, site)))
                && namesStory(textOf(n)) && !headsALaterPart(n)) {
                if (!firstH1)
                    firstH1 = n;
                if (!passed)
                    lastH1 = n;
                return false;
            }
            // An <h2> or <h3> above the body whose class says title, or that prints the page's title with
            // nearly all its words (a page whose title is an <h2> with the words in spans).
            if (!passed && (tag == GUMBO_TAG_H2 || tag == GUMBO_TAG_H3)) {
                const QString text = textOf(n);
                const bool named = anyClassOrIdToken(n, [](std::string_view t) {
                    return t.find("title") != std::string_view::npos || t.find("headline") != std::string_view::npos;
                });
                if ((named || (countWords(text) >= 3 && nearlyTitle(text))) && namesStory(text))
                    titled = n;
            }
            // After breadcrumbs holding the <h1>, the title printed again in a box whose class says title
            // (`<div class="h1 page-title">`).
            if (!passed && crumb && !printed && (tag == GUMBO_TAG_DIV || tag == GUMBO_TAG_SPAN || tag == GUMBO_TAG_P)
                && anyClassOrIdToken(n, [](std::string_view t) {
                       return hasClassWord(t, "h1") || t.find("title") != std::string_view::npos || t.find("headline") != std::string_view::npos;
                   })
                && !rawTextLongerThan(n, kMaxPrintedTitleChars) && !holdsHeading(n)) {
                if (const QString text = textOf(n); countWords(text) >= 3 && namesStory(text)) {
                    printed = n;
                    return false;
                }
            }
            // Only above the body's first paragraph, and only a heading whose words the titles hold
            // nearly all of: further down, headings are the story's own sub-headings.
            if (passed && tag == GUMBO_TAG_P)
                paragraphSeen = true;
            if (passed && !paragraphSeen && !inBody && tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H3) {
                const QString text = textOf(n);
                // A heading that ends in a colon introduces what follows ("Open Journalism Project:").
                if (countWords(text) >= 3 && !text.endsWith(u':') && namesStory(text) && nearlyTitle(text))
                    inBody = n;
            }
            return true;
        },
        [](const GumboNode *) {});
    return lastH1 ? lastH1 : printed ? printed : titled ? titled : firstH1 ? firstH1 : inBody ? inBody : crumb;
}

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
    Timestamp updated; // the first date printed as an update's
    const GumboNode *titleSibling = nullptr; // the element right after the title (or the box holding only it)
    const GumboNode *firstParagraph = nullptr; // the first paragraph after the title that is no date, byline or link
    const GumboNode *titleBox = title;
    for (int depth = 0; depth < 2 && titleBox->parent && isElement(titleBox->parent) && titleBox->parent != scope
                        && onlyElementChild(titleBox->parent) == titleBox;
         ++depth)
        titleBox = titleBox->parent;
    walk(
        scope,
        [&](const GumboNode *n) {
            if (inBody || !isElement(n))
                return false;
            // The head ends where the body starts: the body's box, or its first paragraph when the box
            // holds the title too.
            if ((body && n == body && !bodyHoldsTitle)
                || (bodyHoldsTitle && afterTitle && tagOf(n) == GUMBO_TAG_P && !isStandfirstBox(n)
                    && textOf(n).size() >= kMinParagraphChars && !isPrintedByline(n))) {
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
            // After the title, a box named for a header is the story's own ("article-header__lead").
            if (n != scope && !isBylineBox(n) && !isPrintedByline(n)
                && (isBoxBesideArticle(n) || (!afterTitle && (tagOf(n) == GUMBO_TAG_HEADER || isPageHeaderBox(n))))) {
                bool holdsTitle = false;
                for (const GumboNode *a = title; a && !holdsTitle; a = a->parent)
                    holdsTitle = a == n;
                // A short box named for a header beside the title in the title's own box (`<div class="boxHeader">
                // <span>14. Februar 2012</span> <a>Drucken</a></div>` over the kicker and the title) dates the story;
                // the page's masthead stands outside the story's box. Only its date is read.
                if (!holdsTitle && !head.published.isValid() && tagOf(n) != GUMBO_TAG_HEADER && !isBoxBesideArticle(n)
                    && n->parent == titleBox->parent && tagOf(n->parent) != GUMBO_TAG_BODY
                    && textOf(n).size() <= kMaxHeadBoxBesideTitleChars)
                    anyElementIn(n, [&](const GumboNode *e) {
                        head.published = dateInBox(e);
                        return head.published.isValid();
                    });
                if (!holdsTitle)
                    return false;
            }
            if (afterTitle && !titleSibling && n->parent == titleBox->parent)
                titleSibling = n;
            // The head's date, byline and section link may be set as paragraphs above the lead.
            if (afterTitle && !firstParagraph && tagOf(n) == GUMBO_TAG_P && !isDateText(n) && !isBylineBox(n) && !isPrintedByline(n)
                && !isPageChrome(n, ChromePolicy::Article)) {
                const QString text = textOf(n);
                if (!text.isEmpty() && linkTextLength(n) * 2 < text.size())
                    firstParagraph = n;
            }
            if (head.author.isEmpty() && (isBylineBox(n) || isPrintedByline(n)) && !isSectionLink(n))
                head.author = personInByline(n, site, afterTitle);
            if (head.author.isEmpty() && afterTitle)
                head.author = nameAfterAuthorLabel(n);
            if (head.metaLineWriter.isEmpty())
                head.metaLineWriter = writerInMetaLine(n, site);
            // After the title, a link to a writer's page in no box named for it (`<div><a href="/author/sana-mirza/">Sana
            // Mirza</a></div>`) names the writer as the meta line does.
            if (head.metaLineWriter.isEmpty() && afterTitle)
                head.metaLineWriter = writerLinkOf(n, site);
            // A date box by name, the byline, or a span that is wholly a date (`<span class="dt">Mon, 14 Oct
            // 2024 18:22:05</span>` beside the source's name).
            if (!head.published.isValid()
                && (isDateText(n) || isBylineBox(n) || isPrintedByline(n)
                    || (isSmallBox(n) && isDateLineTag(tagOf(n)) && mostlyDateOf(n).isValid()))) {
                static const QRegularExpression label(QStringLiteral(R"(^(?:last\s+)?(?:published|updated|posted)(?:\s+on)?\s*:?\s*)"),
                                                      QRegularExpression::CaseInsensitiveOption);
                static const QRegularExpression separator(QStringLiteral(R"(\s*[|\x{00b7}\x{2022}\x{2219}]\s*|\s+/\s+)"));
                // "Published December 1, 2023 | 3:18 pm": a date, with the time when it follows.
                // An update's date ("Updated …", "Aktualisiert am …", "Mis à jour le …") is kept apart: the
                // publication date printed beside it or further on wins.
                static const QRegularExpression update(
                    QStringLiteral(R"(^(?:(?:last\s+)?(?:updated|modified)|(?:zuletzt\s+)?aktualisiert|ge(?:ä|ae)ndert|)"
                                   R"(mis à jour|actualizado|aggiornato|bijgewerkt|stand)\b)"),
                    QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
                // An update's word inside a piece, after the writer's name ("By Omar Farooq Updated Jul 24, 2018"),
                // starts a piece of its own.
                static const QRegularExpression innerUpdate(QStringLiteral(R"(\s(?=(?:last\s+)?updated\b|aktualisiert\b))"),
                                                            QRegularExpression::CaseInsensitiveOption);
                QStringList pieces;
                for (const QString &piece : textOf(n, true).split(separator, Qt::SkipEmptyParts)) {
                    const QRegularExpressionMatch inner = innerUpdate.match(piece);
                    if (inner.hasMatch() && !update.match(piece).hasMatch()) {
                        pieces << piece.left(inner.capturedStart()) << piece.mid(inner.capturedEnd());
                    } else {
                        pieces << piece;
                    }
                }
                std::vector<bool> updates;
                for (QString &piece : pieces) {
                    updates.push_back(update.match(piece).hasMatch());
                    piece = piece.remove(label).trimmed();
                }
                // A box's datetime, an update's when its text is labelled so ("Last Updated: January 7, 2025").
                if (const char *datetime = attribute(n, "datetime")) {
                    const Timestamp date = parsePageDateTime(QString::fromUtf8(datetime).trimmed());
                    // The update's <time> inside its labelled box is the update's too.
                    if (date.isValid() && ((!updates.empty() && updates.front()) || (updated.isValid() && date.date() == updated.date()))) {
                        if (!updated.isValid())
                            updated = date;
                    } else {
                        head.published = date;
                    }
                }
                for (qsizetype i = 0; i < pieces.size() && !head.published.isValid(); ++i) {
                    Timestamp date;
                    if (i + 1 < pieces.size())
                        date = parsePageDateTime(pieces[i] + u' ' + pieces[i + 1]);
                    if (!date.isValid())
                        date = parsePageDateTime(pieces[i]);
                    // The date inside the piece: printed twice, for screen readers and for the eye ("1 Dec 2023 1
                    // Dec 2023"), or after the writer's name ("Erstellt von Fabian am Dienstag 6. Mai 2014").
                    if (!date.isValid())
                        date = findDateIn(pieces[i]);
                    if (date.isValid() && (updates[size_t(i)] || (updated.isValid() && date.date() == updated.date()))) {
                        if (!updated.isValid())
                            updated = date;
                    } else {
                        head.published = date;
                    }
                }
            }
            // A standfirst is sentences: lines of fewer than four words ("Copy short URL") are not. A paragraph
            // right under the title in a head apart from the body is the lead when it is a long sentence.
            if (afterTitle && head.summary.isEmpty() && !isPageChrome(n, ChromePolicy::Article)
                && (isStandfirstBox(n) || (n == titleSibling && tagOf(n) == GUMBO_TAG_H2) || isLeadHeading(n)
                    || (n == titleSibling && !bodyHoldsTitle && isLeadParagraph(n)))) {
                head.summary = standfirstLines(n);
                return false;
            }
            return true;
        },
        [](const GumboNode *) {});
    // The lead in its own box right before the body's column, further from the title than the head's box
    // reaches: a box named for it, or a long heading.
    if (head.summary.isEmpty() && body && !bodyHoldsTitle) {
        const GumboNode *at = body;
        for (int level = 0; level < 3 && at->parent && isElement(at->parent); ++level) {
            const GumboNode *previous = previousElementSibling(at);
            // A picture's box, an ad slot or a share bar may stand between the lead and the column.
            for (int skipped = 0; previous && skipped < 3 && !holds(previous, title) && holdsLittleText(previous); ++skipped)
                previous = previousElementSibling(previous);
            if (previous) {
                // A layout box (a grid's row and cell) may wrap the box named for the lead.
                const GumboNode *lead = previous;
                for (int depth = 0; depth < 3 && !isStandfirstBox(lead) && onlyElementChild(lead); ++depth)
                    lead = onlyElementChild(lead);
                if (!isPageChrome(previous, ChromePolicy::Article) && !isOtherStories(previous) && !holds(previous, title)
                    && (isStandfirstBox(lead) || isLeadHeading(previous, 0)))
                    head.summary = standfirstLines(lead);
                break;
            }
            at = at->parent;
        }
    }
    // Else the head's first paragraph under the title, past the date, byline and section link set as paragraphs,
    // when it is a long sentence in a head apart from the body.
    if (head.summary.isEmpty() && firstParagraph && !bodyHoldsTitle && isLeadParagraph(firstParagraph)) {
        head.summary = standfirstLines(firstParagraph);
        head.summaryIsParagraph = !head.summary.isEmpty();
    }
    // A page that prints only an update's date by the title: that date dates the story.
    if (!head.published.isValid()) {
        head.published = updated;
        head.publishedIsUpdate = updated.isValid();
    }
    // The date in a box of its own between the title and the body, at the top of the body's box before its
    // first paragraph, or right before the title's box (a blog's date header).
    if (!head.published.isValid() && body && !bodyHoldsTitle) {
        const GumboNode *root = title;
        while (root->parent && isElement(root->parent))
            root = root->parent;
        head.published = firstDateIn(root, title, body);
        if (!head.published.isValid())
            head.published = firstDateIn(body, nullptr, body);
    }
    if (!head.published.isValid())
        head.published = dateRightBefore(title);
    // The byline in a box of its own between the title and the body (a signature line above the column), then
    // at the top of the body's box before its first paragraph.
    if (head.author.isEmpty() && body && !bodyHoldsTitle) {
        const GumboNode *root = title;
        while (root->parent && isElement(root->parent))
            root = root->parent;
        head.author = firstBylineIn(root, title, body, site);
        if (head.author.isEmpty())
            head.author = firstBylineIn(body, nullptr, body, site);
    }
    return head;
}

void walkAfterBody(const GumboNode *body, const std::function<AfterBody(const GumboNode *)> &visit)
{
    const GumboNode *scope = body;
    for (int level = 0; level < 2 && scope->parent && isElement(scope->parent) && tagOf(scope->parent) != GUMBO_TAG_BODY; ++level)
        scope = scope->parent;
    bool passed = false;
    bool done = false;
    walk(
        scope,
        [&](const GumboNode *n) {
            if (done || !isElement(n))
                return false;
            if (n == body) {
                passed = true;
                return false;
            }
            if (!passed && !holds(n, body))
                return false;
            // The story's own <footer> (in its <article>) holds its byline or its date, not other stories.
            const bool storyFooter = tagOf(n) == GUMBO_TAG_FOOTER && n->parent && tagOf(n->parent) == GUMBO_TAG_ARTICLE;
            if (n != scope
                && (tagOf(n) == GUMBO_TAG_A || (isOtherStories(n) && !storyFooter) || isRelatedBox(n) || isPageChrome(n, ChromePolicy::Comments)))
                return false;
            if (!passed)
                return true;
            const AfterBody next = visit(n);
            done = next == AfterBody::Done;
            return next == AfterBody::LookInside;
        },
        [](const GumboNode *) {});
}

QString bylineAfterBody(const GumboNode *body, const SiteNames &site)
{
    // Only a box named for the writer or a printed byline, never one inside a link (another story's card), and
    // only a name the box prints plainly: after the byline's word or label, or as the whole text of the writer's
    // link, heading or name element ("Zur Person Alle Beiträge", a writer's box's labels, is not).
    static const QRegularExpression label(QStringLiteral(R"((?:^|\s)(?:)") + bylineWords()
                                              + QStringLiteral(R"(|autor(?:in)?\s*:|author\s*:|auteur\s*:)\s*$)"),
                                          QRegularExpression::CaseInsensitiveOption);
    // A writer's box's heading ("Zur Person", "About the author", "Mehr vom Autor") is its label.
    static const QRegularExpression boxLabel(
        QStringLiteral(R"(^(?:about|über|ueber|zur|zum|mehr|more|alle|all|weitere|sobre|à propos|a propos|acerca)\b)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    const auto printedPlainly = [&](const GumboNode *box, const QString &name) {
        const QString text = textOf(box);
        const qsizetype at = text.indexOf(name);
        if (at > 0 && label.match(text.left(at)).hasMatch())
            return true;
        if (boxLabel.match(name).hasMatch())
            return false;
        return anyElementIn(box, [&](const GumboNode *e) {
            const bool nameElement = tagOf(e) == GUMBO_TAG_A || (tagOf(e) >= GUMBO_TAG_H2 && tagOf(e) <= GUMBO_TAG_H4)
                || attributeEquals(e, "itemprop", "name")
                || anyClassOrIdToken(e, [](std::string_view t) { return hasClassWord(t, "fn") || t.find("name") != std::string_view::npos; });
            return nameElement && textOf(e) == name;
        });
    };
    const auto nameIn = [&](const GumboNode *n) -> QString {
        if (tagOf(n) == GUMBO_TAG_A || !(isBylineBox(n) || isPrintedByline(n)) || isSectionLink(n))
            return {};
        const QString name = personInByline(n, site, true, true);
        return !name.isEmpty() && printedPlainly(n, name) ? name : QString();
    };
    // The body's own box's last parts: a box named for the writer among its last three, a printed byline only
    // as the very last (a signature; further up it may be a quoted letter's).
    const GumboVector &children = body->v.element.children;
    int parts = 0;
    for (unsigned i = children.length; i-- > 0 && parts < 3;) {
        const GumboNode *c = childAt(children, i);
        if (!isElement(c) || textOf(c).isEmpty())
            continue;
        ++parts;
        if (isOtherStories(c) || isRelatedBox(c) || (parts > 1 && !isBylineBox(c)))
            continue;
        if (const QString name = nameIn(c); !name.isEmpty())
            return name;
        // The very last part, a paragraph that is only a full name set in bold or italics (`<p><b><i>Sana
        // Mirza</i></b></p>`): the writer's signature.
        if (parts == 1 && tagOf(c) == GUMBO_TAG_P) {
            const GumboNode *inner = onlyElementChild(c);
            bool emphasised = false;
            for (int depth = 0; inner && depth < 3; ++depth) {
                const GumboTag tag = tagOf(inner);
                if (tag != GUMBO_TAG_B && tag != GUMBO_TAG_STRONG && tag != GUMBO_TAG_I && tag != GUMBO_TAG_EM)
                    break;
                emphasised = textOf(inner) == textOf(c);
                if (!emphasised)
                    break;
                if (const GumboNode *next = onlyElementChild(inner); next && textOf(next) == textOf(inner))
                    inner = next;
                else
                    break;
            }
            const QString text = textOf(c);
            if (emphasised && isFullName(text) && countWords(text) <= 3 && !site.matches(text))
                return text;
            // Or two lines, the writer's name (a first name will do) over the date (`<p>Tariq<br>10. September 2017</p>`).
            QStringList lines{QString()};
            const GumboVector &pieces = childrenOf(c);
            for (unsigned j = 0; j < pieces.length; ++j) {
                const GumboNode *piece = childAt(pieces, j);
                if (tagOf(piece) == GUMBO_TAG_BR)
                    lines.append(QString());
                else if (piece->type == GUMBO_NODE_TEXT)
                    lines.last() += normalisedText(piece->v.text.text) + u' ';
                else if (isElement(piece))
                    lines.last() += textOf(piece) + u' ';
            }
            static const QRegularExpression firstName(QStringLiteral(R"(^\p{Lu}\p{Ll}+$)"));
            if (lines.size() == 2) {
                const QString name = lines.front().simplified();
                if ((isFullName(name) || firstName.match(name).hasMatch()) && countWords(name) <= 3 && !site.matches(name)
                    && parsePageDateTime(lines.back().simplified()).isValid())
                    return name;
            }
        }
    }
    // Then after the body's box, in the story's box.
    QString author;
    walkAfterBody(body, [&](const GumboNode *n) {
        author = nameIn(n);
        return author.isEmpty() ? AfterBody::LookInside : AfterBody::Done;
    });
    return author;
}

Timestamp dateAtTopOf(const GumboNode *body)
{
    return firstDateIn(body, nullptr, body);
}


namespace {

// The short box right before the body's box or one of its boxes up to three levels up (see dateRightBeforeBody);
// null when there is none or it is a masthead, a list of other stories, a related box, comments or long.
const GumboNode *shortBoxRightBefore(const GumboNode *body)
{
    const GumboNode *at = body;
    for (int level = 0; level < 3 && at->parent && isElement(at->parent) && tagOf(at->parent) != GUMBO_TAG_BODY; ++level) {
        const GumboNode *previous = previousElementSibling(at);
        // A picture's box may stand between the date's box and the body's.
        for (int skipped = 0; previous && skipped < 2 && textOf(previous).isEmpty(); ++skipped)
            previous = previousElementSibling(previous);
        if (previous) {
            // A box named for a header is the story's own when it holds no link (the masthead links its logo
            // and menu).
            const bool masthead = (tagOf(previous) == GUMBO_TAG_HEADER || isPageHeaderBox(previous))
                && anyElementIn(previous, [](const GumboNode *e) { return tagOf(e) == GUMBO_TAG_A; });
            if (masthead || isOtherStories(previous)
                || isRelatedBox(previous) || isPageChrome(previous, ChromePolicy::Comments) || rawTextLongerThan(previous, 600)
                || textOf(previous).size() > 200)
                return nullptr;
            return previous;
        }
        at = at->parent;
    }
    return nullptr;
}

} // namespace

Timestamp dateRightBeforeBody(const GumboNode *body)
{
    const GumboNode *previous = shortBoxRightBefore(body);
    return previous ? firstDateIn(previous, nullptr, previous) : Timestamp();
}

QString bylineAtTopOf(const GumboNode *body, const SiteNames &site)
{
    if (QString name = firstBylineIn(body, nullptr, body, site, true); !name.isEmpty())
        return name;
    const GumboNode *previous = shortBoxRightBefore(body);
    return previous ? firstBylineIn(previous, nullptr, previous, site, true) : QString();
}

} // namespace html
} // namespace md
