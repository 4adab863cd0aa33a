// A linear pass over HTML before the HTML5 parser: bounds nesting depth and leaves out what is never read.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace md {

struct PrescannedHtml
{
    // The page for the tree builder: the same markup without comments, the bodies of scripts (JSON-LD is
    // kept) and styles, SVG and MathML drawings, templates, frames and <noscript> fallbacks.
    QByteArray markup;
    // The deepest element nesting the tree builder would build from it (an estimate that errs high).
    int deepestNesting = 0;
    // Elements the tree builder would create on its own to reopen unclosed formatting tags (<b>, <font>, ...).
    qint64 reopenedElements = 0;
    QString error; // set when the page is refused; no file name

    bool ok() const { return error.isEmpty(); }
};

// utf8 is the whole page. Markup nested deeper than maxNestingDepth is refused before any tree is built:
// the HTML5 tree builder's cost grows with the square of the depth, and gumbo frees its tree recursively.
PrescannedHtml prescanHtml(QByteArrayView utf8, int maxNestingDepth);

} // namespace md
