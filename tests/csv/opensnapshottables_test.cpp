// The window's export tables: the current snapshot, every open snapshot as a time series, a view's rows.
#include "core/csv/csvwriter.h"
#include "core/csv/opensnapshottables.h"
#include "core/models/moversproxymodel.h"
#include "core/models/quotesmodel.h"
#include "core/models/snapshotcollection.h"
#include "csvtestdata.h"

using namespace md;
using namespace md::test;

namespace {

QByteArray csvBytes(const CsvTable &table)
{
    return CsvWriter(csvFormat(CsvPreset::Csv, englishLocale())).toBytes(table);
}

// Three fixtures open: 10 Dec 17:00 (encoding-crlf), 10 Dec 21:45 (psx-close), 11 Dec 11:30 (csv-tricky).
class OpenSnapshotTablesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        for (const QString &name : severalFixtures()) {
            OpenedSnapshot opened;
            opened.snapshot = loadFixtureSnapshot(name);
            opened.key = name;
            collection.add(opened);
        }
        collection.setCurrentRow(collection.rowOfKey(singleFixture()));
    }

    SnapshotCollection collection;
};

} // namespace

TEST_F(OpenSnapshotTablesTest, TheCurrentSnapshotIsExportedAsTheCommandLineExportsOneFile)
{
    const QByteArray bytes = csvBytes(openSnapshotsTable(collection, CsvTableKind::Indices, SnapshotScope::Current));
    QFile golden(goldenPath(QStringLiteral("indices-csv.csv")));
    ASSERT_TRUE(golden.open(QIODevice::ReadOnly));
    EXPECT_EQ(bytes, golden.readAll());
}

TEST_F(OpenSnapshotTablesTest, AllOpenSnapshotsAreOneTimeSeriesOldestFirstWithSourceColumns)
{
    const QByteArray bytes = csvBytes(openSnapshotsTable(collection, CsvTableKind::Indices, SnapshotScope::AllOpen));
    EXPECT_EQ(bytes, QByteArray("source,captured_at,name,value,change,change_percent\r\n"
                                "encoding-crlf.txt,2024-12-10T17:00:00,KSE100,113247,609,0.54\r\n"
                                "psx-close-2024-12-10.txt,2024-12-10T21:45:00,BR100,11814,90.4,0.77\r\n"
                                "psx-close-2024-12-10.txt,2024-12-10T21:45:00,BR30,36234,874.6,2.47\r\n"
                                "psx-close-2024-12-10.txt,2024-12-10T21:45:00,KSE100,113247,609,0.54\r\n"
                                "psx-close-2024-12-10.txt,2024-12-10T21:45:00,KSE30,35712,253.6,0.72\r\n"
                                "csv-tricky-comments.txt,2024-12-11T11:30:00,KSE100,114102,855.1,0.75\r\n"));
}

TEST_F(OpenSnapshotTablesTest, OneOpenSnapshotAsATimeSeriesStillHasTheSourceColumns)
{
    SnapshotCollection one;
    OpenedSnapshot opened;
    opened.snapshot = loadFixtureSnapshot(singleFixture());
    opened.key = singleFixture();
    one.add(opened);
    one.setCurrentRow(0);
    const CsvTable table = openSnapshotsTable(one, CsvTableKind::Quotes, SnapshotScope::AllOpen);
    EXPECT_EQ(table.header(), csvHeader(CsvTableKind::Quotes, true));
    EXPECT_EQ(table.rowCount(), 10);
}

TEST_F(OpenSnapshotTablesTest, NothingOpenGivesTheHeaderOnly)
{
    SnapshotCollection none;
    EXPECT_EQ(csvBytes(openSnapshotsTable(none, CsvTableKind::Comments, SnapshotScope::Current)),
              QByteArray("author,posted_at,recommended,text\r\n"));
}

TEST_F(OpenSnapshotTablesTest, MoversAreTheProxysRowsInItsOrder)
{
    QuotesModel quotes;
    quotes.setQuotes(collection.snapshotAt(collection.currentRow()).quotes);
    MoversProxyModel proxy;
    proxy.setSourceModel(&quotes);
    proxy.setDirection(MoversProxyModel::Direction::Losers);
    proxy.sort(1, Qt::AscendingOrder);  // price
    EXPECT_EQ(csvBytes(moversTable(proxy)), QByteArray("symbol,price,change,change_percent\r\n"
                                                       "SILK,0.99,-0.01,-1\r\n"
                                                       "BOP,10.09,-0.05,-0.49\r\n"
                                                       "TRG,62.65,-1.71,-2.66\r\n"
                                                       "AIRLINK,189.64,-7.01,-3.56\r\n"));
}

TEST_F(OpenSnapshotTablesTest, MoversOfABoardAreTheMostActiveOrTheWatchlistAsShown)
{
    // A board's quotes carry volume, previous close and sector; the movers table keeps its four columns.
    QVector<Quote> board;
    const char *symbols[] = {"LUCK", "OGDC", "HBL", "PSO"};
    const qint64 volumes[] = {500, 9000, 100, 4000};
    for (int i = 0; i < 4; ++i) {
        Quote q(QString::fromLatin1(symbols[i]), 100.0 + i, i - 1.5, (i - 1.5) / 100.0);
        q.volume = volumes[i];
        q.previousClose = q.price - q.change;
        q.sector = QStringLiteral("CEMENT");
        board.append(q);
    }
    QuotesModel quotes;
    quotes.setQuotes(board);
    MoversProxyModel proxy;
    proxy.setSourceModel(&quotes);
    proxy.setMostActiveCount(2);
    proxy.setDirection(MoversProxyModel::Direction::MostActive);
    proxy.sort(QuotesModel::VolumeColumn, Qt::DescendingOrder);
    EXPECT_EQ(csvBytes(moversTable(proxy)), QByteArray("symbol,price,change,change_percent\r\n"
                                                       "OGDC,101,-0.5,-0.005\r\n"
                                                       "PSO,103,1.5,0.015\r\n"));
    proxy.setWatchedNames({QStringLiteral("HBL"), QStringLiteral("LUCK")});
    proxy.setDirection(MoversProxyModel::Direction::Watchlist);
    EXPECT_EQ(csvBytes(moversTable(proxy)), QByteArray("symbol,price,change,change_percent\r\n"
                                                       "LUCK,100,-1.5,-0.015\r\n"
                                                       "HBL,102,0.5,0.005\r\n"));
}

TEST_F(OpenSnapshotTablesTest, SuggestsFileNamesFromTheTableAndTheCaptureDates)
{
    EXPECT_EQ(suggestedExportName(collection, CsvTableKind::Indices, SnapshotScope::Current),
              QStringLiteral("indices-2024-12-10"));
    EXPECT_EQ(suggestedExportName(collection, CsvTableKind::Quotes, SnapshotScope::AllOpen),
              QStringLiteral("quotes-2024-12-10-to-2024-12-11"));
    // Movers are always the current snapshot's rows.
    EXPECT_EQ(suggestedExportName(collection, CsvTableKind::Movers, SnapshotScope::AllOpen),
              QStringLiteral("movers-2024-12-10"));
    EXPECT_EQ(suggestedExportName(SnapshotCollection(), CsvTableKind::Comments, SnapshotScope::Current),
              QStringLiteral("comments"));
}
