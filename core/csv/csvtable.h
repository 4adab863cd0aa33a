// A table ready to be written as CSV: a header and rows of typed cells (text, number or empty).
#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace md {

class CsvTable
{
public:
    struct Cell
    {
        // Text is guarded against formula injection when written; a number is written as a number.
        enum class Kind : quint8 { Empty, Text, Number };

        Kind kind = Kind::Empty;
        double number = 0.0;
        QString text;
    };

    explicit CsvTable(QStringList header = {});

    const QStringList &header() const { return m_header; }
    int columnCount() const { return int(m_header.size()); }
    // Rows begun so far; a row left short is written with empty cells at its end.
    qsizetype rowCount() const;
    // The cell, or an empty one past the cells added.
    const Cell &cell(qsizetype row, int column) const;

    void reserveRows(qsizetype rows);
    // Cells are added row by row, left to right: a row is complete after columnCount() cells.
    void addText(const QString &text);
    void addNumber(double value);
    void addEmpty();

private:
    QStringList m_header;
    QVector<Cell> m_cells;  // row-major
};

} // namespace md
