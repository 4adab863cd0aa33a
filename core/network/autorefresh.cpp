// The refresh scheduler: one timer per page, never two fetches of a page at once, Retry-After honoured.
#include "core/network/autorefresh.h"

#include "core/network/pagefetch.h"
#include "core/network/pagefetcher.h"
#include "core/network/psxsessionhours.h"
#include "core/wording.h"

#include <QCoreApplication>
#include <QTimer>

#include <algorithm>
#include <limits>

namespace md {
namespace {

QString clockTime(const QDateTime &utc)
{
    return utc.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
}

} // namespace

AutoRefresh::AutoRefresh(PageFetcher *fetcher, QObject *parent)
    : QObject(parent)
    , m_fetcher(fetcher)
{
}

AutoRefresh::~AutoRefresh()
{
    for (Entry &entry : m_entries) {
        if (entry.fetch) {
            disconnect(entry.fetch, nullptr, this, nullptr);
            entry.fetch->abort();
        }
    }
}

AutoRefresh::Entry &AutoRefresh::entryFor(const QUrl &url)
{
    auto it = m_entries.find(url);
    if (it == m_entries.end()) {
        Entry entry;
        entry.timer = new QTimer(this);
        entry.timer->setSingleShot(true);
        connect(entry.timer, &QTimer::timeout, this, [this, url] { onTimer(url); });
        it = m_entries.insert(url, entry);
    }
    return *it;
}

void AutoRefresh::setInterval(const QUrl &url, std::chrono::milliseconds interval)
{
    Entry &entry = entryFor(url);
    if (interval.count() <= 0)
        interval = std::chrono::milliseconds(0);
    else
        interval = std::max(interval, m_minimumInterval);
    entry.status.interval = interval;
    if (!entry.status.inFlight)
        schedule(entry, now());
    emit statusChanged(url);
}

void AutoRefresh::setSessionHoursOnly(const QUrl &url, bool sessionHoursOnly)
{
    Entry &entry = entryFor(url);
    if (entry.status.sessionHoursOnly == sessionHoursOnly)
        return;
    entry.status.sessionHoursOnly = sessionHoursOnly;
    if (!entry.status.inFlight)
        schedule(entry, now());
    emit statusChanged(url);
}

QDateTime AutoRefresh::now() const
{
    return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

std::chrono::milliseconds AutoRefresh::interval(const QUrl &url) const
{
    return status(url).interval;
}

AutoRefresh::Status AutoRefresh::status(const QUrl &url) const
{
    return m_entries.value(url).status;
}

bool AutoRefresh::refreshNow(const QUrl &url)
{
    Entry &entry = entryFor(url);
    if (entry.status.inFlight)
        return false;
    if (entry.status.retryAfter.isValid() && now() < entry.status.retryAfter)
        return false;
    startFetch(url, entry);
    return true;
}

void AutoRefresh::remove(const QUrl &url)
{
    auto it = m_entries.find(url);
    if (it == m_entries.end())
        return;
    Entry entry = *it;
    m_entries.erase(it);
    delete entry.timer;
    if (entry.fetch) {
        disconnect(entry.fetch, nullptr, this, nullptr);
        entry.fetch->abort();
    }
}

void AutoRefresh::onTimer(const QUrl &url)
{
    auto it = m_entries.find(url);
    if (it == m_entries.end() || it->status.inFlight)
        return;  // the fetch in flight schedules the next one when it ends
    const QDateTime current = now();
    if (it->status.retryAfter.isValid() && current < it->status.retryAfter) {
        schedule(*it, current);
        return;
    }
    if (it->wakeAtClose) {
        // Woken at the close (a coarse timer may wake a moment early): paused until the session opens again.
        if (PsxSessionHours::isOpen(current)) {
            it->timer->start(int(std::max<qint64>(1, current.msecsTo(PsxSessionHours::closeOf(current)))));
            return;
        }
        schedule(*it, current);
        emit statusChanged(url);
        return;
    }
    startFetch(url, *it);
}

void AutoRefresh::startFetch(const QUrl &url, Entry &entry)
{
    entry.timer->stop();
    entry.status.inFlight = true;
    entry.status.nextRefresh = QDateTime();
    PageFetch *fetch = m_fetcher->fetch(url);
    entry.fetch = fetch;
    connect(fetch, &PageFetch::finished, this, [this, url](const FetchResult &result) { onFetched(url, result); });
    emit statusChanged(url);
}

void AutoRefresh::onFetched(const QUrl &url, const FetchResult &result)
{
    auto it = m_entries.find(url);
    if (it == m_entries.end())
        return;
    Entry &entry = *it;
    entry.fetch = nullptr;
    entry.status.inFlight = false;
    entry.status.lastAttempt = result.fetchedAt;
    if (result.ok()) {
        entry.status.lastRefresh = result.fetchedAt;
        entry.status.lastError.clear();
        entry.status.retryAfter = QDateTime();
    } else {
        entry.status.lastError = result.errorMessage;
        if (result.retryAfter.isValid())
            entry.status.retryAfter = result.retryAfter;
    }
    schedule(entry, now());

    // Listeners may call back into this object (refreshNow, remove): nothing of entry is used after here.
    if (result.ok())
        emit pageFetched(url, result.bytes, result.fetchedAt);
    else
        emit fetchFailed(url, result.errorMessage);
    emit statusChanged(url);
}

void AutoRefresh::schedule(Entry &entry, const QDateTime &from)
{
    entry.timer->stop();
    entry.status.nextRefresh = QDateTime();
    entry.status.pausedOutsideSession = false;
    entry.wakeAtClose = false;
    if (entry.status.interval.count() <= 0)
        return;
    const QDateTime current = now();
    QDateTime due = from.addMSecs(entry.status.interval.count());
    if (entry.status.retryAfter.isValid())
        due = std::max(due, entry.status.retryAfter);
    QDateTime wakeUp = due;
    if (entry.status.sessionHoursOnly && !PsxSessionHours::isOpen(due)) {
        // A live board is not refreshed outside the session: the next refresh is at the next opening. Still
        // open now: wake at the close, to say the refresh is paused.
        due = PsxSessionHours::nextOpen(due);
        entry.status.pausedOutsideSession = !PsxSessionHours::isOpen(current);
        entry.wakeAtClose = !entry.status.pausedOutsideSession;
        wakeUp = entry.wakeAtClose ? PsxSessionHours::closeOf(current) : due;
    }
    entry.status.nextRefresh = due;
    const qint64 wait = std::max<qint64>(0, current.msecsTo(wakeUp));
    entry.timer->start(int(std::min<qint64>(wait, std::numeric_limits<int>::max())));
}

QString describeRefreshStatus(const AutoRefresh::Status &status)
{
    QString text;
    if (status.inFlight)
        text = tr("Refreshing…");
    else if (!status.lastError.isEmpty())
        text = tr("Refresh failed at %1: %2").arg(clockTime(status.lastAttempt), status.lastError);
    else if (status.lastRefresh.isValid())
        text = tr("Refreshed at %1").arg(clockTime(status.lastRefresh));

    QStringList parts;
    if (!text.isEmpty())
        parts.append(text);
    if (!status.lastError.isEmpty() && status.lastRefresh.isValid())
        parts.append(tr("showing the page from %1").arg(clockTime(status.lastRefresh)));
    if (status.pausedOutsideSession && status.nextRefresh.isValid()) {
        parts.append(tr("paused outside market hours (%1) until %2")
                         .arg(PsxSessionHours::describe(),
                              status.nextRefresh.toOffsetFromUtc(PsxSessionHours::kOffsetSeconds)
                                  .toString(QStringLiteral("ddd HH:mm"))));
    } else if (status.nextRefresh.isValid()) {
        parts.append(tr("next at %1").arg(clockTime(status.nextRefresh)));
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace md
