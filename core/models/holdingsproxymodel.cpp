// HoldingsProxyModel: raw-value sorting that leaves the totals row at the bottom.
#include "core/models/holdingsproxymodel.h"

#include "core/models/modelroles.h"

namespace md {

HoldingsProxyModel::HoldingsProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RawValueRole);
}

bool HoldingsProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // A descending sort reverses lessThan(): the totals row is "greater" ascending and "less" descending.
    const bool leftTotals = left.data(TotalsRowRole).toBool();
    const bool rightTotals = right.data(TotalsRowRole).toBool();
    if (leftTotals != rightTotals)
        return leftTotals == (sortOrder() == Qt::DescendingOrder);
    const QVariant a = left.data(RawValueRole);
    const QVariant b = right.data(RawValueRole);
    if (!a.isValid() || !b.isValid())
        return !a.isValid() && b.isValid();
    if (a.typeId() == QMetaType::QString || b.typeId() == QMetaType::QString)
        return a.toString().compare(b.toString(), Qt::CaseInsensitive) < 0;
    return a.toDouble() < b.toDouble();
}

} // namespace md
