// What the ticker strip shows of a quotes or indices model: the whole board or the news ticker's 30, and
// the watchlist first when asked.
#pragma once

#include "core/snapshot.h"

#include <QSet>
#include <QSortFilterProxyModel>
#include <QVector>

namespace md {

// Over a QuotesModel, Selection::NewsTicker keeps newsTickerRows() of its quotes; over any other model
// (the indices) every row stays. With watchlistFirst() the watched rows lead, each group in the source's
// order. md::WatchedRole (any column) says whether a row is on the watchlist set by setWatchedNames().
class TickerProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Selection {
        WholeBoard,  // every quote
        NewsTicker,  // at most kNewsTickerCount quotes, as a news page's ticker carries
    };
    Q_ENUM(Selection)

    static constexpr int kNewsTickerCount = 30;

    // The rows (in board order) a news ticker would carry of a board: all of them when there are at most
    // count; else the KSE-30 members when the board says which quotes are in the KSE-30 (listedIn); else
    // the count largest volumes (ties by board order); else the first count.
    static QVector<int> newsTickerRows(const QVector<Quote> &quotes, int count = kNewsTickerCount);

    explicit TickerProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

    Selection selection() const { return m_selection; }
    void setSelection(Selection selection);

    bool watchlistFirst() const { return m_watchlistFirst; }
    void setWatchlistFirst(bool on);

    QSet<QString> watchedNames() const { return m_watched; }
    void setWatchedNames(const QSet<QString> &upperCaseNames);
    bool isWatched(int proxyRow) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool isSourceRowWatched(int sourceRow) const;
    void applyOrder();

    const class QuotesModel *m_quotes = nullptr;
    Selection m_selection = Selection::NewsTicker;
    bool m_watchlistFirst = false;
    QSet<QString> m_watched;
    mutable QVector<bool> m_kept;  // by source row, for NewsTicker; worked out when needed
    mutable bool m_keptValid = false;
};

} // namespace md
