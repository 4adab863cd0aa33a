// The prescan: one linear tokenizer pass over a page before the HTML5 parser sees it.
//
// Why: gumbo's tree builder scans its stack of open elements on most tags, so its time grows with the
// square of the nesting (a 20,000-deep page takes about a second, 100,000 deep minutes). The pass feeds
// every tag to HtmlNestingSimulator and refuses the page as soon as the nesting passes the limit. It also
// leaves out what no extractor reads (scripts other than JSON-LD, styles, comments, SVG and MathML,
// templates, frames, <noscript>), which is most of a real page's bytes and so most of gumbo's time.
// Simplification: a script's end is its first "</script" (the "double-escaped" <!--<script> form inside
// a script is not followed).
#include "core/parse/htmlprescan.h"

#include "core/parse/htmlnestingsimulator.h"
#include "core/parse/htmltagflags.h"
#include "core/wording.h"

#include <QCoreApplication>

#include <gumbo.h>

#include <cstring>
#include <vector>

namespace md {
namespace {

using namespace htmltag;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
}

// FNV-1a, case-folded: tells unknown (custom) element names apart.
quint32 nameHash(const char *p, qsizetype n)
{
    quint32 h = 2166136261u;
    for (qsizetype i = 0; i < n; ++i) {
        h ^= quint8(lower(p[i]));
        h *= 16777619u;
    }
    return h;
}

// ---------------------------------------------------------------------------------------------------
// The tokenizer side.

struct Tag
{
    GumboTag tag = GUMBO_TAG_UNKNOWN;
    quint32 name = 0;
    quint32 attributes = 0;
    bool selfClosing = false;
    bool jsonLd = false;          // <script type="application/ld+json">
    bool fontBreaksOut = false;   // <font color|face|size>
    const char *end = nullptr;    // just past '>', or nullptr when the data ends inside the tag
};

bool equalsIgnoringCase(const char *p, qsizetype n, const char *lowerText)
{
    const qsizetype m = qsizetype(strlen(lowerText));
    if (n != m)
        return false;
    for (qsizetype i = 0; i < n; ++i) {
        if (lower(p[i]) != lowerText[i])
            return false;
    }
    return true;
}

// Reads a start or end tag whose name starts at p (just after "<" or "</").
Tag readTag(const char *p, const char *end)
{
    Tag t;
    const char *nameStart = p;
    while (p < end && !isSpace(*p) && *p != '/' && *p != '>')
        ++p;
    const qsizetype nameLength = p - nameStart;
    t.tag = gumbo_tagn_enum(nameStart, unsigned(nameLength));
    t.name = t.tag == GUMBO_TAG_UNKNOWN ? nameHash(nameStart, nameLength) : 0;
    const char *attributesStart = p;
    while (p < end) {
        while (p < end && isSpace(*p))
            ++p;
        if (p >= end)
            break;
        if (*p == '>') {
            t.attributes = nameHash(attributesStart, p - attributesStart);
            t.end = p + 1;
            return t;
        }
        if (*p == '/') {
            ++p;
            if (p < end && *p == '>')
                t.selfClosing = true;
            continue;
        }
        const char *attrName = p;
        if (*p == '=')
            ++p;
        while (p < end && !isSpace(*p) && *p != '/' && *p != '>' && *p != '=')
            ++p;
        const qsizetype attrNameLength = p - attrName;
        while (p < end && isSpace(*p))
            ++p;
        const char *value = nullptr;
        qsizetype valueLength = 0;
        if (p < end && *p == '=') {
            ++p;
            while (p < end && isSpace(*p))
                ++p;
            if (p < end && (*p == '"' || *p == '\'')) {
                const char quote = *p++;
                const char *close = static_cast<const char *>(memchr(p, quote, size_t(end - p)));
                if (!close)
                    return t; // the data ends inside the value
                value = p;
                valueLength = close - p;
                p = close + 1;
            } else {
                value = p;
                while (p < end && !isSpace(*p) && *p != '>')
                    ++p;
                valueLength = p - value;
            }
        }
        if (t.tag == GUMBO_TAG_SCRIPT && equalsIgnoringCase(attrName, attrNameLength, "type") && value)
            t.jsonLd = equalsIgnoringCase(value, valueLength, "application/ld+json");
        if (t.tag == GUMBO_TAG_FONT
            && (equalsIgnoringCase(attrName, attrNameLength, "color") || equalsIgnoringCase(attrName, attrNameLength, "face")
                || equalsIgnoringCase(attrName, attrNameLength, "size")))
            t.fontBreaksOut = true;
    }
    return t; // the data ends inside the tag
}

// The '<' of the end tag "</name" that closes a raw-text element, or end.
const char *findRawTextEnd(const char *p, const char *end, const char *lowerName)
{
    const qsizetype n = qsizetype(strlen(lowerName));
    while (p < end) {
        const char *lt = static_cast<const char *>(memchr(p, '<', size_t(end - p)));
        if (!lt)
            return end;
        if (end - lt >= n + 2 && lt[1] == '/' && equalsIgnoringCase(lt + 2, n, lowerName)) {
            const char *after = lt + 2 + n;
            if (after == end || isSpace(*after) || *after == '/' || *after == '>')
                return lt;
        }
        p = lt + 1;
    }
    return end;
}

// Just past the '>' of the tag starting at lt (a '<'), or end.
const char *skipTag(const char *lt, const char *end)
{
    const char *p = lt + 1;
    if (p < end && *p == '/')
        ++p;
    const Tag t = readTag(p, end);
    return t.end ? t.end : end;
}

// Just past a comment starting at lt ("<!--"), or end.
const char *skipComment(const char *lt, const char *end)
{
    const char *p = lt + 4;
    if (p < end && *p == '>')
        return p + 1; // "<!-->"
    if (end - p >= 2 && p[0] == '-' && p[1] == '>')
        return p + 2; // "<!--->"
    while (p < end) {
        const char *dash = static_cast<const char *>(memchr(p, '-', size_t(end - p)));
        if (!dash || end - dash < 3)
            return end;
        if (dash[1] == '-') {
            if (dash[2] == '>')
                return dash + 3;
            if (end - dash >= 4 && dash[2] == '!' && dash[3] == '>')
                return dash + 4;
        }
        p = dash + 1;
    }
    return end;
}

const char *skipPast(const char *p, const char *end, char c)
{
    const char *hit = static_cast<const char *>(memchr(p, c, size_t(end - p)));
    return hit ? hit + 1 : end;
}

const char *skipPast(const char *p, const char *end, const char *text)
{
    const size_t n = strlen(text);
    while (p < end) {
        const char *hit = static_cast<const char *>(memchr(p, text[0], size_t(end - p)));
        if (!hit || size_t(end - hit) < n)
            return end;
        if (memcmp(hit, text, n) == 0)
            return hit + n;
        p = hit + 1;
    }
    return end;
}

bool hasNonSpace(const char *p, const char *end)
{
    for (; p < end; ++p) {
        if (!isSpace(*p))
            return true;
    }
    return false;
}

class Prescanner
{
public:
    Prescanner(QByteArrayView in, int limit)
        : m_begin(in.data()), m_end(in.data() + in.size()), m_copyFrom(m_begin), m_model(limit), m_limit(limit)
    {
        m_out.reserve(in.size() / 2 + 1024);
    }

    PrescannedHtml run()
    {
        const char *p = m_begin;
        while (p < m_end && !m_model.failed() && !m_foreignTooDeep) {
            const char *lt = static_cast<const char *>(memchr(p, '<', size_t(m_end - p)));
            const char *textEnd = lt ? lt : m_end;
            if (textEnd > p && m_foreign.empty() && m_templateDepth == 0 && hasNonSpace(p, textEnd))
                m_model.text();
            if (!lt)
                break;
            p = markup(lt);
        }
        if (m_dropFrom)
            drop(m_dropFrom, m_end); // the data ended inside something left out
        else if (m_copyFrom < m_end)
            m_out.append(m_copyFrom, m_end - m_copyFrom);

        PrescannedHtml result;
        result.deepestNesting = std::max(m_model.deepest(), m_foreignDeepest);
        result.reopenedElements = m_model.reopened();
        if (m_model.tooDeep() || m_foreignTooDeep) {
            result.error = tr("the page's markup is nested more than %1 levels deep, past the limit for a saved page")
                               .arg(m_limit);
        } else if (m_model.failed()) {
            result.error = tr("the page's markup is too broken to read: unclosed formatting tags would be repeated "
                              "more than %1 times").arg(HtmlNestingSimulator::kMaxReopenedElements);
        } else {
            result.markup = std::move(m_out);
        }
        return result;
    }

private:
    // Leaves out [from, to) of the input.
    void drop(const char *from, const char *to)
    {
        if (from > m_copyFrom)
            m_out.append(m_copyFrom, from - m_copyFrom);
        m_copyFrom = std::max(m_copyFrom, to);
    }

    // Handles the markup at lt ('<'); returns where scanning goes on.
    const char *markup(const char *lt)
    {
        const char *p = lt + 1;
        if (p >= m_end)
            return m_end;
        if (*p == '!') {
            const bool comment = m_end - p >= 3 && p[1] == '-' && p[2] == '-';
            const bool doctype = !comment && m_end - p >= 8 && equalsIgnoringCase(p + 1, 7, "doctype");
            const bool cdata = !comment && m_end - p >= 8 && memcmp(p + 1, "[CDATA[", 7) == 0 && !m_foreign.empty();
            const char *after = comment ? skipComment(lt, m_end) : cdata ? skipPast(p, m_end, "]]>") : skipPast(p, m_end, '>');
            if (!doctype && !insideDrop())
                drop(lt, after);
            return after;
        }
        if (*p == '?') {
            const char *after = skipPast(p, m_end, '>');
            if (!insideDrop())
                drop(lt, after);
            return after;
        }
        const bool endTag = *p == '/';
        if (endTag)
            ++p;
        if (p >= m_end || !isAsciiLetter(*p)) {
            if (endTag) { // "</>" and "</3": ignored, or a bogus comment
                const char *after = skipPast(p, m_end, '>');
                if (!insideDrop())
                    drop(lt, after);
                return after;
            }
            return p; // a literal '<'
        }
        const Tag t = readTag(p, m_end);
        if (!t.end) { // the data ends inside the tag: the tree builder drops it too
            if (!insideDrop())
                drop(lt, m_end);
            return m_end;
        }
        if (!m_foreign.empty())
            return foreignTag(lt, t, endTag);
        if (m_templateDepth > 0)
            return templateTag(t, endTag);
        if (endTag) {
            m_model.endTag(t.tag, t.name);
            return t.end;
        }
        return startTag(lt, t);
    }

    bool insideDrop() const { return m_dropFrom != nullptr; }

    const char *startTag(const char *lt, const Tag &t)
    {
        const quint16 f = flags(t.tag);
        if (f & Foreign) {
            if (t.selfClosing) {
                drop(lt, t.end);
                return t.end;
            }
            m_dropFrom = lt;
            m_foreign.push_back(t.tag);
            m_foreignNames.push_back(t.name);
            m_foreignIntegration = 0;
            return t.end;
        }
        if (t.tag == GUMBO_TAG_TEMPLATE) {
            m_dropFrom = lt;
            m_templateDepth = 1;
            return t.end;
        }
        if (t.tag == GUMBO_TAG_PLAINTEXT) {
            m_model.startTag(t.tag, t.name, t.attributes);
            return m_end; // everything after it is text
        }
        if (f & (DropWithContent | KeepRawText)) {
            const char *close = findRawTextEnd(t.end, m_end, gumbo_normalized_tagname(t.tag));
            const char *after = close < m_end ? skipTag(close, m_end) : m_end;
            m_model.startTag(t.tag, t.name, t.attributes);
            if ((f & DropWithContent) && !t.jsonLd)
                drop(lt, after);
            return after;
        }
        m_model.startTag(t.tag, t.name, t.attributes);
        return t.end;
    }

    // Inside a template (left out whole): only nesting of templates matters; raw text still hides tags.
    const char *templateTag(const Tag &t, bool endTag)
    {
        if (t.tag == GUMBO_TAG_TEMPLATE) {
            m_templateDepth += endTag ? -1 : 1;
            if (m_templateDepth == 0) {
                drop(m_dropFrom, t.end);
                m_dropFrom = nullptr;
            }
            return t.end;
        }
        if (!endTag && (flags(t.tag) & (DropWithContent | KeepRawText))) {
            const char *close = findRawTextEnd(t.end, m_end, gumbo_normalized_tagname(t.tag));
            return close < m_end ? skipTag(close, m_end) : m_end;
        }
        return t.end;
    }

    // Inside an SVG or MathML drawing (left out whole), until its end or an HTML tag that breaks out.
    const char *foreignTag(const char *lt, const Tag &t, bool endTag)
    {
        const quint16 f = flags(t.tag);
        if (!endTag) {
            const bool breaksOut = (f & BreaksOutOfForeign) && (t.tag != GUMBO_TAG_FONT || t.fontBreaksOut);
            if (breaksOut && m_foreignIntegration == 0) {
                leaveForeign(lt);
                return startTag(lt, t);
            }
            if (m_foreignIntegration > 0 && (f & (DropWithContent | KeepRawText))) {
                const char *close = findRawTextEnd(t.end, m_end, gumbo_normalized_tagname(t.tag));
                return close < m_end ? skipTag(close, m_end) : m_end;
            }
            if (t.selfClosing || (f & Void))
                return t.end;
            if (int(m_foreign.size()) >= m_limit) {
                m_foreignTooDeep = true;
                return m_end;
            }
            m_foreign.push_back(t.tag);
            m_foreignNames.push_back(t.name);
            if (f & IntegrationPoint)
                ++m_foreignIntegration;
            m_foreignDeepest = std::max(m_foreignDeepest, int(m_foreign.size()));
            return t.end;
        }
        for (int i = int(m_foreign.size()) - 1; i >= 0; --i) {
            if (m_foreign[size_t(i)] == t.tag && m_foreignNames[size_t(i)] == t.name) {
                while (int(m_foreign.size()) > i) {
                    if (flags(m_foreign.back()) & IntegrationPoint)
                        --m_foreignIntegration;
                    m_foreign.pop_back();
                    m_foreignNames.pop_back();
                }
                if (m_foreign.empty()) {
                    drop(m_dropFrom, t.end);
                    m_dropFrom = nullptr;
                }
                return t.end;
            }
        }
        // An end tag no open drawing element matches closes the drawing and is handled as HTML.
        leaveForeign(lt);
        m_model.endTag(t.tag, t.name);
        return t.end;
    }

    void leaveForeign(const char *at)
    {
        drop(m_dropFrom, at);
        m_dropFrom = nullptr;
        m_foreign.clear();
        m_foreignNames.clear();
        m_foreignIntegration = 0;
    }

    const char *m_begin;
    const char *m_end;
    const char *m_copyFrom;
    const char *m_dropFrom = nullptr; // start of a region being left out (template, drawing)
    QByteArray m_out;
    HtmlNestingSimulator m_model;
    int m_limit;
    int m_templateDepth = 0;
    std::vector<GumboTag> m_foreign;
    std::vector<quint32> m_foreignNames;
    int m_foreignIntegration = 0;
    int m_foreignDeepest = 0;
    bool m_foreignTooDeep = false;
};

} // namespace

PrescannedHtml prescanHtml(QByteArrayView utf8, int maxNestingDepth)
{
    return Prescanner(utf8, maxNestingDepth).run();
}

} // namespace md
