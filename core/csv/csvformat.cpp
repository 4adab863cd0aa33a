// The CSV presets and their names.
#include "core/csv/csvformat.h"

#include <QCoreApplication>

namespace md {

CsvFormat csvFormat(CsvPreset preset, const QLocale &locale)
{
    CsvFormat format;
    switch (preset) {
    case CsvPreset::Csv:
        break;
    case CsvPreset::Excel:
        format.byteOrderMark = true;
        // Where the system writes "1,5", Excel splits columns at ';'. Numbers stay locale-independent ("-7.01"):
        // the rule, so a file reads the same on every machine.
        if (locale.decimalPoint() == QLatin1String(","))
            format.delimiter = ';';
        break;
    case CsvPreset::Tsv:
        format.delimiter = '\t';
        format.crlf = false;
        format.quoting = false;
        break;
    }
    return format;
}

QString csvPresetName(CsvPreset preset)
{
    switch (preset) {
    case CsvPreset::Csv: return QStringLiteral("csv");
    case CsvPreset::Excel: return QStringLiteral("excel");
    case CsvPreset::Tsv: return QStringLiteral("tsv");
    }
    return QStringLiteral("csv");
}

QStringList csvPresetNames()
{
    return {csvPresetName(CsvPreset::Csv), csvPresetName(CsvPreset::Excel), csvPresetName(CsvPreset::Tsv)};
}

std::optional<CsvPreset> csvPresetFromName(QStringView name)
{
    for (CsvPreset preset : {CsvPreset::Csv, CsvPreset::Excel, CsvPreset::Tsv}) {
        if (name.compare(csvPresetName(preset), Qt::CaseInsensitive) == 0)
            return preset;
    }
    return std::nullopt;
}

QString csvPresetTitle(CsvPreset preset)
{
    switch (preset) {
    case CsvPreset::Csv: return QCoreApplication::translate("md", "CSV (RFC 4180)");
    case CsvPreset::Excel: return QCoreApplication::translate("md", "CSV for Excel");
    case CsvPreset::Tsv: return QCoreApplication::translate("md", "Tab-separated values");
    }
    return {};
}

QString csvPresetSuffix(CsvPreset preset)
{
    return preset == CsvPreset::Tsv ? QStringLiteral("tsv") : QStringLiteral("csv");
}

} // namespace md
