// The ticker strip of an HTML page, read row by row: its words, its colours and its links.
#pragma once

#include "core/limits.h"
#include "core/parse/htmllandmarks.h"
#include "core/snapshot.h"

#include <QString>

namespace md {
namespace html {

// A ticker row's screen-reader words alone ("Increased By"; sitemarkup.h).
bool isDirectionPhrase(const QString &text);

// Reads the ticker rows the landmarks found into snapshot's quotes and indices; a row with direction words
// that does not read, and a colour that contradicts the words, get a warning.
void readTicker(const Landmarks &lm, Snapshot &snapshot, const LoadLimits &limits);

} // namespace html
} // namespace md
