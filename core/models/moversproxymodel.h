// The movers table's view of the quotes: All / Gainers / Losers / Most Active / Watchlist, symbol and sector
// filters, numeric sorting.
#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

namespace md {

class QuotesModel;

// Sits over a QuotesModel (or any model with md::RawValueRole and md::DirectionRole, the symbol in column 0
// and, for Most Active and the sector filter, QuotesModel's Volume and Sector columns). Sorting compares
// md::RawValueRole: numbers as numbers, never as text; a missing value sorts before every number. The rows
// it shows, in its order, are exactly what the user sees, so "Export visible rows" reads this proxy.
// md::WatchedRole (any column) tells whether the row's symbol is on the watchlist set by setWatchedNames(); the
// symbol's Qt::AccessibleTextRole says so in words.
class MoversProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    // What the switch shows (the stored setting is this number: keep the order).
    enum class Direction {
        All,
        Gainers,     // change > 0
        Losers,      // change < 0
        MostActive,  // the mostActiveCount() largest volumes (ties at the edge kept); nothing without volumes
        Watchlist,   // symbols on the watchlist
    };
    Q_ENUM(Direction)

    static constexpr int kDefaultMostActiveCount = 30;

    explicit MoversProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

    Direction direction() const { return m_direction; }
    void setDirection(Direction direction);

    // Case-insensitive substring of the symbol; empty shows every symbol.
    QString symbolFilter() const { return m_symbolFilter; }
    void setSymbolFilter(const QString &text);

    // Only the quotes of this sector (exact, as the board prints it; "" for quotes without one); nullopt: all.
    std::optional<QString> sectorFilter() const { return m_sectorFilter; }
    void setSectorFilter(const std::optional<QString> &sector);

    int mostActiveCount() const { return m_mostActiveCount; }
    void setMostActiveCount(int count);
    // True when some row of the source has a volume (Most Active has something to rank).
    bool hasVolume() const;

    // The watchlist, upper case (WatchedSymbols::nameSet()).
    QSet<QString> watchedNames() const { return m_watched; }
    void setWatchedNames(const QSet<QString> &upperCaseNames);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

signals:
    void directionChanged(md::MoversProxyModel::Direction direction);
    void symbolFilterChanged(const QString &text);
    void sectorFilterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    std::optional<qint64> volumeOf(int sourceRow) const;
    qint64 mostActiveThreshold() const;
    void sourceChanged();

    // Set when the source is a QuotesModel: sorting and filtering then read its quotes without QVariants.
    const QuotesModel *m_quotes = nullptr;
    Direction m_direction = Direction::All;
    QString m_symbolFilter;
    std::optional<QString> m_sectorFilter;
    QSet<QString> m_watched;
    int m_mostActiveCount = kDefaultMostActiveCount;
    mutable std::optional<qint64> m_threshold;  // the smallest volume among the most active; worked out when needed
};

} // namespace md
