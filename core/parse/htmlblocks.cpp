// Block flattening: block elements start and end blocks, inline text joins them, chrome is left out.
#include "core/parse/htmlblocks.h"

#include "core/parse/articlerules.h"
#include "core/parse/htmlmetadata.h"
#include "core/parse/htmltagflags.h"

#include <algorithm>
#include <cstring>

namespace md {
namespace {

using namespace html;

bool startsWith(std::string_view s, std::string_view prefix)
{
    return s.size() >= prefix.size() && s.compare(0, prefix.size(), prefix) == 0;
}

bool endsWith(std::string_view s, std::string_view suffix)
{
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool contains(std::string_view s, std::string_view part)
{
    return s.find(part) != std::string_view::npos;
}

// Class names and ids of advertisement slots, matched one token at a time ("shadow" and "lead" are not ads).
// A BEM modifier says how a box looks, not what it is: "report__section--ads" is a section of the report
// (one that has ad slots beside its text), "ad--wide" is an ad.
bool isAdToken(std::string_view t)
{
    if (const auto modifier = t.find("--"); modifier != std::string_view::npos && modifier > 0)
        t = t.substr(0, modifier);
    return t == "ad" || t == "ads" || t == "advert" || t == "advertisement" || t == "adsbygoogle" || t == "sponsored"
        || startsWith(t, "ad-") || startsWith(t, "ad_") || startsWith(t, "ads-") || startsWith(t, "ads_")
        || startsWith(t, "adv-") || startsWith(t, "advert") || startsWith(t, "sponsor") || endsWith(t, "-ad")
        || endsWith(t, "_ad") || endsWith(t, "-ads") || endsWith(t, "_ads") || contains(t, "gpt-ad")
        || contains(t, "google-ad") || contains(t, "googlead") || contains(t, "dfp-") || contains(t, "adslot")
        || contains(t, "ad-slot") || contains(t, "taboola") || contains(t, "outbrain");
}

bool isHiddenToken(std::string_view t)
{
    return t == "hidden" || t == "sr-only" || t == "visually-hidden" || t == "screen-reader-text" || t == "d-none"
        || t == "invisible";
}

// Boxes that sit inside or beside an article on many sites and are never its text: the author's bio box,
// polls, login and subscription modals, previous/next links, "top news" and story cards, ad labels, reader
// replies.
bool isArticleBoxToken(std::string_view t)
{
    const bool authorBox = contains(t, "author")
        && (contains(t, "box") || contains(t, "bio") || contains(t, "about") || contains(t, "profile") || contains(t, "card"));
    return authorBox || hasClassWord(t, "poll") || hasClassWord(t, "polls") || contains(t, "modal") || contains(t, "login")
        || contains(t, "signin") || contains(t, "sign-in") || contains(t, "popup") || hasClassWord(t, "dialog")
        || contains(t, "navigation")
        || contains(t, "next-prev") || contains(t, "prev-next") || contains(t, "nextprev") || contains(t, "next_prev")
        || contains(t, "post-nav") || contains(t, "adspot") || contains(t, "top-news") || contains(t, "topnews")
        || hasClassWord(t, "cards") || contains(t, "recommend") || contains(t, "read-more") || contains(t, "readmore")
        || contains(t, "also-read") || hasClassWord(t, "sidebar") || hasClassWord(t, "reply") || hasClassWord(t, "replies")
        || hasClassWord(t, "responses") || hasClassWord(t, "discussion") || contains(t, "disqus")
        // Calls to follow the site and paywall teasers: "Follow … on WhatsApp", "Enjoying Profit? Subscribe …",
        // "Sign up to continue reading … Already a subscriber?".
        || hasClassWord(t, "follow") || contains(t, "whatsapp") || contains(t, "paywall") || contains(t, "metered")
        || hasClassWord(t, "promo")
        // A shop's customer reviews under the product ("product_reviews", "jdgm-review-widget"): readers' words, not
        // the press's reviews a product page quotes ("section-reviews").
        || (contains(t, "review")
            && (contains(t, "review-widget") || contains(t, "product-reviews") || contains(t, "product_reviews")
                || contains(t, "productreviews") || contains(t, "customer-reviews") || contains(t, "customer_reviews")))
        || hasClassWord(t, "fb") || contains(t, "facebook") // "Like … on Facebook" boxes
        || contains(t, "signoff") || contains(t, "sign-off") // the agency's credits: "Reporting by …; Editing by …"
        || hasClassWord(t, "disclaimer") || t == "postmetadata" || contains(t, "entry-footer") || contains(t, "post-footer");
}

// Cookie, consent and privacy notices (OneTrust, GDPR banners, "dialogCookieWarning", "privacy-notice"): never
// the story, whichever pass reads the page. A post's
// taxonomy classes ("category-cookies", "tag-cookie-recipes") describe the post, and state classes
// ("has-cookie-bar", "no-consent") a wrapper, not a notice.
bool isConsentToken(std::string_view t)
{
    // Cheap substring tests first: every class token of every box on the page comes here.
    const bool named = contains(t, "cookie") || contains(t, "consent") || contains(t, "onetrust") || contains(t, "gdpr");
    const bool privacy = !named && contains(t, "privacy");
    if (!named && !privacy)
        return false;
    if (startsWith(t, "category-") || startsWith(t, "tag-") || startsWith(t, "has-") || startsWith(t, "is-")
        || startsWith(t, "no-"))
        return false;
    return named
        || (hasClassWord(t, "privacy")
            && (contains(t, "notice") || contains(t, "banner") || contains(t, "popup") || contains(t, "overlay")
                || contains(t, "layer") || hasClassWord(t, "bar")));
}

// Everything around an article that is not its text. Class names a style library makes from a component's
// name ("tagStyle_z4kqwb-o_O-style_1tcxgp3" on every paragraph) name how a box looks, not a list of tags.
// A picture's credit or caption: "photo-credit", "copyright", "ngart-img__cont__author", "image-annotation" (the
// picture's words around a credit's or caption's word). A picture's text module ("image-text") is text.
bool isPictureCreditToken(std::string_view t)
{
    if (hasClassWord(t, "credit") || hasClassWord(t, "credits") || hasClassWord(t, "copyright") || contains(t, "photocredit"))
        return true;
    if (!contains(t, "im") && !contains(t, "photo") && !contains(t, "pic") && !contains(t, "foto") && !contains(t, "bild"))
        return false;
    const bool picture = hasClassWord(t, "img") || hasClassWord(t, "image") || hasClassWord(t, "photo")
        || hasClassWord(t, "picture") || hasClassWord(t, "pic") || hasClassWord(t, "foto") || hasClassWord(t, "bild");
    return picture
        && (hasClassWord(t, "author") || hasClassWord(t, "copy") || hasClassWord(t, "annotation") || hasClassWord(t, "legend")
            || hasClassWord(t, "source") || hasClassWord(t, "desc") || hasClassWord(t, "description"));
}

bool isArticleChromeToken(std::string_view t)
{
    return isArticleBoxToken(t) || isPictureCreditToken(t) || contains(t, "share") || contains(t, "social") || t == "tags" || t == "tag" || (startsWith(t, "tags") && !startsWith(t, "tagstyle"))
        || contains(t, "__tags") || endsWith(t, "-tags") || contains(t, "tag-list") || contains(t, "popular")
        || contains(t, "most-read") || contains(t, "mostread") || contains(t, "trending") || contains(t, "newsletter")
        || contains(t, "subscribe") || contains(t, "comment") || t == "nav" || t == "navbar" || contains(t, "menu")
        || contains(t, "breadcrumb") || contains(t, "byline") || contains(t, "caption") || contains(t, "embed")
        || contains(t, "twitter-tweet") || contains(t, "instagram-media")
        || hasClassWord(t, "legends"); // a gallery's captions, one per picture (`<ul class="legends">`)
}

bool isChromeTag(GumboTag tag, ChromePolicy policy)
{
    switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH:
    case GUMBO_TAG_CANVAS: case GUMBO_TAG_VIDEO: case GUMBO_TAG_AUDIO: case GUMBO_TAG_IMG: case GUMBO_TAG_FORM:
    case GUMBO_TAG_INPUT: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_NAV: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_MAP: case GUMBO_TAG_RT: case GUMBO_TAG_RP: // ruby's readings, as in htmltree.cpp
        return true;
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_BUTTON: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_H1:
        return policy == ChromePolicy::Article;
    default:
        return false;
    }
}

bool isBlockTag(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_CENTER: case GUMBO_TAG_DD: case GUMBO_TAG_DETAILS: case GUMBO_TAG_DIR: case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FOOTER: case GUMBO_TAG_FORM: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_HEADER: case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_HR: case GUMBO_TAG_LI: case GUMBO_TAG_MAIN: case GUMBO_TAG_MENU: case GUMBO_TAG_NAV:
    case GUMBO_TAG_OL: case GUMBO_TAG_P: case GUMBO_TAG_PRE: case GUMBO_TAG_SECTION: case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_TBODY: case GUMBO_TAG_THEAD: case GUMBO_TAG_TFOOT: case GUMBO_TAG_TR:
    case GUMBO_TAG_UL: case GUMBO_TAG_CAPTION: case GUMBO_TAG_LEGEND:
        return true;
    default:
        return false;
    }
}

int visibleBytes(const char *text)
{
    int n = 0;
    for (const char *p = text; *p; ++p) {
        const char c = *p;
        n += !(c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f');
    }
    return n;
}

// A table that is mostly links (an encyclopedia's navigation box of related articles, a site map): the page's
// navigation, not the text's data or prose. A table of quotes links its symbols, not its figures.
constexpr int kMinNavigationLinks = 20;

bool isLinkTable(const GumboNode *table)
{
    int links = 0;
    anyElementIn(table, [&](const GumboNode *n) { return n->v.element.tag == GUMBO_TAG_A && ++links >= kMinNavigationLinks; });
    if (links < kMinNavigationLinks)
        return false;
    const qsizetype text = textOf(table).size();
    return text > 0 && linkTextLength(table) * 3 > text * 2;
}


// A cell that holds paragraphs, lists, headings or a table of its own: a layout table's column, not a data cell.
bool holdsTextBlocks(const GumboNode *cell)
{
    return anyElementIn(cell, [cell](const GumboNode *n) {
        const GumboTag tag = n->v.element.tag;
        return n != cell
               && (tag == GUMBO_TAG_P || tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL || tag == GUMBO_TAG_TABLE
                   || tag == GUMBO_TAG_BLOCKQUOTE || (tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6));
    });
}

// A table of figures with no <th> (a blog's table pasted from a spreadsheet, its header row only bold): three rows
// or more of the same two or more cells, each cell short (a name, a figure, a few words), nearly all of them
// filled. A layout table's cells hold the page's boxes and prose; a form's half its cells are inputs.
constexpr size_t kMaxGridCellBytes = 160;
constexpr size_t kMinGridRows = 3;

bool isGridOfShortCells(const std::vector<std::vector<std::string>> &rows)
{
    if (rows.size() < kMinGridRows || rows.front().size() < 2)
        return false;
    size_t cells = 0, filled = 0;
    for (const auto &row : rows) {
        if (row.size() != rows.front().size())
            return false;
        for (const std::string &cell : row) {
            const size_t bytes = visibleBytes(cell.c_str());
            if (bytes > kMaxGridCellBytes)
                return false;
            ++cells;
            filled += bytes > 0;
        }
    }
    for (const std::string &cell : rows.front()) {
        if (visibleBytes(cell.c_str()) == 0)
            return false;
    }
    return filled * 10 >= cells * 9;
}
// A word or phrase set in a sentence (`posted to <a id="ramplink_Facebook">Facebook</a> started`): an inline
// element with words right beside it. Its class or id names how it looks or what it links to, not a box of chrome
// (unless it names a credit, byline, author or caption).
bool inRunningText(const GumboNode *n)
{
    const GumboTag tag = n->v.element.tag;
    if (!(htmltag::gluesText(tag) || tag == GUMBO_TAG_SPAN) || !n->parent || !isElement(n->parent))
        return false;
    const GumboVector &siblings = n->parent->v.element.children;
    const auto words = [&](unsigned i) {
        const GumboNode *c = childAt(siblings, i);
        return c->type == GUMBO_NODE_TEXT && visibleBytes(c->v.text.text) > 1;
    };
    const unsigned at = n->index_within_parent;
    if (!((at > 0 && words(at - 1)) || (at + 1 < siblings.length && words(at + 1))))
        return false;
    // A credit or byline tucked at a paragraph's end is still not its text.
    return !anyClassOrIdToken(n, [](std::string_view t) {
        return contains(t, "credit") || contains(t, "byline") || contains(t, "author") || contains(t, "caption");
    });
}

class BlockCollector
{
public:
    BlockCollector(ChromePolicy policy, bool spaced)
        : m_policy(policy), m_spaced(spaced)
    {
    }

    HtmlBlocks run(const GumboNode *container)
    {
        m_container = container;
        walk(
            container, [this](const GumboNode *n) { return enter(n); }, [this](const GumboNode *n) { leave(n); });
        flush();
        return std::move(m_result);
    }

private:
    bool enter(const GumboNode *n)
    {
        switch (n->type) {
        case GUMBO_NODE_TEXT: case GUMBO_NODE_CDATA:
            addText(n->v.text.text);
            return false;
        case GUMBO_NODE_WHITESPACE:
            m_block.text += ' ';
            return false;
        case GUMBO_NODE_ELEMENT: case GUMBO_NODE_TEMPLATE:
            break;
        default:
            return false;
        }
        const GumboTag tag = n->v.element.tag;
        if (n != m_container) {
            if (m_policy == ChromePolicy::Article && isRelatedBox(n)) {
                harvestLinks(n);
                return false;
            }
            if (m_policy == ChromePolicy::Article && isLoneStoryCard(n))
                return false;
            // Only ads and hidden text are left out of a sentence.
            if (isPageChrome(n, m_policy)
                && !(m_policy == ChromePolicy::Article && inRunningText(n) && !isPageChrome(n, ChromePolicy::Comments)))
                return false;
        }
        if (tag == GUMBO_TAG_BR) {
            m_block.text += '\n';
            return false;
        }
        if (tag == GUMBO_TAG_TABLE && m_policy == ChromePolicy::Article && (isLinkTable(n) || readDataTable(n)))
            return false;
        if (isBlockTag(tag)) {
            flush();
            if (tag == GUMBO_TAG_LI && (tagOf(n->parent) == GUMBO_TAG_UL || tagOf(n->parent) == GUMBO_TAG_OL))
                m_items.push_back(n);
            // A heading's level holds for what it wraps: <h2><div>1. Skinfold Calipers</div></h2> is a heading.
            if (tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6 && !m_headingNode) {
                m_heading = 1 + int(tag - GUMBO_TAG_H1);
                m_headingNode = n;
            }
            return true;
        }
        if (tag == GUMBO_TAG_B || tag == GUMBO_TAG_STRONG)
            ++m_boldDepth;
        if (tag == GUMBO_TAG_A && attribute(n, "href"))
            m_links.push_back(n);
        if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH || (m_spaced && !htmltag::gluesText(tag)))
            m_block.text += ' ';
        return true;
    }

    void leave(const GumboNode *n)
    {
        const GumboTag tag = n->v.element.tag;
        if (isBlockTag(tag)) {
            flush();
            if (!m_items.empty() && m_items.back() == n)
                m_items.pop_back();
            if (n == m_headingNode) {
                m_headingNode = nullptr;
                m_heading = 0;
            }
            return;
        }
        if (tag == GUMBO_TAG_B || tag == GUMBO_TAG_STRONG)
            --m_boldDepth;
        if (!m_links.empty() && m_links.back() == n)
            m_links.pop_back();
        if (m_spaced && !htmltag::gluesText(tag))
            m_block.text += ' ';
    }

    void addText(const char *text)
    {
        m_block.text += text;
        const int visible = visibleBytes(text);
        if (visible == 0)
            return;
        m_visible += visible;
        if (m_boldDepth > 0)
            m_bold += visible;
        if (m_links.empty()) {
            m_block.outsideLink += text;
            return;
        }
        m_linked += visible;
        if (!m_link && !m_manyLinks)
            m_link = m_links.back();
        else if (m_link != m_links.back())
            m_manyLinks = true;
    }

    // A data table becomes one block of rows; a layout table stays text. A table is data when its first row is
    // a header of <th> cells, or when it is a grid of short cells (figures set in plain <td> cells, the header
    // row only bold): see isGridOfShortCells.
    bool readDataTable(const GumboNode *table)
    {
        std::vector<std::vector<std::string>> rows;
        std::string caption;
        bool header = false;
        bool blockInCell = false;
        // A table inside a cell is not the data table's cell text.
        walkOwnTable(table, [&](const GumboNode *n, GumboTag tag) {
            if (tag == GUMBO_TAG_CAPTION) {
                caption = subtreeText(n, true);
                return false;
            }
            if (tag == GUMBO_TAG_TR) {
                rows.emplace_back();
                return true;
            }
            if (tag == GUMBO_TAG_TH || tag == GUMBO_TAG_TD) {
                if (rows.empty())
                    rows.emplace_back();
                if (tag == GUMBO_TAG_TH && rows.size() == 1)
                    header = true;
                blockInCell = blockInCell || holdsTextBlocks(n);
                rows.back().push_back(isPageChrome(n, m_policy) ? std::string() : subtreeText(n, true));
                return false;
            }
            return true;
        });
        rows.erase(std::remove_if(rows.begin(), rows.end(), [](const auto &r) { return r.empty(); }), rows.end());
        if (header ? rows.size() < 2 : blockInCell || !isGridOfShortCells(rows))
            return false;
        flush();
        m_block.text = caption;
        m_block.isTable = true;
        m_block.tableRows = std::move(rows);
        m_result.blocks.push_back(std::move(m_block));
        m_block = HtmlBlock();
        return true;
    }

    void harvestLinks(const GumboNode *box)
    {
        walk(
            box,
            [this](const GumboNode *n) {
                if (tagOf(n) == GUMBO_TAG_A) {
                    m_result.relatedLinks.push_back(n);
                    return false;
                }
                return isElement(n);
            },
            [](const GumboNode *) {});
    }

    void flush()
    {
        if (visibleBytes(m_block.text.c_str()) > 0) {
            m_block.headingLevel = m_heading;
            m_block.boldOnly = m_visible > 0 && m_bold == m_visible;
            m_block.onlyLink = m_manyLinks ? nullptr : m_link;
            m_block.visible = m_visible;
            m_block.linked = m_linked;
            m_block.listItem = m_items.empty() ? nullptr : m_items.back();
            m_result.blocks.push_back(std::move(m_block));
        }
        m_block = HtmlBlock();
        m_visible = 0;
        m_bold = 0;
        m_linked = 0;
        m_link = nullptr;
        m_manyLinks = false;
    }

    ChromePolicy m_policy;
    bool m_spaced;
    const GumboNode *m_container = nullptr;
    HtmlBlocks m_result;
    HtmlBlock m_block;
    int m_heading = 0;                         // the level of the heading being read, 0 outside one
    const GumboNode *m_headingNode = nullptr;  // that heading's element
    int m_boldDepth = 0;
    int m_visible = 0;
    int m_bold = 0;
    int m_linked = 0;
    std::vector<const GumboNode *> m_links;
    std::vector<const GumboNode *> m_items;    // the list items being read, innermost last
    const GumboNode *m_link = nullptr;
    bool m_manyLinks = false;
};

} // namespace

bool isBoxBesideArticle(const GumboNode *element)
{
    return anyClassOrIdToken(element, [](std::string_view t) { return isArticleBoxToken(t); });
}

bool isRelatedBox(const GumboNode *element)
{
    return anyClassOrIdToken(element, [](std::string_view t) { return contains(t, "related"); });
}

namespace {

// The link a box ends with: its last element child, down to an <a> with no text after it at any level.
const GumboNode *closingLinkOf(const GumboNode *box)
{
    const GumboNode *n = box;
    for (int depth = 0; depth < 8; ++depth) {
        const GumboVector &children = n->v.element.children;
        const GumboNode *last = nullptr;
        for (unsigned i = children.length; i-- > 0 && !last;) {
            const GumboNode *c = childAt(children, i);
            if (c->type == GUMBO_NODE_WHITESPACE || c->type == GUMBO_NODE_COMMENT)
                continue;
            if (isElement(c) && (tagOf(c) == GUMBO_TAG_SCRIPT || tagOf(c) == GUMBO_TAG_STYLE))
                continue;
            last = c;
        }
        if (!last || !isElement(last))
            return nullptr;
        if (tagOf(last) == GUMBO_TAG_A)
            return last;
        n = last;
    }
    return nullptr;
}

bool endsInReadOnLink(const GumboNode *box)
{
    const GumboNode *link = closingLinkOf(box);
    if (!link)
        return false;
    const char *href = attribute(link, "href");
    if (!href || !*href || href[0] == '#' || std::strncmp(href, "javascript:", 11) == 0)
        return false;
    return isReadOnCall(textOf(link));
}

} // namespace

bool isLoneStoryCard(const GumboNode *box)
{
    constexpr qsizetype kMaxCardChars = 1200;
    if (!isElement(box))
        return false;
    const GumboTag tag = box->v.element.tag;
    if (tag != GUMBO_TAG_DIV && tag != GUMBO_TAG_SECTION && tag != GUMBO_TAG_ARTICLE && tag != GUMBO_TAG_ASIDE
        && tag != GUMBO_TAG_LI)
        return false;
    if (!endsInReadOnLink(box) || !holdsHeading(box) || rawTextLongerThan(box, 4 * kMaxCardChars))
        return false;
    const qsizetype card = textOf(box).size();
    if (card > kMaxCardChars)
        return false;
    // A row of such cards (a blog's front page, a list of teasers) is a list page's text, not a card in a story.
    if (const GumboNode *parent = box->parent; parent && isElement(parent)) {
        const GumboVector &siblings = parent->v.element.children;
        for (unsigned i = 0; i < siblings.length; ++i) {
            const GumboNode *sister = childAt(siblings, i);
            if (sister != box && isElement(sister) && sameTagAndClass(sister, box, true) && endsInReadOnLink(sister))
                return false;
        }
    }
    // A card set in a story: a box around it, up to four levels up, holds more text of its own, outside links, than
    // twice the card's and 500 characters; a page whose text is little more than the card keeps it.
    constexpr qsizetype kMinStoryChars = 500;
    constexpr int kMaxStoryLevels = 4;
    const GumboNode *around = box->parent;
    for (int level = 0; level < kMaxStoryLevels && around && isElement(around); ++level, around = around->parent) {
        const qsizetype own = textOf(around).size() - card - (linkTextLength(around) - linkTextLength(box));
        if (own >= std::max(kMinStoryChars, 2 * card))
            return true;
    }
    return false;
}

bool isCreditBox(const GumboNode *element)
{
    return anyClassOrIdToken(element, [](std::string_view t) {
        return isPictureCreditToken(t) || contains(t, "license") || contains(t, "licence");
    });
}

// A box named like an ad slot that holds paragraphs of the story is its text box ("cuerpo-ad", the body where
// the site's ads are placed): an ad holds a line or two, never three paragraphs of prose.
constexpr int kStoryParagraphsInAdBox = 3;
constexpr qsizetype kStoryParagraphChars = 80;

bool holdsStoryParagraphs(const GumboNode *box)
{
    int paragraphs = 0;
    const GumboVector &children = box->v.element.children;
    for (unsigned i = 0; i < children.length && paragraphs < kStoryParagraphsInAdBox; ++i) {
        const GumboNode *c = childAt(children, i);
        if (tagOf(c) != GUMBO_TAG_P)
            continue;
        const qsizetype text = textOf(c).size();
        paragraphs += text >= kStoryParagraphChars && linkTextLength(c) * 4 < text;
    }
    return paragraphs >= kStoryParagraphsInAdBox;
}

// A <header> that holds a story's text (two paragraphs of 80 characters or more with few links, straight in it or
// in a box of its own): a page builder's text block, not a head.
constexpr int kMaxTextLevelsInHeader = 2;
constexpr int kStoryParagraphsInHeader = 2;

bool holdsTextOfItsOwn(const GumboNode *header)
{
    int paragraphs = 0;
    const auto count = [&](const GumboNode *box, int level, const auto &self) -> void {
        const GumboVector &children = box->v.element.children;
        for (unsigned i = 0; i < children.length && paragraphs < kStoryParagraphsInHeader; ++i) {
            const GumboNode *c = childAt(children, i);
            if (!isElement(c))
                continue;
            if (tagOf(c) == GUMBO_TAG_P) {
                const qsizetype text = textOf(c).size();
                paragraphs += text >= kStoryParagraphChars && linkTextLength(c) * 4 < text;
            } else if (level < kMaxTextLevelsInHeader && !isHeadingTag(tagOf(c))) {
                self(c, level + 1, self);
            }
        }
    };
    count(header, 1, count);
    return paragraphs >= kStoryParagraphsInHeader;
}

// HTML lets each part of a text start at <h1> (a book chapter's "Why Monitor?", a long read's second part); the page's
// own title stands before the text, never after its paragraphs.
bool headsALaterPart(const GumboNode *h1)
{
    const GumboNode *part = h1;
    if (isElement(part->parent) && tagOf(part->parent) == GUMBO_TAG_HGROUP)
        part = part->parent;
    if (isElement(part->parent) && tagOf(part->parent) == GUMBO_TAG_SECTION)
        part = part->parent;
    if (!isElement(part->parent))
        return false;
    const bool section = tagOf(part) == GUMBO_TAG_SECTION;
    const GumboVector &siblings = part->parent->v.element.children;
    for (unsigned i = 0; i < part->index_within_parent && i < siblings.length; ++i) {
        const GumboNode *before = childAt(siblings, i);
        if (!isElement(before))
            continue;
        if (tagOf(before) == GUMBO_TAG_P && textOf(before).size() >= kStoryParagraphChars)
            return true;
        // A part after parts headed alike; a box of another kind before the title (a fact-check's claim) is no part.
        if (section && tagOf(before) == GUMBO_TAG_SECTION
            && anyElementIn(before, [](const GumboNode *h) { return tagOf(h) == GUMBO_TAG_H1; }))
            return true;
    }
    return false;
}

// The id of a section named after its own heading, as documentation generators and Markdown write it:
// `<div class="section" id="getting-into-trouble-with-shared-mutable-history"><h2>Getting into trouble with shared
// mutable history</h2>`. Its words are the heading's ("shared", "comments", "menu" in a title), not chrome's; four
// words at least, so a short `comments` or `leave-a-reply` box keeps its name.
constexpr int kMinHeadingSlugWords = 4;

bool idNamesItsHeading(const GumboNode *element, std::string_view id)
{
    const GumboNode *heading = nullptr;
    const GumboVector &children = element->v.element.children;
    for (unsigned i = 0; i < children.length && !heading; ++i) {
        const GumboNode *c = childAt(children, i);
        if (isElement(c))
            heading = c;
    }
    if (!heading || !isHeadingTag(heading->v.element.tag))
        return false;
    // The heading's words, lower case, joined by '-': the slug its id is made of.
    std::string slug;
    bool pendingDash = false;
    int words = 0;
    for (const char c : subtreeText(heading, true)) {
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
        if (!alnum) {
            pendingDash = !slug.empty();
            continue;
        }
        if (pendingDash || slug.empty())
            ++words;
        if (pendingDash)
            slug += '-';
        pendingDash = false;
        slug += char((c >= 'A' && c <= 'Z') ? c + 32 : c);
    }
    return words >= kMinHeadingSlugWords && !id.empty() && slug.compare(0, id.size(), id) == 0
        && (slug.size() == id.size() || id.size() == 64);
}

namespace {

// The writer's note about themselves: the story's author as a microdata item (`itemprop="author"` with
// `itemscope`) that holds a description (`itemprop="description"`: "My blog is full of …"), as author-box plugins
// print it under the story. A byline's item holds a name only.
bool isWritersBio(const GumboNode *element)
{
    const char *prop = attribute(element, "itemprop");
    if (!prop || !attribute(element, "itemscope") || !hasWord(prop, "author"))
        return false;
    return anyElementIn(element, [](const GumboNode *n) {
        const char *inner = attribute(n, "itemprop");
        return inner && hasWord(inner, "description");
    });
}

} // namespace

bool isPageChrome(const GumboNode *element, ChromePolicy policy)
{
    if (!isElement(element))
        return false;
    if (isChromeTag(element->v.element.tag, policy) && !(element->v.element.tag == GUMBO_TAG_HEADER && holdsTextOfItsOwn(element))
        && !(element->v.element.tag == GUMBO_TAG_H1 && headsALaterPart(element)))
        return true;
    if (attribute(element, "hidden"))
        return true;
    if (policy == ChromePolicy::Article && isWritersBio(element))
        return true;
    if (const char *hidden = attribute(element, "aria-hidden"); hidden && std::strcmp(hidden, "true") == 0)
        return true;
    if (const char *style = attribute(element, "style")) {
        std::string s;
        for (const char *p = style; *p; ++p) {
            if (*p != ' ')
                s += char((*p >= 'A' && *p <= 'Z') ? *p + 32 : *p);
        }
        if (contains(s, "display:none") || contains(s, "visibility:hidden"))
            return true;
    }
    // The page's own state ("cookies-not-set" on <body>) is not a notice.
    const bool page = element->v.element.tag == GUMBO_TAG_HTML || element->v.element.tag == GUMBO_TAG_BODY;
    bool adNamed = false;
    if (anyClassOrIdToken(element, [element, policy, page, &adNamed](std::string_view t) {
            adNamed = adNamed || isAdToken(t);
            return isHiddenToken(t) || (!page && isConsentToken(t))
                || (policy == ChromePolicy::Article && isArticleChromeToken(t) && !idNamesItsHeading(element, t));
        }))
        return true;
    return adNamed && !holdsStoryParagraphs(element);
}

HtmlBlocks collectBlocks(const GumboNode *container, ChromePolicy policy, bool spaced)
{
    return BlockCollector(policy, spaced).run(container);
}

// A box of the shown box's tag and class words, with a word that hides it added ("gallery-section hidden" after
// "gallery-section"): the next part of the same text, folded away until the reader asks for it.
bool isFoldOf(const GumboNode *box, const GumboNode *shown)
{
    if (!isElement(box) || !isElement(shown) || tagOf(box) != tagOf(shown))
        return false;
    const char *folded = attribute(box, "class");
    const char *open = attribute(shown, "class");
    if (!folded || !open)
        return false;
    const auto words = [](std::string_view list) {
        std::vector<std::string_view> out;
        for (std::size_t at = 0; at < list.size();) {
            const std::size_t end = std::min(list.find(' ', at), list.size());
            if (end > at)
                out.push_back(list.substr(at, end - at));
            at = end + 1;
        }
        return out;
    };
    std::vector<std::string_view> foldedWords = words(folded);
    const std::vector<std::string_view> openWords = words(open);
    const auto hiding = std::remove_if(foldedWords.begin(), foldedWords.end(), isHiddenToken);
    if (hiding == foldedWords.end() || openWords.empty())
        return false;
    foldedWords.erase(hiding, foldedWords.end());
    return foldedWords == openWords;
}

} // namespace md
