// marketdesk --screenshot end to end: the PNG it writes and its exit status.
#include "tests/ui/uitestsupport.h"

#include <QColor>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>

using namespace md::test;

namespace {

struct ProgramRun
{
    int exitCode = -1;
    QString errors;
};

ProgramRun runMarketdesk(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));  // the program picks offscreen itself for screenshots
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(MARKETDESK_BINARY), arguments);
    ProgramRun run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.errors = QString::fromLocal8Bit(process.readAllStandardError());
    return run;
}

} // namespace

TEST(ScreenshotCommand, WritesTheWholeWindowAndExitsZero)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("window.png"));
    const ProgramRun run = runMarketdesk({QStringLiteral("--screenshot"), out, dataPath(QStringLiteral("psx-close-2024-12-10.txt"))});
    EXPECT_EQ(run.exitCode, 0) << run.errors.toStdString();
    const QImage image(out);
    EXPECT_EQ(image.size(), QSize(1280, 800));
    EXPECT_GT(distinctColours(image), 50);
}

TEST(ScreenshotCommand, WritesTheTickerAtItsNaturalHeight)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("ticker.png"));
    const ProgramRun run = runMarketdesk({QStringLiteral("--screenshot"), out, QStringLiteral("--view"), QStringLiteral("ticker"),
                                   QStringLiteral("--sample")});
    EXPECT_EQ(run.exitCode, 0) << run.errors.toStdString();
    const QImage image(out);
    EXPECT_EQ(image.width(), 1280);
    EXPECT_LT(image.height(), 80);
}

TEST(ScreenshotCommand, NamesAFileThatFailsRendersTheRestAndExitsTwo)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("window.png"));
    const ProgramRun run = runMarketdesk({QStringLiteral("--screenshot"), out, dataPath(QStringLiteral("psx-close-2024-12-10.txt")),
                                   dataPath(QStringLiteral("bad-binary.txt"))});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.errors.contains(QStringLiteral("bad-binary.txt"))) << run.errors.toStdString();
    EXPECT_GT(distinctColours(QImage(out)), 50);
}

TEST(ScreenshotCommand, ExitsOneNamingAPngItCannotWrite)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("no-such-folder/window.png"));
    const ProgramRun run = runMarketdesk({QStringLiteral("--screenshot"), out, QStringLiteral("--sample")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.errors.contains(QStringLiteral("no-such-folder"))) << run.errors.toStdString();
}

// --theme dark draws the window in the dark palette (issue 22's pictures in both themes); an unknown theme is a
// usage error that names it.
TEST(ScreenshotCommand, ThemeOptionDrawsTheDarkPaletteAndRefusesAnUnknownOne)
{
    QTemporaryDir dir;
    const auto meanLightness = [](const QImage &image) {
        qint64 sum = 0;
        int n = 0;
        for (int y = 0; y < image.height(); y += 8) {
            for (int x = 0; x < image.width(); x += 8, ++n)
                sum += QColor(image.pixel(x, y)).lightness();
        }
        return n ? sum / n : 0;
    };
    const QString light = dir.filePath(QStringLiteral("light.png"));
    const QString dark = dir.filePath(QStringLiteral("dark.png"));
    const QString article = dataPath(QStringLiteral("propakistani-2023-12-01-top-volumes.txt"));
    ASSERT_EQ(runMarketdesk({QStringLiteral("--screenshot"), light, QStringLiteral("--view"), QStringLiteral("article"),
                             QStringLiteral("--theme"), QStringLiteral("light"), article}).exitCode, 0);
    ASSERT_EQ(runMarketdesk({QStringLiteral("--screenshot"), dark, QStringLiteral("--view"), QStringLiteral("article"),
                             QStringLiteral("--theme"), QStringLiteral("dark"), article}).exitCode, 0);
    EXPECT_GT(meanLightness(QImage(light)), 180);
    EXPECT_LT(meanLightness(QImage(dark)), 80);

    const ProgramRun bad = runMarketdesk({QStringLiteral("--screenshot"), light, QStringLiteral("--theme"), QStringLiteral("sepia"),
                                          QStringLiteral("--sample")});
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_TRUE(bad.errors.contains(QStringLiteral("sepia"))) << bad.errors.toStdString();
}

// --range draws the candles under that preset (docs/candles-weekly.png is made with --range 5Y); an unknown range
// is a usage error that names it and lists the ranges.
TEST(ScreenshotCommand, RangeOptionSetsTheCandlesPresetAndRefusesAnUnknownOne)
{
    QTemporaryDir dir;
    const QStringList files = {dataPath(QStringLiteral("psx-closing-rates-31DEC2021.lis")),
                               dataPath(QStringLiteral("psx-closing-rates-14JUN2024.lis")),
                               dataPath(QStringLiteral("psx-close-2024-12-10.txt"))};
    const QString week = dir.filePath(QStringLiteral("week.png"));
    const QString all = dir.filePath(QStringLiteral("all.png"));
    ASSERT_EQ(runMarketdesk(QStringList{QStringLiteral("--screenshot"), week, QStringLiteral("--view"), QStringLiteral("candles"),
                                        QStringLiteral("--range"), QStringLiteral("1W")} + files).exitCode, 0);
    ASSERT_EQ(runMarketdesk(QStringList{QStringLiteral("--screenshot"), all, QStringLiteral("--view"), QStringLiteral("candles"),
                                        QStringLiteral("--range"), QStringLiteral("all")} + files).exitCode, 0);
    EXPECT_NE(QImage(week), QImage(all));

    const ProgramRun bad = runMarketdesk({QStringLiteral("--screenshot"), week, QStringLiteral("--view"), QStringLiteral("candles"),
                                          QStringLiteral("--range"), QStringLiteral("7Y"), QStringLiteral("--sample")});
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_TRUE(bad.errors.contains(QStringLiteral("7Y"))) << bad.errors.toStdString();
    EXPECT_TRUE(bad.errors.contains(QStringLiteral("5Y"))) << bad.errors.toStdString();
}
