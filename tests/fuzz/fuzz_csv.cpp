// Fuzz target "csv": arbitrary cells written with every preset read back exactly through the strict test reader.
#include "core/csv/csvwriter.h"
#include "tests/csv/strictcsvreader.h"
#include "tests/fuzz/fuzztarget.h"

#include <QLocale>

#include <cmath>
#include <cstring>

MD_FUZZ_TARGET(csv)
{
    if (size < 2)
        return 0;
    // Byte 0: column count (1..4) and which columns are numbers; the rest: cells separated by 0x1F. A number
    // cell takes 8 bytes of its text as a double.
    const int columns = 1 + (data[0] & 3);
    const unsigned numberMask = (data[0] >> 2) & 0xF;
    const QByteArray body(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const QList<QByteArray> parts = body.split('\x1f');

    QStringList header;
    for (int c = 0; c < columns; ++c)
        header.append(QStringLiteral("c%1").arg(c));
    md::CsvTable table(header);
    QVector<QString> texts;
    QVector<double> numbers;
    const qsizetype cellCount = parts.size() - parts.size() % columns;
    for (qsizetype i = 0; i < cellCount; ++i) {
        const int column = int(i % columns);
        if (numberMask & (1u << column)) {
            double v = 0;
            std::memcpy(&v, parts[i].leftJustified(8, '\0').constData(), sizeof v);
            if (!std::isfinite(v))
                v = 0;
            table.addNumber(v);
            numbers.append(v);
        } else {
            const QString text = QString::fromUtf8(parts[i]);
            table.addText(text);
            texts.append(text);
        }
    }
    if (table.rowCount() == 0)
        return 0;

    for (const md::CsvPreset preset : {md::CsvPreset::Csv, md::CsvPreset::Excel}) {
        const md::CsvFormat format = md::csvFormat(preset, QLocale(QLocale::German, QLocale::Germany));
        QByteArray bytes = md::CsvWriter(format).toBytes(table);
        if (format.byteOrderMark) {
            MD_FUZZ_CHECK(bytes.startsWith("\xEF\xBB\xBF"));
            bytes.remove(0, 3);
        }
        const md::test::ReadResult read = md::test::readRfc4180(bytes, format.delimiter);
        MD_FUZZ_CHECK(read.ok());
        MD_FUZZ_CHECK(read.records.size() == table.rowCount() + 1);
        qsizetype t = 0, n = 0;
        for (qsizetype r = 0; r < table.rowCount(); ++r) {
            for (int c = 0; c < columns; ++c) {
                const QString &field = read.records[r + 1][c];
                if (numberMask & (1u << c)) {
                    bool ok = false;
                    MD_FUZZ_CHECK(field.toDouble(&ok) == numbers[n++] && ok);
                } else {
                    // A text cell never reaches a spreadsheet as a formula, and otherwise reads back exactly.
                    MD_FUZZ_CHECK(!md::CsvWriter::looksLikeFormula(field) || field.isEmpty());
                    const QString &original = texts[t++];
                    MD_FUZZ_CHECK(field == (md::CsvWriter::looksLikeFormula(original) ? QLatin1Char('\'') + original : original));
                }
            }
        }
    }
    return 0;
}
