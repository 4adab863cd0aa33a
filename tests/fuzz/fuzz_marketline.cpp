// Fuzz target "marketline": one ticker row at a time; parsed rows keep their sign rules.
#include "core/parse/marketline.h"
#include "tests/fuzz/fuzztarget.h"

#include <cmath>

MD_FUZZ_TARGET(marketline)
{
    const QString line = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QStringList warnings;
    const auto row = md::parseMarketLine(line, &warnings);
    if (row) {
        MD_FUZZ_CHECK(!row->name.isEmpty() && row->name.size() <= 16);
        MD_FUZZ_CHECK(std::isfinite(row->value) && row->value >= 0);
        MD_FUZZ_CHECK(std::isfinite(row->change) && std::isfinite(row->changePercent));
        // Change and percentage never point in opposite directions.
        MD_FUZZ_CHECK(!(row->change > 0 && row->changePercent < 0) && !(row->change < 0 && row->changePercent > 0));
    } else {
        MD_FUZZ_CHECK(warnings.isEmpty());
    }
    int decimals = -1;
    if (const auto number = md::parsePageNumber(line, &decimals))
        MD_FUZZ_CHECK(std::isfinite(*number) && *number >= 0 && decimals >= 0);
    return 0;
}
