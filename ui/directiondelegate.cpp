// Direction colours for table cells.
#include "ui/directiondelegate.h"

#include "core/models/modelroles.h"
#include "ui/theme.h"

namespace md::ui {

DirectionDelegate::DirectionDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void DirectionDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (m_bold.contains(index.column()))
        option->font.setBold(true);
    if (index.column() == m_starColumn && index.data(WatchedRole).toBool())
        option->text = QStringLiteral("\u2605 ") + option->text;
    if (m_coloured.contains(index.column())) {
        const int direction = index.data(DirectionRole).toInt();
        const QColor colour = directionColor(direction, option->palette);
        option->palette.setColor(QPalette::Text, colour);
        // Selected rows keep the colour when the highlight allows it (light text on a strong highlight does not).
        if (!isDark(option->palette) && option->palette.color(QPalette::Highlight).lightnessF() > 0.6)
            option->palette.setColor(QPalette::HighlightedText, colour);
    }
}

} // namespace md::ui
