// Positions and P&L at a date: the issue's acceptance example and the worked examples of docs/portfolio.md.
#include "core/portfolio/positions.h"
#include "portfoliofixtures.h"
#include "testdata.h"

#include <gtest/gtest.h>

using namespace md;
using md::test::cash;
using md::test::day;
using md::test::trade;

namespace {

const Position *find(const Holdings &h, const char *symbol)
{
    for (const Position &p : h.positions) {
        if (p.symbol == QLatin1String(symbol))
            return &p;
    }
    for (const Position &p : h.closed) {
        if (p.symbol == QLatin1String(symbol))
            return &p;
    }
    return nullptr;
}

PriceHistory closes(const char *symbol, std::initializer_list<std::pair<const char *, double>> list)
{
    PriceHistory prices;
    for (const auto &[date, close] : list)
        prices.add(QString::fromLatin1(symbol), day(date), close);
    return prices;
}

} // namespace

// The issue's "done when": LUCK 60 at average cost 1000, price 1020.88 of 2024-12-04, unrealized 1252.80,
// realized 800; OGDC 50 at 198.41, unrealized -79.50.
TEST(Positions, TheIssuesExampleAtTheFourthOfDecember)
{
    const QVector<Transaction> list = {
        trade("2024-12-02", TransactionType::Buy, "LUCK", 100, 1000),
        trade("2024-12-03", TransactionType::Buy, "OGDC", 50, 200),
        trade("2024-12-04", TransactionType::Sell, "LUCK", 40, 1020),
    };
    const Holdings h = holdingsAt(list, day("2024-12-04"), test::december2024Closes());
    ASSERT_EQ(h.positions.size(), 2);
    const Position &luck = h.positions[0];  // by value: LUCK 61,252.80 before OGDC 9,920.50
    EXPECT_EQ(luck.symbol, QStringLiteral("LUCK"));
    EXPECT_DOUBLE_EQ(luck.quantity, 60);
    EXPECT_DOUBLE_EQ(luck.averageCost, 1000);
    EXPECT_DOUBLE_EQ(luck.cost, 60000);
    ASSERT_TRUE(luck.isPriced());
    EXPECT_DOUBLE_EQ(luck.price->close, 1020.88);
    EXPECT_EQ(luck.price->date, day("2024-12-04"));
    EXPECT_NEAR(luck.value, 61252.80, 1e-9);
    EXPECT_NEAR(luck.unrealized, 1252.80, 1e-9);
    EXPECT_NEAR(luck.unrealizedPercent, 2.088, 1e-9);
    EXPECT_NEAR(luck.realized, 800, 1e-9);
    const Position &ogdc = h.positions[1];
    EXPECT_EQ(ogdc.symbol, QStringLiteral("OGDC"));
    EXPECT_DOUBLE_EQ(ogdc.quantity, 50);
    EXPECT_DOUBLE_EQ(ogdc.averageCost, 200);
    EXPECT_DOUBLE_EQ(ogdc.price->close, 198.41);
    EXPECT_NEAR(ogdc.unrealized, -79.50, 1e-9);
    EXPECT_NEAR(ogdc.weightPercent, 9920.5 / 71173.3 * 100, 1e-9);
    EXPECT_NEAR(h.value, 71173.30, 1e-9);
    EXPECT_NEAR(h.cost, 70000, 1e-9);
    EXPECT_NEAR(h.unrealized, 1173.30, 1e-9);
    EXPECT_NEAR(h.realized, 800, 1e-9);
}

TEST(Positions, AnEarlierDateSeesOnlyTheTransactionsUpToItAndItsClose)
{
    const QVector<Transaction> list = {
        trade("2024-12-02", TransactionType::Buy, "LUCK", 100, 1000),
        trade("2024-12-04", TransactionType::Sell, "LUCK", 40, 1020),
    };
    const Holdings h = holdingsAt(list, day("2024-12-03"), test::december2024Closes());
    ASSERT_EQ(h.positions.size(), 1);
    EXPECT_DOUBLE_EQ(h.positions[0].quantity, 100);
    EXPECT_DOUBLE_EQ(h.positions[0].price->close, 1010.25);
    EXPECT_NEAR(h.positions[0].unrealized, 1025, 1e-9);
    // On a Saturday the last close is Friday's... here the 4th's, with its date.
    const Holdings later = holdingsAt(list, day("2024-12-07"), test::december2024Closes());
    EXPECT_EQ(later.positions[0].price->date, day("2024-12-04"));
}

TEST(Positions, FeesAndTaxesAreInTheCostAndComeOffTheProceeds)
{
    // 100 at 1000 with 150 commission and 50 tax: cost 100,200, average 1002. Selling 50 at 1100 with 100 fees:
    // proceeds 54,900, cost of the shares sold 50,100, realized 4,800.
    const QVector<Transaction> list = {
        trade("2024-12-02", TransactionType::Buy, "LUCK", 100, 1000, 150, 50),
        trade("2024-12-03", TransactionType::Sell, "LUCK", 50, 1100, 100),
    };
    const Holdings h = holdingsAt(list, day("2024-12-04"), test::december2024Closes());
    const Position *luck = find(h, "LUCK");
    ASSERT_TRUE(luck);
    EXPECT_NEAR(luck->averageCost, 1002, 1e-9);
    EXPECT_NEAR(luck->cost, 50100, 1e-9);
    EXPECT_NEAR(luck->realized, 4800, 1e-9);
}

// Bonus: 100 LUCK at 1000 with 50 fees (cost 100,050, average 1000.50), then 20 bonus shares: 120 shares,
// the same cost, average 833.75. At 900: value 108,000, unrealized 7,950.
TEST(Positions, BonusSharesKeepTheCostAndLowerTheAverage)
{
    const QVector<Transaction> list = {
        trade("2024-06-03", TransactionType::Buy, "LUCK", 100, 1000, 50),
        trade("2024-09-10", TransactionType::Bonus, "LUCK", 20, 0),
    };
    const Holdings h = holdingsAt(list, day("2024-09-30"), closes("LUCK", {{"2024-09-30", 900}}));
    const Position *luck = find(h, "LUCK");
    ASSERT_TRUE(luck);
    EXPECT_DOUBLE_EQ(luck->quantity, 120);
    EXPECT_NEAR(luck->cost, 100050, 1e-9);
    EXPECT_NEAR(luck->averageCost, 833.75, 1e-9);
    EXPECT_NEAR(luck->value, 108000, 1e-9);
    EXPECT_NEAR(luck->unrealized, 7950, 1e-9);
}

// Right shares are a purchase at the subscription price: 100 at 1000, then 25 rights at 800: 125 shares
// costing 120,000, average 960.
TEST(Positions, RightSharesAreAPurchaseAtTheSubscriptionPrice)
{
    const QVector<Transaction> list = {
        trade("2024-06-03", TransactionType::Buy, "LUCK", 100, 1000),
        trade("2024-07-15", TransactionType::Right, "LUCK", 25, 800),
    };
    const Holdings h = holdingsAt(list, day("2024-07-31"), closes("LUCK", {{"2024-07-31", 950}}));
    const Position *luck = find(h, "LUCK");
    ASSERT_TRUE(luck);
    EXPECT_DOUBLE_EQ(luck->quantity, 125);
    EXPECT_NEAR(luck->cost, 120000, 1e-9);
    EXPECT_NEAR(luck->averageCost, 960, 1e-9);
    EXPECT_NEAR(luck->unrealized, 125 * 950 - 120000, 1e-9);
}

// Dividend with tax: Rs 5 a share on 100 OGDC is 500, of which 15% (75) is withheld: 425 received.
TEST(Positions, DividendsAreTheCashReceivedAfterTheTaxWithheld)
{
    Transaction dividend = cash("2024-12-04", TransactionType::Dividend, "OGDC", 425, 75);
    dividend.quantity = 100;
    dividend.price = 5;
    const QVector<Transaction> list = {
        trade("2024-12-02", TransactionType::Buy, "OGDC", 100, 200),
        dividend,
        cash("2024-12-04", TransactionType::Dividend, "PPL", 90, 10),  // a dividend of shares no longer held
    };
    const Holdings h = holdingsAt(list, day("2024-12-04"), test::december2024Closes());
    const Position *ogdc = find(h, "OGDC");
    ASSERT_TRUE(ogdc);
    EXPECT_NEAR(ogdc->dividends, 425, 1e-9);
    EXPECT_NEAR(ogdc->dividendTaxes, 75, 1e-9);
    EXPECT_NEAR(ogdc->cost, 20000, 1e-9);  // a dividend does not change the cost
    EXPECT_NEAR(h.dividends, 515, 1e-9);
    ASSERT_EQ(h.closed.size(), 1);
    EXPECT_EQ(h.closed[0].symbol, QStringLiteral("PPL"));
}

// Split 1:10: 100 at 1000 become 1000 at 100 (cost 100,000). Selling 500 at 110: realized 55,000 - 50,000.
TEST(Positions, ASplitMultipliesTheSharesAndDividesTheAverage)
{
    const QVector<Transaction> list = {
        trade("2024-06-03", TransactionType::Buy, "LUCK", 100, 1000),
        trade("2024-08-01", TransactionType::Split, "LUCK", 10, 0),
        trade("2024-08-02", TransactionType::Sell, "LUCK", 500, 110),
    };
    const Holdings h = holdingsAt(list, day("2024-08-02"), closes("LUCK", {{"2024-08-02", 110}}));
    const Position *luck = find(h, "LUCK");
    ASSERT_TRUE(luck);
    EXPECT_DOUBLE_EQ(luck->quantity, 500);
    EXPECT_NEAR(luck->averageCost, 100, 1e-9);
    EXPECT_NEAR(luck->cost, 50000, 1e-9);
    EXPECT_NEAR(luck->realized, 5000, 1e-9);
}

// Average cost and FIFO: 100 at 100, 100 at 120, then 150 sold at 130 (19,500). Average cost: 150 × 110 = 16,500,
// realized 3,000, 50 left at 110. FIFO: 100 × 100 + 50 × 120 = 16,000, realized 3,500, 50 left at 120.
TEST(Positions, RealizedGainByAverageCostOrFifo)
{
    const QVector<Transaction> list = {
        trade("2024-12-02", TransactionType::Buy, "OGDC", 100, 100),
        trade("2024-12-03", TransactionType::Buy, "OGDC", 100, 120),
        trade("2024-12-04", TransactionType::Sell, "OGDC", 150, 130),
    };
    const Holdings average = holdingsAt(list, day("2024-12-04"), test::december2024Closes());
    EXPECT_NEAR(find(average, "OGDC")->realized, 3000, 1e-9);
    EXPECT_NEAR(find(average, "OGDC")->averageCost, 110, 1e-9);
    const Holdings fifo = holdingsAt(list, day("2024-12-04"), test::december2024Closes(), CostMethod::Fifo);
    EXPECT_NEAR(find(fifo, "OGDC")->realized, 3500, 1e-9);
    EXPECT_NEAR(find(fifo, "OGDC")->averageCost, 120, 1e-9);
    EXPECT_NEAR(find(fifo, "OGDC")->cost, 6000, 1e-9);
}

TEST(Positions, APositionWithNoPriceIsValuedAtCostAndSaysSo)
{
    const QVector<Transaction> list = {trade("2024-12-02", TransactionType::Buy, "HUBC", 10, 120, 5)};
    const Holdings h = holdingsAt(list, day("2024-12-04"), test::december2024Closes());
    ASSERT_EQ(h.positions.size(), 1);
    EXPECT_FALSE(h.positions[0].isPriced());
    EXPECT_NEAR(h.positions[0].value, 1205, 1e-9);
    EXPECT_NEAR(h.positions[0].unrealized, 0, 1e-9);
    EXPECT_NEAR(h.positions[0].weightPercent, 100, 1e-9);
}

TEST(Positions, ASoldOutPositionKeepsItsRealizedGainAmongTheClosed)
{
    const QVector<Transaction> list = {
        trade("2024-12-02", TransactionType::Buy, "LUCK", 10, 1000),
        trade("2024-12-03", TransactionType::Sell, "LUCK", 10, 1010),
    };
    const Holdings h = holdingsAt(list, day("2024-12-04"), test::december2024Closes());
    EXPECT_TRUE(h.positions.isEmpty());
    ASSERT_EQ(h.closed.size(), 1);
    EXPECT_NEAR(h.closed[0].realized, 100, 1e-9);
    EXPECT_NEAR(h.realized, 100, 1e-9);
}
