// marketdesk --screenshot end to end: the PNG it writes and its exit status.
#include "tests/ui/uitestsupport.h"

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
