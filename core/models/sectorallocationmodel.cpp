// SectorAllocationModel: sectors, their value and weight as table cells.
#include "core/models/sectorallocationmodel.h"

#include "core/wording.h"

namespace md {

SectorAllocationModel::SectorAllocationModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SectorAllocationModel::setAllocation(const QVector<SectorWeight> &allocation)
{
    beginResetModel();
    m_rows = allocation;
    endResetModel();
}

int SectorAllocationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SectorAllocationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SectorAllocationModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const SectorWeight &w = m_rows[index.row()];
    if (role == RawValueRole || role == Qt::DisplayRole) {
        const bool raw = role == RawValueRole;
        switch (index.column()) {
        case SectorColumn: return w.sector;
        case ValueColumn: return raw ? QVariant(w.value) : QVariant(m_locale.toString(w.value, 'f', 2));
        case WeightColumn: return raw ? QVariant(w.weightPercent) : QVariant(m_locale.toString(w.weightPercent, 'f', 2) + QLatin1Char('%'));
        case SymbolsColumn: return w.symbols.join(QStringLiteral(", "));
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole)
        return int((index.column() == ValueColumn || index.column() == WeightColumn ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    return {};
}

QVariant SectorAllocationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SectorColumn: return tr("Sector");
    case ValueColumn: return tr("Value");
    case WeightColumn: return tr("Weight");
    case SymbolsColumn: return tr("Symbols");
    default: return {};
    }
}

} // namespace md
