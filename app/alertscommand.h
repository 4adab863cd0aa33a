// The watchlist, alert and search commands: --watchlist, --alerts and --search (with --library PATH).
#pragma once

#include "app/commandline.h"

namespace md::app {

// --watchlist add|remove|list NAME...: prints the outcome (list: one name per line). Returns 0; 1 for an
// unknown action, a missing or malformed name; 2 when a name to remove is not on the watchlist or the
// library cannot be used.
int runWatchlist(const CommandLine &command);

// --alerts add RULE | list | remove ID | history | check FILE|URL...: see README, "Alerts". check returns 3
// when any alert fired (even if an input could not be read), else 2 when an input could not be read, else 0.
int runAlerts(const CommandLine &command);

// --search QUERY: prints the ranked results as a JSON array. Returns 0 (also with no results); 1 for a query
// with nothing to look for; 2 when the library cannot be used.
int runSearch(const CommandLine &command);

} // namespace md::app
