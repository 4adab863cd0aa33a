// Portfolio Performance's CSV export (tests/data/portfolio-performance/, our own rows in its format): recognised
// by its header in English or German, mapped onto our transactions, refused all or nothing with file, line and reason.
#include "core/portfolio/portfolioperformancecsv.h"
#include "core/portfolio/transactioncsv.h"
#include "portfoliofixtures.h"
#include "testdata.h"

#include <gtest/gtest.h>

#include <ostream>
#include <vector>

using namespace md;
using md::test::day;

namespace {

const QDate kToday(2024, 12, 31);

TransactionCsvResult readFixture(const char *name)
{
    const QString file = QStringLiteral("portfolio-performance/") + QString::fromLatin1(name);
    return readTransactionsCsv(test::readData(file), QString::fromLatin1(name), kToday, QStringLiteral("PP"));
}

TransactionCsvResult read(const char *text)
{
    return readTransactionsCsv(QByteArray(text), QStringLiteral("export.csv"), kToday);
}

// The issue's three trades, as our CSV reads them.
QVector<Transaction> issueExample(const QString &portfolio)
{
    QVector<Transaction> list = {test::trade("2024-12-02", TransactionType::Buy, "LUCK", 100, 1000),
                                 test::trade("2024-12-03", TransactionType::Buy, "OGDC", 50, 200),
                                 test::trade("2024-12-04", TransactionType::Sell, "LUCK", 40, 1020)};
    for (Transaction &t : list)
        t.portfolio = portfolio;
    return list;
}

} // namespace

TEST(PortfolioPerformanceCsv, RecognisesItsHeaderInEnglishAndGermanButNotOurs)
{
    EXPECT_TRUE(isPortfolioPerformanceHeader(QStringLiteral(
        "Date,Type,Value,Transaction Currency,Gross Amount,Currency Gross Amount,Exchange Rate,Fees,Taxes,Shares,ISIN,"
        "WKN,Ticker Symbol,Security Name,Note")));
    EXPECT_TRUE(isPortfolioPerformanceHeader(QString::fromUtf8(
        "Datum;Typ;Wert;Buchungsw\xC3\xA4hrung;Bruttobetrag;W\xC3\xA4hrung Bruttobetrag;Wechselkurs;Geb\xC3\xBChren;"
        "Steuern;St\xC3\xBC" "ck;ISIN;WKN;Ticker-Symbol;Wertpapiername;Notiz")));
    EXPECT_FALSE(isPortfolioPerformanceHeader(QStringLiteral("date,type,symbol,quantity,price,amount,fees,taxes,note")));
    EXPECT_FALSE(isPortfolioPerformanceHeader(QStringLiteral("Date,Open,High,Low,Close,Volume")));
}

TEST(PortfolioPerformanceCsv, TheEnglishPortfolioExportIsTheIssuesExample)
{
    const TransactionCsvResult r = readFixture("portfolio-en.csv");
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    QVector<Transaction> expected = issueExample(QStringLiteral("PP"));
    EXPECT_EQ(std::vector<Transaction>(r.transactions.cbegin(), r.transactions.cend()),
              std::vector<Transaction>(expected.cbegin(), expected.cend()));
    EXPECT_EQ(std::vector<int>(r.lines.cbegin(), r.lines.cend()), (std::vector<int>{2, 3, 4}));
}

TEST(PortfolioPerformanceCsv, TheGermanPortfolioExportReadsTheSame)
{
    const TransactionCsvResult r = readFixture("portfolio-de.csv");
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    QVector<Transaction> expected = issueExample(QStringLiteral("PP"));
    expected[2].note = QStringLiteral("Teilverkauf");
    EXPECT_EQ(std::vector<Transaction>(r.transactions.cbegin(), r.transactions.cend()),
              std::vector<Transaction>(expected.cbegin(), expected.cend()));
}

TEST(PortfolioPerformanceCsv, AnAccountExportMapsFeesTaxesDividendsAndCash)
{
    const TransactionCsvResult r = readFixture("account-en.csv");
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    ASSERT_EQ(r.transactions.size(), 7);
    const Transaction &deposit = r.transactions[0];
    EXPECT_EQ(deposit.type, TransactionType::Deposit);
    EXPECT_EQ(deposit.amount, 150000);
    EXPECT_EQ(deposit.note, QStringLiteral("opening balance"));
    // A buy's value is what was paid: 100 × 1,000 + fees 100 + taxes 50.
    const Transaction &buy = r.transactions[1];
    EXPECT_EQ(buy.type, TransactionType::Buy);
    EXPECT_EQ(buy.symbol, QStringLiteral("LUCK"));
    EXPECT_EQ(buy.quantity, 100);
    EXPECT_EQ(buy.price, 1000);
    EXPECT_EQ(buy.fees, 100);
    EXPECT_EQ(buy.taxes, 50);
    // A delivery is a buy at its value, and says what it was.
    const Transaction &delivery = r.transactions[2];
    EXPECT_EQ(delivery.type, TransactionType::Buy);
    EXPECT_EQ(delivery.symbol, QStringLiteral("OGDC"));
    EXPECT_EQ(delivery.price, 200);
    EXPECT_EQ(delivery.fees, 100);
    EXPECT_EQ(delivery.note, QStringLiteral("Delivery (Inbound): moved from another broker, at cost"));
    // A dividend's value is the cash credited, after the tax withheld.
    const Transaction &dividend = r.transactions[3];
    EXPECT_EQ(dividend.type, TransactionType::Dividend);
    EXPECT_EQ(dividend.amount, 425);
    EXPECT_EQ(dividend.taxes, 75);
    EXPECT_EQ(dividend.quantity, 100);
    // A sell's value is what was received: 40 × 1,020 − fees 10 − taxes 6.
    const Transaction &sell = r.transactions[4];
    EXPECT_EQ(sell.type, TransactionType::Sell);
    EXPECT_EQ(sell.quantity, 40);
    EXPECT_EQ(sell.price, 1020);
    EXPECT_EQ(sell.fees, 10);
    EXPECT_EQ(sell.taxes, 6);
    EXPECT_EQ(r.transactions[5].type, TransactionType::Fee);
    EXPECT_EQ(r.transactions[5].amount, 150);
    EXPECT_EQ(r.transactions[6].type, TransactionType::Withdrawal);
    EXPECT_EQ(r.transactions[6].amount, 5000);
}

TEST(PortfolioPerformanceCsv, ASwissExportHasPointsInItsNumbersAndSemicolonsBetweenFields)
{
    const TransactionCsvResult r = read("Date;Type;Value;Transaction Currency;Fees;Taxes;Shares;Ticker Symbol;Note\n"
                                        "2024-12-02T00:00;Buy;1'000.50;PKR;0.50;;1;LUCK;\n");
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    ASSERT_EQ(r.transactions.size(), 1);
    EXPECT_EQ(r.transactions[0].price, 1000);
    EXPECT_EQ(r.transactions[0].fees, 0.5);
}

struct BadExport
{
    const char *name;
    const char *text;
    const char *error;
};

// Its name in test output, not its bytes.
void PrintTo(const BadExport &csv, std::ostream *os)
{
    *os << csv.name;
}

class PortfolioPerformanceCsvRefuses : public ::testing::TestWithParam<BadExport>
{
};

TEST_P(PortfolioPerformanceCsvRefuses, NamingTheFileTheLineAndTheReasonAndReadingNothing)
{
    const TransactionCsvResult r = read(GetParam().text);
    EXPECT_FALSE(r.ok());
    EXPECT_TRUE(r.transactions.isEmpty());
    EXPECT_EQ(r.error, QString::fromUtf8(GetParam().error));
}

#define PP_HEADER "Date,Type,Value,Transaction Currency,Gross Amount,Currency Gross Amount,Exchange Rate,Fees,Taxes," \
                  "Shares,ISIN,WKN,Ticker Symbol,Security Name,Note\r\n"
#define PP_BUY "2024-12-02T00:00,Buy,\"1,000.00\",PKR,,,,,,1,,,LUCK,Lucky Cement Limited,\r\n"
INSTANTIATE_TEST_SUITE_P(
    BadInputs, PortfolioPerformanceCsvRefuses,
    ::testing::Values(
        BadExport{"TypeWeDoNotKeep", PP_HEADER PP_BUY "2024-12-03T00:00,Interest,12.00,PKR,,,,,,,,,,,\r\n",
                  "export.csv: line 3: the Portfolio Performance type \"Interest\" has no MarketDesk transaction; it reads "
                  "Buy, Sell, Delivery (Inbound), Delivery (Outbound), Transfer (Inbound), Transfer (Outbound), Dividend, "
                  "Deposit, Withdrawal, Fees; nothing was imported"},
        BadExport{"ForeignCurrency", PP_HEADER "2024-12-02T00:00,Buy,\"1,000.00\",EUR,,,,,,1,,,SAP,SAP SE,\r\n",
                  "export.csv: line 2: its value is in EUR; MarketDesk keeps Pakistani rupees (PKR); nothing was imported"},
        BadExport{"NoTickerSymbol", PP_HEADER "2024-12-02T00:00,Buy,\"1,000.00\",PKR,,,,,,1,,,,Lucky Cement Limited,\r\n",
                  "export.csv: line 2: \"Lucky Cement Limited\" has no ticker symbol; give it its PSX symbol (such as LUCK) "
                  "in Portfolio Performance and export again; nothing was imported"},
        BadExport{"GermanNumberInAnEnglishFile", PP_HEADER "2024-12-02T00:00,Buy,\"1.000,00\",PKR,,,,,,1,,,LUCK,,\r\n",
                  "export.csv: line 2: Value \"1.000,00\" is not a number (such as 1,234.56); nothing was imported"},
        BadExport{"NotADate", PP_HEADER "02.12.2024,Buy,\"1,000.00\",PKR,,,,,,1,,,LUCK,,\r\n",
                  "export.csv: line 2: \"02.12.2024\" is not a date (such as 2024-12-02T00:00); nothing was imported"},
        BadExport{"FutureDate", PP_HEADER "2025-01-02T00:00,Buy,\"1,000.00\",PKR,,,,,,1,,,LUCK,,\r\n",
                  "export.csv: line 2: 2025-01-02 is in the future (today is 2024-12-31); nothing was imported"},
        BadExport{"BuyWithoutShares", PP_HEADER "2024-12-02T00:00,Buy,\"1,000.00\",PKR,,,,,,,,,LUCK,,\r\n",
                  "export.csv: line 2: a Buy needs shares above 0; nothing was imported"},
        BadExport{"FieldMissing", PP_HEADER PP_BUY "2024-12-03T00:00,Sell,\"-1,000.00\",PKR\r\n",
                  "export.csv: line 3: it has 4 fields; the header has 15; nothing was imported"},
        BadExport{"NoTickerColumn", "Date,Type,Value,Shares,Security Name\r\n2024-12-02T00:00,Buy,1000.00,1,Lucky\r\n",
                  "export.csv: line 1: a Portfolio Performance export needs the column \"Ticker Symbol\" (or "
                  "\"Ticker-Symbol\"); nothing was imported"}),
    [](const ::testing::TestParamInfo<BadExport> &info) { return std::string(info.param.name); });
