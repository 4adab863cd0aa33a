// The portfolio's value by sector: one row a sector, largest first, with its weight and symbols.
#pragma once

#include "core/models/modelroles.h"
#include "core/portfolio/portfoliooverview.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace md {

// Rows are PortfolioOverview::allocation. RawValueRole: the name, the value and the weight as numbers.
class SectorAllocationModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SectorColumn, WeightColumn, ValueColumn, SymbolsColumn, ColumnCount };

    explicit SectorAllocationModel(QObject *parent = nullptr);

    void setAllocation(const QVector<SectorWeight> &allocation);
    const QVector<SectorWeight> &allocation() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<SectorWeight> m_rows;
    QLocale m_locale;
};

} // namespace md
