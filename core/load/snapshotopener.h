// The one path by which the window reads snapshot files: folders expanded, each file loaded, failures named.
#pragma once

#include "core/limits.h"
#include "core/models/snapshotcollection.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QVector>

namespace md {

struct OpenResult
{
    QVector<OpenedSnapshot> opened;  // in the order asked
    QStringList errors;              // "FILE: what went wrong", one per file that failed
};

// Files are read on a worker thread (QThreadPool::globalInstance()), so a big page or a folder of them
// never freezes the window; each open() ends in one finished() on the opener's thread, in the order the
// requests were made, even when a later one is read first.
class SnapshotOpener : public QObject
{
    Q_OBJECT
public:
    explicit SnapshotOpener(QObject *parent = nullptr);
    // Requests still being read are dropped: their finished() never comes.
    ~SnapshotOpener() override;

    // Starts loading files and folders (every snapshot file under a folder, recursively, in name order);
    // finished() follows once with everything read and every failure. Returns the request's number.
    quint64 open(const QStringList &paths);
    // Some request has not finished yet.
    bool isBusy() const { return !m_pending.isEmpty(); }

    // The same, returned directly.
    static OpenResult openNow(const QStringList &paths, const LoadLimits &limits = {});

    // The identity of a file for SnapshotCollection: its canonical path (":/..." stays as it is).
    static QString keyOf(const QString &path);
    // .txt, .htm, .html, .mht, .mhtml (case-insensitive).
    static bool hasSnapshotSuffix(const QString &path);
    // Files and the snapshot files under folders, at most maxFiles in all (the rest is reported).
    static QStringList expandPaths(const QStringList &paths, QStringList *errors, int maxFiles = kMaxFilesPerOpen);

    static constexpr int kMaxFilesPerOpen = 2000;

signals:
    void finished(const md::OpenResult &result, quint64 request);
    // isBusy() changed.
    void busyChanged(bool busy);

private:
    struct Pending
    {
        quint64 request = 0;
        QFutureWatcher<OpenResult> *watcher = nullptr;
    };
    // Emits finished() for the oldest requests that are done, stopping at the first one still being read.
    void deliverFinished();

    QList<Pending> m_pending;  // oldest first
    quint64 m_lastRequest = 0;
};

} // namespace md
