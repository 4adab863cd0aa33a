// Parses a plain-text copy of a page: ticker rows, then the article, then the reader comments.
#pragma once

#include "core/limits.h"
#include "core/snapshot.h"

#include <QString>

namespace md {

// Fills quotes, indices, article, comments and warnings of snapshot from the text (lines end in "\n").
// Returns an error message (no file name) when the page ran past limits.deadline; empty otherwise.
QString parseTextSnapshot(const QString &text, Snapshot &snapshot, const LoadLimits &limits = {});

} // namespace md
