// The star of a history view: puts its symbol or index on the watchlist, and shows whether it is there.
#pragma once

#include <QPointer>
#include <QToolButton>

namespace md {
class WatchedSymbols;
}

namespace md::ui {

// Checked (★) while the name is watched; a click stars or unstars it. It follows the watchlist's changes
// made anywhere else (the ticker, the movers, the command line). Disabled without a watchlist that can be
// written or without a name.
class WatchStarButton : public QToolButton
{
    Q_OBJECT

public:
    explicit WatchStarButton(QWidget *parent = nullptr);

    // watchlist outlives the button, or is null (no star).
    void setWatchlist(WatchedSymbols *watchlist);
    void setName(const QString &name);
    QString name() const { return m_name; }

private:
    void updateState();

    QPointer<WatchedSymbols> m_watchlist;
    QString m_name;
};

} // namespace md::ui
