// Market data dated by evidence (core/capturetime.h): a "today" stamp, the library's bars, an article the
// ticker agrees with, the file's time; never the article's date when the ticker contradicts it.
#include "core/capturetime.h"

#include <gtest/gtest.h>

using namespace md;

namespace {

Snapshot tickerWithKse100(double level)
{
    Snapshot s;
    s.quotes = {{QStringLiteral("OGDC"), 221.77, -0.38, -0.17}, {QStringLiteral("LUCK"), 1012.5, 4.5, 0.45}};
    s.indices = {{QStringLiteral("KSE100"), level, -308.5, -0.27}, {QStringLiteral("KSE30"), level * 0.31, -99.2, -0.27}};
    return s;
}

ArticleBlock paragraph(const QString &text)
{
    ArticleBlock b;
    b.text = text;
    return b;
}

// A story of New Year's Day 2021 re-served under a ticker of late 2024.
Snapshot reservedStory()
{
    Snapshot s = tickerWithKse100(75342);
    s.article.headline = QStringLiteral("Shares open the year above 44,000");
    s.article.publishedAt = Timestamp::fromDate(QDate(2021, 1, 1));
    s.article.blocks = {paragraph(QStringLiteral("The benchmark index crossed the 44,000 mark for the first time in "
                                                 "three years and settled at 44,163.25 points.")),
                        paragraph(QStringLiteral("Volumes rose to 702,110,300 shares."))};
    return s;
}

const QDateTime kFileTime(QDate(2024, 12, 11), QTime(9, 30), Qt::UTC);

} // namespace

TEST(MarketDate, ReservedStoryIsNeverDatedByItsArticleWhenTheTickerContradictsIt)
{
    Snapshot s = reservedStory();
    EXPECT_EQ(compareArticleFigures(s), ArticleFigures::Contradict);

    MarketEvidence evidence;
    evidence.fileModified = kFileTime;
    dateMarketData(s, evidence);
    EXPECT_EQ(s.marketAsOfSource, MarketTimeSource::FileModified);
    EXPECT_EQ(s.marketAsOf.toUtc(), kFileTime);
    EXPECT_EQ(s.article.publishedAt.toIsoString(), QStringLiteral("2021-01-01"));  // the story keeps its day
    ASSERT_EQ(s.warnings.size(), 1);
    EXPECT_TRUE(s.warnings.first().startsWith(QStringLiteral("The ticker's date is uncertain")))
        << s.warnings.first().toStdString();
    EXPECT_TRUE(s.warnings.first().contains(QStringLiteral("2021-01-01"))) << s.warnings.first().toStdString();
}

TEST(MarketDate, ReservedStoryWithoutAFileTimeHasNoMarketTime)
{
    Snapshot s = reservedStory();
    dateMarketData(s);
    EXPECT_FALSE(s.marketAsOf.isValid());
    EXPECT_EQ(s.marketAsOfSource, MarketTimeSource::Unknown);
    ASSERT_EQ(s.warnings.size(), 1);
    EXPECT_TRUE(s.warnings.first().startsWith(QStringLiteral("The ticker's date is unknown")));
}

TEST(MarketDate, ArticleDatesTheTickerWhenItsIndexFiguresAgree)
{
    Snapshot s = tickerWithKse100(62451);
    s.article.publishedAt = Timestamp::fromDate(QDate(2023, 12, 22));
    s.article.updatedAt = Timestamp::fromWallClock(QDate(2023, 12, 22), QTime(16, 28));
    s.article.blocks = {paragraph(QStringLiteral("Bears returned to the floor. The KSE-100 settled at 61,914.34 "
                                                 "points, down 1,105.60 points or 1.74 percent."))};
    EXPECT_EQ(compareArticleFigures(s), ArticleFigures::Agree);
    dateMarketData(s, {QDateTime(), kFileTime, {}});
    EXPECT_EQ(s.marketAsOfSource, MarketTimeSource::Article);
    EXPECT_EQ(s.marketAsOf.toIsoString(), QStringLiteral("2023-12-22T16:28:00"));  // the update, the later time
    EXPECT_TRUE(s.warnings.isEmpty());
}

TEST(MarketDate, FiguresFarFromEveryIndexAreNotLevels)
{
    // "down 1,100 points" and a share count are not index levels: they neither agree nor contradict.
    Snapshot s = tickerWithKse100(62451);
    s.article.blocks = {paragraph(QStringLiteral("The index lost over 1,100 points as 415,000,000 shares changed "
                                                 "hands on the bourse."))};
    EXPECT_EQ(compareArticleFigures(s), ArticleFigures::None);
    // Nor are figures outside a sentence about an index.
    s.article.blocks = {paragraph(QStringLiteral("The company earned 61,900.00 million rupees."))};
    EXPECT_EQ(compareArticleFigures(s), ArticleFigures::None);
}

TEST(MarketDate, StoryPublishedWithinADayOfTheFileDatesTheTicker)
{
    Snapshot s = tickerWithKse100(111487);
    s.article.publishedAt = Timestamp::fromDate(QDate(2024, 12, 10));
    s.article.blocks = {paragraph(QStringLiteral("Cement makers led the market higher."))};
    dateMarketData(s, {QDateTime(), kFileTime, {}});  // the file: 11 December, 14:30 in Karachi
    EXPECT_EQ(s.marketAsOfSource, MarketTimeSource::Article);
    EXPECT_EQ(s.marketAsOf.toIsoString(), QStringLiteral("2024-12-10"));

    Snapshot late = tickerWithKse100(111487);
    late.article = s.article;
    dateMarketData(late, {QDateTime(), QDateTime(QDate(2024, 12, 14), QTime(9, 30), Qt::UTC), {}});
    EXPECT_EQ(late.marketAsOfSource, MarketTimeSource::FileModified);
    ASSERT_EQ(late.warnings.size(), 1);
    EXPECT_TRUE(late.warnings.first().contains(QStringLiteral("not published within a day of the file")));
}

// A snapshot copied, downloaded or restored today keeps the day its name was given ("…-2024-12-06.txt") where
// that is earlier than the file's time: the ticker is filed under that day, with a warning.
TEST(MarketDate, TheDateInACopiedFilesNameWinsOverItsNewTime)
{
    const QDateTime copied(QDate(2026, 12, 7), QTime(12, 28), Qt::UTC);
    Snapshot s = tickerWithKse100(113247);
    s.source = QStringLiteral("/home/u/snapshots/brecorder-syria-2024-12-06.txt");
    dateMarketData(s, {QDateTime(), copied, {}});
    EXPECT_EQ(s.marketAsOfSource, MarketTimeSource::FileName);
    EXPECT_EQ(s.marketAsOf.toIsoString(), QStringLiteral("2024-12-06"));
    ASSERT_EQ(s.warnings.size(), 1);
    EXPECT_TRUE(s.warnings.first().contains(QStringLiteral("the date in the file's name (2024-12-06)")));
    EXPECT_EQ(marketTimeOf(s).source, CaptureTime::Source::FileName);
    EXPECT_TRUE(isFileEvidence(marketTimeOf(s).source));
    EXPECT_EQ(notedCaptureTime(QStringLiteral("2024-12-06"), marketTimeOf(s).source),
              QStringLiteral("2024-12-06 (file name date)"));

    // A name within a day of the article's date was likely given after the article: it is that date again, not
    // evidence of the ticker's day (a story of 2020 saved with today's ticker and named by its date).
    Snapshot story = tickerWithKse100(113247);
    story.source = QStringLiteral("/home/u/snapshots/brecorder-2020-11-03-flour.txt");
    story.article.publishedAt = Timestamp::fromDate(QDate(2020, 11, 4));
    story.article.blocks = {paragraph(QStringLiteral("Flour mills raised their prices."))};
    dateMarketData(story, {QDateTime(), copied, {}});
    EXPECT_EQ(story.marketAsOfSource, MarketTimeSource::FileModified);
    // A story far from the name's day leaves the name a fact of its own.
    story.article.publishedAt = Timestamp::fromDate(QDate(2021, 1, 1));
    story.warnings.clear();
    dateMarketData(story, {QDateTime(), copied, {}});
    EXPECT_EQ(story.marketAsOfSource, MarketTimeSource::FileName);
    EXPECT_EQ(story.marketAsOf.toIsoString(), QStringLiteral("2020-11-03"));

    // A name dated the file's own day adds nothing to its time; one dated after the file is no save date.
    for (const char *name : {"/tmp/psx-2026-12-07.txt", "/tmp/psx-2027-01-15.txt"}) {
        Snapshot same = tickerWithKse100(113247);
        same.source = QString::fromLatin1(name);
        dateMarketData(same, {QDateTime(), copied, {}});
        EXPECT_EQ(same.marketAsOfSource, MarketTimeSource::FileModified) << name;
    }

    // A web address's date is the story's, never a file's name.
    Snapshot web = tickerWithKse100(113247);
    web.source = QStringLiteral("https://example.pk/2024/12/06/markets.html");
    dateMarketData(web, {QDateTime(), copied, {}});
    EXPECT_EQ(web.marketAsOfSource, MarketTimeSource::FileModified);

    // Bytes in memory with a dated name (a library's re-read, whose file time is unknown) keep the name's day.
    Snapshot bytes = tickerWithKse100(113247);
    bytes.source = s.source;
    dateMarketData(bytes, {});
    EXPECT_EQ(bytes.marketAsOfSource, MarketTimeSource::FileName);
    EXPECT_EQ(bytes.marketAsOf.toIsoString(), QStringLiteral("2024-12-06"));
}

TEST(MarketDate, TodayStampsAreExactAndWinOverEverything)
{
    // A masthead date: the page's own "today".
    Snapshot page = reservedStory();
    page.capturedAt = Timestamp::fromDate(QDate(2024, 12, 10));
    dateMarketData(page, {QDateTime(), kFileTime, [](const QVector<Quote> &) { return QDate(2024, 12, 9); }});
    EXPECT_EQ(page.marketAsOfSource, MarketTimeSource::PageMetadata);
    EXPECT_EQ(page.marketAsOf.toIsoString(), QStringLiteral("2024-12-10"));
    EXPECT_TRUE(page.warnings.isEmpty());

    // An archive's Date: header.
    Snapshot archive = reservedStory();
    archive.format = SnapshotFormat::Mhtml;
    archive.capturedAt = Timestamp::fromIsoString(QStringLiteral("2024-12-06T19:00:00+05:00"));
    dateMarketData(archive, {QDateTime(), kFileTime, {}});
    EXPECT_EQ(archive.marketAsOfSource, MarketTimeSource::Archive);
    EXPECT_EQ(archive.marketAsOf.toIsoString(), QStringLiteral("2024-12-06T19:00:00+05:00"));

    // A closing-rate file's session, whatever the file's time.
    Snapshot closing;
    closing.kind = SnapshotKind::ClosingRates;
    closing.sessionDate = QDate(2024, 12, 4);
    closing.quotes = {{QStringLiteral("OGDC"), 86.2, 1.26, 1.48}};
    dateMarketData(closing, {QDateTime(), QDateTime(QDate(2026, 12, 6), QTime(8, 0), Qt::UTC), {}});
    EXPECT_EQ(closing.marketAsOfSource, MarketTimeSource::ExchangeSession);
    EXPECT_EQ(closing.marketAsOf.toIsoString(), QStringLiteral("2024-12-04"));
    EXPECT_TRUE(closing.warnings.isEmpty());

    // The moment a page was fetched.
    Snapshot fetched = reservedStory();
    dateMarketData(fetched, {QDateTime(QDate(2024, 12, 10), QTime(9, 35), Qt::UTC), kFileTime, {}});
    EXPECT_EQ(fetched.marketAsOfSource, MarketTimeSource::Archive);
    EXPECT_EQ(fetched.marketAsOf.toExchangeClock(), QDateTime(QDate(2024, 12, 10), QTime(14, 35), Qt::UTC));
}

TEST(MarketDate, LibraryBarsDateATickerBeforeItsArticle)
{
    Snapshot s = reservedStory();
    QVector<Quote> asked;
    dateMarketData(s, {QDateTime(), kFileTime, [&](const QVector<Quote> &quotes) {
                           asked = quotes;
                           return QDate(2024, 12, 10);
                       }});
    EXPECT_EQ(asked, s.quotes);
    EXPECT_EQ(s.marketAsOfSource, MarketTimeSource::LibraryBars);
    EXPECT_EQ(s.marketAsOf.toIsoString(), QStringLiteral("2024-12-10"));
    EXPECT_TRUE(s.warnings.isEmpty());
}

TEST(MarketDate, PageWithoutMarketDataTakesItsArticlesDateWithoutWarning)
{
    Snapshot s;
    s.article.headline = QStringLiteral("Budget talks resume");
    s.article.publishedAt = Timestamp::fromDate(QDate(2021, 1, 1));
    dateMarketData(s, {QDateTime(), kFileTime, {}});
    EXPECT_EQ(s.marketAsOfSource, MarketTimeSource::Article);
    EXPECT_EQ(s.marketAsOf.toIsoString(), QStringLiteral("2021-01-01"));
    EXPECT_TRUE(s.warnings.isEmpty());
}

TEST(MarketDate, MarketTimeOfFallsBackToTheFileOnlyWhenNoneWasRecorded)
{
    Snapshot s;
    EXPECT_EQ(marketTimeOf(s).source, CaptureTime::Source::Unknown);
    EXPECT_EQ(marketTimeOf(s, kFileTime).source, CaptureTime::Source::FileModified);
    EXPECT_EQ(marketTimeOf(s, kFileTime).time.toUtc(), kFileTime);
    s.marketAsOf = Timestamp::fromDate(QDate(2024, 12, 10));
    s.marketAsOfSource = MarketTimeSource::LibraryBars;
    EXPECT_EQ(marketTimeOf(s, kFileTime).source, CaptureTime::Source::LibraryBars);
}

TEST(MarketDate, SourceKeysReadBack)
{
    for (MarketTimeSource source : {MarketTimeSource::Archive, MarketTimeSource::PageMetadata,
                                    MarketTimeSource::ExchangeSession, MarketTimeSource::LibraryBars,
                                    MarketTimeSource::Article, MarketTimeSource::FileName, MarketTimeSource::FileModified,
                                    MarketTimeSource::Corrected, MarketTimeSource::Unknown})
        EXPECT_EQ(captureSourceFromKey(captureSourceKey(source)), source);
    // What an older release stored for "newest comment" is no evidence any more.
    EXPECT_EQ(captureSourceFromKey(QStringLiteral("comment")), MarketTimeSource::Unknown);
}

// An Urdu story's index level, written in words of the South Asian scale, agrees with the ticker or
// contradicts it as an English one does (issue 24).
TEST(MarketDate, UrduStoryIndexLevelsInLakhAndHazar)
{
    Snapshot agrees = tickerWithKse100(103274.40);
    agrees.article.blocks = {paragraph(QStringLiteral(u"پاکستان اسٹاک ایکسچینج میں خریداری رہی۔کاروبار کے اختتام پر 100 انڈیکس "
                                                      u"1917 پوائنٹس اضافے سے 1 لاکھ 3 ہزار 274 پوائنٹس پر بند ہوا۔"))};
    EXPECT_EQ(compareArticleFigures(agrees), ArticleFigures::Agree);

    Snapshot reserved = tickerWithKse100(75342);
    reserved.article.blocks = agrees.article.blocks;
    EXPECT_EQ(compareArticleFigures(reserved), ArticleFigures::Contradict);

    // Lakh-grouped digits and Urdu digits.
    Snapshot grouped = tickerWithKse100(153411);
    grouped.article.blocks = {paragraph(QStringLiteral(u"ہنڈرڈ انڈیکس پہلی مرتبہ ۱,۵۳,۴۱۱ پوائنٹس کی بلند ترین سطح پر پہنچ گیا۔"))};
    EXPECT_EQ(compareArticleFigures(grouped), ArticleFigures::Agree);

    // Share counts and money are not levels: no figure near any index says nothing either way.
    Snapshot volumes = tickerWithKse100(103274.40);
    volumes.article.blocks = {paragraph(QStringLiteral(u"بازار میں 85 کروڑ شیئرز کے سودے ہوئے جن کی مالیت 39 ارب روپے رہی، انڈیکس میں اضافہ ہوا۔"))};
    EXPECT_EQ(compareArticleFigures(volumes), ArticleFigures::None);
}
