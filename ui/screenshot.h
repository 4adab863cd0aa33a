// Headless rendering for --screenshot: the window or one view, offscreen, at a fixed size, to a PNG.
#pragma once

#include <QImage>
#include <QSize>
#include <QString>
#include <QStringList>

namespace md::ui {

struct ScreenshotRequest
{
    QStringList files;
    bool openSample = false;
    QString view;                    // empty: the whole window; else one of MainWindow::viewNames()
    QString libraryPath;             // the library to show and store in; empty: a new one in a temporary folder
    QSize size = QSize(1280, 800);   // the ticker keeps its natural height
    QString query;                   // view "search": the words searched in the library's articles
    QString range;                   // views "candles" and "symbol": the range preset shown ("5Y"; empty: 1Y)
};

struct ScreenshotResult
{
    QImage image;
    QStringList errors;  // files that failed to open, "FILE: reason"
};

// Builds a main window with the files open, lays it out and grabs it (or the named view). The user's
// settings are neither read nor written (an InMemorySettings store while it renders). The files opened are
// stored in the library (libraryPath, or a temporary one, so the user's own library is never touched
// unless named).
ScreenshotResult renderScreenshot(const ScreenshotRequest &request);

} // namespace md::ui
