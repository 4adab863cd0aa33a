// SessionReporter: session signals to status bar messages, banners and alert notifications.
#include "ui/sessionreporter.h"

#include "core/session/snapshotsession.h"
#include "ui/alerts/alertnotifier.h"
#include "ui/messagebanner.h"

#include <QStatusBar>

namespace md::ui {

SessionReporter::SessionReporter(SnapshotSession *session, MessageBanner *banner, QStatusBar *statusBar, QObject *parent)
    : QObject(parent)
    , m_banner(banner)
    , m_statusBar(statusBar)
    , m_notifier(new AlertNotifier(banner, this))
{
    connect(session, &SnapshotSession::alertsFired, m_notifier, &AlertNotifier::notify);
    // Shown, then marked delivered (at least once: a window killed in between shows them again next time).
    connect(m_notifier, &AlertNotifier::delivered, session, &SnapshotSession::markAlertsDelivered);
    connect(session, &SnapshotSession::alertsUnavailable, this, [this](const QString &message) {
        m_statusBar->showMessage(tr("\u26A0 %1").arg(message), 15000);
    });
    connect(session, &SnapshotSession::libraryUpgrading, this, [this](int done, int total) {
        m_statusBar->showMessage(tr("Reading the library again with this version's rules: %1 of %2\u2026").arg(done).arg(total));
    });
    connect(session, &SnapshotSession::urlOpening, this, [this](const QUrl &url, SnapshotSession::UrlOpen status) {
        if (status == SnapshotSession::UrlOpen::Fetching)
            m_statusBar->showMessage(tr("Fetching %1\u2026").arg(url.toDisplayString()));
        else if (status == SnapshotSession::UrlOpen::AlreadyFetching)
            m_statusBar->showMessage(tr("%1 is already being fetched, or the server asked to wait").arg(url.toDisplayString()), 4000);
        else
            m_banner->showMessages(MessageBanner::Level::Error, tr("A page could not be opened:"),
                                   {tr("%1: not an http or https address").arg(url.toDisplayString())});
    });
    connect(session, &SnapshotSession::pageFailed, this, [this](const QUrl &, const QString &message, bool shownStill) {
        m_statusBar->clearMessage();
        // A failed refresh of an open page keeps the page shown; the refresh line in the status bar says so.
        if (!shownStill)
            m_banner->showMessages(MessageBanner::Level::Error, tr("A page could not be fetched:"), {message});
    });
}

} // namespace md::ui
