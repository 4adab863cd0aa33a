// Paints one opened snapshot in the side panel: its title, capture time and counts on two lines.
#pragma once

#include <QStyledItemDelegate>

namespace md::ui {

class SnapshotListDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace md::ui
