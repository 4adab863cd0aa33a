// SearchResultDelegate: headline and time on the first line, the snippet (rich text) on the second.
#include "ui/library/searchresultdelegate.h"

#include "core/models/searchresultsmodel.h"
#include "core/models/textdirection.h"
#include "ui/urdufonts.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

#include <algorithm>

namespace md::ui {
namespace {

constexpr int kPadding = 6;

// The font a line is set in: an Urdu line (most of its letters Urdu) in a Naskh face, anything else in font.
QFont fontFor(const QString &text, const QFont &font)
{
    return textDirectionOf(text) == Qt::RightToLeft ? withUrduFamilies(font) : font;
}

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

    painter->save();
    // The headline on the side its language starts from: an Urdu headline right to left on the right (the model's
    // alignment), its time on the left; any other on the left, its time on the right.
    const bool rightToLeft = textDirectionOf(headline) == Qt::RightToLeft;
    QFont bold = opt.font;
    bold.setBold(true);
    bold = fontFor(headline, bold);
    const int line = std::max(opt.fontMetrics.height(), QFontMetrics(bold).height());
    const QString time = index.data(SearchResultsModel::CaptureTimeTextRole).toString();
    const int timeWidth = opt.fontMetrics.horizontalAdvance(time) + 2 * kPadding;
    painter->setPen(text);
    painter->setFont(bold);
    const QRect headlineRect(rightToLeft ? area.left() + timeWidth : area.left(), area.top(), area.width() - timeWidth, line);
    painter->setLayoutDirection(rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    painter->drawText(headlineRect, int(opt.displayAlignment & Qt::AlignHorizontal_Mask) | Qt::AlignVCenter,
                      QFontMetrics(bold).elidedText(headline, Qt::ElideRight, headlineRect.width()));
    painter->setLayoutDirection(Qt::LeftToRight);
    painter->setFont(opt.font);
    const QRect timeRect(rightToLeft ? area.left() : area.right() - timeWidth, area.top(), timeWidth, line);
    painter->drawText(timeRect, (rightToLeft ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter, time);

    // The snippet: matches in bold and in the link colour (the selection's text colour when selected), laid out
    // in its own direction (an Urdu snippet right to left, right-aligned).
    const QString snippetText = index.data(SearchResultsModel::SnippetRole).toString();
    const QFont snippetFont = fontFor(snippetText, opt.font);
    QTextDocument snippet;
    snippet.setDefaultFont(snippetFont);
    snippet.setDocumentMargin(0);
    snippet.setTextWidth(area.width());
    if (textDirectionOf(snippetText) == Qt::RightToLeft) {
        QTextOption option = snippet.defaultTextOption();
        option.setTextDirection(Qt::RightToLeft);
        option.setAlignment(Qt::AlignRight | Qt::AlignAbsolute);
        snippet.setDefaultTextOption(option);
    }
    const QColor match = selected ? text : opt.palette.color(group, QPalette::Link);
    snippet.setDefaultStyleSheet(QStringLiteral("b { color: %1; }").arg(match.name()));
    snippet.setHtml(index.data(SearchResultsModel::SnippetHtmlRole).toString());
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, text);
    context.clip = QRectF(0, 0, area.width(), 2 * QFontMetrics(snippetFont).height());
    painter->translate(area.left(), area.top() + line + 2);
    painter->setClipRect(context.clip);
    snippet.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // A headline line and two lines of snippet; an Urdu line is as tall as its Naskh face needs.
    QFont bold = option.font;
    bold.setBold(true);
    const int headline = std::max(option.fontMetrics.height(),
                                  QFontMetrics(fontFor(index.data(Qt::DisplayRole).toString(), bold)).height());
    const int snippet = QFontMetrics(fontFor(index.data(SearchResultsModel::SnippetRole).toString(), option.font)).height();
    return QSize(option.rect.width(), headline + 2 * snippet + kPadding + 2);
}

} // namespace md::ui
