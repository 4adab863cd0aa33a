// The prescan: a tokenizer pass with a model of the HTML5 tree builder's stack of open elements.
//
// Why: gumbo's tree builder scans its stack of open elements on most tags (quadratic in the depth: a
// 20,000-deep page takes about a second, 100,000 deep minutes) and gumbo 0.10.1 frees its tree
// recursively. So the depth is bounded here, in one linear pass, before gumbo sees anything. The model
// follows the tree-construction rules that decide depth (implied end tags, scopes, tables, the
// reopening of unclosed formatting elements with the "Noah's Ark" clause) and errs on the deep side
// where it simplifies. The pass also leaves out what no extractor reads (scripts other than JSON-LD,
// styles, comments, SVG and MathML, templates, frames, <noscript>), which is most of a real page's bytes
// and so most of gumbo's time.
#include "core/parse/htmlprescan.h"

#include <QCoreApplication>

#include <gumbo.h>

#include <cstring>
#include <vector>

namespace md {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("md", text);
}

// The tree builder reopens unclosed formatting elements (<b>, <font>, ...) where text continues; broken
// markup can make that repeat without end. Real pages stay in the hundreds.
constexpr qint64 kMaxReopenedElements = 200000;

enum TagFlag : quint16 {
    Void = 1 << 0,          // no content, never on the stack
    Special = 1 << 1,       // the HTML5 "special" category
    ClosesP = 1 << 2,       // a start tag that closes an open <p>
    Formatting = 1 << 3,    // kept in the list of active formatting elements
    ScopeBoundary = 1 << 4, // ends an "in scope" search
    Marker = 1 << 5,        // puts a marker in the list of active formatting elements
    Heading = 1 << 6,
    TableSection = 1 << 7,  // tbody, thead, tfoot
    DropWithContent = 1 << 8, // raw-text elements left out whole (script, style, iframe, ...)
    KeepRawText = 1 << 9,   // raw-text elements kept (title, textarea, xmp)
    Foreign = 1 << 10,      // svg, math: left out whole
    BreaksOutOfForeign = 1 << 11,
    IntegrationPoint = 1 << 12, // HTML may appear inside (foreignObject, desc, title, annotation-xml, mi, ...)
};

struct TagTable
{
    quint16 flags[GUMBO_TAG_LAST + 1] = {};

    TagTable()
    {
        auto set = [this](std::initializer_list<GumboTag> tags, quint16 flag) {
            for (GumboTag t : tags)
                flags[t] |= flag;
        };
        set({GUMBO_TAG_AREA, GUMBO_TAG_BASE, GUMBO_TAG_BASEFONT, GUMBO_TAG_BGSOUND, GUMBO_TAG_BR, GUMBO_TAG_COL,
             GUMBO_TAG_EMBED, GUMBO_TAG_HR, GUMBO_TAG_IMG, GUMBO_TAG_IMAGE, GUMBO_TAG_INPUT, GUMBO_TAG_KEYGEN,
             GUMBO_TAG_LINK, GUMBO_TAG_META, GUMBO_TAG_PARAM, GUMBO_TAG_SOURCE, GUMBO_TAG_TRACK, GUMBO_TAG_WBR,
             GUMBO_TAG_FRAME, GUMBO_TAG_ISINDEX, GUMBO_TAG_MENUITEM}, Void);
        set({GUMBO_TAG_ADDRESS, GUMBO_TAG_APPLET, GUMBO_TAG_AREA, GUMBO_TAG_ARTICLE, GUMBO_TAG_ASIDE, GUMBO_TAG_BASE,
             GUMBO_TAG_BASEFONT, GUMBO_TAG_BGSOUND, GUMBO_TAG_BLOCKQUOTE, GUMBO_TAG_BODY, GUMBO_TAG_BR, GUMBO_TAG_BUTTON,
             GUMBO_TAG_CAPTION, GUMBO_TAG_CENTER, GUMBO_TAG_COL, GUMBO_TAG_COLGROUP, GUMBO_TAG_DD, GUMBO_TAG_DETAILS,
             GUMBO_TAG_DIR, GUMBO_TAG_DIV, GUMBO_TAG_DL, GUMBO_TAG_DT, GUMBO_TAG_EMBED, GUMBO_TAG_FIELDSET,
             GUMBO_TAG_FIGCAPTION, GUMBO_TAG_FIGURE, GUMBO_TAG_FOOTER, GUMBO_TAG_FORM, GUMBO_TAG_FRAME,
             GUMBO_TAG_FRAMESET, GUMBO_TAG_H1, GUMBO_TAG_H2, GUMBO_TAG_H3, GUMBO_TAG_H4, GUMBO_TAG_H5, GUMBO_TAG_H6,
             GUMBO_TAG_HEAD, GUMBO_TAG_HEADER, GUMBO_TAG_HGROUP, GUMBO_TAG_HR, GUMBO_TAG_HTML, GUMBO_TAG_IFRAME,
             GUMBO_TAG_IMG, GUMBO_TAG_IMAGE, GUMBO_TAG_INPUT, GUMBO_TAG_ISINDEX, GUMBO_TAG_KEYGEN, GUMBO_TAG_LI,
             GUMBO_TAG_LINK, GUMBO_TAG_LISTING, GUMBO_TAG_MAIN, GUMBO_TAG_MARQUEE, GUMBO_TAG_MENU, GUMBO_TAG_MENUITEM,
             GUMBO_TAG_META, GUMBO_TAG_NAV, GUMBO_TAG_NOEMBED, GUMBO_TAG_NOFRAMES, GUMBO_TAG_NOSCRIPT,
             GUMBO_TAG_OBJECT, GUMBO_TAG_OL, GUMBO_TAG_P, GUMBO_TAG_PARAM, GUMBO_TAG_PLAINTEXT, GUMBO_TAG_PRE,
             GUMBO_TAG_SCRIPT, GUMBO_TAG_SECTION, GUMBO_TAG_SELECT, GUMBO_TAG_SOURCE, GUMBO_TAG_STYLE,
             GUMBO_TAG_SUMMARY, GUMBO_TAG_TABLE, GUMBO_TAG_TBODY, GUMBO_TAG_TD, GUMBO_TAG_TEMPLATE,
             GUMBO_TAG_TEXTAREA, GUMBO_TAG_TFOOT, GUMBO_TAG_TH, GUMBO_TAG_THEAD, GUMBO_TAG_TITLE, GUMBO_TAG_TR,
             GUMBO_TAG_TRACK, GUMBO_TAG_UL, GUMBO_TAG_WBR, GUMBO_TAG_XMP}, Special);
        set({GUMBO_TAG_ADDRESS, GUMBO_TAG_ARTICLE, GUMBO_TAG_ASIDE, GUMBO_TAG_BLOCKQUOTE, GUMBO_TAG_CENTER,
             GUMBO_TAG_DETAILS, GUMBO_TAG_DIR, GUMBO_TAG_DIV, GUMBO_TAG_DL, GUMBO_TAG_FIELDSET, GUMBO_TAG_FIGCAPTION,
             GUMBO_TAG_FIGURE, GUMBO_TAG_FOOTER, GUMBO_TAG_HEADER, GUMBO_TAG_HGROUP, GUMBO_TAG_MAIN, GUMBO_TAG_MENU,
             GUMBO_TAG_NAV, GUMBO_TAG_OL, GUMBO_TAG_P, GUMBO_TAG_SECTION, GUMBO_TAG_SUMMARY, GUMBO_TAG_UL,
             GUMBO_TAG_H1, GUMBO_TAG_H2, GUMBO_TAG_H3, GUMBO_TAG_H4, GUMBO_TAG_H5, GUMBO_TAG_H6, GUMBO_TAG_PRE,
             GUMBO_TAG_LISTING, GUMBO_TAG_FORM, GUMBO_TAG_TABLE, GUMBO_TAG_HR, GUMBO_TAG_XMP, GUMBO_TAG_PLAINTEXT,
             GUMBO_TAG_LI, GUMBO_TAG_DD, GUMBO_TAG_DT}, ClosesP);
        set({GUMBO_TAG_A, GUMBO_TAG_B, GUMBO_TAG_BIG, GUMBO_TAG_CODE, GUMBO_TAG_EM, GUMBO_TAG_FONT, GUMBO_TAG_I,
             GUMBO_TAG_NOBR, GUMBO_TAG_S, GUMBO_TAG_SMALL, GUMBO_TAG_STRIKE, GUMBO_TAG_STRONG, GUMBO_TAG_TT,
             GUMBO_TAG_U}, Formatting);
        set({GUMBO_TAG_APPLET, GUMBO_TAG_CAPTION, GUMBO_TAG_HTML, GUMBO_TAG_TABLE, GUMBO_TAG_TD, GUMBO_TAG_TH,
             GUMBO_TAG_MARQUEE, GUMBO_TAG_OBJECT, GUMBO_TAG_TEMPLATE}, ScopeBoundary);
        set({GUMBO_TAG_APPLET, GUMBO_TAG_MARQUEE, GUMBO_TAG_OBJECT, GUMBO_TAG_TD, GUMBO_TAG_TH, GUMBO_TAG_CAPTION,
             GUMBO_TAG_TEMPLATE}, Marker);
        set({GUMBO_TAG_H1, GUMBO_TAG_H2, GUMBO_TAG_H3, GUMBO_TAG_H4, GUMBO_TAG_H5, GUMBO_TAG_H6}, Heading);
        set({GUMBO_TAG_TBODY, GUMBO_TAG_THEAD, GUMBO_TAG_TFOOT}, TableSection);
        set({GUMBO_TAG_SCRIPT, GUMBO_TAG_STYLE, GUMBO_TAG_IFRAME, GUMBO_TAG_NOEMBED, GUMBO_TAG_NOFRAMES,
             GUMBO_TAG_NOSCRIPT}, DropWithContent);
        set({GUMBO_TAG_TITLE, GUMBO_TAG_TEXTAREA, GUMBO_TAG_XMP}, KeepRawText);
        set({GUMBO_TAG_SVG, GUMBO_TAG_MATH}, Foreign);
        set({GUMBO_TAG_B, GUMBO_TAG_BIG, GUMBO_TAG_BLOCKQUOTE, GUMBO_TAG_BODY, GUMBO_TAG_BR, GUMBO_TAG_CENTER,
             GUMBO_TAG_CODE, GUMBO_TAG_DD, GUMBO_TAG_DIV, GUMBO_TAG_DL, GUMBO_TAG_DT, GUMBO_TAG_EM, GUMBO_TAG_EMBED,
             GUMBO_TAG_H1, GUMBO_TAG_H2, GUMBO_TAG_H3, GUMBO_TAG_H4, GUMBO_TAG_H5, GUMBO_TAG_H6, GUMBO_TAG_HEAD,
             GUMBO_TAG_HR, GUMBO_TAG_I, GUMBO_TAG_IMG, GUMBO_TAG_LI, GUMBO_TAG_LISTING, GUMBO_TAG_MENU,
             GUMBO_TAG_META, GUMBO_TAG_NOBR, GUMBO_TAG_OL, GUMBO_TAG_P, GUMBO_TAG_PRE, GUMBO_TAG_RUBY, GUMBO_TAG_S,
             GUMBO_TAG_SMALL, GUMBO_TAG_SPAN, GUMBO_TAG_STRONG, GUMBO_TAG_STRIKE, GUMBO_TAG_SUB, GUMBO_TAG_SUP,
             GUMBO_TAG_TABLE, GUMBO_TAG_TT, GUMBO_TAG_U, GUMBO_TAG_UL, GUMBO_TAG_VAR, GUMBO_TAG_FONT},
            BreaksOutOfForeign);
        set({GUMBO_TAG_FOREIGNOBJECT, GUMBO_TAG_DESC, GUMBO_TAG_TITLE, GUMBO_TAG_ANNOTATION_XML, GUMBO_TAG_MI,
             GUMBO_TAG_MO, GUMBO_TAG_MN, GUMBO_TAG_MS, GUMBO_TAG_MTEXT}, IntegrationPoint);
    }
};

const TagTable &tagTable()
{
    static const TagTable table;
    return table;
}

bool has(GumboTag tag, quint16 flag)
{
    return (tagTable().flags[tag] & flag) != 0;
}

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
// The model of the tree builder: stack of open elements and list of active formatting elements.

struct OpenElement
{
    GumboTag tag;
    quint32 name;   // hash of the name, for elements gumbo does not know
    quint32 serial; // identity, for the formatting list
    int depth;      // depth in the tree; at least its place on the stack (a closed <form> stays an ancestor)
};

struct FormattingEntry
{
    GumboTag tag;        // GUMBO_TAG_LAST for a marker
    quint32 attributes;  // hash of the attribute text, for the Noah's Ark clause
    quint32 serial;
    bool onStack;
};

class TreeModel
{
public:
    explicit TreeModel(int limit)
        : m_limit(limit)
    {
        m_stack.reserve(size_t(limit) + 8);
        push(GUMBO_TAG_HTML, 0);
        push(GUMBO_TAG_BODY, 0);
    }

    bool failed() const { return m_tooDeep || m_tooManyReopened; }
    bool tooDeep() const { return m_tooDeep; }
    int deepest() const { return m_deepest; }
    qint64 reopened() const { return m_reopened; }

    void startTag(GumboTag tag, quint32 name, quint32 attributes)
    {
        Mode mode = currentMode();
        if ((mode == Mode::Caption || mode == Mode::Cell) && isTablePart(tag)) {
            closeCell(mode == Mode::Caption ? GUMBO_TAG_CAPTION : GUMBO_TAG_TD); // table parts end a cell or caption
            mode = currentMode();
        }
        if (mode == Mode::Select) {
            selectStartTag(tag, name, attributes);
            return;
        }
        const quint16 f = tagTable().flags[tag];
        switch (tag) {
        case GUMBO_TAG_HTML: case GUMBO_TAG_HEAD: case GUMBO_TAG_BODY:
            return;
        case GUMBO_TAG_LI:
            closeListItem(false);
            closeP();
            push(tag, name);
            return;
        case GUMBO_TAG_DD: case GUMBO_TAG_DT:
            closeListItem(true);
            closeP();
            push(tag, name);
            return;
        case GUMBO_TAG_BUTTON:
            if (inScope(tag, name, ScopeBoundary, GUMBO_TAG_BUTTON) >= 0)
                popThrough(tag, name);
            reconstruct();
            push(tag, name);
            return;
        case GUMBO_TAG_A:
            if (lastFormattingEntry(GUMBO_TAG_A) >= 0) {
                endFormatting(GUMBO_TAG_A);
                // An <a> the algorithm left behind goes from the list and the stack.
                if (const int left = lastFormattingEntry(GUMBO_TAG_A); left >= 0) {
                    const quint32 serial = m_formatting[size_t(left)].serial;
                    m_formatting.erase(m_formatting.begin() + left);
                    for (size_t i = m_stack.size(); i-- > 2;) {
                        if (m_stack[i].serial == serial) {
                            m_stack.erase(m_stack.begin() + qsizetype(i));
                            break;
                        }
                    }
                }
            }
            reconstruct();
            pushFormatting(tag, name, attributes);
            return;
        case GUMBO_TAG_NOBR:
            reconstruct();
            if (inScope(tag, name, ScopeBoundary) >= 0) {
                endFormatting(tag);
                reconstruct();
            }
            pushFormatting(tag, name, attributes);
            return;
        case GUMBO_TAG_TABLE:
            // A table straight inside a table (not in a cell or caption) closes the first one.
            if (mode == Mode::Table || mode == Mode::Section || mode == Mode::Row)
                popThrough(GUMBO_TAG_TABLE, 0);
            // An open <p> stays open in quirks mode; not closing it errs on the deep side.
            push(tag, name);
            return;
        case GUMBO_TAG_COL:
            if (mode == Mode::Body)
                return; // ignored outside tables
            clearToTableContext();
            leaf();
            m_deepest = std::max(m_deepest, topDepth() + 2); // inside an implied <colgroup>
            return;
        case GUMBO_TAG_CAPTION: case GUMBO_TAG_COLGROUP:
            if (mode == Mode::Body)
                return; // ignored outside tables
            clearToTableContext();
            push(tag, name);
            if (tag == GUMBO_TAG_CAPTION)
                m_formatting.push_back({GUMBO_TAG_LAST, 0, 0, false});
            return;
        case GUMBO_TAG_TBODY: case GUMBO_TAG_THEAD: case GUMBO_TAG_TFOOT:
            if (mode == Mode::Body)
                return;
            for (GumboTag section : {GUMBO_TAG_TBODY, GUMBO_TAG_THEAD, GUMBO_TAG_TFOOT}) {
                if (inTableScope(section) >= 0) {
                    popThrough(section, 0);
                    break;
                }
            }
            push(tag, name);
            return;
        case GUMBO_TAG_TR:
            if (mode == Mode::Body)
                return;
            if (inTableScope(GUMBO_TAG_TR) >= 0)
                popThrough(GUMBO_TAG_TR, 0);
            if (!has(top().tag, TableSection))
                push(GUMBO_TAG_TBODY, 0); // implied
            push(tag, name);
            return;
        case GUMBO_TAG_TD: case GUMBO_TAG_TH:
            if (mode == Mode::Body)
                return;
            if (top().tag != GUMBO_TAG_TR) {
                if (!has(top().tag, TableSection))
                    push(GUMBO_TAG_TBODY, 0);
                push(GUMBO_TAG_TR, 0);
            }
            push(tag, name);
            m_formatting.push_back({GUMBO_TAG_LAST, 0, 0, false});
            return;
        case GUMBO_TAG_FORM:
            // While the form element pointer is set, another <form> is ignored. In a table the form is
            // closed at once (and still pointed to).
            if (m_formPointer)
                return;
            if (mode == Mode::Table || mode == Mode::Section || mode == Mode::Row) {
                leaf();
                m_formPointer = ++m_serial;
                return;
            }
            closeP();
            push(tag, name);
            m_formPointer = m_serial;
            return;
        case GUMBO_TAG_OPTION: case GUMBO_TAG_OPTGROUP:
            if (top().tag == GUMBO_TAG_OPTION)
                pop();
            reconstruct();
            push(tag, name);
            return;
        default:
            break;
        }
        if (f & (KeepRawText | DropWithContent)) {
            if (f & ClosesP)
                closeP(); // <xmp>
            reconstruct();
            leaf();
            return;
        }
        if (f & Void) {
            if (f & ClosesP)
                closeP(); // <hr>
            else
                reconstruct();
            leaf();
            return;
        }
        if (f & ClosesP) {
            closeP();
            if ((f & Heading) && has(top().tag, Heading))
                pop();
            push(tag, name);
            return;
        }
        if (f & Formatting) {
            reconstruct();
            pushFormatting(tag, name, attributes);
            return;
        }
        reconstruct();
        push(tag, name);
        if (f & Marker) // applet, marquee, object
            m_formatting.push_back({GUMBO_TAG_LAST, 0, 0, false});
    }

    void endTag(GumboTag tag, quint32 name)
    {
        const Mode mode = currentMode();
        if (mode == Mode::Select) {
            selectEndTag(tag, name);
            return;
        }
        const quint16 f = tagTable().flags[tag];
        switch (tag) {
        case GUMBO_TAG_HTML: case GUMBO_TAG_HEAD: case GUMBO_TAG_BODY:
            return;
        case GUMBO_TAG_BR: // "</br>" is read as "<br>"
            reconstruct();
            leaf();
            return;
        case GUMBO_TAG_P:
            if (inScope(tag, name, ScopeBoundary, GUMBO_TAG_BUTTON) >= 0)
                popThrough(tag, name);
            else
                leaf(); // an empty <p> is inserted
            return;
        case GUMBO_TAG_LI:
            if (inScope(tag, name, ScopeBoundary, GUMBO_TAG_OL, GUMBO_TAG_UL) >= 0)
                popThrough(tag, name);
            return;
        case GUMBO_TAG_FORM: {
            // </form> takes the form the form element pointer names off the stack (when it is in scope) and
            // leaves what was opened inside it open.
            const quint32 pointed = m_formPointer;
            m_formPointer = 0;
            if (!pointed || formInScope(pointed) < 0)
                return;
            generateImpliedEndTags();
            const int at = formInScope(pointed);
            if (at >= 2)
                m_stack.erase(m_stack.begin() + at);
            return;
        }
        case GUMBO_TAG_TABLE: case GUMBO_TAG_TBODY: case GUMBO_TAG_THEAD: case GUMBO_TAG_TFOOT: case GUMBO_TAG_TR:
            // In a table these close what is open down to them; in a cell they first close the cell.
            if (mode != Mode::Body && inTableScope(tag) >= 0) {
                if (mode == Mode::Cell)
                    closeCell(GUMBO_TAG_TD);
                else if (mode == Mode::Caption)
                    closeCell(GUMBO_TAG_CAPTION);
                popThrough(tag, name);
            }
            return;
        case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_CAPTION:
            if (tag == GUMBO_TAG_CAPTION && mode == Mode::Cell)
                return; // ignored in a cell
            if (inTableScope(tag) >= 0)
                closeCell(tag);
            return;
        default:
            break;
        }
        if (f & Heading) {
            for (int i = int(m_stack.size()) - 1; i >= 0; --i) {
                if (has(m_stack[size_t(i)].tag, Heading)) {
                    popTo(i);
                    return;
                }
                if (has(m_stack[size_t(i)].tag, ScopeBoundary))
                    return;
            }
            return;
        }
        if (f & Formatting) {
            endFormatting(tag);
            return;
        }
        if (f & Marker) { // applet, marquee, object
            // gumbo 0.10.1 looks past the other two of these (not past tables) for the one to close.
            for (int i = int(m_stack.size()) - 1; i >= 2; --i) {
                const GumboTag t = m_stack[size_t(i)].tag;
                if (t == tag) {
                    popTo(i);
                    clearToLastMarker();
                    return;
                }
                if (has(t, ScopeBoundary) && !has(t, Marker))
                    return;
                if (t == GUMBO_TAG_TD || t == GUMBO_TAG_TH || t == GUMBO_TAG_CAPTION || t == GUMBO_TAG_TEMPLATE)
                    return;
            }
            return;
        }
        if (f & Special) {
            if (inScope(tag, name, ScopeBoundary) >= 0)
                popThrough(tag, name);
            return;
        }
        anyOtherEndTag(tag, name);
    }

    // Text reopens unclosed formatting elements (not inside a <select>, but erring deep costs nothing here).
    void text() { reconstruct(); }
private:
    // The insertion modes that decide how tags act, found the way gumbo's "reset the insertion mode" does:
    // from the nearest select, cell, row, table section, caption or table on the stack.
    enum class Mode { Body, Table, Section, Row, Cell, Caption, Select };

    Mode currentMode() const
    {
        for (size_t i = m_stack.size(); i-- > 2;) {
            switch (m_stack[i].tag) {
            case GUMBO_TAG_SELECT: return Mode::Select;
            case GUMBO_TAG_TD: case GUMBO_TAG_TH: return Mode::Cell;
            case GUMBO_TAG_TR: return Mode::Row;
            case GUMBO_TAG_TBODY: case GUMBO_TAG_THEAD: case GUMBO_TAG_TFOOT: return Mode::Section;
            case GUMBO_TAG_CAPTION: return Mode::Caption;
            case GUMBO_TAG_TABLE: return Mode::Table;
            default: break;
            }
        }
        return Mode::Body;
    }

    static bool isTablePart(GumboTag tag)
    {
        return tag == GUMBO_TAG_CAPTION || tag == GUMBO_TAG_COL || tag == GUMBO_TAG_COLGROUP || tag == GUMBO_TAG_TBODY
            || tag == GUMBO_TAG_TFOOT || tag == GUMBO_TAG_THEAD || tag == GUMBO_TAG_TR || tag == GUMBO_TAG_TD
            || tag == GUMBO_TAG_TH;
    }

    bool selectInTable() const
    {
        for (size_t i = m_stack.size(); i-- > 2;) {
            if (m_stack[i].tag == GUMBO_TAG_TABLE)
                return true;
        }
        return false;
    }

    // Inside a <select> gumbo ignores most tags. Elements that could later stop a scope search (tables,
    // cells, objects) are ignored here too; others are pushed, which errs on the deep side, and go when the
    // select closes.
    void selectStartTag(GumboTag tag, quint32 name, quint32 attributes)
    {
        switch (tag) {
        case GUMBO_TAG_OPTION:
            if (top().tag == GUMBO_TAG_OPTION)
                pop();
            push(tag, name);
            return;
        case GUMBO_TAG_OPTGROUP:
            if (top().tag == GUMBO_TAG_OPTION)
                pop();
            if (top().tag == GUMBO_TAG_OPTGROUP)
                pop();
            push(tag, name);
            return;
        case GUMBO_TAG_SELECT:
            popThrough(GUMBO_TAG_SELECT, 0);
            return;
        case GUMBO_TAG_INPUT: case GUMBO_TAG_KEYGEN: case GUMBO_TAG_TEXTAREA:
            popThrough(GUMBO_TAG_SELECT, 0);
            startTag(tag, name, attributes);
            return;
        case GUMBO_TAG_CAPTION: case GUMBO_TAG_TABLE: case GUMBO_TAG_TBODY: case GUMBO_TAG_TFOOT:
        case GUMBO_TAG_THEAD: case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH:
            if (selectInTable()) {
                popThrough(GUMBO_TAG_SELECT, 0);
                startTag(tag, name, attributes);
            }
            return;
        default:
            break;
        }
        const quint16 f = tagTable().flags[tag];
        if (f & (Void | KeepRawText | DropWithContent)) {
            leaf();
            return;
        }
        if (f & (ScopeBoundary | Marker))
            return;
        push(tag, name);
    }

    void selectEndTag(GumboTag tag, quint32 name)
    {
        switch (tag) {
        case GUMBO_TAG_OPTGROUP:
            if (top().tag == GUMBO_TAG_OPTION && m_stack.size() > 3 && m_stack[m_stack.size() - 2].tag == GUMBO_TAG_OPTGROUP)
                pop();
            if (top().tag == GUMBO_TAG_OPTGROUP)
                pop();
            return;
        case GUMBO_TAG_OPTION:
            if (top().tag == GUMBO_TAG_OPTION)
                pop();
            return;
        case GUMBO_TAG_SELECT:
            popThrough(GUMBO_TAG_SELECT, 0);
            return;
        case GUMBO_TAG_CAPTION: case GUMBO_TAG_TABLE: case GUMBO_TAG_TBODY: case GUMBO_TAG_TFOOT:
        case GUMBO_TAG_THEAD: case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH:
            if (selectInTable() && inTableScope(tag) >= 0) {
                popThrough(GUMBO_TAG_SELECT, 0);
                endTag(tag, name);
            }
            return;
        default:
            // Elements pushed inside the select (see selectStartTag) may close as they would elsewhere.
            if (top().tag != GUMBO_TAG_SELECT && top().tag != GUMBO_TAG_OPTION && top().tag != GUMBO_TAG_OPTGROUP
                && matches(top(), tag, name))
                pop();
            return;
        }
    }

    void anyOtherEndTag(GumboTag tag, quint32 name)
    {
        // The nearest element of that name, unless a special element comes first.
        for (int i = int(m_stack.size()) - 1; i >= 2; --i) {
            const OpenElement &e = m_stack[size_t(i)];
            if (matches(e, tag, name)) {
                popTo(i);
                return;
            }
            if (has(e.tag, Special))
                return;
        }
    }

    const OpenElement &top() const { return m_stack.back(); }

    static bool matches(const OpenElement &e, GumboTag tag, quint32 name)
    {
        return e.tag == tag && (tag != GUMBO_TAG_UNKNOWN || e.name == name);
    }

    int topDepth() const { return m_stack.empty() ? 0 : m_stack.back().depth; }

    void push(GumboTag tag, quint32 name)
    {
        const int depth = topDepth() + 1;
        if (depth > m_limit) {
            m_tooDeep = true;
            return;
        }
        m_stack.push_back({tag, name, ++m_serial, depth});
        m_deepest = std::max(m_deepest, depth);
    }

    // An element with no element content (void, raw text): one level below the current node.
    void leaf()
    {
        const int depth = topDepth() + 1;
        if (depth > m_limit)
            m_tooDeep = true;
        m_deepest = std::max(m_deepest, depth);
    }

    void pop()
    {
        if (m_stack.size() <= 2)
            return; // html and body stay
        const OpenElement e = m_stack.back();
        m_stack.pop_back();
        if (has(e.tag, Formatting)) {
            for (auto it = m_formatting.rbegin(); it != m_formatting.rend(); ++it) {
                if (it->serial == e.serial && it->tag == e.tag) {
                    it->onStack = false;
                    break;
                }
            }
        }
    }

    void popTo(int index)
    {
        while (int(m_stack.size()) > std::max(index, 2))
            pop();
    }

    void popThrough(GumboTag tag, quint32 name)
    {
        for (int i = int(m_stack.size()) - 1; i >= 2; --i) {
            if (matches(m_stack[size_t(i)], tag, name)) {
                popTo(i);
                return;
            }
        }
    }

    // "Close the cell" (and the caption): pop through it and clear the formatting list to its marker.
    void closeCell(GumboTag tag)
    {
        for (int i = int(m_stack.size()) - 1; i >= 2; --i) {
            const GumboTag t = m_stack[size_t(i)].tag;
            if (t == tag || (tag != GUMBO_TAG_CAPTION && (t == GUMBO_TAG_TD || t == GUMBO_TAG_TH))) {
                popTo(i);
                clearToLastMarker();
                return;
            }
            if (t == GUMBO_TAG_TABLE || t == GUMBO_TAG_TEMPLATE)
                return;
        }
    }

    int formInScope(quint32 serial) const
    {
        for (int i = int(m_stack.size()) - 1; i >= 2; --i) {
            if (m_stack[size_t(i)].serial == serial)
                return i;
            if (has(m_stack[size_t(i)].tag, ScopeBoundary))
                return -1;
        }
        return -1;
    }

    void generateImpliedEndTags()
    {
        while (m_stack.size() > 2) {
            switch (top().tag) {
            case GUMBO_TAG_DD: case GUMBO_TAG_DT: case GUMBO_TAG_LI: case GUMBO_TAG_OPTION: case GUMBO_TAG_OPTGROUP:
            case GUMBO_TAG_P: case GUMBO_TAG_RB: case GUMBO_TAG_RP: case GUMBO_TAG_RT: case GUMBO_TAG_RTC:
                pop();
                continue;
            default:
                return;
            }
        }
    }

    void clearToTableContext()
    {
        while (m_stack.size() > 2 && top().tag != GUMBO_TAG_TABLE)
            pop();
    }

    // Index of the element in scope (the nearest of that name before a scope boundary), or -1.
    int inScope(GumboTag tag, quint32 name, quint16 boundary, GumboTag extra1 = GUMBO_TAG_LAST,
                GumboTag extra2 = GUMBO_TAG_LAST) const
    {
        for (int i = int(m_stack.size()) - 1; i >= 0; --i) {
            const OpenElement &e = m_stack[size_t(i)];
            if (matches(e, tag, name))
                return i;
            if (has(e.tag, boundary) || e.tag == extra1 || e.tag == extra2)
                return -1;
        }
        return -1;
    }

    int inTableScope(GumboTag tag) const
    {
        for (int i = int(m_stack.size()) - 1; i >= 0; --i) {
            const GumboTag t = m_stack[size_t(i)].tag;
            if (t == tag)
                return i;
            if (t == GUMBO_TAG_TABLE || t == GUMBO_TAG_HTML || t == GUMBO_TAG_TEMPLATE)
                return -1;
        }
        return -1;
    }

    void closeP()
    {
        if (inScope(GUMBO_TAG_P, 0, ScopeBoundary, GUMBO_TAG_BUTTON) >= 0)
            popThrough(GUMBO_TAG_P, 0);
    }

    // <li> closes the open <li> (and <dd>/<dt> the open <dd>/<dt>) unless a special element other than
    // address, div or p is nearer.
    void closeListItem(bool definition)
    {
        for (int i = int(m_stack.size()) - 1; i >= 2; --i) {
            const GumboTag t = m_stack[size_t(i)].tag;
            if (definition ? (t == GUMBO_TAG_DD || t == GUMBO_TAG_DT) : t == GUMBO_TAG_LI) {
                popTo(i);
                return;
            }
            if (has(t, Special) && t != GUMBO_TAG_ADDRESS && t != GUMBO_TAG_DIV && t != GUMBO_TAG_P)
                return;
        }
    }

    int lastFormattingEntry(GumboTag tag) const
    {
        for (int i = int(m_formatting.size()) - 1; i >= 0; --i) {
            const FormattingEntry &e = m_formatting[size_t(i)];
            if (e.tag == GUMBO_TAG_LAST)
                return -1;
            if (e.tag == tag)
                return i;
        }
        return -1;
    }

    void clearToLastMarker()
    {
        while (!m_formatting.empty()) {
            const bool marker = m_formatting.back().tag == GUMBO_TAG_LAST;
            m_formatting.pop_back();
            if (marker)
                break;
        }
    }

    void pushFormatting(GumboTag tag, quint32 name, quint32 attributes)
    {
        push(tag, name);
        if (m_tooDeep)
            return;
        // Noah's Ark: at most three identical entries after the last marker; the earliest goes.
        int same = 0;
        int earliest = -1;
        for (int i = int(m_formatting.size()) - 1; i >= 0; --i) {
            const FormattingEntry &e = m_formatting[size_t(i)];
            if (e.tag == GUMBO_TAG_LAST)
                break;
            if (e.tag == tag && e.attributes == attributes) {
                ++same;
                earliest = i;
            }
        }
        if (same >= 3)
            m_formatting.erase(m_formatting.begin() + earliest);
        m_formatting.push_back({tag, attributes, m_serial, true});
        // The list holds no more entries than can be open at once, plus what waits to be reopened.
        if (int(m_formatting.size()) > 4 * m_limit)
            m_tooDeep = true;
    }

    int entryWithSerial(quint32 serial) const
    {
        for (int i = int(m_formatting.size()) - 1; i >= 0; --i) {
            if (m_formatting[size_t(i)].tag != GUMBO_TAG_LAST && m_formatting[size_t(i)].serial == serial)
                return i;
        }
        return -1;
    }

    // The adoption agency algorithm, for its effect on the stack and on depth.
    // The adoption agency algorithm as gumbo 0.10.1 runs it, for its effect on the stack and on depth. With no
    // entry for the tag after the last marker it does nothing (the specification would go on as for "any
    // other end tag").
    void endFormatting(GumboTag tag)
    {
        if (top().tag == tag && entryWithSerial(top().serial) < 0) {
            pop();
            return;
        }
        for (int outer = 0; outer < 8; ++outer) {
            const int entry = lastFormattingEntry(tag);
            if (entry < 0)
                return;
            const quint32 serial = m_formatting[size_t(entry)].serial;
            int at = -1;
            for (int i = int(m_stack.size()) - 1; i >= 2; --i) {
                if (m_stack[size_t(i)].serial == serial) {
                    at = i;
                    break;
                }
            }
            if (at < 0 || !m_formatting[size_t(entry)].onStack) {
                m_formatting.erase(m_formatting.begin() + entry);
                return;
            }
            if (inScope(tag, 0, ScopeBoundary) < 0)
                return;
            int block = -1; // the furthest block: the first special element above the formatting element
            for (int i = at + 1; i < int(m_stack.size()); ++i) {
                if (has(m_stack[size_t(i)].tag, Special)) {
                    block = i;
                    break;
                }
            }
            if (block < 0) {
                m_formatting.erase(m_formatting.begin() + entry);
                popTo(at);
                return;
            }
            // Inner loop, from the furthest block down to the formatting element: after three steps
            // formatting elements leave the list but stay open; other elements not in the list leave the
            // stack; the rest are replaced by clones.
            int i = block;
            for (int step = 1;; ++step) {
                --i;
                if (i <= at)
                    break;
                OpenElement &node = m_stack[size_t(i)];
                const int nodeEntry = entryWithSerial(node.serial);
                if (step > 3 && nodeEntry >= 0) {
                    m_formatting.erase(m_formatting.begin() + nodeEntry);
                    continue;
                }
                if (nodeEntry < 0) {
                    m_stack.erase(m_stack.begin() + i);
                    --block;
                    continue;
                }
                node.serial = ++m_serial;
                m_formatting[size_t(nodeEntry)].serial = node.serial;
            }
            // The formatting element's clone goes into the furthest block and takes the block's content, one
            // level deeper; on the stack it comes right after the block.
            const OpenElement element = m_stack[size_t(at)];
            m_stack.erase(m_stack.begin() + at);
            --block;
            const OpenElement clone{element.tag, element.name, ++m_serial, m_stack[size_t(block)].depth + 1};
            m_stack.insert(m_stack.begin() + block + 1, clone);
            for (size_t k = size_t(block) + 2; k < m_stack.size(); ++k)
                m_stack[k].depth = std::max(m_stack[k].depth + 1, m_stack[k - 1].depth + 1);
            m_deepest = std::max(m_deepest, topDepth());
            if (m_deepest > m_limit) {
                m_tooDeep = true;
                return;
            }
            const int feEntry = entryWithSerial(serial);
            if (feEntry >= 0)
                m_formatting[size_t(feEntry)].serial = clone.serial;
        }
    }

    void reconstruct()
    {
        if (m_formatting.empty())
            return;
        const FormattingEntry &last = m_formatting.back();
        if (last.tag == GUMBO_TAG_LAST || last.onStack)
            return;
        size_t first = m_formatting.size() - 1;
        while (first > 0 && m_formatting[first - 1].tag != GUMBO_TAG_LAST && !m_formatting[first - 1].onStack)
            --first;
        for (size_t i = first; i < m_formatting.size(); ++i) {
            FormattingEntry &e = m_formatting[i];
            push(e.tag, 0);
            if (m_tooDeep)
                return;
            e.serial = m_serial;
            e.onStack = true;
            if (++m_reopened > kMaxReopenedElements) {
                m_tooManyReopened = true;
                return;
            }
        }
    }

    int m_limit;
    std::vector<OpenElement> m_stack;
    std::vector<FormattingEntry> m_formatting;
    quint32 m_serial = 0;
    int m_deepest = 0;
    qint64 m_reopened = 0;
    quint32 m_formPointer = 0; // serial of the form the form element pointer names, 0 for none
    bool m_tooDeep = false;
    bool m_tooManyReopened = false;
};

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
                              "more than %1 times").arg(kMaxReopenedElements);
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
        const quint16 f = tagTable().flags[t.tag];
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
        if (!endTag && (tagTable().flags[t.tag] & (DropWithContent | KeepRawText))) {
            const char *close = findRawTextEnd(t.end, m_end, gumbo_normalized_tagname(t.tag));
            return close < m_end ? skipTag(close, m_end) : m_end;
        }
        return t.end;
    }

    // Inside an SVG or MathML drawing (left out whole), until its end or an HTML tag that breaks out.
    const char *foreignTag(const char *lt, const Tag &t, bool endTag)
    {
        const quint16 f = tagTable().flags[t.tag];
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
                    if (tagTable().flags[m_foreign.back()] & IntegrationPoint)
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
    TreeModel m_model;
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
