// --export-csv: snapshot files in, one CSV table out, to a file (atomically) or to standard output.
#pragma once

#include "app/commandline.h"

namespace md::app {

// Runs `marketdesk --export-csv TABLE [--preset csv|excel|tsv] --output OUT FILE...`.
// Exit status: 0 when every file was read and the output written; 1 for a usage error (unknown table or
// preset, no --output, no FILE); 2 when a file could not be read or the output could not be written, with
// a message naming it on stderr. The files that could be read are still exported when others could not;
// nothing is written (an existing OUT is left alone) when none could. source,captured_at columns lead
// whenever more than one FILE is given, so a script gets the same columns however many files were good.
int runExportCsv(const CommandLine &command);

} // namespace md::app
