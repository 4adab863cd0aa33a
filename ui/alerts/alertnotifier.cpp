// AlertNotifier: the tray's balloon where there is a tray, the banner otherwise.
#include "ui/alerts/alertnotifier.h"

#include "core/wording.h"
#include "ui/messagebanner.h"
#include "ui/theme.h"

#include <QSystemTrayIcon>

namespace md::ui {
namespace {

constexpr int kMaxLines = 5;

QString lineFor(const FiredAlert &alert)
{
    const QString line = alert.subject.isEmpty() ? alert.text : QStringLiteral("%1: %2").arg(alert.text, alert.subject);
    // Recorded by an earlier run that ended before showing or printing it: said, so its time is not misread.
    return alert.leftUndelivered ? tr("%1 (fired earlier, not shown then)").arg(line) : line;
}

} // namespace

AlertNotifier::AlertNotifier(MessageBanner *banner, QObject *parent)
    : QObject(parent)
    , m_banner(banner)
{
}

bool AlertNotifier::usesTray() const
{
    return m_trayAllowed && QSystemTrayIcon::isSystemTrayAvailable();
}

QString AlertNotifier::titleFor(const QVector<FiredAlert> &alerts)
{
    if (alerts.size() == 1)
        return tr("Alert: %1").arg(alerts.first().rule);
    return tr("MarketDesk: %1").arg(countOf(alerts.size(), "alert", "alerts"));
}

QStringList AlertNotifier::linesFor(const QVector<FiredAlert> &alerts)
{
    QStringList lines;
    for (const FiredAlert &alert : alerts) {
        if (lines.size() == kMaxLines) {
            lines.append(tr("\u2026 and %1 more").arg(alerts.size() - kMaxLines));
            break;
        }
        lines.append(lineFor(alert));
    }
    return lines;
}

void AlertNotifier::notify(const QVector<FiredAlert> &alerts)
{
    QVector<FiredAlert> live;
    for (const FiredAlert &alert : alerts) {
        if (!alert.historical)  // the past is listed on the Alerts page, never notified
            live.append(alert);
    }
    if (live.isEmpty())
        return;
    const QString title = titleFor(live);
    const QStringList lines = linesFor(live);
    if (usesTray()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(applicationIcon(), this);
            m_tray->setToolTip(tr("MarketDesk"));
            connect(m_tray, &QSystemTrayIcon::messageClicked, this, &AlertNotifier::messageClicked);
            m_tray->show();
        }
        m_tray->showMessage(title, lines.join(QLatin1Char('\n')), QSystemTrayIcon::Information);
    } else if (m_banner) {
        m_banner->showMessages(MessageBanner::Level::Information, title, lines);
    } else {
        return;  // nowhere to show them: they stay undelivered
    }
    emit delivered(live);
}

} // namespace md::ui
