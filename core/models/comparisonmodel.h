// Two snapshots compared as a table: per index and symbol, the value in each and the change between them.
#pragma once

#include "core/library/snapshotcomparison.h"
#include "core/models/modelroles.h"

#include <QAbstractTableModel>
#include <QString>
#include <QVector>

namespace md {

// Sort and export through RawValueRole: double for values and changes, QString for kind and name, and an
// invalid QVariant where a value is missing (never 0, so a missing value does not sort among real zeros).
// DirectionRole on the change columns: +1, -1 or 0.
class ComparisonModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { KindColumn, NameColumn, BeforeColumn, AfterColumn, ChangeColumn, ChangePercentColumn, ColumnCount };

    explicit ComparisonModel(QObject *parent = nullptr);

    // beforeLabel / afterLabel name the snapshots in the value columns' headers ("2024-12-06 17:53").
    void setComparison(const QVector<ComparisonRow> &rows, const QString &beforeLabel, const QString &afterLabel);
    const QVector<ComparisonRow> &rows() const { return m_rows; }
    QString beforeLabel() const { return m_beforeLabel; }
    QString afterLabel() const { return m_afterLabel; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<ComparisonRow> m_rows;
    QString m_beforeLabel;
    QString m_afterLabel;
};

} // namespace md
