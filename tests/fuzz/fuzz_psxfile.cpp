// Fuzz target "psxfile": closing-rate files and end-of-day JSON series, detected as the loader does.
#include "core/parse/psxclosingrates.h"
#include "core/parse/psxeodseries.h"
#include "tests/fuzz/fuzztarget.h"

MD_FUZZ_TARGET(psxfile)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    md::Snapshot snapshot;
    md::LoadLimits limits;
    limits.maxMarketRows = 500;
    if (md::looksLikeClosingRates(text)) {
        const QString error = md::parseClosingRates(text, snapshot, limits);
        MD_FUZZ_CHECK(!error.isEmpty() || !snapshot.quotes.isEmpty());
        MD_FUZZ_CHECK(error.isEmpty() || snapshot.quotes.isEmpty());
        MD_FUZZ_CHECK(snapshot.quotes.isEmpty() || snapshot.sessionDate.isValid());
    } else if (md::looksLikeJson(text)) {
        md::parseEodSeries(text, QStringLiteral("OGDC.json"), snapshot, limits);
        for (qsizetype i = 1; i < snapshot.quotes.size(); ++i)
            MD_FUZZ_CHECK(snapshot.quotes[i - 1].sessionDate < snapshot.quotes[i].sessionDate);
    }
    MD_FUZZ_CHECK(snapshot.quotes.size() <= limits.maxMarketRows);
    for (const md::Quote &q : snapshot.quotes)
        MD_FUZZ_CHECK(!q.symbol.isEmpty());
    return 0;
}
