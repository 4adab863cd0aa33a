// The watchlist as the window sees it: one object every view asks "is this starred?" and tells "star it".
#pragma once

#include <QObject>
#include <QSet>
#include <QStringList>

namespace md {

class Library;

// Kept in the library database (Watchlist); without a library nothing can be starred (isAvailable()).
// Names compare without case; names() are upper case, in the user's order. changed() follows every change,
// so the ticker, the movers, the Sectors view and the history views stay in step.
class WatchedSymbols : public QObject
{
    Q_OBJECT

public:
    explicit WatchedSymbols(QObject *parent = nullptr);

    // The library to keep the watchlist in (null: none). Reads it and emits changed().
    void setLibrary(Library *library);
    bool isAvailable() const { return m_library != nullptr; }

    QStringList names() const { return m_names; }
    // Upper-case names, for filters.
    QSet<QString> nameSet() const { return m_set; }
    bool contains(const QString &name) const;

    // Stars or unstars one name. False (and lastError()) when there is no library or it refused.
    bool setWatched(const QString &name, bool watched);
    bool toggle(const QString &name) { return setWatched(name, !contains(name)); }
    QString lastError() const { return m_lastError; }

    // Reads the library again (the command line or another window may have changed it).
    void reload();

signals:
    void changed();

private:
    Library *m_library = nullptr;
    QStringList m_names;
    QSet<QString> m_set;
    QString m_lastError;
};

} // namespace md
