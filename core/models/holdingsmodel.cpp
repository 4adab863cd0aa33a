// HoldingsModel: positions and their totals as table cells, raw numbers for sorting.
#include "core/models/holdingsmodel.h"

#include "core/models/displayformat.h"
#include "core/wording.h"

#include <cmath>

namespace md {

HoldingsModel::HoldingsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void HoldingsModel::setOverview(const PortfolioOverview &overview)
{
    beginResetModel();
    m_holdings = overview.holdings;
    m_moves = overview.moves;
    m_sectors = overview.sectors;
    endResetModel();
}

QString HoldingsModel::symbolAt(int row) const
{
    return row >= 0 && row < m_holdings.positions.size() ? m_holdings.positions[row].symbol : QString();
}

int HoldingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_holdings.positions.size()) + 1;
}

int HoldingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HoldingsModel::raw(int row, int column) const
{
    if (row == m_holdings.positions.size()) {  // the totals
        const std::optional<PortfolioMove> move = portfolioMoveOf(m_holdings, m_moves);
        switch (column) {
        case SymbolColumn: return tr("Total");
        case CostColumn: return m_holdings.cost;
        case MoveColumn: return move ? QVariant(move->change) : QVariant();
        case MovePercentColumn: return move && move->changePercent ? QVariant(*move->changePercent) : QVariant();
        case ValueColumn: return m_holdings.value;
        case UnrealizedColumn: return m_holdings.unrealized;
        case UnrealizedPercentColumn: return m_holdings.unrealizedPercent;
        case RealizedColumn: return m_holdings.realized;
        case DividendsColumn: return m_holdings.dividends;
        case WeightColumn: return m_holdings.positions.isEmpty() ? 0.0 : 100.0;
        default: return {};
        }
    }
    const Position &p = m_holdings.positions[row];
    const auto move = m_moves.constFind(p.symbol);
    switch (column) {
    case SymbolColumn: return p.symbol;
    case SectorColumn: return m_sectors.value(p.symbol);
    case SharesColumn: return p.quantity;
    case AverageCostColumn: return p.averageCost;
    case CostColumn: return p.cost;
    case PriceColumn: return p.price ? QVariant(p.price->close) : QVariant();
    case MoveColumn: return move != m_moves.cend() ? QVariant(p.quantity * move->change) : QVariant();
    case MovePercentColumn: return move != m_moves.cend() ? QVariant(move->changePercent) : QVariant();
    case ValueColumn: return p.value;
    case UnrealizedColumn: return p.unrealized;
    case UnrealizedPercentColumn: return p.unrealizedPercent;
    case RealizedColumn: return p.realized;
    case DividendsColumn: return p.dividends;
    case WeightColumn: return p.weightPercent;
    default: return {};
    }
}

QVariant HoldingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const int row = index.row();
    const int column = index.column();
    const bool totals = row == m_holdings.positions.size();
    switch (role) {
    case RawValueRole:
        return raw(row, column);
    case TotalsRowRole:
        return totals;
    case Qt::DisplayRole: {
        const QVariant value = raw(row, column);
        if (!value.isValid())
            return column == PriceColumn && !totals ? tr("at cost") : QString();
        if (column == SymbolColumn || column == SectorColumn)
            return value.toString();
        const double v = value.toDouble();
        switch (column) {
        case SharesColumn: return m_locale.toString(v, 'f', v == std::floor(v) ? 0 : 4);
        case AverageCostColumn:
        case PriceColumn: return formatPrice(v, m_locale);
        case MoveColumn:
        case UnrealizedColumn:
        case RealizedColumn: return formatChange(v, 2, m_locale);
        case MovePercentColumn:
        case UnrealizedPercentColumn: return formatPercent(v, m_locale);
        case WeightColumn: return m_locale.toString(v, 'f', 2) + QLatin1Char('%');
        default: return m_locale.toString(v, 'f', 2);
        }
    }
    case DirectionRole:
        if (column == MoveColumn || column == MovePercentColumn || column == UnrealizedColumn
            || column == UnrealizedPercentColumn || column == RealizedColumn)
            return directionOf(raw(row, column).toDouble());
        return 0;
    case Qt::TextAlignmentRole:
        return int((column == SymbolColumn || column == SectorColumn ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (totals)
            return tr("Cost, value and gains of every open position; realized gains and dividends of sold-out ones too");
        if (column == PriceColumn || column == SymbolColumn) {
            const Position &p = m_holdings.positions[row];
            if (!p.price)
                return tr("No close on or before %1 in the library: valued at cost").arg(m_locale.toString(m_holdings.asOf, QLocale::ShortFormat));
            return tr("Close of %1").arg(m_locale.toString(p.price->date, QLocale::ShortFormat));
        }
        if (column == MoveColumn || column == MovePercentColumn) {
            const auto move = m_moves.constFind(m_holdings.positions[row].symbol);
            if (move != m_moves.cend())
                return tr("The session of %1 against the one before").arg(m_locale.toString(move->date, QLocale::ShortFormat));
        }
        return {};
    default:
        return {};
    }
}

QVariant HoldingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SymbolColumn: return tr("Symbol");
    case SectorColumn: return tr("Sector");
    case SharesColumn: return tr("Shares");
    case AverageCostColumn: return tr("Avg. cost");
    case CostColumn: return tr("Cost");
    case PriceColumn: return tr("Price");
    case MoveColumn: return tr("Today");
    case MovePercentColumn: return tr("Today %");
    case ValueColumn: return tr("Value");
    case UnrealizedColumn: return tr("Unrealized");
    case UnrealizedPercentColumn: return tr("Unrealized %");
    case RealizedColumn: return tr("Realized");
    case DividendsColumn: return tr("Dividends");
    case WeightColumn: return tr("Weight");
    default: return {};
    }
}

} // namespace md
