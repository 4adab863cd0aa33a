// WatchedSymbols: the session's watchlist, kept in the library, one change signal for every view.
#include "core/library/library.h"
#include "core/library/watchlist.h"
#include "core/session/snapshotsession.h"
#include "core/session/watchedsymbols.h"
#include "tests/support/testsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace md;

TEST(WatchedSymbols, NothingCanBeStarredWithoutALibrary)
{
    SnapshotSession session;
    WatchedSymbols *watched = session.watchlist();
    EXPECT_FALSE(watched->isAvailable());
    EXPECT_FALSE(watched->setWatched(QStringLiteral("LUCK"), true));
    EXPECT_FALSE(watched->lastError().isEmpty());
    EXPECT_TRUE(watched->names().isEmpty());
}

TEST(WatchedSymbols, StarsAreKeptInTheLibraryAndAnnouncedOnce)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    {
        SnapshotSession session;
        ASSERT_TRUE(session.openLibrary(path).ok());
        WatchedSymbols *watched = session.watchlist();
        ASSERT_TRUE(watched->isAvailable());
        QSignalSpy changes(watched, &WatchedSymbols::changed);
        EXPECT_TRUE(watched->setWatched(QStringLiteral("luck"), true));
        EXPECT_TRUE(watched->toggle(QStringLiteral("KSE100")));
        EXPECT_TRUE(watched->setWatched(QStringLiteral("LUCK"), true));  // already starred: no change
        EXPECT_EQ(changes.size(), 2);
        EXPECT_EQ(watched->names(), (QStringList{QStringLiteral("LUCK"), QStringLiteral("KSE100")}));
        EXPECT_TRUE(watched->contains(QStringLiteral("Luck")));
        EXPECT_TRUE(watched->toggle(QStringLiteral("luck")));
        EXPECT_FALSE(watched->contains(QStringLiteral("LUCK")));
        EXPECT_FALSE(watched->setWatched(QStringLiteral("not a symbol!"), true));
        EXPECT_FALSE(watched->lastError().isEmpty());
    }
    Library library(path);
    ASSERT_TRUE(library.open().ok());
    EXPECT_EQ(Watchlist(library).names(), QStringList{QStringLiteral("KSE100")});
}
