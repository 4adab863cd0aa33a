// The core's item models: QAbstractItemModelTester on each, display formats, raw values, numeric sorting.
#include "core/models/commentsmodel.h"
#include "core/models/indexseriesmodel.h"
#include "core/models/indicesmodel.h"
#include "core/models/modelroles.h"
#include "core/models/moversproxymodel.h"
#include "core/models/quotesmodel.h"
#include "core/models/rowstext.h"
#include "core/models/snapshotcollection.h"
#include "tests/support/testsupport.h"

#include <QAbstractItemModelTester>
#include <QStandardItemModel>

using namespace md;
using namespace md::test;

namespace {

constexpr auto kFatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

// Quotes whose text order differs from their numeric order in every column.
QVector<Quote> unevenQuotes()
{
    return {
        quote("POWER", 9.05, 0.23, 2.61),
        quote("BOP", 10.09, -0.05, -0.49),
        quote("HUBC", 126.05, -1.24, -0.97),
        quote("AIRLINK", 189.64, -7.01, -3.56),
        quote("KEL", 4.77, 0.21, 10.0),
        quote("MARI", 560.0, 0.0, 0.0),
    };
}

Snapshot snapshotAt(const char *iso, QVector<IndexValue> indices, const char *source)
{
    Snapshot s;
    s.source = QString::fromLatin1(source);
    s.capturedAt = Timestamp::fromIsoString(QString::fromLatin1(iso));
    s.indices = std::move(indices);
    s.quotes = {quote("OGDC", 224.96, 11.93, 5.6)};
    return s;
}

} // namespace

TEST(QuotesModel, PassesModelTesterThroughResets)
{
    QuotesModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    model.setQuotes(unevenQuotes());
    model.setQuotes({});
    model.setQuotes(loadFixture(QStringLiteral("psx-close-2024-12-10.txt")).quotes);
    EXPECT_EQ(model.rowCount(), 10);
    EXPECT_EQ(model.columnCount(), 7);  // with Volume, Prev Close and Sector
}

TEST(QuotesModel, FormatsDisplayWithArrowsAndSignsAndKeepsRawDoubles)
{
    QuotesModel model;
    model.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    model.setQuotes({quote("OGDC", 224.96, 11.93, 5.6), quote("AIRLINK", 189.64, -7.01, -3.56),
                     quote("PSO", 1004.5, 12.3, 1.24), quote("MARI", 560.0, 0.0, 0.0)});
    EXPECT_EQ(columnText(model, QuotesModel::SymbolColumn), texts({"OGDC", "AIRLINK", "PSO", "MARI"}));
    EXPECT_EQ(columnText(model, QuotesModel::PriceColumn), texts({"224.96", "189.64", "1,004.50", "560.00"}));
    EXPECT_EQ(columnText(model, QuotesModel::ChangeColumn),
              texts({"\u25B2 11.93", "\u25BC -7.01", "\u25B2 12.30", "0.00"}));
    EXPECT_EQ(columnText(model, QuotesModel::ChangePercentColumn), texts({"+5.60%", "-3.56%", "+1.24%", "0.00%"}));

    const QVariant raw = model.index(2, QuotesModel::PriceColumn).data(RawValueRole);
    EXPECT_EQ(raw.userType(), QMetaType::Double);
    EXPECT_DOUBLE_EQ(raw.toDouble(), 1004.5);
    EXPECT_DOUBLE_EQ(model.index(1, QuotesModel::ChangeColumn).data(RawValueRole).toDouble(), -7.01);
    EXPECT_EQ(model.index(0, QuotesModel::SymbolColumn).data(RawValueRole).toString(), QStringLiteral("OGDC"));
    EXPECT_EQ(columnText(model, QuotesModel::ChangeColumn, DirectionRole), texts({"1", "-1", "1", "0"}));
    EXPECT_EQ(model.quoteAt(1), quote("AIRLINK", 189.64, -7.01, -3.56));
    EXPECT_EQ(model.rowOfSymbol(QStringLiteral("PSO")), 2);
    EXPECT_EQ(model.rowOfSymbol(QStringLiteral("NOPE")), -1);
}

TEST(IndicesModel, PassesModelTesterAndShowsGroupedLevelsAndShortChanges)
{
    IndicesModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    model.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    model.setIndices(loadFixture(QStringLiteral("psx-close-2024-12-10.txt")).indices);
    ASSERT_EQ(model.rowCount(), 4);
    EXPECT_EQ(columnText(model, 0), texts({"BR100", "BR30", "KSE100", "KSE30"}));
    EXPECT_EQ(columnText(model, 1), texts({"11,814", "36,234", "113,247", "35,712"}));
    EXPECT_EQ(columnText(model, 2), texts({"\u25B2 90.4", "\u25B2 874.6",
                                                 "\u25B2 609", "\u25B2 253.6"}));
    EXPECT_EQ(columnText(model, 3), texts({"+0.77%", "+2.47%", "+0.54%", "+0.72%"}));
    EXPECT_DOUBLE_EQ(model.index(2, 1).data(RawValueRole).toDouble(), 113247.0);
    EXPECT_EQ(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Index"));
}

TEST(CommentsModel, PassesModelTesterAndGivesRawTimesAndCounts)
{
    CommentsModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    model.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    model.setComments(loadFixture(QStringLiteral("psx-close-2024-12-10.txt")).comments);
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(0, CommentsModel::AuthorColumn).data().toString(), QStringLiteral("Trader_88"));
    EXPECT_EQ(model.index(0, CommentsModel::PostedColumn).data().toString(), QStringLiteral("10 Dec 2024, 16:12"));
    EXPECT_EQ(model.index(0, CommentsModel::RecommendedColumn).data(RawValueRole).toInt(), 3);
    // 16:12 Pakistan time is 11:12 UTC.
    EXPECT_EQ(model.index(0, CommentsModel::PostedColumn).data(RawValueRole).toLongLong(),
              QDateTime(QDate(2024, 12, 10), QTime(11, 12), Qt::UTC).toMSecsSinceEpoch());
    EXPECT_EQ(model.index(1, CommentsModel::TextColumn).data().toString(),
              QStringLiteral("When will the policy rate decision come?"));
    model.setComments({});
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(MoversProxyModel, PassesModelTesterWhileFilteringAndSorting)
{
    QuotesModel quotes;
    MoversProxyModel proxy;
    proxy.setSourceModel(&quotes);
    QAbstractItemModelTester tester(&proxy, kFatal);
    quotes.setQuotes(unevenQuotes());
    proxy.sort(QuotesModel::PriceColumn, Qt::AscendingOrder);
    proxy.setDirection(MoversProxyModel::Direction::Gainers);
    proxy.setSymbolFilter(QStringLiteral("o"));
    proxy.setDirection(MoversProxyModel::Direction::Losers);
    proxy.setSymbolFilter({});
    quotes.setQuotes(loadFixture(QStringLiteral("psx-close-2024-12-10.txt")).quotes);
    EXPECT_EQ(proxy.rowCount(), 4);  // AIRLINK, BOP, SILK, TRG
}

TEST(MoversProxyModel, SortsPriceNumericallyNotAsText)
{
    QuotesModel quotes;
    quotes.setQuotes(unevenQuotes());
    MoversProxyModel proxy;
    proxy.setSourceModel(&quotes);
    proxy.sort(QuotesModel::PriceColumn, Qt::AscendingOrder);
    EXPECT_EQ(columnText(proxy, QuotesModel::PriceColumn), texts({"4.77", "9.05", "10.09", "126.05", "189.64", "560.00"}));
    proxy.sort(QuotesModel::PriceColumn, Qt::DescendingOrder);
    EXPECT_EQ(columnText(proxy, 0), texts({"MARI", "AIRLINK", "HUBC", "BOP", "POWER", "KEL"}));
}

TEST(MoversProxyModel, SortsChangeNumericallyWithNegativesInOrder)
{
    QuotesModel quotes;
    quotes.setQuotes(unevenQuotes());
    MoversProxyModel proxy;
    proxy.setSourceModel(&quotes);
    proxy.sort(QuotesModel::ChangeColumn, Qt::AscendingOrder);
    EXPECT_EQ(columnText(proxy, QuotesModel::ChangeColumn, RawValueRole),
              texts({"-7.01", "-1.24", "-0.05", "0", "0.21", "0.23"}));
}

TEST(MoversProxyModel, SortsPercentChangeNumerically)
{
    QuotesModel quotes;
    quotes.setQuotes(unevenQuotes());
    MoversProxyModel proxy;
    proxy.setSourceModel(&quotes);
    proxy.sort(QuotesModel::ChangePercentColumn, Qt::DescendingOrder);
    // As text "2.61" > "10" would put POWER before KEL.
    EXPECT_EQ(columnText(proxy, 0), texts({"KEL", "POWER", "MARI", "BOP", "HUBC", "AIRLINK"}));
}

TEST(MoversProxyModel, SortsSymbolsAlphabetically)
{
    QuotesModel quotes;
    quotes.setQuotes(unevenQuotes());
    MoversProxyModel proxy;
    proxy.setSourceModel(&quotes);
    proxy.sort(QuotesModel::SymbolColumn, Qt::AscendingOrder);
    EXPECT_EQ(columnText(proxy, 0), texts({"AIRLINK", "BOP", "HUBC", "KEL", "MARI", "POWER"}));
}

TEST(MoversProxyModel, GainersAndLosersSwitchLeavesOutUnchanged)
{
    QuotesModel quotes;
    quotes.setQuotes(unevenQuotes());
    MoversProxyModel proxy;
    proxy.setSourceModel(&quotes);
    proxy.sort(QuotesModel::SymbolColumn, Qt::AscendingOrder);
    proxy.setDirection(MoversProxyModel::Direction::Gainers);
    EXPECT_EQ(columnText(proxy, 0), texts({"KEL", "POWER"}));
    proxy.setDirection(MoversProxyModel::Direction::Losers);
    EXPECT_EQ(columnText(proxy, 0), texts({"AIRLINK", "BOP", "HUBC"}));
    proxy.setDirection(MoversProxyModel::Direction::All);
    EXPECT_EQ(proxy.rowCount(), 6);
}

TEST(MoversProxyModel, SymbolFilterIsCaseInsensitiveSubstringAndCombinesWithSwitch)
{
    QuotesModel quotes;
    quotes.setQuotes(unevenQuotes());
    MoversProxyModel proxy;
    proxy.setSourceModel(&quotes);
    proxy.sort(QuotesModel::SymbolColumn, Qt::AscendingOrder);
    proxy.setSymbolFilter(QStringLiteral(" b "));
    EXPECT_EQ(columnText(proxy, 0), texts({"BOP", "HUBC"}));
    proxy.setDirection(MoversProxyModel::Direction::Gainers);
    EXPECT_EQ(proxy.rowCount(), 0);
    proxy.setSymbolFilter(QStringLiteral("we"));
    EXPECT_EQ(columnText(proxy, 0), texts({"POWER"}));
}

TEST(RowsText, CopiesRawValuesTabSeparatedInGivenOrder)
{
    QuotesModel quotes;
    quotes.setQuotes({quote("PSO", 1004.5, 12.3, 1.24), quote("AIRLINK", 189.64, -7.01, -3.56)});
    const QList<int> shown = {QuotesModel::SymbolColumn, QuotesModel::PriceColumn, QuotesModel::ChangeColumn,
                              QuotesModel::ChangePercentColumn};
    EXPECT_EQ(rowsAsTabSeparated(quotes, {1, 0}, false, shown),
              QStringLiteral("AIRLINK\t189.64\t-7.01\t-3.56\nPSO\t1004.5\t12.3\t1.24\n"));
    EXPECT_EQ(rowsAsTabSeparated(quotes, {0}, true, shown),
              QStringLiteral("Symbol\tPrice\tChange\t% Change\nPSO\t1004.5\t12.3\t1.24\n"));
    // Every column when none are named: a news ticker's quote has no volume, previous close or sector.
    EXPECT_EQ(rowsAsTabSeparated(quotes, {0}),
              QStringLiteral("PSO\t1004.5\t12.3\t1.24\t\t\t\n"));
}

TEST(SnapshotCollection, PassesModelTesterThroughAddReplaceRemoveClear)
{
    SnapshotCollection collection;
    QAbstractItemModelTester tester(&collection, kFatal);
    collection.add(opened(snapshotAt("2024-12-10T16:45:00+05:00", {}, "a"), QStringLiteral("a")));
    collection.add(opened(snapshotAt("2024-12-06T18:05:00+05:00", {}, "b"), QStringLiteral("b")));
    collection.add(opened(snapshotAt("2024-12-12T17:48:00+05:00", {}, "a"), QStringLiteral("a")));
    collection.setCurrentRow(1);
    collection.removeAt(0);
    collection.clear();
    EXPECT_EQ(collection.count(), 0);
}

// Issue 20: an old story under a later ticker lists its market time with where it came from, and its own day
// beside it; a story of the ticker's own day shows one time.
TEST(SnapshotCollection, ShowsTheStorysDateBesideTheMarketTimeWhereTheyDiffer)
{
    SnapshotCollection collection;
    QAbstractItemModelTester tester(&collection, kFatal);
    collection.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    Snapshot reserved = snapshotAt("2024-06-14", {}, "reserved.txt");
    reserved.capturedAt = {};
    reserved.marketAsOf = Timestamp::fromDate(QDate(2024, 6, 14));
    reserved.marketAsOfSource = MarketTimeSource::LibraryBars;
    reserved.article.publishedAt = Timestamp::fromDate(QDate(2021, 1, 1));
    collection.add(opened(reserved, QStringLiteral("reserved")));
    Snapshot sameDay = snapshotAt("2024-12-10T16:45:00+05:00", {}, "today.txt");
    sameDay.article.publishedAt = Timestamp::fromIsoString(QStringLiteral("2024-12-10T16:28:00+05:00"));
    collection.add(opened(sameDay, QStringLiteral("today")));

    const QModelIndex old = collection.index(1);
    EXPECT_EQ(old.data(SnapshotCollection::KeyRole).toString(), QStringLiteral("reserved"));
    EXPECT_FALSE(old.data(SnapshotCollection::StoryDateTextRole).toString().isEmpty());
    EXPECT_TRUE(old.data(SnapshotCollection::StoryDateTextRole).toString().contains(QStringLiteral("2021")));
    const QString tip = old.data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(tip.contains(QStringLiteral("session whose closes the ticker shows"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("Article dated"))) << tip.toStdString();
    EXPECT_TRUE(collection.index(0).data(SnapshotCollection::StoryDateTextRole).toString().isEmpty());
}

TEST(SnapshotCollection, ListsNewestCaptureFirstWithCountsAndTime)
{
    SnapshotCollection collection;
    collection.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    collection.add(opened(snapshotAt("2024-12-10T16:45:00+05:00", {}, "mid.txt"), QStringLiteral("mid")));
    collection.add(opened(snapshotAt("2024-12-06T18:05:00+05:00", {}, "old.txt"), QStringLiteral("old")));
    collection.add(opened(snapshotAt("2024-12-12T17:48:00+05:00", {}, "new.txt"), QStringLiteral("new")));
    EXPECT_EQ(columnText(collection, 0, SnapshotCollection::KeyRole), texts({"new", "mid", "old"}));
    EXPECT_EQ(columnText(collection, 0), texts({"new.txt", "mid.txt", "old.txt"}));
    EXPECT_EQ(collection.index(0).data(SnapshotCollection::CaptureTimeTextRole).toString(), QStringLiteral("12 Dec 2024, 17:48"));
    EXPECT_EQ(collection.index(0).data(SnapshotCollection::QuoteCountRole).toInt(), 1);
    EXPECT_EQ(collection.index(0).data(SnapshotCollection::SummaryRole).toString(),
              QStringLiteral("1 quote \u00B7 0 indices"));
    EXPECT_EQ(collection.keysInOpeningOrder(), texts({"mid", "old", "new"}));
}

TEST(SnapshotCollection, OpeningTheSameFileAgainReplacesItAndKeepsItCurrent)
{
    SnapshotCollection collection;
    collection.add(opened(snapshotAt("2024-12-10T16:45:00+05:00", {}, "a.txt"), QStringLiteral("/x/a.txt")));
    collection.add(opened(snapshotAt("2024-12-06T18:05:00+05:00", {}, "b.txt"), QStringLiteral("/x/b.txt")));
    collection.setCurrentRow(collection.rowOfKey(QStringLiteral("/x/b.txt")));
    int changes = 0;
    QObject::connect(&collection, &SnapshotCollection::currentSnapshotChanged, [&] { ++changes; });

    Snapshot fresh = snapshotAt("2024-12-06T18:05:00+05:00", {}, "b.txt");
    fresh.quotes.append(quote("PPL", 193.09, 9.52, 5.19));
    collection.add(opened(fresh, QStringLiteral("/x/b.txt")));

    EXPECT_EQ(collection.count(), 2);
    ASSERT_NE(collection.currentSnapshot(), nullptr);
    EXPECT_EQ(collection.currentSnapshot()->quotes.size(), 2);
    EXPECT_EQ(changes, 1);
}

TEST(SnapshotCollection, AFresherReadOfAFileMovesItsRowToItsNewTimeAndKeepsTheSelection)
{
    SnapshotCollection collection;
    QAbstractItemModelTester tester(&collection, kFatal);
    collection.add(opened(snapshotAt("2024-12-10T16:45:00+05:00", {}, "mid"), QStringLiteral("mid")));
    collection.add(opened(snapshotAt("2024-12-06T18:05:00+05:00", {}, "page"), QStringLiteral("page")));
    collection.setCurrentRow(0);  // "mid"
    int moves = 0;
    QObject::connect(&collection, &QAbstractItemModel::rowsMoved, [&] { ++moves; });
    // The page fetched again, later: it moves to the top, nothing is removed or added.
    QObject::connect(&collection, &QAbstractItemModel::rowsRemoved, [] { FAIL() << "rows removed"; });
    QObject::connect(&collection, &QAbstractItemModel::rowsInserted, [] { FAIL() << "rows inserted"; });
    collection.add(opened(snapshotAt("2024-12-12T17:48:00+05:00", {}, "page"), QStringLiteral("page")));
    EXPECT_EQ(moves, 1);
    EXPECT_EQ(columnText(collection, 0, SnapshotCollection::KeyRole), texts({"page", "mid"}));
    EXPECT_EQ(collection.currentSnapshot()->source, QStringLiteral("mid"));
    EXPECT_EQ(collection.currentRow(), 1);
    EXPECT_EQ(collection.keysInOpeningOrder(), texts({"mid", "page"}));
}

TEST(SnapshotCollection, CurrentFollowsItsSnapshotWhenRowsMoveAndClosingPicksANeighbour)
{
    SnapshotCollection collection;
    collection.add(opened(snapshotAt("2024-12-10T16:45:00+05:00", {}, "mid"), QStringLiteral("mid")));
    collection.setCurrentRow(0);
    collection.add(opened(snapshotAt("2024-12-12T17:48:00+05:00", {}, "new"), QStringLiteral("new")));
    EXPECT_EQ(collection.currentRow(), 1);
    EXPECT_EQ(collection.currentSnapshot()->source, QStringLiteral("mid"));
    collection.add(opened(snapshotAt("2024-12-06T18:05:00+05:00", {}, "old"), QStringLiteral("old")));
    collection.removeAt(1);
    EXPECT_EQ(collection.currentSnapshot()->source, QStringLiteral("old"));
    collection.removeAt(1);
    EXPECT_EQ(collection.currentSnapshot()->source, QStringLiteral("new"));
    collection.removeAt(0);
    EXPECT_EQ(collection.currentSnapshot(), nullptr);
    EXPECT_EQ(collection.currentRow(), -1);
}

TEST(IndexSeriesModel, PassesModelTesterAndListsEachIndexOverTimeOldestFirst)
{
    SnapshotCollection collection;
    IndexSeriesModel series;
    QAbstractItemModelTester tester(&series, kFatal);
    series.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    series.setCollection(&collection);
    collection.add(opened(snapshotAt("2024-12-12T17:48:00+05:00", {indexValue("KSE100", 114126, 879, 0.78)}, "new"), QStringLiteral("new")));
    collection.add(opened(snapshotAt("2024-12-10T16:45:00+05:00", {indexValue("KSE100", 113247, 609, 0.54), indexValue("KSE30", 35712, 253.6, 0.72)}, "old"), QStringLiteral("old")));

    ASSERT_EQ(series.rowCount(), 2);
    ASSERT_EQ(series.columnCount(), 3);
    EXPECT_EQ(series.indexNames(), texts({"KSE100", "KSE30"}));
    EXPECT_EQ(series.columnOf(QStringLiteral("KSE30")), 2);
    EXPECT_EQ(series.index(0, 0).data(RawValueRole).toLongLong(),
              QDateTime(QDate(2024, 12, 10), QTime(11, 45), Qt::UTC).toMSecsSinceEpoch());
    EXPECT_DOUBLE_EQ(series.index(0, 1).data(RawValueRole).toDouble(), 113247.0);
    EXPECT_DOUBLE_EQ(series.index(1, 1).data(RawValueRole).toDouble(), 114126.0);
    EXPECT_DOUBLE_EQ(series.index(1, 1).data(IndexSeriesModel::ChangeRole).toDouble(), 879.0);
    EXPECT_EQ(series.index(1, 1).data().toString(), QStringLiteral("114,126"));
    // The newer snapshot has no KSE30: no value rather than a zero.
    EXPECT_FALSE(series.index(1, 2).data(RawValueRole).isValid());
    EXPECT_EQ(series.index(1, 0).data(IndexSeriesModel::SourceRole).toString(), QStringLiteral("new"));

    collection.removeAt(0);
    EXPECT_EQ(series.rowCount(), 1);
}

TEST(MoversProxyModel, SortsAnyModelNumericallyByItsRawValues)
{
    // Not a MarketTableModel: the proxy reads md::RawValueRole through the model interface.
    QStandardItemModel model(3, 2);
    const double prices[] = {126.05, 9.05, 10.09};
    for (int r = 0; r < 3; ++r) {
        model.setData(model.index(r, 0), QStringLiteral("S%1").arg(r), RawValueRole);
        model.setData(model.index(r, 1), prices[r], RawValueRole);
    }
    MoversProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(1, Qt::AscendingOrder);
    EXPECT_EQ(columnText(proxy, 1, RawValueRole), texts({"9.05", "10.09", "126.05"}));
}
