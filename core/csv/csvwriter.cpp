// The CSV writer: quoting, formula guards, locale-independent numbers, chunked and atomic output.
#include "core/csv/csvwriter.h"

#include "core/wording.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QIODevice>
#include <QSaveFile>

#include <charconv>
#include <cmath>

namespace md {
namespace {

// Output is handed to the device in chunks of about this size, so memory stays flat for big tables.
constexpr qsizetype kChunkBytes = 1 << 20;

// Room for a UTF-16 text written as UTF-8 with every character doubled or widened, plus "'" and quotes.
qsizetype worstCaseBytes(qsizetype utf16Units)
{
    return 3 * utf16Units + 3;
}

char *putUtf8(char *p, char32_t c)
{
    if (c < 0x80) {
        *p++ = char(c);
    } else if (c < 0x800) {
        *p++ = char(0xC0 | (c >> 6));
        *p++ = char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        *p++ = char(0xE0 | (c >> 12));
        *p++ = char(0x80 | ((c >> 6) & 0x3F));
        *p++ = char(0x80 | (c & 0x3F));
    } else {
        *p++ = char(0xF0 | (c >> 18));
        *p++ = char(0x80 | ((c >> 12) & 0x3F));
        *p++ = char(0x80 | ((c >> 6) & 0x3F));
        *p++ = char(0x80 | (c & 0x3F));
    }
    return p;
}

} // namespace

CsvWriter::CsvWriter(const CsvFormat &format)
    : m_format(format)
{
}

bool CsvWriter::looksLikeFormula(QStringView text)
{
    if (text.isEmpty())
        return false;
    switch (text.front().unicode()) {
    case u'=': case u'+': case u'-': case u'@': case u'\t': case u'\r': case u'\n':
        return true;
    default:
        return false;
    }
}

void CsvWriter::appendText(QByteArray &out, QStringView text, bool onlyField) const
{
    const char16_t *units = reinterpret_cast<const char16_t *>(text.utf16());
    const qsizetype n = text.size();
    const char16_t delimiter = char16_t(m_format.delimiter);

    bool quote = false;
    if (m_format.quoting) {
        for (qsizetype i = 0; i < n && !quote; ++i) {
            const char16_t c = units[i];
            quote = c == delimiter || c == u'"' || c == u'\r' || c == u'\n';
        }
        // A record holding a single empty field would read back as a blank line.
        quote = quote || (onlyField && n == 0);
    }

    const qsizetype start = out.size();
    out.resize(start + worstCaseBytes(n));
    char *const begin = out.data() + start;
    char *p = begin;
    if (quote)
        *p++ = '"';
    if (looksLikeFormula(text))
        *p++ = '\'';
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = units[i];
        if (c < 0x80) {
            if (c == u'"' && quote) {
                *p++ = '"';
                *p++ = '"';
            } else if (!m_format.quoting && (c == u'\t' || c == u'\r' || c == u'\n')) {
                // TSV has no quoting: a tab or line break (CR LF counts as one) becomes a space.
                if (c == u'\r' && i + 1 < n && units[i + 1] == u'\n')
                    ++i;
                *p++ = ' ';
            } else {
                *p++ = char(c);
            }
        } else if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(units[i + 1])) {
            p = putUtf8(p, QChar::surrogateToUcs4(c, units[i + 1]));
            ++i;
        } else if (QChar::isSurrogate(c)) {
            p = putUtf8(p, 0xFFFD);  // a lone surrogate half has no UTF-8 form
        } else {
            p = putUtf8(p, c);
        }
    }
    if (quote)
        *p++ = '"';
    out.resize(start + (p - begin));
}

void CsvWriter::appendNumber(QByteArray &out, double value) const
{
    if (value == 0.0)
        value = 0.0;  // "-0" would surprise everyone
#if defined(__cpp_lib_to_chars) && __cpp_lib_to_chars >= 201611L
    // Fixed notation of a double is at most 309 integer digits or 324 decimals, plus sign and point.
    char buffer[400];
    const std::to_chars_result r = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed);
    out.append(buffer, r.ptr - buffer);
#else
    out += QByteArray::number(value, 'f', QLocale::FloatingPointShortest);
#endif
}

void CsvWriter::appendLineEnd(QByteArray &out) const
{
    if (m_format.crlf)
        out += '\r';
    out += '\n';
}

void CsvWriter::appendHeader(QByteArray &out, const CsvTable &table) const
{
    const QStringList &header = table.header();
    for (qsizetype c = 0; c < header.size(); ++c) {
        if (c > 0)
            out += m_format.delimiter;
        appendText(out, header[c], header.size() == 1);
    }
    appendLineEnd(out);
}

void CsvWriter::appendRow(QByteArray &out, const CsvTable &table, qsizetype row) const
{
    const int columns = table.columnCount();
    for (int c = 0; c < columns; ++c) {
        if (c > 0)
            out += m_format.delimiter;
        const CsvTable::Cell &cell = table.cell(row, c);
        switch (cell.kind) {
        case CsvTable::Cell::Kind::Text:
            appendText(out, cell.text, columns == 1);
            break;
        case CsvTable::Cell::Kind::Number:
            if (std::isfinite(cell.number)) {
                appendNumber(out, cell.number);
                break;
            }
            Q_FALLTHROUGH();  // an unknown number is an empty field
        case CsvTable::Cell::Kind::Empty:
            if (columns == 1)
                appendText(out, QStringView(), true);
            break;
        }
    }
    appendLineEnd(out);
}

QByteArray CsvWriter::toBytes(const CsvTable &table) const
{
    QByteArray out;
    out.reserve(64 + table.rowCount() * table.columnCount() * 12);
    if (m_format.byteOrderMark)
        out += "\xEF\xBB\xBF";
    if (table.columnCount() == 0)
        return out;
    appendHeader(out, table);
    const qsizetype rows = table.rowCount();
    for (qsizetype r = 0; r < rows; ++r)
        appendRow(out, table, r);
    return out;
}

bool CsvWriter::write(const CsvTable &table, QIODevice &device, QString *reason) const
{
    QByteArray chunk;
    chunk.reserve(kChunkBytes + 64 * 1024);
    auto flush = [&]() {
        // A write may be cut short (the disk filled up mid-chunk) without an error yet: writing the rest
        // then fails with the system's reason.
        const char *data = chunk.constData();
        qint64 left = chunk.size();
        while (left > 0) {
            const qint64 written = device.write(data, left);
            if (written <= 0) {
                if (reason)
                    *reason = device.errorString();
                return false;
            }
            data += written;
            left -= written;
        }
        chunk.resize(0);
        return true;
    };

    if (m_format.byteOrderMark)
        chunk += "\xEF\xBB\xBF";
    if (table.columnCount() > 0) {
        appendHeader(chunk, table);
        const qsizetype rows = table.rowCount();
        for (qsizetype r = 0; r < rows; ++r) {
            appendRow(chunk, table, r);
            if (chunk.size() >= kChunkBytes && !flush())
                return false;
        }
    }
    return flush();
}

CsvSaveResult saveCsvFile(const CsvTable &table, const CsvFormat &format, const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    auto failure = [&](const QString &reason) { return CsvSaveResult{QStringLiteral("%1: %2").arg(shown, reason)}; };

    const QFileInfo target(path);
    if (target.isDir())
        return failure(tr("this is a folder; choose a file name to export to"));
    // Name the usual causes in words before QSaveFile's terser system messages.
    const QFileInfo folder(target.absolutePath());
    if (!folder.exists())
        return failure(tr("cannot be written, the folder %1 does not exist").arg(QDir::toNativeSeparators(folder.filePath())));
    if (!folder.isDir())
        return failure(tr("cannot be written, %1 is a file, not a folder").arg(QDir::toNativeSeparators(folder.filePath())));

    const QString kept = target.exists() ? tr("; the existing file was left unchanged") : QString();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(tr("cannot be written (%1)").arg(file.errorString()) + kept);
    QString reason;
    if (!CsvWriter(format).write(table, file, &reason)) {
        file.cancelWriting();
        return failure(tr("cannot be written (%1)").arg(reason) + kept);
    }
    // The last bytes wait in the device's buffer: write them out here, where a failure (a full disk) is seen.
    // QSaveFile::commit() flushes too, but in Qt 6.4 it ignores a failed flush and renames a cut-short file
    // into place.
    if (!file.flush()) {
        const QString flushReason = file.errorString();
        file.cancelWriting();
        return failure(tr("cannot be written (%1)").arg(flushReason) + kept);
    }
    if (!file.commit())
        return failure(tr("cannot be written (%1)").arg(file.errorString()) + kept);
    return {};
}

} // namespace md
