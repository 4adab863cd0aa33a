// ExportController: dialogs in, core tables out through saveCsvFile.
#include "ui/exportcontroller.h"

#include "core/csv/csvwriter.h"
#include "core/library/historycsv.h"
#include "core/models/snapshotcollection.h"
#include "core/session/snapshotworkspace.h"
#include "core/settings/settings.h"
#include "ui/exportdialog.h"
#include "ui/moversview.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>

namespace md::ui {
namespace {

constexpr CsvPreset kPresets[] = {CsvPreset::Csv, CsvPreset::Excel, CsvPreset::Tsv};

QString nameFilter(CsvPreset preset)
{
    return QStringLiteral("%1 (*.%2)").arg(csvPresetTitle(preset), csvPresetSuffix(preset));
}

} // namespace

ExportController::ExportController(SnapshotWorkspace *workspace, MoversView *movers, QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_movers(movers)
    , m_window(window)
{
    m_chooser = [this](const QString &title, const QString &suggestedName) {
        return chooseWithDialog(title, suggestedName);
    };
}

void ExportController::exportWithDialog()
{
    const SnapshotCollection *collection = m_workspace->collection();
    if (collection->currentRow() < 0)
        return;
    const QString title = collection->index(collection->currentRow()).data(Qt::DisplayRole).toString();
    ExportDialog dialog(title, collection->count(), m_window);
    dialog.setTable(csvTableFromName(settings::exportTable.value()).value_or(CsvTableKind::Quotes));
    dialog.setScope(settings::exportAllOpen.value() ? SnapshotScope::AllOpen : SnapshotScope::Current);
    if (dialog.exec() != QDialog::Accepted)
        return;
    settings::exportTable.set(csvTableName(dialog.table()));
    if (dialog.table() != CsvTableKind::Movers)
        settings::exportAllOpen.set(dialog.scope() == SnapshotScope::AllOpen);
    exportTable(dialog.table(), dialog.scope());
}

void ExportController::exportTable(CsvTableKind table, SnapshotScope scope)
{
    if (table == CsvTableKind::Movers) {
        exportVisibleMovers();
        return;
    }
    const SnapshotCollection &collection = *m_workspace->collection();
    if (collection.isEmpty())
        return;
    const std::optional<Destination> destination =
        m_chooser(tr("Export %1").arg(csvTableName(table)), suggestedExportName(collection, table, scope));
    if (destination)
        save(openSnapshotsTable(collection, table, scope), *destination);
}

void ExportController::exportVisibleMovers()
{
    const std::optional<Destination> destination =
        m_chooser(tr("Export Visible Rows"),
                  suggestedExportName(*m_workspace->collection(), CsvTableKind::Movers, SnapshotScope::Current));
    if (destination)
        save(moversTable(*m_movers->proxy()), *destination);
}

void ExportController::exportComparison(const QAbstractItemModel &comparisonRows, const QString &beforeLabel,
                                         const QString &afterLabel)
{
    const std::optional<Destination> destination =
        m_chooser(tr("Export Comparison"), suggestedComparisonName(beforeLabel, afterLabel));
    if (destination)
        save(comparisonTable(comparisonRows), *destination);
}

bool ExportController::save(const CsvTable &table, const Destination &destination)
{
    const CsvSaveResult saved = saveCsvFile(table, csvFormat(destination.preset, QLocale::system()), destination.path);
    if (!saved.ok()) {
        emit failed(saved.error);
        return false;
    }
    emit exported(destination.path, table.rowCount());
    return true;
}

std::optional<ExportController::Destination> ExportController::chooseWithDialog(const QString &title,
                                                                                const QString &suggestedName) const
{
    const QString folder = settings::exportFolder.value();
    const CsvPreset lastPreset = csvPresetFromName(settings::exportPreset.value()).value_or(CsvPreset::Csv);

    QStringList filters;
    for (CsvPreset preset : kPresets)
        filters.append(nameFilter(preset));
    QFileDialog dialog(m_window, title, QDir(folder).filePath(suggestedName + QLatin1Char('.') + csvPresetSuffix(lastPreset)));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setNameFilters(filters);
    dialog.selectNameFilter(nameFilter(lastPreset));
    dialog.setDefaultSuffix(csvPresetSuffix(lastPreset));
    connect(&dialog, &QFileDialog::filterSelected, &dialog, [&dialog, filters](const QString &filter) {
        const qsizetype at = filters.indexOf(filter);
        if (at >= 0)
            dialog.setDefaultSuffix(csvPresetSuffix(kPresets[at]));
    });
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return std::nullopt;

    Destination destination;
    destination.path = dialog.selectedFiles().constFirst();
    const qsizetype at = filters.indexOf(dialog.selectedNameFilter());
    destination.preset = at >= 0 ? kPresets[at] : lastPreset;
    if (QFileInfo(destination.path).suffix().isEmpty())
        destination.path += QLatin1Char('.') + csvPresetSuffix(destination.preset);
    settings::exportFolder.set(QFileInfo(destination.path).absolutePath());
    settings::exportPreset.set(csvPresetName(destination.preset));
    return destination;
}

} // namespace md::ui
