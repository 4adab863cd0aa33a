// Sorting and filtering of a ComparisonModel: by raw value, missing values last, by kind and by name.
#pragma once

#include <QSortFilterProxyModel>

namespace md {

// Sorts on RawValueRole. A row whose value is missing (a symbol only one snapshot lists) sorts after all
// others in either order, so it never mixes with real values. Filters on the name (substring, any case)
// and the kind of row.
class ComparisonProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Kinds { All, Indices, Symbols };

    explicit ComparisonProxyModel(QObject *parent = nullptr);

    void setKinds(Kinds kinds);
    Kinds kinds() const { return m_kinds; }
    void setNameFilter(const QString &text);
    QString nameFilter() const { return m_name; }

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Kinds m_kinds = Kinds::All;
    QString m_name;
};

} // namespace md
