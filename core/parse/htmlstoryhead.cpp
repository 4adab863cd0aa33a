// The story's head: the visible title, the byline, the printed date and the standfirst around it.
#include "core/parse/htmlstoryhead.h"

#include "core/parse/articlerules.h"
#include "core/parse/htmlblocks.h"
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

// Class and id tokens, and the names pages give their parts in data attributes: data-testid on many sites,
// and single sites' own attributes (sitemarkup.h: the BBC's data-component="byline-block", The Guardian's
// data-gu-name="standfirst").
template <typename Visit>
bool anyNameToken(const GumboNode *n, Visit &&visit)
{
    if (anyClassOrIdToken(n, visit))
        return true;
    const auto visitAttribute = [&](const char *name) {
        const char *value = attribute(n, name);
        if (!value)
            return false;
        std::string lower(value);
        for (char &c : lower)
            c = (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
        return bool(visit(std::string_view(lower)));
    };
    for (const char *name : site::kPartNameAttributes) {
        if (visitAttribute(name))
            return true;
    }
    return visitAttribute("data-testid");
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

bool isStandfirstBox(const GumboNode *n)
{
    return anyNameToken(n, [](std::string_view t) {
        for (const char *word : {"excerpt", "standfirst", "summary", "subtitle", "strapline", "dek", "short", "highlights",
                                 "intro", "teaser", "lead", "lede", "abstract", "chapo", "chapeau", "sumario", "entradilla",
                                 "subheading", "subheadline"}) {
            if (hasClassWord(t, word))
                return true;
        }
        return false;
    });
}

// A category page's link ("/business", "/category/psx/") named like its own path: a section, never an author.
bool isSectionLink(const GumboNode *n, bool personPagesAreWriters = false)
{
    for (const GumboNode *a = n; a && isElement(a); a = a->parent) {
        if (tagOf(a) != GUMBO_TAG_A)
            continue;
        QString href = QString::fromUtf8(attribute(a, "href") ? attribute(a, "href") : "");
        if (href.contains(QLatin1String("auth")) || href.contains(QLatin1String("writer")) || href.contains(QLatin1String("staff"))
            || href.contains(QLatin1String("profile")))
            return false;
        // A page about a person ("/people/erin-khan", "/journalists/…") is named like its slug too: below the
        // title it is the writer's; above it, it may be a quoted speaker's (a fact-check's claim card).
        static const QRegularExpression person(QStringLiteral(R"(people|person|journalist|contributor|reporter|columnist|/by/)"));
        if (personPagesAreWriters && href.contains(person))
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
    // "By", and the word other languages' bylines use for it ("Par", "Von", "Por", "Door").
    static const QRegularExpression by(QStringLiteral(R"(^(?:(?:posted|written|words|reported)\s+)?(?:by|par|von|por|door)\b[:\s]*)"),
                                       QRegularExpression::CaseInsensitiveOption);

    static const QRegularExpression separator(QStringLiteral(R"(\s*(?:[|\x{00b7}\x{2022}]|\s[-\x{2013}\x{2014}](?:\s|$))\s*)"));
    static const QRegularExpression stamp(QStringLiteral(R"(\b(?:published|updated|last updated|posted)\b.*$)"),
                                          QRegularExpression::CaseInsensitiveOption);
    // Co-authors set apart like the byline's other parts ("By Sana Mirza | Bilal Qureshi"): a piece right after
    // the name that is itself a full name (two to four capitalised words, no date, not the site) is kept too;
    // a single word there is the place ("| Karachi").
    static const QRegularExpression fullName(QStringLiteral(R"(^\p{Lu}[\p{L}.'\-]*(?:\s+\p{Lu}[\p{L}.'\-]*){1,3}$)"));
    QStringList names;
    for (QString piece : line.split(separator, Qt::SkipEmptyParts)) {
        const bool stamped = stamp.match(piece).hasMatch();
        piece.remove(by);
        piece.remove(stamp);
        piece = piece.trimmed();
        while (piece.endsWith(u',') || piece.endsWith(u'-'))
            piece.chop(1);
        piece = piece.trimmed();
        if (piece.isEmpty() || sections.contains(piece)) {
            if (!names.isEmpty())
                break;
            continue;
        }
        const bool hasDigit = std::any_of(piece.cbegin(), piece.cend(), [](QChar c) { return c.isDigit(); });
        if (!names.isEmpty()) {
            if (!stamped && !hasDigit && !site.matches(piece) && fullName.match(piece).hasMatch())
                names.append(piece);
            else
                break;
            continue;
        }
        if (hasDigit || countWords(piece) > 6 || site.matches(piece))
            return {};
        names.append(piece);
        if (stamped)
            break;
    }
    return names.join(QLatin1String(", "));
}

constexpr int kMinStandfirstWords = 4;
// A heading between the title and the body that is a long sentence is the lead set large (an <h2> or <h3>
// further down the head than right under the title), not a section's name or another story's title.
constexpr int kMinLeadHeadingWords = 12;

bool isLeadHeading(const GumboNode *n, bool sentence = true)
{
    const GumboTag tag = tagOf(n);
    if (tag < GUMBO_TAG_H2 || tag > GUMBO_TAG_H4)
        return false;
    const QString text = textOf(n);
    return countWords(text) >= kMinLeadHeadingWords && (!sentence || endsLikeSentence(text));
}

bool isLeadParagraph(const GumboNode *n)
{
    if (tagOf(n) != GUMBO_TAG_P)
        return false;
    const QString text = textOf(n);
    return countWords(text) >= kMinLeadHeadingWords && endsLikeSentence(text) && linkTextLength(n) * 4 < text.size();
}

// The standfirst's lines in a box, a heading or a paragraph: sentences of four words or more; a heading in a
// box is the lead set large when it is a sentence, not the box's label.
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
        if ((b.headingLevel == 0 || endsLikeSentence(line)) && countWords(line) >= kMinStandfirstWords)
            lines.append(line);
    }
    return lines;
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
    static const QRegularExpression by(QStringLiteral(R"(^(?:(?:Posted|Written|Words|Reported) by|By)\s+\p{Lu})"));
    return text.size() <= 120 && countWords(text) <= 14 && !text.endsWith(u'.') && by.match(text).hasMatch();
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

// The writer a byline box names. A section's link inside the byline ("Business | By …") names no one; the
// writer's role printed beside the name ("Business reporter, Lahore") is not the name.
QString personInByline(const GumboNode *n, const SiteNames &site, bool belowTitle = false)
{
    QStringList sections;
    QStringList roles;
    walk(
        n,
        [&](const GumboNode *c) {
            if (tagOf(c) == GUMBO_TAG_A && isSectionLink(c, belowTitle))
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
        // A call to follow the writer ("Follow @name") in a box named for the authors names no one.
        if (const QString name = authorNameOf(bylinePersonOf(text.simplified(), site, sections)); !name.isEmpty())
            return name;
    }
    return {};
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

} // namespace

// The first byline box that names someone in `from` (walkStoryHeadBoxes), past the title, before the body's
// prose; a box named for the authors that names no one (a "follow the authors" bar) is looked into.
QString firstBylineIn(const GumboNode *from, const GumboNode *after, const GumboNode *stop, const SiteNames &site)
{
    QString author;
    walkStoryHeadBoxes(
        from, after, stop, std::numeric_limits<int>::max(),
        [](const GumboNode *n) { return tagOf(n) == GUMBO_TAG_P && !isBylineBox(n) && !isPrintedByline(n) && isProseParagraph(n); },
        [&](const GumboNode *n) {
            if ((isBylineBox(n) || isPrintedByline(n)) && !isSectionLink(n))
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
                if (!h.firstH1)
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
            // Not in the lists of other stories or in the comments: a sidebar may hold the blog's writer.
            if (n != root && tagOf(n) != GUMBO_TAG_ASIDE && isOtherStories(n))
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

QString bylineName(QString text)
{
    static const QRegularExpression by(QStringLiteral(R"(^by\s+)"), QRegularExpression::CaseInsensitiveOption);
    text.remove(by);
    return text.trimmed();
}

// The site's logo set as an <h1>: the site's name, or a heading in the page header outside any story.
bool isLogoTitle(const GumboNode *h1, const SiteNames &site)
{
    if (site.matches(textOf(h1)))
        return true;
    bool inPageHeader = false;
    // The page's own classes ("transparent-header" on <body>) say how the page looks, not where the title is.
    for (const GumboNode *a = h1->parent; a && isElement(a) && tagOf(a) != GUMBO_TAG_BODY; a = a->parent) {
        const GumboTag tag = tagOf(a);
        if (tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN)
            return false;
        inPageHeader = inPageHeader || tag == GUMBO_TAG_HEADER || isPageHeaderBox(a);
    }
    return inPageHeader;
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
            if (n != root && isOtherStories(n))
                return false;
            // An <h1> in a header box is the site's logo unless it prints the page's title (a story's hero header).
            const auto storyTitleInHeader = [&](const QString &text) {
                return countWords(text) >= 4 && nearlyTitle(text) && !site.matches(text);
            };
            if (tag == GUMBO_TAG_H1 && (!isLogoTitle(n, site) || storyTitleInHeader(textOf(n))) && namesStory(textOf(n))) {
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
            // Only above the body's first paragraph, and only a heading whose words the titles hold
            // nearly all of: further down, headings are the story's own sub-headings.
            if (passed && tag == GUMBO_TAG_P)
                paragraphSeen = true;
            if (passed && !paragraphSeen && !inBody && tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H3) {
                const QString text = textOf(n);
                if (countWords(text) >= 3 && namesStory(text) && nearlyTitle(text))
                    inBody = n;
            }
            return true;
        },
        [](const GumboNode *) {});
    return lastH1 ? lastH1 : titled ? titled : firstH1 ? firstH1 : inBody;
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
            // After the title, a box named for a header is the story's own ("article-header__lead").
            if (n != scope && !isBylineBox(n) && !isPrintedByline(n)
                && (isBoxBesideArticle(n) || (!afterTitle && (tagOf(n) == GUMBO_TAG_HEADER || isPageHeaderBox(n))))) {
                bool holdsTitle = false;
                for (const GumboNode *a = title; a && !holdsTitle; a = a->parent)
                    holdsTitle = a == n;
                if (!holdsTitle)
                    return false;
            }
            if (afterTitle && !titleSibling && n->parent == title->parent)
                titleSibling = n;
            if (head.author.isEmpty() && (isBylineBox(n) || isPrintedByline(n)) && !isSectionLink(n))
                head.author = personInByline(n, site, afterTitle);
            // A date box by name, the byline, or a span that is wholly a date (`<span class="dt">Mon, 14 Oct
            // 2024 18:22:05</span>` beside the source's name).
            if (!head.published.isValid()
                && (isDateText(n) || isBylineBox(n) || (isSmallBox(n) && isDateLineTag(tagOf(n)) && mostlyDateOf(n).isValid()))) {
                if (const char *datetime = attribute(n, "datetime"))
                    head.published = parsePageDateTime(QString::fromUtf8(datetime).trimmed());
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
                QStringList pieces = textOf(n, true).split(separator, Qt::SkipEmptyParts);
                std::vector<bool> updates;
                for (QString &piece : pieces) {
                    updates.push_back(update.match(piece).hasMatch());
                    piece = piece.remove(label).trimmed();
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
                    if (date.isValid() && updates[size_t(i)]) {
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
            if (previous) {
                if (!isPageChrome(previous, ChromePolicy::Article) && !isOtherStories(previous) && !holds(previous, title)
                    && (isStandfirstBox(previous) || isLeadHeading(previous, 0)))
                    head.summary = standfirstLines(previous);
                break;
            }
            at = at->parent;
        }
    }
    // A page that prints only an update's date by the title: that date dates the story.
    if (!head.published.isValid())
        head.published = updated;
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

Timestamp dateAtTopOf(const GumboNode *body)
{
    return firstDateIn(body, nullptr, body);
}

bool namesAByline(const GumboNode *n)
{
    return anyNameToken(n, [](std::string_view t) { return t.find("byline") != std::string_view::npos; });
}

} // namespace html
} // namespace md
