// Reading transactions from CSV, all or nothing, and writing them back with the same header.
#include "core/csv/csvformat.h"
#include "core/csv/csvwriter.h"
#include "core/portfolio/transactioncsv.h"
#include "portfoliofixtures.h"
#include "testdata.h"

#include <gtest/gtest.h>

#include <ostream>

using namespace md;
using md::test::day;

namespace {

const QDate kToday(2024, 12, 31);

TransactionCsvResult read(const char *text)
{
    return readTransactionsCsv(QByteArray(text), QStringLiteral("trades.csv"), kToday);
}

} // namespace

TEST(TransactionCsv, ReadsEveryTypeWithBlankFieldsWhereUnused)
{
    const TransactionCsvResult r = read(
        "date,type,symbol,quantity,price,amount,fees,taxes,note\r\n"
        "2024-12-02,buy,luck,100,1000,,25.5,,first lot\r\n"
        "2024-12-04,sell,LUCK,40,1020,40800,,,\r\n"
        "2024-12-05,dividend,LUCK,60,12,612,,108,\"final, 2024\"\r\n"
        "2024-12-06,bonus,LUCK,6,,,,,\r\n"
        "2024-12-07,right,LUCK,10,800,,,,\r\n"
        "2024-12-08,split,LUCK,10,,,,,\r\n"
        "2024-12-09,deposit,,,,50000,,,\r\n"
        "2024-12-10,withdrawal,,,,1000,,,\r\n"
        "2024-12-11,fee,,,,150,,,\"CDC \"\"annual\"\"\"\r\n");
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    ASSERT_EQ(r.transactions.size(), 9);
    const Transaction &buy = r.transactions[0];
    EXPECT_EQ(buy.date, day("2024-12-02"));
    EXPECT_EQ(buy.type, TransactionType::Buy);
    EXPECT_EQ(buy.symbol, QStringLiteral("LUCK"));
    EXPECT_EQ(buy.quantity, 100);
    EXPECT_EQ(buy.price, 1000);
    EXPECT_EQ(buy.fees, 25.5);
    EXPECT_EQ(buy.note, QStringLiteral("first lot"));
    EXPECT_EQ(buy.portfolio, QStringLiteral("Default"));
    EXPECT_EQ(r.transactions[2].type, TransactionType::Dividend);
    EXPECT_EQ(r.transactions[2].amount, 612);
    EXPECT_EQ(r.transactions[2].taxes, 108);
    EXPECT_EQ(r.transactions[2].note, QStringLiteral("final, 2024"));
    EXPECT_EQ(r.transactions[5].type, TransactionType::Split);
    EXPECT_EQ(r.transactions[5].quantity, 10);
    EXPECT_EQ(r.transactions[6].amount, 50000);
    EXPECT_EQ(r.transactions[8].note, QStringLiteral("CDC \"annual\""));
    EXPECT_EQ(r.lines, (QVector<int>{2, 3, 4, 5, 6, 7, 8, 9, 10}));
}

TEST(TransactionCsv, WritesWhatItReadsBack)
{
    const TransactionCsvResult first = read(
        "date,type,symbol,quantity,price,amount,fees,taxes,note\n"
        "2024-12-02,buy,LUCK,100,1000,,25.5,,-note that looks like a formula\n"
        "2024-12-05,dividend,LUCK,,,612,,108,\n"
        "2024-12-09,deposit,,,,50000,,,\n");
    ASSERT_TRUE(first.ok()) << first.error.toStdString();
    const QByteArray bytes = CsvWriter(csvFormat(CsvPreset::Csv, QLocale::c())).toBytes(transactionsTable(first.transactions));
    EXPECT_EQ(bytes,
              "date,type,symbol,quantity,price,amount,fees,taxes,note\r\n"
              "2024-12-02,buy,LUCK,100,1000,,25.5,,'-note that looks like a formula\r\n"
              "2024-12-05,dividend,LUCK,,,612,,108,\r\n"
              "2024-12-09,deposit,,,,50000,,,\r\n");
    const TransactionCsvResult again = readTransactionsCsv(bytes, QStringLiteral("again.csv"), kToday);
    ASSERT_TRUE(again.ok()) << again.error.toStdString();
    EXPECT_EQ(again.transactions, first.transactions);
}

TEST(TransactionCsv, SkipsAByteOrderMarkAndBlankLines)
{
    const TransactionCsvResult r = read("\xEF\xBB\xBF" "date,type,symbol,quantity,price,amount,fees,taxes,note\n"
                                        "\n2024-12-02,buy,LUCK,1,1000,,,,\n\n");
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    ASSERT_EQ(r.transactions.size(), 1);
    EXPECT_EQ(r.lines.first(), 3);
}

struct BadCsv
{
    const char *name;
    const char *text;
    const char *error;
};

// Its name in test output, not its bytes.
void PrintTo(const BadCsv &csv, std::ostream *os)
{
    *os << csv.name;
}

class TransactionCsvRefuses : public ::testing::TestWithParam<BadCsv>
{
};

TEST_P(TransactionCsvRefuses, NamingTheFileTheLineAndTheReasonAndReadingNothing)
{
    const TransactionCsvResult r = read(GetParam().text);
    EXPECT_FALSE(r.ok());
    EXPECT_TRUE(r.transactions.isEmpty());
    EXPECT_EQ(r.error, QString::fromUtf8(GetParam().error));
}

#define HEADER "date,type,symbol,quantity,price,amount,fees,taxes,note\n"
INSTANTIATE_TEST_SUITE_P(
    BadInputs, TransactionCsvRefuses,
    ::testing::Values(
        BadCsv{"UnknownType", HEADER "2024-12-02,buy,LUCK,1,1000,,,,\n2024-12-03,purchase,LUCK,1,1000,,,,\n",
               "trades.csv: line 3: unknown type \"purchase\"; use one of buy, sell, dividend, bonus, right, split, "
               "deposit, withdrawal, fee; nothing was imported"},
        BadCsv{"FutureDate", HEADER "2025-01-01,buy,LUCK,1,1000,,,,\n",
               "trades.csv: line 2: 2025-01-01 is in the future (today is 2024-12-31); nothing was imported"},
        BadCsv{"NotADate", HEADER "02/12/2024,buy,LUCK,1,1000,,,,\n",
               "trades.csv: line 2: \"02/12/2024\" is not a date (YYYY-MM-DD); nothing was imported"},
        BadCsv{"TooFewFields", HEADER "2024-12-02,buy,LUCK,1,1000\n",
               "trades.csv: line 2: it has 5 fields; the header has 9 (date,type,symbol,quantity,price,amount,fees,"
               "taxes,note); nothing was imported"},
        BadCsv{"GroupedNumber", HEADER "2024-12-02,buy,LUCK,\"1,000\",1000,,,,\n",
               "trades.csv: line 2: quantity \"1,000\" is not a number (digits and a decimal point, such as 1020.5); "
               "nothing was imported"},
        BadCsv{"NegativeNumber", HEADER "2024-12-02,buy,LUCK,-5,1000,,,,\n",
               "trades.csv: line 2: quantity -5 is negative; nothing was imported"},
        BadCsv{"BuyWithoutPrice", HEADER "2024-12-02,buy,LUCK,5,,,,,\n",
               "trades.csv: line 2: a buy needs a price; nothing was imported"},
        BadCsv{"AmountNotQuantityTimesPrice", HEADER "2024-12-02,buy,LUCK,5,100,600,,,\n",
               "trades.csv: line 2: amount 600 is not quantity 5 times price 100; nothing was imported"},
        BadCsv{"DividendWithoutAmount", HEADER "2024-12-02,dividend,LUCK,100,5,,,,\n",
               "trades.csv: line 2: a dividend needs an amount (the cash received) above 0; nothing was imported"},
        BadCsv{"UnclosedQuote", HEADER "2024-12-02,buy,LUCK,5,100,,,,\"open\n",
               "trades.csv: line 2: a quoted field is never closed; nothing was imported"},
        BadCsv{"TextAfterQuote", HEADER "2024-12-02,buy,LUCK,5,100,,,,\"a\"b\n",
               "trades.csv: line 2: text follows a closing quote; nothing was imported"},
        BadCsv{"WrongHeader", "day,kind,symbol\n2024-12-02,buy,LUCK\n",
               "trades.csv: line 1: the header is \"day,kind,symbol\"; it must be date,type,symbol,quantity,price,"
               "amount,fees,taxes,note; nothing was imported"},
        BadCsv{"Empty", "",
               "trades.csv: it is empty (the first line must be the header date,type,symbol,quantity,price,amount,"
               "fees,taxes,note); nothing was imported"}),
    [](const ::testing::TestParamInfo<BadCsv> &info) { return std::string(info.param.name); });

TEST(TransactionCsv, FindsASellOfMoreSharesThanHeldOnItsDate)
{
    // The buy of 2024-12-05 comes after the sell of 2024-12-04, whatever the order of the lines.
    const QVector<Transaction> list = {
        test::trade("2024-12-05", TransactionType::Buy, "LUCK", 100, 1000),
        test::trade("2024-12-02", TransactionType::Buy, "LUCK", 50, 1000),
        test::trade("2024-12-04", TransactionType::Sell, "LUCK", 60, 1020),
    };
    qsizetype index = -1;
    EXPECT_EQ(findUncoveredTransaction(list, &index),
              QStringLiteral("a sell of 60 shares of LUCK on 2024-12-04, when 50 were held"));
    EXPECT_EQ(index, 2);
    EXPECT_TRUE(findUncoveredTransaction(list.mid(0, 2)).isEmpty());
}
