// Quotes table: prices and changes with two decimals, volumes grouped, the sector as printed.
#include "core/models/quotesmodel.h"

#include "core/models/displayformat.h"
#include "core/models/modelroles.h"

namespace md {

void QuotesModel::setQuotes(const QVector<Quote> &quotes)
{
    QVector<MarketTableRow> rows;
    rows.reserve(quotes.size());
    m_hasVolume = m_hasPreviousClose = m_hasSector = false;
    for (const Quote &q : quotes) {
        rows.append({q.symbol, q.price, q.change, q.changePercent});
        m_hasVolume = m_hasVolume || q.volume.has_value();
        m_hasPreviousClose = m_hasPreviousClose || q.previousClose.has_value();
        m_hasSector = m_hasSector || !q.sector.isEmpty();
    }
    m_quotes = quotes;  // before the reset, so views see both in step
    setRows(std::move(rows));
}

bool QuotesModel::hasColumnData(int column) const
{
    switch (column) {
    case VolumeColumn: return m_hasVolume;
    case PreviousCloseColumn: return m_hasPreviousClose;
    case SectorColumn: return m_hasSector;
    }
    return column >= 0 && column < ColumnCount;
}

int QuotesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : QuoteColumnCount;
}

QVariant QuotesModel::data(const QModelIndex &index, int role) const
{
    if (index.column() < ColumnCount || role == Qt::ToolTipRole || role == DirectionRole)
        return MarketTableModel::data(index, role);
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Quote &q = m_quotes.at(index.row());
    switch (role) {
    case RawValueRole:
        switch (index.column()) {
        case VolumeColumn: return q.volume ? QVariant(qlonglong(*q.volume)) : QVariant();
        case PreviousCloseColumn: return q.previousClose ? QVariant(*q.previousClose) : QVariant();
        case SectorColumn: return q.sector.isEmpty() ? QVariant() : QVariant(q.sector);
        }
        break;
    case Qt::DisplayRole:
        switch (index.column()) {
        case VolumeColumn: return q.volume ? locale().toString(qlonglong(*q.volume)) : QString();
        case PreviousCloseColumn: return q.previousClose ? formatPrice(*q.previousClose, locale()) : QString();
        case SectorColumn: return q.sector;
        }
        break;
    case Qt::TextAlignmentRole:
        return index.column() == SectorColumn ? QVariant(int(Qt::AlignLeft | Qt::AlignVCenter))
                                              : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    default:
        break;
    }
    return {};
}

QVariant QuotesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < ColumnCount || section >= QuoteColumnCount)
        return MarketTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnTitle(section);
    if (role == Qt::TextAlignmentRole)
        return section == SectorColumn ? QVariant(int(Qt::AlignLeft | Qt::AlignVCenter))
                                       : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    return {};
}

QString QuotesModel::columnTitle(int column) const
{
    switch (column) {
    case SymbolColumn: return tr("Symbol");
    case PriceColumn: return tr("Price");
    case ChangeColumn: return tr("Change");
    case ChangePercentColumn: return tr("% Change");
    case VolumeColumn: return tr("Volume");
    case PreviousCloseColumn: return tr("Prev Close");
    case SectorColumn: return tr("Sector");
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
