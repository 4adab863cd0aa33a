// The library's daily history: bars from the exchange's files and from news tickers, the conflict rule,
// company search, --import of a folder of closing-rate files and --history in OHLCV, and schema 3 upgrades.
#include "core/library/dailybarchart.h"
#include "core/library/folderimport.h"
#include "core/library/library.h"
#include "core/load/snapshotloader.h"
#include "core/portfolio/performance.h"
#include "core/portfolio/pricehistory.h"
#include "psxgen.h"
#include "schemaversion.h"
#include "testdata.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

using namespace md;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

// A news page whose ticker prices OGDC on a given day (its published line dates it, the article's index level
// agreeing with the ticker's).
QByteArray newsPage(const QDate &day, const QString &ogdcPrice)
{
    return QStringLiteral("OGDC %1 Increased By \u25B2 1.00 (0.5%)\nKSE100 113,247 Increased By 609 (0.54%)\n\n"
                          "Shares close higher\nPublished %2 04:30pm\n\nKARACHI: Shares at the exchange closed higher, the KSE-100 "
                          "index at 113,247 points.\n")
        .arg(ogdcPrice, QLocale(QLocale::English).toString(day, QStringLiteral("MMMM d, yyyy")))
        .toUtf8();
}

class DailyBarsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_library = std::make_unique<Library>(m_dir.filePath(QStringLiteral("library.sqlite")));
        ASSERT_TRUE(m_library->open().ok());
    }

    AddSnapshotResult add(const QByteArray &bytes, const QString &source)
    {
        const SnapshotLoadResult loaded = parseSnapshotBytes(bytes, source);
        EXPECT_TRUE(loaded.ok()) << loaded.error.toStdString();
        if (!loaded.ok())
            return {};
        return m_library->addSnapshot(bytes, *loaded.snapshot, marketTimeOf(*loaded.snapshot));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
};

} // namespace

TEST_F(DailyBarsTest, ClosingRateFileGivesOneFullBarPerSymbolAndItsCompanyNames)
{
    const AddSnapshotResult r = add(test::readData(QStringLiteral("psx-closing-rates-31DEC2021.lis")), QStringLiteral("c.lis"));
    ASSERT_EQ(r.outcome, AddSnapshotResult::Outcome::Added) << r.error.toStdString();
    const QVector<DailyBar> bars = m_library->dailyBars(QStringLiteral("ogdc"));
    ASSERT_EQ(bars.size(), 1);
    const DailyBar &b = bars[0];
    EXPECT_EQ(b.date, QDate(2021, 12, 31));
    EXPECT_EQ(b.symbol, QStringLiteral("OGDC"));
    EXPECT_EQ(b.open, 84.2);
    EXPECT_EQ(b.high, 87.3);
    EXPECT_EQ(b.low, 84.15);
    EXPECT_EQ(b.close, 86.2);
    EXPECT_EQ(b.volume, 3368560);
    EXPECT_EQ(b.previousClose, 84.94);
    EXPECT_EQ(b.source, SnapshotKind::ClosingRates);

    // The board's rows are kept in the raw page, not copied into quotes; opening the snapshot reads it again.
    const std::optional<LibraryEntry> e = m_library->entry(r.id);
    ASSERT_TRUE(e.has_value());
    EXPECT_EQ(e->kind, SnapshotKind::ClosingRates);
    EXPECT_EQ(e->sessionDate, QDate(2021, 12, 31));
    EXPECT_EQ(e->quoteCount, 3);
    const std::optional<Snapshot> s = m_library->loadSnapshot(r.id);
    ASSERT_TRUE(s.has_value());
    EXPECT_EQ(s->quotes, parseSnapshotBytes(test::readData(QStringLiteral("psx-closing-rates-31DEC2021.lis")), QStringLiteral("c.lis")).snapshot->quotes);
    EXPECT_TRUE(m_library->check().ok());

    const QVector<CompanyInfo> found = m_library->findCompanies(QStringLiteral("gas dev"));
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found[0].symbol, QStringLiteral("OGDC"));
    EXPECT_EQ(found[0].company, QStringLiteral("Oil & Gas Dev."));
    EXPECT_EQ(found[0].sector, QStringLiteral("OIL & GAS EXPLORATION COMPANIES"));  // named from the file's code
    EXPECT_EQ(found[0].namesFrom, QDate(2021, 12, 31));
    EXPECT_EQ(m_library->findCompanies(QStringLiteral("petroleum")).size(), 2);
    EXPECT_EQ(m_library->findCompanies(QStringLiteral("PPL")).size(), 1);
    EXPECT_TRUE(m_library->findCompanies(QStringLiteral("cement")).isEmpty());

    // A library written before sectors were named holds the file's code: it is named when read.
    QSqlQuery older(m_library->database());
    ASSERT_TRUE(older.exec(QStringLiteral("UPDATE companies SET sector = '0804' WHERE symbol = 'PPL'")));
    const QVector<CompanyInfo> ppl = m_library->findCompanies(QStringLiteral("PPL"));
    ASSERT_EQ(ppl.size(), 1);
    EXPECT_EQ(ppl[0].sector, QStringLiteral("CEMENT"));
}

// Only a news ticker's row says its previous close by its printed change. An end-of-day series' first day, a
// close with no open or volume, says nothing of the day before: its bar keeps no previous close (not its own close,
// which would claim an unchanged day).
TEST_F(DailyBarsTest, AnExchangeCloseAloneKeepsNoPreviousClose)
{
    Snapshot s;
    s.source = QStringLiteral("OGDC.json");
    s.kind = SnapshotKind::EodSeries;
    s.format = SnapshotFormat::Text;
    Quote q(QStringLiteral("OGDC"), 224.96);
    q.sessionDate = QDate(2024, 12, 10);
    s.quotes.append(q);
    s.sessionDate = q.sessionDate;
    ASSERT_TRUE(m_library->addSnapshot(QByteArray("[]"), s, marketTimeOf(s)).ok());
    const QVector<DailyBar> bars = m_library->dailyBars(QStringLiteral("OGDC"));
    ASSERT_EQ(bars.size(), 1);
    EXPECT_EQ(bars[0].close, 224.96);
    EXPECT_FALSE(bars[0].previousClose.has_value());
}

TEST_F(DailyBarsTest, TheExchangesBarWinsOverANewsTickerWhicheverComesFirst)
{
    const QDate day(2024, 12, 10);
    // The news ticker first: a close-only bar.
    ASSERT_TRUE(add(newsPage(day, QStringLiteral("230.00")), QStringLiteral("news-1.txt")).ok());
    QVector<DailyBar> bars = m_library->dailyBars(QStringLiteral("OGDC"));
    ASSERT_EQ(bars.size(), 1);
    EXPECT_EQ(bars[0].date, day);
    EXPECT_EQ(bars[0].close, 230.0);
    EXPECT_EQ(bars[0].source, SnapshotKind::NewsPage);
    EXPECT_FALSE(bars[0].isFull());
    // The ticker's change is from the last close: the bar keeps that close, so the day's change is the page's.
    ASSERT_TRUE(bars[0].previousClose.has_value());
    EXPECT_EQ(*bars[0].previousClose, 229.0);
    EXPECT_EQ(*changeFromPreviousClose(bars, 0), 1.0);

    // The historical page of that day replaces it.
    ASSERT_TRUE(add(test::readData(QStringLiteral("psx-historical-2024-12-10.html")), QStringLiteral("hist.html")).ok());
    bars = m_library->dailyBars(QStringLiteral("OGDC"));
    ASSERT_EQ(bars.size(), 1);
    EXPECT_EQ(bars[0].close, 224.96);
    EXPECT_EQ(bars[0].source, SnapshotKind::HistoricalSession);

    // A later news page of the same day does not.
    ASSERT_TRUE(add(newsPage(day, QStringLiteral("231.00")), QStringLiteral("news-2.txt")).ok());
    bars = m_library->dailyBars(QStringLiteral("OGDC"));
    ASSERT_EQ(bars.size(), 1);
    EXPECT_EQ(bars[0].close, 224.96);

    // Removing the exchange's page brings the news ticker's close back for that day.
    ASSERT_TRUE(m_library->removeSnapshot(bars[0].snapshotId).ok());
    bars = m_library->dailyBars(QStringLiteral("OGDC"));
    ASSERT_EQ(bars.size(), 1);
    EXPECT_EQ(bars[0].source, SnapshotKind::NewsPage);
    EXPECT_EQ(bars[0].close, 231.0);  // the later capture of the day
}

// The bar rule (core/library/librarymarket.cpp): a session keeps the bar of its best source whatever the order
// its pages come in, and of two pages of one source the later capture's.
TEST_F(DailyBarsTest, AClosingRateFilesBarBeatsAMarketWatchBarAndALowerSourceNeverOverwritesIt)
{
    psxgen::Options options;
    options.symbols = 8;
    psxgen::Market market(options);
    const psxgen::Session session = market.nextSession();
    QVector<psxgen::Row> traded;
    for (const psxgen::Row &row : session.rows) {
        if (!row.suspended)
            traded.append(row);
    }
    ASSERT_GE(traded.size(), 5);
    // A market-watch board of the same session, every price moved by shift rupees, shown at a time of that day.
    const auto addBoard = [&](double shift, const QTime &shownAt) {
        psxgen::Session moved = session;
        for (psxgen::Row &row : moved.rows)
            row.close += shift;
        const QByteArray page = psxgen::marketWatchPage(market, moved);
        const SnapshotLoadResult loaded = parseSnapshotBytes(page, QStringLiteral("market-watch.html"));
        EXPECT_TRUE(loaded.ok()) << loaded.error.toStdString();
        EXPECT_EQ(loaded.snapshot->kind, SnapshotKind::MarketWatch);
        const CaptureTime capture{Timestamp::fromWallClock(session.date, shownAt, Timestamp::kPakistanOffsetSeconds),
                                  CaptureTime::Source::PageMetadata};
        EXPECT_EQ(m_library->addSnapshot(page, *loaded.snapshot, capture).outcome, AddSnapshotResult::Outcome::Added);
    };
    // Every traded symbol's one bar of the session: its source and its close less the file's close.
    const auto expectBars = [&](SnapshotKind source, double shift, const char *when) {
        for (const psxgen::Row &row : traded) {
            const QString symbol = market.companies()[row.company].symbol;
            const QVector<DailyBar> bars = m_library->dailyBars(symbol);
            ASSERT_EQ(bars.size(), 1) << when << ": " << symbol.toStdString();
            EXPECT_EQ(bars[0].date, session.date) << when;
            EXPECT_EQ(bars[0].source, source) << when << ": " << symbol.toStdString();
            EXPECT_NEAR(bars[0].close, row.close + shift, 1e-9) << when << ": " << symbol.toStdString();
        }
    };

    addBoard(1.0, QTime(15, 35));
    expectBars(SnapshotKind::MarketWatch, 1.0, "the first board");
    addBoard(2.0, QTime(15, 20));
    expectBars(SnapshotKind::MarketWatch, 1.0, "an earlier capture of the same source");
    addBoard(3.0, QTime(16, 0));
    expectBars(SnapshotKind::MarketWatch, 3.0, "a later capture of the same source");

    const QByteArray file = psxgen::closingRateFile(market, session);
    ASSERT_EQ(add(file, QStringLiteral("closing.lis")).outcome, AddSnapshotResult::Outcome::Added);
    expectBars(SnapshotKind::ClosingRates, 0.0, "the closing-rate file");
    addBoard(4.0, QTime(17, 0));
    expectBars(SnapshotKind::ClosingRates, 0.0, "a board captured after the file");
}

TEST_F(DailyBarsTest, EndOfDaySeriesGivesABarPerDayAndSeriesFollowTheBars)
{
    ASSERT_TRUE(add(test::readData(QStringLiteral("OGDC.json")), QStringLiteral("OGDC.json")).ok());
    const QVector<DailyBar> bars = m_library->dailyBars(QStringLiteral("OGDC"));
    ASSERT_EQ(bars.size(), 3);
    EXPECT_EQ(bars[2].date, QDate(2024, 12, 10));
    EXPECT_EQ(bars[2].open, 215.0);
    EXPECT_FALSE(bars[2].high.has_value());
    EXPECT_EQ(bars[2].source, SnapshotKind::EodSeries);
    const Series series = m_library->series(QStringLiteral("OGDC"));
    ASSERT_EQ(series.points.size(), 3);
    EXPECT_EQ(series.points[2].value, 224.96);
    EXPECT_EQ(series.points[2].change, 11.93);
    EXPECT_EQ(series.points[2].capturedAt, Timestamp::fromDate(QDate(2024, 12, 10)));
    EXPECT_TRUE(m_library->symbols().contains(QStringLiteral("OGDC")));
    EXPECT_EQ(m_library->dailyBars(QStringLiteral("OGDC"), QDate(2024, 12, 10), QDate(2024, 12, 31)).size(), 1);
}

TEST_F(DailyBarsTest, ImportingAFolderOfGeneratedClosingFilesStoresEveryBarExactly)
{
    psxgen::Options options;
    options.symbols = 60;
    psxgen::Market market(options);
    const QString folder = m_dir.filePath(QStringLiteral("closing"));
    QVector<psxgen::Session> sessions;
    for (int i = 0; i < 20; ++i) {
        const psxgen::Session &s = market.nextSession();
        sessions.append(s);
        writeFile(folder + QStringLiteral("/%1/%2.lis").arg(s.date.year()).arg(s.date.toString(QStringLiteral("yyyyMMdd"))),
                  psxgen::closingRateFile(market, s));
    }
    const ImportSummary summary = importFolder(*m_library, folder);
    EXPECT_EQ(summary.added, 20);
    EXPECT_TRUE(summary.failures.isEmpty());
    const QString symbol = market.companies()[7].symbol;
    const QVector<DailyBar> bars = m_library->dailyBars(symbol);
    int traded = 0;
    for (const psxgen::Session &s : sessions) {
        const psxgen::Row &row = s.rows[7];
        if (row.suspended)
            continue;
        ASSERT_LT(traded, bars.size());
        const DailyBar &b = bars[traded++];
        EXPECT_EQ(b.date, s.date);
        EXPECT_EQ(b.open, row.open);
        EXPECT_EQ(b.high, row.high);
        EXPECT_EQ(b.low, row.low);
        EXPECT_EQ(b.close, row.close);
        EXPECT_EQ(b.volume, row.volume);
        EXPECT_EQ(b.previousClose, row.ldcp);
    }
    EXPECT_EQ(bars.size(), traded);
    EXPECT_EQ(m_library->findCompanies(market.companies()[7].name).first().symbol, symbol);
}

TEST_F(DailyBarsTest, TheGeneratedKse100IsTheMarketsAndTheIndexOfThePerformance)
{
    psxgen::Options options;
    options.symbols = 60;  // the first 100 companies are the index's: here all 60
    psxgen::Market market(options);
    const QString folder = m_dir.filePath(QStringLiteral("market"));
    QVector<psxgen::Session> sessions;
    for (int i = 0; i < 20; ++i) {
        const psxgen::Session &s = market.nextSession();
        sessions.append(s);
        const QString day = s.date.toString(QStringLiteral("yyyyMMdd"));
        writeFile(folder + QStringLiteral("/%1.lis").arg(day), psxgen::closingRateFile(market, s));
        writeFile(folder + QStringLiteral("/KSE100-%1.txt").arg(day), psxgen::indexTickerPage(s));
    }
    // The level is the members' mean close against their prices before the first session (its LDCPs).
    for (const psxgen::Session &s : sessions) {
        double relatives = 0.0;
        for (qsizetype i = 0; i < s.rows.size(); ++i)
            relatives += s.rows[i].close / sessions[0].rows[i].ldcp;
        EXPECT_NEAR(s.kse100, psxgen::kKse100Base * relatives / double(s.rows.size()), 0.005) << s.date.toString().toStdString();
    }
    EXPECT_EQ(sessions[0].kse100Previous, psxgen::kKse100Base);

    const ImportSummary summary = importFolder(*m_library, folder);
    EXPECT_EQ(summary.added, 40);
    EXPECT_TRUE(summary.failures.isEmpty());
    const QVector<ClosePrice> levels = indexLevelsByDay(*m_library, QStringLiteral("KSE100"));
    ASSERT_EQ(levels.size(), sessions.size());
    for (qsizetype i = 0; i < levels.size(); ++i) {
        EXPECT_EQ(levels[i].date, sessions[i].date);
        EXPECT_DOUBLE_EQ(levels[i].close, sessions[i].kse100);
    }

    // A portfolio over these sessions gets the index's return beside its own (docs/portfolio.md).
    Transaction buy;
    buy.date = sessions[0].date;
    buy.type = TransactionType::Buy;
    buy.symbol = market.companies()[0].symbol;
    buy.quantity = 100;
    buy.price = sessions[0].rows[0].close;
    const QDate to = sessions.last().date;
    const Performance p = performanceOver({buy}, buy.date, to, PriceHistory::fromLibrary(*m_library, {buy.symbol}, to), levels);
    EXPECT_EQ(p.indexBaseDay, sessions[0].date);
    ASSERT_TRUE(p.indexReturn.has_value());
    EXPECT_NEAR(*p.indexReturn, sessions.last().kse100 / sessions[0].kse100 - 1.0, 1e-12);
}

TEST(DailyBarsCli, ImportAndHistoryPrintOhlcv)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("in"));
    writeFile(folder + QStringLiteral("/31DEC2021.lis"), test::readData(QStringLiteral("psx-closing-rates-31DEC2021.lis")));
    writeFile(folder + QStringLiteral("/OGDC.json"), test::readData(QStringLiteral("OGDC.json")));
    const QString library = dir.filePath(QStringLiteral("library.sqlite"));
    QProcess import;
    import.start(QStringLiteral(MARKETDESK_BINARY), {QStringLiteral("--import"), folder, QStringLiteral("--library"), library});
    ASSERT_TRUE(import.waitForFinished(60000));
    EXPECT_EQ(import.exitCode(), 0) << import.readAllStandardError().constData();
    EXPECT_EQ(import.readAllStandardOutput(), QByteArray("Imported 2 snapshots.\n"));

    QProcess history;
    history.start(QStringLiteral(MARKETDESK_BINARY), {QStringLiteral("--history"), QStringLiteral("ogdc"), QStringLiteral("--library"), library});
    ASSERT_TRUE(history.waitForFinished(60000));
    EXPECT_EQ(history.exitCode(), 0) << history.readAllStandardError().constData();
    EXPECT_EQ(history.readAllStandardOutput(),
              QByteArray("date,open,high,low,close,volume,previous_close,source\r\n"
                         "2021-12-31,84.2,87.3,84.15,86.2,3368560,84.94,closing-rates\r\n"
                         "2024-12-06,209,,,210,7000000,,eod-series\r\n"
                         "2024-12-09,210.5,,,213.03,9000000,210,eod-series\r\n"
                         "2024-12-10,215,,,224.96,12345678,213.03,eod-series\r\n"));
}

// ---- upgrades

namespace {

int userVersionOf(const QString &path)
{
    return test::schemaVersionOf(path);
}

} // namespace

class SchemaUpgradeTest : public ::testing::TestWithParam<const char *>
{
};

TEST_P(SchemaUpgradeTest, OlderLibraryOpensAtSchema3WithNewsTickersAsCloseOnlyBars)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    ASSERT_TRUE(QFile::copy(test::dataPath(QString::fromLatin1(GetParam())), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const int before = userVersionOf(path);
    ASSERT_LT(before, 3);
    {
        Library library(path);
        const LibraryOpenResult opened = library.open();
        ASSERT_TRUE(opened.ok()) << opened.error.toStdString();
        const int snapshots = library.snapshotCount();
        EXPECT_GT(snapshots, 0);
        for (const LibraryEntry &e : library.listSnapshots()) {
            EXPECT_EQ(e.kind, SnapshotKind::NewsPage);
            ASSERT_TRUE(library.loadSnapshot(e.id).has_value());
        }
        // News pages with a known capture day gave close-only bars.
        bool anyBar = false;
        for (const QString &symbol : library.symbols()) {
            for (const DailyBar &b : library.dailyBars(symbol)) {
                anyBar = true;
                EXPECT_EQ(b.source, SnapshotKind::NewsPage);
                EXPECT_FALSE(b.isFull());
            }
        }
        EXPECT_TRUE(anyBar);
        // Reading again with today's rules keeps everything whole.
        library.rereadOlderSnapshots();
        EXPECT_EQ(library.snapshotCount(), snapshots);
        EXPECT_TRUE(library.check().ok());
        // The upgraded library takes the exchange's files.
        const QByteArray closing = test::readData(QStringLiteral("psx-closing-rates-31DEC2021.lis"));
        EXPECT_TRUE(library.importFile(test::dataPath(QStringLiteral("psx-closing-rates-31DEC2021.lis"))).ok());
        EXPECT_EQ(library.dailyBars(QStringLiteral("OGDC"), QDate(2021, 12, 31), QDate(2021, 12, 31)).size(), 1);
        Q_UNUSED(closing);
    }
    EXPECT_EQ(userVersionOf(path), Library::kSchemaVersion);
}

INSTANTIATE_TEST_SUITE_P(LibraryFiles, SchemaUpgradeTest, ::testing::Values("library-v1.sqlite", "library-v2.sqlite"));

// Issue 20: a ticker copy that prints no date is dated by the session whose closes it shows, from the exchange's
// own bars in the library; fewer than five matching symbols date nothing.
TEST_F(DailyBarsTest, UndatedTickerIsFiledUnderTheSessionWhoseClosesItShows)
{
    QDir().mkpath(m_dir.filePath(QStringLiteral("in")));
    const QString closing = m_dir.filePath(QStringLiteral("in/closing.lis"));
    const QString story = m_dir.filePath(QStringLiteral("in/story.txt"));
    writeFile(closing, test::readData(QStringLiteral("psx-closing-rates-14JUN2024.lis")));
    writeFile(story, test::readData(QStringLiteral("text-2021-reserved-under-2024-ticker.txt")));
    ASSERT_EQ(m_library->importFile(closing).outcome, AddSnapshotResult::Outcome::Added);
    const AddSnapshotResult added = m_library->importFile(story);
    ASSERT_EQ(added.outcome, AddSnapshotResult::Outcome::Added) << added.error.toStdString();
    const std::optional<LibraryEntry> e = m_library->entry(added.id);
    ASSERT_TRUE(e);
    EXPECT_EQ(e->captureSource, CaptureTime::Source::LibraryBars);
    EXPECT_EQ(e->capturedAt.toIsoString(), QStringLiteral("2024-06-14"));
    EXPECT_EQ(e->publishedAt.toIsoString(), QStringLiteral("2021-01-01"));

    // Four of the eight closes changed: no session matches five symbols.
    QVector<Quote> quotes = m_library->loadSnapshot(added.id)->quotes;
    ASSERT_EQ(quotes.size(), 8);
    for (int i = 0; i < 4; ++i)
        quotes[i].price += 0.05;
    EXPECT_TRUE(m_library->sessionOfCloses(quotes).isNull());
    EXPECT_EQ(m_library->sessionOfCloses(m_library->loadSnapshot(added.id)->quotes), QDate(2024, 6, 14));
}

// Issue 20: a board dated only by its file (it prints no time, names no session) makes no bar on the day the
// file was copied — a Sunday, perhaps; the snapshot is kept and listed "(file date)". The user's correction
// names the session, and the bars follow it.
TEST_F(DailyBarsTest, ABoardDatedOnlyByItsFileMakesNoBarUntilTheSessionIsGiven)
{
    QDir().mkpath(m_dir.filePath(QStringLiteral("in")));
    const QString copy = m_dir.filePath(QStringLiteral("in/market-watch.html"));
    ASSERT_TRUE(QFile::copy(test::dataPath(QStringLiteral("psx-market-watch-badges.html")), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QFile file(copy);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    const QDateTime sunday(QDate(2026, 12, 6), QTime(12, 36), Qt::UTC);
    ASSERT_TRUE(file.setFileTime(sunday, QFileDevice::FileModificationTime));
    file.close();

    const AddSnapshotResult r = m_library->importFile(copy);
    ASSERT_EQ(r.outcome, AddSnapshotResult::Outcome::Added) << r.error.toStdString();
    const QVector<LibraryEntry> entries = m_library->listSnapshots();
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries[0].captureSource, CaptureTime::Source::FileModified);
    EXPECT_TRUE(m_library->dailyBars(QStringLiteral("OGDC")).isEmpty());

    ASSERT_TRUE(m_library->correctCaptureTime(entries[0].id, Timestamp::fromDate(QDate(2024, 12, 10))).ok());
    const QVector<DailyBar> bars = m_library->dailyBars(QStringLiteral("OGDC"));
    ASSERT_EQ(bars.size(), 1);
    EXPECT_EQ(bars[0].date, QDate(2024, 12, 10));
}
