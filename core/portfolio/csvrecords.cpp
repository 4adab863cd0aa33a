// Splitting a transactions file into RFC 4180 records, field by field.
#include "core/portfolio/csvrecords.h"

#include "core/wording.h"

namespace md {

bool splitCsvRecords(const QString &text, QChar delimiter, QVector<CsvRecord> *records, int *badLine, QString *reason)
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    int line = 1;
    while (i < n) {
        CsvRecord record;
        record.line = line;
        bool endOfRecord = false;
        while (!endOfRecord) {
            QString field;
            if (i < n && text[i] == QLatin1Char('"')) {
                ++i;
                bool closed = false;
                while (i < n) {
                    const QChar c = text[i];
                    if (c == QLatin1Char('"')) {
                        if (i + 1 < n && text[i + 1] == QLatin1Char('"')) {
                            field += c;
                            i += 2;
                            continue;
                        }
                        closed = true;
                        ++i;
                        break;
                    }
                    if (c == QLatin1Char('\n'))
                        ++line;
                    field += c;
                    ++i;
                }
                if (!closed) {
                    *badLine = record.line;
                    *reason = tr("a quoted field is never closed");
                    return false;
                }
                if (i < n && text[i] != delimiter && text[i] != QLatin1Char('\r') && text[i] != QLatin1Char('\n')) {
                    *badLine = line;
                    *reason = tr("text follows a closing quote");
                    return false;
                }
            } else {
                while (i < n && text[i] != delimiter && text[i] != QLatin1Char('\r') && text[i] != QLatin1Char('\n')) {
                    if (text[i] == QLatin1Char('"')) {
                        *badLine = line;
                        *reason = tr("a quote inside an unquoted field");
                        return false;
                    }
                    field += text[i++];
                }
            }
            record.fields.append(field);
            if (i < n && text[i] == delimiter) {
                ++i;
                continue;
            }
            // end of line or of text
            if (i < n && text[i] == QLatin1Char('\r'))
                ++i;
            if (i < n && text[i] == QLatin1Char('\n'))
                ++i;
            ++line;
            endOfRecord = true;
        }
        const bool blank = record.fields.size() == 1 && record.fields.first().trimmed().isEmpty();
        if (!blank)
            records->append(record);
    }
    return true;
}

} // namespace md
