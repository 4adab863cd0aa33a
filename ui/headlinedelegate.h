// Draws a headline cell in its own direction: an Urdu headline right to left, in a Naskh face, on the right.
#pragma once

#include <QStyledItemDelegate>

namespace md::ui {

// For the headline column of a list (the library, news by symbol): the model puts an Urdu headline on the
// right (Qt::TextAlignmentRole); this lays its text out right to left, so that its punctuation and the
// figures and Latin words inside it fall where an Urdu reader expects, and sets it in an Urdu face.
// Every other cell is drawn as QStyledItemDelegate draws it.
class HeadlineDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace md::ui
