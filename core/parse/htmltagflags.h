// What the HTML5 tree-construction rules say about each tag, as flags: void, special, formatting, ...
#pragma once

#include <QtGlobal>

#include <gumbo.h>

namespace md::htmltag {

enum Flag : quint16 {
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

// The flags of a tag (GUMBO_TAG_UNKNOWN and GUMBO_TAG_LAST have none).
quint16 flags(GumboTag tag);

inline bool has(GumboTag tag, quint16 flag)
{
    return (flags(tag) & flag) != 0;
}

// Inline formatting (a, b, em, span-like tags): its boundaries fall inside words, so flattening text adds no
// space at them.
bool gluesText(GumboTag tag);

} // namespace md::htmltag
