// Headless screenshots: each view and the whole window render something, and PNG writing fails cleanly.
#include "tests/ui/uitestsupport.h"
#include "ui/imagefile.h"
#include "ui/screenshot.h"

#include <QTemporaryDir>

using namespace md;
using namespace md::test;
using md::ui::ScreenshotRequest;
using md::ui::renderScreenshot;

namespace {

ScreenshotRequest requestFor(const char *view)
{
    ScreenshotRequest request;
    request.files = {dataPath(QStringLiteral("psx-close-2024-12-10.txt"))};
    request.view = QString::fromLatin1(view);
    return request;
}

} // namespace

TEST(Screenshot, WholeWindowIsFixedSizeAndNotBlank)
{
    const auto result = renderScreenshot(requestFor(""));
    EXPECT_TRUE(result.errors.isEmpty());
    EXPECT_EQ(result.image.size(), QSize(1280, 800));
    EXPECT_GT(distinctColours(result.image), 50);
}

TEST(Screenshot, TickerIsFullWidthAtItsNaturalHeightAndNotBlank)
{
    const auto result = renderScreenshot(requestFor("ticker"));
    EXPECT_EQ(result.image.width(), 1280);
    EXPECT_GT(result.image.height(), 16);
    EXPECT_LT(result.image.height(), 80);
    EXPECT_GT(distinctColours(result.image), 20);
}

TEST(Screenshot, MoversChartsAndArticleViewsAreNotBlank)
{
    for (const char *view : {"movers", "charts", "article"}) {
        const auto result = renderScreenshot(requestFor(view));
        EXPECT_EQ(result.image.size(), QSize(1280, 800)) << view;
        EXPECT_GT(distinctColours(result.image), 30) << view;
    }
}

TEST(Screenshot, ReportsFilesThatFailAndRendersTheRest)
{
    ScreenshotRequest request = requestFor("");
    request.files.append(dataPath(QStringLiteral("bad-empty.txt")));
    const auto result = renderScreenshot(request);
    ASSERT_EQ(result.errors.size(), 1);
    EXPECT_TRUE(result.errors.first().contains(QStringLiteral("bad-empty.txt")));
    EXPECT_GT(distinctColours(result.image), 50);
}

TEST(Screenshot, WritingToAMissingFolderFailsNamingThePath)
{
    QTemporaryDir dir;
    QImage image(4, 4, QImage::Format_RGB32);
    image.fill(Qt::red);
    QString error;
    EXPECT_TRUE(md::ui::writePng(image, dir.filePath(QStringLiteral("ok.png")), &error));
    EXPECT_FALSE(md::ui::writePng(image, dir.filePath(QStringLiteral("gone/x.png")), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("gone"))) << error.toStdString();
}

TEST(Screenshot, CandlesAndNewsBySymbolViewsAreNotBlank)
{
    // Candles of the movers' first symbol from a closing-rate file; the news of the ticker's symbol its
    // articles mention most (PSO) from a news page.
    for (const char *view : {"candles", "news"}) {
        ScreenshotRequest request = requestFor(view);
        request.files = {dataPath(QString::fromLatin1(view[0] == 'c' ? "psx-close-2024-12-10.txt" : "alerts-pso-news.txt"))};
        const auto result = renderScreenshot(request);
        EXPECT_TRUE(result.errors.isEmpty()) << view;
        EXPECT_EQ(result.image.size(), QSize(1280, 800)) << view;
        EXPECT_GT(distinctColours(result.image), 30) << view;
    }
}
