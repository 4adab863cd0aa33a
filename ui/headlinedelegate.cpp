// Headline cells laid out in the direction of their text.
#include "ui/headlinedelegate.h"

#include "core/models/textdirection.h"
#include "ui/urdufonts.h"

namespace md::ui {

void HeadlineDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (textDirectionOf(option->text, option->direction) != Qt::RightToLeft)
        return;
    option->direction = Qt::RightToLeft;
    option->font = withUrduFamilies(option->font);
    option->fontMetrics = QFontMetrics(option->font);
}

} // namespace md::ui
