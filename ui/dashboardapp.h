// Starts the dashboard window (or renders it offscreen for --screenshot).
#pragma once

#include <QString>
#include <QStringList>

namespace md::ui {

struct LaunchOptions
{
    QStringList files;       // snapshot files named on the command line
    QString screenshotPath;  // non-empty: render offscreen to this PNG and exit
    QString view;            // with a screenshot: one of MainWindow::viewNames() (empty: whole window)
    bool openSample = false; // open the bundled sample snapshot
    QString libraryPath;     // library database to use (empty: the default; for a screenshot, a temporary one)
    QString query;           // with a screenshot of the "search" view: the words searched
    QString range;           // with a screenshot of the "candles" or "symbol" view: the range preset shown ("5Y")
    QString theme;           // "light", "dark", "system" for this run (empty: the saved choice; a screenshot: system)
};

// Runs the event loop of the already-constructed QApplication; returns the exit status.
int runDashboard(const LaunchOptions &options);

} // namespace md::ui
