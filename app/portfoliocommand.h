// --transactions, --holdings and --performance: the portfolio's headless commands (docs/portfolio.md).
#pragma once

#include "app/commandline.h"

namespace md::app {

// `--transactions import FILE.csv [--portfolio NAME]`, `--transactions list [--portfolio NAME] [--output OUT]`,
// `--transactions export --output FILE.csv [--portfolio NAME]`, `--transactions remove ID`.
// Exit status 0; 1 for an unknown action or a missing FILE, ID or --output; 2 when the file is refused (nothing
// imported), the ID is not a transaction, or the library or the output cannot be used.
int runTransactions(const CommandLine &command);

// `--holdings [--as-of YYYY-MM-DD] [--portfolio NAME] [--cost-method average|fifo] [--output OUT]`: CSV
// symbol,quantity,average_cost,cost,price,price_date,value,unrealized,unrealized_percent,realized,dividends,
// weight_percent, one row per open position by value, then TOTAL. Exit status 0; 2 on a bad date, method or
// portfolio, or when the output cannot be written.
int runHoldings(const CommandLine &command);

// `--performance --from D --to D [--portfolio NAME]`: the period's gain, TTWROR, IRR, the KSE-100's return and
// the value series beside the index rebased, as JSON on standard output. Exit status 0; 2 on bad input.
int runPerformance(const CommandLine &command);

} // namespace md::app
