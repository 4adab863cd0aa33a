// The ticker strip along the top: indices then quotes, "SYMBOL price ▲ change (pct%)", scrolling smoothly.
#pragma once

#include <QElapsedTimer>
#include <QPixmap>
#include <QPointer>
#include <QTimer>
#include <QVector>
#include <QWidget>

class QAbstractItemModel;
class QMenu;

namespace md {
class WatchedSymbols;
}

namespace md::ui {

// Reads two models of the MarketTableModel shape (name, value, change, % change; md::DirectionRole).
// Each item's text is laid out once into a pixmap when the models, font, palette or screen change;
// a frame only blits the visible pixmaps. The scroll position is a function of elapsed time (speed in
// px/s), so it does not depend on how regularly the ~60 Hz frame timer fires. Items whose md::WatchedRole
// is true carry a ★; with watchlistFirst() they lead the strip (indices, then symbols), the rest after, each
// in its model's order. The context menu stars and unstars through the WatchedSymbols given.
class TickerStrip : public QWidget
{
    Q_OBJECT
public:
    explicit TickerStrip(QWidget *parent = nullptr);

    void setModels(QAbstractItemModel *indices, QAbstractItemModel *quotes);
    // The watchlist the context menu changes (null: none; it outlives the strip).
    void setWatchlist(WatchedSymbols *watchlist);

    bool watchlistFirst() const { return m_watchlistFirst; }
    void setWatchlistFirst(bool on);
    bool isWatchedItem(const QString &name) const;

    // The context menu of the item under pos (its star and history), or nullptr where there is none.
    QMenu *createContextMenu(const QPoint &pos, QWidget *parent);

    // Scrolling speed in logical pixels per second.
    void setSpeed(double pixelsPerSecond);
    double speed() const { return m_speed; }

    // Static mode (reduced motion): items stand still from the left; the wheel scrolls them.
    void setStaticMode(bool on);
    bool isStaticMode() const { return m_static; }

    // True while the strip moves by itself (not static, not hovered, has items, shown and not minimized).
    bool isScrolling() const { return m_frameTimer.isActive(); }

    // The scroll position in logical pixels (tests and benchmarks set it to freeze a frame).
    double offset() const;
    void setOffset(double offset);

    // What the strip says while it has no item: that nothing is open, or what the open page lacks.
    void setEmptyText(const QString &text);
    QString emptyText() const;

    int itemCount() const { return int(m_items.size()); }
    QStringList itemNames() const;
    // Where an item is drawn now (the first visible copy), or an empty rect when off-screen.
    QRect itemRect(const QString &name) const;
    // The name of the item under a point, or empty.
    QString itemAt(const QPoint &pos) const;
    bool isIndexItem(const QString &name) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void symbolActivated(const QString &symbol);
    void indexActivated(const QString &name);
    // An item was double-clicked: the user wants its history.
    void historyRequested(const QString &name, bool isIndex);

protected:
    void paintEvent(QPaintEvent *event) override;
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    struct Item
    {
        QString name;
        bool isIndex = false;
        bool watched = false;
        QPixmap pixmap;   // at the device pixel ratio
        qreal x = 0;      // start within one cycle of the strip
        qreal width = 0;  // logical
    };

    void scheduleRebuild();
    void rebuild();
    enum class Pass { All, Watched, Unwatched };
    void addItems(QAbstractItemModel *model, bool isIndex, Pass pass, qreal &x);
    QPixmap renderItem(const QString &name, const QString &value, const QString &change, const QString &percent,
                       int direction, bool isIndex, bool watched, qreal *width) const;
    void updateMotion();
    void freezeOffset();
    double wrappedOffset(double offset) const;
    // Calls f(item, left edge in widget coordinates) for each item copy that is visible.
    template<typename F>
    void forEachVisible(double offset, F f) const;

    QPointer<QAbstractItemModel> m_indices;
    QPointer<QAbstractItemModel> m_quotes;
    QPointer<WatchedSymbols> m_watchlist;
    bool m_watchlistFirst = false;
    QVector<Item> m_items;
    QString m_emptyText;
    qreal m_cycleWidth = 0;  // one full cycle of items, gaps included
    double m_speed = 60.0;
    bool m_static = false;
    bool m_hovered = false;
    bool m_shown = false;
    double m_baseOffset = 0.0;  // offset when m_clock was (re)started
    QElapsedTimer m_clock;      // running while scrolling
    QTimer m_frameTimer;
    QTimer m_rebuildTimer;
    QString m_pressedName;
};

} // namespace md::ui
