// A folder import running on a worker thread, reporting progress to the thread that started it.
#pragma once

#include "core/library/folderimport.h"
#include "core/library/librarytypes.h"

#include <QObject>
#include <QString>

#include <atomic>

QT_BEGIN_NAMESPACE
class QThread;
QT_END_NAMESPACE

namespace md {

// Imports a folder into the library file at libraryPath on its own thread with its own connection, so the
// window stays responsive. Signals arrive on the thread that created the job. Destroying a running job
// cancels it and waits for the file in hand to be finished (never half stored).
class FolderImportJob : public QObject
{
    Q_OBJECT

public:
    FolderImportJob(const QString &libraryPath, const QString &folder, QObject *parent = nullptr);
    ~FolderImportJob() override;

    QString folder() const { return m_folder; }
    QString libraryPath() const { return m_libraryPath; }

    // Starts the import; a job runs once.
    void start();
    // Stops after the file in hand; finished() follows with summary().cancelled set.
    void cancel();
    bool isRunning() const { return m_running; }
    bool isCancelling() const { return m_cancel.load(); }
    // The outcome, complete once finished() was emitted.
    const ImportSummary &summary() const { return m_summary; }

signals:
    // The number of snapshot files found; sent before the first file is read.
    void filesFound(int total);
    // After each file: done of total handled, the last one being path.
    void progress(int done, int total, const QString &path);
    void snapshotAdded(md::SnapshotId id);
    void fileFailed(const QString &path, const QString &reason);
    // A file was imported without some of its rows: reason says how many and the first one's warning.
    void fileReadInPart(const QString &path, const QString &reason);
    void finished(const md::ImportSummary &summary);

private:
    void handleProgress(const ImportProgress &step);
    void handleFinished(const ImportSummary &summary);

    QString m_libraryPath;
    QString m_folder;
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel{false};
    bool m_running = false;
    ImportSummary m_summary;
};

} // namespace md
