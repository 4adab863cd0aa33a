// CSV flavours: the presets a user picks (CSV, Excel, TSV) and the exact bytes each one writes.
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace md {

enum class CsvPreset { Csv, Excel, Tsv };

// The byte-level format of one export. Build it with csvFormat(); the fields are public for tests.
struct CsvFormat
{
    char delimiter = ',';
    bool crlf = true;             // records end in CR LF (else LF)
    bool byteOrderMark = false;   // UTF-8 BOM first, so Excel reads the file as UTF-8
    // true: RFC 4180 quoting (a field holding the delimiter, '"', CR or LF is quoted, '"' doubled).
    // false (TSV): never quoted; a tab, CR, LF or CR LF inside a cell becomes one space.
    bool quoting = true;
};

// The format of a preset. Only Excel depends on the locale: where its decimal separator is ',' the
// delimiter is ';' and numbers use ',' (what Excel expects there); elsewhere Excel gets ',' and '.'.
// Pass QLocale::system() from the window and the command line, a fixed locale in tests.
CsvFormat csvFormat(CsvPreset preset, const QLocale &locale);

// Command-line names: "csv", "excel", "tsv".
QString csvPresetName(CsvPreset preset);
QStringList csvPresetNames();
std::optional<CsvPreset> csvPresetFromName(QStringView name);

// For a save dialog: a translated title ("CSV (RFC 4180)") and the file name suffix ("csv", "tsv").
QString csvPresetTitle(CsvPreset preset);
QString csvPresetSuffix(CsvPreset preset);

} // namespace md
