// ComparisonProxyModel: missing values last, kind and name filters.
#include "core/models/comparisonproxymodel.h"

#include "core/models/comparisonmodel.h"

namespace md {

ComparisonProxyModel::ComparisonProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RawValueRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ComparisonProxyModel::setKinds(Kinds kinds)
{
    if (kinds == m_kinds)
        return;
    m_kinds = kinds;
    invalidateRowsFilter();
}

void ComparisonProxyModel::setNameFilter(const QString &text)
{
    if (text == m_name)
        return;
    m_name = text;
    invalidateRowsFilter();
}

bool ComparisonProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.isValid() && b.isValid())
        return QSortFilterProxyModel::lessThan(left, right);
    if (a.isValid() == b.isValid())
        return false;  // both missing: keep their order
    // The proxy reverses lessThan for a descending sort; answer so that the missing one ends up last.
    const bool leftMissing = !a.isValid();
    return sortOrder() == Qt::AscendingOrder ? !leftMissing : leftMissing;
}

bool ComparisonProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    if (m_kinds != Kinds::All) {
        const QString kind = source->index(sourceRow, ComparisonModel::KindColumn, sourceParent).data(RawValueRole).toString();
        if (kind != (m_kinds == Kinds::Indices ? QLatin1String("index") : QLatin1String("symbol")))
            return false;
    }
    if (!m_name.isEmpty()) {
        const QString name = source->index(sourceRow, ComparisonModel::NameColumn, sourceParent).data(RawValueRole).toString();
        if (!name.contains(m_name.trimmed(), Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace md
