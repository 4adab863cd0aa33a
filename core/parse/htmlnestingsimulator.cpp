// The nesting model: the stack of open elements and the list of active formatting elements, step by step.
#include "core/parse/htmlnestingsimulator.h"

#include "core/parse/htmltagflags.h"

#include <algorithm>
#include <vector>

namespace md {

using namespace htmltag;

namespace {

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

} // namespace

class HtmlNestingSimulator::Model
{
public:
    explicit Model(int limit)
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
        const quint16 f = flags(tag);
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
        const quint16 f = flags(tag);
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
        const quint16 f = flags(tag);
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
            if (++m_reopened > HtmlNestingSimulator::kMaxReopenedElements) {
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

HtmlNestingSimulator::HtmlNestingSimulator(int maxDepth)
    : d(std::make_unique<Model>(maxDepth))
{
}

HtmlNestingSimulator::~HtmlNestingSimulator() = default;

void HtmlNestingSimulator::startTag(GumboTag tag, quint32 name, quint32 attributes)
{
    d->startTag(tag, name, attributes);
}

void HtmlNestingSimulator::endTag(GumboTag tag, quint32 name)
{
    d->endTag(tag, name);
}

void HtmlNestingSimulator::text()
{
    d->text();
}

bool HtmlNestingSimulator::tooDeep() const
{
    return d->tooDeep();
}

bool HtmlNestingSimulator::tooManyReopened() const
{
    return d->failed() && !d->tooDeep();
}

int HtmlNestingSimulator::deepest() const
{
    return d->deepest();
}

qint64 HtmlNestingSimulator::reopened() const
{
    return d->reopened();
}

} // namespace md
