// The portfolio in the library: imports all or nothing, the acceptance example over real closing-rate files,
// removal, and a library written by the previous release (schema 6) upgraded to 7 with everything kept.
#include "core/alerts/alertstore.h"
#include "core/library/library.h"
#include "core/library/watchlist.h"
#include "core/portfolio/portfoliostore.h"
#include "core/portfolio/portfoliooverview.h"
#include "core/portfolio/positions.h"
#include "portfoliofixtures.h"
#include "schemaversion.h"
#include "testdata.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace md;
using md::test::kIssueExample;
using md::test::day;

namespace {

const QDate kToday(2024, 12, 31);

class PortfolioStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_library = std::make_unique<Library>(m_dir.filePath(QStringLiteral("library.sqlite")));
        ASSERT_TRUE(m_library->open().ok());
        const QDir closing(test::dataPath(QStringLiteral("psx-closing-dec2024")));
        for (const QString &name : closing.entryList({QStringLiteral("*.lis")}, QDir::Files, QDir::Name))
            ASSERT_TRUE(m_library->importFile(closing.filePath(name)).ok()) << name.toStdString();
    }

    QVector<Transaction> stored(const QString &portfolio = defaultPortfolioName())
    {
        return PortfolioStore(*m_library).transactions(portfolio);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
};

} // namespace

TEST_F(PortfolioStoreTest, TheIssuesExampleOverTheClosingRateFilesOfTwoToFourDecember)
{
    PortfolioStore store(*m_library);
    const TransactionChange change = store.importCsv(kIssueExample, QStringLiteral("trades.csv"), QString(), kToday);
    ASSERT_TRUE(change.ok()) << change.error.toStdString();
    EXPECT_EQ(change.count, 3);
    const QVector<Transaction> list = store.transactions();
    ASSERT_EQ(list.size(), 3);
    const QDate asOf = day("2024-12-04");
    const PriceHistory prices = PriceHistory::fromLibrary(*m_library, symbolsOf(list), asOf);
    const Holdings h = holdingsAt(list, asOf, prices);
    ASSERT_EQ(h.positions.size(), 2);
    const Position &luck = h.positions[0];
    EXPECT_EQ(luck.symbol, QStringLiteral("LUCK"));
    EXPECT_DOUBLE_EQ(luck.quantity, 60);
    EXPECT_DOUBLE_EQ(luck.averageCost, 1000);
    EXPECT_DOUBLE_EQ(luck.price->close, 1020.88);
    EXPECT_EQ(luck.price->date, asOf);
    EXPECT_NEAR(luck.unrealized, 1252.80, 1e-9);
    EXPECT_NEAR(luck.realized, 800, 1e-9);
    const Position &ogdc = h.positions[1];
    EXPECT_EQ(ogdc.symbol, QStringLiteral("OGDC"));
    EXPECT_DOUBLE_EQ(ogdc.quantity, 50);
    EXPECT_DOUBLE_EQ(ogdc.price->close, 198.41);
    EXPECT_NEAR(ogdc.unrealized, -79.50, 1e-9);
}

TEST_F(PortfolioStoreTest, PortfolioPerformancesGermanExportImportsAsTheIssuesExample)
{
    PortfolioStore store(*m_library);
    const QString path = test::dataPath(QStringLiteral("portfolio-performance/portfolio-de.csv"));
    const TransactionChange change = store.importCsvFile(path, QString(), kToday);
    ASSERT_TRUE(change.ok()) << change.error.toStdString();
    EXPECT_EQ(change.count, 3);
    const QVector<Transaction> list = store.transactions();
    const QDate asOf = day("2024-12-04");
    const Holdings h = holdingsAt(list, asOf, PriceHistory::fromLibrary(*m_library, symbolsOf(list), asOf));
    ASSERT_EQ(h.positions.size(), 2);
    EXPECT_DOUBLE_EQ(h.positions[0].averageCost, 1000);
    EXPECT_NEAR(h.positions[0].unrealized, 1252.80, 1e-9);
    EXPECT_NEAR(h.positions[0].realized, 800, 1e-9);
    EXPECT_NEAR(h.positions[1].unrealized, -79.50, 1e-9);
}

TEST_F(PortfolioStoreTest, APortfolioPerformanceExportThatSellsMoreThanHeldImportsNothing)
{
    PortfolioStore store(*m_library);
    const QByteArray oversell = "Date,Type,Value,Transaction Currency,Fees,Taxes,Shares,Ticker Symbol,Security Name,Note\r\n"
                                "2024-12-02T00:00,Buy,\"10,000.00\",PKR,,,10,LUCK.KA,Lucky Cement Limited,\r\n"
                                "2024-12-04T00:00,Sell,\"-11,220.00\",PKR,,,11,LUCK.KA,Lucky Cement Limited,\r\n";
    const TransactionChange change = store.importCsv(oversell, QStringLiteral("pp.csv"), QString(), kToday);
    EXPECT_EQ(change.error, QStringLiteral("pp.csv: line 3: a sell of 11 shares of LUCK on 2024-12-04, when 10 were "
                                           "held; nothing was imported"));
    EXPECT_TRUE(store.transactions().isEmpty());
}

TEST_F(PortfolioStoreTest, TheClosesReadForTheSeriesAreTheLibrarysDailyBars)
{
    const QStringList symbols = {QStringLiteral("LUCK"), QStringLiteral("ogdc"), QStringLiteral("HUBC")};
    const PriceHistory prices = PriceHistory::fromLibrary(*m_library, symbols, day("2024-12-03"));
    for (const QString &symbol : symbols) {
        const QVector<DailyBar> bars = m_library->dailyBars(symbol, QDate(), day("2024-12-03"));
        const QVector<ClosePrice> &closes = prices.closes(symbol.toUpper());
        ASSERT_EQ(closes.size(), bars.size()) << symbol.toStdString();
        for (qsizetype i = 0; i < bars.size(); ++i) {
            EXPECT_EQ(closes[i].date, bars[i].date);
            EXPECT_EQ(closes[i].close, bars[i].close);  // exactly: 101025 / 100 is the double nearest 1010.25
        }
    }
    EXPECT_EQ(prices.closes(QStringLiteral("LUCK")).last().close, 1010.25);
    EXPECT_EQ(prices.closes(QStringLiteral("OGDC")).size(), 2);
}

TEST_F(PortfolioStoreTest, TheLastCloseIsFoundWeeksAfterTheLastSession)
{
    // 27 days after the last session: the two weeks before the date hold no bar, the whole history does.
    const QStringList symbols = {QStringLiteral("LUCK"), QStringLiteral("OGDC"), QStringLiteral("NONE")};
    const PriceHistory late = PriceHistory::lastClosesFromLibrary(*m_library, symbols, day("2024-12-31"));
    ASSERT_TRUE(late.closeOn(QStringLiteral("LUCK"), day("2024-12-31")));
    EXPECT_EQ(late.closeOn(QStringLiteral("LUCK"), day("2024-12-31"))->date, day("2024-12-04"));
    EXPECT_DOUBLE_EQ(late.closeOn(QStringLiteral("OGDC"), day("2024-12-31"))->close, 198.41);
    EXPECT_FALSE(late.closeOn(QStringLiteral("NONE"), day("2024-12-31")));
    const PriceHistory early = PriceHistory::lastClosesFromLibrary(*m_library, symbols, day("2024-12-03"));
    EXPECT_DOUBLE_EQ(early.closeOn(QStringLiteral("LUCK"), day("2024-12-03"))->close, 1010.25);
    EXPECT_FALSE(PriceHistory::lastClosesFromLibrary(*m_library, symbols, day("2024-12-01")).closeOn(QStringLiteral("LUCK"), day("2024-12-01")));
}

TEST_F(PortfolioStoreTest, ASellOfMoreThanHeldIsRefusedCountingWhatIsStored)
{
    PortfolioStore store(*m_library);
    ASSERT_TRUE(store.importCsv("date,type,symbol,quantity,price,amount,fees,taxes,note\n"
                                "2024-12-02,buy,LUCK,100,1000,,,,\n",
                                QStringLiteral("first.csv"), QString(), kToday).ok());
    const TransactionChange change = store.importCsv("date,type,symbol,quantity,price,amount,fees,taxes,note\n"
                                                     "2024-12-03,buy,OGDC,50,200,,,,\n"
                                                     "2024-12-04,sell,LUCK,140,1020,,,,\n",
                                                     QStringLiteral("second.csv"), QString(), kToday);
    EXPECT_EQ(change.error, QStringLiteral("second.csv: line 3: a sell of 140 shares of LUCK on 2024-12-04, when 100 "
                                           "were held; nothing was imported"));
    EXPECT_EQ(stored().size(), 1);  // the OGDC buy of the same file is not there either
}

TEST_F(PortfolioStoreTest, ASymbolTheLibraryHasNoPricesForIsRefused)
{
    PortfolioStore store(*m_library);
    const TransactionChange change = store.importCsv("date,type,symbol,quantity,price,amount,fees,taxes,note\n"
                                                     "2024-12-02,buy,LUCK,100,1000,,,,\n"
                                                     "2024-12-02,buy,LUCKY,100,1000,,,,\n",
                                                     QStringLiteral("trades.csv"), QString(), kToday);
    EXPECT_EQ(change.error, QStringLiteral("trades.csv: line 3: LUCKY is not a symbol the library has prices for "
                                           "(import the exchange's closing-rate files first: --import FOLDER); "
                                           "nothing was imported"));
    EXPECT_TRUE(stored().isEmpty());
    EXPECT_TRUE(store.portfolioNames().isEmpty());
}

TEST_F(PortfolioStoreTest, TheSameFileIsNotImportedTwiceIntoAPortfolio)
{
    PortfolioStore store(*m_library);
    ASSERT_TRUE(store.importCsv(kIssueExample, QStringLiteral("/tmp/trades.csv"), QString(), kToday).ok());
    const TransactionChange again = store.importCsv(kIssueExample, QStringLiteral("/tmp/copy.csv"), QString(), kToday);
    EXPECT_FALSE(again.ok());
    EXPECT_TRUE(again.error.startsWith(QStringLiteral("/tmp/copy.csv: this file was already imported into portfolio "
                                                      "Default (as trades.csv, on ")))
        << again.error.toStdString();
    EXPECT_TRUE(again.error.endsWith(QStringLiteral("PKT); nothing was imported")));
    EXPECT_EQ(stored().size(), 3);
    // Another portfolio may hold the same trades.
    ASSERT_TRUE(store.importCsv(kIssueExample, QStringLiteral("/tmp/trades.csv"), QStringLiteral("Family"), kToday).ok());
    EXPECT_EQ(store.portfolioNames(), (QStringList{QStringLiteral("Default"), QStringLiteral("Family")}));
    EXPECT_EQ(stored(QStringLiteral("family")).size(), 3);
    EXPECT_EQ(store.transactions(QString()).size(), 6);
}

TEST_F(PortfolioStoreTest, RemovingATransactionALaterSellNeedsIsRefused)
{
    PortfolioStore store(*m_library);
    ASSERT_TRUE(store.importCsv(kIssueExample, QStringLiteral("trades.csv"), QString(), kToday).ok());
    const QVector<Transaction> list = stored();
    const qint64 luckBuy = list[0].id;
    const TransactionChange refused = store.remove(luckBuy);
    EXPECT_EQ(refused.error, QStringLiteral("transaction %1 was not removed: without it there would be a sell of 40 "
                                            "shares of LUCK on 2024-12-04, when 0 were held").arg(luckBuy));
    EXPECT_EQ(stored().size(), 3);
    const TransactionChange removed = store.remove(list[2].id);  // the sell
    EXPECT_TRUE(removed.ok()) << removed.error.toStdString();
    EXPECT_EQ(stored().size(), 2);
    EXPECT_EQ(store.remove(999).error, QStringLiteral("there is no transaction 999 (--transactions list shows their IDs)"));
}

TEST_F(PortfolioStoreTest, AFileThatCannotBeReadImportsNothing)
{
    PortfolioStore store(*m_library);
    const QString missing = m_dir.filePath(QStringLiteral("missing.csv"));
    const TransactionChange change = store.importCsvFile(missing, QString(), kToday);
    EXPECT_TRUE(change.error.startsWith(missing + QStringLiteral(": cannot be read"))) << change.error.toStdString();
    EXPECT_TRUE(store.portfolioNames().isEmpty());
}

// tests/data/library-v6.sqlite was written by the previous release (schema 6) with `--import` of the closing-rate
// files of 2, 3 and 4 December 2024 and one Business Recorder page, a watchlist (LUCK, OGDC) and an alert rule.
TEST(PortfolioMigration, ThePreviousReleasesLibraryGainsThePortfolioWithEverythingKept)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    ASSERT_TRUE(QFile::copy(test::dataPath(QStringLiteral("library-v6.sqlite")), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    ASSERT_EQ(test::schemaVersionOf(path), 6);
    {
        Library library(path);
        ASSERT_TRUE(library.open().ok());
        EXPECT_EQ(library.snapshotCount(), 4);
        EXPECT_TRUE(library.check().ok());
        const QVector<DailyBar> luck = library.dailyBars(QStringLiteral("LUCK"));
        ASSERT_EQ(luck.size(), 3);
        EXPECT_DOUBLE_EQ(luck.last().close, 1020.88);
        EXPECT_EQ(library.dailyBars(QStringLiteral("OGDC")).size(), 3);
        EXPECT_EQ(Watchlist(library).names(), (QStringList{QStringLiteral("LUCK"), QStringLiteral("OGDC")}));
        EXPECT_EQ(AlertStore(library).rules().size(), 1);
        // The new tables are there and work.
        PortfolioStore store(library);
        EXPECT_TRUE(store.portfolioNames().isEmpty());
        ASSERT_TRUE(store.importCsv(kIssueExample, QStringLiteral("trades.csv"), QString(), kToday).ok());
        EXPECT_EQ(store.transactions().size(), 3);
    }
    EXPECT_EQ(test::schemaVersionOf(path), 8);  // 8: article lists
    EXPECT_EQ(Library::kSchemaVersion, 8);
}

TEST_F(PortfolioStoreTest, ATransactionAddedReplacedAndRemovedByHand)
{
    PortfolioStore store(*m_library);
    Transaction buy = test::trade("2024-12-02", TransactionType::Buy, "luck", 100, 1000);
    buy.portfolio = QStringLiteral("Main");
    const TransactionChange added = store.add(buy, kToday);
    ASSERT_TRUE(added.ok()) << added.error.toStdString();
    EXPECT_GT(added.id, 0);
    QVector<Transaction> list = store.transactions(QStringLiteral("Main"));
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list[0].symbol, QStringLiteral("LUCK"));
    EXPECT_EQ(list[0].id, added.id);

    Transaction changed = list[0];
    changed.quantity = 60;
    changed.note = QStringLiteral("fewer");
    ASSERT_TRUE(store.replace(changed, kToday).ok());
    EXPECT_EQ(store.transactions(QStringLiteral("Main")), (QVector<Transaction>{changed}));

    Transaction oversell = test::trade("2024-12-04", TransactionType::Sell, "LUCK", 61, 1020);
    oversell.portfolio = QStringLiteral("Main");
    EXPECT_EQ(store.add(oversell, kToday).error,
              QStringLiteral("the transaction was not added: a sell of 61 shares of LUCK on 2024-12-04, when 60 were held"));
    Transaction unknown = test::trade("2024-12-04", TransactionType::Buy, "XYZQ", 1, 10);
    unknown.portfolio = QStringLiteral("Main");
    EXPECT_TRUE(store.add(unknown, kToday).error.contains(QStringLiteral("XYZQ is not a symbol the library has prices for")));
    Transaction future = buy;
    future.date = day("2025-01-02");
    EXPECT_EQ(store.add(future, kToday).error,
              QStringLiteral("the transaction was not added: 2025-01-02 is in the future (today is 2024-12-31)"));
    Transaction noPrice = buy;
    noPrice.price = 0;
    EXPECT_EQ(store.add(noPrice, kToday).error, QStringLiteral("the transaction was not added: a buy needs a price above 0"));
    oversell.quantity = 30;
    const TransactionChange sold = store.add(oversell, kToday);
    ASSERT_TRUE(sold.ok());
    changed.quantity = 20;  // the sell of 30 would no longer be covered
    EXPECT_EQ(store.replace(changed, kToday).error.toStdString(),
              QStringLiteral("transaction %1 was not changed: a sell of 30 shares of LUCK on 2024-12-04, when 20 were held")
                  .arg(changed.id).toStdString());
    EXPECT_EQ(store.transactions(QStringLiteral("Main")).size(), 2);
    EXPECT_TRUE(store.remove(sold.id).ok());
    EXPECT_EQ(store.transactions(QStringLiteral("Main")).size(), 1);
}

TEST_F(PortfolioStoreTest, TheOverviewOfThePortfolioPageOverTheClosingRateFiles)
{
    PortfolioStore store(*m_library);
    ASSERT_TRUE(store.importCsv(kIssueExample, QStringLiteral("trades.csv"), QString(), kToday).ok());
    const PortfolioOverview o = readPortfolioOverview(*m_library, defaultPortfolioName(), kToday);
    ASSERT_TRUE(o.error.isEmpty()) << o.error.toStdString();
    ASSERT_EQ(o.holdings.positions.size(), 2);
    EXPECT_NEAR(o.holdings.positions[0].unrealized, 1252.80, 1e-9);  // valued at the close of 4 December
    EXPECT_EQ(o.moves.value(QStringLiteral("LUCK")).date, day("2024-12-04"));
    EXPECT_NEAR(o.moves.value(QStringLiteral("LUCK")).change, 1020.88 - 1010.25, 1e-9);
    EXPECT_EQ(o.sectors.value(QStringLiteral("LUCK")), QStringLiteral("CEMENT"));
    ASSERT_EQ(o.allocation.size(), 2);
    EXPECT_EQ(o.allocation[0].sector, QStringLiteral("CEMENT"));
    // The series ends at the newest close, not at today.
    EXPECT_EQ(o.performance.from, day("2024-12-02"));
    EXPECT_EQ(o.performance.to, day("2024-12-04"));
    EXPECT_EQ(o.performance.series.size(), 3);
}
