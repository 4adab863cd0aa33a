// The library's headless commands: --import FOLDER and --history NAME (with --library PATH).
#pragma once

#include "app/commandline.h"

#include <QString>

namespace md {
class Library;
}

namespace md::app {

// Opens the library for a command, telling the user on stderr when an unreadable file was set aside.
// Snapshots stored by an older MarketDesk are read again with today's rules, and articles not yet in the
// full-text index are indexed, first (each with a line on stderr). False (the reason printed) on failure.
bool openLibrary(Library &library);

// Imports every snapshot under folder into the library at libraryPath (the default when empty). Progress
// and failures go to stderr, the summary (with each file not read whole) to stdout. Returns 0 when every file
// was read whole; 2 when a file or the folder failed; 4 when every file went in but some without rows.
int runImport(const QString &folder, const QString &libraryPath);

// Writes the series of the index or symbol command.history as CSV (captured_at,value,change,
// change_percent) in command.preset (csv by default) to command.output (standard output when empty or
// "-"). Returns 0; 1 for an unknown preset; 2 when the library has no such index or symbol, cannot be
// opened, or the output cannot be written.
int runHistory(const CommandLine &command);

} // namespace md::app
