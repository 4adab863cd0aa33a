// Importing every snapshot file under a folder into the library, with progress, cancel and a failure list.
#pragma once

#include "core/alerts/alertstore.h"
#include "core/library/librarytypes.h"
#include "core/limits.h"

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <functional>

namespace md {

class Library;

// A file that did not go in, and why, in the user's words.
struct ImportFailure
{
    QString path;
    QString reason;

    bool operator==(const ImportFailure &o) const { return path == o.path && reason == o.reason; }
};

// A file imported without some of its rows: how many were skipped, and the first one's warning.
struct ImportReadInPart
{
    QString path;
    int skippedRows = 0;
    QString firstSkippedRow;

    bool operator==(const ImportReadInPart &o) const
    {
        return path == o.path && skippedRows == o.skippedRows && firstSkippedRow == o.firstSkippedRow;
    }
};

struct ImportSummary
{
    int found = 0;       // snapshot files found under the folder
    int added = 0;       // stored as new snapshots
    int duplicates = 0;  // already in the library (the same bytes)
    QVector<ImportFailure> failures;
    QVector<ImportReadInPart> readInPart;  // added, but rows of them were skipped (counted in added)
    bool cancelled = false;  // stopped before every file was seen
    QString error;           // the import could not run at all (no such folder, library not open, ...)
    // What the alert rules would have fired on the snapshots added, recorded in the library's alert history
    // as historical (EvaluationMode::Historical): listed, never notified. In the order imported.
    QVector<FiredAlert> alerts;
    QString alertsProblem;   // the first snapshot whose alerts could not be evaluated, and why

    int processed() const { return added + duplicates + int(failures.size()); }
    bool ok() const { return error.isEmpty() && failures.isEmpty() && !cancelled; }
    // Every file found was stored whole: none refused, none with skipped rows, not cancelled.
    bool readWhole() const { return ok() && readInPart.isEmpty(); }
};

// One file handled: done of total files, with what became of it. The first report, with done 0 and an empty
// path, only tells the total once the files are counted.
struct ImportProgress
{
    int done = 0;
    int total = 0;
    QString path;
    AddSnapshotResult result;
    QString failureReason;  // when result failed: why, without the path
};

// Files a snapshot may be in: .txt, .text, .htm, .html, .xhtml, .mht, .mhtml, and the exchange's closing-rate
// files (.lis) and end-of-day series (.json), any case. What a file holds is still decided from its content.
bool isSnapshotFileName(const QString &fileName);

// Every snapshot file under folder, recursively, in path order. Hidden files and folders are skipped, as are
// a saved page's "NAME_files" folders of images and scripts. Symbolic links to folders are not followed.
QStringList findSnapshotFiles(const QString &folder);

// One line in the user's words: "Imported 12 snapshots; 3 were already in the library; 1 file could not be
// read; 2 were read in part."
QString describeImport(const ImportSummary &summary);
// One line per file not read whole, for the import's summary: "Read in part: PATH: 3 rows skipped (the
// first: REASON)", then "Not imported: PATH: REASON". Reasons are cut to 200 characters.
QStringList describeImportFiles(const ImportSummary &summary);
// What the alert rules would have fired on the snapshots imported, and where that is listed (listedIn: "the
// Alerts page", "--alerts history"): "3 alerts would have fired on these snapshots; the Alerts page lists
// them."; empty when none fired and all were evaluated.
QString describeImportAlerts(const ImportSummary &summary, const QString &listedIn);

// Imports every snapshot file under folder into library, one transaction per snapshot. progress is called
// once the files are counted, then after each file; cancel, when set, is checked before each file. Files that fail are listed; the rest go in.
// Each snapshot added is evaluated against the alert rules as the past (EvaluationMode::Historical): what
// would have fired is recorded and listed in the summary, and notifies nothing.
ImportSummary importFolder(Library &library, const QString &folder,
                           const std::function<void(const ImportProgress &)> &progress = {},
                           const std::atomic_bool *cancel = nullptr, const LoadLimits &limits = {});

} // namespace md

Q_DECLARE_METATYPE(md::ImportSummary)
