// Index series across the opened snapshots.
#include "core/models/indexseriesmodel.h"

#include "core/models/displayformat.h"
#include "core/models/modelroles.h"
#include "core/models/snapshotcollection.h"

#include <algorithm>

namespace md {

IndexSeriesModel::IndexSeriesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void IndexSeriesModel::setCollection(SnapshotCollection *collection)
{
    if (m_collection)
        disconnect(m_collection, nullptr, this, nullptr);
    m_collection = collection;
    if (collection) {
        connect(collection, &QAbstractItemModel::rowsInserted, this, &IndexSeriesModel::rebuild);
        connect(collection, &QAbstractItemModel::rowsRemoved, this, &IndexSeriesModel::rebuild);
        connect(collection, &QAbstractItemModel::rowsMoved, this, &IndexSeriesModel::rebuild);
        connect(collection, &QAbstractItemModel::modelReset, this, &IndexSeriesModel::rebuild);
        connect(collection, &QAbstractItemModel::dataChanged, this, &IndexSeriesModel::rebuild);
    }
    rebuild();
}

void IndexSeriesModel::rebuild()
{
    beginResetModel();
    m_names.clear();
    m_rows.clear();
    if (m_collection) {
        // Oldest first: the collection lists newest first.
        for (int r = m_collection->count() - 1; r >= 0; --r) {
            const CaptureTime capture = m_collection->captureTimeAt(r);
            if (!capture.time.isValid())
                continue;
            const Snapshot &s = m_collection->snapshotAt(r);
            Row row;
            row.msecs = capture.time.toMSecsSinceEpoch();
            row.timeText = formatTimestamp(capture.time, m_locale);
            row.source = s.source;
            row.points.resize(m_names.size());
            for (const IndexValue &v : s.indices) {
                int column = int(m_names.indexOf(v.name));
                if (column < 0) {
                    m_names.append(v.name);
                    for (Row &earlier : m_rows)
                        earlier.points.append(Point());
                    row.points.append(Point());
                    column = int(m_names.size()) - 1;
                }
                row.points[column] = {true, v.value, v.change, v.changePercent};
            }
            m_rows.append(std::move(row));
        }
        std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) { return a.msecs < b.msecs; });
    }
    endResetModel();
}

int IndexSeriesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IndexSeriesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1 + int(m_names.size());
}

int IndexSeriesModel::columnOf(const QString &name) const
{
    const qsizetype i = m_names.indexOf(name);
    return i < 0 ? -1 : int(i) + 1;
}

QVariant IndexSeriesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == SourceRole)
        return row.source;
    if (index.column() == 0) {
        if (role == RawValueRole)
            return row.msecs;
        if (role == Qt::DisplayRole)
            return row.timeText;
        return {};
    }
    const Point &p = row.points.at(index.column() - 1);
    if (!p.present)
        return {};
    switch (role) {
    case RawValueRole: return p.value;
    case Qt::DisplayRole: return formatIndexValue(p.value, m_locale);
    case ChangeRole: return p.change;
    case ChangePercentRole: return p.changePercent;
    case DirectionRole: return directionOf(p.change);
    case Qt::TextAlignmentRole: return int(Qt::AlignRight | Qt::AlignVCenter);
    default: break;
    }
    return {};
}

QVariant IndexSeriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal) {
        if (section == 0)
            return tr("Captured");
        if (section >= 1 && section <= m_names.size())
            return m_names.at(section - 1);
        return {};
    }
    if (section >= 0 && section < m_rows.size())
        return m_rows.at(section).timeText;
    return {};
}

} // namespace md
