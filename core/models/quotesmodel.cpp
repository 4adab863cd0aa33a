// Quotes table: prices and changes with two decimals.
#include "core/models/quotesmodel.h"

#include "core/models/displayformat.h"

namespace md {

void QuotesModel::setQuotes(const QVector<Quote> &quotes)
{
    QVector<MarketTableRow> rows;
    rows.reserve(quotes.size());
    for (const Quote &q : quotes)
        rows.append({q.symbol, q.price, q.change, q.changePercent});
    setRows(std::move(rows));
}

Quote QuotesModel::quoteAt(int row) const
{
    const MarketTableRow &r = rowAt(row);
    return {r.name, r.value, r.change, r.changePercent};
}

QString QuotesModel::columnTitle(int column) const
{
    switch (column) {
    case SymbolColumn: return tr("Symbol");
    case PriceColumn: return tr("Price");
    case ChangeColumn: return tr("Change");
    case ChangePercentColumn: return tr("% Change");
    }
    return {};
}

QString QuotesModel::formatValue(double value) const
{
    return formatPrice(value, locale());
}

QString QuotesModel::formatChangeValue(double change) const
{
    return formatChange(change, 2, locale());
}

} // namespace md
