// Turns what the session reports (pages fetched or failing, the library's upgrade, alerts) into messages.
#pragma once

#include <QObject>
#include <QPointer>

class QStatusBar;

namespace md {
class SnapshotSession;
}

namespace md::ui {

class AlertNotifier;
class MessageBanner;

// The window's listener for SnapshotSession signals that only become words: a page being fetched or failing
// (status bar, banner), the library being read again after an upgrade (status bar), and alerts that fired
// (AlertNotifier: the tray, or the banner). The window keeps the wiring that changes its pages.
class SessionReporter : public QObject
{
    Q_OBJECT

public:
    // banner and statusBar belong to the window, which owns this object too.
    SessionReporter(SnapshotSession *session, MessageBanner *banner, QStatusBar *statusBar, QObject *parent = nullptr);

    AlertNotifier *notifier() const { return m_notifier; }

private:
    QPointer<MessageBanner> m_banner;
    QPointer<QStatusBar> m_statusBar;
    AlertNotifier *m_notifier;
};

} // namespace md::ui
