// gumbo in an arena: parsing with a memory budget, attribute and class look-ups, text flattening.
#include "core/parse/htmltree.h"

#include "core/parse/htmltagflags.h"

#include <csetjmp>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace md {

namespace {

// Arena blocks kept for the next parse on the same thread. A fresh block is fresh pages: on a 336 KB
// market-watch page the kernel's page faults and unmapping took a fifth of the parse. Bounded; the blocks
// go when the thread ends.
struct BlockCache
{
    static constexpr size_t kMaxBytes = size_t(16) * 1024 * 1024;
    std::vector<void *> blocks;
    size_t bytes = 0;

    ~BlockCache()
    {
        for (void *b : blocks)
            std::free(b);
    }
};

thread_local BlockCache t_blockCache;

} // namespace

// Everything gumbo allocates for one parse lives here and goes in one free() per block. Gumbo cannot be
// told to stop, so when the budget runs out the allocator jumps back to parse(); no C++ object with a
// destructor lies between the two (only gumbo's C frames), and gumbo's memory is all in the arena.
struct HtmlTree::Arena
{
    struct alignas(16) Block
    {
        Block *next;
        size_t size;
        size_t used;
    };

    Block *head = nullptr;     // the block small allocations come from
    Block *retired = nullptr;  // full blocks and single large allocations
    size_t total = 0;
    size_t budget = 0;
    size_t nextBlockSize = 256 * 1024;
    std::jmp_buf *overrun = nullptr;
    QDeadlineTimer deadline;
    unsigned allocations = 0;
    bool outOfTime = false;

    ~Arena()
    {
        BlockCache &cache = t_blockCache;
        for (Block *list : {head, retired}) {
            while (list) {
                Block *next = list->next;
                if (cache.bytes + list->size <= BlockCache::kMaxBytes) {
                    cache.bytes += list->size;
                    cache.blocks.push_back(list);
                } else {
                    std::free(list);
                }
                list = next;
            }
        }
    }

    // A cached block of at least size bytes and at most limit (and not more than twice size), or nullptr.
    static Block *cachedBlock(size_t size, size_t limit)
    {
        BlockCache &cache = t_blockCache;
        for (size_t i = 0; i < cache.blocks.size(); ++i) {
            auto *b = static_cast<Block *>(cache.blocks[i]);
            if (b->size >= size && b->size / 2 <= size && b->size <= limit) {
                cache.blocks[i] = cache.blocks.back();
                cache.blocks.pop_back();
                cache.bytes -= b->size;
                return b;
            }
        }
        return nullptr;
    }

    static char *dataOf(Block *b) { return reinterpret_cast<char *>(b + 1); }

    Block *newBlock(size_t size)
    {
        if (total + size > budget)
            std::longjmp(*overrun, 1);
        Block *b = cachedBlock(size, budget - total);
        if (!b) {
            b = static_cast<Block *>(std::malloc(sizeof(Block) + size));
            if (!b)
                std::longjmp(*overrun, 1);
            b->size = size;
        }
        total += b->size;
        b->next = nullptr;
        b->used = 0;
        return b;
    }

    void *allocate(size_t n)
    {
        // Gumbo allocates for every node it creates: a cheap place to notice a parse that takes too long.
        if ((++allocations & 1023) == 0 && deadline.hasExpired()) {
            outOfTime = true;
            std::longjmp(*overrun, 1);
        }
        n = (n + 15) & ~size_t(15);
        if (head && head->size - head->used >= n) {
            void *p = dataOf(head) + head->used;
            head->used += n;
            return p;
        }
        if (n > nextBlockSize / 4) {
            Block *b = newBlock(n);
            b->used = n;
            b->next = retired;
            retired = b;
            return dataOf(b);
        }
        Block *b = newBlock(nextBlockSize);
        nextBlockSize = std::min<size_t>(nextBlockSize * 2, 8 * 1024 * 1024);
        if (head) {
            head->next = retired;
            retired = head;
        }
        head = b;
        b->used = n;
        return dataOf(b);
    }

    static void *allocateFor(void *arena, size_t n) { return static_cast<Arena *>(arena)->allocate(n); }
    static void release(void *, void *) {} // freed with the arena
};

namespace {

GumboOutput *parseOrJump(const GumboOptions *options, const char *data, size_t size, std::jmp_buf *jump)
{
    if (setjmp(*jump) != 0)
        return nullptr;
    return gumbo_parse_with_options(options, data, size);
}

} // namespace

HtmlTree::HtmlTree() = default;
HtmlTree::~HtmlTree() = default; // the arena holds the whole tree: never gumbo_destroy_output()

HtmlTree::Outcome HtmlTree::parse(QByteArray markup, size_t memoryBudget, QDeadlineTimer deadline)
{
    m_output = nullptr;
    m_arena = std::make_unique<Arena>();
    m_arena->budget = memoryBudget;
    m_arena->deadline = deadline;
    m_markup = std::move(markup);

    GumboOptions options = kGumboDefaultOptions;
    options.allocator = &Arena::allocateFor;
    options.deallocator = &Arena::release;
    options.userdata = m_arena.get();
    options.max_errors = 0; // the parse-error list copies the open-element stack per error: not needed

    std::jmp_buf jump;
    m_arena->overrun = &jump;
    GumboOutput *output = parseOrJump(&options, m_markup.constData(), size_t(m_markup.size()), &jump);
    m_arena->overrun = nullptr;
    if (!output) {
        const bool outOfTime = m_arena->outOfTime;
        m_arena.reset();
        return outOfTime ? Outcome::OutOfTimeBudget : Outcome::OutOfMemoryBudget;
    }
    m_output = output;
    return Outcome::Parsed;
}

const GumboNode *HtmlTree::root() const
{
    return m_output ? m_output->root : nullptr;
}

size_t HtmlTree::memoryUsed() const
{
    return m_arena ? m_arena->total : 0;
}

namespace html {

const char *attribute(const GumboNode *element, const char *name)
{
    if (!isElement(element))
        return nullptr;
    const GumboAttribute *a = gumbo_get_attribute(&element->v.element.attributes, name);
    return a ? a->value : nullptr;
}

bool hasClass(const GumboNode *element, std::string_view token)
{
    const char *value = attribute(element, "class");
    if (!value)
        return false;
    const std::string_view classes(value);
    size_t pos = 0;
    while ((pos = classes.find(token, pos)) != std::string_view::npos) {
        const bool startOk = pos == 0 || std::strchr(" \t\n\r\f", classes[pos - 1]);
        const size_t after = pos + token.size();
        const bool endOk = after == classes.size() || std::strchr(" \t\n\r\f", classes[after]);
        if (startOk && endOk)
            return true;
        pos = after;
    }
    return false;
}

bool hasClassWord(std::string_view token, std::string_view word)
{
    // Each place the word stands in the token, bounded by the token's ends or a '-' or '_' (a word never
    // holds one): a search rather than a split, since most tokens hold none of the words asked about.
    const auto separator = [](char c) { return c == '-' || c == '_'; };
    for (size_t at = token.find(word); at != std::string_view::npos; at = token.find(word, at + 1)) {
        const size_t end = at + word.size();
        if ((at == 0 || separator(token[at - 1])) && (end == token.size() || separator(token[end])))
            return true;
    }
    return false;
}

QString normalisedText(std::string_view in)
{
    std::string out;
    out.reserve(in.size());
    bool pendingSpace = false;
    const auto *p = reinterpret_cast<const unsigned char *>(in.data());
    const auto *end = p + in.size();
    while (p < end) {
        const unsigned char c = *p;
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
            pendingSpace = true;
            ++p;
            continue;
        }
        if (c >= 0x80 && end - p >= 2) {
            // U+00A0 no-break space; U+00AD soft hyphen
            if (c == 0xC2 && p[1] == 0xA0) { pendingSpace = true; p += 2; continue; }
            if (c == 0xC2 && p[1] == 0xAD) { p += 2; continue; }
            if (end - p >= 3) {
                const unsigned b1 = p[1], b2 = p[2];
                // U+2000..U+200A spaces, U+202F narrow no-break, U+205F, U+3000
                if ((c == 0xE2 && b1 == 0x80 && b2 >= 0x80 && b2 <= 0x8A) || (c == 0xE2 && b1 == 0x80 && b2 == 0xAF)
                    || (c == 0xE2 && b1 == 0x81 && b2 == 0x9F) || (c == 0xE3 && b1 == 0x80 && b2 == 0x80)) {
                    pendingSpace = true;
                    p += 3;
                    continue;
                }
                // U+200B zero-width space, U+FEFF zero-width no-break space
                if ((c == 0xE2 && b1 == 0x80 && b2 == 0x8B) || (c == 0xEF && b1 == 0xBB && b2 == 0xBF)) {
                    p += 3;
                    continue;
                }
            }
        }
        if (pendingSpace && !out.empty())
            out += ' ';
        pendingSpace = false;
        out += char(c);
        ++p;
    }
    QString text = QString::fromUtf8(out.data(), qsizetype(out.size()));
    // Rarer Unicode spaces (line and paragraph separators, Ogham space, ...) are folded the slow way. Letters
    // saved decomposed, a Latin letter and its accent apart ("u" and U+0308, as some editors save "ü"), are
    // composed, as they print.
    bool spaces = false;
    bool accents = false;
    for (QChar ch : std::as_const(text)) {
        const char16_t u = ch.unicode();
        spaces = spaces || (u >= 0x80 && ch.isSpace());
        accents = accents || (u >= 0x0300 && u <= 0x036F);
    }
    if (accents)
        text = text.normalized(QString::NormalizationForm_C);
    return spaces ? text.simplified() : text;
}

namespace {

// Ruby's readings (<rt>, and the <rp> brackets for browsers without ruby) print small above the words they
// spell out (Japanese furigana): not the text's own words.
bool neverText(GumboTag tag)
{
    return tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_NOSCRIPT || tag == GUMBO_TAG_TEMPLATE
        || tag == GUMBO_TAG_SVG || tag == GUMBO_TAG_MATH || tag == GUMBO_TAG_RT || tag == GUMBO_TAG_RP;
}

} // namespace

std::string subtreeText(const GumboNode *node, bool spaced)
{
    std::string out;
    walk(
        node,
        [&](const GumboNode *n) {
            switch (n->type) {
            case GUMBO_NODE_TEXT: case GUMBO_NODE_CDATA: case GUMBO_NODE_WHITESPACE:
                out += n->v.text.text;
                return false;
            case GUMBO_NODE_ELEMENT: case GUMBO_NODE_TEMPLATE: {
                const GumboTag tag = n->v.element.tag;
                if (neverText(tag))
                    return false;
                if (tag == GUMBO_TAG_BR || (spaced && !htmltag::gluesText(tag)))
                    out += ' ';
                return true;
            }
            default:
                return false;
            }
        },
        [&](const GumboNode *n) {
            if (spaced && !htmltag::gluesText(n->v.element.tag))
                out += ' ';
        });
    return out;
}

QString textOf(const GumboNode *node, bool spaced)
{
    return normalisedText(subtreeText(node, spaced));
}

bool attributeEquals(const GumboNode *node, const char *name, const char *value)
{
    const char *v = attribute(node, name);
    return v && qstricmp(v, value) == 0;
}

bool sameTagAndClass(const GumboNode *a, const GumboNode *b, bool classless)
{
    if (!isElement(a) || !isElement(b) || tagOf(a) != tagOf(b))
        return false;
    const char *mine = attribute(a, "class");
    const char *its = attribute(b, "class");
    if (!mine || !its)
        return classless && !mine && !its;
    return (classless || *mine) && std::strcmp(mine, its) == 0;
}


qsizetype linkTextLength(const GumboNode *node)
{
    return linkTextLengthOutside(node, [](const GumboNode *) { return false; });
}

bool rawTextLongerThan(const GumboNode *node, size_t limit)
{
    size_t length = 0;
    walk(
        node,
        [&](const GumboNode *c) {
            if (length > limit)
                return false;
            if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_WHITESPACE || c->type == GUMBO_NODE_CDATA) {
                length += std::strlen(c->v.text.text);
                return false;
            }
            return isElement(c) && c->v.element.tag != GUMBO_TAG_SCRIPT && c->v.element.tag != GUMBO_TAG_STYLE;
        },
        [](const GumboNode *) {});
    return length > limit;
}

const GumboNode *onlyElementChild(const GumboNode *node)
{
    const GumboNode *only = nullptr;
    const GumboVector &children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        const GumboNode *c = childAt(children, i);
        if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_CDATA || (isElement(c) && only))
            return nullptr;
        if (isElement(c))
            only = c;
    }
    return only;
}

bool holdsHeading(const GumboNode *box)
{
    return anyElementIn(box, [](const GumboNode *n) { return isHeadingTag(n->v.element.tag); });
}

bool holds(const GumboNode *outer, const GumboNode *inner)
{
    for (const GumboNode *n = inner; n; n = n->parent) {
        if (n == outer)
            return true;
    }
    return false;
}

} // namespace html
} // namespace md
