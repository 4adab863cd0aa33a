// The movers table's view of the quotes: Gainers / Losers / All, a symbol filter, numeric sorting.
#pragma once

#include <QSortFilterProxyModel>

namespace md {

// Sits over a QuotesModel (or any model with md::RawValueRole and md::DirectionRole and the symbol in
// column 0). Sorting compares md::RawValueRole: numbers as numbers, never as text. The rows it shows,
// in its order, are exactly what the user sees, so "Export visible rows" reads this proxy.
class MoversProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Direction { All, Gainers, Losers };
    Q_ENUM(Direction)

    explicit MoversProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

    Direction direction() const { return m_direction; }
    void setDirection(Direction direction);

    // Case-insensitive substring of the symbol; empty shows every symbol.
    QString symbolFilter() const { return m_symbolFilter; }
    void setSymbolFilter(const QString &text);

signals:
    void directionChanged(md::MoversProxyModel::Direction direction);
    void symbolFilterChanged(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    // Set when the source is a MarketTableModel: sorting then compares its rows without QVariants.
    const class MarketTableModel *m_market = nullptr;
    Direction m_direction = Direction::All;
    QString m_symbolFilter;
};

} // namespace md
