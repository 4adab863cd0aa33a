// The current snapshot's stock quotes as a table: Symbol, Price, Change, % Change, Volume, Prev Close, Sector.
#pragma once

#include "core/models/markettablemodel.h"
#include "core/snapshot.h"

namespace md {

// The first four columns are the MarketTableModel's; Volume, Prev Close and Sector follow, empty (no raw
// value) for a quote that lacks them. hasColumnData() says whether any quote has a column, so a view can
// hide what a news ticker never carries.
class QuotesModel : public MarketTableModel
{
    Q_OBJECT
public:
    enum QuoteColumn {
        SymbolColumn = NameColumn,
        PriceColumn = ValueColumn,
        VolumeColumn = ColumnCount,  // qint64 raw value
        PreviousCloseColumn,         // double
        SectorColumn,                // QString
        QuoteColumnCount
    };

    using MarketTableModel::MarketTableModel;

    void setQuotes(const QVector<Quote> &quotes);
    const QVector<Quote> &quotes() const { return m_quotes; }
    Quote quoteAt(int row) const { return m_quotes.at(row); }
    int rowOfSymbol(const QString &symbol) const { return rowOfName(symbol); }

    // True for the four shared columns; for the others, true when at least one quote has the value.
    bool hasColumnData(int column) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString columnTitle(int column) const override;
    QString formatValue(double value) const override;
    QString formatChangeValue(double change) const override;

private:
    QVector<Quote> m_quotes;
    bool m_hasVolume = false;
    bool m_hasPreviousClose = false;
    bool m_hasSector = false;
};

} // namespace md
