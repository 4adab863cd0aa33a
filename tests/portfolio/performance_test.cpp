// Performance over a period: gain, TTWROR and IRR, the worked examples of docs/portfolio.md.
#include "core/portfolio/performance.h"
#include "core/portfolio/positions.h"
#include "portfoliofixtures.h"
#include "testdata.h"

#include <gtest/gtest.h>

using namespace md;
using md::test::day;
using md::test::trade;

// Three days of December 2024: buy 10 LUCK at 1000 (close 1000), buy 10 more at 1100 (close 1100), sell 5 at
// 1045 (close 1045). Day returns: 10,000 / 10,000 = 1; 22,000 / (10,000 + 11,000); (15,675 + 5,225) / 22,000 =
// 0.95. TTWROR = 22/21 × 0.95 − 1 = −0.476%. Gain = 15,675 − 21,000 + 5,225 = −100.
TEST(Performance, TimeWeightedReturnTakesEachDaysFlowsOnTheirDay)
{
    PriceHistory prices;
    prices.add(QStringLiteral("LUCK"), day("2024-12-02"), 1000);
    prices.add(QStringLiteral("LUCK"), day("2024-12-03"), 1100);
    prices.add(QStringLiteral("LUCK"), day("2024-12-04"), 1045);
    const QVector<Transaction> list = {
        trade("2024-12-02", TransactionType::Buy, "LUCK", 10, 1000),
        trade("2024-12-03", TransactionType::Buy, "LUCK", 10, 1100),
        trade("2024-12-04", TransactionType::Sell, "LUCK", 5, 1045),
    };
    const Performance p = performanceOver(list, day("2024-12-02"), day("2024-12-04"), prices);
    EXPECT_DOUBLE_EQ(p.startValue, 0);
    EXPECT_NEAR(p.endValue, 15675, 1e-9);
    EXPECT_NEAR(p.moneyIn, 21000, 1e-9);
    EXPECT_NEAR(p.moneyOut, 5225, 1e-9);
    EXPECT_NEAR(p.gain, -100, 1e-9);
    EXPECT_NEAR(p.ttwror, 22.0 / 21.0 * 0.95 - 1.0, 1e-12);
    EXPECT_NEAR(p.ttwror, -0.0047619, 1e-7);
    ASSERT_TRUE(p.irr);
    EXPECT_NEAR(*p.irr, -0.69289152, 1e-6);  // annualised: −100 on ~21,000 over two days
    ASSERT_EQ(p.series.size(), 3);
    EXPECT_NEAR(p.series[1].cumulativeReturn, 22.0 / 21.0 - 1.0, 1e-12);
}

// A year (2023, 365 days): 100 shares at 100 held from before it; the close is 105 from 30 June; 100 more bought
// at 105 on 2 July; the close is 112 from 29 December. TTWROR = 105/100 × 22,400/21,000 − 1 = 12% whatever the buy; IRR solves
// −10,000 − 10,500 / (1+r)^(183/365) + 22,400 / (1+r) = 0: r = 12.5995%; gain 22,400 − 10,000 − 10,500 = 1,900.
TEST(Performance, AYearWithABuyInTheMiddle)
{
    PriceHistory prices;
    prices.add(QStringLiteral("LUCK"), day("2022-12-30"), 100);
    prices.add(QStringLiteral("LUCK"), day("2023-06-30"), 105);
    prices.add(QStringLiteral("LUCK"), day("2023-12-29"), 112);
    QVector<ClosePrice> kse100 = {{day("2022-12-30"), 40000}, {day("2023-07-02"), 44000}, {day("2023-12-29"), 62000}};
    const QVector<Transaction> list = {
        trade("2022-12-30", TransactionType::Buy, "LUCK", 100, 100),
        trade("2023-07-02", TransactionType::Buy, "LUCK", 100, 105),
    };
    const Performance p = performanceOver(list, day("2023-01-01"), day("2023-12-31"), prices, kse100);
    EXPECT_NEAR(p.startValue, 10000, 1e-9);
    EXPECT_NEAR(p.endValue, 22400, 1e-9);
    EXPECT_NEAR(p.gain, 1900, 1e-9);
    EXPECT_NEAR(p.ttwror, 0.12, 1e-12);
    ASSERT_TRUE(p.irr);
    EXPECT_NEAR(*p.irr, 0.1259953571, 1e-9);
    ASSERT_EQ(p.series.size(), 365);
    // The index rebased on the first day: 40,000 is the portfolio's 10,000; 62,000 is 15,500.
    EXPECT_EQ(p.indexBaseDay, day("2023-01-01"));
    ASSERT_TRUE(p.series.last().indexRebased);
    EXPECT_NEAR(*p.series.last().indexRebased, 15500, 1e-9);
    // The same move as a change since the base day, for a chart of returns: +55%, and 0 on the base day.
    ASSERT_TRUE(p.series.last().indexChange);
    EXPECT_NEAR(*p.series.last().indexChange, 0.55, 1e-12);
    for (const PerformancePoint &point : p.series) {
        if (point.date == p.indexBaseDay) {
            EXPECT_EQ(point.indexChange, std::optional<double>(0.0));
        } else if (point.date < p.indexBaseDay) {
            EXPECT_FALSE(point.indexChange.has_value());
        }
    }
    ASSERT_TRUE(p.indexReturn);
    EXPECT_NEAR(*p.indexReturn, 0.55, 1e-12);
}

TEST(Performance, IrrOfOneAmountInAndOneOutAYearLater)
{
    EXPECT_NEAR(*internalRateOfReturn({{0, -10000}, {365, 11200}}), 0.12, 1e-12);
    EXPECT_NEAR(*internalRateOfReturn({{0, -10000}, {730, 12100}}), 0.10, 1e-12);
    EXPECT_FALSE(internalRateOfReturn({{0, -10000}, {365, -1}}));  // never back: no rate
    EXPECT_FALSE(internalRateOfReturn({}));
}

TEST(Performance, DividendsAreMoneyOutAndDepositsMoveNothing)
{
    PriceHistory prices;
    prices.add(QStringLiteral("OGDC"), day("2024-12-02"), 200);
    Transaction dividend = test::cash("2024-12-03", TransactionType::Dividend, "OGDC", 425, 75);
    const QVector<Transaction> list = {
        test::cash("2024-12-01", TransactionType::Deposit, "", 50000),
        trade("2024-12-02", TransactionType::Buy, "OGDC", 100, 200),
        dividend,
    };
    const Performance p = performanceOver(list, day("2024-12-02"), day("2024-12-03"), prices);
    EXPECT_NEAR(p.gain, 425, 1e-9);
    EXPECT_NEAR(p.ttwror, 20425.0 / 20000.0 - 1.0, 1e-12);
}

TEST(Performance, EachDaysValueIsTheHoldingsValueOfThatDay)
{
    PriceHistory prices = test::december2024Closes();
    const QVector<Transaction> list = {
        trade("2024-12-02", TransactionType::Buy, "LUCK", 100, 1000),
        trade("2024-12-03", TransactionType::Buy, "OGDC", 50, 200),
        trade("2024-12-04", TransactionType::Sell, "LUCK", 40, 1020),
        trade("2024-12-04", TransactionType::Buy, "HUBC", 10, 120),  // no closes: at cost
    };
    const Performance p = performanceOver(list, day("2024-11-30"), day("2024-12-08"), prices);
    ASSERT_EQ(p.series.size(), 9);
    for (const PerformancePoint &point : p.series)
        EXPECT_NEAR(point.value, holdingsAt(list, point.date, prices).value, 1e-9) << point.date.toString(Qt::ISODate).toStdString();
    EXPECT_NEAR(p.endValue, 71173.30 + 1200, 1e-9);
}
