// FolderImportJob: a QThread running importFolder() with its own library connection.
#include "core/library/folderimportjob.h"

#include "core/library/library.h"
#include "core/wording.h"

#include <QThread>

namespace md {

FolderImportJob::FolderImportJob(const QString &libraryPath, const QString &folder, QObject *parent)
    : QObject(parent)
    , m_libraryPath(libraryPath)
    , m_folder(folder)
{
    qRegisterMetaType<md::ImportSummary>();
}

FolderImportJob::~FolderImportJob()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->quit();
        m_thread->wait();
    }
}

void FolderImportJob::start()
{
    if (m_thread)
        return;
    m_running = true;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("FolderImport"));
    // The import runs in a functor of an object living on the worker thread; results are posted back to
    // this object, whose thread handles them. The destructor waits for the thread, so `this` outlives it.
    auto *context = new QObject;
    context->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, context, &QObject::deleteLater);
    connect(m_thread, &QThread::started, context, [this, libraryPath = m_libraryPath, folder = m_folder] {
        ImportSummary summary;
        Library library(libraryPath);
        const LibraryOpenResult opened = library.open();
        if (!opened.ok()) {
            summary.error = opened.error;
        } else {
            const auto report = [this](const ImportProgress &step) {
                QMetaObject::invokeMethod(this, [this, step] { handleProgress(step); }, Qt::QueuedConnection);
            };
            summary = importFolder(library, folder, report, &m_cancel);
        }
        QMetaObject::invokeMethod(this, [this, summary] { handleFinished(summary); }, Qt::QueuedConnection);
    });
    m_thread->start();
}

void FolderImportJob::cancel()
{
    m_cancel = true;
}

void FolderImportJob::handleProgress(const ImportProgress &step)
{
    if (step.done == 0) {
        emit filesFound(step.total);
        return;
    }
    switch (step.result.outcome) {
    case AddSnapshotResult::Outcome::Added:
        emit snapshotAdded(step.result.id);
        if (step.result.skippedRows > 0) {
            emit fileReadInPart(step.path, tr("imported without %1; the first: %2")
                                               .arg(countOf(step.result.skippedRows, "row", "rows"),
                                                    step.result.firstSkippedRow));
        }
        break;
    case AddSnapshotResult::Outcome::Failed:
        emit fileFailed(step.path, step.failureReason);
        break;
    default: break;
    }
    emit progress(step.done, step.total, step.path);
}

void FolderImportJob::handleFinished(const ImportSummary &summary)
{
    m_thread->quit();
    m_thread->wait();
    m_summary = summary;
    m_running = false;
    emit finished(m_summary);
}

} // namespace md
