// The Portfolio page's models: holdings with a totals row that sorting keeps last, sectors, transactions.
#include "core/models/holdingsmodel.h"
#include "core/models/holdingsproxymodel.h"
#include "core/models/modelroles.h"
#include "core/models/sectorallocationmodel.h"
#include "core/models/transactionsmodel.h"
#include "core/portfolio/portfoliooverview.h"
#include "tests/portfolio/portfoliofixtures.h"

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace md;
using md::test::day;

namespace {

constexpr auto kFatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

// The issue's example at 4 December 2024, with the sessions' moves and the library's sector names.
PortfolioOverview issueExample()
{
    const QVector<Transaction> list = {test::trade("2024-12-02", TransactionType::Buy, "LUCK", 100, 1000),
                                       test::trade("2024-12-03", TransactionType::Buy, "OGDC", 50, 200),
                                       test::trade("2024-12-04", TransactionType::Sell, "LUCK", 40, 1020)};
    const PriceHistory prices = test::december2024Closes();
    PortfolioOverview o;
    o.asOf = day("2024-12-04");
    o.transactions = list;
    o.holdings = holdingsAt(list, o.asOf, prices);
    for (const char *symbol : {"LUCK", "OGDC"})
        o.moves.insert(QString::fromLatin1(symbol), *sessionMoveOn(prices, QString::fromLatin1(symbol), o.asOf));
    o.sectors.insert(QStringLiteral("LUCK"), QStringLiteral("CEMENT"));
    o.sectors.insert(QStringLiteral("OGDC"), QStringLiteral("OIL & GAS EXPLORATION COMPANIES"));
    o.allocation = sectorAllocation(o.holdings, o.sectors);
    return o;
}

std::vector<std::string> column(const QAbstractItemModel &model, int column, int role = Qt::DisplayRole)
{
    std::vector<std::string> values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.push_back(model.index(row, column).data(role).toString().toStdString());
    return values;
}

} // namespace

TEST(HoldingsModel, TheIssuesExampleWithItsTotalsRowLast)
{
    HoldingsModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    model.setOverview(issueExample());
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(column(model, HoldingsModel::SymbolColumn), (std::vector<std::string>{"LUCK", "OGDC", "Total"}));
    EXPECT_DOUBLE_EQ(model.index(0, HoldingsModel::SharesColumn).data(RawValueRole).toDouble(), 60);
    EXPECT_DOUBLE_EQ(model.index(0, HoldingsModel::AverageCostColumn).data(RawValueRole).toDouble(), 1000);
    EXPECT_DOUBLE_EQ(model.index(0, HoldingsModel::PriceColumn).data(RawValueRole).toDouble(), 1020.88);
    EXPECT_NEAR(model.index(0, HoldingsModel::UnrealizedColumn).data(RawValueRole).toDouble(), 1252.80, 1e-9);
    EXPECT_NEAR(model.index(1, HoldingsModel::UnrealizedColumn).data(RawValueRole).toDouble(), -79.50, 1e-9);
    EXPECT_NEAR(model.index(2, HoldingsModel::UnrealizedColumn).data(RawValueRole).toDouble(), 1173.30, 1e-9);
    EXPECT_NEAR(model.index(2, HoldingsModel::ValueColumn).data(RawValueRole).toDouble(), 71173.30, 1e-9);
    // Today: LUCK 1010.25 → 1020.88 on 60 shares; OGDC 200.00 → 198.41 on 50.
    EXPECT_NEAR(model.index(0, HoldingsModel::MoveColumn).data(RawValueRole).toDouble(), 60 * 10.63, 1e-9);
    EXPECT_NEAR(model.index(1, HoldingsModel::MoveColumn).data(RawValueRole).toDouble(), 50 * -1.59, 1e-9);
    EXPECT_EQ(model.index(1, HoldingsModel::MoveColumn).data(DirectionRole).toInt(), -1);
    EXPECT_TRUE(model.index(2, 0).data(TotalsRowRole).toBool());
    EXPECT_FALSE(model.index(0, 0).data(TotalsRowRole).toBool());
    EXPECT_EQ(model.index(0, HoldingsModel::SectorColumn).data().toString(), QStringLiteral("CEMENT"));
    EXPECT_EQ(model.symbolAt(1), QStringLiteral("OGDC"));
    EXPECT_EQ(model.symbolAt(2), QString());
}

TEST(HoldingsProxyModel, SortingEitherWayKeepsTheTotalsRowLast)
{
    HoldingsModel model;
    model.setOverview(issueExample());
    HoldingsProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, kFatal);
    proxy.sort(HoldingsModel::ValueColumn, Qt::AscendingOrder);
    EXPECT_EQ(column(proxy, HoldingsModel::SymbolColumn), (std::vector<std::string>{"OGDC", "LUCK", "Total"}));
    proxy.sort(HoldingsModel::ValueColumn, Qt::DescendingOrder);
    EXPECT_EQ(column(proxy, HoldingsModel::SymbolColumn), (std::vector<std::string>{"LUCK", "OGDC", "Total"}));
    proxy.sort(HoldingsModel::SymbolColumn, Qt::DescendingOrder);
    EXPECT_EQ(column(proxy, HoldingsModel::SymbolColumn), (std::vector<std::string>{"OGDC", "LUCK", "Total"}));
    proxy.sort(HoldingsModel::UnrealizedColumn, Qt::AscendingOrder);
    EXPECT_EQ(column(proxy, HoldingsModel::SymbolColumn), (std::vector<std::string>{"OGDC", "LUCK", "Total"}));
}

TEST(SectorAllocationModel, ValueBySectorLargestFirst)
{
    SectorAllocationModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    model.setAllocation(issueExample().allocation);
    EXPECT_EQ(column(model, SectorAllocationModel::SectorColumn),
              (std::vector<std::string>{"CEMENT", "OIL & GAS EXPLORATION COMPANIES"}));
    EXPECT_NEAR(model.index(0, SectorAllocationModel::WeightColumn).data(RawValueRole).toDouble(), 61252.8 / 71173.3 * 100, 1e-9);
    EXPECT_NEAR(model.index(1, SectorAllocationModel::ValueColumn).data(RawValueRole).toDouble(), 9920.5, 1e-9);
}

TEST(SectorAllocation, ASymbolWithoutASectorIsOther)
{
    PortfolioOverview o = issueExample();
    o.sectors.remove(QStringLiteral("OGDC"));
    const QVector<SectorWeight> weights = sectorAllocation(o.holdings, o.sectors);
    ASSERT_EQ(weights.size(), 2);
    EXPECT_EQ(weights[1].sector, otherSectorName());
    EXPECT_EQ(weights[1].symbols, QStringList{QStringLiteral("OGDC")});
}

TEST(TransactionsModel, ShowsTheFieldsEachTypeUses)
{
    TransactionsModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    QVector<Transaction> list = issueExample().transactions;
    list.append(test::cash("2024-12-05", TransactionType::Dividend, "OGDC", 425, 75));
    list[0].id = 7;
    model.setTransactions(list);
    ASSERT_EQ(model.rowCount(), 4);
    EXPECT_EQ(column(model, TransactionsModel::TypeColumn), (std::vector<std::string>{"buy", "buy", "sell", "dividend"}));
    EXPECT_DOUBLE_EQ(model.index(2, TransactionsModel::AmountColumn).data(RawValueRole).toDouble(), 40800);
    EXPECT_FALSE(model.index(3, TransactionsModel::PriceColumn).data(RawValueRole).isValid());
    EXPECT_DOUBLE_EQ(model.index(3, TransactionsModel::TaxesColumn).data(RawValueRole).toDouble(), 75);
    EXPECT_EQ(model.index(0, 0).data(TransactionsModel::TransactionIdRole).toLongLong(), 7);
    EXPECT_EQ(model.rowOf(7), 0);
    EXPECT_EQ(model.rowOf(8), -1);
}
