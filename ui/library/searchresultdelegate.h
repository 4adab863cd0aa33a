// Draws one search result in two lines: the headline with its capture time, then the highlighted snippet.
#pragma once

#include <QStyledItemDelegate>

namespace md::ui {

// Reads SearchResultsModel's roles: DisplayRole (headline), CaptureTimeTextRole and SnippetHtmlRole (the
// snippet as rich text, matches in bold, drawn in the highlight colour).
class SearchResultDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace md::ui
