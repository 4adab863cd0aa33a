// Writes a CsvTable as bytes in a CsvFormat: to memory, to an open device in chunks, or to a file atomically.
#pragma once

#include "core/csv/csvformat.h"
#include "core/csv/csvtable.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace md {

class CsvWriter
{
public:
    explicit CsvWriter(const CsvFormat &format);

    // The byte-order mark (when the format has one), the header record, then one record per row.
    // Every record ends with the format's line end. Text is UTF-8; a text cell that looks like a formula
    // gets a leading "'"; a number is written in shortest round-trip fixed notation ("-7.01", "113247",
    // never "1.13247e+05"); a NaN or infinite number is written as an empty field.
    QByteArray toBytes(const CsvTable &table) const;

    // Writes the same bytes to an open device, a chunk at a time. On failure returns false and sets
    // *reason to the device's reason (the caller names the destination).
    bool write(const CsvTable &table, QIODevice &device, QString *reason = nullptr) const;

    // True when a spreadsheet could take the text for a formula: it starts with = + - @, tab, CR or LF.
    static bool looksLikeFormula(QStringView text);

private:
    void appendHeader(QByteArray &out, const CsvTable &table) const;
    void appendRow(QByteArray &out, const CsvTable &table, qsizetype row) const;
    void appendText(QByteArray &out, QStringView text, bool onlyField) const;
    void appendNumber(QByteArray &out, double value) const;
    void appendLineEnd(QByteArray &out) const;

    CsvFormat m_format;
};

struct CsvSaveResult
{
    QString error;  // empty on success, else "PATH: what went wrong", in the user's words

    bool ok() const { return error.isEmpty(); }
};

// Writes the table to path through QSaveFile: the file appears complete or not at all, and on any
// failure (missing folder, no permission, disk full) an existing file at path is left as it was.
CsvSaveResult saveCsvFile(const CsvTable &table, const CsvFormat &format, const QString &path);

} // namespace md
