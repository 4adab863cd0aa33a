#include "core/session/watchedsymbols.h"

#include "core/library/watchlist.h"

namespace md {

WatchedSymbols::WatchedSymbols(QObject *parent)
    : QObject(parent)
{
}

void WatchedSymbols::setLibrary(Library *library)
{
    m_library = library;
    reload();
}

bool WatchedSymbols::contains(const QString &name) const
{
    return m_set.contains(name.trimmed().toUpper());
}

bool WatchedSymbols::setWatched(const QString &name, bool watched)
{
    m_lastError.clear();
    if (!m_library) {
        m_lastError = tr("The watchlist is kept in the library, and no library is open.");
        return false;
    }
    if (watched == contains(name))
        return true;
    Watchlist list(*m_library);
    const WatchlistChange change = watched ? list.add({name}) : list.remove({name});
    if (!change.ok()) {
        m_lastError = change.error;
        return false;
    }
    reload();
    return true;
}

void WatchedSymbols::reload()
{
    QStringList names;
    if (m_library)
        names = Watchlist(*m_library).names();
    if (names == m_names)
        return;
    m_names = names;
    m_set.clear();
    for (const QString &n : std::as_const(m_names))
        m_set.insert(n.toUpper());
    emit changed();
}

} // namespace md
