// The one path by which the window reads snapshot files: folders expanded, each file loaded, failures named.
#pragma once

#include "core/limits.h"
#include "core/models/snapshotcollection.h"

#include <QObject>
#include <QStringList>
#include <QVector>

namespace md {

struct OpenResult
{
    QVector<OpenedSnapshot> opened;  // in the order asked
    QStringList errors;              // "FILE: what went wrong", one per file that failed
};

// Reads on the calling thread for now (a parse takes milliseconds); callers only rely on finished(), so
// the work can move to a worker thread without changing them.
class SnapshotOpener : public QObject
{
    Q_OBJECT
public:
    explicit SnapshotOpener(QObject *parent = nullptr);

    // Loads files and folders (every snapshot file under a folder, recursively, in name order), then
    // emits finished() once with everything read and every failure.
    void open(const QStringList &paths);

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
    void finished(const md::OpenResult &result);
};

} // namespace md
