// The exchange's sector-code table: the codes of its closing-rate files and the names of its boards.
#include "core/parse/psxsectors.h"

#include <iterator>

namespace md {
namespace {

struct Sector
{
    const char *code;
    const char *name;
};

// The codes in the third field of the exchange's closing-rate files, with the names its market-watch board
// gives the same sectors. 0817 is not in use. A sector renamed by the exchange keeps its code: 0822 was
// "PAPER & BOARD" before it became "PAPER, BOARD & PACKAGING" (both names are read as 0822).
const Sector kSectors[] = {
    {"0801", "AUTOMOBILE ASSEMBLER"},
    {"0802", "AUTOMOBILE PARTS & ACCESSORIES"},
    {"0803", "CABLE & ELECTRICAL GOODS"},
    {"0804", "CEMENT"},
    {"0805", "CHEMICAL"},
    {"0806", "CLOSE - END MUTUAL FUND"},
    {"0807", "COMMERCIAL BANKS"},
    {"0808", "ENGINEERING"},
    {"0809", "FERTILIZER"},
    {"0810", "FOOD & PERSONAL CARE PRODUCTS"},
    {"0811", "GLASS & CERAMICS"},
    {"0812", "INSURANCE"},
    {"0813", "INV. BANKS / INV. COS. / SECURITIES COS."},
    {"0814", "JUTE"},
    {"0815", "LEASING COMPANIES"},
    {"0816", "LEATHER & TANNERIES"},
    {"0818", "MISCELLANEOUS"},
    {"0819", "MODARABAS"},
    {"0820", "OIL & GAS EXPLORATION COMPANIES"},
    {"0821", "OIL & GAS MARKETING COMPANIES"},
    {"0822", "PAPER, BOARD & PACKAGING"},
    {"0823", "PHARMACEUTICALS"},
    {"0824", "POWER GENERATION & DISTRIBUTION"},
    {"0825", "REFINERY"},
    {"0826", "SUGAR & ALLIED INDUSTRIES"},
    {"0827", "SYNTHETIC & RAYON"},
    {"0828", "TECHNOLOGY & COMMUNICATION"},
    {"0829", "TEXTILE COMPOSITE"},
    {"0830", "TEXTILE SPINNING"},
    {"0831", "TEXTILE WEAVING"},
    {"0832", "TOBACCO"},
    {"0833", "TRANSPORT"},
    {"0834", "VANASPATI & ALLIED INDUSTRIES"},
    {"0835", "WOOLLEN"},
    {"0836", "REAL ESTATE INVESTMENT TRUST"},
    {"0837", "EXCHANGE TRADED FUNDS"},
    {"0838", "PROPERTY"},
    {"0839", "APPAREL"},
};

} // namespace

QString psxSectorName(const QString &code)
{
    const QString c = code.trimmed();
    for (const Sector &s : kSectors) {
        if (c == QLatin1String(s.code))
            return QString::fromLatin1(s.name);
    }
    return {};
}

QString psxSectorCode(const QString &name)
{
    const QString n = name.simplified();
    if (n.compare(QLatin1String("PAPER & BOARD"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("0822");
    for (const Sector &s : kSectors) {
        if (n.compare(QLatin1String(s.name), Qt::CaseInsensitive) == 0)
            return QString::fromLatin1(s.code);
    }
    return {};
}

} // namespace md
