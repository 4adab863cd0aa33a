// Paints table cells in the market colours: green up, red down, grey unchanged (from md::DirectionRole).
#pragma once

#include <QSet>
#include <QStyledItemDelegate>

namespace md::ui {

// Columns listed as coloured take the colour of their row's direction; bold columns are drawn bold.
class DirectionDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit DirectionDelegate(QObject *parent = nullptr);

    void setColouredColumns(const QSet<int> &columns) { m_coloured = columns; }
    void setBoldColumns(const QSet<int> &columns) { m_bold = columns; }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QSet<int> m_coloured;
    QSet<int> m_bold;
};

} // namespace md::ui
