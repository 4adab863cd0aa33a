// An HTML document parsed by gumbo into one memory arena, and small helpers to read its nodes.
//
// Why gumbo: it is a tree builder that follows the HTML5 parsing specification (pages are read the way a
// browser reads them, broken markup included), it is plain C99 with no dependencies, and it is packaged on
// Debian/Ubuntu (libgumbo-dev), vcpkg and Homebrew. Its known weaknesses are handled here and in the
// prescan: deep nesting (htmlprescan.h), recursive freeing (the arena is released in one go, gumbo's
// destroy function is never called) and its speed (the prescan leaves out what is never read).
#pragma once

#include <QByteArray>
#include <QDeadlineTimer>
#include <QString>

#include <gumbo.h>

#include <algorithm>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace md {

class HtmlTree
{
public:
    HtmlTree();
    ~HtmlTree();
    HtmlTree(const HtmlTree &) = delete;
    HtmlTree &operator=(const HtmlTree &) = delete;

    enum class Outcome { Parsed, OutOfMemoryBudget, OutOfTimeBudget };

    // Parses UTF-8 markup (kept alive by the tree, whose nodes point into it). When gumbo would need more
    // than memoryBudget bytes, or is still running at the deadline, the parse is abandoned and nothing is
    // left allocated. The prescan bounds nesting before this; the budgets guard whatever it cannot foresee.
    Outcome parse(QByteArray markup, size_t memoryBudget, QDeadlineTimer deadline);

    const GumboNode *root() const; // the <html> element; nullptr before a successful parse
    size_t memoryUsed() const;

private:
    struct Arena;
    std::unique_ptr<Arena> m_arena;
    QByteArray m_markup;
    GumboOutput *m_output = nullptr;
};

namespace html {

inline bool isElement(const GumboNode *node)
{
    return node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE;
}

inline GumboTag tagOf(const GumboNode *node)
{
    return isElement(node) ? node->v.element.tag : GUMBO_TAG_LAST;
}

inline const GumboVector &childrenOf(const GumboNode *node)
{
    return node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children : node->v.element.children;
}

inline const GumboNode *childAt(const GumboVector &children, unsigned i)
{
    return static_cast<const GumboNode *>(children.data[i]);
}

// The attribute's value, or nullptr when the element has no such attribute (names are matched ignoring case).
const char *attribute(const GumboNode *element, const char *name);

// True when one of the class attribute's tokens equals token (class names are case-sensitive).
bool hasClass(const GumboNode *element, std::string_view token);

// True when one of the words of a class token (split at '-' and '_') is word: "td_block_poll" has "poll",
// "byline__role" has "role", "pollution" and "controls" have not.
bool hasClassWord(std::string_view token, std::string_view word);

// Calls visit(token) for each class token (and for each token of the id), lower-cased; stops at true.
template <typename Visit>
bool anyClassOrIdToken(const GumboNode *element, Visit &&visit);

// True when some element of the subtree (the root included) satisfies pred; stops at the first.
template <typename Pred>
bool anyElementIn(const GumboNode *root, Pred &&pred);

// Walks a subtree in document order without recursion. enter(node) returns true to visit the children
// of an element, after which leave(node) is called; text and other leaves only get enter().
template <typename Enter, typename Leave>
void walk(const GumboNode *root, Enter &&enter, Leave &&leave);

// Walks a table's own elements, never into a table nested in one of its cells: visit(element, tag) returns
// true to visit the element's children.
template <typename Visit>
void walkOwnTable(const GumboNode *table, Visit &&visit);

// Collapses white space (ASCII, no-break and the other Unicode spaces) to single spaces, drops
// zero-width spaces and soft hyphens, and trims; the result as a QString.
QString normalisedText(std::string_view utf8);

// The text of a subtree in one string. spaced: element boundaries separate words (as in a ticker row whose
// cells are adjacent <span>s), except within inline formatting (<a>, <b>, <em>, ...).
std::string subtreeText(const GumboNode *node, bool spaced);

// The subtree's text, normalised (see subtreeText for spaced).
QString textOf(const GumboNode *node, bool spaced = false);

// The length of the text inside the subtree's links.
qsizetype linkTextLength(const GumboNode *node);

// The same, leaving out the elements (and what they hold) for which skip(element) is true.
template <typename Skip>
qsizetype linkTextLengthOutside(const GumboNode *node, Skip &&skip);

// True when the subtree's raw text (white space and all) is longer than limit bytes; stops reading as soon as it
// is: a cheap test before reading a box's text that only a short box can pass.
bool rawTextLongerThan(const GumboNode *node, size_t limit);

// The element's one element child when it holds nothing else but whitespace and comments (a wrapper box); else null.
const GumboNode *onlyElementChild(const GumboNode *node);

inline bool isHeadingTag(GumboTag tag)
{
    return tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6;
}

// True when the subtree holds a heading, <h1>–<h6> (the box itself included).
bool holdsHeading(const GumboNode *box);

// True when outer is inner or one of its ancestors.
bool holds(const GumboNode *outer, const GumboNode *inner);

// True when the element has the attribute with this value (ignoring case).
bool attributeEquals(const GumboNode *node, const char *name, const char *value);

// True when two elements are boxes of one kind: the same tag and the same class attribute, character for
// character (`<div class="para">` and `<div class="para">`). With `classless`, two boxes of one tag with no class
// attribute at all are of one kind too; else a box with no class, or an empty one, is of no kind.
bool sameTagAndClass(const GumboNode *a, const GumboNode *b, bool classless = false);

// ---- implementation of the templates

template <typename Skip>
qsizetype linkTextLengthOutside(const GumboNode *node, Skip &&skip)
{
    qsizetype n = 0;
    walk(
        node,
        [&](const GumboNode *c) {
            if (!isElement(c) || skip(c))
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

template <typename Pred>
bool anyElementIn(const GumboNode *root, Pred &&pred)
{
    bool found = false;
    walk(
        root,
        [&](const GumboNode *n) {
            if (found || !isElement(n))
                return false;
            found = pred(n);
            return !found;
        },
        [](const GumboNode *) {});
    return found;
}

template <typename Visit>
bool anyClassOrIdToken(const GumboNode *element, Visit &&visit)
{
    for (const char *name : {"class", "id"}) {
        const char *value = attribute(element, name);
        if (!value)
            continue;
        const char *p = value;
        while (*p) {
            while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f')
                ++p;
            const char *start = p;
            while (*p && *p != ' ' && *p != '\t' && *p != '\n' && *p != '\r' && *p != '\f')
                ++p;
            if (p == start)
                continue;
            char buffer[64];
            const size_t n = std::min<size_t>(size_t(p - start), sizeof buffer);
            for (size_t i = 0; i < n; ++i) {
                const char c = start[i];
                buffer[i] = (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
            }
            if (visit(std::string_view(buffer, n)))
                return true;
        }
    }
    return false;
}

template <typename Enter, typename Leave>
void walk(const GumboNode *root, Enter &&enter, Leave &&leave)
{
    struct Frame
    {
        const GumboNode *node;
        unsigned next;
    };
    if (!root || !enter(root))
        return;
    if (root->type != GUMBO_NODE_DOCUMENT && !isElement(root))
        return;
    std::vector<Frame> stack;
    stack.reserve(64);
    stack.push_back({root, 0});
    while (!stack.empty()) {
        Frame &frame = stack.back();
        const GumboVector &children = childrenOf(frame.node);
        if (frame.next < children.length) {
            const GumboNode *child = childAt(children, frame.next++);
            if (enter(child) && isElement(child))
                stack.push_back({child, 0});
        } else {
            const GumboNode *done = frame.node;
            stack.pop_back();
            leave(done);
        }
    }
}

template <typename Visit>
void walkOwnTable(const GumboNode *table, Visit &&visit)
{
    walk(
        table,
        [&](const GumboNode *n) {
            if (!isElement(n))
                return false;
            const GumboTag tag = n->v.element.tag;
            if (n != table && tag == GUMBO_TAG_TABLE)
                return false;
            return bool(visit(n, tag));
        },
        [](const GumboNode *) {});
}

} // namespace html
} // namespace md
