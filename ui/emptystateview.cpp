// Welcome page.
#include "ui/emptystateview.h"

#include "ui/theme.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace md::ui {

EmptyStateView::EmptyStateView(QWidget *parent)
    : QWidget(parent)
    , m_recentBox(new QWidget(this))
    , m_recentLayout(new QVBoxLayout(m_recentBox))
{
    setObjectName(QStringLiteral("emptyStateView"));
    auto *icon = new QLabel(this);
    icon->setPixmap(applicationIcon().pixmap(QSize(96, 96)));
    icon->setAlignment(Qt::AlignCenter);

    auto *title = new QLabel(tr("Welcome to MarketDesk"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.9);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);

    auto *text = new QLabel(tr("Open pages you saved from Business Recorder \u2014 a plain-text copy, "
                               "an HTML page or a single-file MHTML archive \u2014 to see the ticker, "
                               "the day's gainers and losers, index charts and the article with its comments."),
                            this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    // A fixed measure, so the wrapped text gets the height it needs.
    text->setFixedWidth(std::max(420, text->fontMetrics().averageCharWidth() * 64));
    text->setForegroundRole(QPalette::PlaceholderText);

    auto *open = new QPushButton(tr("&Open Snapshots\u2026"), this);
    open->setDefault(true);
    open->setIcon(QIcon::fromTheme(QStringLiteral("document-open")));
    open->setMinimumHeight(34);
    auto *sample = new QPushButton(tr("Open the &Sample"), this);
    sample->setMinimumHeight(34);
    sample->setToolTip(tr("A snapshot bundled with MarketDesk, to look around"));
    connect(open, &QPushButton::clicked, this, &EmptyStateView::openRequested);
    connect(sample, &QPushButton::clicked, this, &EmptyStateView::sampleRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(open);
    buttons->addSpacing(8);
    buttons->addWidget(sample);
    buttons->addStretch(1);

    auto *hint = new QLabel(tr("You can also drop files or folders onto this window."), this);
    hint->setAlignment(Qt::AlignCenter);
    hint->setForegroundRole(QPalette::PlaceholderText);

    m_recentLayout->setContentsMargins(0, 12, 0, 0);
    m_recentLayout->setSpacing(2);
    m_recentBox->hide();

    auto *column = new QVBoxLayout;
    column->setSpacing(12);
    column->addWidget(icon);
    column->addWidget(title);
    auto *textRow = new QHBoxLayout;
    textRow->addStretch(1);
    textRow->addWidget(text);
    textRow->addStretch(1);
    column->addLayout(textRow);
    column->addSpacing(8);
    // What the user can do, or, while files are being read, that they are.
    m_choices = new QWidget(this);
    auto *choices = new QVBoxLayout(m_choices);
    choices->setContentsMargins(0, 0, 0, 0);
    choices->setSpacing(12);
    choices->addLayout(buttons);
    choices->addWidget(hint);
    choices->addWidget(m_recentBox, 0, Qt::AlignHCenter);
    column->addWidget(m_choices);
    m_opening = new QWidget(this);
    auto *opening = new QVBoxLayout(m_opening);
    opening->setContentsMargins(0, 0, 0, 0);
    auto *openingText = new QLabel(tr("Opening snapshots\u2026"), m_opening);
    openingText->setAlignment(Qt::AlignCenter);
    auto *busy = new QProgressBar(m_opening);
    busy->setRange(0, 0);  // no end known: the style's busy animation
    busy->setTextVisible(false);
    busy->setFixedWidth(240);
    busy->setAccessibleName(tr("Opening snapshots"));
    opening->addWidget(openingText);
    opening->addWidget(busy, 0, Qt::AlignHCenter);
    m_opening->hide();
    column->addWidget(m_opening);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addLayout(column);
    layout->addStretch(3);
}

void EmptyStateView::setOpening(bool opening)
{
    m_choices->setVisible(!opening);
    m_opening->setVisible(opening);
}

bool EmptyStateView::isOpening() const
{
    return !m_opening->isHidden();
}

void EmptyStateView::setRecentFiles(const QStringList &paths)
{
    while (QLayoutItem *item = m_recentLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (paths.isEmpty()) {
        m_recentBox->hide();
        return;
    }
    auto *heading = new QLabel(tr("Recent"), m_recentBox);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    heading->setAlignment(Qt::AlignCenter);
    m_recentLayout->addWidget(heading);
    for (const QString &path : paths.mid(0, 5)) {
        auto *button = new QToolButton(m_recentBox);
        button->setAutoRaise(true);
        const QString name = path.startsWith(QLatin1String(":/")) ? tr("Sample snapshot") : QFileInfo(path).fileName();
        button->setText(name);
        button->setToolTip(QDir::toNativeSeparators(path));
        button->setCursor(Qt::PointingHandCursor);
        connect(button, &QToolButton::clicked, this, [this, path] { emit recentRequested(path); });
        m_recentLayout->addWidget(button, 0, Qt::AlignHCenter);
    }
    m_recentBox->show();
}

} // namespace md::ui
