// The watchlist: symbols and index names the user follows, in their order, kept in the library database.
#pragma once

#include "core/library/librarytypes.h"

#include <QString>
#include <QStringList>

namespace md {

class Library;

struct WatchlistChange
{
    QStringList changed;    // names added (or removed), as stored
    QStringList unchanged;  // already there (for add), or not there (for remove)
    QString error;          // a name that is not a symbol or index name, or a library failure; nothing changed

    bool ok() const { return error.isEmpty(); }
};

// Names are stored in upper case and compared without case: "luck" and "LUCK" are one entry. Use it on the
// library's thread.
class Watchlist
{
public:
    explicit Watchlist(Library &library);

    // Every name, in the user's order.
    QStringList names() const;
    bool contains(const QString &name) const;
    // Adds names at the end, in the order given. All or nothing: one bad name changes nothing.
    WatchlistChange add(const QStringList &names);
    WatchlistChange remove(const QStringList &names);
    // Moves name to position `to` (0-based, clamped); false when it is not on the watchlist.
    bool move(const QString &name, int to);

    QString lastError() const { return m_lastError; }

private:
    bool renumber(const QStringList &order);

    Library &m_library;
    mutable QString m_lastError;
};

} // namespace md
