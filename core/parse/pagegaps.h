// What an opened page lacks (market data, article text) and why, in the user's words, for empty states.
#pragma once

#include "core/snapshot.h"

#include <QString>

namespace md {

struct PageGaps
{
    bool noMarketData = false;  // no quote and no index
    bool noArticle = false;     // no headline, text or comments
    // A sentence each: what is missing, then the parser's warning that explains it where there is one.
    QString marketData;
    QString article;
    // A page with an article and no market data: what it holds is its article.
    bool articleOnly() const { return noMarketData && !noArticle; }
};

// The gaps of an opened snapshot. The reasons come from the snapshot's own warnings: the first warning
// about ticker rows or tables for the market data, about the article's text or headline for the article.
PageGaps pageGaps(const Snapshot &snapshot);

} // namespace md
