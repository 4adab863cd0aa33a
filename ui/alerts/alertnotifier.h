// Tells the user what the alert rules just fired: a system tray notification, or the window's banner.
#pragma once

#include "core/alerts/alertstore.h"

#include <QObject>
#include <QPointer>
#include <QVector>

class QSystemTrayIcon;

namespace md::ui {

class MessageBanner;

// Notifies alerts that fired live (SnapshotSession::alertsFired): through QSystemTrayIcon::showMessage where
// the desktop has a system tray, otherwise in the in-window banner. Historical alerts (found by an import)
// are never notified. The tray icon is made on the first alert and stays while the window runs.
class AlertNotifier : public QObject
{
    Q_OBJECT

public:
    // banner is the window's; it outlives the notifier (both belong to the window).
    explicit AlertNotifier(MessageBanner *banner, QObject *parent = nullptr);

    // Notifies the live ones among alerts (delivered() then names them); nothing when there are none.
    void notify(const QVector<md::FiredAlert> &alerts);

    // The tray is used when the desktop has one (QSystemTrayIcon::isSystemTrayAvailable()) and this is on
    // (the default; tests turn it off to see the banner on any desktop).
    void setTrayAllowed(bool allowed) { m_trayAllowed = allowed; }
    bool usesTray() const;
    // Null until an alert was notified through the tray.
    QSystemTrayIcon *trayIcon() const { return m_tray; }

    // The notification's title and text for alerts (all of them live): "LUCK above 1000" and its text for
    // one; "3 alerts" and one line each (at most 5, then "… and N more") for several.
    static QString titleFor(const QVector<md::FiredAlert> &alerts);
    static QStringList linesFor(const QVector<md::FiredAlert> &alerts);

signals:
    // The user clicked a tray notification: the Alerts page may come forward.
    void messageClicked();
    // These alerts were just shown (tray or banner): they may be marked delivered.
    void delivered(const QVector<md::FiredAlert> &alerts);

private:
    QPointer<MessageBanner> m_banner;
    QSystemTrayIcon *m_tray = nullptr;
    bool m_trayAllowed = true;
};

} // namespace md::ui
