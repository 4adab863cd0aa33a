// The library's headless commands: --import FOLDER and --history NAME (with --library PATH).
#pragma once

#include <QString>

namespace md::app {

// Imports every snapshot under folder into the library at libraryPath (the default when empty). Progress
// and failures go to stderr, the summary to stdout. Returns 0, or 2 when a file or the folder failed.
int runImport(const QString &folder, const QString &libraryPath);

// Prints the series of an index or symbol as CSV (captured_at,value,change,change_percent) on stdout.
// Returns 0, or 2 when the library has no such index or symbol or cannot be opened.
int runHistory(const QString &name, const QString &libraryPath);

} // namespace md::app
