// CsvTable: typed cells in row-major order.
#include "core/csv/csvtable.h"

namespace md {

CsvTable::CsvTable(QStringList header)
    : m_header(std::move(header))
{
}

qsizetype CsvTable::rowCount() const
{
    const qsizetype columns = columnCount();
    return columns == 0 ? 0 : (m_cells.size() + columns - 1) / columns;
}

const CsvTable::Cell &CsvTable::cell(qsizetype row, int column) const
{
    static const Cell empty;
    if (column < 0 || column >= columnCount() || row < 0)
        return empty;
    const qsizetype at = row * columnCount() + column;
    return at < m_cells.size() ? m_cells[at] : empty;
}

void CsvTable::reserveRows(qsizetype rows)
{
    m_cells.reserve(rows * columnCount());
}

void CsvTable::addText(const QString &text)
{
    Cell c;
    c.kind = Cell::Kind::Text;
    c.text = text;
    m_cells.append(std::move(c));
}

void CsvTable::addNumber(double value)
{
    Cell c;
    c.kind = Cell::Kind::Number;
    c.number = value;
    m_cells.append(std::move(c));
}

void CsvTable::addEmpty()
{
    m_cells.append(Cell());
}

} // namespace md
