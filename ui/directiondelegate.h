// Paints table cells in the market colours: green up, red down, grey unchanged (from md::DirectionRole).
#pragma once

#include <QSet>
#include <QStyledItemDelegate>

namespace md::ui {

// Columns listed as coloured take the colour of their row's direction; bold columns are drawn bold; the
// star column marks watched rows with a ★.
class DirectionDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit DirectionDelegate(QObject *parent = nullptr);

    void setColouredColumns(const QSet<int> &columns) { m_coloured = columns; }
    void setBoldColumns(const QSet<int> &columns) { m_bold = columns; }
    // This column's text is led by a star where md::WatchedRole is true (-1: none).
    void setStarColumn(int column) { m_starColumn = column; }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QSet<int> m_coloured;
    QSet<int> m_bold;
    int m_starColumn = -1;
};

} // namespace md::ui
