// RFC 4180 records of a transactions file, split strictly (our own CSV and Portfolio Performance's export).
#pragma once

#include <QChar>
#include <QString>
#include <QStringList>
#include <QVector>

namespace md {

struct CsvRecord
{
    int line = 0;  // the line the record starts on (1-based)
    QStringList fields;
};

// Splits text into records separated by delimiter (',' or ';'). A quoted field may hold delimiters, doubled
// quotes and line breaks; text after a closing quote, or a quote inside an unquoted field, is an error naming
// its line. Blank lines are skipped.
bool splitCsvRecords(const QString &text, QChar delimiter, QVector<CsvRecord> *records, int *badLine, QString *reason);

} // namespace md
