// The portfolio's tables in the library (schema version 7): named portfolios, their transactions, and the
// files imported into them.
#pragma once

#include <QStringList>

namespace md {

// The statements that add the portfolio tables to a library of schema version 6 (libraryMigration(7)).
QStringList portfolioMigration();

} // namespace md
