// Index levels over time: one row per snapshot (oldest first), one column per index. The charts' data.
#pragma once

#include <QAbstractTableModel>
#include <QLocale>
#include <QPointer>
#include <QVector>

namespace md {

class SnapshotCollection;

// The shape every series source gives the index charts (this model over the opened snapshots, and later
// the library's history):
//   column 0: the capture time; md::RawValueRole qint64 msecs since the epoch, DisplayRole its text.
//   column c ≥ 1: one index, named by headerData(c, Horizontal); md::RawValueRole the level (double, an
//   invalid QVariant where that snapshot has no such index), ChangeRole / ChangePercentRole (double),
//   md::DirectionRole, DisplayRole the formatted level.
// Rows are in time order, oldest first; rows without a known capture time are left out.
class IndexSeriesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        ChangeRole = Qt::UserRole + 96,
        ChangePercentRole,
        SourceRole,  // QString: the snapshot the point comes from (any column)
    };

    explicit IndexSeriesModel(QObject *parent = nullptr);

    // Follows the collection: rebuilt whenever snapshots are opened, replaced or closed.
    void setCollection(SnapshotCollection *collection);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QStringList indexNames() const { return m_names; }
    // The column of an index name, or -1.
    int columnOf(const QString &name) const;

    void setLocale(const QLocale &locale) { m_locale = locale; }

private:
    struct Point
    {
        bool present = false;
        double value = 0.0;
        double change = 0.0;
        double changePercent = 0.0;
    };
    struct Row
    {
        qint64 msecs = 0;
        QString timeText;
        QString source;
        QVector<Point> points;  // one per name
    };

    void rebuild();

    QPointer<SnapshotCollection> m_collection;
    QStringList m_names;
    QVector<Row> m_rows;
    QLocale m_locale;
};

} // namespace md
