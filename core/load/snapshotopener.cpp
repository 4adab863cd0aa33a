// Opening snapshot files for the window.
#include "core/load/snapshotopener.h"

#include "core/load/snapshotloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QPromise>
#include <QThreadPool>

#include <algorithm>
#include <memory>

namespace md {

SnapshotOpener::SnapshotOpener(QObject *parent)
    : QObject(parent)
{
}

SnapshotOpener::~SnapshotOpener()
{
    // The readers finish on their own; their results go nowhere.
    for (const Pending &pending : std::as_const(m_pending))
        delete pending.watcher;
}

QString SnapshotOpener::keyOf(const QString &path)
{
    if (path.startsWith(QLatin1String(":/")))
        return path;
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

bool SnapshotOpener::hasSnapshotSuffix(const QString &path)
{
    static const QStringList suffixes = {QStringLiteral("txt"), QStringLiteral("htm"), QStringLiteral("html"),
                                         QStringLiteral("mht"), QStringLiteral("mhtml")};
    return suffixes.contains(QFileInfo(path).suffix().toLower());
}

QStringList SnapshotOpener::expandPaths(const QStringList &paths, QStringList *errors, int maxFiles)
{
    QStringList files;
    bool truncated = false;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            if (files.size() < maxFiles)
                files.append(path);
            else
                truncated = true;
            continue;
        }
        QStringList found;
        QDirIterator it(path, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            if (hasSnapshotSuffix(file))
                found.append(file);
        }
        std::sort(found.begin(), found.end());
        if (found.isEmpty() && errors) {
            errors->append(QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path),
                                                        QCoreApplication::translate("md", "no snapshot files (.txt, .html, .mhtml) in this folder")));
        }
        for (const QString &file : std::as_const(found)) {
            if (files.size() < maxFiles)
                files.append(file);
            else
                truncated = true;
        }
    }
    if (truncated && errors) {
        errors->append(QCoreApplication::translate("md", "Opened the first %1 files only; open fewer at a time "
                                                         "or import the folder into the library.")
                           .arg(maxFiles));
    }
    return files;
}

OpenResult SnapshotOpener::openNow(const QStringList &paths, const LoadLimits &limits)
{
    OpenResult result;
    const QStringList files = expandPaths(paths, &result.errors);
    for (const QString &file : files) {
        SnapshotLoadResult loaded = loadSnapshotFile(file, limits);
        if (!loaded.ok()) {
            result.errors.append(loaded.error);
            continue;
        }
        const Snapshot &s = *loaded.snapshot;
        if (s.quotes.isEmpty() && s.indices.isEmpty() && s.article.isEmpty() && s.comments.isEmpty()) {
            // An empty entry helps nobody; say why instead.
            result.errors.append(QStringLiteral("%1: %2").arg(
                s.source, QCoreApplication::translate("md", "no ticker rows, article or comments were found; is "
                                                            "this a saved Business Recorder page?")));
            continue;
        }
        OpenedSnapshot opened;
        opened.key = keyOf(file);
        opened.fileModified = QFileInfo(file).lastModified();
        opened.snapshot = std::move(*loaded.snapshot);
        result.opened.append(std::move(opened));
    }
    return result;
}

quint64 SnapshotOpener::open(const QStringList &paths)
{
    // QPromise and QThreadPool keep this in Qt Core: the reader owns only copies, never the opener.
    auto promise = std::make_shared<QPromise<OpenResult>>();
    const QFuture<OpenResult> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, paths] {
        promise->addResult(openNow(paths));
        promise->finish();
    });
    const bool wasBusy = isBusy();
    Pending pending;
    pending.request = ++m_lastRequest;
    pending.watcher = new QFutureWatcher<OpenResult>;
    connect(pending.watcher, &QFutureWatcherBase::finished, this, &SnapshotOpener::deliverFinished);
    pending.watcher->setFuture(future);
    m_pending.append(pending);
    if (!wasBusy)
        emit busyChanged(true);
    return pending.request;
}

void SnapshotOpener::deliverFinished()
{
    bool delivered = false;
    while (!m_pending.isEmpty() && m_pending.first().watcher->isFinished()) {
        delivered = true;
        const Pending done = m_pending.takeFirst();
        const OpenResult result = done.watcher->result();
        done.watcher->deleteLater();  // it is emitting the signal that brought us here
        // A listener may open more files from here; this request is off the list already.
        emit finished(result, done.request);
    }
    if (delivered && m_pending.isEmpty())
        emit busyChanged(false);
}

} // namespace md
