// Two-line snapshot entries for the side panel.
#include "ui/snapshotlistdelegate.h"

#include "core/models/snapshotcollection.h"
#include "core/models/textdirection.h"
#include "ui/theme.h"
#include "ui/urdufonts.h"

#include <QApplication>
#include <QPainter>

namespace md::ui {
namespace {

constexpr int kPadding = 8;

} // namespace

QSize SnapshotListDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    QFont title = option.font;
    title.setBold(true);
    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.9);
    const int h = QFontMetrics(title).height() + 2 * QFontMetrics(small).height() + 2 * kPadding + 4;
    return QSize(120, h);  // as wide as the list, however narrow (the text elides): never a sideways scroll bar
}

void SnapshotListDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = (opt.state & QStyle::State_Active) ? QPalette::Active : QPalette::Inactive;
    const QColor text = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = selected ? text : mutedTextColor(opt.palette);
    if (selected)
        muted.setAlphaF(0.8f);

    QFont titleFont = opt.font;
    titleFont.setBold(true);
    QFont small = opt.font;
    small.setPointSizeF(small.pointSizeF() * 0.9);
    const QFontMetrics titleMetrics(titleFont);
    const QFontMetrics smallMetrics(small);

    const QRect r = opt.rect.adjusted(kPadding + 2, kPadding, -kPadding, -kPadding);
    const QRect titleRect(r.left(), r.top(), r.width(), titleMetrics.height());
    painter->save();
    painter->setPen(text);
    if (textDirectionOf(title) == Qt::RightToLeft) {
        // An Urdu headline: laid out right to left in a Naskh face, on the right (the model's alignment). Naskh's
        // line is taller than the Latin title's, but its letters keep within the row: drawn unclipped.
        const QFont urdu = withUrduFamilies(titleFont);
        painter->setFont(urdu);
        painter->setLayoutDirection(Qt::RightToLeft);
        painter->drawText(titleRect, int(opt.displayAlignment & Qt::AlignHorizontal_Mask) | Qt::AlignVCenter | Qt::TextDontClip,
                          QFontMetrics(urdu).elidedText(title, Qt::ElideRight, r.width()));
        painter->setLayoutDirection(opt.direction);
    } else {
        painter->setFont(titleFont);
        painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, titleMetrics.elidedText(title, Qt::ElideRight, r.width()));
    }

    const QString when = index.data(SnapshotCollection::CaptureTimeTextRole).toString();
    const QString format = index.data(SnapshotCollection::FormatRole).toString().toUpper();
    QString line2 = when.isEmpty() ? QObject::tr("capture time unknown") : when;
    // An old story under a later ticker: the market time first, the story's own day after it.
    const QString story = index.data(SnapshotCollection::StoryDateTextRole).toString();
    if (!story.isEmpty())
        line2 += QStringLiteral("  \u00B7  ") + QObject::tr("story of %1").arg(story);
    line2 += QStringLiteral("  \u00B7  ") + format;
    const int warnings = index.data(SnapshotCollection::WarningCountRole).toInt();
    if (warnings > 0)
        line2 += QStringLiteral("  \u00B7  \u26A0 %1").arg(warnings);
    const QString line3 = index.data(SnapshotCollection::SummaryRole).toString();

    painter->setFont(small);
    painter->setPen(muted);
    int y = r.top() + titleMetrics.height() + 2;
    painter->drawText(QRect(r.left(), y, r.width(), smallMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      smallMetrics.elidedText(line2, Qt::ElideRight, r.width()));
    y += smallMetrics.height();
    painter->drawText(QRect(r.left(), y, r.width(), smallMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      smallMetrics.elidedText(line3, Qt::ElideRight, r.width()));
    painter->restore();
}

} // namespace md::ui
