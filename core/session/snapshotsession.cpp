// SnapshotSession: opening, refreshing, recording and the saved session, with the rules of opening.
#include "core/session/snapshotsession.h"

#include "core/library/library.h"
#include "core/session/alertmonitor.h"
#include "core/library/libraryrecorder.h"
#include "core/load/snapshotopener.h"
#include "core/models/snapshotcollection.h"
#include "core/network/autorefresh.h"
#include "core/network/fetchoptions.h"
#include "core/network/pagefetcher.h"
#include "core/network/pageinput.h"
#include "core/session/snapshotworkspace.h"
#include "core/session/watchedsymbols.h"
#include "core/settings/settings.h"
#include "core/wording.h"

#include <QDir>

namespace md {

SnapshotSession::SnapshotSession(QObject *parent)
    : QObject(parent)
    , m_workspace(new SnapshotWorkspace(this))
    , m_opener(new SnapshotOpener(this))
    , m_fetcher(new PageFetcher(this))
    , m_refresh(new AutoRefresh(m_fetcher, this))
    , m_watchlist(new WatchedSymbols(this))
{
    m_fetcher->setOptions(FetchOptions::fromSettings());
    connect(m_opener, &SnapshotOpener::finished, this, &SnapshotSession::onFilesOpened);
    connect(m_opener, &SnapshotOpener::busyChanged, this, &SnapshotSession::openingChanged);
    connect(m_refresh, &AutoRefresh::pageFetched, this, &SnapshotSession::onPageFetched);
    connect(m_refresh, &AutoRefresh::fetchFailed, this, &SnapshotSession::onPageFailed);
    // The session saved is always what is open (except while the last one is being reopened).
    SnapshotCollection *open = collection();
    connect(open, &QAbstractItemModel::rowsInserted, this, &SnapshotSession::save);
    connect(open, &QAbstractItemModel::rowsRemoved, this, &SnapshotSession::save);
    connect(open, &QAbstractItemModel::modelReset, this, &SnapshotSession::save);
}

SnapshotSession::~SnapshotSession()
{
    // The recorder and the alerts go before the library they write to.
    delete m_recorder;
    m_recorder = nullptr;
    delete m_alerts;
    m_alerts = nullptr;
}

SnapshotCollection *SnapshotSession::collection() const
{
    return m_workspace->collection();
}

QString SnapshotSession::samplePath()
{
    return QStringLiteral(":/sample/psx-sample-2024-12-12.txt");
}

LibraryOpenResult SnapshotSession::openLibrary(const QString &path)
{
    if (m_library)
        return {tr("A library is already open (%1).").arg(QDir::toNativeSeparators(m_library->path())), {}, {}};
    auto library = std::make_unique<Library>(path);
    const LibraryOpenResult result = library->open();
    if (!result.ok())
        return result;
    m_library = std::move(library);
    m_recorder = new LibraryRecorder(m_library.get(), this);
    m_alerts = new AlertMonitor(m_library.get(), this);
    // Alerts first, so that the window hears what fired before it reloads its lists for what was stored.
    connect(m_recorder, &LibraryRecorder::snapshotsStored, m_alerts, &AlertMonitor::evaluate);
    connect(m_alerts, &AlertMonitor::alertsFired, this, &SnapshotSession::alertsFired);
    connect(m_alerts, &AlertMonitor::evaluationFailed, this, &SnapshotSession::alertsUnavailable);
    connect(m_recorder, &LibraryRecorder::stored, this, &SnapshotSession::stored);
    connect(m_recorder, &LibraryRecorder::rereadProgress, this, &SnapshotSession::libraryUpgrading);
    connect(m_recorder, &LibraryRecorder::reread, this, &SnapshotSession::libraryUpgraded);
    m_recorder->rereadOlderSnapshots();
    m_watchlist->setLibrary(m_library.get());
    return result;
}

void SnapshotSession::deliverPendingAlerts()
{
    if (m_alerts)
        m_alerts->deliverPending();
}

void SnapshotSession::markAlertsDelivered(const QVector<FiredAlert> &alerts)
{
    if (m_alerts)
        m_alerts->markDelivered(alerts);
}

void SnapshotSession::openPaths(const QStringList &paths)
{
    openPaths(paths, {});
}

quint64 SnapshotSession::openPaths(const QStringList &paths, const QVariantMap &refreshMinutes)
{
    QStringList files;
    for (const QString &path : paths) {
        if (isWebAddress(path))
            openUrl(QUrl(path), std::chrono::minutes(refreshMinutes.value(path).toInt()));  // reports when the page arrives
        else
            files.append(path);
    }
    // onFilesOpened() runs when they are read.
    return files.isEmpty() ? 0 : m_opener->open(files);
}

SnapshotSession::UrlOpen SnapshotSession::openUrl(const QUrl &url, std::chrono::minutes refreshInterval)
{
    if (!url.isValid() || !isWebAddress(url.toString())) {
        emit urlOpening(url, UrlOpen::NotAWebAddress);
        return UrlOpen::NotAWebAddress;
    }
    emit urlOpening(url, UrlOpen::Fetching);
    m_refresh->setInterval(url, refreshInterval);
    if (m_refresh->refreshNow(url))
        return UrlOpen::Fetching;
    emit urlOpening(url, UrlOpen::AlreadyFetching);
    return UrlOpen::AlreadyFetching;
}

bool SnapshotSession::isOpening() const
{
    return m_opener->isBusy();
}

void SnapshotSession::onFilesOpened(const OpenResult &result, quint64 request)
{
    const bool lastSession = request == m_restoreRequest;
    add(result, lastSession ? OpenReport::Origin::LastSession : OpenReport::Origin::Files);
    recordInLibrary(result);
    if (lastSession) {
        // The last session is back: from now on the session is what is open.
        m_restoreRequest = 0;
        save();
    }
}

void SnapshotSession::applyOpenResult(const OpenResult &result)
{
    add(result, OpenReport::Origin::Files);
    recordInLibrary(result);
}

void SnapshotSession::onPageFetched(const QUrl &url, const QByteArray &bytes, const QDateTime &fetchedAt)
{
    // Kept in the library as a snapshot of this moment; an unchanged page is not stored twice.
    if (m_recorder)
        m_recorder->recordFetchedPage(bytes, url, fetchedAt);
    SnapshotLoadResult loaded = parseFetchedPage(bytes, url, fetchedAt);
    OpenResult result;
    if (loaded.ok()) {
        OpenedSnapshot opened;
        opened.key = url.toString();
        opened.snapshot = std::move(*loaded.snapshot);
        // The exchange's live board changes only while the exchange trades: refreshed during its hours only.
        m_refresh->setSessionHoursOnly(url, opened.snapshot.kind == SnapshotKind::MarketWatch);
        if (collection()->rowOfKey(opened.key) >= 0) {
            // A refresh of a page already open: its entry is updated where it is; the selection stays.
            collection()->add(std::move(opened));
            return;
        }
        result.opened.append(std::move(opened));
    } else {
        result.errors.append(loaded.error);
    }
    add(result, OpenReport::Origin::WebPage);  // opened like a file: listed, made current, remembered
}

void SnapshotSession::onPageFailed(const QUrl &url, const QString &message)
{
    // A failed refresh of an open page keeps the page shown; the refresh status says so.
    const bool shownStill = collection()->rowOfKey(url.toString()) >= 0;
    if (!shownStill)
        m_refresh->remove(url);  // a page that could not be opened is not fetched again by itself
    emit pageFailed(url, message, shownStill);
}

void SnapshotSession::recordInLibrary(const OpenResult &result)
{
    if (!m_recorder)
        return;
    QStringList keys;
    for (const OpenedSnapshot &opened : result.opened)
        keys.append(opened.key);
    m_recorder->recordFiles(keys);  // stored by its worker thread; the library skips what it has
}

void SnapshotSession::add(const OpenResult &result, OpenReport::Origin origin)
{
    SnapshotCollection *open = collection();
    OpenReport report;
    report.origin = origin;
    report.errors = result.errors;
    for (const OpenedSnapshot &opened : result.opened) {
        report.opened.append(opened.key);
        open->add(opened);
    }
    // The newest of what was just opened becomes current (the list is newest first).
    int newest = -1;
    for (const QString &key : std::as_const(report.opened)) {
        const int row = open->rowOfKey(key);
        if (row >= 0 && (newest < 0 || row < newest))
            newest = row;
    }
    if (newest >= 0)
        open->setCurrentRow(newest);
    if (!report.opened.isEmpty())
        rememberRecent(report.opened);
    m_lastErrors = result.errors;
    emit opened(report);
}

void SnapshotSession::openFromLibrary(SnapshotId id)
{
    if (!m_library)
        return;
    const std::optional<LibraryEntry> entry = m_library->entry(id);
    std::optional<Snapshot> snapshot = entry ? m_library->loadSnapshot(id) : std::nullopt;
    OpenResult result;
    if (!snapshot) {
        result.errors.append(tr("Snapshot %1 could not be read from the library: %2").arg(id).arg(m_library->lastError()));
    } else {
        OpenedSnapshot opened;
        // The same identity as the file or page it came from: opening that again replaces this entry.
        opened.key = isWebAddress(entry->source) ? entry->source : SnapshotOpener::keyOf(entry->source);
        opened.snapshot = std::move(*snapshot);
        // The library's market time (the user's correction wins) came with the snapshot; a page it could not
        // date is shown at the time the library ordered it by.
        if (!opened.snapshot.marketAsOf.isValid())
            opened.fileModified = QDateTime::fromMSecsSinceEpoch(entry->capturedAtMsecs, Qt::UTC);
        result.opened.append(std::move(opened));
    }
    add(result, OpenReport::Origin::Library);  // already stored: not recorded again
}

void SnapshotSession::closeAt(int row)
{
    SnapshotCollection *open = collection();
    if (row < 0 || row >= open->count())
        return;
    // A web page that is no longer open is no longer refreshed.
    const QString key = open->keyAt(row);
    if (isWebAddress(key))
        m_refresh->remove(QUrl(key));
    open->removeAt(row);
}

void SnapshotSession::closeAll()
{
    for (const QUrl &url : m_refresh->urls())
        m_refresh->remove(url);
    collection()->clear();
}

QStringList SnapshotSession::recentFiles() const
{
    return settings::recentFiles.value();
}

void SnapshotSession::clearRecentFiles()
{
    settings::recentFiles.reset();
    emit recentFilesChanged({});
}

void SnapshotSession::rememberRecent(const QStringList &keys)
{
    QStringList recent = recentFiles();
    for (const QString &key : keys) {
        recent.removeAll(key);
        recent.prepend(key);
    }
    while (recent.size() > settings::kMaxRecentFiles)
        recent.removeLast();
    settings::recentFiles.set(recent);
    emit recentFilesChanged(recent);
}

void SnapshotSession::restore()
{
    const QStringList files = settings::sessionFiles.value();
    if (files.isEmpty())
        return;
    // Until its files are read (onFilesOpened), the session saved is left as it was. A page of the last
    // session refreshes again as often as it did then.
    m_restoreRequest = openPaths(files, settings::sessionRefreshMinutes.value());
}

void SnapshotSession::save() const
{
    if (m_restoreRequest != 0)
        return;
    const QStringList keys = collection()->keysInOpeningOrder();
    settings::sessionFiles.set(keys);
    QVariantMap refreshMinutes;
    for (const QString &key : keys) {
        const auto minutes = std::chrono::duration_cast<std::chrono::minutes>(m_refresh->interval(QUrl(key)));
        if (isWebAddress(key) && minutes.count() > 0)
            refreshMinutes.insert(key, qlonglong(minutes.count()));
    }
    if (refreshMinutes.isEmpty())
        settings::sessionRefreshMinutes.reset();
    else
        settings::sessionRefreshMinutes.set(refreshMinutes);
}

void SnapshotSession::finish()
{
    if (m_recorder)
        m_recorder->flush();  // files opened moments ago still go in
    save();
}

std::optional<SnapshotPair> SnapshotSession::comparisonWithCurrent(int row) const
{
    const SnapshotCollection *open = collection();
    const int current = open->currentRow();
    if (row < 0 || row >= open->count() || current < 0 || row == current)
        return std::nullopt;
    // The list is newest first: the lower row is the later snapshot.
    const int earlier = std::max(row, current);
    const int later = std::min(row, current);
    const auto label = [open](int r) {
        const QModelIndex index = open->index(r);
        const QString time = index.data(SnapshotCollection::CaptureTimeTextRole).toString();
        return time.isEmpty() ? index.data(Qt::DisplayRole).toString() : time;
    };
    return SnapshotPair{open->snapshotAt(earlier), label(earlier), open->snapshotAt(later), label(later)};
}

} // namespace md
