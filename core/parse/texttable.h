// Data tables printed as plain text ("Top Volumes" / "SCRIP PRICE HIGH LOW CHANGE VOLUME" / "MLCF 42.14 …").
#pragma once

#include "core/snapshot.h"

#include <QStringList>
#include <QStringView>
#include <QVector>

namespace md {

// "SCRIP PRICE HIGH LOW CHANGE VOLUME": the column names of a table's header line, three to twelve words in
// capitals; empty for any other line. Only a header with a row under it makes a table (see tableRowOf).
QStringList tableHeaderOf(QStringView line);

// "MLCF 42.14 42.17 39.2 2.59 28,711,196": the cells of a row under a header of `columns` columns. The cells
// are separated by spaces; all but the first are figures, and a first cell of several words ("Lucky Cement")
// is kept whole. Empty when the line is not such a row.
QStringList tableRowOf(QStringView line, int columns);


// A table whose cells come one per line, as a page's sidebar is copied ("Name Price/Vol %Chg/NChg", then
// for each row `KSE100 162,163.81` / `363.99M` / `-0.70%` / `-1140.32`).
struct VerticalTable
{
    qsizetype end = 0;             // the index of the first line after the table
    QVector<IndexValue> indices;   // rows named like an index, in a table with a price and changes
    QVector<Quote> quotes;         // rows named like a PSX symbol, in such a table
    int otherRows = 0;             // rows of other instruments (commodities, currencies): skipped
    QString cutRow;                // the name of a row cut short by the end of the copy, if any
};

// "Name Price/Vol %Chg/NChg", "Name Last High/Low Chg/%Chg": the columns of a vertical table's header, read by
// name (each "/" separates two columns); empty for any other line.
QStringList verticalTableHeaderOf(QStringView line);

// Reads the table whose header is lines[at]; blank lines between cells are skipped. A table with a price
// and change columns whose rows are PSX indices or symbols gives indices and quotes; any other table
// (commodities under "Last", currencies) gives only a count of rows skipped.
VerticalTable readVerticalTable(const QVector<QStringView> &lines, qsizetype at);

} // namespace md
