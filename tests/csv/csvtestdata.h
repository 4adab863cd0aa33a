// Shared helpers of csv_tests: fixtures as snapshots, golden files, fixed locales.
#pragma once

#include "core/csv/csvformat.h"
#include "core/load/snapshotloader.h"

#include "../core/fixtures.h"
#include "../core/testdata.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <gtest/gtest.h>

namespace md::test {

inline const QLocale &englishLocale()
{
    static const QLocale locale(QLocale::English, QLocale::UnitedStates);
    return locale;
}

inline const QLocale &germanLocale()
{
    static const QLocale locale(QLocale::German, QLocale::Germany);
    return locale;
}

// The text fixtures the golden files are made from: one snapshot, and several for the time-series form.
inline const QString &singleFixture()
{
    static const QString name = QStringLiteral("psx-close-2024-12-10.txt");
    return name;
}

inline QStringList severalFixtures()
{
    return {QStringLiteral("psx-close-2024-12-10.txt"), QStringLiteral("encoding-crlf.txt"),
            QStringLiteral("csv-tricky-comments.txt")};
}

// Loads a fixture; its source is the bare file name, as the command line shows a relative path.
inline Snapshot loadFixtureSnapshot(const QString &name)
{
    Snapshot s = loadFixture(name);
    s.source = name;
    return s;
}

inline QString goldenPath(const QString &name)
{
    return dataPath(QStringLiteral("golden/") + name);
}

// Compares bytes with a golden file, byte for byte. MARKETDESK_UPDATE_GOLDEN=1 rewrites the file instead
// (review the diff before committing it).
inline ::testing::AssertionResult matchesGolden(const QByteArray &actual, const QString &name)
{
    const QString path = goldenPath(name);
    if (qEnvironmentVariableIntValue("MARKETDESK_UPDATE_GOLDEN") == 1) {
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(actual) != actual.size())
            return ::testing::AssertionFailure() << "cannot update " << path.toStdString();
        return ::testing::AssertionSuccess();
    }
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return ::testing::AssertionFailure() << "missing golden file " << path.toStdString();
    const QByteArray expected = in.readAll();
    if (expected == actual)
        return ::testing::AssertionSuccess();
    qsizetype at = 0;
    while (at < expected.size() && at < actual.size() && expected[at] == actual[at])
        ++at;
    return ::testing::AssertionFailure()
        << name.toStdString() << " differs at byte " << at << " (expected " << expected.size() << " bytes, got "
        << actual.size() << ")\nexpected: " << expected.mid(at, 60).toStdString()
        << "\nactual:   " << actual.mid(at, 60).toStdString();
}

// A golden file's name: quotes-csv.csv, indices-excel-de.csv, comments-tsv.tsv, several-quotes-csv.csv.
struct GoldenVariant
{
    const char *name;
    CsvPreset preset;
    const QLocale *locale;
};

inline QVector<GoldenVariant> goldenVariants()
{
    return {{"csv", CsvPreset::Csv, &englishLocale()},
            {"excel-en", CsvPreset::Excel, &englishLocale()},
            {"excel-de", CsvPreset::Excel, &germanLocale()},
            {"tsv", CsvPreset::Tsv, &englishLocale()}};
}

inline QString goldenName(const QString &prefix, const QString &table, const GoldenVariant &variant)
{
    const QString suffix = csvPresetSuffix(variant.preset);
    return QStringLiteral("%1%2-%3.%4").arg(prefix, table, QLatin1String(variant.name), suffix);
}

} // namespace md::test
