// The ticker's selection of the board and its watchlist-first order.
#include "core/models/tickerproxymodel.h"

#include "core/models/modelroles.h"
#include "core/models/quotesmodel.h"

#include <algorithm>

namespace md {
namespace {

bool isKse30Member(const Quote &q)
{
    const QStringList indices = q.listedIn.split(QLatin1Char(','), Qt::SkipEmptyParts);
    return std::any_of(indices.begin(), indices.end(), [](const QString &name) {
        return name.trimmed().compare(QLatin1String("KSE30"), Qt::CaseInsensitive) == 0;
    });
}

} // namespace

QVector<int> TickerProxyModel::newsTickerRows(const QVector<Quote> &quotes, int count)
{
    QVector<int> rows;
    const int n = int(quotes.size());
    if (n <= count) {
        for (int i = 0; i < n; ++i)
            rows.append(i);
        return rows;
    }
    for (int i = 0; i < n; ++i) {
        if (isKse30Member(quotes.at(i)))
            rows.append(i);
    }
    if (!rows.isEmpty())
        return rows;
    const bool volumes = std::any_of(quotes.begin(), quotes.end(), [](const Quote &q) { return q.volume.has_value(); });
    for (int i = 0; i < n; ++i)
        rows.append(i);
    if (volumes) {
        std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
            return quotes.at(a).volume.value_or(-1) > quotes.at(b).volume.value_or(-1);
        });
    }
    rows.resize(count);
    std::sort(rows.begin(), rows.end());
    return rows;
}

TickerProxyModel::TickerProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
}

void TickerProxyModel::setSourceModel(QAbstractItemModel *model)
{
    if (QAbstractItemModel *old = sourceModel())
        disconnect(old, nullptr, this, nullptr);
    m_quotes = qobject_cast<const QuotesModel *>(model);
    m_keptValid = false;
    // Before the base class's own connections: the selection is worked out again before it filters.
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, [this] { m_keptValid = false; });
        connect(model, &QAbstractItemModel::layoutChanged, this, [this] { m_keptValid = false; });
        connect(model, &QAbstractItemModel::rowsInserted, this, [this] { m_keptValid = false; });
        connect(model, &QAbstractItemModel::rowsRemoved, this, [this] { m_keptValid = false; });
    }
    QSortFilterProxyModel::setSourceModel(model);
    applyOrder();
}

void TickerProxyModel::setSelection(Selection selection)
{
    if (selection == m_selection)
        return;
    m_selection = selection;
    invalidateRowsFilter();
}

void TickerProxyModel::setWatchlistFirst(bool on)
{
    if (on == m_watchlistFirst)
        return;
    m_watchlistFirst = on;
    applyOrder();
}

void TickerProxyModel::setWatchedNames(const QSet<QString> &upperCaseNames)
{
    if (upperCaseNames == m_watched)
        return;
    m_watched = upperCaseNames;
    if (m_watchlistFirst)
        invalidate();  // the order changes
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {WatchedRole});
}

void TickerProxyModel::applyOrder()
{
    // Column 0 sorted by lessThan below; -1 keeps the source's order.
    sort(m_watchlistFirst ? 0 : -1, Qt::AscendingOrder);
}

bool TickerProxyModel::isSourceRowWatched(int sourceRow) const
{
    const QString name = sourceModel()->index(sourceRow, 0).data(RawValueRole).toString();
    return m_watched.contains(name.toUpper());
}

bool TickerProxyModel::isWatched(int proxyRow) const
{
    const QModelIndex source = mapToSource(index(proxyRow, 0));
    return source.isValid() && isSourceRowWatched(source.row());
}

QVariant TickerProxyModel::data(const QModelIndex &index, int role) const
{
    if (role != WatchedRole)
        return QSortFilterProxyModel::data(index, role);
    return index.isValid() ? QVariant(isWatched(index.row())) : QVariant();
}

bool TickerProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    if (m_selection == Selection::WholeBoard || !m_quotes)
        return true;
    if (!m_keptValid) {
        m_kept = QVector<bool>(m_quotes->rowCount(), false);
        for (int row : newsTickerRows(m_quotes->quotes()))
            m_kept[row] = true;
        m_keptValid = true;
    }
    return sourceRow < m_kept.size() && m_kept.at(sourceRow);
}

bool TickerProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const bool l = isSourceRowWatched(left.row());
    const bool r = isSourceRowWatched(right.row());
    if (l != r)
        return l;
    return left.row() < right.row();
}

} // namespace md
