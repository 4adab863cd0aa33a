// Keeps opened web pages fresh: refetches each on its own interval while the app runs, and reports.
#pragma once

#include "core/network/fetchresult.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>

class QTimer;

namespace md {

class PageFetch;
class PageFetcher;

// Storing is the listener's job: connect pageFetched() to the library, fetchFailed() to the status bar. A
// failed refresh changes nothing but the status, so the last good page stays where it is. Never two
// fetches of one page at a time; a server's Retry-After is waited out before the next one.
class AutoRefresh : public QObject
{
    Q_OBJECT

public:
    // The shortest refresh interval a user can choose.
    static constexpr std::chrono::milliseconds kMinimumInterval = std::chrono::minutes(1);

    struct Status
    {
        std::chrono::milliseconds interval{0};  // 0: no automatic refresh
        bool inFlight = false;                  // a fetch of the page is under way
        QDateTime lastAttempt;                  // UTC; when the last fetch ended, good or bad
        QDateTime lastRefresh;                  // UTC; when the page was last fetched successfully
        QString lastError;                      // the last fetch's error; empty after a success
        QDateTime retryAfter;                   // UTC; the server asked for no request before then
        QDateTime nextRefresh;                  // UTC; when the next automatic fetch is due, if any
        bool sessionHoursOnly = false;          // refreshed only while the exchange's session is open
        bool pausedOutsideSession = false;      // sessionHoursOnly and closed now: nextRefresh is the opening
    };

    // What time it is (UTC); the system clock unless a test sets another.
    using Clock = std::function<QDateTime()>;

    // fetcher does the downloads (its options apply) and must outlive this object.
    explicit AutoRefresh(PageFetcher *fetcher, QObject *parent = nullptr);
    ~AutoRefresh() override;

    // Refresh url every interval from now on (the first one interval from now); zero or less turns the
    // automatic refresh off. A positive interval under minimumInterval() is raised to it.
    void setInterval(const QUrl &url, std::chrono::milliseconds interval);
    std::chrono::milliseconds interval(const QUrl &url) const;

    // A live exchange board (a PSX market-watch page): refreshed only during the session
    // (PsxSessionHours); outside it the refresh is paused until the next opening, and status() says so.
    void setSessionHoursOnly(const QUrl &url, bool sessionHoursOnly);

    // Fetches url now (and starts tracking it). Refused, returning false, while a fetch of url is in flight
    // or before the server's Retry-After time.
    bool refreshNow(const QUrl &url);

    // Stops tracking url: no more refreshes, a fetch in flight is cancelled without a report.
    void remove(const QUrl &url);

    QList<QUrl> urls() const { return m_entries.keys(); }
    bool contains(const QUrl &url) const { return m_entries.contains(url); }
    // Default-constructed for an unknown url.
    Status status(const QUrl &url) const;

    // One minute, as users get; tests and tools may allow less.
    std::chrono::milliseconds minimumInterval() const { return m_minimumInterval; }
    void setMinimumInterval(std::chrono::milliseconds minimum) { m_minimumInterval = minimum; }
    // The clock the schedule and the session hours read (tests pass a fixed or moving one); the timers still
    // wait in real time for the differences it gives.
    void setClock(Clock clock) { m_clock = std::move(clock); }
    QDateTime now() const;

signals:
    // A fresh copy of url arrived (the body as PageFetch delivers it, fetchedAt in UTC).
    void pageFetched(const QUrl &url, const QByteArray &bytes, const QDateTime &fetchedAt);
    // A fetch of url failed; message names the address and the reason (and when to retry, if the server said).
    void fetchFailed(const QUrl &url, const QString &message);
    // Anything in status(url) changed: a fetch started or ended, the interval or the next time moved.
    void statusChanged(const QUrl &url);

private:
    struct Entry
    {
        Status status;
        QTimer *timer = nullptr;
        QPointer<PageFetch> fetch;
        bool wakeAtClose = false;  // the timer wakes at the session's close, to pause (not to fetch)
    };

    Entry &entryFor(const QUrl &url);
    void onTimer(const QUrl &url);
    void startFetch(const QUrl &url, Entry &entry);
    void onFetched(const QUrl &url, const FetchResult &result);
    void schedule(Entry &entry, const QDateTime &from);

    PageFetcher *m_fetcher;
    QHash<QUrl, Entry> m_entries;
    std::chrono::milliseconds m_minimumInterval = kMinimumInterval;
    Clock m_clock;
};

// One line for the status bar: "Refreshed at 14:05:12 · next at 14:10", or after a failure "Refresh failed
// at 14:06:00: <reason> · showing the page from 14:05:12", or for a board outside the exchange's hours
// "Refreshed at 15:29:40 · paused outside market hours (Mon–Fri 09:30–15:30 Pakistan time) until Mon 09:30".
// Times in local time, but the opening a board waits for on the exchange's clock.
QString describeRefreshStatus(const AutoRefresh::Status &status);

} // namespace md
