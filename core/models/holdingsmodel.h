// The portfolio's open positions, one a row, and a totals row last: shares, cost, price, the last session's
// move, value, gains, dividends and weight.
#pragma once

#include "core/models/modelroles.h"
#include "core/portfolio/portfoliooverview.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace md {

// Rows are Holdings::positions in their order, then "Total" (TotalsRowRole true). RawValueRole gives numbers as
// doubles (an empty QVariant where there is none: a position without a price, the totals' price), for
// HoldingsProxyModel; DirectionRole the sign of the moves and gains.
class HoldingsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SymbolColumn, SectorColumn, SharesColumn, AverageCostColumn, CostColumn, PriceColumn, MoveColumn,
        MovePercentColumn, ValueColumn, UnrealizedColumn, UnrealizedPercentColumn, RealizedColumn, DividendsColumn,
        WeightColumn, ColumnCount
    };

    explicit HoldingsModel(QObject *parent = nullptr);

    // The overview's holdings, moves and sectors.
    void setOverview(const PortfolioOverview &overview);
    // The symbol of a position's row; empty for the totals row.
    QString symbolAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant raw(int row, int column) const;

    Holdings m_holdings;
    QHash<QString, SessionMove> m_moves;
    QHash<QString, QString> m_sectors;
    QLocale m_locale;
};

} // namespace md
