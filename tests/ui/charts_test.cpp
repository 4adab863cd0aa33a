// IndexChartView: one line chart per index, the bar chart of moves, saving as PNG.
#include "core/session/snapshotworkspace.h"
#include "core/models/indexseriesmodel.h"
#include "core/models/indicesmodel.h"
#include "core/models/quotesmodel.h"
#include "core/models/snapshotcollection.h"
#include "tests/ui/uitestsupport.h"
#include "tests/ui/windowtestsupport.h"
#include "ui/axisscale.h"
#include "ui/indexchartview.h"
#include "ui/mainwindow.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QFontMetrics>
#include <QImage>
#include <QValueAxis>
#include <QXYSeries>
#include <QTemporaryDir>
#include <QTest>

using namespace md;
using namespace md::test;
using md::ui::IndexChartView;

namespace {

// Charts bound to a workspace with the 10 December fixture open and current, shown at a size.
class IndexChartViewTest : public ::testing::Test
{
protected:
    void show(QSize size)
    {
        charts.setSeriesModel(workspace.indexSeries());
        charts.setCurrentModels(workspace.indices(), workspace.quotes());
        workspace.collection()->add(opened(loadFixture(QStringLiteral("psx-close-2024-12-10.txt")), QStringLiteral("psx")));
        workspace.collection()->setCurrentRow(0);
        charts.resize(size);
        charts.show();
        QTest::qWait(20);
    }

    SnapshotWorkspace workspace;
    IndexChartView charts;
};

// The window at 1280×800 with the bundled sample open and its charts built (on the next turn of the event loop).
void showSample(md::ui::MainWindow &window)
{
    openSampleAndWait(window);
    window.resize(1280, 800);
    window.show();
    EXPECT_TRUE(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(50);
}

} // namespace

TEST_F(IndexChartViewTest, DrawsALineChartPerIndexAndBarsOfIndicesAndTopMoversWithOneSnapshot)
{
    charts.setTopMoverCount(2);
    show(QSize(800, 900));
    EXPECT_EQ(charts.lineChartCount(), 4);
    EXPECT_EQ(charts.barCategories(), texts({"BR100", "BR30", "KSE100", "KSE30", "OGDC", "PPL", "TRG", "AIRLINK"}));
}

TEST_F(IndexChartViewTest, SavesThePictureAsPngAndNamesAPathItCannotWrite)
{
    show(QSize(700, 700));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("charts.png"));
    QString error;
    ASSERT_TRUE(charts.saveImage(path, &error)) << error.toStdString();
    const QImage saved(path);
    EXPECT_FALSE(saved.isNull());
    EXPECT_GT(distinctColours(saved), 20);

    const QString bad = dir.filePath(QStringLiteral("missing-folder/charts.png"));
    EXPECT_FALSE(charts.saveImage(bad, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("missing-folder"))) << error.toStdString();
}

// The full window's small charts once drew the KSE30 axis as "..." (seven ticks on 85 pixels: Qt Charts
// elides labels that overlap). Every value axis now has at most five round ticks, and room for each label.
// With one snapshot an index's card holds one point mid-axis: its time axis names that point's time, once,
// under it (it had ticks half a day either side: "12 Dec 05:48 · 12 Dec 17:48 · 13 Dec 05:48").
TEST(IndexChartAxes, ASinglePointsTimeAxisNamesItsTimeOnce)
{
    clearSettings();
    md::ui::MainWindow window;
    showSample(window);
    const QString shown = window.session()->collection()->index(0, 0).data(SnapshotCollection::CaptureTimeTextRole).toString();
    int cards = 0;
    for (QChartView *view : window.dashboard()->charts()->findChildren<QChartView *>()) {
        const QList<QAbstractAxis *> bottom = view->chart()->axes(Qt::Horizontal);
        if (bottom.size() != 1 || !qobject_cast<QCategoryAxis *>(bottom.first()))
            continue;
        ++cards;
        auto *time = qobject_cast<QCategoryAxis *>(bottom.first());
        ASSERT_EQ(time->categoriesLabels().size(), 1);
        EXPECT_TRUE(shown.startsWith(time->categoriesLabels().first())) << shown.toStdString();
        const auto *points = qobject_cast<QXYSeries *>(view->chart()->series().first());
        ASSERT_TRUE(points);
        ASSERT_EQ(points->count(), 1);
        EXPECT_EQ(time->endValue(time->categoriesLabels().first()), points->at(0).x());
        EXPECT_LT(time->min(), points->at(0).x());
        EXPECT_GT(time->max(), points->at(0).x());
    }
    EXPECT_EQ(cards, 4);
}

TEST(IndexChartAxes, EveryValueAxisOfTheWindowsChartsHasRoomForItsLabels)
{
    clearSettings();
    md::ui::MainWindow window;
    showSample(window);
    int axes = 0;
    for (QChartView *view : window.dashboard()->charts()->findChildren<QChartView *>()) {
        for (QAbstractAxis *axis : view->chart()->axes(Qt::Vertical)) {
            auto *values = qobject_cast<QValueAxis *>(axis);
            if (!values)
                continue;
            ++axes;
            EXPECT_LE(values->tickCount(), 5);
            const double spacing = view->chart()->plotArea().height() / (values->tickCount() - 1);
            EXPECT_GE(spacing, QFontMetrics(values->labelsFont()).height())
                << view->accessibleName().toStdString() << ": " << values->tickCount() << " ticks";
        }
    }
    EXPECT_EQ(axes, 4);  // one per index; the bar chart's value axis is horizontal
}

// The README's window: three pages, so most cards name the previous close in a legend that takes part of
// their height; KMI30's and BR30's five ticks had been drawn as "...". A card now has no more ticks than its
// plot's height holds.
TEST(IndexChartAxes, CardsWithAPreviousCloseLegendHaveRoomForTheirLabels)
{
    clearSettings();
    md::ui::MainWindow window;
    openAndWait(window, {dataPath(QStringLiteral("brecorder-2020-08-12-old-template.html")),
                         dataPath(QStringLiteral("brecorder-2023-12-22-masthead.txt")),
                         dataPath(QStringLiteral("brecorder-2024-12-10-windows1252.html"))});
    window.resize(1280, 800);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(50);
    int legends = 0;
    for (QChartView *view : window.dashboard()->charts()->findChildren<QChartView *>()) {
        legends += view->chart()->legend()->isVisible();
        for (QAbstractAxis *axis : view->chart()->axes(Qt::Vertical)) {
            auto *values = qobject_cast<QValueAxis *>(axis);
            if (!values)
                continue;
            const double spacing = view->chart()->plotArea().height() / (values->tickCount() - 1);
            EXPECT_GE(spacing, QFontMetrics(values->labelsFont()).height())
                << view->accessibleName().toStdString() << ": " << values->tickCount() << " ticks";
        }
    }
    EXPECT_GE(legends, 4);
}

TEST(NiceScale, CoversTheRangeOnRoundStepsWithinTheTickLimit)
{
    // KSE30 of the sample: 35,711.6 to 36,031 with a margin.
    const md::ui::AxisScale kse30 = md::ui::niceScale(35647.7, 36094.9, 5);
    EXPECT_EQ(kse30.min, 35600.0);
    EXPECT_EQ(kse30.max, 36200.0);
    EXPECT_EQ(kse30.step, 200.0);
    EXPECT_EQ(kse30.tickCount, 4);
    EXPECT_EQ(kse30.decimals, 0);

    const md::ui::AxisScale small = md::ui::niceScale(11.8, 12.75, 5);
    EXPECT_EQ(small.step, 0.25);
    EXPECT_EQ(small.min, 11.75);
    EXPECT_EQ(small.max, 12.75);
    EXPECT_EQ(small.decimals, 2);

    const md::ui::AxisScale flat = md::ui::niceScale(100.0, 100.0, 5);  // one value: a range around it
    EXPECT_LT(flat.min, 100.0);
    EXPECT_GT(flat.max, 100.0);
    EXPECT_LE(flat.tickCount, 5);
    for (int maxTicks = 3; maxTicks <= 8; ++maxTicks) {
        const md::ui::AxisScale s = md::ui::niceScale(-3.7, 1234.5, maxTicks);
        EXPECT_LE(s.tickCount, maxTicks);
        EXPECT_LE(s.min, -3.7);
        EXPECT_GE(s.max, 1234.5);
    }
}

// Snapshots years apart: the KSE-100's card labels New Year's days (or the first of a month), not even fractions
// of its span ("Apr 2020 · Oct 2022 · Apr 2025", the last a date no snapshot is near).
TEST_F(IndexChartViewTest, ACardOverYearsIsLabelledOnCalendarTimes)
{
    charts.setSeriesModel(workspace.indexSeries());
    charts.setCurrentModels(workspace.indices(), workspace.quotes());
    for (const char *name : {"brecorder-2020-08-12-old-template.html", "brecorder-2023-12-22-masthead.txt",
                             "brecorder-2024-12-10-windows1252.html"})
        workspace.collection()->add(opened(loadFixture(QString::fromLatin1(name)), QString::fromLatin1(name)));
    workspace.collection()->setCurrentRow(0);
    charts.resize(QSize(900, 900));
    charts.show();
    QTest::qWait(20);
    QCategoryAxis *time = nullptr;
    const QXYSeries *line = nullptr;
    for (QChartView *view : charts.findChildren<QChartView *>()) {
        if (view->accessibleName() != QStringLiteral("Line chart of KSE100 over time"))
            continue;
        time = qobject_cast<QCategoryAxis *>(view->chart()->axes(Qt::Horizontal).value(0));
        line = qobject_cast<const QXYSeries *>(view->chart()->series().value(0));
    }
    ASSERT_TRUE(time && line);
    ASSERT_GE(line->count(), 3);
    const QStringList labels = time->categoriesLabels();
    ASSERT_GE(labels.size(), 2) << labels.join(u',').toStdString();
    for (const QString &label : labels) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(qint64(time->endValue(label)));
        EXPECT_EQ(at.time(), QTime(0, 0)) << label.toStdString();
        EXPECT_EQ(at.date().day(), 1) << label.toStdString();
        EXPECT_TRUE(label.contains(QString::number(at.date().year()))) << label.toStdString();
        EXPECT_GE(time->endValue(label), line->at(0).x());
        EXPECT_LE(time->endValue(label), line->at(line->count() - 1).x());
    }
}
