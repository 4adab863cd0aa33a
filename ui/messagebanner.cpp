// Message strip.
#include "ui/messagebanner.h"

#include "ui/theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace md::ui {

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);  // file names and reasons are shown as they are
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setText(tr("Dismiss"));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Hide this message"));
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        emit dismissed();
    });
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    hide();
}

void MessageBanner::showMessages(Level level, const QString &heading, const QStringList &lines)
{
    m_level = level;
    QStringList shown = lines.mid(0, 8);
    if (lines.size() > shown.size())
        shown.append(tr("\u2026 and %1 more").arg(lines.size() - shown.size()));
    m_text->setText(heading + (shown.isEmpty() ? QString() : QLatin1Char('\n') + shown.join(QLatin1Char('\n'))));
    const QStyle::StandardPixmap pixmap = level == Level::Error ? QStyle::SP_MessageBoxCritical
        : level == Level::Information                           ? QStyle::SP_MessageBoxInformation
                                                                : QStyle::SP_MessageBoxWarning;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(pixmap).pixmap(QSize(size, size)));
    applyColours();
    show();
}

QString MessageBanner::text() const
{
    return m_text->text();
}

void MessageBanner::applyColours()
{
    QPalette p = palette();
    const bool dark = isDark(parentWidget() ? parentWidget()->palette() : p);
    QColor background = m_level == Level::Error ? (dark ? QColor(0x4a, 0x1f, 0x22) : QColor(0xfd, 0xec, 0xec))
        : m_level == Level::Information         ? (dark ? QColor(0x1c, 0x33, 0x4a) : QColor(0xe6, 0xf1, 0xfc))
                                                : (dark ? QColor(0x45, 0x3a, 0x12) : QColor(0xff, 0xf6, 0xd6));
    p.setColor(QPalette::Window, background);
    setPalette(p);
}

void MessageBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::ParentChange)
        applyColours();
    QFrame::changeEvent(event);
}

} // namespace md::ui
