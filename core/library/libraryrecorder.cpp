// LibraryRecorder: files stored by a worker thread with its own library connection; fetched pages at once.
#include "core/library/libraryrecorder.h"

#include "core/library/articlesearch.h"
#include "core/library/library.h"
#include "core/network/pageinput.h"

#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QThread>
#include <QTimer>

#include <functional>
#include <memory>
#include <utility>

namespace md {
namespace {

// Files just opened are stored a moment later, after the window has drawn them.
constexpr int kSettleMsecs = 150;

} // namespace

// Lives on the recorder's thread; opens its connection there on the first file and closes it there when
// the thread ends (a QSqlDatabase connection belongs to the thread that made it).
class LibraryRecorder::Worker : public QObject
{
public:
    explicit Worker(QString libraryPath)
        : m_libraryPath(std::move(libraryPath))
    {
    }

    AddSnapshotResult store(const QString &file)
    {
        if (!ensureOpen()) {
            AddSnapshotResult failed;
            failed.outcome = AddSnapshotResult::Outcome::Failed;
            failed.error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(file), m_openError);
            return failed;
        }
        return m_library->importFile(file);
    }

    // Returns the number of snapshots read again and the failures.
    std::pair<int, QStringList> reread(const std::function<bool(int, int)> &progress)
    {
        if (!ensureOpen())
            return {0, {m_openError}};
        int total = 0;
        QStringList failures = m_library->rereadOlderSnapshots([&](int done, int all) {
            total = all;
            return progress(done, all);
        });
        // Then the articles the full-text index does not hold yet (a library from before the index).
        ArticleSearch search(*m_library);
        if (search.unindexedCount() > 0) {
            const int before = total;
            if (!search.indexPending([&](int done, int all) {
                    total = before + all;
                    return progress(before + done, before + all);
                }))
                failures.append(search.lastError());
        }
        return {total, failures};
    }

private:
    bool ensureOpen()
    {
        if (!m_library) {
            m_library = std::make_unique<Library>(m_libraryPath);
            const LibraryOpenResult opened = m_library->open();
            if (!opened.ok())
                m_openError = opened.error;
        }
        return m_openError.isEmpty();
    }

    QString m_libraryPath;
    std::unique_ptr<Library> m_library;
    QString m_openError;
};

LibraryRecorder::LibraryRecorder(Library *library, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &LibraryRecorder::dispatch);
}

LibraryRecorder::~LibraryRecorder()
{
    if (m_thread) {
        // The file in hand is finished (one transaction: never half stored); what is still queued is not.
        m_thread->requestInterruption();
        m_thread->quit();
        m_thread->wait();
    }
}

bool LibraryRecorder::isRecordedPath(const QString &path)
{
    return !path.isEmpty() && !path.startsWith(QLatin1String(":/")) && !isWebAddress(path);
}

void LibraryRecorder::recordFiles(const QStringList &paths)
{
    for (const QString &path : paths) {
        if (isRecordedPath(path))
            m_queue.append(path);
    }
    if (!m_queue.isEmpty() && !m_timer->isActive())
        m_timer->start(kSettleMsecs);
}

AddSnapshotResult LibraryRecorder::recordFetchedPage(const QByteArray &bytes, const QUrl &url, const QDateTime &fetchedAt)
{
    const AddSnapshotResult result = m_library->addFetchedPage(bytes, url.toString(), fetchedAt);
    count(result, url.toString());
    if (pendingCount() == 0)
        report();
    return result;
}

void LibraryRecorder::ensureWorker()
{
    if (m_thread)
        return;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("LibraryRecorder"));
    m_worker = new Worker(m_library->path());
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

void LibraryRecorder::rereadOlderSnapshots()
{
    if (m_library->snapshotsReadByOlderRules().isEmpty() && ArticleSearch(*m_library).unindexedCount() == 0)
        return;
    ensureWorker();
    QMetaObject::invokeMethod(m_worker, [this, worker = m_worker, thread = m_thread] {
        const auto [count, failures] = worker->reread([this, thread](int done, int total) {
            QMetaObject::invokeMethod(this, [this, done, total] { emit rereadProgress(done, total); },
                                      Qt::QueuedConnection);
            return !thread->isInterruptionRequested();  // the rest is read at the next start
        });
        QMetaObject::invokeMethod(this, [this, count = count, failures = failures] { emit reread(count, failures); },
                                  Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void LibraryRecorder::dispatch()
{
    if (m_queue.isEmpty())
        return;
    ensureWorker();
    // The worker takes the files in order from its event queue; each result is posted back here.
    for (const QString &file : std::as_const(m_queue)) {
        ++m_inFlight;
        QMetaObject::invokeMethod(m_worker, [this, worker = m_worker, thread = m_thread, file] {
            if (thread->isInterruptionRequested())
                return;  // the recorder is going: what is still queued is dropped
            const AddSnapshotResult result = worker->store(file);
            QMetaObject::invokeMethod(this, [this, result, file] { onFileStored(result, file); }, Qt::QueuedConnection);
        }, Qt::QueuedConnection);
    }
    m_queue.clear();
}

void LibraryRecorder::onFileStored(const AddSnapshotResult &result, const QString &key)
{
    --m_inFlight;
    count(result, key);
    if (pendingCount() == 0)
        report();
}

void LibraryRecorder::flush()
{
    m_timer->stop();
    dispatch();
    if (m_inFlight == 0) {
        report();
        return;
    }
    // The worker handles its queue in order: once this call returns, every file handed over is stored and
    // its result posted here; deliver those now.
    QMetaObject::invokeMethod(m_worker, [] {}, Qt::BlockingQueuedConnection);
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
}

void LibraryRecorder::count(const AddSnapshotResult &result, const QString &key)
{
    if (result.outcome == AddSnapshotResult::Outcome::Added)
        ++m_added;
    else if (!result.ok())
        m_failures.append(result.error);
    if (result.ok() && result.id > 0)
        m_stored.append({result.id, key, result.outcome});
}

void LibraryRecorder::report()
{
    const int added = m_added;
    const QStringList failures = m_failures;
    const QVector<StoredSnapshot> storedSnapshots = m_stored;
    m_added = 0;
    m_failures.clear();
    m_stored.clear();
    if (!storedSnapshots.isEmpty())
        emit snapshotsStored(storedSnapshots);
    if (added > 0 || !failures.isEmpty())
        emit stored(added, failures);
}

} // namespace md
