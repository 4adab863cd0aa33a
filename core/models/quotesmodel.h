// The current snapshot's stock quotes as a table: Symbol, Price, Change, % Change.
#pragma once

#include "core/models/markettablemodel.h"
#include "core/snapshot.h"

namespace md {

class QuotesModel : public MarketTableModel
{
    Q_OBJECT
public:
    // Quote names for the shared columns.
    enum QuoteColumn { SymbolColumn = NameColumn, PriceColumn = ValueColumn };

    using MarketTableModel::MarketTableModel;

    void setQuotes(const QVector<Quote> &quotes);
    Quote quoteAt(int row) const;
    int rowOfSymbol(const QString &symbol) const { return rowOfName(symbol); }

protected:
    QString columnTitle(int column) const override;
    QString formatValue(double value) const override;
    QString formatChangeValue(double change) const override;
};

} // namespace md
