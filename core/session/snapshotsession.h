// The open-snapshots session: opening files and web pages, refreshing, recording in the library, the saved session.
#pragma once

#include "core/alerts/alertstore.h"
#include "core/library/librarytypes.h"

#include <QObject>
#include <QStringList>
#include <QUrl>
#include <QVector>
#include <QVariantMap>

#include <chrono>
#include <memory>
#include <optional>

namespace md {

class AlertMonitor;
class AutoRefresh;
class Library;
class LibraryRecorder;
class PageFetcher;
class SnapshotCollection;
class SnapshotOpener;
class SnapshotWorkspace;
class WatchedSymbols;
struct OpenResult;

// What one batch of opening did, for the window to turn into a banner and a status message.
struct OpenReport
{
    enum class Origin {
        Files,        // files or folders asked for (or a batch handed to applyOpenResult())
        LastSession,  // the files of the last session (restore())
        WebPage,      // a page fetched for the first time
        Library,      // a snapshot opened from the library
    };
    Origin origin = Origin::Files;
    QStringList opened;  // keys of the snapshots added or replaced; the newest of them is now current
    QStringList errors;  // "FILE: what went wrong", one per file that failed
};

// Two open snapshots to compare, the earlier first, each with the label the comparison shows.
struct SnapshotPair
{
    Snapshot earlier;
    QString earlierLabel;
    Snapshot later;
    QString laterLabel;
};

// Owns what a window on open snapshots needs besides its widgets, in the spirit of Tiled's DocumentManager:
// the workspace (the models views bind to), the worker-thread reader, the page fetcher and its refresh
// schedule, the library and its recorder, the recent files and the saved session. It holds the rules of
// opening: what was just opened becomes current (the newest of a batch), reopening replaces, a page
// refreshed in place keeps the selection, a snapshot from the library keeps its corrected capture time,
// the earlier of two snapshots is compared first. Qt Core only: tested without widgets.
class SnapshotSession : public QObject
{
    Q_OBJECT

public:
    // What openUrl() did.
    enum class UrlOpen { Fetching, NotAWebAddress, AlreadyFetching };

    explicit SnapshotSession(QObject *parent = nullptr);
    ~SnapshotSession() override;

    SnapshotWorkspace *workspace() const { return m_workspace; }
    SnapshotCollection *collection() const;
    AutoRefresh *autoRefresh() const { return m_refresh; }
    PageFetcher *fetcher() const { return m_fetcher; }
    // Null until openLibrary() succeeded.
    Library *library() const { return m_library.get(); }
    LibraryRecorder *recorder() const { return m_recorder; }
    // The starred symbols and indices, kept in the library (nothing can be starred without one).
    WatchedSymbols *watchlist() const { return m_watchlist; }
    // Evaluates the alert rules on what is stored (alertsFired()); null until openLibrary() succeeded.
    AlertMonitor *alertMonitor() const { return m_alerts; }

    // The bundled sample snapshot (a resource of the application: marketdesk_resources, linked by the ui).
    static QString samplePath();

    // Opens the snapshot library at path on this thread. From then on every file opened and every page
    // fetched is also stored there (stored() reports). A second call fails and changes nothing.
    LibraryOpenResult openLibrary(const QString &path);

    // Alerts recorded but never shown (a window or an --alerts check ended first) are reported again by
    // alertsFired(); call once the notifier listens. Nothing without a library.
    void deliverPendingAlerts();
    // The notifier showed these alerts: they are marked delivered in the library.
    void markAlertsDelivered(const QVector<md::FiredAlert> &alerts);

    // Opens files, folders and web addresses next to what is open: files are read on a worker thread
    // (isOpening()), then opened() reports; a web address is fetched (openUrl(), no refresh).
    void openPaths(const QStringList &paths);
    // Fetches a web page and opens it like a file when it arrives (opened() or pageFailed()), then
    // refreshes it every interval (zero: never).
    UrlOpen openUrl(const QUrl &url, std::chrono::minutes refreshInterval = std::chrono::minutes(0));
    // Files of an openPaths() or restore() are still being read.
    bool isOpening() const;
    // Adds what was read elsewhere as one batch (headless screenshots): as openPaths() would, at once.
    void applyOpenResult(const OpenResult &result);
    // Shows a stored snapshot (the library's list): opened() reports; not stored again.
    void openFromLibrary(SnapshotId id);

    // Closes one open snapshot (a web page among them is no longer refreshed), or all of them.
    void closeAt(int row);
    void closeAll();

    // The failures of the last batch opened.
    QStringList lastOpenErrors() const { return m_lastErrors; }
    // Newest first, at most settings::kMaxRecentFiles.
    QStringList recentFiles() const;
    void clearRecentFiles();

    // Reopens the files and web pages of the last saved session; a page refreshes as often as it did then.
    // Until its files are read the saved session is left as it was.
    void restore();
    // Saves what is open as the session (done by itself whenever the open snapshots change).
    void save() const;
    // Before quitting: files just opened still go into the library, and the session is saved.
    void finish();

    // The open snapshot at row and the current one, the earlier first; nothing when they are the same row
    // or either is missing.
    std::optional<SnapshotPair> comparisonWithCurrent(int row) const;

signals:
    void opened(const md::OpenReport &report);
    // openUrl() (or openPaths() with an address): Fetching as the fetch starts, then AlreadyFetching when
    // it could not (a fetch of it runs, or the server asked to wait); NotAWebAddress when refused.
    void urlOpening(const QUrl &url, md::SnapshotSession::UrlOpen status);
    // isOpening() changed.
    void openingChanged(bool opening);
    // A page asked for could not be fetched. A failed refresh of a page still open keeps the page shown
    // (shownStill; the refresh status says why); otherwise the page is no longer refreshed.
    void pageFailed(const QUrl &url, const QString &message, bool shownStill);
    // The library stored snapshots (added) or could not store some (failures, "FILE: reason").
    void stored(int added, const QStringList &failures);
    // Rules that newly fired on a snapshot just opened, fetched or refreshed (never on one opened from the
    // library, never twice on the same page): the window notifies them.
    void alertsFired(const QVector<md::FiredAlert> &alerts);
    // The alert rules could not be evaluated on a snapshot just stored: "FILE: the alerts could not be …".
    void alertsUnavailable(const QString &message);
    // After an upgrade the library's older snapshots are read again (and indexed) in the background: done
    // of total so far, then finished with how many, and the ones that could not be.
    void libraryUpgrading(int done, int total);
    void libraryUpgraded(int count, const QStringList &failures);
    void recentFilesChanged(const QStringList &recent);

private:
    // Returns the SnapshotOpener request reading the files, 0 when there were none.
    quint64 openPaths(const QStringList &paths, const QVariantMap &refreshMinutes);
    void onFilesOpened(const OpenResult &result, quint64 request);
    void onPageFetched(const QUrl &url, const QByteArray &bytes, const QDateTime &fetchedAt);
    void onPageFailed(const QUrl &url, const QString &message);
    // Adds a batch, makes the newest of it current, remembers it as recent and reports it.
    void add(const OpenResult &result, OpenReport::Origin origin);
    void recordInLibrary(const OpenResult &result);
    void rememberRecent(const QStringList &keys);

    SnapshotWorkspace *m_workspace;
    SnapshotOpener *m_opener;
    PageFetcher *m_fetcher;
    AutoRefresh *m_refresh;
    std::unique_ptr<Library> m_library;
    LibraryRecorder *m_recorder = nullptr;
    AlertMonitor *m_alerts = nullptr;
    WatchedSymbols *m_watchlist;
    QStringList m_lastErrors;
    // The SnapshotOpener request reading the last session's files; 0 when none is pending.
    quint64 m_restoreRequest = 0;
};

} // namespace md
