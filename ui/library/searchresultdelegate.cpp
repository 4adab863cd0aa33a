// SearchResultDelegate: headline and time on the first line, the snippet (rich text) on the second.
#include "ui/library/searchresultdelegate.h"

#include "core/models/searchresultsmodel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace md::ui {
namespace {

constexpr int kPadding = 6;

} // namespace

void SearchResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString headline = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);  // background and selection

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor text = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QRect area = opt.rect.adjusted(kPadding, kPadding / 2, -kPadding, -kPadding / 2);
    const int line = opt.fontMetrics.height();

    painter->save();
    QFont bold = opt.font;
    bold.setBold(true);
    const QString time = index.data(SearchResultsModel::CaptureTimeTextRole).toString();
    const int timeWidth = opt.fontMetrics.horizontalAdvance(time) + 2 * kPadding;
    painter->setPen(text);
    painter->setFont(bold);
    const QRect headlineRect(area.left(), area.top(), area.width() - timeWidth, line);
    painter->drawText(headlineRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(bold).elidedText(headline, Qt::ElideRight, headlineRect.width()));
    painter->setFont(opt.font);
    painter->drawText(QRect(area.right() - timeWidth, area.top(), timeWidth, line), Qt::AlignRight | Qt::AlignVCenter, time);

    // The snippet: matches in bold and in the link colour (the selection's text colour when selected).
    QTextDocument snippet;
    snippet.setDefaultFont(opt.font);
    snippet.setDocumentMargin(0);
    snippet.setTextWidth(area.width());
    const QColor match = selected ? text : opt.palette.color(group, QPalette::Link);
    snippet.setDefaultStyleSheet(QStringLiteral("b { color: %1; }").arg(match.name()));
    snippet.setHtml(index.data(SearchResultsModel::SnippetHtmlRole).toString());
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, text);
    context.clip = QRectF(0, 0, area.width(), 2 * line);
    painter->translate(area.left(), area.top() + line + 2);
    painter->setClipRect(context.clip);
    snippet.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    // A headline line and two lines of snippet.
    return QSize(option.rect.width(), 3 * option.fontMetrics.height() + kPadding + 2);
}

} // namespace md::ui
