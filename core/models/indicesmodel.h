// The current snapshot's market indices as a table: Index, Value, Change, % Change.
#pragma once

#include "core/models/markettablemodel.h"
#include "core/snapshot.h"

namespace md {

class IndicesModel : public MarketTableModel
{
    Q_OBJECT
public:
    using MarketTableModel::MarketTableModel;

    void setIndices(const QVector<IndexValue> &indices);
    IndexValue indexAt(int row) const;

protected:
    QString columnTitle(int column) const override;
    QString formatValue(double value) const override;
    QString formatChangeValue(double change) const override;
};

} // namespace md
