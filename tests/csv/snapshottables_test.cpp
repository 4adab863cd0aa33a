// Tables from snapshots: headers, rows, the several-snapshot form, and the golden files byte for byte.
#include "core/csv/csvwriter.h"
#include "core/csv/snapshottables.h"

#include "csvtestdata.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace md;
using namespace md::test;

namespace {

const CsvTableKind kTables[] = {CsvTableKind::Quotes, CsvTableKind::Indices, CsvTableKind::Movers, CsvTableKind::Comments};

QByteArray exportCsv(const CsvTable &table)
{
    return CsvWriter(csvFormat(CsvPreset::Csv, englishLocale())).toBytes(table);
}

QVector<Snapshot> severalSnapshots()
{
    QVector<Snapshot> snapshots;
    for (const QString &name : severalFixtures())
        snapshots.append(loadFixtureSnapshot(name));
    return snapshots;
}

} // namespace

TEST(SnapshotTables, HeadersAreExactlyTheDocumentedOnes)
{
    EXPECT_EQ(csvHeader(CsvTableKind::Quotes).join(QLatin1Char(',')), QStringLiteral("symbol,price,change,change_percent"));
    EXPECT_EQ(csvHeader(CsvTableKind::Movers).join(QLatin1Char(',')), QStringLiteral("symbol,price,change,change_percent"));
    EXPECT_EQ(csvHeader(CsvTableKind::Indices).join(QLatin1Char(',')), QStringLiteral("name,value,change,change_percent"));
    EXPECT_EQ(csvHeader(CsvTableKind::Comments).join(QLatin1Char(',')), QStringLiteral("author,posted_at,recommended,text"));
    EXPECT_EQ(csvHeader(CsvTableKind::Comments, true).join(QLatin1Char(',')),
              QStringLiteral("source,captured_at,author,posted_at,recommended,text"));
}

TEST(SnapshotTables, TableNamesRoundTripAndUnknownNamesAreRefused)
{
    for (CsvTableKind t : kTables)
        EXPECT_EQ(csvTableFromName(csvTableName(t)), t);
    EXPECT_FALSE(csvTableFromName(u"gainers").has_value());
    EXPECT_EQ(csvTableNames().join(QLatin1Char(' ')), QStringLiteral("quotes indices movers comments ohlcv"));
}

TEST(SnapshotTables, OneSnapshotGivesOneRowPerItemWithoutSourceColumns)
{
    const CsvTable t = tableFromSnapshots(CsvTableKind::Quotes, {loadFixtureSnapshot(singleFixture())});
    ASSERT_EQ(t.rowCount(), 10);
    EXPECT_EQ(t.columnCount(), 4);
    EXPECT_EQ(t.cell(0, 0).text, QStringLiteral("AIRLINK"));
    EXPECT_EQ(t.cell(0, 1).number, 189.64);
    EXPECT_EQ(t.cell(0, 2).number, -7.01);
    EXPECT_EQ(t.cell(0, 3).number, -3.56);
    EXPECT_EQ(t.cell(8, 1).number, 1004.5);
}

TEST(SnapshotTables, MoversFromSnapshotsAreTheQuotes)
{
    const QVector<Snapshot> s = {loadFixtureSnapshot(singleFixture())};
    EXPECT_EQ(exportCsv(tableFromSnapshots(CsvTableKind::Movers, s)), exportCsv(tableFromSnapshots(CsvTableKind::Quotes, s)));
}

TEST(SnapshotTables, SeveralSnapshotsLeadWithSourceAndCaptureTime)
{
    const CsvTable t = tableFromSnapshots(CsvTableKind::Indices, severalSnapshots());
    ASSERT_EQ(t.header().mid(0, 3), (QStringList{QStringLiteral("source"), QStringLiteral("captured_at"), QStringLiteral("name")}));
    ASSERT_EQ(t.rowCount(), 4 + 1 + 1);
    EXPECT_EQ(t.cell(0, 0).text, QStringLiteral("psx-close-2024-12-10.txt"));
    EXPECT_EQ(t.cell(0, 1).text, QStringLiteral("2024-12-10T21:45:00"));  // the newest comment
    EXPECT_EQ(t.cell(4, 0).text, QStringLiteral("encoding-crlf.txt"));
    EXPECT_EQ(t.cell(4, 2).text, QStringLiteral("KSE100"));
    EXPECT_EQ(t.cell(5, 0).text, QStringLiteral("csv-tricky-comments.txt"));
    EXPECT_EQ(t.cell(5, 1).text, QStringLiteral("2024-12-11T11:30:00"));
}

TEST(SnapshotTables, UnknownCaptureTimeIsAnEmptyField)
{
    Snapshot a;
    a.source = QStringLiteral("a.txt");
    a.quotes = {Quote{QStringLiteral("OGDC"), 224.96, 11.93, 5.6}};
    Snapshot b = a;
    b.source = QStringLiteral("b.txt");
    EXPECT_EQ(exportCsv(tableFromSnapshots(CsvTableKind::Quotes, {a, b})),
              QByteArray("source,captured_at,symbol,price,change,change_percent\r\n"
                         "a.txt,,OGDC,224.96,11.93,5.6\r\n"
                         "b.txt,,OGDC,224.96,11.93,5.6\r\n"));
}

TEST(SnapshotTables, FileTimeIsTheLastResortForCaptureTime)
{
    Snapshot a;
    a.source = QStringLiteral("a.txt");
    a.quotes = {Quote{QStringLiteral("OGDC"), 224.96, 11.93, 5.6}};
    SnapshotTableOptions options;
    options.sourceColumns = SnapshotTableOptions::SourceColumns::Always;
    options.fileModified = {QDateTime(QDate(2024, 12, 10), QTime(11, 45), QTimeZone(5 * 3600))};
    const CsvTable t = tableFromSnapshots(CsvTableKind::Quotes, {a}, options);
    ASSERT_EQ(t.columnCount(), 6);
    EXPECT_EQ(t.cell(0, 1).text.left(19), QDateTime(QDate(2024, 12, 10), QTime(6, 45), Qt::UTC).toLocalTime()
                                              .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")));
}

TEST(SnapshotTables, SourceColumnsCanBeForcedOnOrOff)
{
    const QVector<Snapshot> several = severalSnapshots();
    SnapshotTableOptions never;
    never.sourceColumns = SnapshotTableOptions::SourceColumns::Never;
    EXPECT_EQ(tableFromSnapshots(CsvTableKind::Quotes, several, never).columnCount(), 4);
    EXPECT_EQ(tableFromSnapshots(CsvTableKind::Quotes, several, never).rowCount(), 10 + 2 + 3);
}

TEST(SnapshotTables, ASourceThatLooksLikeAFormulaIsGuarded)
{
    Snapshot a;
    a.source = QStringLiteral("=cmd|' /C calc'!A0.txt");
    a.indices = {IndexValue{QStringLiteral("KSE100"), 113247, 609, 0.54}};
    Snapshot b = a;
    b.source = QStringLiteral("plain.txt");
    EXPECT_EQ(exportCsv(tableFromSnapshots(CsvTableKind::Indices, {a, b})),
              QByteArray("source,captured_at,name,value,change,change_percent\r\n"
                         "'=cmd|' /C calc'!A0.txt,,KSE100,113247,609,0.54\r\n"
                         "plain.txt,,KSE100,113247,609,0.54\r\n"));
}

TEST(SnapshotTables, CommentsGuardFormulasAndKeepLineBreaks)
{
    const CsvTable t = tableFromSnapshots(CsvTableKind::Comments, {loadFixtureSnapshot(QStringLiteral("csv-tricky-comments.txt"))});
    EXPECT_EQ(exportCsv(t),
              QByteArray("author,posted_at,recommended,text\r\n"
                         "'@margin_call,2024-12-11T09:15:00,2,\"'=HYPERLINK(\"\"http://example.com/x\"\",\"\"Click here\"\")\"\r\n"
                         "\"Salman, \"\"the optimist\"\"\",2024-12-11T10:02:00,12,\"'-5% tomorrow, mark my words; or +5%, who knows.\n"
                         "Prices: \"\"OGDC\"\" at 226.10; up 0.51%.\"\r\n"
                         "Zo\xC3\xAB,2024-12-11T11:30:00,0,'+1 to that \xF0\x9F\x93\x88\t(tab inside)\r\n"));
}

// Every table in every preset, from the single fixture and from several, against tests/data/golden/.
TEST(SnapshotTables, MatchGoldenFilesByteForByte)
{
    const QVector<Snapshot> one = {loadFixtureSnapshot(singleFixture())};
    const QVector<Snapshot> several = severalSnapshots();
    for (CsvTableKind table : kTables) {
        for (const GoldenVariant &variant : goldenVariants()) {
            const CsvWriter writer(csvFormat(variant.preset, *variant.locale));
            EXPECT_TRUE(matchesGolden(writer.toBytes(tableFromSnapshots(table, one)),
                                      goldenName(QString(), csvTableName(table), variant)));
            EXPECT_TRUE(matchesGolden(writer.toBytes(tableFromSnapshots(table, several)),
                                      goldenName(QStringLiteral("several-"), csvTableName(table), variant)));
        }
    }
}

TEST(SnapshotTables, OhlcvGivesTheSessionAndEmptyFieldsWhereASourceHasNoValue)
{
    EXPECT_EQ(csvHeader(CsvTableKind::Ohlcv).join(QLatin1Char(',')),
              QStringLiteral("date,symbol,open,high,low,close,volume,previous_close"));
    Snapshot board;
    board.kind = SnapshotKind::ClosingRates;
    board.sessionDate = QDate(2021, 12, 31);
    Quote ogdc{QStringLiteral("OGDC"), 86.2, 1.26, 1.48};
    ogdc.open = 84.2;
    ogdc.high = 87.3;
    ogdc.low = 84.15;
    ogdc.volume = 3368560;
    ogdc.previousClose = 84.94;
    Quote eod{QStringLiteral("PPL"), 75.9};
    eod.sessionDate = QDate(2021, 12, 30);  // a row's own session wins
    board.quotes = {ogdc, eod};
    Snapshot news;
    news.capturedAt = Timestamp::fromWallClock(QDate(2024, 12, 10), QTime(16, 45));
    news.quotes = {{QStringLiteral("OGDC"), 224.96, 11.93, 5.6}};
    EXPECT_EQ(exportCsv(tableFromSnapshots(CsvTableKind::Ohlcv, {board}, {})),
              QByteArray("date,symbol,open,high,low,close,volume,previous_close\r\n"
                         "2021-12-31,OGDC,84.2,87.3,84.15,86.2,3368560,84.94\r\n"
                         "2021-12-30,PPL,,,,75.9,,\r\n"));
    EXPECT_EQ(exportCsv(tableFromSnapshots(CsvTableKind::Ohlcv, {news}, {})),
              QByteArray("date,symbol,open,high,low,close,volume,previous_close\r\n"
                         "2024-12-10,OGDC,,,,224.96,,\r\n"));
}
