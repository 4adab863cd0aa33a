// Data tables printed as plain text ("Top Volumes" / "SCRIP PRICE HIGH LOW CHANGE VOLUME" / "MLCF 42.14 …").
#pragma once

#include <QStringList>
#include <QStringView>

namespace md {

// "SCRIP PRICE HIGH LOW CHANGE VOLUME": the column names of a table's header line, three to twelve words in
// capitals; empty for any other line. Only a header with a row under it makes a table (see tableRowOf).
QStringList tableHeaderOf(QStringView line);

// "MLCF 42.14 42.17 39.2 2.59 28,711,196": the cells of a row under a header of `columns` columns. The cells
// are separated by spaces; all but the first are figures, and a first cell of several words ("Lucky Cement")
// is kept whole. Empty when the line is not such a row.
QStringList tableRowOf(QStringView line, int columns);

} // namespace md
