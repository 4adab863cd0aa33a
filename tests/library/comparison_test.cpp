// Comparing snapshots, the comparison and list models, range presets and the history CSV.
#include "core/csv/csvformat.h"
#include "core/csv/csvwriter.h"
#include "core/library/historycsv.h"
#include "core/library/historyrange.h"
#include "core/library/snapshotcomparison.h"
#include "core/models/comparisonmodel.h"
#include "core/models/comparisonproxymodel.h"
#include "core/models/librarylistmodel.h"
#include "core/models/snapshottitle.h"
#include "testdata.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QSortFilterProxyModel>

#include <gtest/gtest.h>

#include <vector>

using namespace md;

namespace {

Snapshot makeSnapshot(QVector<IndexValue> indices, QVector<Quote> quotes)
{
    Snapshot s;
    s.indices = std::move(indices);
    s.quotes = std::move(quotes);
    return s;
}

const Snapshot kBefore = makeSnapshot(
    {{QStringLiteral("KSE100"), 113247, 609, 0.54}, {QStringLiteral("KSE30"), 35712, 253.6, 0.72}},
    {{QStringLiteral("OGDC"), 224.96, 11.93, 5.6}, {QStringLiteral("PPL"), 193.09, 9.52, 5.19},
     {QStringLiteral("SILK"), 0.99, -0.01, -1}, {QStringLiteral("OGDC"), 1, 0, 0}});
const Snapshot kAfter = makeSnapshot(
    {{QStringLiteral("KSE100"), 111487, -543, -0.48}, {QStringLiteral("KSE30"), 35712, 0, 0}},
    {{QStringLiteral("PPL"), 190.00, -3.09, -1.6}, {QStringLiteral("OGDC"), 230.50, 5.54, 2.46},
     {QStringLiteral("HUBC"), 126.05, -1.24, -0.97}, {QStringLiteral("SILK"), 0.0, -0.99, -100}});

} // namespace

TEST(Comparison, MatchesRowsByNameIndicesFirst)
{
    const QVector<ComparisonRow> rows = compareSnapshots(kBefore, kAfter);
    ASSERT_EQ(rows.size(), 6);
    EXPECT_EQ(rows[0], (ComparisonRow{ComparisonRow::Kind::Index, QStringLiteral("KSE100"), 113247.0, 111487.0}));
    EXPECT_EQ(*rows[0].change(), -1760.0);
    EXPECT_EQ(*rows[0].changePercent(), -1.554125054);  // -1760 / 113247 × 100, to nine decimals
    EXPECT_EQ(*rows[1].change(), 0.0);
    // The first OGDC row of the earlier snapshot counts; the later order does not matter.
    EXPECT_EQ(rows[2], (ComparisonRow{ComparisonRow::Kind::Symbol, QStringLiteral("OGDC"), 224.96, 230.50}));
    EXPECT_EQ(rows[3].name, QStringLiteral("PPL"));
    EXPECT_EQ(rows[4].name, QStringLiteral("SILK"));
    EXPECT_EQ(*rows[4].changePercent(), -100.0);
    // Only in the later snapshot.
    EXPECT_EQ(rows[5], (ComparisonRow{ComparisonRow::Kind::Symbol, QStringLiteral("HUBC"), std::nullopt, 126.05}));
    EXPECT_FALSE(rows[5].change());
    EXPECT_FALSE(rows[5].changePercent());
    // No percentage of a zero.
    const QVector<ComparisonRow> back = compareSnapshots(kAfter, kBefore);
    EXPECT_FALSE(back[4].name == QStringLiteral("SILK") && back[4].changePercent());
}

TEST(ComparisonModel, DisplaysSignedChangesAndSortsMissingValuesApart)
{
    ComparisonModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setComparison(compareSnapshots(kBefore, kAfter), QStringLiteral("2024-12-06 17:53"),
                        QStringLiteral("2024-12-10 16:45"));
    ASSERT_EQ(model.rowCount(), 6);
    ASSERT_EQ(model.columnCount(), 6);
    // "Before" over the market time; the picker's whole label as the tooltip, never cut mid-name.
    EXPECT_EQ(model.headerData(ComparisonModel::BeforeColumn, Qt::Horizontal).toString(), QStringLiteral("Before\n2024-12-06 17:53"));
    EXPECT_EQ(model.headerData(ComparisonModel::BeforeColumn, Qt::Horizontal, Qt::ToolTipRole).toString(), QStringLiteral("2024-12-06 17:53"));
    EXPECT_EQ(model.headerData(ComparisonModel::ChangePercentColumn, Qt::Horizontal).toString(), QStringLiteral("Change %"));

    auto display = [&](int row, int column) { return model.index(row, column).data().toString(); };
    EXPECT_EQ(display(0, ComparisonModel::KindColumn), QStringLiteral("Index"));
    EXPECT_EQ(display(0, ComparisonModel::BeforeColumn), QStringLiteral("113,247"));
    EXPECT_EQ(display(0, ComparisonModel::AfterColumn), QStringLiteral("111,487"));
    EXPECT_EQ(display(0, ComparisonModel::ChangeColumn), QStringLiteral("-1,760.00"));
    EXPECT_EQ(display(0, ComparisonModel::ChangePercentColumn), QStringLiteral("-1.55%"));
    EXPECT_EQ(display(2, ComparisonModel::KindColumn), QStringLiteral("Stock"));
    EXPECT_EQ(display(2, ComparisonModel::AfterColumn), QStringLiteral("230.50"));
    EXPECT_EQ(display(2, ComparisonModel::ChangeColumn), QStringLiteral("+5.54"));
    EXPECT_EQ(display(2, ComparisonModel::ChangePercentColumn), QStringLiteral("+2.46%"));
    EXPECT_EQ(display(5, ComparisonModel::BeforeColumn), QStringLiteral("—"));
    EXPECT_EQ(display(5, ComparisonModel::ChangeColumn), QString());

    EXPECT_EQ(model.index(2, ComparisonModel::ChangeColumn).data(RawValueRole).toDouble(), 5.54);
    EXPECT_FALSE(model.index(5, ComparisonModel::BeforeColumn).data(RawValueRole).isValid());
    EXPECT_EQ(model.index(0, ComparisonModel::ChangeColumn).data(DirectionRole).toInt(), -1);
    EXPECT_EQ(model.index(1, ComparisonModel::ChangeColumn).data(DirectionRole).toInt(), 0);
    EXPECT_EQ(model.index(2, ComparisonModel::ChangePercentColumn).data(DirectionRole).toInt(), 1);
    EXPECT_EQ(model.index(0, ComparisonModel::KindColumn).data(RawValueRole).toString(), QStringLiteral("index"));

    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(RawValueRole);
    proxy.sort(ComparisonModel::ChangeColumn, Qt::AscendingOrder);
    QStringList order;
    for (int row = 0; row < proxy.rowCount(); ++row)
        order.append(proxy.index(row, ComparisonModel::NameColumn).data().toString());
    // KSE100 -1760, SILK -0.99, PPL -3.09 ... ascending by the raw number; HUBC (no change) is not among them.
    EXPECT_EQ(order.mid(0, 5), (QStringList{QStringLiteral("KSE100"), QStringLiteral("PPL"), QStringLiteral("SILK"),
                                            QStringLiteral("KSE30"), QStringLiteral("OGDC")}));
    EXPECT_EQ(order.last(), QStringLiteral("HUBC"));
}

TEST(LibraryListModel, ShowsEntriesWithRawValuesAndIds)
{
    LibraryListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    LibraryEntry e;
    e.id = 42;
    e.capturedAt = Timestamp::fromWallClock(QDate(2024, 12, 6), QTime(17, 53));
    e.capturedAtMsecs = e.capturedAt.toMSecsSinceEpoch();
    e.detectedCaptureTime = e.capturedAt;
    e.captureSource = CaptureTime::Source::Article;
    e.source = QStringLiteral("/home/user/pages/syria.txt");
    e.headline = QStringLiteral("Rebels close in on Homs");
    e.quoteCount = 30;
    e.indexCount = 4;
    e.commentCount = 2;
    LibraryEntry untitled = e;
    untitled.id = 43;
    untitled.headline.clear();
    untitled.source = QStringLiteral("https://www.brecorder.com/news/40336021");
    model.setEntries({e, untitled});

    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(0, LibraryListModel::CapturedColumn).data().toString(), QStringLiteral("2024-12-06 17:53"));
    EXPECT_EQ(model.index(0, LibraryListModel::CapturedColumn).data(RawValueRole).toLongLong(), e.capturedAtMsecs);
    EXPECT_EQ(model.index(0, LibraryListModel::CapturedColumn).data(Qt::ToolTipRole).toString(),
              QStringLiteral("2024-12-06T17:53:00, from the article's date, which the ticker agrees with"));
    EXPECT_EQ(model.index(0, LibraryListModel::SourceColumn).data().toString(), QStringLiteral("syria.txt"));
    EXPECT_EQ(model.index(0, LibraryListModel::SourceColumn).data(RawValueRole).toString(), e.source);
    EXPECT_EQ(model.index(0, LibraryListModel::QuotesColumn).data(RawValueRole).toDouble(), 30.0);
    EXPECT_EQ(model.index(1, LibraryListModel::HeadlineColumn).data().toString(), QStringLiteral("(no headline)"));
    EXPECT_EQ(model.index(1, LibraryListModel::SourceColumn).data().toString(), QStringLiteral("www.brecorder.com/news/40336021"));
    EXPECT_EQ(model.index(1, LibraryListModel::FormatColumn).data(LibraryListModel::SnapshotIdRole).toLongLong(), 43);
    EXPECT_EQ(model.rowOf(43), 1);
    // Times with an offset are shown in Pakistan time like the rest.
    EXPECT_EQ(displayCaptureTime(Timestamp::fromWallClock(QDate(2024, 12, 31), QTime(22, 15), 0)), QStringLiteral("2025-01-01 03:15"));
    EXPECT_EQ(displayCaptureTime(Timestamp()), QString());
    EXPECT_EQ(model.rowOf(7), -1);
}

TEST(HistoryRange, PresetsReachBackFromTheNewestPoint)
{
    const qint64 first = QDateTime(QDate(2015, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 last = QDateTime(QDate(2024, 3, 31), QTime(11, 0), Qt::UTC).toMSecsSinceEpoch();
    auto from = [&](RangePreset p) {
        return QDateTime::fromMSecsSinceEpoch(presetRange(p, first, last).fromMsecs, Qt::UTC);
    };
    EXPECT_EQ(from(RangePreset::Week), QDateTime(QDate(2024, 3, 24), QTime(11, 0), Qt::UTC));
    EXPECT_EQ(from(RangePreset::Month), QDateTime(QDate(2024, 2, 29), QTime(11, 0), Qt::UTC));
    EXPECT_EQ(from(RangePreset::ThreeMonths), QDateTime(QDate(2023, 12, 31), QTime(11, 0), Qt::UTC));
    EXPECT_EQ(from(RangePreset::Year), QDateTime(QDate(2023, 3, 31), QTime(11, 0), Qt::UTC));
    EXPECT_EQ(presetRange(RangePreset::All, first, last), (TimeRange{first, last}));
    EXPECT_EQ(presetRange(RangePreset::Week, first, last).toMsecs, last);
    EXPECT_EQ(presetLabel(RangePreset::ThreeMonths), QStringLiteral("3M"));
    EXPECT_EQ(presetLabel(RangePreset::All), QStringLiteral("All"));
}

TEST(HistoryCsv, WritesPakistanTimeAndShortestNumbers)
{
    Series series;
    series.name = QStringLiteral("KSE100");
    SeriesPoint a;
    a.msecs = QDateTime(QDate(2024, 12, 6), QTime(12, 53), Qt::UTC).toMSecsSinceEpoch();
    a.value = 113247;
    a.change = 609;
    a.changePercent = 0.54;
    SeriesPoint b;
    b.msecs = QDateTime(QDate(2024, 12, 10), QTime(11, 45), Qt::UTC).toMSecsSinceEpoch();
    b.value = 111487.25;
    b.change = -1759.75;
    b.changePercent = -1.5538;
    SeriesPoint c = b;
    c.changePercent = std::nan("");
    series.points = {a, b, c};
    const CsvWriter rfc4180(csvFormat(CsvPreset::Csv, QLocale::c()));
    EXPECT_EQ(rfc4180.toBytes(historyTable(series)),
              QByteArray("captured_at,value,change,change_percent\r\n"
                         "2024-12-06T17:53:00+05:00,113247,609,0.54\r\n"
                         "2024-12-10T16:45:00+05:00,111487.25,-1759.75,-1.5538\r\n"
                         "2024-12-10T16:45:00+05:00,111487.25,-1759.75,\r\n"));
    EXPECT_EQ(rfc4180.toBytes(historyTable(Series{})), QByteArray("captured_at,value,change,change_percent\r\n"));
}

TEST(ComparisonCsv, ExportsTheRowsAsShownWithRawValues)
{
    ComparisonModel model;
    model.setComparison(compareSnapshots(kBefore, kAfter), QStringLiteral("a"), QStringLiteral("b"));
    ComparisonProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setKinds(ComparisonProxyModel::Kinds::Symbols);
    proxy.sort(ComparisonModel::ChangeColumn, Qt::DescendingOrder);
    const CsvWriter rfc4180(csvFormat(CsvPreset::Csv, QLocale::c()));
    EXPECT_EQ(rfc4180.toBytes(comparisonTable(proxy)).toStdString(),
              std::string("kind,name,before,after,change,change_percent\r\n"
                         "symbol,OGDC,224.96,230.5,5.54,2.462660028\r\n"
                         "symbol,SILK,0.99,0,-0.99,-100\r\n"
                         "symbol,PPL,193.09,190,-3.09,-1.60029002\r\n"
                         "symbol,HUBC,,126.05,,\r\n"));
}

TEST(LibraryListModel, PassesTheModelTesterAndGivesRawValuesForSorting)
{
    LibraryListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVector<LibraryEntry> entries(2);
    entries[0].id = 7;
    entries[0].capturedAt = Timestamp::fromIsoString(QStringLiteral("2025-01-30T05:21:07Z"));
    entries[0].capturedAtMsecs = entries[0].capturedAt.toMSecsSinceEpoch();
    entries[0].headline = QStringLiteral("Cement makers lead PSX higher");
    entries[0].quoteCount = 30;
    entries[0].source = QStringLiteral("/snapshots/cement.mhtml");
    entries[0].format = SnapshotFormat::Mhtml;
    entries[1].id = 3;
    entries[1].capturedAt = Timestamp::fromIsoString(QStringLiteral("2024-12-10T21:45:00"));
    entries[1].capturedAtMsecs = entries[1].capturedAt.toMSecsSinceEpoch();
    entries[1].quoteCount = 9;
    model.setEntries(entries);
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(0, LibraryListModel::CapturedColumn).data().toString(), QStringLiteral("2025-01-30 10:21"));
    EXPECT_EQ(model.index(0, LibraryListModel::HeadlineColumn).data().toString(), QStringLiteral("Cement makers lead PSX higher"));
    EXPECT_EQ(model.index(1, LibraryListModel::QuotesColumn).data(RawValueRole).toInt(), 9);
    EXPECT_EQ(model.index(0, LibraryListModel::CapturedColumn).data(RawValueRole).toLongLong(), entries[0].capturedAtMsecs);
    EXPECT_EQ(model.index(1, LibraryListModel::FormatColumn).data(LibraryListModel::SnapshotIdRole).toLongLong(), 3);
    EXPECT_EQ(model.rowOf(7), 0);
    EXPECT_EQ(model.rowOf(99), -1);
    model.setEntries({});
    EXPECT_EQ(model.rowCount(), 0);
}

namespace {

LibraryEntry entryAt(SnapshotId id, const Timestamp &time, const QString &headline, const QString &source,
                     CaptureTime::Source from = CaptureTime::Source::PageMetadata)
{
    LibraryEntry e;
    e.id = id;
    e.capturedAt = time;
    e.detectedCaptureTime = time;
    e.captureSource = from;
    e.headline = headline;
    e.source = source;
    return e;
}

} // namespace

TEST(ComparisonLabels, DifferentTimesAreLabelledByTimeAlone)
{
    const auto [a, b] = comparisonLabels(
        entryAt(1, Timestamp::fromWallClock(QDate(2024, 12, 6), QTime(17, 53)), QStringLiteral("One"), QStringLiteral("a.txt")),
        entryAt(2, Timestamp::fromWallClock(QDate(2024, 12, 6), QTime(17, 54)), QStringLiteral("Two"), QStringLiteral("b.txt")));
    EXPECT_EQ(a, QStringLiteral("2024-12-06 17:53"));
    EXPECT_EQ(b, QStringLiteral("2024-12-06 17:54"));
}

TEST(ComparisonLabels, TheSameMinuteOrDayAddsTheHeadlineThenTheFileThenTheLibraryOrder)
{
    const Timestamp day = Timestamp::fromDate(QDate(2023, 12, 22));
    auto [a, b] = comparisonLabels(entryAt(1, day, QStringLiteral("KSE-100 sheds over 1,100 points as profit-taking grips the floor"),
                                           QStringLiteral("x.txt")),
                                   entryAt(2, day, QStringLiteral("Rupee firms"), QStringLiteral("y.txt")));
    EXPECT_EQ(a, QStringLiteral("2023-12-22 \u00B7 KSE-100 sheds over 1,100 points as prof\u2026"));
    EXPECT_EQ(b, QStringLiteral("2023-12-22 \u00B7 Rupee firms"));

    std::tie(a, b) = comparisonLabels(entryAt(1, day, QString(), QStringLiteral("/p/morning.txt")),
                                      entryAt(2, day, QString(), QStringLiteral("/p/evening.txt")));
    EXPECT_EQ(a, QStringLiteral("2023-12-22 \u00B7 morning.txt"));
    EXPECT_EQ(b, QStringLiteral("2023-12-22 \u00B7 evening.txt"));

    std::tie(a, b) = comparisonLabels(entryAt(7, day, QStringLiteral("Same"), QStringLiteral("a")),
                                      entryAt(9, day, QStringLiteral("Same"), QStringLiteral("b")));
    EXPECT_EQ(a, QStringLiteral("2023-12-22 (#7)"));
    EXPECT_EQ(b, QStringLiteral("2023-12-22 (#9)"));
}

TEST(ComparisonLabels, AFileDateSaysSo)
{
    const LibraryEntry e = entryAt(1, Timestamp::fromWallClock(QDate(2026, 11, 26), QTime(10, 5), 5 * 3600), QString(),
                                   QStringLiteral("a.txt"), CaptureTime::Source::FileModified);
    EXPECT_EQ(displayCaptureTime(e), QStringLiteral("2026-11-26 10:05 (file date)"));
    LibraryEntry corrected = e;
    corrected.corrected = true;
    EXPECT_EQ(displayCaptureTime(corrected), QStringLiteral("2026-11-26 10:05"));
}

TEST(ComparisonExport, SuggestsAFileNameFromTheDatesItsLabelsStartWith)
{
    EXPECT_EQ(suggestedComparisonName(QStringLiteral("2024-11-01 15:30"), QStringLiteral("2024-11-02 15:30")),
              QStringLiteral("comparison-2024-11-01-to-2024-11-02"));
    EXPECT_EQ(suggestedComparisonName(QStringLiteral("a/b:c"), QStringLiteral("d e")), QStringLiteral("comparison-a-b-c-to-d-e"));
    EXPECT_EQ(suggestedComparisonName(QString(), QStringLiteral("2024-11-02")), QStringLiteral("comparison"));
}

TEST(LibraryOrder, TheEarlierSnapshotIsTheOneTakenFirstThenTheOneStoredFirst)
{
    LibraryEntry morning;
    morning.id = 7;
    morning.capturedAtMsecs = 1000;
    LibraryEntry evening;
    evening.id = 3;
    evening.capturedAtMsecs = 2000;
    EXPECT_TRUE(isEarlier(morning, evening));
    EXPECT_FALSE(isEarlier(evening, morning));
    LibraryEntry sameMoment = morning;
    sameMoment.id = 9;  // stored later
    EXPECT_TRUE(isEarlier(morning, sameMoment));
    EXPECT_FALSE(isEarlier(sameMoment, morning));
    EXPECT_FALSE(isEarlier(morning, morning));
}

// Issue 22, item 5: an exchange file has no headline; lists name it by what it is and the session it is for,
// and Compare's two labels differ where two such files were taken on one day.
TEST(LibraryListModelTest, ExchangeFilesAreNamedByWhatTheyAreAndTheirSession)
{
    EXPECT_EQ(snapshotTitle(QString(), SnapshotKind::ClosingRates, QDate(2024, 12, 4), Timestamp(), QStringLiteral("/d/closing.lis")),
              QStringLiteral("PSX closing rates \u00B7 4 Dec 2024"));
    EXPECT_EQ(snapshotTitle(QString(), SnapshotKind::MarketWatch, QDate(),
                            Timestamp::fromWallClock(QDate(2024, 12, 10), QTime(14, 35)), QStringLiteral("/d/watch.html")),
              QStringLiteral("PSX market watch \u00B7 10 Dec 2024 14:35"));
    // A time with another offset is shown on the exchange's clock: 07:35 UTC is 12:35 in Karachi.
    EXPECT_EQ(snapshotTitle(QString(), SnapshotKind::MarketWatch, QDate(),
                            Timestamp::fromWallClock(QDate(2024, 12, 10), QTime(7, 35), 0), QStringLiteral("/d/watch.html")),
              QStringLiteral("PSX market watch \u00B7 10 Dec 2024 12:35"));
    EXPECT_EQ(snapshotTitle(QString(), SnapshotKind::EodSeries, QDate(), Timestamp(),
                            QStringLiteral("https://dps.psx.com.pk/timeseries/eod/LUCK")),
              QStringLiteral("PSX daily closes \u00B7 LUCK"));
    EXPECT_EQ(snapshotTitle(QStringLiteral("Rebels close in on Homs"), SnapshotKind::NewsPage, QDate(), Timestamp(), QString()),
              QStringLiteral("Rebels close in on Homs"));

    LibraryListModel model;
    LibraryEntry closing = entryAt(7, Timestamp::fromWallClock(QDate(2024, 12, 4), QTime(17, 0)), QString(),
                                   QStringLiteral("/d/closing-2024-12-04.lis"));
    closing.kind = SnapshotKind::ClosingRates;
    closing.sessionDate = QDate(2024, 12, 4);
    LibraryEntry watch = entryAt(8, Timestamp::fromWallClock(QDate(2024, 12, 4), QTime(17, 0)), QString(),
                                 QStringLiteral("/d/market-watch.html"));
    watch.kind = SnapshotKind::MarketWatch;
    model.setEntries({closing, watch});
    EXPECT_EQ(model.index(0, LibraryListModel::HeadlineColumn).data().toString(), QStringLiteral("PSX closing rates \u00B7 4 Dec 2024"));
    EXPECT_EQ(model.index(1, LibraryListModel::HeadlineColumn).data().toString(),
              QStringLiteral("PSX market watch \u00B7 4 Dec 2024 17:00"));
    const auto [a, b] = comparisonLabels(closing, watch);
    EXPECT_NE(a, b);
}

TEST(ComparisonLabels, PickerLabelsGiveTimeTitleAndFormatAndAreNeverTheSame)
{
    const Timestamp day = Timestamp::fromWallClock(QDate(2025, 1, 30), QTime(10, 21));
    const QString headline = QStringLiteral("Cement makers lead PSX higher as budget hopes build");
    LibraryEntry html = entryAt(1, day, headline, QStringLiteral("/p/cement.html"));
    html.format = SnapshotFormat::Html;
    LibraryEntry chrome = entryAt(2, day, headline, QStringLiteral("/p/cement-chrome.mhtml"));
    chrome.format = SnapshotFormat::Mhtml;
    LibraryEntry base64 = entryAt(3, day, headline, QStringLiteral("/p/cement-base64.mhtml"));
    base64.format = SnapshotFormat::Mhtml;
    LibraryEntry again = entryAt(4, day, headline, QStringLiteral("/q/cement-base64.mhtml"));  // same name, another folder
    again.format = SnapshotFormat::Mhtml;
    LibraryEntry closing = entryAt(5, Timestamp::fromWallClock(QDate(2024, 12, 4), QTime(17, 0)), QString(),
                                   QStringLiteral("/d/closing.lis"));
    closing.kind = SnapshotKind::ClosingRates;
    closing.sessionDate = QDate(2024, 12, 4);

    const QStringList labels = snapshotPickerLabels({html, chrome, base64, again, closing});
    const std::vector<QString> shown(labels.begin(), labels.end());
    EXPECT_EQ(shown, (std::vector<QString>{
                         QStringLiteral("2025-01-30 10:21 \u2014 %1 \u00B7 HTML").arg(headline),
                         QStringLiteral("2025-01-30 10:21 \u2014 %1 \u00B7 MHTML \u00B7 cement-chrome.mhtml").arg(headline),
                         QStringLiteral("2025-01-30 10:21 \u2014 %1 \u00B7 MHTML \u00B7 cement-base64.mhtml (#3)").arg(headline),
                         QStringLiteral("2025-01-30 10:21 \u2014 %1 \u00B7 MHTML \u00B7 cement-base64.mhtml (#4)").arg(headline),
                         QStringLiteral("2024-12-04 17:00 \u2014 PSX closing rates \u00B7 4 Dec 2024 \u00B7 TEXT"),
                     }));
}
