// LibraryRecorder: a queue drained in short turns of the event loop, and fetched pages stored at once.
#include "core/library/libraryrecorder.h"

#include "core/library/library.h"
#include "core/network/pageinput.h"

#include <QElapsedTimer>
#include <QTimer>

namespace md {
namespace {

// How long one turn of the event loop may spend storing files.
constexpr qint64 kTurnMsecs = 25;
// Files just opened are stored a moment later, after the window has drawn them.
constexpr int kSettleMsecs = 150;

} // namespace

LibraryRecorder::LibraryRecorder(Library *library, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &LibraryRecorder::storeSome);
}

LibraryRecorder::~LibraryRecorder() = default;

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
    count(result);
    if (m_queue.isEmpty())
        report();
    return result;
}

void LibraryRecorder::flush()
{
    m_timer->stop();
    while (!m_queue.isEmpty())
        count(m_library->importFile(m_queue.takeFirst()));
    report();
}

void LibraryRecorder::storeSome()
{
    QElapsedTimer clock;
    clock.start();
    while (!m_queue.isEmpty() && clock.elapsed() < kTurnMsecs)
        count(m_library->importFile(m_queue.takeFirst()));
    if (m_queue.isEmpty())
        report();
    else
        m_timer->start(0);  // the rest on the next turn, so the window keeps answering
}

void LibraryRecorder::count(const AddSnapshotResult &result)
{
    if (result.outcome == AddSnapshotResult::Outcome::Added)
        ++m_added;
    else if (!result.ok())
        m_failures.append(result.error);
}

void LibraryRecorder::report()
{
    const int added = m_added;
    const QStringList failures = m_failures;
    m_added = 0;
    m_failures.clear();
    if (added > 0 || !failures.isEmpty())
        emit stored(added, failures);
}

} // namespace md
