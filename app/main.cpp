// MarketDesk's entry point: headless commands run on a QCoreApplication, everything else opens the window.
#include "app/commandline.h"
#include "ui/dashboardapp.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>

#ifdef Q_OS_WIN
#include "app/windowsconsole.h"
#endif

#include <cstdio>
#include <memory>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("MarketDesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("marketdesk.example.org"));
    QCoreApplication::setApplicationName(QStringLiteral("MarketDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MARKETDESK_VERSION));
}

} // namespace

int main(int argc, char **argv)
{
    const bool headless = md::app::isHeadlessInvocation(argc, argv);
#ifdef Q_OS_WIN
    // marketdesk.exe is a GUI program: give the commands that print the console they were typed in.
    if (headless || md::app::isScreenshotInvocation(argc, argv))
        md::app::attachParentConsole();
#endif
    // A screenshot is rendered offscreen, display or not.
    if (!headless && md::app::isScreenshotInvocation(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    std::unique_ptr<QCoreApplication> app;
    if (headless)
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    describeApplication();
    if (!headless)  // lets Wayland and the task bar match the window to its .desktop file and icon
        QGuiApplication::setDesktopFileName(QStringLiteral(MARKETDESK_APP_ID));

    QCommandLineParser parser;
    md::app::declareOptions(parser);
    // Handles --help and --version, and exits on unknown options; a negative number is a value, not an option.
    parser.process(md::app::withNegativeNumbersAsValues(app->arguments()));

    md::app::CommandLine command;
    QString error;
    if (!md::app::readOptions(parser, command, &error)) {
        std::fprintf(stderr, "marketdesk: %s\n", qPrintable(error));
        return 1;
    }
    if (headless)
        return md::app::runHeadless(command);

    md::ui::LaunchOptions launch;
    launch.files = command.inputs;
    launch.screenshotPath = command.screenshot;
    launch.view = command.view;
    launch.openSample = command.sample;
    launch.libraryPath = command.library;
    launch.query = command.query;
    launch.range = command.range;
    launch.theme = command.theme;
    return md::ui::runDashboard(launch);
}
