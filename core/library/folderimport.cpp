// Folder import: find the snapshot files, then store them one by one.
#include "core/library/folderimport.h"

#include "core/alerts/alertengine.h"
#include "core/library/library.h"
#include "core/wording.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <algorithm>

namespace md {
namespace {

// A browser's "save complete page" puts the page's images and scripts in "PAGE_files" (or "PAGE-Dateien",
// "PAGE_fichiers" in other languages); they are never snapshots.
bool isSavedPageResources(const QFileInfo &dir)
{
    const QString name = dir.fileName();
    return name.endsWith(QLatin1String("_files"), Qt::CaseInsensitive)
        || name.endsWith(QLatin1String("-Dateien"), Qt::CaseInsensitive)
        || name.endsWith(QLatin1String("_fichiers"), Qt::CaseInsensitive);
}

void collect(const QString &folder, QStringList &out)
{
    const QDir dir(folder);
    const QFileInfoList entries =
        dir.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::DirsLast);
    for (const QFileInfo &info : entries) {
        if (info.fileName().startsWith(QLatin1Char('.')))
            continue;
        if (info.isDir()) {
            if (!info.isSymLink() && !isSavedPageResources(info))
                collect(info.absoluteFilePath(), out);
        } else if (isSnapshotFileName(info.fileName())) {
            out.append(info.absoluteFilePath());
        }
    }
}

} // namespace

bool isSnapshotFileName(const QString &fileName)
{
    static const char *const kSuffixes[] = {".txt", ".text", ".htm", ".html", ".xhtml", ".mht", ".mhtml", ".lis", ".json"};
    return std::any_of(std::begin(kSuffixes), std::end(kSuffixes), [&](const char *suffix) {
        return fileName.endsWith(QLatin1String(suffix), Qt::CaseInsensitive);
    });
}

QStringList findSnapshotFiles(const QString &folder)
{
    QStringList files;
    collect(QFileInfo(folder).absoluteFilePath(), files);
    return files;
}

QString describeImport(const ImportSummary &summary)
{
    if (!summary.error.isEmpty())
        return summary.error;
    QString text = tr("Imported %1").arg(countOf(summary.added, "snapshot", "snapshots"));
    if (summary.duplicates > 0)
        text += tr("; %1 already in the library").arg(countOf(summary.duplicates, "was", "were"));
    if (!summary.failures.isEmpty())
        text += tr("; %1 could not be read").arg(countOf(summary.failures.size(), "file", "files"));
    if (!summary.readInPart.isEmpty())
        text += tr("; %1 read in part (rows skipped)").arg(countOf(summary.readInPart.size(), "was", "were"));
    if (summary.cancelled) {
        text += tr("; cancelled with %1 not looked at")
                    .arg(countOf(summary.found - summary.processed(), "file", "files"));
    }
    return text + QLatin1Char('.');
}

QStringList describeImportFiles(const ImportSummary &summary)
{
    const auto cut = [](const QString &reason) {
        return reason.size() <= 200 ? reason : reason.left(199) + QChar(0x2026);
    };
    QStringList lines;
    for (const ImportReadInPart &part : summary.readInPart) {
        lines.append(tr("Read in part: %1: %2 (the first: %3)")
                         .arg(part.path, countOf(part.skippedRows, "row skipped", "rows skipped"), cut(part.firstSkippedRow)));
    }
    for (const ImportFailure &failure : summary.failures)
        lines.append(tr("Not imported: %1: %2").arg(failure.path, cut(failure.reason)));
    return lines;
}

QString describeImportAlerts(const ImportSummary &summary, const QString &listedIn)
{
    QStringList parts;
    if (!summary.alerts.isEmpty()) {
        parts.append(tr("%1 would have fired on these snapshots; %2 lists them.")
                         .arg(countOf(summary.alerts.size(), "alert", "alerts"), listedIn));
    }
    if (!summary.alertsProblem.isEmpty())
        parts.append(tr("\u26A0 %1.").arg(summary.alertsProblem));
    return parts.join(QLatin1Char(' '));
}

ImportSummary importFolder(Library &library, const QString &folder,
                           const std::function<void(const ImportProgress &)> &progress, const std::atomic_bool *cancel,
                           const LoadLimits &limits)
{
    ImportSummary summary;
    const QFileInfo info(folder);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    if (!info.exists()) {
        summary.error = tr("%1: no such folder").arg(shown);
        return summary;
    }
    if (!info.isDir()) {
        summary.error = tr("%1: this is a file, not a folder").arg(shown);
        return summary;
    }
    if (!library.isOpen()) {
        summary.error = tr("The library is not open.");
        return summary;
    }
    const QStringList files = findSnapshotFiles(folder);
    summary.found = int(files.size());
    if (progress) {
        ImportProgress counted;
        counted.total = summary.found;
        progress(counted);
    }
    AlertEngine alerts(library);
    for (const QString &file : files) {
        if (cancel && cancel->load()) {
            summary.cancelled = true;
            break;
        }
        ImportProgress step;
        step.result = library.importFile(file, limits);
        switch (step.result.outcome) {
        case AddSnapshotResult::Outcome::Added:
            ++summary.added;
            if (step.result.skippedRows > 0) {
                summary.readInPart.append({QDir::toNativeSeparators(file), step.result.skippedRows,
                                           step.result.firstSkippedRow});
            }
            // Old pages: what would have fired is listed, not notified (and does not fire later either).
            summary.alerts += alerts.evaluate(step.result.id, EvaluationMode::Historical);
            if (!alerts.lastError().isEmpty() && summary.alertsProblem.isEmpty()) {
                summary.alertsProblem = tr("the alerts could not be evaluated on %1 (%2)")
                                            .arg(QDir::toNativeSeparators(file), alerts.lastError());
            }
            break;
        case AddSnapshotResult::Outcome::Duplicate:
        case AddSnapshotResult::Outcome::Unchanged: ++summary.duplicates; break;
        case AddSnapshotResult::Outcome::Failed: {
            // The list names the file in its own column: the reason is what follows "PATH: ".
            const QString path = QDir::toNativeSeparators(file);
            step.failureReason = step.result.error;
            if (step.failureReason.startsWith(path + QLatin1String(": ")))
                step.failureReason = step.failureReason.mid(path.size() + 2);
            summary.failures.append({path, step.failureReason});
            break;
        }
        }
        if (progress) {
            step.done = summary.processed();
            step.total = summary.found;
            step.path = QDir::toNativeSeparators(file);
            progress(step);
        }
    }
    return summary;
}

} // namespace md
