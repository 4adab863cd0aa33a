// ImportFolderDialog: shows a FolderImportJob's progress and failures; Cancel stops after the file in hand.
#include "ui/library/importfolderdialog.h"

#include "core/library/folderimportjob.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace md::ui {

ImportFolderDialog::ImportFolderDialog(const QString &libraryPath, const QString &folder, QWidget *parent)
    : QDialog(parent)
    , m_job(new FolderImportJob(libraryPath, folder, this))
{
    setWindowTitle(tr("Import Folder"));
    m_folderLabel = new QLabel(tr("Importing the snapshots under %1").arg(QDir::toNativeSeparators(folder)));
    m_folderLabel->setWordWrap(true);
    m_folderLabel->setTextFormat(Qt::PlainText);
    m_progress = new QProgressBar;
    m_progress->setRange(0, 0);  // busy until the files are counted
    m_status = new QLabel(tr("Looking for snapshot files…"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setMinimumWidth(560);
    m_failuresLabel = new QLabel(tr("Files that could not be imported, or were imported without some rows:"));
    m_failures = new QTreeWidget;
    m_failures->setColumnCount(2);
    m_failures->setHeaderLabels({tr("File"), tr("Reason")});
    m_failures->setRootIsDecorated(false);
    m_failures->setUniformRowHeights(true);
    m_failures->header()->setStretchLastSection(true);
    m_failures->header()->resizeSection(0, 220);
    m_failures->setMinimumHeight(160);
    m_failuresLabel->hide();
    m_failures->hide();

    auto *buttons = new QDialogButtonBox;
    m_button = buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_button, &QPushButton::clicked, this, [this] {
        if (isRunning())
            cancelImport();
        else
            accept();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_folderLabel);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_failuresLabel);
    layout->addWidget(m_failures, 1);
    layout->addWidget(buttons);

    connect(m_job, &FolderImportJob::filesFound, this, [this](int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(0);
        m_status->setText(total == 0 ? tr("No snapshot files found.") : tr("Found %1 files.").arg(QLocale().toString(total)));
    });
    connect(m_job, &FolderImportJob::progress, this, [this](int done, int total, const QString &path) {
        m_progress->setValue(done);
        m_status->setText(tr("%1 of %2: %3").arg(QLocale().toString(done), QLocale().toString(total),
                                                 QFileInfo(path).fileName()));
    });
    connect(m_job, &FolderImportJob::snapshotAdded, this, &ImportFolderDialog::snapshotAdded);
    connect(m_job, &FolderImportJob::fileFailed, this, &ImportFolderDialog::addFailure);
    connect(m_job, &FolderImportJob::fileReadInPart, this, &ImportFolderDialog::addFailure);
    connect(m_job, &FolderImportJob::finished, this, &ImportFolderDialog::finish);
}

ImportFolderDialog::~ImportFolderDialog() = default;

ImportFolderDialog *ImportFolderDialog::chooseFolderAndStart(const QString &libraryPath, QWidget *parent)
{
    const QString folder = QFileDialog::getExistingDirectory(parent, tr("Import Folder"));
    if (folder.isEmpty())
        return nullptr;
    auto *dialog = new ImportFolderDialog(libraryPath, folder, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->start();
    return dialog;
}

void ImportFolderDialog::start()
{
    m_job->start();
}

bool ImportFolderDialog::isRunning() const
{
    return m_job->isRunning();
}

const ImportSummary &ImportFolderDialog::summary() const
{
    return m_job->summary();
}

QString ImportFolderDialog::statusText() const
{
    return m_status->text();
}

void ImportFolderDialog::reject()
{
    if (isRunning()) {
        cancelImport();
        return;
    }
    QDialog::reject();
}

void ImportFolderDialog::cancelImport()
{
    m_job->cancel();
    m_button->setEnabled(false);
    m_button->setText(tr("Cancelling…"));
    m_status->setText(tr("Stopping after the file in hand…"));
}

void ImportFolderDialog::addFailure(const QString &path, const QString &reason)
{
    auto *item = new QTreeWidgetItem(m_failures, {QFileInfo(path).fileName(), reason});
    item->setToolTip(0, path);
    item->setToolTip(1, reason);
    m_failuresLabel->show();
    m_failures->show();
}

void ImportFolderDialog::finish(const ImportSummary &summary)
{
    if (summary.found > 0 && !summary.cancelled)
        m_progress->setValue(m_progress->maximum());
    else if (m_progress->maximum() == 0)
        m_progress->setRange(0, 1);
    m_status->setText(QStringList{describeImport(summary), describeImportAlerts(summary, tr("the Alerts page"))}
                          .join(QLatin1Char(' ')).trimmed());
    m_button->setEnabled(true);
    m_button->setText(tr("Close"));
    m_button->setFocus();
    emit importFinished(summary);
}

} // namespace md::ui
