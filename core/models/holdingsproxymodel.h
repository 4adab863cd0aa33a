// Sorts a table with a totals row (HoldingsModel) by its raw values, the totals row always last.
#pragma once

#include <QSortFilterProxyModel>

namespace md {

// Compares md::RawValueRole: numbers as numbers, text without case; a missing value sorts before every
// number. A row whose md::TotalsRowRole is true stays last in either order.
class HoldingsProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit HoldingsProxyModel(QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

} // namespace md
