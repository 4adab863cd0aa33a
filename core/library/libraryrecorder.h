// Keeps what the window opens in the library: opened files by a worker thread, fetched pages at once.
#pragma once

#include "core/library/librarytypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <QUrl>
#include <QVector>

QT_BEGIN_NAMESPACE
class QThread;
class QTimer;
QT_END_NAMESPACE

namespace md {

class Library;

// A snapshot the recorder stored, or found already stored (the same page, or a refresh without news): its
// id in the library and the key it was opened under (a file's path, a page's address).
struct StoredSnapshot
{
    SnapshotId id = 0;
    QString key;
    AddSnapshotResult::Outcome outcome = AddSnapshotResult::Outcome::Added;
};

// Storing never holds up or undoes the opening. Files are stored on a worker thread with its own
// connection to the library (parsing a big page again never freezes the window), starting a moment after
// they were opened, so the window draws them first; a file that cannot be stored is reported, nothing more.
// The library itself recognises a page it already holds (the same bytes), so opening a file again stores
// nothing. Fetched pages are small and already in hand: they are stored at once, on the caller's thread.
class LibraryRecorder : public QObject
{
    Q_OBJECT

public:
    // library is open, lives on this thread and outlives the recorder. The worker opens its own connection
    // to the same file. Destroying the recorder waits for the file in hand (never half stored); files still
    // queued are dropped, so call flush() first to keep them.
    explicit LibraryRecorder(Library *library, QObject *parent = nullptr);
    ~LibraryRecorder() override;

    // Queues snapshot files for storing. Bundled files (":/...", the sample) and web addresses are skipped:
    // the sample is not the user's data, and pages from the web come through recordFetchedPage().
    void recordFiles(const QStringList &paths);
    // Stores a page fetched from url at fetchedAt (UTC) now. A page whose data did not change since the last
    // copy from url is not stored again (Unchanged).
    AddSnapshotResult recordFetchedPage(const QByteArray &bytes, const QUrl &url, const QDateTime &fetchedAt);

    // After an upgrade, on the worker: reads again the snapshots an older MarketDesk stored with older reading
    // rules, then adds the articles the full-text index does not hold yet, reporting rereadProgress() and
    // then reread(). Nothing happens when there is nothing to do.
    void rereadOlderSnapshots();

    // Files queued or being stored.
    int pendingCount() const { return int(m_queue.size()) + m_inFlight; }
    // Waits until everything queued is stored, then reports (headless screenshots, closing the window).
    void flush();

    // True for files the recorder stores: local paths, not bundled resources or web addresses.
    static bool isRecordedPath(const QString &path);

signals:
    // The queue ran empty, or a fetched page was handled: how many snapshots went in, and the ones that
    // could not be stored ("FILE: reason").
    void stored(int added, const QStringList &failures);
    // Sent just before stored(): every snapshot of the batch that is now in the library, new or not, in the
    // order handled (what the alerts are evaluated on).
    void snapshotsStored(const QVector<md::StoredSnapshot> &snapshots);
    // Re-reading after an upgrade: done of total snapshots read again so far.
    void rereadProgress(int done, int total);
    // Re-reading finished: how many snapshots were read again, and the ones that could not be.
    void reread(int count, const QStringList &failures);

private:
    class Worker;

    // Starts the worker thread on first use.
    void ensureWorker();
    // Hands the queue to the worker.
    void dispatch();
    void onFileStored(const AddSnapshotResult &result, const QString &key);
    void count(const AddSnapshotResult &result, const QString &key);
    void report();

    Library *m_library;
    QStringList m_queue;  // waiting for the settle delay
    int m_inFlight = 0;   // handed to the worker, result not back yet
    QTimer *m_timer;
    QThread *m_thread = nullptr;
    Worker *m_worker = nullptr;  // lives on m_thread
    int m_added = 0;
    QStringList m_failures;
    QVector<StoredSnapshot> m_stored;
};

} // namespace md
