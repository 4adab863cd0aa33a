// Ticker strip: items pre-rendered once, blitted per frame at a time-based scroll offset.
#include "ui/tickerstrip.h"

#include "core/models/markettablemodel.h"
#include "core/models/modelroles.h"
#include "core/session/watchedsymbols.h"
#include "ui/modelsignals.h"
#include "ui/theme.h"

#include <QAbstractItemModel>
#include <QContextMenuEvent>
#include <QMenu>
#include <QEnterEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <cmath>

namespace md::ui {
namespace {

constexpr int kFrameIntervalMs = 16;
constexpr qreal kItemGap = 28.0;
constexpr qreal kVerticalPadding = 7.0;

// The strip is dark in both themes, as finance tickers are; its colours are the dark palette's.
QColor stripBackground() { return QColor(0x11, 0x15, 0x1c); }
QColor stripText() { return QColor(0xe8, 0xea, 0xee); }
QColor stripMuted() { return QColor(0x9a, 0xa1, 0xab); }
QColor stripStar() { return QColor(0xf2, 0xc1, 0x4e); }
QPalette stripPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, stripBackground());
    return p;
}

} // namespace

TickerStrip::TickerStrip(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Market ticker"));
    setToolTip(tr("Click a symbol to select it in the movers table; right-click to star it. The ticker pauses "
                  "while the pointer is over it."));
    m_frameTimer.setTimerType(Qt::PreciseTimer);
    m_frameTimer.setInterval(kFrameIntervalMs);
    connect(&m_frameTimer, &QTimer::timeout, this, qOverload<>(&QWidget::update));
    m_rebuildTimer.setSingleShot(true);
    m_rebuildTimer.setInterval(0);
    connect(&m_rebuildTimer, &QTimer::timeout, this, &TickerStrip::rebuild);
}

void TickerStrip::setModels(QAbstractItemModel *indices, QAbstractItemModel *quotes)
{
    for (QAbstractItemModel *old : {m_indices.data(), m_quotes.data()}) {
        if (old)
            disconnect(old, nullptr, this, nullptr);
    }
    m_indices = indices;
    m_quotes = quotes;
    followModelChanges(indices, this, &TickerStrip::scheduleRebuild);
    followModelChanges(quotes, this, &TickerStrip::scheduleRebuild);
    rebuild();
}

void TickerStrip::setWatchlist(WatchedSymbols *watchlist)
{
    m_watchlist = watchlist;
}

void TickerStrip::setWatchlistFirst(bool on)
{
    if (on == m_watchlistFirst)
        return;
    m_watchlistFirst = on;
    rebuild();
}

bool TickerStrip::isWatchedItem(const QString &name) const
{
    for (const Item &item : m_items) {
        if (item.name == name)
            return item.watched;
    }
    return false;
}

void TickerStrip::setSpeed(double pixelsPerSecond)
{
    freezeOffset();
    m_speed = qBound(5.0, pixelsPerSecond, 1000.0);
    updateMotion();
}

void TickerStrip::setStaticMode(bool on)
{
    if (on == m_static)
        return;
    m_static = on;
    m_baseOffset = 0.0;
    m_clock.invalidate();
    updateMotion();
    update();
}

double TickerStrip::offset() const
{
    double offset = m_baseOffset;
    if (m_clock.isValid())
        offset += m_speed * double(m_clock.nsecsElapsed()) / 1e9;
    return wrappedOffset(offset);
}

void TickerStrip::setOffset(double offset)
{
    m_baseOffset = offset;
    if (m_clock.isValid())
        m_clock.restart();
    update();
}

double TickerStrip::wrappedOffset(double offset) const
{
    if (m_static)
        return qBound(0.0, offset, std::max(0.0, double(m_cycleWidth - kItemGap) - width()));
    if (m_cycleWidth <= 0)
        return 0.0;
    offset = std::fmod(offset, double(m_cycleWidth));
    return offset < 0 ? offset + m_cycleWidth : offset;
}

void TickerStrip::freezeOffset()
{
    m_baseOffset = offset();
    if (m_clock.isValid())
        m_clock.restart();
}

void TickerStrip::updateMotion()
{
    const bool move = !m_static && !m_hovered && !m_items.isEmpty() && m_shown;
    if (move && !m_frameTimer.isActive()) {
        m_clock.start();
        m_frameTimer.start();
    } else if (!move && m_frameTimer.isActive()) {
        freezeOffset();
        m_clock.invalidate();
        m_frameTimer.stop();
    }
}

QStringList TickerStrip::itemNames() const
{
    QStringList names;
    for (const Item &item : m_items)
        names.append(item.name);
    return names;
}

void TickerStrip::scheduleRebuild()
{
    m_rebuildTimer.start();
}

void TickerStrip::rebuild()
{
    m_rebuildTimer.stop();
    m_items.clear();
    qreal x = 0;
    if (m_watchlistFirst) {
        addItems(m_indices, true, Pass::Watched, x);
        addItems(m_quotes, false, Pass::Watched, x);
        addItems(m_indices, true, Pass::Unwatched, x);
        addItems(m_quotes, false, Pass::Unwatched, x);
    } else {
        addItems(m_indices, true, Pass::All, x);
        addItems(m_quotes, false, Pass::All, x);
    }
    m_cycleWidth = x;
    if (m_static)
        m_baseOffset = wrappedOffset(m_baseOffset);
    updateMotion();
    update();
}

void TickerStrip::addItems(QAbstractItemModel *model, bool isIndex, Pass pass, qreal &x)
{
    if (!model)
        return;
    using C = MarketTableModel;
    for (int row = 0; row < model->rowCount(); ++row) {
        const auto text = [&](int column) { return model->index(row, column).data(Qt::DisplayRole).toString(); };
        Item item;
        item.watched = model->index(row, C::NameColumn).data(WatchedRole).toBool();
        if ((pass == Pass::Watched && !item.watched) || (pass == Pass::Unwatched && item.watched))
            continue;
        item.name = model->index(row, C::NameColumn).data(RawValueRole).toString();
        item.isIndex = isIndex;
        const int direction = model->index(row, C::ChangeColumn).data(DirectionRole).toInt();
        item.pixmap = renderItem(text(C::NameColumn), text(C::ValueColumn), text(C::ChangeColumn),
                                 text(C::ChangePercentColumn), direction, isIndex, item.watched, &item.width);
        item.x = x;
        x += item.width + kItemGap;
        m_items.append(std::move(item));
    }
}

QPixmap TickerStrip::renderItem(const QString &name, const QString &value, const QString &change,
                                const QString &percent, int direction, bool isIndex, bool watched, qreal *width) const
{
    QFont nameFont = font();
    nameFont.setBold(true);
    const QFont valueFont = font();
    const QFontMetricsF nameMetrics(nameFont);
    const QFontMetricsF valueMetrics(valueFont);
    const QString changeText = QStringLiteral("%1 (%2)").arg(change, percent);
    const qreal space = valueMetrics.horizontalAdvance(QLatin1Char(' '));
    const qreal pad = isIndex ? 8.0 : 0.0;  // indices sit on a subtle pill

    const QString star = QStringLiteral("\u2605");
    const qreal starWidth = watched ? valueMetrics.horizontalAdvance(star) + space : 0.0;
    const qreal nameWidth = nameMetrics.horizontalAdvance(name);
    const qreal valueWidth = valueMetrics.horizontalAdvance(value);
    const qreal changeWidth = valueMetrics.horizontalAdvance(changeText);
    const qreal w = std::ceil(pad + starWidth + nameWidth + space * 1.5 + valueWidth + space * 1.5 + changeWidth + pad);
    const qreal h = sizeHint().height();
    *width = w;

    const qreal dpr = devicePixelRatioF();
    QPixmap pixmap(QSize(int(std::ceil(w * dpr)), int(std::ceil(h * dpr))));
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(stripBackground());
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    if (isIndex) {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x22, 0x29, 0x34));
        p.drawRoundedRect(QRectF(0, 4, w, h - 8), 5, 5);
    }
    const qreal baseline = (h + valueMetrics.ascent() - valueMetrics.descent()) / 2.0;
    qreal x = pad;
    if (watched) {
        p.setFont(valueFont);
        p.setPen(stripStar());
        p.drawText(QPointF(x, baseline), star);
        x += starWidth;
    }
    p.setFont(nameFont);
    p.setPen(isIndex ? stripMuted().lighter(125) : stripText());
    p.drawText(QPointF(x, baseline), name);
    x += nameWidth + space * 1.5;
    p.setFont(valueFont);
    p.setPen(stripText());
    p.drawText(QPointF(x, baseline), value);
    x += valueWidth + space * 1.5;
    p.setPen(directionColor(direction, stripPalette()));
    p.drawText(QPointF(x, baseline), changeText);
    return pixmap;
}

template<typename F>
void TickerStrip::forEachVisible(double offset, F f) const
{
    if (m_items.isEmpty() || m_cycleWidth <= 0)
        return;
    const qreal w = width();
    // In scrolling mode the cycle repeats to fill the strip; in static mode it is drawn once.
    for (qreal start = -offset; start < w; start += m_cycleWidth) {
        for (const Item &item : m_items) {
            const qreal left = start + item.x;
            if (left >= w)
                break;
            if (left + item.width > 0)
                f(item, left);
        }
        if (m_static)
            break;
    }
}

void TickerStrip::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), stripBackground());
    const double dpr = devicePixelRatioF();
    // Whole device pixels, so text never shimmers between two positions.
    if (!m_items.isEmpty() && !qFuzzyCompare(m_items.first().pixmap.devicePixelRatio(), dpr))
        scheduleRebuild();  // moved to a screen of another pixel ratio
    const double off = std::round(offset() * dpr) / dpr;
    const qreal top = std::floor((height() - sizeHint().height()) / 2.0);
    forEachVisible(off, [&](const Item &item, qreal left) { p.drawPixmap(QPointF(left, top), item.pixmap); });
    if (m_items.isEmpty()) {
        p.setPen(stripMuted());
        const QString text = emptyText().replace(QLatin1Char('\n'), QStringLiteral(" \u2014 "));
        p.drawText(rect().adjusted(12, 0, -12, 0), Qt::AlignVCenter | Qt::AlignLeft,
                   p.fontMetrics().elidedText(text, Qt::ElideRight, width() - 24));
    }
}

void TickerStrip::setEmptyText(const QString &text)
{
    if (text == m_emptyText)
        return;
    m_emptyText = text;
    setToolTip(text);
    update();
}

QString TickerStrip::emptyText() const
{
    return m_emptyText.isEmpty() ? tr("Open a snapshot to see its ticker") : m_emptyText;
}

QRect TickerStrip::itemRect(const QString &name) const
{
    QRect found;
    forEachVisible(offset(), [&](const Item &item, qreal left) {
        if (found.isNull() && item.name == name)
            found = QRectF(left, 0, item.width, height()).toAlignedRect().intersected(rect());
    });
    return found;
}

QString TickerStrip::itemAt(const QPoint &pos) const
{
    QString name;
    forEachVisible(offset(), [&](const Item &item, qreal left) {
        if (pos.x() >= left && pos.x() < left + item.width)
            name = item.name;
    });
    return name;
}

QSize TickerStrip::sizeHint() const
{
    const QFontMetrics fm(font());
    return QSize(640, fm.height() + int(2 * kVerticalPadding) + 2);
}

QSize TickerStrip::minimumSizeHint() const
{
    return QSize(120, sizeHint().height());
}

void TickerStrip::enterEvent(QEnterEvent *event)
{
    m_hovered = true;
    updateMotion();
    QWidget::enterEvent(event);
}

void TickerStrip::leaveEvent(QEvent *event)
{
    m_hovered = false;
    unsetCursor();
    updateMotion();
    QWidget::leaveEvent(event);
}

void TickerStrip::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        m_pressedName = itemAt(event->position().toPoint());
    QWidget::mousePressEvent(event);
}

void TickerStrip::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && !m_pressedName.isEmpty()
        && itemAt(event->position().toPoint()) == m_pressedName) {
        const QString name = m_pressedName;
        m_pressedName.clear();
        if (isIndexItem(name))
            emit indexActivated(name);
        else
            emit symbolActivated(name);
        return;
    }
    m_pressedName.clear();
    QWidget::mouseReleaseEvent(event);
}

bool TickerStrip::isIndexItem(const QString &name) const
{
    for (const Item &item : m_items) {
        if (item.name == name)
            return item.isIndex;
    }
    return false;
}

void TickerStrip::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QString name = event->button() == Qt::LeftButton ? itemAt(event->position().toPoint()) : QString();
    if (name.isEmpty())
        return QWidget::mouseDoubleClickEvent(event);
    emit historyRequested(name, isIndexItem(name));
}

void TickerStrip::mouseMoveEvent(QMouseEvent *event)
{
    if (itemAt(event->position().toPoint()).isEmpty())
        unsetCursor();
    else
        setCursor(Qt::PointingHandCursor);
    QWidget::mouseMoveEvent(event);
}

void TickerStrip::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    const int steps = std::abs(delta.x()) > std::abs(delta.y()) ? delta.x() : delta.y();
    if (steps == 0)
        return QWidget::wheelEvent(event);
    freezeOffset();
    m_baseOffset = wrappedOffset(m_baseOffset - steps / 120.0 * 60.0);
    update();
    event->accept();
}

QMenu *TickerStrip::createContextMenu(const QPoint &pos, QWidget *parent)
{
    const QString name = itemAt(pos);
    if (name.isEmpty())
        return nullptr;
    auto *menu = new QMenu(parent);
    menu->setToolTipsVisible(true);  // a disabled star says why
    const bool available = m_watchlist && m_watchlist->isAvailable();
    const bool watched = available && m_watchlist->contains(name);
    QAction *star = menu->addAction(watched ? tr("Remove %1 from Watchlist").arg(name)
                                            : tr("Add %1 to Watchlist").arg(name));
    star->setEnabled(available);
    star->setToolTip(available ? tr("Starred symbols and indices lead the ticker with Watchlist First")
                               : tr("The watchlist is kept in the library, and no library is open"));
    connect(star, &QAction::triggered, this, [this, name, watched] {
        if (m_watchlist)
            m_watchlist->setWatched(name, !watched);
    });
    const bool isIndex = isIndexItem(name);
    menu->addAction(tr("Show &History of %1").arg(name), this,
                    [this, name, isIndex] { emit historyRequested(name, isIndex); });
    return menu;
}

void TickerStrip::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createContextMenu(event->pos(), this);
    if (!menu)
        return QWidget::contextMenuEvent(event);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
    event->accept();
}

void TickerStrip::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::PaletteChange:
    case QEvent::StyleChange:
        updateGeometry();
        scheduleRebuild();
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}

void TickerStrip::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_shown = true;
    // The screen (and its pixel ratio) is known now.
    rebuild();
}

void TickerStrip::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    // Also when the window is minimized (a spontaneous hide that leaves isVisible() true): no frames.
    m_shown = false;
    updateMotion();
}

} // namespace md::ui
