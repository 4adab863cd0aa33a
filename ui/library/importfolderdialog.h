// File ▸ Import Folder…: imports a folder on a worker thread with a progress bar, Cancel and a failure list.
#pragma once

#include "core/library/folderimport.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;
QT_END_NAMESPACE

namespace md {
class FolderImportJob;
}

namespace md::ui {

class ImportFolderDialog : public QDialog
{
    Q_OBJECT

public:
    ImportFolderDialog(const QString &libraryPath, const QString &folder, QWidget *parent = nullptr);
    ~ImportFolderDialog() override;

    // Asks for a folder, then shows a started dialog that deletes itself when closed; null when the user
    // chose no folder. The window behind stays usable while it runs.
    static ImportFolderDialog *chooseFolderAndStart(const QString &libraryPath, QWidget *parent);

    void start();
    bool isRunning() const;
    // The outcome, complete once importFinished() was emitted.
    const ImportSummary &summary() const;

    QProgressBar *progressBar() const { return m_progress; }
    QTreeWidget *failureList() const { return m_failures; }
    // "Cancel" while the import runs, "Close" after it.
    QPushButton *cancelButton() const { return m_button; }
    QString statusText() const;

signals:
    void snapshotAdded(md::SnapshotId id);
    void importFinished(const md::ImportSummary &summary);

public slots:
    // Escape and the window's close button cancel a running import; the dialog stays until it has stopped.
    void reject() override;

private:
    void cancelImport();
    void addFailure(const QString &path, const QString &reason);
    void finish(const ImportSummary &summary);

    FolderImportJob *m_job = nullptr;
    QLabel *m_folderLabel = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_failuresLabel = nullptr;
    QTreeWidget *m_failures = nullptr;
    QPushButton *m_button = nullptr;
};

} // namespace md::ui
