// MainWindow: opening files (good, bad, twice, several), the empty state, the session, ticker-to-table wiring.
#include "core/models/snapshotcollection.h"
#include "core/session/snapshotworkspace.h"
#include "tests/ui/uitestsupport.h"
#include "tests/ui/windowtestsupport.h"
#include "ui/emptystateview.h"
#include "ui/fileopenfilter.h"
#include "ui/mainwindow.h"
#include "ui/messagebanner.h"
#include "ui/moversview.h"
#include "ui/tickerstrip.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileOpenEvent>
#include <QFile>
#include <QMimeData>
#include <QTemporaryDir>
#include <QLineEdit>
#include <QTest>

using namespace md;
using namespace md::test;
using md::ui::MainWindow;

namespace {

class MainWindowTest : public ::testing::Test
{
protected:
    void SetUp() override { clearSettings(); }
    void TearDown() override { clearSettings(); }

    static QString fixture(const char *name) { return dataPath(QString::fromLatin1(name)); }
};

} // namespace

TEST_F(MainWindowTest, ShowsTheWelcomeUntilSomethingIsOpened)
{
    MainWindow window;
    EXPECT_FALSE(window.dashboard()->isDashboardShown());
    // The file is read on a worker thread; meanwhile the welcome says so instead of offering buttons.
    window.session()->openPaths({fixture("psx-close-2024-12-10.txt")});
    EXPECT_TRUE(window.session()->isOpening());
    EXPECT_TRUE(window.dashboard()->emptyState()->isOpening());
    EXPECT_FALSE(window.dashboard()->isDashboardShown());
    ASSERT_TRUE(waitUntilOpened(window));
    EXPECT_TRUE(window.session()->lastOpenErrors().isEmpty());
    EXPECT_TRUE(window.dashboard()->isDashboardShown());
    EXPECT_FALSE(window.dashboard()->emptyState()->isOpening());
    EXPECT_EQ(window.session()->workspace()->collection()->count(), 1);
}

TEST_F(MainWindowTest, OpeningABadFileKeepsTheOpenSnapshotsAndNamesTheFile)
{
    MainWindow window;
    openAndWait(window, {fixture("psx-close-2024-12-10.txt")});
    const Snapshot *before = window.session()->workspace()->currentSnapshot();
    ASSERT_NE(before, nullptr);

    const QStringList errors = openAndWait(window, {fixture("bad-binary.txt")});
    ASSERT_EQ(errors.size(), 1);
    EXPECT_TRUE(errors.first().contains(QStringLiteral("bad-binary.txt")));
    EXPECT_EQ(window.session()->workspace()->collection()->count(), 1);
    EXPECT_EQ(window.session()->workspace()->currentSnapshot(), before);
    EXPECT_TRUE(window.dashboard()->isDashboardShown());
    EXPECT_FALSE(window.banner()->isHidden());
    EXPECT_TRUE(window.banner()->text().contains(QStringLiteral("bad-binary.txt")));
}

TEST_F(MainWindowTest, OpeningTheSameFileTwiceKeepsOneEntry)
{
    MainWindow window;
    openAndWait(window, {fixture("psx-close-2024-12-10.txt")});
    openAndWait(window, {dataPath(QStringLiteral("../data/psx-close-2024-12-10.txt"))});
    EXPECT_EQ(window.session()->workspace()->collection()->count(), 1);
}

TEST_F(MainWindowTest, SelectsTheNewestOfSeveralOpenedAtOnce)
{
    MainWindow window;
    openAndWait(window, {fixture("psx-close-2024-12-10.txt"), md::SnapshotSession::samplePath()});
    EXPECT_EQ(window.session()->workspace()->collection()->count(), 2);
    ASSERT_NE(window.session()->workspace()->currentSnapshot(), nullptr);
    EXPECT_EQ(window.session()->workspace()->currentSnapshot()->article.headline,
              QStringLiteral("Explorers and cement makers lift KSE-100 above 114,000"));
}

TEST_F(MainWindowTest, SelectsWhatWasJustOpenedEvenWhenOlder)
{
    MainWindow window;
    openSampleAndWait(window);
    openAndWait(window, {fixture("psx-close-2024-12-10.txt")});
    ASSERT_NE(window.session()->workspace()->currentSnapshot(), nullptr);
    EXPECT_EQ(window.session()->workspace()->currentSnapshot()->article.dateline, QStringLiteral("KARACHI"));
    EXPECT_EQ(window.session()->workspace()->currentSnapshot()->quotes.size(), 10);
    EXPECT_EQ(window.session()->workspace()->collection()->currentRow(), 1);  // below the newer sample
}

TEST_F(MainWindowTest, ReopensTheLastSessionsFiles)
{
    {
        MainWindow window;
        openAndWait(window, {fixture("psx-close-2024-12-10.txt"), md::SnapshotSession::samplePath()});
        window.close();
    }
    MainWindow again;
    again.session()->restore();
    ASSERT_TRUE(waitUntilOpened(again));
    EXPECT_TRUE(again.session()->lastOpenErrors().isEmpty());
    EXPECT_EQ(again.session()->workspace()->collection()->count(), 2);
    EXPECT_EQ(again.session()->recentFiles().size(), 2);
}

TEST_F(MainWindowTest, ASessionFileGoneSinceIsNamedAndTheRestReopen)
{
    QTemporaryDir dir;
    const QString kept = dir.filePath(QStringLiteral("kept.txt"));
    const QString gone = dir.filePath(QStringLiteral("gone.txt"));
    ASSERT_TRUE(QFile::copy(fixture("psx-close-2024-12-10.txt"), kept));
    ASSERT_TRUE(QFile::copy(fixture("reader-hostile-article.txt"), gone));
    {
        MainWindow window;
        openAndWait(window, {kept, gone});
        window.close();
    }
    ASSERT_TRUE(QFile::remove(gone));

    MainWindow again;
    again.session()->restore();
    ASSERT_TRUE(waitUntilOpened(again));
    EXPECT_EQ(again.session()->workspace()->collection()->count(), 1);
    ASSERT_EQ(again.session()->lastOpenErrors().size(), 1);
    EXPECT_TRUE(again.session()->lastOpenErrors().first().contains(QStringLiteral("gone.txt")));
    EXPECT_TRUE(again.banner()->text().contains(QStringLiteral("last session"))) << again.banner()->text().toStdString();
    // Once the session is back, it is saved as it now is: the next start does not look for the lost file.
    MainWindow third;
    third.session()->restore();
    ASSERT_TRUE(waitUntilOpened(third));
    EXPECT_TRUE(third.session()->lastOpenErrors().isEmpty());
    EXPECT_EQ(third.session()->workspace()->collection()->count(), 1);
}

TEST_F(MainWindowTest, ClickingATickerItemSelectsItsRowInTheMoversTable)
{
    MainWindow window;
    openAndWait(window, {fixture("psx-close-2024-12-10.txt")});
    window.dashboard()->movers()->filterEdit()->setText(QStringLiteral("OGDC"));
    window.dashboard()->ticker()->setStaticMode(true);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(10);

    const QRect bop = window.dashboard()->ticker()->itemRect(QStringLiteral("BOP"));
    ASSERT_FALSE(bop.isEmpty());
    QTest::mouseClick(window.dashboard()->ticker(), Qt::LeftButton, {}, bop.center());
    EXPECT_EQ(window.dashboard()->movers()->selectedSymbols(), texts({"BOP"}));
}

TEST_F(MainWindowTest, ClosingTheLastSnapshotReturnsToTheWelcome)
{
    MainWindow window;
    openAndWait(window, {fixture("psx-close-2024-12-10.txt")});
    window.session()->workspace()->collection()->removeAt(0);
    EXPECT_FALSE(window.dashboard()->isDashboardShown());
    EXPECT_EQ(window.windowTitle(), QStringLiteral("MarketDesk"));
}

TEST_F(MainWindowTest, DroppingAFolderOpensTheSnapshotsInIt)
{
    QTemporaryDir dir;
    ASSERT_TRUE(QFile::copy(fixture("psx-close-2024-12-10.txt"), dir.filePath(QStringLiteral("a.txt"))));
    ASSERT_TRUE(QFile::copy(fixture("reader-hostile-article.txt"), dir.filePath(QStringLiteral("b.txt"))));
    MainWindow window;
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(dir.path())});
    QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &drop);
    ASSERT_TRUE(waitUntilOpened(window));
    EXPECT_EQ(window.session()->workspace()->collection()->count(), 2);
    EXPECT_TRUE(window.dashboard()->isDashboardShown());
}

// macOS hands a document double-clicked in the Finder to the running application as a QFileOpenEvent.
TEST_F(MainWindowTest, AFileOpenEventOnTheApplicationOpensTheFile)
{
    MainWindow window;
    md::ui::FileOpenFilter filter(&window);
    qApp->installEventFilter(&filter);
    QFileOpenEvent event(fixture("psx-close-2024-12-10.txt"));
    QCoreApplication::sendEvent(qApp, &event);
    qApp->removeEventFilter(&filter);
    ASSERT_TRUE(waitUntilOpened(window));
    ASSERT_EQ(window.session()->workspace()->collection()->count(), 1);
    EXPECT_EQ(window.session()->workspace()->currentSnapshot()->indices.size(), 4);
    EXPECT_TRUE(window.dashboard()->isDashboardShown());
}

TEST_F(MainWindowTest, AFileOpenEventForABadFileNamesItAndKeepsWhatIsOpen)
{
    MainWindow window;
    openSampleAndWait(window);
    md::ui::FileOpenFilter filter(&window);
    qApp->installEventFilter(&filter);
    QFileOpenEvent event(fixture("bad-binary.txt"));
    QCoreApplication::sendEvent(qApp, &event);
    qApp->removeEventFilter(&filter);
    ASSERT_TRUE(waitUntilOpened(window));
    EXPECT_EQ(window.session()->workspace()->collection()->count(), 1);
    EXPECT_TRUE(window.banner()->text().contains(QStringLiteral("bad-binary.txt")));
}
