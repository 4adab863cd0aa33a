// Dashboard start-up: the window with the user's settings and files, or an offscreen screenshot.
#include "ui/dashboardapp.h"

#include "core/library/library.h"
#include "core/library/librarytypes.h"
#include "core/session/snapshotsession.h"
#include "core/settings/settings.h"
#include "ui/fileopenfilter.h"
#include "ui/imagefile.h"
#include "ui/mainwindow.h"
#include "ui/screenshot.h"
#include "ui/theme.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <cstdio>

namespace md::ui {
namespace {

enum ExitStatus { ExitOk = 0, ExitUsage = 1, ExitInputProblem = 2 };

void printError(const QString &message)
{
    std::fprintf(stderr, "marketdesk: %s\n", message.toLocal8Bit().constData());
}

int runScreenshot(const LaunchOptions &options)
{
    // Nothing of the user's settings is read or written: defaults, always the same picture.
    const InMemorySettings noUserSettings;
    applyTheme(themeModeFromString(options.theme));

    ScreenshotRequest request;
    request.files = options.files;
    request.openSample = options.openSample;
    request.view = options.view;
    request.libraryPath = options.libraryPath;
    request.query = options.query;
    request.range = options.range;
    const ScreenshotResult result = renderScreenshot(request);
    for (const QString &error : result.errors)
        printError(error);
    QString error;
    if (!writePng(result.image, options.screenshotPath, &error)) {
        printError(error);
        return ExitUsage;
    }
    return result.errors.isEmpty() ? ExitOk : ExitInputProblem;
}

// MARKETDESK_EXIT_AFTER_FIRST_PAINT=1: print how long the first paint took and quit (start-up benchmark).
class FirstPaintProbe : public QObject
{
public:
    explicit FirstPaintProbe(QElapsedTimer clock, QObject *parent)
        : QObject(parent), m_clock(clock)
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // The first paint with the files read (they are read on a worker thread while the window starts).
        const auto *window = qobject_cast<const MainWindow *>(watched);
        if (event->type() == QEvent::Paint && !m_seen && window && !window->session()->isOpening()) {
            m_seen = true;
            // After this paint is flushed to the window.
            QTimer::singleShot(0, qApp, [ms = m_clock.elapsed()] {
                std::fprintf(stdout, "first-paint-ms %lld\n", static_cast<long long>(ms));
                std::fflush(stdout);
                QApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QElapsedTimer m_clock;
    bool m_seen = false;
};

} // namespace

int runDashboard(const LaunchOptions &options)
{
    QElapsedTimer clock;
    clock.start();
    QApplication::setWindowIcon(applicationIcon());
    captureSystemPalette();
    if (!options.screenshotPath.isEmpty())
        return runScreenshot(options);

    applyTheme(options.theme.isEmpty() ? savedThemeMode() : themeModeFromString(options.theme));
    MainWindow window;
    window.openLibrary(options.libraryPath.isEmpty() ? Library::defaultPath() : options.libraryPath);
    // Alerts an earlier window or --alerts check recorded but never showed or printed (not in a screenshot,
    // which shows nothing to anyone).
    window.session()->deliverPendingAlerts();
    // macOS: documents double-clicked in the Finder arrive as QFileOpenEvents, at start-up and later.
    qApp->installEventFilter(new FileOpenFilter(&window, &window));
    window.restoreWindowState();
    if (!qEnvironmentVariableIsSet("MARKETDESK_NO_SESSION"))
        window.session()->restore();
    QStringList paths = options.files;
    if (options.openSample)
        paths.prepend(SnapshotSession::samplePath());
    window.session()->openPaths(paths);
    if (qEnvironmentVariableIntValue("MARKETDESK_EXIT_AFTER_FIRST_PAINT") == 1) {
        // The window's first paint event; the probe reports once it is flushed.
        window.installEventFilter(new FirstPaintProbe(clock, &window));
    }
    window.show();
    return QApplication::exec();
}

} // namespace md::ui
