// Helpers for tests that drive a whole MainWindow: its files are read on a worker thread, so a test opens
// them and then waits until they are on screen (or named as failures).
#pragma once

#include "core/session/snapshotsession.h"
#include "ui/dashboardpage.h"
#include "ui/mainwindow.h"

#include <QStringList>
#include <QTest>

#include <gtest/gtest.h>

namespace md::test {

// True once the window has read every file asked for (false after timeoutMs).
inline bool waitUntilOpened(const ui::MainWindow &window, int timeoutMs = 10000)
{
    return QTest::qWaitFor([&] { return !window.session()->isOpening(); }, timeoutMs);
}

// Opens paths and waits until they are read; returns the failures named, as the banner shows them.
inline QStringList openAndWait(ui::MainWindow &window, const QStringList &paths)
{
    window.session()->openPaths(paths);
    EXPECT_TRUE(waitUntilOpened(window)) << "files still being read after 10 s";
    return window.session()->lastOpenErrors();
}

inline QStringList openSampleAndWait(ui::MainWindow &window)
{
    return openAndWait(window, {md::SnapshotSession::samplePath()});
}

} // namespace md::test
