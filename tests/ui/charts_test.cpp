// IndexChartView: one line chart per index, the bar chart of moves, saving as PNG.
#include "core/models/snapshotworkspace.h"
#include "core/models/snapshotcollection.h"
#include "core/models/indicesmodel.h"
#include "core/models/quotesmodel.h"
#include "core/models/indexseriesmodel.h"
#include "tests/ui/uitestsupport.h"
#include "ui/indexchartview.h"

#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace md;
using namespace md::test;
using md::ui::IndexChartView;

TEST(IndexChartView, DrawsALineChartPerIndexAndBarsOfIndicesAndTopMoversWithOneSnapshot)
{
    SnapshotWorkspace workspace;
    IndexChartView charts;
    charts.setSeriesModel(workspace.indexSeries());
    charts.setCurrentModels(workspace.indices(), workspace.quotes());
    workspace.collection()->add(opened(loadFixture(QStringLiteral("psx-close-2024-12-10.txt")), QStringLiteral("psx")));
    workspace.collection()->setCurrentRow(0);
    charts.setTopMoverCount(2);
    charts.resize(800, 900);
    charts.show();
    QTest::qWait(20);
    EXPECT_EQ(charts.lineChartCount(), 4);
    EXPECT_EQ(charts.barCategories(), texts({"BR100", "BR30", "KSE100", "KSE30", "OGDC", "PPL", "TRG", "AIRLINK"}));
}

TEST(IndexChartView, SavesThePictureAsPngAndNamesAPathItCannotWrite)
{
    SnapshotWorkspace workspace;
    IndexChartView charts;
    charts.setSeriesModel(workspace.indexSeries());
    charts.setCurrentModels(workspace.indices(), workspace.quotes());
    workspace.collection()->add(opened(loadFixture(QStringLiteral("psx-close-2024-12-10.txt")), QStringLiteral("psx")));
    workspace.collection()->setCurrentRow(0);
    charts.resize(700, 700);
    charts.show();
    QTest::qWait(20);

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
