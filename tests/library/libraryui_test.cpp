// The library's widgets, each on its own, driven offscreen: list, import dialog, charts, compare, time dialog.
#include "core/models/comparisonmodel.h"
#include "core/library/folderimport.h"
#include "core/library/library.h"
#include "core/models/comparisonproxymodel.h"
#include "core/models/librarylistmodel.h"
#include "libraryfixtures.h"
#include "testdata.h"
#include "ui/library/capturetimedialog.h"
#include "ui/library/compareview.h"
#include "ui/library/historychartview.h"
#include "ui/library/importfolderdialog.h"
#include "ui/library/indexhistoryview.h"
#include "ui/library/libraryview.h"
#include "ui/library/symbolhistoryview.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QImage>
#include <QLineEdit>
#include <QLineSeries>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTreeView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <QDateTimeAxis>
#include <QValueAxis>

#include <gtest/gtest.h>

using namespace md;
using namespace md::ui;

namespace {

// A library in a temporary folder holding `count` generated daily snapshots.
class LibraryWidgetTest : public ::testing::Test
{
protected:
    void fill(int count)
    {
        ASSERT_TRUE(m_dir.isValid());
        m_generated = test::generateSnapshots(count);
        ASSERT_TRUE(test::writeFolder(folder(), m_generated));
        m_library = std::make_unique<Library>(m_dir.filePath(QStringLiteral("library.sqlite")));
        ASSERT_TRUE(m_library->open().ok());
        ASSERT_EQ(importFolder(*m_library, folder()).added, count);
    }
    QString folder() const { return m_dir.filePath(QStringLiteral("pages")); }

    QTemporaryDir m_dir;
    QVector<test::GeneratedSnapshot> m_generated;
    std::unique_ptr<Library> m_library;
};

QStringList columnTexts(const QAbstractItemModel *model, int column)
{
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row)
        out.append(model->index(row, column).data().toString());
    return out;
}

// Pixels of roughly this colour in the image: proof that a line was drawn, not just a frame.
int pixelsNear(const QImage &image, const QColor &color)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - color.red()) < 40 && std::abs(c.green() - color.green()) < 40
                && std::abs(c.blue() - color.blue()) < 40)
                ++count;
        }
    }
    return count;
}

Series dailySeries(const QString &name, int days, double start, double step)
{
    Series s;
    s.name = name;
    const qint64 first = QDateTime(QDate(2024, 1, 1), QTime(11, 0), Qt::UTC).toMSecsSinceEpoch();
    for (int i = 0; i < days; ++i) {
        SeriesPoint p;
        p.snapshotId = i + 1;
        p.msecs = first + qint64(i) * 24 * 3600 * 1000;
        p.capturedAt = Timestamp::fromUtc(QDateTime::fromMSecsSinceEpoch(p.msecs, Qt::UTC), Timestamp::kPakistanOffsetSeconds);
        p.change = (i % 3 == 0 ? -1 : 1) * step;
        p.value = start + i * step;
        s.points.append(p);
    }
    return s;
}

} // namespace

TEST_F(LibraryWidgetTest, LibraryViewListsSearchesAndRemoves)
{
    fill(12);
    LibraryView view(m_library.get());
    view.setConfirmRemoval(false);
    view.resize(900, 500);
    view.show();
    QSignalSpy changed(&view, &LibraryView::libraryChanged);

    QSortFilterProxyModel *shown = view.proxy();
    ASSERT_EQ(shown->rowCount(), 12);
    EXPECT_EQ(view.statusText(), QStringLiteral("12 snapshots"));
    EXPECT_EQ(shown->index(0, LibraryListModel::HeadlineColumn).data().toString(), m_generated[11].headline);
    EXPECT_EQ(shown->index(0, LibraryListModel::CapturedColumn).data().toString(), QStringLiteral("2024-01-12 16:30"));  // page date over comment

    // Typing searches after a short pause.
    QTest::keyClicks(view.findChild<QLineEdit *>(), QStringLiteral("energy"));
    EXPECT_TRUE(QTest::qWaitFor([&] { return shown->rowCount() == 2; }, 2000));
    EXPECT_EQ(columnTexts(shown, LibraryListModel::HeadlineColumn),
              (QStringList{m_generated[7].headline, m_generated[2].headline}));
    EXPECT_EQ(view.statusText(), QStringLiteral("2 of 12 snapshots match \"energy\""));
    view.setSearchText(QStringLiteral("ogdc"));
    EXPECT_EQ(shown->rowCount(), 12);
    view.setSearchText(QString());

    // Remove the two newest.
    view.selectIds({shown->index(0, 0).data(LibraryListModel::SnapshotIdRole).toLongLong(),
                    shown->index(1, 0).data(LibraryListModel::SnapshotIdRole).toLongLong()});
    EXPECT_EQ(view.selectedIds().size(), 2);
    view.removeSelected();
    EXPECT_EQ(m_library->snapshotCount(), 10);
    EXPECT_EQ(shown->rowCount(), 10);
    EXPECT_EQ(changed.size(), 1);
    EXPECT_EQ(shown->index(0, LibraryListModel::HeadlineColumn).data().toString(), m_generated[9].headline);
    EXPECT_EQ(view.statusText(), QStringLiteral("10 snapshots"));
}

TEST_F(LibraryWidgetTest, LibraryViewOpensComparesAndCorrectsTimes)
{
    fill(5);
    LibraryView view(m_library.get());
    view.resize(900, 500);
    view.show();
    QSignalSpy activated(&view, &LibraryView::snapshotActivated);
    QSignalSpy compare(&view, &LibraryView::compareRequested);
    QSortFilterProxyModel *shown = view.proxy();
    const SnapshotId newest = shown->index(0, 0).data(LibraryListModel::SnapshotIdRole).toLongLong();
    const SnapshotId oldest = shown->index(4, 0).data(LibraryListModel::SnapshotIdRole).toLongLong();

    // Double-click opens.
    QTreeView *table = view.table();
    const QRect cell = table->visualRect(table->model()->index(0, LibraryListModel::HeadlineColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    ASSERT_GE(activated.size(), 1);
    EXPECT_EQ(activated.last()[0].toLongLong(), newest);

    // Two selected: Compare, the earlier first whatever the selection order.
    auto *compareButton = [&] {
        for (QPushButton *b : view.findChildren<QPushButton *>())
            if (b->text() == QStringLiteral("Compare"))
                return b;
        return static_cast<QPushButton *>(nullptr);
    }();
    ASSERT_TRUE(compareButton);
    view.selectIds({newest});
    EXPECT_FALSE(compareButton->isEnabled());
    view.selectIds({newest, oldest});
    EXPECT_TRUE(compareButton->isEnabled());
    compareButton->click();
    ASSERT_EQ(compare.size(), 1);
    EXPECT_EQ(compare[0][0].toLongLong(), oldest);
    EXPECT_EQ(compare[0][1].toLongLong(), newest);

    // Correcting the oldest to a later time puts it first.
    view.applyCaptureTime(oldest, Timestamp::fromWallClock(QDate(2024, 2, 1), QTime(10, 0), Timestamp::kPakistanOffsetSeconds));
    EXPECT_EQ(shown->index(0, 0).data(LibraryListModel::SnapshotIdRole).toLongLong(), oldest);
    // The market time as corrected; the story's own day beside it, now that they differ.
    EXPECT_EQ(shown->index(0, LibraryListModel::CapturedColumn).data().toString(),
              QStringLiteral("2024-02-01 10:00 \u00B7 story of 2024-01-01"));
    EXPECT_TRUE(shown->index(0, LibraryListModel::CapturedColumn).data(Qt::ToolTipRole).toString()
                    .contains(QStringLiteral("Article dated 2024-01-01T16:30:00")));
    EXPECT_EQ(view.selectedIds(), QVector<SnapshotId>{oldest});
}

TEST(CaptureTimeDialogTest, ReturnsTheEditedTimeInPakistanTimeOrNoneToUseTheDetectedOne)
{
    LibraryEntry entry;
    entry.capturedAt = Timestamp::fromWallClock(QDate(2024, 12, 6), QTime(12, 53), 0);
    entry.detectedCaptureTime = entry.capturedAt;
    entry.captureSource = CaptureTime::Source::FileModified;
    entry.corrected = true;
    {
        CaptureTimeDialog dialog(entry);
        EXPECT_EQ(dialog.editor()->dateTime(), QDateTime(QDate(2024, 12, 6), QTime(17, 53)));
        dialog.editor()->setDateTime(QDateTime(QDate(2024, 12, 7), QTime(9, 30)));
        EXPECT_EQ(dialog.chosenTime().toIsoString(), QStringLiteral("2024-12-07T09:30:00+05:00"));
    }
    CaptureTimeDialog dialog(entry);
    QPushButton *reset = nullptr;
    for (QPushButton *b : dialog.findChildren<QPushButton *>())
        if (b->text() == QStringLiteral("Use Detected Time"))
            reset = b;
    ASSERT_TRUE(reset);
    EXPECT_TRUE(reset->isEnabled());
    reset->click();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_FALSE(dialog.chosenTime().isValid());
}

TEST(ImportFolderDialogTest, ShowsProgressFailuresAndASummary)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("pages"));
    ASSERT_TRUE(test::writeFolder(folder, test::generateSnapshots(8)));
    QFile empty(folder + QStringLiteral("/broken.txt"));
    ASSERT_TRUE(empty.open(QIODevice::WriteOnly));
    empty.close();

    ImportFolderDialog dialog(dir.filePath(QStringLiteral("library.sqlite")), folder);
    QSignalSpy finished(&dialog, &ImportFolderDialog::importFinished);
    QSignalSpy added(&dialog, &ImportFolderDialog::snapshotAdded);
    dialog.show();
    dialog.start();
    EXPECT_TRUE(dialog.isRunning());
    EXPECT_EQ(dialog.cancelButton()->text(), QStringLiteral("Cancel"));
    ASSERT_TRUE(finished.wait(20000));
    EXPECT_FALSE(dialog.isRunning());
    EXPECT_EQ(added.size(), 8);
    EXPECT_EQ(dialog.progressBar()->maximum(), 9);
    EXPECT_EQ(dialog.progressBar()->value(), 9);
    ASSERT_EQ(dialog.failureList()->topLevelItemCount(), 1);
    EXPECT_EQ(dialog.failureList()->topLevelItem(0)->text(0), QStringLiteral("broken.txt"));
    EXPECT_EQ(dialog.failureList()->topLevelItem(0)->text(1), QStringLiteral("the file is empty"));
    EXPECT_TRUE(dialog.failureList()->isVisible());
    EXPECT_EQ(dialog.statusText(), QStringLiteral("Imported 8 snapshots; 1 file could not be read."));
    EXPECT_EQ(dialog.cancelButton()->text(), QStringLiteral("Close"));
    dialog.cancelButton()->click();
    EXPECT_FALSE(dialog.isVisible());
}

// Issue 21: the dialog lists a file imported without some rows beside the files that failed, and a file that
// held nothing is refused with its reason.
TEST(ImportFolderDialogTest, ListsFilesReadInPartAndFilesThatHeldNothing)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("pages"));
    ASSERT_TRUE(QDir().mkpath(folder));
    QFile partial(folder + QStringLiteral("/a-closing.lis"));
    ASSERT_TRUE(partial.open(QIODevice::WriteOnly));
    partial.write("31DEC2021|OGDC|0820|Oil & Gas Dev.|84.20|87.30|84.15|86.20|3368560|84.94|||\n"
                  "31DEC2021|PPL|0820|Pakistan Petroleum|75.00|76.10|74.80|75.90|oops|74.95|||\n");
    partial.close();
    QFile nothing(folder + QStringLiteral("/b-table.txt"));
    ASSERT_TRUE(nothing.open(QIODevice::WriteOnly));
    nothing.write("symbol,price\nOGDC,86.20\n");
    nothing.close();

    ImportFolderDialog dialog(dir.filePath(QStringLiteral("library.sqlite")), folder);
    QSignalSpy finished(&dialog, &ImportFolderDialog::importFinished);
    dialog.show();
    dialog.start();
    ASSERT_TRUE(finished.wait(20000));
    ASSERT_EQ(dialog.failureList()->topLevelItemCount(), 2);
    EXPECT_EQ(dialog.failureList()->topLevelItem(0)->text(0), QStringLiteral("a-closing.lis"));
    EXPECT_EQ(dialog.failureList()->topLevelItem(0)->text(1),
              QStringLiteral("imported without 1 row; the first: Line 2 (PPL): the volume \"oops\" is not a number; the line was skipped."));
    EXPECT_EQ(dialog.failureList()->topLevelItem(1)->text(0), QStringLiteral("b-table.txt"));
    EXPECT_TRUE(dialog.failureList()->topLevelItem(1)->text(1).startsWith(QStringLiteral("it holds nothing MarketDesk reads")));
    EXPECT_EQ(dialog.statusText(), QStringLiteral("Imported 1 snapshot; 1 file could not be read; 1 was read in part (rows skipped)."));
    const ImportSummary &summary = dialog.summary();
    ASSERT_EQ(summary.readInPart.size(), 1);
    EXPECT_EQ(summary.readInPart[0].skippedRows, 1);
    EXPECT_FALSE(summary.readWhole());
}

TEST(ImportFolderDialogTest, CancelStopsTheImportAndTheDialogStaysUntilItHasStopped)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("pages"));
    ASSERT_TRUE(test::writeFolder(folder, test::generateSnapshots(300)));
    ImportFolderDialog dialog(dir.filePath(QStringLiteral("library.sqlite")), folder);
    QSignalSpy finished(&dialog, &ImportFolderDialog::importFinished);
    QSignalSpy added(&dialog, &ImportFolderDialog::snapshotAdded);
    dialog.show();
    dialog.start();
    ASSERT_TRUE(added.wait(10000));
    dialog.reject();  // Escape while running: cancel, do not close
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_FALSE(dialog.cancelButton()->isEnabled());
    EXPECT_EQ(dialog.cancelButton()->text(), QStringLiteral("Cancelling…"));
    ASSERT_TRUE(finished.wait(20000) || !finished.isEmpty());
    EXPECT_TRUE(dialog.summary().cancelled);
    EXPECT_LT(dialog.summary().added, 300);
    EXPECT_TRUE(dialog.statusText().contains(QStringLiteral("cancelled")));
    EXPECT_TRUE(dialog.cancelButton()->isEnabled());
    dialog.reject();
    EXPECT_FALSE(dialog.isVisible());
}

TEST_F(LibraryWidgetTest, SymbolHistoryViewShowsANewsTickersClosesAsALine)
{
    // The candles themselves are tested in tests/ui/candles_test.cpp; here the library's own bars.
    fill(6);
    SymbolHistoryView view(m_library.get());
    view.resize(800, 600);
    view.show();
    view.showSymbol(QStringLiteral("ogdc"));
    EXPECT_EQ(view.symbol(), QStringLiteral("OGDC"));
    ASSERT_EQ(view.bars().size(), 6);
    EXPECT_EQ(view.bars()[3].close, m_generated[3].ogdc);
    // A news ticker gives closes only: a line, no candles, no volume.
    EXPECT_FALSE(view.isCandleMode());
    EXPECT_EQ(view.closeLine()->count(), 6);
    EXPECT_FALSE(view.volumeChart()->isVisibleTo(&view));

    // Zooming the price chart zooms the volume chart's time axis too.
    HistoryChartView *prices = view.priceChart();
    prices->zoomBy(0.5, prices->visibleRange().fromMsecs);
    EXPECT_EQ(view.volumeChart()->visibleRange(), prices->visibleRange());

    view.showSymbol(QStringLiteral("NOSUCH"));
    EXPECT_TRUE(view.bars().isEmpty());
    EXPECT_EQ(view.closeLine()->count(), 0);
}

TEST_F(LibraryWidgetTest, IndexHistoryViewShowsKse100WithPresetsZoomAndPan)
{
    fill(40);
    IndexHistoryView view(m_library.get());
    view.resize(900, 500);
    view.show();
    EXPECT_EQ(view.currentIndex(), QStringLiteral("KSE100"));
    ASSERT_EQ(view.series().points.size(), 40);
    EXPECT_EQ(view.checkedPreset(), int(RangePreset::All));

    HistoryChartView *chart = view.chartView();
    const TimeRange data = chart->dataRange();
    EXPECT_EQ(data.fromMsecs, m_generated[0].capturedAt.toMSecsSinceEpoch());
    EXPECT_EQ(data.toMsecs, m_generated[39].capturedAt.toMSecsSinceEpoch());
    EXPECT_EQ(chart->visiblePointCount(), 40);

    view.applyPreset(RangePreset::Week);
    EXPECT_EQ(chart->visibleRange(), presetRange(RangePreset::Week, data.fromMsecs, data.toMsecs));
    EXPECT_EQ(view.checkedPreset(), int(RangePreset::Week));
    EXPECT_EQ(chart->visiblePointCount(), 8);  // seven days back and the last day itself
    // The value axis fits what is in view: the last 8 days' KSE100 values.
    EXPECT_LE(chart->valueAxis()->min(), m_generated[32].kse100);
    EXPECT_GE(chart->valueAxis()->max(), m_generated[39].kse100);
    EXPECT_GT(chart->valueAxis()->min(), m_generated[20].kse100);

    // The wheel zooms around the pointer and leaves the preset.
    const QPoint middle = chart->mapFromScene(chart->chart()->plotArea().center());
    const qint64 spanBefore = chart->visibleRange().toMsecs - chart->visibleRange().fromMsecs;
    QWheelEvent wheel(middle, chart->mapToGlobal(middle), {}, QPoint(0, 120), Qt::NoButton, {}, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(chart->viewport(), &wheel);
    const qint64 spanAfter = chart->visibleRange().toMsecs - chart->visibleRange().fromMsecs;
    EXPECT_NEAR(double(spanAfter), spanBefore * 0.8, spanBefore * 0.01);
    EXPECT_EQ(view.checkedPreset(), -1);

    // Dragging pans back in time; Home shows everything.
    const TimeRange beforeDrag = chart->visibleRange();
    QTest::mousePress(chart->viewport(), Qt::LeftButton, {}, middle);
    QTest::mouseMove(chart->viewport(), middle + QPoint(100, 0));
    QTest::mouseRelease(chart->viewport(), Qt::LeftButton, {}, middle + QPoint(100, 0));
    EXPECT_LT(chart->visibleRange().fromMsecs, beforeDrag.fromMsecs);
    EXPECT_EQ(chart->visibleRange().toMsecs - chart->visibleRange().fromMsecs, beforeDrag.toMsecs - beforeDrag.fromMsecs);
    QTest::keyClick(chart, Qt::Key_Home);
    EXPECT_EQ(chart->visiblePointCount(), 40);

    view.showIndex(QStringLiteral("KSE30"));
    EXPECT_EQ(view.currentIndex(), QStringLiteral("KSE30"));
    EXPECT_EQ(view.series().points.size(), 40);
}

TEST(IndexHistoryViewTest, DrawsTenYearsOfDailyValues)
{
    IndexHistoryView view;
    view.resize(1000, 500);
    view.setSeries(dailySeries(QStringLiteral("KSE100"), 3653, 30000.0, 22.0));
    EXPECT_EQ(view.chartView()->visiblePointCount(), 3653);
    const QImage image = view.grab().toImage();
    EXPECT_GT(pixelsNear(image, QColor(0x1f, 0x6f, 0xb4)), 500);
    view.applyPreset(RangePreset::Year);
    EXPECT_EQ(view.chartView()->visiblePointCount(), 366);
}

TEST_F(LibraryWidgetTest, CompareViewShowsTheEarlierFirstSortsAndFilters)
{
    fill(3);
    CompareView view(m_library.get());
    view.resize(900, 500);
    view.show();
    QSignalSpy exportRequested(&view, &CompareView::exportRequested);
    SnapshotFilter oldestFirst;
    oldestFirst.newestFirst = false;
    const QVector<LibraryEntry> entries = m_library->listSnapshots(oldestFirst);

    // Asked the wrong way round, it still shows the earlier snapshot first.
    view.compare(entries[2].id, entries[0].id);
    EXPECT_EQ(view.beforeId(), entries[0].id);
    EXPECT_EQ(view.afterId(), entries[2].id);
    ComparisonModel *model = view.model();
    ASSERT_EQ(model->rowCount(), 34);  // 4 indices and 30 stocks
    EXPECT_EQ(model->headerData(ComparisonModel::BeforeColumn, Qt::Horizontal).toString(), QStringLiteral("Before\n2024-01-01 16:30"));
    EXPECT_EQ(model->headerData(ComparisonModel::AfterColumn, Qt::Horizontal).toString(), QStringLiteral("After\n2024-01-03 16:30"));
    EXPECT_TRUE(model->headerData(ComparisonModel::AfterColumn, Qt::Horizontal, Qt::ToolTipRole).toString().startsWith(QStringLiteral("2024-01-03 16:30")));
    const ComparisonRow &kse = model->rows()[2];
    EXPECT_EQ(kse.name, QStringLiteral("KSE100"));
    EXPECT_EQ(*kse.before, m_generated[0].kse100);
    EXPECT_EQ(*kse.after, m_generated[2].kse100);
    EXPECT_EQ(view.summaryText(), QStringLiteral("31 up, 0 down, 3 unchanged."));

    // The name takes the slack; every other column shows its whole header and figures, no wider than it needs.
    QTableView *table = view.table();
    QHeaderView *header = table->horizontalHeader();
    for (int column : {int(ComparisonModel::KindColumn), int(ComparisonModel::BeforeColumn), int(ComparisonModel::AfterColumn),
                       int(ComparisonModel::ChangeColumn), int(ComparisonModel::ChangePercentColumn)}) {
        SCOPED_TRACE(column);
        EXPECT_GE(header->sectionSize(column), header->sectionSizeHint(column));
        EXPECT_GE(header->sectionSize(column), static_cast<QAbstractItemView *>(table)->sizeHintForColumn(column));
        EXPECT_LT(header->sectionSize(column), header->sectionSize(ComparisonModel::NameColumn));
    }
    int total = 0;
    for (int column = 0; column < ComparisonModel::ColumnCount; ++column)
        total += header->sectionSize(column);
    EXPECT_EQ(total, table->viewport()->width());

    // Sorting by change through the proxy uses the raw values.
    view.table()->sortByColumn(ComparisonModel::ChangeColumn, Qt::DescendingOrder);
    ComparisonProxyModel *proxy = view.proxy();
    EXPECT_EQ(proxy->index(0, ComparisonModel::NameColumn).data().toString(), QStringLiteral("KSE100"));
    EXPECT_EQ(proxy->index(0, ComparisonModel::ChangeColumn).data(RawValueRole).toDouble(), 74.0);

    view.findChild<QLineEdit *>()->setText(QStringLiteral("kse"));
    EXPECT_EQ(columnTexts(proxy, ComparisonModel::NameColumn), (QStringList{QStringLiteral("KSE100"), QStringLiteral("KSE30")}));
    view.findChild<QLineEdit *>()->clear();
    proxy->setKinds(ComparisonProxyModel::Kinds::Indices);
    EXPECT_EQ(proxy->rowCount(), 4);

    for (QPushButton *b : view.findChildren<QPushButton *>())
        if (b->text() == QStringLiteral("Export CSV…"))
            b->click();
    EXPECT_EQ(exportRequested.size(), 1);
}

TEST(CompareViewTest, MissingValuesSortLastInEitherOrder)
{
    Snapshot before;
    before.quotes = {{QStringLiteral("AAA"), 10, 0, 0}, {QStringLiteral("BBB"), 20, 0, 0}, {QStringLiteral("GONE"), 5, 0, 0}};
    Snapshot after;
    after.quotes = {{QStringLiteral("AAA"), 11, 0, 0}, {QStringLiteral("BBB"), 18, 0, 0}, {QStringLiteral("NEW"), 7, 0, 0}};
    CompareView view;
    view.setSnapshots(before, QStringLiteral("before"), after, QStringLiteral("after"));
    ComparisonProxyModel *proxy = view.proxy();
    view.table()->sortByColumn(ComparisonModel::ChangeColumn, Qt::AscendingOrder);
    EXPECT_EQ(columnTexts(proxy, ComparisonModel::NameColumn).mid(0, 2), (QStringList{QStringLiteral("BBB"), QStringLiteral("AAA")}));
    view.table()->sortByColumn(ComparisonModel::ChangeColumn, Qt::DescendingOrder);
    EXPECT_EQ(columnTexts(proxy, ComparisonModel::NameColumn).mid(0, 2), (QStringList{QStringLiteral("AAA"), QStringLiteral("BBB")}));
    EXPECT_EQ(view.summaryText(), QStringLiteral("1 up, 1 down, 0 unchanged; 2 rows in one snapshot only."));
}
