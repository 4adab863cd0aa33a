// The board's models without widgets: the sector aggregation, the movers' Most Active / Watchlist / sector
// filters, the quotes' volume, previous-close and sector columns, and the ticker's selection and order.
#include "core/models/modelroles.h"
#include "core/models/moversproxymodel.h"
#include "core/models/quotesmodel.h"
#include "core/models/sectorsummarymodel.h"
#include "core/models/tickerproxymodel.h"
#include "tests/support/testsupport.h"

#include <QAbstractItemModelTester>

using namespace md;
using namespace md::test;

namespace {

constexpr auto kFatal = QAbstractItemModelTester::FailureReportingMode::Fatal;
using Direction = MoversProxyModel::Direction;

Quote boardQuote(const char *symbol, double change, double percent, std::optional<qint64> volume,
                 const char *sector, double price = 100.0)
{
    Quote q = quote(symbol, price, change, percent);
    q.volume = volume;
    q.sector = QString::fromLatin1(sector);
    if (volume)
        q.previousClose = price - change;
    return q;
}

// Two sectors: CEMENT with an odd count (3), BANKS with an even count (4), one of them unchanged and one
// without a volume.
QVector<Quote> smallBoard()
{
    return {
        boardQuote("LUCK", 12.0, 1.5, 900, "CEMENT"),
        boardQuote("MEBL", -2.0, -1.0, 400, "BANKS"),
        boardQuote("DGKC", -1.0, -0.5, 300, "CEMENT"),
        boardQuote("HBL", 0.0, 0.0, 100, "BANKS"),
        boardQuote("MCB", 3.0, 2.0, std::nullopt, "BANKS"),
        boardQuote("FCCL", 0.5, 4.0, 50, "CEMENT"),
        boardQuote("UBL", 1.0, 0.5, 700, "BANKS"),
    };
}

} // namespace

TEST(SectorSummary, CountsAdvancersDeclinersUnchangedAndSumsVolumes)
{
    const QVector<SectorSummary> sectors = summarizeSectors(smallBoard());
    ASSERT_EQ(sectors.size(), 2);
    EXPECT_EQ(sectors[0].sector, QStringLiteral("BANKS"));
    EXPECT_EQ(sectors[0].symbols, 4);
    EXPECT_EQ(sectors[0].advancers, 2);
    EXPECT_EQ(sectors[0].decliners, 1);
    EXPECT_EQ(sectors[0].unchanged, 1);
    EXPECT_EQ(sectors[0].volume, std::optional<qint64>(1200));  // MCB has none: left out of the sum
    EXPECT_EQ(sectors[1].sector, QStringLiteral("CEMENT"));
    EXPECT_EQ(sectors[1].advancers, 2);
    EXPECT_EQ(sectors[1].decliners, 1);
    EXPECT_EQ(sectors[1].unchanged, 0);
    EXPECT_EQ(sectors[1].volume, std::optional<qint64>(1250));
}

TEST(SectorSummary, MedianIsTheMiddleOfAnOddCountAndTheMeanOfTheMiddleTwoOfAnEvenCount)
{
    const QVector<SectorSummary> sectors = summarizeSectors(smallBoard());
    // BANKS: -1.0, 0.0, 0.5, 2.0 → (0.0 + 0.5) / 2
    EXPECT_DOUBLE_EQ(sectors[0].medianChangePercent, 0.25);
    // CEMENT: -0.5, 1.5, 4.0 → 1.5
    EXPECT_DOUBLE_EQ(sectors[1].medianChangePercent, 1.5);
    const QVector<SectorSummary> one = summarizeSectors({boardQuote("OGDC", -3.0, -1.25, 10, "OIL")});
    EXPECT_DOUBLE_EQ(one[0].medianChangePercent, -1.25);
}

TEST(SectorSummary, NoVolumeAtAllStaysMissingNotZero)
{
    const QVector<SectorSummary> sectors = summarizeSectors(
        {boardQuote("A", 1.0, 1.0, std::nullopt, "X"), boardQuote("B", -1.0, -1.0, std::nullopt, "X")});
    ASSERT_EQ(sectors.size(), 1);
    EXPECT_FALSE(sectors[0].volume.has_value());
    SectorSummaryModel model;
    model.setSectors(sectors);
    EXPECT_FALSE(model.index(0, SectorSummaryModel::VolumeColumn).data(RawValueRole).isValid());
    EXPECT_EQ(model.index(0, SectorSummaryModel::VolumeColumn).data().toString(), QStringLiteral("\u2014"));
}

TEST(SectorSummary, ANewsTickerHasNoSectorsAndQuotesWithoutOneAreUnclassifiedLast)
{
    EXPECT_TRUE(summarizeSectors({quote("OGDC", 224.96, 11.93, 5.6), quote("PPL", 1, 0, 0)}).isEmpty());
    const QVector<SectorSummary> sectors = summarizeSectors(
        {boardQuote("A", 1.0, 1.0, 5, ""), boardQuote("B", -1.0, -1.0, 5, "zinc"), boardQuote("C", 0, 0, 5, "Autos")});
    ASSERT_EQ(sectors.size(), 3);
    EXPECT_EQ(sectors[0].sector, QStringLiteral("Autos"));
    EXPECT_EQ(sectors[1].sector, QStringLiteral("zinc"));
    EXPECT_EQ(sectors[2].sector, QString());
    SectorSummaryModel model;
    model.setSectors(sectors);
    EXPECT_EQ(model.index(2, SectorSummaryModel::SectorColumn).data().toString(), QStringLiteral("Unclassified"));
}

TEST(SectorSummaryModel, PassesModelTesterAndGivesRawAndDisplayValues)
{
    SectorSummaryModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    model.setQuotes(smallBoard());
    EXPECT_TRUE(model.hasSectors());
    EXPECT_EQ(model.quoteCount(), 7);
    using C = SectorSummaryModel;
    EXPECT_EQ(columnText(model, C::SectorColumn), texts({"BANKS", "CEMENT"}));
    EXPECT_EQ(columnText(model, C::VolumeColumn), texts({"1,200", "1,250"}));
    EXPECT_EQ(columnText(model, C::MedianChangeColumn), texts({"+0.25%", "+1.50%"}));
    EXPECT_EQ(model.index(1, C::VolumeColumn).data(RawValueRole).userType(), QMetaType::LongLong);
    EXPECT_EQ(model.index(1, C::AdvancersColumn).data(RawValueRole).toInt(), 2);
    EXPECT_EQ(model.index(1, C::MedianChangeColumn).data(DirectionRole).toInt(), 1);
    EXPECT_EQ(model.headerData(C::MedianChangeColumn, Qt::Horizontal).toString(), QStringLiteral("Median % Change"));
    model.setQuotes({quote("OGDC", 224.96, 11.93, 5.6)});
    EXPECT_FALSE(model.hasSectors());
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(model.quoteCount(), 1);
}

TEST(QuotesModel, GivesVolumePreviousCloseAndSectorWhereTheQuotesHaveThem)
{
    QuotesModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    model.setQuotes(smallBoard());
    EXPECT_EQ(model.columnCount(), int(QuotesModel::QuoteColumnCount));
    EXPECT_TRUE(model.hasColumnData(QuotesModel::VolumeColumn));
    EXPECT_TRUE(model.hasColumnData(QuotesModel::PreviousCloseColumn));
    EXPECT_TRUE(model.hasColumnData(QuotesModel::SectorColumn));
    EXPECT_EQ(model.index(0, QuotesModel::VolumeColumn).data().toString(), QStringLiteral("900"));
    EXPECT_EQ(model.index(0, QuotesModel::VolumeColumn).data(RawValueRole).toLongLong(), 900);
    EXPECT_EQ(model.index(0, QuotesModel::PreviousCloseColumn).data().toString(), QStringLiteral("88.00"));
    EXPECT_EQ(model.index(0, QuotesModel::SectorColumn).data().toString(), QStringLiteral("CEMENT"));
    EXPECT_FALSE(model.index(4, QuotesModel::VolumeColumn).data(RawValueRole).isValid());  // MCB
    EXPECT_EQ(model.headerData(QuotesModel::PreviousCloseColumn, Qt::Horizontal).toString(), QStringLiteral("Prev Close"));
    EXPECT_EQ(model.quoteAt(2), smallBoard().at(2));

    model.setQuotes({quote("OGDC", 224.96, 11.93, 5.6)});
    EXPECT_FALSE(model.hasColumnData(QuotesModel::VolumeColumn));
    EXPECT_FALSE(model.hasColumnData(QuotesModel::PreviousCloseColumn));
    EXPECT_FALSE(model.hasColumnData(QuotesModel::SectorColumn));
    EXPECT_TRUE(model.hasColumnData(QuotesModel::PriceColumn));
}

TEST(MoversProxyModel, MostActiveKeepsTheLargestVolumesAndSortsVolumeNumerically)
{
    QuotesModel quotes;
    quotes.setQuotes(smallBoard());
    MoversProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, kFatal);
    proxy.setSourceModel(&quotes);
    EXPECT_TRUE(proxy.hasVolume());
    proxy.setMostActiveCount(3);
    proxy.setDirection(Direction::MostActive);
    proxy.sort(QuotesModel::VolumeColumn, Qt::DescendingOrder);
    EXPECT_EQ(columnText(proxy, 0), texts({"LUCK", "UBL", "MEBL"}));
    proxy.setMostActiveCount(30);  // more than there are: every symbol that has a volume
    EXPECT_EQ(columnText(proxy, 0), texts({"LUCK", "UBL", "MEBL", "DGKC", "HBL", "FCCL"}));
    // A missing volume sorts before every number.
    proxy.setDirection(Direction::All);
    proxy.sort(QuotesModel::VolumeColumn, Qt::AscendingOrder);
    EXPECT_EQ(columnText(proxy, 0).first(), QStringLiteral("MCB"));
}

TEST(MoversProxyModel, MostActiveShowsNothingWithoutVolumesAndFollowsANewBoard)
{
    QuotesModel quotes;
    quotes.setQuotes({quote("OGDC", 224.96, 11.93, 5.6), quote("PPL", 120.0, -1.0, -0.8)});
    MoversProxyModel proxy;
    proxy.setSourceModel(&quotes);
    proxy.setDirection(Direction::MostActive);
    EXPECT_FALSE(proxy.hasVolume());
    EXPECT_EQ(proxy.rowCount(), 0);
    proxy.setMostActiveCount(2);
    quotes.setQuotes(smallBoard());  // the ranking is worked out again for the new quotes
    proxy.sort(QuotesModel::VolumeColumn, Qt::DescendingOrder);
    EXPECT_EQ(columnText(proxy, 0), texts({"LUCK", "UBL"}));
}

TEST(MoversProxyModel, WatchlistShowsOnlyWatchedSymbolsAndMarksThem)
{
    QuotesModel quotes;
    quotes.setQuotes(smallBoard());
    MoversProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, kFatal);
    proxy.setSourceModel(&quotes);
    proxy.sort(QuotesModel::SymbolColumn, Qt::AscendingOrder);
    proxy.setWatchedNames({QStringLiteral("LUCK"), QStringLiteral("HBL"), QStringLiteral("NOTHERE")});
    EXPECT_EQ(columnText(proxy, 0, WatchedRole), texts({"false", "false", "true", "true", "false", "false", "false"}));
    proxy.setDirection(Direction::Watchlist);
    EXPECT_EQ(columnText(proxy, 0), texts({"HBL", "LUCK"}));
    EXPECT_EQ(proxy.index(0, 0).data(Qt::AccessibleTextRole).toString(), QStringLiteral("HBL, on your watchlist"));
    proxy.setWatchedNames({QStringLiteral("UBL")});
    EXPECT_EQ(columnText(proxy, 0), texts({"UBL"}));
    proxy.setWatchedNames({});
    EXPECT_EQ(proxy.rowCount(), 0);
}

TEST(MoversProxyModel, SectorFilterCombinesWithTheSwitch)
{
    QuotesModel quotes;
    quotes.setQuotes(smallBoard());
    MoversProxyModel proxy;
    proxy.setSourceModel(&quotes);
    proxy.sort(QuotesModel::SymbolColumn, Qt::AscendingOrder);
    proxy.setSectorFilter(QStringLiteral("CEMENT"));
    EXPECT_EQ(columnText(proxy, 0), texts({"DGKC", "FCCL", "LUCK"}));
    proxy.setDirection(Direction::Gainers);
    EXPECT_EQ(columnText(proxy, 0), texts({"FCCL", "LUCK"}));
    proxy.setSectorFilter(std::nullopt);
    EXPECT_EQ(columnText(proxy, 0), texts({"FCCL", "LUCK", "MCB", "UBL"}));
}

TEST(TickerProxyModel, NewsTickerRowsAreTheKse30MembersWhereTheBoardSaysSo)
{
    QVector<Quote> board;
    for (int i = 0; i < 40; ++i) {
        Quote q = boardQuote(qPrintable(QStringLiteral("S%1").arg(i)), 1.0, 1.0, 1000 - i, "X");
        if (i % 5 == 0)
            q.listedIn = QStringLiteral("KSE100,KSE30");
        else if (i % 5 == 1)
            q.listedIn = QStringLiteral("KSE100,KSE30X");  // a look-alike is not a member
        board.append(q);
    }
    EXPECT_EQ(TickerProxyModel::newsTickerRows(board), (QVector<int>{0, 5, 10, 15, 20, 25, 30, 35}));
}

TEST(TickerProxyModel, NewsTickerRowsAreTheMostActiveOtherwiseInBoardOrder)
{
    QVector<Quote> board;
    for (int i = 0; i < 40; ++i)
        board.append(boardQuote(qPrintable(QStringLiteral("S%1").arg(i)), 1.0, 1.0, i % 2 ? i : 0, "X"));
    // Odd rows trade i shares: the 30 largest are the 20 odd rows and then the first 10 zero rows by board order.
    const QVector<int> rows = TickerProxyModel::newsTickerRows(board);
    ASSERT_EQ(rows.size(), 30);
    EXPECT_TRUE(std::is_sorted(rows.begin(), rows.end()));
    for (int i = 1; i < 40; i += 2)
        EXPECT_TRUE(rows.contains(i)) << i;
    EXPECT_EQ(rows.first(), 0);
    EXPECT_FALSE(rows.contains(38));
    // No volumes at all: the first 30; a short list: all of it.
    QVector<Quote> plain;
    for (int i = 0; i < 35; ++i)
        plain.append(quote("X", 1, 0, 0));
    EXPECT_EQ(TickerProxyModel::newsTickerRows(plain).last(), 29);
    EXPECT_EQ(TickerProxyModel::newsTickerRows(plain, 40).size(), 35);
}

TEST(TickerProxyModel, ShowsTheWholeBoardOrTheNewsTickerAndPutsTheWatchlistFirst)
{
    QVector<Quote> board;
    for (int i = 0; i < 35; ++i)
        board.append(boardQuote(qPrintable(QStringLiteral("S%1").arg(i)), 1.0, 1.0, 100 + i, "X"));
    QuotesModel quotes;
    quotes.setQuotes(board);
    TickerProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, kFatal);
    proxy.setSourceModel(&quotes);
    EXPECT_EQ(proxy.selection(), TickerProxyModel::Selection::NewsTicker);
    EXPECT_EQ(proxy.rowCount(), 30);
    EXPECT_EQ(proxy.index(0, 0).data(RawValueRole).toString(), QStringLiteral("S5"));  // S0..S4 trade least
    proxy.setSelection(TickerProxyModel::Selection::WholeBoard);
    EXPECT_EQ(proxy.rowCount(), 35);
    proxy.setWatchedNames({QStringLiteral("S20"), QStringLiteral("S3")});
    EXPECT_EQ(proxy.index(0, 0).data(RawValueRole).toString(), QStringLiteral("S0"));  // not first until asked
    proxy.setWatchlistFirst(true);
    EXPECT_EQ(columnText(proxy, 0).mid(0, 4), texts({"S3", "S20", "S0", "S1"}));
    EXPECT_TRUE(proxy.index(0, 0).data(WatchedRole).toBool());
    EXPECT_FALSE(proxy.index(2, 0).data(WatchedRole).toBool());
    proxy.setWatchedNames({QStringLiteral("S34")});
    EXPECT_EQ(columnText(proxy, 0).mid(0, 2), texts({"S34", "S0"}));
    proxy.setWatchlistFirst(false);
    EXPECT_EQ(columnText(proxy, 0).mid(0, 2), texts({"S0", "S1"}));
}
