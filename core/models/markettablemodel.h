// A table of market rows (a name, a level, its change and percentage change): the shape quotes and indices share.
#pragma once

#include <QAbstractTableModel>
#include <QLocale>
#include <QVector>

namespace md {

// One row of the table. Not md::MarketRow (core/parse/marketline.h): two different types of one name in
// one program break the one-definition rule, and the linker may then mix their members.
struct MarketTableRow
{
    QString name;
    double value = 0.0;
    double change = 0.0;
    double changePercent = 0.0;
};

// Columns: Name, Value, Change, % Change. DisplayRole is formatted text, md::RawValueRole the raw value
// (QString name or double), md::DirectionRole +1/-1/0, Qt::TextAlignmentRole right-aligns numbers.
// Subclasses give the headers and how a value and a change are written.
class MarketTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, ValueColumn, ChangeColumn, ChangePercentColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const MarketTableRow &rowAt(int row) const { return m_rows.at(row); }
    const QVector<MarketTableRow> &rows() const { return m_rows; }
    // The row of a name (exact, case-sensitive), or -1.
    int rowOfName(const QString &name) const;

    // Display formats follow this locale (the default locale unless set).
    void setLocale(const QLocale &locale);
    QLocale locale() const { return m_locale; }

protected:
    void setRows(QVector<MarketTableRow> rows);
    virtual QString columnTitle(int column) const = 0;
    virtual QString formatValue(double value) const = 0;
    virtual QString formatChangeValue(double change) const = 0;

private:
    QVector<MarketTableRow> m_rows;
    QLocale m_locale;
};

} // namespace md
