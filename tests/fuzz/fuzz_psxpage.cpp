// Fuzz target "psxpage": PSX Data Portal pages (market watch, historical session, a series in a <pre>).
#include "core/parse/psxpageparser.h"
#include "tests/fuzz/fuzztarget.h"

#include <cmath>

MD_FUZZ_TARGET(psxpage)
{
    const QString html = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    md::Snapshot snapshot;
    md::LoadLimits limits;
    limits.maxNestingDepth = 64;
    limits.maxMarketRows = 200;
    const md::PsxPageResult result = md::parsePsxPage(html, QStringLiteral("https://dps.psx.com.pk/timeseries/eod/OGDC"), snapshot, limits);
    // Not recognised, or failed: the snapshot is left as it was.
    if (!result.recognised || !result.error.isEmpty())
        MD_FUZZ_CHECK(snapshot.quotes.isEmpty() && snapshot.kind == md::SnapshotKind::NewsPage);
    MD_FUZZ_CHECK(snapshot.quotes.size() <= limits.maxMarketRows);
    for (const md::Quote &q : snapshot.quotes)
        MD_FUZZ_CHECK(!q.symbol.isEmpty());
    return 0;
}
