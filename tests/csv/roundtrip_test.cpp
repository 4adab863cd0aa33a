// Thousands of generated rows written and read back by the strict reader: exact text, exact numbers, no formulas.
#include "core/csv/csvwriter.h"

#include "csvtestdata.h"
#include "strictcsvreader.h"

#include <QRandomGenerator>

#include <gtest/gtest.h>

#include <cmath>

using namespace md;
using namespace md::test;

namespace {

// Columns of the generated table: text, number, text, number, text.
const QStringList kHeader = {QStringLiteral("symbol"), QStringLiteral("price"), QStringLiteral("comment"),
                             QStringLiteral("change"), QStringLiteral("author")};
bool isTextColumn(int c)
{
    return c % 2 == 0;
}

// Pieces chosen to break writers: delimiters, quotes, line breaks of every kind, formula starters, and
// characters of one, two, three and four UTF-8 bytes.
const QStringList kPieces = {
    QStringLiteral(","), QStringLiteral(";"), QStringLiteral("\""), QStringLiteral("\"\""), QStringLiteral("\r"),
    QStringLiteral("\n"), QStringLiteral("\r\n"), QStringLiteral("\t"), QStringLiteral("="), QStringLiteral("+"),
    QStringLiteral("-"), QStringLiteral("@"), QStringLiteral("'"), QStringLiteral(" "), QStringLiteral("OGDC"),
    QStringLiteral("a"), QStringLiteral("Z9"), QString::fromUtf8("é"), QString::fromUtf8("€"), QString::fromUtf8("ß"),
    QString::fromUtf8("日本"), QString::fromUtf8("📈"), QString::fromUtf8("ـ"), QStringLiteral("\\"),
};
const QString kDangerous = QStringLiteral("=+-@\t\r\n");

QString randomText(QRandomGenerator &rng, bool dangerousStart)
{
    QString text;
    if (dangerousStart)
        text += kDangerous[int(rng.bounded(kDangerous.size()))];
    const int pieces = int(rng.bounded(9));
    for (int i = 0; i < pieces; ++i)
        text += kPieces[int(rng.bounded(kPieces.size()))];
    return text;
}

double randomNumber(QRandomGenerator &rng)
{
    switch (rng.bounded(6)) {
    case 0: return double(qint64(rng.bounded(2000000)) - 1000000);               // integers
    case 1: return std::round((rng.generateDouble() - 0.5) * 200000) / 100;      // prices, two decimals
    case 2: return (rng.generateDouble() - 0.5) * std::pow(10.0, int(rng.bounded(40)) - 20);  // any magnitude
    case 3: return std::round((rng.generateDouble() - 0.5) * 2000) / 100;        // percentages
    case 4: return 0.0;
    default: return rng.generateDouble();
    }
}

struct Generated
{
    CsvTable table{kHeader};
    QVector<QString> texts;    // by row * columns + column, for text columns
    QVector<double> numbers;   // likewise, for number columns
};

Generated generate(int rows, quint32 seed, int dangerousPercent)
{
    QRandomGenerator rng(seed);
    Generated g;
    g.texts.resize(rows * kHeader.size());
    g.numbers.resize(rows * kHeader.size());
    g.table.reserveRows(rows);
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < kHeader.size(); ++c) {
            const int at = r * int(kHeader.size()) + c;
            if (isTextColumn(c)) {
                g.texts[at] = randomText(rng, int(rng.bounded(100)) < dangerousPercent);
                g.table.addText(g.texts[at]);
            } else {
                g.numbers[at] = randomNumber(rng);
                g.table.addNumber(g.numbers[at]);
            }
        }
    }
    return g;
}

QString guarded(const QString &text)
{
    return CsvWriter::looksLikeFormula(text) ? QLatin1Char('\'') + text : text;
}

QString flattenedForTsv(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String(" "));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    return text;
}

double readNumber(const QString &field)
{
    EXPECT_FALSE(field.contains(QLatin1Char('e')) || field.contains(QLatin1Char('E'))) << field.toStdString();
    bool ok = false;
    const double v = field.toDouble(&ok);
    EXPECT_TRUE(ok) << field.toStdString();
    return v;
}

// Reads the bytes of a preset back and checks every field against what was generated.
void expectRoundTrip(const Generated &g, CsvPreset preset, const QLocale &locale)
{
    const CsvFormat format = csvFormat(preset, locale);
    QByteArray bytes = CsvWriter(format).toBytes(g.table);
    if (format.byteOrderMark) {
        ASSERT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
        bytes.remove(0, 3);
    }
    const ReadResult read = preset == CsvPreset::Tsv ? readTsv(bytes) : readRfc4180(bytes, format.delimiter);
    ASSERT_TRUE(read.ok()) << read.error.toStdString();
    ASSERT_EQ(read.records.size(), g.table.rowCount() + 1);
    EXPECT_EQ(read.records[0], kHeader);
    const int columns = int(kHeader.size());
    for (qsizetype r = 0; r < g.table.rowCount(); ++r) {
        const QStringList &record = read.records[r + 1];
        for (int c = 0; c < columns; ++c) {
            const qsizetype at = r * columns + c;
            if (isTextColumn(c)) {
                const QString expected = preset == CsvPreset::Tsv ? flattenedForTsv(guarded(g.texts[at])) : guarded(g.texts[at]);
                ASSERT_EQ(record[c], expected) << "row " << r << " column " << c;
            } else {
                ASSERT_EQ(readNumber(record[c]), g.numbers[at])
                    << "row " << r << " column " << c << ": " << record[c].toStdString();
            }
        }
    }
}

} // namespace

TEST(CsvRoundTrip, GeneratedRowsReadBackExactlyThroughAStrictRfc4180Reader)
{
    const Generated g = generate(5000, 4180, 30);
    expectRoundTrip(g, CsvPreset::Csv, englishLocale());
}

TEST(CsvRoundTrip, ExcelPresetWithSemicolonsReadsBackExactly)
{
    const Generated g = generate(5000, 1252, 30);
    expectRoundTrip(g, CsvPreset::Excel, germanLocale());
    expectRoundTrip(g, CsvPreset::Excel, englishLocale());
}

TEST(CsvRoundTrip, TsvReadsBackWithTabsAndLineBreaksAsSpaces)
{
    const Generated g = generate(5000, 9, 30);
    expectRoundTrip(g, CsvPreset::Tsv, englishLocale());
}

TEST(CsvRoundTrip, GeneratedTextCoversEveryTrickyCase)
{
    // The generator must actually produce what the round trip claims to test.
    const Generated g = generate(5000, 4180, 30);
    int quotes = 0, crs = 0, lfs = 0, commas = 0, astral = 0, dangerous = 0;
    for (const QString &t : g.texts) {
        quotes += t.contains(QLatin1Char('"'));
        crs += t.contains(QLatin1Char('\r'));
        lfs += t.contains(QLatin1Char('\n'));
        commas += t.contains(QLatin1Char(','));
        astral += t.contains(QString::fromUtf8("📈"));
        dangerous += CsvWriter::looksLikeFormula(t);
    }
    EXPECT_GT(quotes, 1000);
    EXPECT_GT(crs, 1000);
    EXPECT_GT(lfs, 1000);
    EXPECT_GT(commas, 1000);
    EXPECT_GT(astral, 500);
    EXPECT_GT(dangerous, 4000);
}

// A large random table whose text mostly starts with = + - @ tab CR LF: once read back, no text field
// starts with one of them, in any preset; numbers are never prefixed, negative or not.
TEST(CsvRoundTrip, NoTextFieldOfALargeRandomTableStartsLikeAFormula)
{
    const Generated g = generate(40000, 20241210, 90);
    for (const GoldenVariant &variant : goldenVariants()) {
        const CsvFormat format = csvFormat(variant.preset, *variant.locale);
        QByteArray bytes = CsvWriter(format).toBytes(g.table);
        if (format.byteOrderMark)
            bytes.remove(0, 3);
        const ReadResult read = variant.preset == CsvPreset::Tsv ? readTsv(bytes) : readRfc4180(bytes, format.delimiter);
        ASSERT_TRUE(read.ok()) << variant.name << ": " << read.error.toStdString();
        ASSERT_EQ(read.records.size(), 40001);
        qsizetype negativeNumbers = 0;
        for (qsizetype r = 1; r < read.records.size(); ++r) {
            for (int c = 0; c < kHeader.size(); ++c) {
                const QString &field = read.records[r][c];
                if (isTextColumn(c)) {
                    ASSERT_FALSE(!field.isEmpty() && kDangerous.contains(field.front()))
                        << variant.name << " row " << r << ": " << field.toStdString();
                } else {
                    ASSERT_FALSE(field.startsWith(QLatin1Char('\''))) << field.toStdString();
                    negativeNumbers += field.startsWith(QLatin1Char('-'));
                }
            }
        }
        EXPECT_GT(negativeNumbers, 10000) << "negative numbers must stay numbers";
    }
}
