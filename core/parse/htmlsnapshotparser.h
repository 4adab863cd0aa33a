// Parses a saved HTML page with an HTML5 parser (gumbo): ticker, article, comments from the page's structure.
#pragma once

#include "core/limits.h"
#include "core/snapshot.h"

#include <QString>

namespace md {

// Fills quotes, indices, article, comments, capturedAt (when the page shows its date) and warnings of
// snapshot. Returns an error message (no file name) when the page cannot be parsed at all, e.g. markup
// nested deeper than limits.maxNestingDepth; empty on success.
QString parseHtmlSnapshot(const QString &html, Snapshot &snapshot, const LoadLimits &limits = {});

} // namespace md
