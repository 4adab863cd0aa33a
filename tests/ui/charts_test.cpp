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
