// WatchStarButton: a checkable tool button kept in step with WatchedSymbols.
#include "ui/library/watchstarbutton.h"

#include "core/session/watchedsymbols.h"

#include <QSignalBlocker>

namespace md::ui {

WatchStarButton::WatchStarButton(QWidget *parent)
    : QToolButton(parent)
{
    setCheckable(true);
    setAutoRaise(true);
    setAccessibleName(tr("Watchlist star"));
    connect(this, &QToolButton::toggled, this, [this](bool on) {
        if (m_watchlist && !m_name.isEmpty() && m_watchlist->contains(m_name) != on)
            m_watchlist->setWatched(m_name, on);
        updateState();  // also when the watchlist refused
    });
    updateState();
}

void WatchStarButton::setWatchlist(WatchedSymbols *watchlist)
{
    if (m_watchlist)
        disconnect(m_watchlist, nullptr, this, nullptr);
    m_watchlist = watchlist;
    if (m_watchlist)
        connect(m_watchlist, &WatchedSymbols::changed, this, &WatchStarButton::updateState);
    updateState();
}

void WatchStarButton::setName(const QString &name)
{
    m_name = name;
    updateState();
}

void WatchStarButton::updateState()
{
    const bool can = m_watchlist && m_watchlist->isAvailable() && !m_name.isEmpty();
    const bool starred = can && m_watchlist->contains(m_name);
    const QSignalBlocker blocker(this);
    setEnabled(can);
    setChecked(starred);
    setText(starred ? QStringLiteral("\u2605") : QStringLiteral("\u2606"));
    setToolTip(!can ? tr("Star a name to keep it on the watchlist (needs the library)")
                    : starred ? tr("Remove %1 from the watchlist").arg(m_name)
                              : tr("Add %1 to the watchlist").arg(m_name));
}

} // namespace md::ui
