// The shared table model of quotes and indices.
#include "core/models/markettablemodel.h"

#include "core/models/displayformat.h"
#include "core/models/modelroles.h"

namespace md {

int MarketTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MarketTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MarketTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MarketTableRow &row = m_rows.at(index.row());
    switch (role) {
    case RawValueRole:
        switch (index.column()) {
        case NameColumn: return row.name;
        case ValueColumn: return row.value;
        case ChangeColumn: return row.change;
        case ChangePercentColumn: return row.changePercent;
        }
        break;
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return row.name;
        case ValueColumn: return formatValue(row.value);
        case ChangeColumn: return formatChangeValue(row.change);
        case ChangePercentColumn: return formatPercent(row.changePercent, m_locale);
        }
        break;
    case Qt::ToolTipRole:
        return QStringLiteral("%1  %2  %3 (%4)")
            .arg(row.name, formatValue(row.value), formatChangeValue(row.change),
                 formatPercent(row.changePercent, m_locale));
    case DirectionRole:
        return directionOf(row.change);
    case Qt::TextAlignmentRole:
        return index.column() == NameColumn ? QVariant(int(Qt::AlignLeft | Qt::AlignVCenter))
                                            : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    default:
        break;
    }
    return {};
}

QVariant MarketTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnTitle(section);
    if (role == Qt::TextAlignmentRole)
        return section == NameColumn ? QVariant(int(Qt::AlignLeft | Qt::AlignVCenter))
                                     : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    return {};
}

int MarketTableModel::rowOfName(const QString &name) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).name == name)
            return i;
    }
    return -1;
}

void MarketTableModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::DisplayRole, Qt::ToolTipRole});
}

void MarketTableModel::setRows(QVector<MarketTableRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

} // namespace md
