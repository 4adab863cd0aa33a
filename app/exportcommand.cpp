// The --export-csv command: load the snapshots, build the table, write it where --output says.
#include "app/exportcommand.h"

#include "app/headless.h"
#include "core/wording.h"

#include "core/csv/csvformat.h"
#include "core/csv/snapshottables.h"

#include <QCoreApplication>
#include <QLocale>

#include <cstdio>


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
    const int written = writeCsvOutput(csv, format, command.output, false);
    return written == ExitOk ? status : written;
}

} // namespace md::app
