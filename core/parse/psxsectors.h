// The Pakistan Stock Exchange's sector codes ("0804") and the names its boards print for them ("CEMENT").
#pragma once

#include <QString>

namespace md {

// The sector's name for a closing-rate file's code, as the exchange's market-watch board spells it
// ("0804" → "CEMENT", "0820" → "OIL & GAS EXPLORATION COMPANIES"); empty for a code the table does not have.
QString psxSectorName(const QString &code);
// The code of a sector named as the board prints it (any case); empty for a name the table does not have.
QString psxSectorCode(const QString &name);

} // namespace md
