// Indices table: grouped levels, changes with as many decimals as the page gave.
#include "core/models/indicesmodel.h"

#include "core/models/displayformat.h"

namespace md {

void IndicesModel::setIndices(const QVector<IndexValue> &indices)
{
    QVector<MarketTableRow> rows;
    rows.reserve(indices.size());
    for (const IndexValue &v : indices)
        rows.append({v.name, v.value, v.change, v.changePercent});
    setRows(std::move(rows));
}

IndexValue IndicesModel::indexAt(int row) const
{
    const MarketTableRow &r = rowAt(row);
    return {r.name, r.value, r.change, r.changePercent};
}

QString IndicesModel::columnTitle(int column) const
{
    switch (column) {
    case NameColumn: return tr("Index");
    case ValueColumn: return tr("Value");
    case ChangeColumn: return tr("Change");
    case ChangePercentColumn: return tr("% Change");
    }
    return {};
}

QString IndicesModel::formatValue(double value) const
{
    return formatIndexValue(value, locale());
}

QString IndicesModel::formatChangeValue(double change) const
{
    return formatChange(change, -1, locale());
}

} // namespace md
