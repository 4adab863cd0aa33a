// The window with a library: opened files stored once, damage reported, history on double-click, open from
// and compare in the library, folder import, the library a screenshot uses.
#include "core/library/library.h"
#include "core/library/libraryrecorder.h"
#include "core/models/comparisonmodel.h"
#include "core/models/librarylistmodel.h"
#include "core/models/snapshotcollection.h"
#include "core/session/snapshotworkspace.h"
#include "tests/library/libraryfixtures.h"
#include "tests/ui/uitestsupport.h"
#include "tests/ui/windowtestsupport.h"
#include "ui/exportcontroller.h"
#include "ui/library/compareview.h"
#include "ui/library/importfolderdialog.h"
#include "ui/library/indexhistoryview.h"
#include "ui/library/librarypage.h"
#include "ui/library/libraryview.h"
#include "ui/library/symbolhistoryview.h"
#include "ui/mainwindow.h"
#include "ui/messagebanner.h"
#include "ui/moversview.h"
#include "ui/screenshot.h"
#include "ui/snapshotlistview.h"
#include "ui/tickerstrip.h"

#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QTemporaryDir>
#include <QTest>

using namespace md;
using namespace md::test;
using md::ui::LibraryPage;
using md::ui::MainWindow;
using md::ui::SymbolHistoryView;

namespace {

// A double click as a user makes it: press and release, then the second press as a double click.
void doubleClick(QAbstractItemView *view, const QModelIndex &index)
{
    const QPoint at = view->visualRect(index).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
}

class LibraryWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        clearSettings();
        ASSERT_TRUE(dir.isValid());
    }
    void TearDown() override { clearSettings(); }

    QString libraryPath() const { return dir.filePath(QStringLiteral("library.sqlite")); }
    QString pages() const { return dir.filePath(QStringLiteral("pages")); }
    // count generated daily snapshots (OGDC and KSE100 in each) written under pages().
    void writePages(int count)
    {
        generated = generateSnapshots(count, QDate(2024, 11, 1));
        ASSERT_TRUE(writeFolder(pages(), generated));
    }
    QString page(int i) const { return pages() + QLatin1Char('/') + generated[i].relativePath; }
    void openLibrary(MainWindow &window)
    {
        ASSERT_TRUE(window.openLibrary(libraryPath()).ok());
        ASSERT_NE(window.session()->library(), nullptr);
    }
    static bool storedAll(MainWindow &window)
    {
        return QTest::qWaitFor([&] { return window.session()->recorder()->pendingCount() == 0; }, 10000);
    }
    static bool importAndWait(MainWindow &window, const QString &folder)
    {
        md::ui::ImportFolderDialog *dialog = window.libraryPage()->importFolder(folder);
        if (!dialog)
            return false;
        const bool done = QTest::qWaitFor([&] { return !dialog->isRunning(); }, 20000);
        dialog->close();
        return done;
    }

    QTemporaryDir dir;
    QVector<GeneratedSnapshot> generated;
};

} // namespace

TEST_F(LibraryWindowTest, EveryOpenedFileIsStoredOnceAndTheSampleNot)
{
    writePages(2);
    MainWindow window;
    openLibrary(window);
    EXPECT_EQ(window.pages()->count(), 4);  // Dashboard, Library, Alerts and Portfolio
    openAndWait(window, {page(0), page(1)});
    ASSERT_TRUE(storedAll(window));
    EXPECT_EQ(window.session()->library()->snapshotCount(), 2);

    openAndWait(window, {page(0)});  // again: the library already has it
    openSampleAndWait(window);          // not the user's data
    ASSERT_TRUE(storedAll(window));
    EXPECT_EQ(window.session()->library()->snapshotCount(), 2);
    EXPECT_EQ(window.session()->workspace()->collection()->count(), 3);
}

TEST_F(LibraryWindowTest, AnUnreadableLibraryIsSetAsideAndTheUserIsTold)
{
    {
        QFile junk(libraryPath());
        ASSERT_TRUE(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray("this is not a database, it is a shopping list\n").repeated(50));
    }
    MainWindow window;
    const LibraryOpenResult opened = window.openLibrary(libraryPath());
    ASSERT_TRUE(opened.ok()) << opened.error.toStdString();
    ASSERT_FALSE(opened.setAsidePath.isEmpty());
    EXPECT_TRUE(QFile::exists(opened.setAsidePath));
    EXPECT_FALSE(window.banner()->isHidden());
    EXPECT_TRUE(window.banner()->text().contains(opened.notice)) << window.banner()->text().toStdString();
    EXPECT_EQ(window.session()->library()->snapshotCount(), 0);  // a fresh library, ready to use
}

TEST_F(LibraryWindowTest, AFileThatCannotBeStoredIsAStatusBarWarningAndStaysOpen)
{
    writePages(1);
    MainWindow window;
    openLibrary(window);
    openAndWait(window, {page(0)});
    ASSERT_TRUE(QFile::remove(page(0)));  // gone between opening and storing
    ASSERT_TRUE(storedAll(window));
    const QString message = window.statusBar()->currentMessage();
    EXPECT_TRUE(message.contains(QStringLiteral("Not kept in the library"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QDir::toNativeSeparators(page(0)))) << message.toStdString();
    EXPECT_EQ(window.session()->workspace()->collection()->count(), 1);
    EXPECT_TRUE(window.banner()->isHidden());
}

TEST_F(LibraryWindowTest, ImportFolderFillsTheLibraryAndItsViews)
{
    writePages(6);
    MainWindow window;
    openLibrary(window);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.showView(QStringLiteral("library"));
    ASSERT_TRUE(importAndWait(window, pages()));
    EXPECT_EQ(window.session()->library()->snapshotCount(), 6);
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.libraryPage()->list()->model()->rowCount() == 6; }, 5000));
    EXPECT_EQ(window.statusBar()->currentMessage(), QStringLiteral("Imported 6 snapshots."));
    EXPECT_TRUE(window.libraryPage()->headerText().contains(QStringLiteral("6 snapshots")));
}

TEST_F(LibraryWindowTest, DoubleClickingASymbolShowsItsHistoryAcrossTheLibrary)
{
    writePages(5);
    MainWindow window;
    openLibrary(window);
    ASSERT_TRUE(importAndWait(window, pages()));
    openAndWait(window, {page(4)});
    window.resize(1280, 800);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QTableView *table = window.dashboard()->movers()->table();
    ASSERT_TRUE(window.dashboard()->movers()->selectSymbol(QStringLiteral("OGDC")));
    const QModelIndex row = table->currentIndex();
    doubleClick(table, row);

    EXPECT_EQ(window.pages()->currentWidget(), window.libraryPage());
    EXPECT_EQ(window.libraryPage()->tabs()->currentWidget(), window.libraryPage()->symbolHistory());
    const SymbolHistoryView *history = window.libraryPage()->symbolHistory();
    EXPECT_EQ(history->symbol(), QStringLiteral("OGDC"));
    ASSERT_EQ(history->bars().size(), 5);  // one close a day, from the news ticker
    EXPECT_EQ(history->bars().first().close, generated[0].ogdc);
    EXPECT_EQ(history->bars().last().close, generated[4].ogdc);
}

TEST_F(LibraryWindowTest, DoubleClickingAnIndexOnTheTickerShowsItsHistory)
{
    writePages(3);
    MainWindow window;
    openLibrary(window);
    openAndWait(window, {page(0), page(1), page(2)});
    ASSERT_TRUE(storedAll(window));
    window.resize(1280, 800);
    window.dashboard()->ticker()->setStaticMode(true);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    const QRect kse = window.dashboard()->ticker()->itemRect(QStringLiteral("KSE100"));
    ASSERT_FALSE(kse.isEmpty());
    QTest::mouseDClick(window.dashboard()->ticker(), Qt::LeftButton, {}, kse.center());
    EXPECT_EQ(window.libraryPage()->tabs()->currentWidget(), window.libraryPage()->indexHistory());
    EXPECT_EQ(window.libraryPage()->indexHistory()->currentIndex(), QStringLiteral("KSE100"));
    EXPECT_EQ(window.libraryPage()->indexHistory()->series().points.size(), 3);
}

TEST_F(LibraryWindowTest, OpeningFromTheLibraryListShowsTheStoredSnapshotWithoutStoringItAgain)
{
    writePages(3);
    MainWindow window;
    openLibrary(window);
    ASSERT_TRUE(importAndWait(window, pages()));
    window.resize(1280, 800);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.showView(QStringLiteral("library"));
    md::ui::LibraryView *list = window.libraryPage()->list();
    ASSERT_EQ(list->model()->rowCount(), 3);
    QAbstractItemView *table = list->table();
    const QModelIndex newest = table->model()->index(0, 0);  // newest first
    doubleClick(table, newest);

    EXPECT_EQ(window.pages()->currentWidget(), window.pages()->widget(0));  // back on the dashboard
    ASSERT_EQ(window.session()->workspace()->collection()->count(), 1);
    EXPECT_EQ(window.session()->workspace()->currentSnapshot()->article.headline, generated[2].headline);
    EXPECT_EQ(window.session()->recorder()->pendingCount(), 0);
    EXPECT_EQ(window.session()->library()->snapshotCount(), 3);
}

TEST_F(LibraryWindowTest, TwoOpenSnapshotsAreComparedEarlierFirst)
{
    writePages(2);
    MainWindow window;
    openLibrary(window);
    openAndWait(window, {page(0), page(1)});  // the newer one (page 1) becomes current, row 0
    SnapshotCollection *collection = window.session()->workspace()->collection();
    ASSERT_EQ(collection->currentRow(), 0);
    emit window.dashboard()->compareWithCurrentRequested(1);
    EXPECT_EQ(window.libraryPage()->tabs()->currentWidget(), window.libraryPage()->compare());
    const ComparisonModel *model = window.libraryPage()->compare()->model();
    EXPECT_EQ(model->beforeLabel(), collection->index(1).data(SnapshotCollection::CaptureTimeTextRole).toString());
    EXPECT_EQ(model->afterLabel(), collection->index(0).data(SnapshotCollection::CaptureTimeTextRole).toString());
    bool found = false;
    for (const ComparisonRow &row : model->rows()) {
        if (row.name == QLatin1String("KSE100")) {
            found = true;
            EXPECT_EQ(row.before, generated[0].kse100);
            EXPECT_EQ(row.after, generated[1].kse100);
        }
    }
    EXPECT_TRUE(found);
}

TEST_F(LibraryWindowTest, TheComparisonExportsItsRowsAsShown)
{
    writePages(2);
    MainWindow window;
    openLibrary(window);
    openAndWait(window, {page(0), page(1)});
    ASSERT_TRUE(storedAll(window));
    const QString path = dir.filePath(QStringLiteral("comparison.csv"));
    QString suggested;
    window.exporter()->setDestinationChooser([&](const QString &, const QString &name) {
        suggested = name;
        return std::optional<md::ui::ExportController::Destination>({path, CsvPreset::Csv});
    });
    window.showView(QStringLiteral("compare"));
    md::ui::CompareView *compare = window.libraryPage()->compare();
    compare->findChild<QLineEdit *>()->setText(QStringLiteral("KSE100"));
    for (QPushButton *button : compare->findChildren<QPushButton *>()) {
        if (button->text().startsWith(QStringLiteral("Export")))
            button->click();
    }
    EXPECT_TRUE(suggested.startsWith(QStringLiteral("comparison-2024-11-01-to-2024-11-02"))) << suggested.toStdString();
    const QByteArray expected = QByteArray("kind,name,before,after,change,change_percent\r\nindex,KSE100,")
        + QByteArray::number(generated[0].kse100, 'f', 0) + ',' + QByteArray::number(generated[1].kse100, 'f', 0)
        + ",37,";
    EXPECT_TRUE(readFile(path).startsWith(expected)) << readFile(path).toStdString();
}

// One render per test, as the application renders one per process.
TEST_F(LibraryWindowTest, AScreenshotStoresInTheLibraryItIsGiven)
{
    writePages(1);
    md::ui::ScreenshotRequest request;
    request.files = {page(0)};
    request.view = QStringLiteral("library");
    request.libraryPath = libraryPath();
    const md::ui::ScreenshotResult shot = md::ui::renderScreenshot(request);
    EXPECT_TRUE(shot.errors.isEmpty());
    Library library(libraryPath());
    ASSERT_TRUE(library.open().ok());
    EXPECT_EQ(library.snapshotCount(), 1);
}

TEST_F(LibraryWindowTest, AScreenshotWithoutALibraryNeverTouchesTheDefaultOne)
{
    writePages(1);
    QStandardPaths::setTestModeEnabled(true);  // where the default library would be, for this test only
    const QString defaultPath = Library::defaultPath();
    QFile::remove(defaultPath);
    md::ui::ScreenshotRequest request;
    request.files = {page(0)};
    request.view = QStringLiteral("library");  // a temporary library
    const md::ui::ScreenshotResult shot = md::ui::renderScreenshot(request);
    EXPECT_TRUE(shot.errors.isEmpty());
    EXPECT_FALSE(shot.image.isNull());
    EXPECT_FALSE(QFile::exists(defaultPath));
    QStandardPaths::setTestModeEnabled(false);
}

TEST_F(LibraryWindowTest, ASnapshotOpenedFromTheLibraryKeepsTheCorrectedCaptureTime)
{
    writePages(1);
    MainWindow window;
    openLibrary(window);
    ASSERT_TRUE(importAndWait(window, pages()));
    const SnapshotId id = window.session()->library()->listSnapshots().first().id;
    const Timestamp corrected = Timestamp::fromWallClock(QDate(2024, 11, 1), QTime(15, 30));
    ASSERT_TRUE(window.session()->library()->correctCaptureTime(id, corrected).ok());
    window.session()->openFromLibrary(id);
    ASSERT_EQ(window.session()->workspace()->collection()->count(), 1);
    EXPECT_EQ(window.session()->workspace()->collection()->captureTimeAt(0).time, corrected);
}
