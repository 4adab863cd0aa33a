// The window's CSV exports: the movers' visible rows as shown, the open snapshots' tables, failures.
#include "core/models/snapshotcollection.h"
#include "core/session/snapshotworkspace.h"
#include "tests/ui/uitestsupport.h"
#include "tests/ui/windowtestsupport.h"
#include "ui/exportcontroller.h"
#include "ui/exportdialog.h"
#include "ui/mainwindow.h"
#include "ui/messagebanner.h"
#include "ui/moversview.h"

#include <QAbstractButton>
#include <QAction>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QRadioButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include "tests/core/filesizelimit.h"
#endif

using namespace md;
using namespace md::test;
using md::ui::ExportController;
using md::ui::MainWindow;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

class WindowExportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        clearSettings();
        ASSERT_TRUE(dir.isValid());
        // The save dialog answers with this destination and records what it was asked.
        window.exporter()->setDestinationChooser([this](const QString &title, const QString &suggestedName) {
            askedTitle = title;
            askedName = suggestedName;
            return destination;
        });
        window.resize(1280, 800);
        window.show();
        window.activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    }
    void TearDown() override { clearSettings(); }

    QAbstractButton *moversButton(const char *text) const
    {
        for (QAbstractButton *b : window.dashboard()->movers()->findChildren<QAbstractButton *>()) {
            if (b->text() == QLatin1String(text))
                return b;
        }
        return nullptr;
    }
    void clickHeader(int column)
    {
        QHeaderView *header = window.dashboard()->movers()->table()->horizontalHeader();
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                                 header->height() / 2));
    }

    QTemporaryDir dir;
    MainWindow window;
    std::optional<ExportController::Destination> destination;
    QString askedTitle;
    QString askedName;
};

} // namespace

TEST_F(WindowExportTest, ExportVisibleRowsWritesLosersFilteredAndSortedExactlyAsShown)
{
    openSampleAndWait(window);
    QAbstractButton *losers = moversButton("&Losers");
    ASSERT_NE(losers, nullptr);
    QTest::mouseClick(losers, Qt::LeftButton);
    QTest::keyClicks(window.dashboard()->movers()->filterEdit(), QStringLiteral("l"));
    // Price, highest first: click its header until the table sorts it descending.
    clickHeader(1);
    if (window.dashboard()->movers()->table()->horizontalHeader()->sortIndicatorOrder() != Qt::DescendingOrder)
        clickHeader(1);
    ASSERT_EQ(window.dashboard()->movers()->table()->horizontalHeader()->sortIndicatorSection(), 1);
    ASSERT_EQ(columnText(*window.dashboard()->movers()->proxy(), 0), texts({"PAEL", "PRL", "HUMNL", "TELE", "WTL"}));

    const QString path = dir.filePath(QStringLiteral("losers.csv"));
    destination = ExportController::Destination{path, CsvPreset::Csv};
    auto *action = window.findChild<QAction *>(QStringLiteral("exportVisibleRows"));
    ASSERT_NE(action, nullptr);
    action->trigger();  // the movers table's context menu entry

    EXPECT_EQ(askedName, QStringLiteral("movers-2024-12-12"));
    EXPECT_EQ(readFile(path), QByteArray("symbol,price,change,change_percent\r\n"
                                         "PAEL,41.3,-0.44,-1.05\r\n"
                                         "PRL,36.9,-0.44,-1.18\r\n"
                                         "HUMNL,13.62,-0.17,-1.23\r\n"
                                         "TELE,8.59,-0.07,-0.81\r\n"
                                         "WTL,1.72,-0.03,-1.71\r\n"));
    EXPECT_TRUE(window.banner()->isHidden());
}

TEST_F(WindowExportTest, TheTsvPresetWritesTabsAndLineFeeds)
{
    openAndWait(window, {dataPath(QStringLiteral("psx-close-2024-12-10.txt"))});
    const QString path = dir.filePath(QStringLiteral("indices.tsv"));
    destination = ExportController::Destination{path, CsvPreset::Tsv};
    window.exporter()->exportTable(CsvTableKind::Indices, SnapshotScope::Current);
    EXPECT_EQ(readFile(path), QByteArray("name\tvalue\tchange\tchange_percent\n"
                                         "BR100\t11814\t90.4\t0.77\n"
                                         "BR30\t36234\t874.6\t2.47\n"
                                         "KSE100\t113247\t609\t0.54\n"
                                         "KSE30\t35712\t253.6\t0.72\n"));
}

TEST_F(WindowExportTest, AllOpenSnapshotsExportAsOneTimeSeriesOldestFirst)
{
    openAndWait(window, {dataPath(QStringLiteral("psx-close-2024-12-10.txt")), md::SnapshotSession::samplePath()});
    const QString path = dir.filePath(QStringLiteral("kse.csv"));
    destination = ExportController::Destination{path, CsvPreset::Csv};
    window.exporter()->exportTable(CsvTableKind::Indices, SnapshotScope::AllOpen);
    EXPECT_EQ(askedName, QStringLiteral("indices-2024-12-10-to-2024-12-12"));
    const QList<QByteArray> lines = readFile(path).split('\n');
    ASSERT_EQ(lines.size(), 10);  // header, 4 + 4 rows, and the empty piece after the last line end
    EXPECT_EQ(lines[0], QByteArray("source,captured_at,name,value,change,change_percent\r"));
    EXPECT_TRUE(lines[1].endsWith("psx-close-2024-12-10.txt,2024-12-10T21:45:00,BR100,11814,90.4,0.77\r"))
        << lines[1].toStdString();
    EXPECT_TRUE(lines[8].endsWith("psx-sample-2024-12-12.txt,2024-12-12T17:48:00,KSE30,36031,319.4,0.89\r"))
        << lines[8].toStdString();
}

TEST_F(WindowExportTest, AnExportIntoAnImpossiblePathNamesItAndLeavesTheFileThereAlone)
{
    openSampleAndWait(window);
    // The "folder" is an existing file: nothing can be written under it, and the file stays as it was.
    const QString blocker = dir.filePath(QStringLiteral("old.csv"));
    writeFile(blocker, "symbol,price\r\nOLD,1\r\n");
    const QString path = blocker + QStringLiteral("/movers.csv");
    destination = ExportController::Destination{path, CsvPreset::Csv};
    window.findChild<QAction *>(QStringLiteral("exportVisibleRows"))->trigger();

    EXPECT_FALSE(window.banner()->isHidden());
    EXPECT_TRUE(window.banner()->text().contains(QDir::toNativeSeparators(path))) << window.banner()->text().toStdString();
    EXPECT_TRUE(window.banner()->text().contains(QStringLiteral("The export failed")));
    EXPECT_EQ(readFile(blocker), QByteArray("symbol,price\r\nOLD,1\r\n"));
    EXPECT_EQ(window.session()->workspace()->collection()->count(), 1);
}

#ifdef Q_OS_UNIX
// A write that fails half-way (the file-size limit, which binds root too, stands in for a full disk): the
// banner names the file and the reason, and the file already at that path keeps its bytes.
TEST_F(WindowExportTest, AFailedWriteShowsTheReasonAndKeepsTheOldFile)
{
    openSampleAndWait(window);
    const QString path = dir.filePath(QStringLiteral("movers.csv"));
    writeFile(path, "symbol,price\r\nOLD,1\r\n");
    destination = ExportController::Destination{path, CsvPreset::Csv};

    {
        const FileSizeLimit limit(64);  // the header fits, the rows do not
        ASSERT_TRUE(limit.isActive());
        window.findChild<QAction *>(QStringLiteral("exportVisibleRows"))->trigger();
    }

    EXPECT_FALSE(window.banner()->isHidden());
    const QString text = window.banner()->text();
    EXPECT_TRUE(text.contains(QDir::toNativeSeparators(path) + QStringLiteral(": cannot be written"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("the existing file was left unchanged"))) << text.toStdString();
    EXPECT_EQ(readFile(path), QByteArray("symbol,price\r\nOLD,1\r\n"));
}
#endif

TEST_F(WindowExportTest, CancellingTheSaveDialogWritesNothing)
{
    openSampleAndWait(window);
    destination.reset();
    window.findChild<QAction *>(QStringLiteral("exportVisibleRows"))->trigger();
    EXPECT_EQ(askedTitle, QStringLiteral("Export Visible Rows"));
    EXPECT_TRUE(QDir(dir.path()).isEmpty());
}

TEST(ExportDialog, MoversAreAlwaysTheSelectedSnapshotsRowsAndOneSnapshotHasNoTimeSeries)
{
    md::ui::ExportDialog dialog(QStringLiteral("Explorers lift KSE-100"), 1);
    dialog.setScope(SnapshotScope::AllOpen);
    EXPECT_EQ(dialog.scope(), SnapshotScope::Current);  // one open snapshot: no series to make
    EXPECT_FALSE(dialog.scopeButton(SnapshotScope::AllOpen)->isEnabled());

    md::ui::ExportDialog several(QStringLiteral("Explorers lift KSE-100"), 3);
    several.setTable(CsvTableKind::Comments);
    several.setScope(SnapshotScope::AllOpen);
    EXPECT_EQ(several.scope(), SnapshotScope::AllOpen);
    several.tableButton(CsvTableKind::Movers)->click();
    EXPECT_EQ(several.table(), CsvTableKind::Movers);
    EXPECT_EQ(several.scope(), SnapshotScope::Current);
    EXPECT_FALSE(several.scopeButton(SnapshotScope::AllOpen)->isEnabled());
    EXPECT_TRUE(several.scopeButton(SnapshotScope::AllOpen)->text().contains(QStringLiteral("All 3 open snapshots")));
}
