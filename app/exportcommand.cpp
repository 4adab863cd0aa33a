// The --export-csv command: load the snapshots, build the table, write it where --output says.
#include "app/exportcommand.h"

#include "app/headless.h"
#include "core/wording.h"

#include "core/csv/csvformat.h"
#include "core/csv/csvwriter.h"
#include "core/csv/snapshottables.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>

#include <cstdio>

#ifdef Q_OS_WIN
#include <fcntl.h>
#include <io.h>
#endif

namespace md::app {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("md", text);
}

QString listed(const QStringList &names)
{
    return names.join(QLatin1String(", "));
}

// Writes to file descriptor 1 directly and unbuffered (the writer hands over large chunks), so a write
// error such as a full disk is seen and reported.
bool writeToStandardOutput(const CsvTable &table, const CsvFormat &format)
{
    std::fflush(stdout);
#ifdef Q_OS_WIN
    _setmode(_fileno(stdout), _O_BINARY);  // CR LF must not become CR CR LF
#endif
    QFile out;
    QString reason;
    bool ok = out.open(1, QIODevice::WriteOnly | QIODevice::Unbuffered, QFileDevice::DontCloseHandle);
    if (!ok)
        reason = out.errorString();
    else
        ok = CsvWriter(format).write(table, out, &reason);
    if (!ok)
        printError(tr("standard output: cannot be written (%1)").arg(reason));
    return ok;
}

} // namespace

int runExportCsv(const CommandLine &command)
{
    const std::optional<CsvTableKind> table = csvTableFromName(command.exportTable);
    if (!table) {
        printError(tr("unknown table \"%1\" for --export-csv; use one of %2")
                       .arg(quotedPart(command.exportTable), listed(csvTableNames())));
        return ExitUsage;
    }
    const QString presetName = command.preset.isEmpty() ? csvPresetName(CsvPreset::Csv) : command.preset;
    const std::optional<CsvPreset> preset = csvPresetFromName(presetName);
    if (!preset) {
        printError(tr("unknown preset \"%1\" for --export-csv; use one of %2").arg(quotedPart(presetName), listed(csvPresetNames())));
        return ExitUsage;
    }
    if (command.output.isEmpty()) {
        printError(tr("--export-csv needs --output OUT (\"-\" for standard output)"));
        return ExitUsage;
    }
    if (command.inputs.isEmpty()) {
        printError(tr("--export-csv needs at least one snapshot FILE"));
        return ExitUsage;
    }

    SnapshotTableOptions options;
    options.sourceColumns = command.inputs.size() > 1 ? SnapshotTableOptions::SourceColumns::Always
                                                      : SnapshotTableOptions::SourceColumns::Never;
    const LoadedInputs loaded = loadInputs(command.inputs);
    const int status = loaded.allRead ? ExitOk : ExitInputProblem;
    const QVector<Snapshot> &snapshots = loaded.snapshots;
    options.fileModified = loaded.fileModified;
    if (snapshots.isEmpty()) {
        printError(tr("nothing exported: none of the files could be read"));
        return ExitInputProblem;
    }

    const CsvTable csv = tableFromSnapshots(*table, snapshots, options);
    const CsvFormat format = csvFormat(*preset, QLocale::system());
    if (command.output == QLatin1String("-"))
        return writeToStandardOutput(csv, format) ? status : ExitInputProblem;

    const CsvSaveResult saved = saveCsvFile(csv, format, command.output);
    if (!saved.ok()) {
        printError(saved.error);
        return ExitInputProblem;
    }
    return status;
}

} // namespace md::app
