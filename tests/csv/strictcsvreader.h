// An independent, strict reader of delimited text for the tests: RFC 4180 records, or plain TSV lines.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

namespace md::test {

using Records = QVector<QStringList>;

struct ReadResult
{
    Records records;
    QString error;  // the first violation, with its byte offset; empty when the input is well formed

    bool ok() const { return error.isEmpty(); }
};

// RFC 4180, strictly: records end in CR LF (the last one too, as the writer promises); a field is either
// unquoted, holding no delimiter, '"', CR or LF, or wholly quoted, with '"' doubled inside; nothing may
// follow a closing quote but a delimiter or CR LF; every record has as many fields as the first. TEXTDATA is
// widened from printable ASCII to any other valid UTF-8, as RFC 7111 and every spreadsheet allow.
// With requireMinimalQuoting, a quoted field must need its quotes (or be the empty only field of a record).
inline ReadResult readRfc4180(const QByteArray &bytes, char delimiter = ',', bool requireMinimalQuoting = true)
{
    ReadResult result;
    const QString text = QString::fromUtf8(bytes);
    if (text.toUtf8() != bytes) {
        result.error = QStringLiteral("not valid UTF-8");
        return result;
    }
    const QChar sep = QLatin1Char(delimiter);
    const qsizetype n = text.size();
    auto fail = [&](qsizetype at, const char *what) {
        result.error = QStringLiteral("at %1: %2").arg(at).arg(QLatin1String(what));
        result.records.clear();
        return result;
    };

    qsizetype i = 0;
    QStringList record;
    while (i < n) {
        QString field;
        if (text[i] == QLatin1Char('"')) {
            const qsizetype open = i++;
            bool closed = false;
            bool needed = false;
            while (i < n) {
                const QChar c = text[i];
                if (c == QLatin1Char('"')) {
                    if (i + 1 < n && text[i + 1] == QLatin1Char('"')) {
                        field += c;
                        needed = true;
                        i += 2;
                        continue;
                    }
                    closed = true;
                    ++i;
                    break;
                }
                if (c == sep || c == QLatin1Char('\r') || c == QLatin1Char('\n'))
                    needed = true;
                field += c;
                ++i;
            }
            if (!closed)
                return fail(open, "quoted field never closed");
            if (requireMinimalQuoting && !needed && !field.isEmpty())
                return fail(open, "field quoted without need");
            if (i < n && text[i] != sep && text[i] != QLatin1Char('\r'))
                return fail(i, "text after a closing quote");
        } else {
            while (i < n && text[i] != sep && text[i] != QLatin1Char('\r') && text[i] != QLatin1Char('\n')) {
                if (text[i] == QLatin1Char('"'))
                    return fail(i, "quote inside an unquoted field");
                field += text[i++];
            }
        }
        record.append(field);
        if (i >= n)
            return fail(i, "last record does not end in CR LF");
        if (text[i] == sep) {
            ++i;
            if (i >= n)
                return fail(i, "file ends after a delimiter");
            continue;
        }
        if (text[i] == QLatin1Char('\n'))
            return fail(i, "bare LF outside quotes");
        // CR: must be CR LF
        if (i + 1 >= n || text[i + 1] != QLatin1Char('\n'))
            return fail(i, "bare CR outside quotes");
        i += 2;
        if (!result.records.isEmpty() && record.size() != result.records.first().size())
            return fail(i, "record with a different number of fields");
        result.records.append(record);
        record.clear();
    }
    return result;
}

// Tab-separated values as the TSV preset promises: LF-terminated lines, fields split at tabs, no quoting,
// no CR anywhere, the same number of fields on every line.
inline ReadResult readTsv(const QByteArray &bytes)
{
    ReadResult result;
    const QString text = QString::fromUtf8(bytes);
    if (text.toUtf8() != bytes) {
        result.error = QStringLiteral("not valid UTF-8");
        return result;
    }
    if (text.contains(QLatin1Char('\r'))) {
        result.error = QStringLiteral("CR in TSV");
        return result;
    }
    if (!text.isEmpty() && !text.endsWith(QLatin1Char('\n'))) {
        result.error = QStringLiteral("last line does not end in LF");
        return result;
    }
    QStringList lines = text.split(QLatin1Char('\n'));
    lines.removeLast();
    for (const QString &line : lines) {
        const QStringList fields = line.split(QLatin1Char('\t'));
        if (!result.records.isEmpty() && fields.size() != result.records.first().size()) {
            result.error = QStringLiteral("line %1 has a different number of fields").arg(result.records.size() + 1);
            result.records.clear();
            return result;
        }
        result.records.append(fields);
    }
    return result;
}

} // namespace md::test
