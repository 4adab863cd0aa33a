// FileOpenFilter: QFileOpenEvent → the window's SnapshotSession::openPaths.
#include "ui/fileopenfilter.h"

#include "core/session/snapshotsession.h"
#include "ui/mainwindow.h"

#include <QFileOpenEvent>

namespace md::ui {

FileOpenFilter::FileOpenFilter(MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
}

bool FileOpenFilter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::FileOpen || !m_window)
        return QObject::eventFilter(watched, event);
    const auto *open = static_cast<QFileOpenEvent *>(event);
    // A local file comes as file(); an http(s) address (a .webloc, a link handed over) as url().
    const QString input = !open->file().isEmpty() ? open->file() : open->url().toString();
    if (input.isEmpty())
        return false;
    m_window->session()->openPaths({input});
    if (m_window->isMinimized())
        m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
    return true;
}

} // namespace md::ui
