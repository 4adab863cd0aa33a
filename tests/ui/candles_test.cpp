// The symbol history: candles or a line of closes, volume, presets, zoom and pan, the crosshair's readout,
// moving averages, the star, the company search, and the News list with its highlighted reading.
#include "core/alerts/mentionmatcher.h"
#include "core/library/library.h"
#include "core/models/symbolnewsmodel.h"
#include "core/settings/settings.h"
#include "core/session/watchedsymbols.h"
#include "tests/ui/uitestsupport.h"
#include "tests/ui/windowtestsupport.h"
#include "ui/articlereader.h"
#include "ui/library/historychartview.h"
#include "ui/library/librarypage.h"
#include "ui/library/symbolhistoryview.h"
#include "ui/library/watchstarbutton.h"
#include "ui/library/indexhistoryview.h"

#include <QAbstractItemView>
#include <QCandlestickSeries>
#include <QCandlestickSet>
#include <QChart>
#include <QCompleter>
#include <QCategoryAxis>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QMouseEvent>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QSplitter>
#include <QStringListModel>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolButton>
#include <QTableView>
#include <QValueAxis>
#include <QWheelEvent>

#include <cmath>

using namespace md;
using namespace md::test;
using namespace md::ui;

namespace {

// count weekday sessions ending on Friday 16 August 2024: a walk of full bars (or closes only).
QVector<DailyBar> walk(int count, bool full = true)
{
    QVector<QDate> days;
    for (QDate day(2024, 8, 16); days.size() < count; day = day.addDays(-1)) {
        if (day.dayOfWeek() <= 5)
            days.prepend(day);
    }
    QVector<DailyBar> bars;
    double close = 100.0;
    for (int i = 0; i < count; ++i) {
        DailyBar bar;
        bar.date = days[i];
        bar.symbol = QStringLiteral("OGDC");
        const double open = close;
        close = open + std::sin(i * 0.7) * 2.0 + (i % 3 == 0 ? -0.5 : 0.6);
        bar.close = close;
        if (full) {
            bar.open = open;
            bar.high = std::max(open, close) + 1.0;
            bar.low = std::min(open, close) - 1.0;
            bar.volume = 1000000 + (i % 7) * 250000;
            bar.previousClose = open;
            bar.source = SnapshotKind::ClosingRates;
        }
        bars.append(bar);
    }
    return bars;
}

// Pixels of roughly this colour: proof that candles or a line were drawn, not just a frame.
int pixelsNear(const QImage &image, const QColor &color)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - color.red()) < 40 && std::abs(c.green() - color.green()) < 40
                && std::abs(c.blue() - color.blue()) < 40)
                ++count;
        }
    }
    return count;
}

QToolButton *buttonNamed(QWidget *parent, const QString &text)
{
    for (QToolButton *button : parent->findChildren<QToolButton *>()) {
        if (button->text() == text)
            return button;
    }
    return nullptr;
}

// A library in a temporary folder holding the given fixtures.
class LibraryFixture
{
public:
    explicit LibraryFixture(const QStringList &fixtures)
        : library(dir.filePath(QStringLiteral("library.sqlite")))
    {
        EXPECT_TRUE(library.open().ok());
        for (const QString &fixture : fixtures)
            EXPECT_TRUE(library.importFile(dataPath(fixture)).ok()) << fixture.toStdString();
    }

    QTemporaryDir dir;
    Library library;
};

} // namespace

TEST(CandlestickChart, DrawsCandlesForFullBarsAndALineWhereOnlyClosesExist)
{
    SymbolHistoryView view;
    view.resize(1100, 650);
    view.setBars(QStringLiteral("OGDC"), walk(60));
    EXPECT_TRUE(view.isCandleMode());
    EXPECT_TRUE(view.candleSeries()->isVisible());
    EXPECT_FALSE(view.closeLine()->isVisible());
    ASSERT_EQ(view.candleSeries()->count(), 60);
    const QCandlestickSet *last = view.candleSeries()->sets().last();
    EXPECT_EQ(last->close(), view.bars().last().close);
    EXPECT_EQ(last->high(), *view.bars().last().high);
    EXPECT_TRUE(view.volumeChart()->isVisibleTo(&view));
    EXPECT_EQ(view.volumeChart()->chart()->title(), QStringLiteral("Volume (millions)"));
    const QImage candles = view.grab().toImage();
    EXPECT_GT(pixelsNear(candles, QColor(0x1a, 0x9c, 0x4a)), 100);  // rising candles
    EXPECT_GT(pixelsNear(candles, QColor(0xd0, 0x30, 0x30)), 100);  // falling candles
    // A volume bar per session, in view, standing on the plot's zero line.
    const QRectF plot = view.volumeChart()->chart()->plotArea();
    const QVector<QRectF> up = view.volumeChart()->barRectsInView(0);
    const QVector<QRectF> down = view.volumeChart()->barRectsInView(1);
    EXPECT_EQ(up.size() + down.size(), 60);
    for (const QRectF &bar : up + down) {
        EXPECT_NEAR(bar.bottom(), plot.bottom(), 1.0);
        EXPECT_GE(bar.width(), 1.0);
    }
    EXPECT_GT(pixelsNear(view.volumeChart()->grab().toImage(), QColor(0x1a, 0x9c, 0x4a).lighter(140)), 50);
    // The same session at the same x in both charts, whatever their value labels' widths.
    EXPECT_NEAR(view.priceChart()->chart()->plotArea().left(), plot.left(), 1.0);
    EXPECT_NEAR(view.priceChart()->chart()->plotArea().right(), plot.right(), 1.0);

    // A news ticker's close among the exchange's bars: a dot, not a candle of its own.
    QVector<DailyBar> mixed = walk(60);
    mixed[30].open.reset();
    mixed[30].high.reset();
    mixed[30].low.reset();
    mixed[30].volume.reset();
    mixed[30].previousClose.reset();
    view.setBars(QStringLiteral("OGDC"), mixed);
    EXPECT_TRUE(view.isCandleMode());
    EXPECT_EQ(view.candleSeries()->count(), 59);
    ASSERT_EQ(view.closeMarkers()->count(), 1);
    EXPECT_EQ(view.closeMarkers()->at(0).y(), mixed[30].close);

    view.setBars(QStringLiteral("PSO"), walk(40, false));
    EXPECT_FALSE(view.isCandleMode());
    EXPECT_EQ(view.closeMarkers()->count(), 0);
    EXPECT_FALSE(view.candleSeries()->isVisible());
    EXPECT_EQ(view.candleSeries()->count(), 0);
    EXPECT_TRUE(view.closeLine()->isVisible());
    EXPECT_EQ(view.closeLine()->count(), 40);
    EXPECT_FALSE(view.volumeChart()->isVisibleTo(&view));  // no volumes to draw
    EXPECT_GT(pixelsNear(view.grab().toImage(), QColor(0x1f, 0x6f, 0xb4)), 200);  // the close line
}

TEST(CandlestickChart, PresetsChangeTheVisibleWindowOfBothCharts)
{
    SymbolHistoryView view;
    view.resize(1100, 650);
    view.show();
    QVector<RangePreset> offered;
    for (RangePreset preset : {RangePreset::Month, RangePreset::ThreeMonths, RangePreset::SixMonths,
                               RangePreset::YearToDate, RangePreset::Year, RangePreset::FiveYears, RangePreset::All})
        EXPECT_NE(buttonNamed(&view, presetLabel(preset)), nullptr) << presetLabel(preset).toStdString();
    EXPECT_EQ(buttonNamed(&view, presetLabel(RangePreset::Week)), nullptr);

    view.setBars(QStringLiteral("OGDC"), walk(1500));  // about six years
    EXPECT_EQ(view.checkedPreset(), int(RangePreset::Year));  // the default
    HistoryChartView *prices = view.priceChart();
    const TimeRange data = prices->dataRange();
    const TimeRange year = presetRange(RangePreset::Year, data.fromMsecs, data.toMsecs);
    // A day's room after the last session, for its candle.
    EXPECT_EQ(prices->visibleRange(), (TimeRange{year.fromMsecs, year.toMsecs + 24 * 3600 * 1000}));
    EXPECT_EQ(view.visibleSessionCount(), 263);  // the weekdays of 16 Aug 2023 to 16 Aug 2024

    QTest::mouseClick(buttonNamed(&view, QStringLiteral("1M")), Qt::LeftButton);
    EXPECT_EQ(view.checkedPreset(), int(RangePreset::Month));
    EXPECT_EQ(view.visibleSessionCount(), 24);  // 16 Jul to 16 Aug 2024
    EXPECT_EQ(view.volumeChart()->visibleRange(), prices->visibleRange());

    view.applyPreset(RangePreset::YearToDate);
    EXPECT_EQ(view.visibleSessionCount(), 165);  // 1 Jan to 16 Aug 2024
    view.applyPreset(RangePreset::FiveYears);
    EXPECT_EQ(view.visibleSessionCount(), 1306);
    view.applyPreset(RangePreset::All);
    EXPECT_EQ(view.visibleSessionCount(), 1500);
    EXPECT_EQ(view.volumeChart()->visibleRange(), prices->visibleRange());
}

TEST(CandlestickChart, WheelZoomsAndDragPansBothCharts)
{
    SymbolHistoryView view;
    view.resize(1100, 650);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    view.setBars(QStringLiteral("OGDC"), walk(500));
    HistoryChartView *prices = view.priceChart();
    const TimeRange before = prices->visibleRange();
    const double maxBefore = prices->valueAxis()->max();

    const QPoint middle = prices->mapFromScene(prices->chart()->plotArea().center());
    QWheelEvent wheel(middle, prices->mapToGlobal(middle), {}, QPoint(0, 240), Qt::NoButton, {}, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(prices->viewport(), &wheel);
    const TimeRange zoomed = prices->visibleRange();
    EXPECT_NEAR(double(zoomed.toMsecs - zoomed.fromMsecs), (before.toMsecs - before.fromMsecs) * 0.64,
                (before.toMsecs - before.fromMsecs) * 0.01);
    EXPECT_EQ(view.checkedPreset(), -1);
    EXPECT_EQ(view.volumeChart()->visibleRange(), zoomed);
    EXPECT_LT(view.visibleSessionCount(), 263);

    // Dragging right shows earlier sessions; the value axis fits them.
    QTest::mousePress(prices->viewport(), Qt::LeftButton, {}, middle);
    QTest::mouseMove(prices->viewport(), middle + QPoint(300, 0));
    QTest::mouseRelease(prices->viewport(), Qt::LeftButton, {}, middle + QPoint(300, 0));
    const TimeRange panned = prices->visibleRange();
    EXPECT_LT(panned.fromMsecs, zoomed.fromMsecs);
    EXPECT_EQ(panned.toMsecs - panned.fromMsecs, zoomed.toMsecs - zoomed.fromMsecs);
    EXPECT_EQ(view.volumeChart()->visibleRange(), panned);
    EXPECT_NE(prices->valueAxis()->max(), maxBefore);
}

TEST(CandlestickChart, CrosshairReadsOutTheSessionUnderThePointer)
{
    SymbolHistoryView view;
    view.resize(1100, 650);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    QVector<DailyBar> bars = walk(30);
    bars[28] = {};
    bars[28].date = QDate(2024, 8, 15);
    bars[28].symbol = QStringLiteral("OGDC");
    bars[28].open = 84.20;
    bars[28].high = 87.30;
    bars[28].low = 84.15;
    bars[28].close = 86.20;
    bars[28].volume = 3368560;
    bars[28].previousClose = 84.94;
    view.setBars(QStringLiteral("OGDC"), bars);
    // Away from the chart: the last session.
    EXPECT_TRUE(view.readoutText().startsWith(QStringLiteral("Fri 16 Aug 2024  O "))) << view.readoutText().toStdString();
    EXPECT_FALSE(view.priceChart()->isCrosshairVisible());

    // The pointer over Thursday's candle, a little after its close (once the chart is laid out).
    QCoreApplication::processEvents();
    HistoryChartView *prices = view.priceChart();
    const qint64 thursday = sessionCloseMsecs(QDate(2024, 8, 15)) + 3 * 3600 * 1000;
    const QRectF plot = prices->chart()->plotArea();
    const TimeRange visible = prices->visibleRange();
    const double x = plot.left() + double(thursday - visible.fromMsecs) / double(visible.toMsecs - visible.fromMsecs) * plot.width();
    const QPoint at = prices->mapFromScene(QPointF(x, plot.center().y()));
    // Sent to the viewport as it arrives there (QTest::mouseMove may be swallowed when the pointer is already there).
    QMouseEvent move(QEvent::MouseMove, QPointF(at), prices->viewport()->mapToGlobal(QPointF(at)), Qt::NoButton,
                     Qt::NoButton, Qt::NoModifier);
    QCoreApplication::sendEvent(prices->viewport(), &move);
    EXPECT_EQ(view.readoutText(),
              QStringLiteral("Thu 15 Aug 2024  O 84.20  H 87.30  L 84.15  C 86.20  Vol 3,368,560  \u25B2 1.26 (+1.48%)"));
    EXPECT_TRUE(prices->isCrosshairVisible());
    EXPECT_TRUE(view.volumeChart()->isCrosshairVisible());

    view.pointAway();
    EXPECT_FALSE(prices->isCrosshairVisible());
    EXPECT_TRUE(view.readoutText().startsWith(QStringLiteral("Fri 16 Aug 2024")));
}

TEST(CandlestickChart, MovingAveragesAreDrawnOnlyWhenChecked)
{
    SymbolHistoryView view;
    view.resize(1100, 650);
    const QVector<DailyBar> bars = walk(300);
    view.setBars(QStringLiteral("OGDC"), bars);
    for (int period : SymbolHistoryView::averagePeriods()) {
        EXPECT_FALSE(view.isAverageShown(period));
        EXPECT_EQ(view.averageLine(period)->count(), 0);
    }
    QTest::mouseClick(view.averageButton(50), Qt::LeftButton);
    EXPECT_TRUE(view.isAverageShown(50));
    QLineSeries *sma50 = view.averageLine(50);
    ASSERT_EQ(sma50->count(), 300 - 49);
    double sum = 0.0;
    for (int i = 250; i < 300; ++i)
        sum += bars[i].close;
    EXPECT_NEAR(sma50->points().last().y(), sum / 50, 1e-9);
    EXPECT_FALSE(view.isAverageShown(20));

    view.setAverageShown(200, true);
    EXPECT_EQ(view.averageLine(200)->count(), 101);
    EXPECT_TRUE(view.averageButton(200)->isChecked());
    // Kept for the next symbol; unchecked, gone.
    view.setBars(QStringLiteral("PSO"), walk(120));
    EXPECT_EQ(view.averageLine(50)->count(), 71);
    EXPECT_EQ(view.averageLine(200)->count(), 0);
    QTest::mouseClick(view.averageButton(50), Qt::LeftButton);
    EXPECT_FALSE(view.isAverageShown(50));
    EXPECT_EQ(view.averageLine(50)->count(), 0);
}

TEST(CandlestickChart, StarKeepsTheSymbolOnTheWatchlist)
{
    LibraryFixture fixture({});
    WatchedSymbols watchlist;
    watchlist.setLibrary(&fixture.library);
    SymbolHistoryView view(&fixture.library);
    EXPECT_FALSE(view.starButton()->isEnabled());  // no symbol yet
    view.setWatchlist(&watchlist);
    view.setBars(QStringLiteral("OGDC"), walk(10));
    ASSERT_TRUE(view.starButton()->isEnabled());
    EXPECT_FALSE(view.starButton()->isChecked());

    QTest::mouseClick(view.starButton(), Qt::LeftButton);
    EXPECT_TRUE(watchlist.contains(QStringLiteral("OGDC")));
    EXPECT_TRUE(view.starButton()->isChecked());
    EXPECT_EQ(view.starButton()->text(), QStringLiteral("\u2605"));

    // Unstarred elsewhere (the ticker, the command line): the star follows.
    watchlist.setWatched(QStringLiteral("OGDC"), false);
    EXPECT_FALSE(view.starButton()->isChecked());
    watchlist.setWatched(QStringLiteral("PSO"), true);
    view.setBars(QStringLiteral("PSO"), walk(10));
    EXPECT_TRUE(view.starButton()->isChecked());
    QTest::mouseClick(view.starButton(), Qt::LeftButton);
    EXPECT_FALSE(watchlist.contains(QStringLiteral("PSO")));
}

TEST(CandlestickChart, FindsASymbolByItsCompanysName)
{
    LibraryFixture fixture({QStringLiteral("psx-closing-rates-31DEC2021.lis")});
    SymbolHistoryView view(&fixture.library);
    view.resize(1100, 650);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    QTest::keyClicks(view.searchBox(), QStringLiteral("oil gas"));
    const QStringList offered = qobject_cast<QStringListModel *>(view.completer()->model())->stringList();
    EXPECT_TRUE(offered.contains(QStringLiteral("OGDC \u2014 Oil & Gas Dev."))) << offered.join(QLatin1Char('|')).toStdString();

    QTest::keyClick(view.searchBox(), Qt::Key_Return);
    EXPECT_EQ(view.symbol(), QStringLiteral("OGDC"));
    ASSERT_EQ(view.bars().size(), 1);
    EXPECT_TRUE(view.isCandleMode());
    EXPECT_TRUE(view.searchBox()->text().isEmpty());

    // A symbol typed as it is.
    QTest::keyClicks(view.searchBox(), QStringLiteral("ppl"));
    QTest::keyClick(view.searchBox(), Qt::Key_Return);
    EXPECT_EQ(view.symbol(), QStringLiteral("PPL"));
}

TEST(NewsBySymbol, ListsTheArticlesThatMentionTheSymbolAndOpensOneWithItsMentions)
{
    LibraryFixture fixture({QStringLiteral("alerts-pso-news.txt"), QStringLiteral("alerts-lowercase-words.txt"),
                            QStringLiteral("psx-closing-rates-31DEC2021.lis")});
    SymbolHistoryView view(&fixture.library);
    view.resize(1100, 650);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    view.showSymbol(QStringLiteral("PSO"));
    SymbolNewsModel *news = view.newsModel();
    ASSERT_EQ(news->rowCount(), 1);
    EXPECT_EQ(news->index(0, SymbolNewsModel::HeadlineColumn).data().toString(),
              QStringLiteral("PSO climbs as circular debt plan lifts oil marketers"));
    EXPECT_EQ(news->index(0, SymbolNewsModel::MentionsColumn).data().toInt(), 3);
    EXPECT_EQ(view.newsHeading()->text(), QStringLiteral("News mentioning PSO or Pakistan State Oil: 1 article in the library"));

    QSignalSpy requested(&view, &SymbolHistoryView::articleRequested);
    view.newsList()->setCurrentIndex(news->index(0, 0));
    QTest::keyClick(view.newsList(), Qt::Key_Return);
    ASSERT_EQ(requested.count(), 1);
    EXPECT_EQ(requested[0][0].toLongLong(), news->articles()[0].snapshotId);
    const auto highlights = requested[0][1].value<MentionMatcher>();
    EXPECT_TRUE(highlights.matches(QStringLiteral("PSO's gain")));
    EXPECT_TRUE(highlights.matches(QStringLiteral("shares of pakistan state oil")));
    EXPECT_FALSE(highlights.matches(QStringLiteral("PSOCL fell")));

    // LUCK is only ever "luck" in these articles.
    view.showSymbol(QStringLiteral("LUCK"));
    EXPECT_EQ(news->rowCount(), 0);
    EXPECT_EQ(view.newsHeading()->text(), QStringLiteral("No article in the library mentions LUCK or Lucky Cement."));
    // A company MarketDesk's own list lacks is named as the library's closing-rate file lists it.
    view.showSymbol(QStringLiteral("HASCOL"));
    EXPECT_EQ(view.newsHeading()->text(), QStringLiteral("No article in the library mentions HASCOL or Hascol Petroleum."));
}

TEST(NewsBySymbol, ReaderMarksTheMentionsAndDropsThemForTheNextArticle)
{
    const Snapshot snapshot = loadFixture(QStringLiteral("alerts-pso-news.txt"));
    ArticleReader reader;
    reader.resize(900, 700);
    reader.setContent(snapshot.article, snapshot.comments);
    reader.setHighlights(MentionMatcher::forSymbol(QStringLiteral("PSO"), QStringLiteral("Pakistan State Oil")));
    // Headline, body (twice) and the comment; never PSOCL or KSE-100.
    EXPECT_EQ(reader.highlightedTexts(), (QStringList{QStringLiteral("PSO"), QStringLiteral("Pakistan State Oil"),
                                                      QStringLiteral("PSO"), QStringLiteral("PSO")}));
    QTextCursor first(reader.document());
    first.setPosition(int(reader.document()->toRawText().indexOf(QStringLiteral("Pakistan State Oil"))) + 1);
    EXPECT_TRUE(first.charFormat().background().style() != Qt::NoBrush);

    // Kept through a zoom (the document is built again).
    reader.zoomIn();
    EXPECT_EQ(reader.highlightCount(), 4);
    reader.setContent(snapshot.article, snapshot.comments);
    EXPECT_EQ(reader.highlightCount(), 0);
}

TEST(NewsBySymbol, TheWindowOpensTheArticleInTheReaderWithTheMentionsMarked)
{
    QTemporaryDir dir;
    MainWindow window;
    ASSERT_TRUE(window.openLibrary(dir.filePath(QStringLiteral("library.sqlite"))).ok());
    ASSERT_TRUE(window.session()->library()->importFile(dataPath(QStringLiteral("alerts-pso-news.txt"))).ok());
    window.resize(1280, 800);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.libraryPage()->showSymbol(QStringLiteral("PSO"));
    SymbolHistoryView *history = window.libraryPage()->symbolHistory();
    EXPECT_TRUE(history->starButton()->isEnabled());  // the session's watchlist reached the views
    window.libraryPage()->showIndex(QStringLiteral("KSE100"));
    ASSERT_TRUE(window.libraryPage()->indexHistory()->starButton()->isEnabled());
    QTest::mouseClick(window.libraryPage()->indexHistory()->starButton(), Qt::LeftButton);
    EXPECT_TRUE(window.session()->watchlist()->contains(QStringLiteral("KSE100")));
    window.libraryPage()->showSymbol(QStringLiteral("PSO"));
    ASSERT_EQ(history->newsModel()->rowCount(), 1);
    QSignalSpy opened(window.libraryPage(), &LibraryPage::openRequested);
    QSignalSpy highlighted(window.libraryPage(), &LibraryPage::highlightRequested);
    history->newsList()->setCurrentIndex(history->newsModel()->index(0, 0));
    QTest::keyClick(history->newsList(), Qt::Key_Return);
    ASSERT_EQ(opened.count(), 1);
    EXPECT_EQ(opened[0][0].toLongLong(), history->newsModel()->articles()[0].snapshotId);
    ASSERT_EQ(highlighted.count(), 1);  // after the request to open, so the reader has the article
    ASSERT_TRUE(waitUntilOpened(window));

    EXPECT_EQ(window.pages()->currentWidget(), window.dashboard());
    EXPECT_EQ(window.dashboard()->tabs()->currentWidget(), window.dashboard()->reader());
    EXPECT_TRUE(window.dashboard()->reader()->plainText().startsWith(QStringLiteral("PSO climbs")));
    EXPECT_EQ(window.dashboard()->reader()->highlightCount(), 4);
}

TEST(CandleGrouping, ALongRangeGroupsIntoWeeksOrMonthsAndGroupsAgainOnResize)
{
    SymbolHistoryView view;
    view.resize(1100, 650);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    const QVector<DailyBar> bars = walk(2500);  // 500 whole weeks, Monday 19 January 2015 to Friday 16 August 2024
    view.setBars(QStringLiteral("OGDC"), bars);
    QCoreApplication::processEvents();
    HistoryChartView *prices = view.priceChart();
    const double plotWidth = prices->chart()->plotArea().width();
    // Wide enough for a year of sessions (263 at 2 px), too narrow for 500 weeks.
    ASSERT_GT(plotWidth, 530.0);
    ASSERT_LT(plotWidth, 1000.0);

    // A year: 263 daily candles.
    EXPECT_EQ(view.checkedPreset(), int(RangePreset::Year));
    EXPECT_EQ(view.candlePeriod(), CandlePeriod::Day);
    EXPECT_EQ(view.candleSeries()->count(), 2500);
    EXPECT_TRUE(prices->chart()->title().isEmpty());

    // Five years: 1,306 sessions would be under 2 px; their 262 weeks are not.
    view.applyPreset(RangePreset::FiveYears);
    EXPECT_EQ(view.candlePeriod(), CandlePeriod::Week);
    EXPECT_EQ(view.candleSeries()->count(), 500);
    EXPECT_EQ(prices->chart()->title(), QStringLiteral("Weekly candles: daily ones would be under 2 pixels wide"));
    // The week of Monday 12 August 2024 as the chart draws it: its sessions' first open, highest high, lowest
    // low, last close, and one volume bar per week.
    const QCandlestickSet *lastWeek = view.candleSeries()->sets().last();
    const QVector<DailyBar> week(bars.end() - 5, bars.end());
    EXPECT_EQ(lastWeek->open(), *week.first().open);
    EXPECT_EQ(lastWeek->close(), week.last().close);
    double high = 0.0;
    double low = HUGE_VAL;
    qint64 volume = 0;
    for (const DailyBar &bar : week) {
        high = std::max(high, *bar.high);
        low = std::min(low, *bar.low);
        volume += *bar.volume;
    }
    EXPECT_EQ(lastWeek->high(), high);
    EXPECT_EQ(lastWeek->low(), low);
    EXPECT_EQ(view.shownBars().last().volume, volume);
    EXPECT_EQ(view.shownBars().last().date, QDate(2024, 8, 12));
    const qsizetype volumeBars = prices->visibleRange().toMsecs > 0
        ? view.volumeChart()->barRectsInView(0).size() + view.volumeChart()->barRectsInView(1).size() : 0;
    EXPECT_GE(volumeBars, 261);
    EXPECT_LE(volumeBars, 263);
    EXPECT_TRUE(view.readoutText().startsWith(QStringLiteral("Week of Mon 12 Aug 2024  O "))) << view.readoutText().toStdString();

    // Everything: 500 weeks would be under 2 px; 116 months are not.
    view.applyPreset(RangePreset::All);
    EXPECT_EQ(view.candlePeriod(), CandlePeriod::Month);
    EXPECT_EQ(view.candleSeries()->count(), 116);  // January 2015 to August 2024
    EXPECT_EQ(prices->chart()->title(), QStringLiteral("Monthly candles: weekly ones would be under 2 pixels wide"));
    EXPECT_TRUE(view.readoutText().startsWith(QStringLiteral("August 2024  O "))) << view.readoutText().toStdString();
    EXPECT_EQ(view.visibleSessionCount(), 2500);  // the sessions are all still there, in months

    // Back to a year, then the charts made narrow (the News list dragged wider): the same year in weeks.
    view.applyPreset(RangePreset::Year);
    EXPECT_EQ(view.candlePeriod(), CandlePeriod::Day);
    const QList<int> sizes = view.splitter()->sizes();
    view.splitter()->setSizes({500, sizes[0] + sizes[1] - 500});
    QCoreApplication::processEvents();
    ASSERT_LT(prices->chart()->plotArea().width(), 263 * 2.0);
    EXPECT_EQ(view.candlePeriod(), CandlePeriod::Week);
    EXPECT_EQ(view.checkedPreset(), int(RangePreset::Year));
    view.splitter()->setSizes(sizes);
    QCoreApplication::processEvents();
    EXPECT_EQ(view.candlePeriod(), CandlePeriod::Day);
    EXPECT_EQ(view.candleSeries()->count(), 2500);
}

TEST(CandlestickChart, APresetLongerThanTheDataShowsTheDataNotAnEmptyYear)
{
    SymbolHistoryView view;
    view.resize(1100, 650);
    view.show();
    const QVector<DailyBar> bars = walk(65);  // 13 weeks: Monday 20 May to Friday 16 August 2024
    view.setBars(QStringLiteral("OGDC"), bars);
    EXPECT_EQ(view.checkedPreset(), int(RangePreset::Year));
    const qint64 first = sessionCloseMsecs(QDate(2024, 5, 20));
    const qint64 last = sessionCloseMsecs(QDate(2024, 8, 16));
    for (HistoryChartView *chart : {view.priceChart(), view.volumeChart()}) {
        const TimeRange visible = chart->visibleRange();
        // The data with All's room either side (a fiftieth of their span), not a year back from the last.
        EXPECT_EQ(visible.fromMsecs, first - (last - first) / 50);
        EXPECT_EQ(visible.toMsecs, last + (last - first) / 50);
        // The axis as drawn starts 2 days before the first session, on the exchange's clock.
        EXPECT_EQ(QDateTime::fromMSecsSinceEpoch(qint64(chart->timeAxis()->min())).date(), QDate(2024, 5, 18));
        EXPECT_EQ(QDateTime::fromMSecsSinceEpoch(qint64(chart->timeAxis()->max())).date(), QDate(2024, 8, 18));
        // Labelled on every other Monday, not at even fractions of the range.
        EXPECT_EQ(chart->timeLabels(), QStringLiteral("27 May|10 Jun|24 Jun|08 Jul|22 Jul|05 Aug").split(u'|'));
    }
    EXPECT_EQ(view.visibleSessionCount(), 65);
    view.applyPreset(RangePreset::FiveYears);
    EXPECT_EQ(view.priceChart()->visibleRange().fromMsecs, first - (last - first) / 50);
    // A preset shorter than the data still reaches back from the last session.
    view.applyPreset(RangePreset::Month);
    EXPECT_EQ(view.visibleSessionCount(), 24);
}

TEST(CandlestickChart, RemembersThePresetAndTheAveragesChosen)
{
    const QVector<DailyBar> bars = walk(1500);
    {
        SymbolHistoryView view;
        view.resize(1100, 650);
        view.show();
        view.setBars(QStringLiteral("OGDC"), bars);
        QTest::mouseClick(buttonNamed(&view, QStringLiteral("5Y")), Qt::LeftButton);
        QTest::mouseClick(view.averageButton(20), Qt::LeftButton);
        QTest::mouseClick(view.averageButton(200), Qt::LeftButton);
        QTest::mouseClick(view.averageButton(50), Qt::LeftButton);
        QTest::mouseClick(view.averageButton(50), Qt::LeftButton);  // shown, then hidden again
    }
    EXPECT_EQ(settings::symbolHistoryPreset.value(), int(RangePreset::FiveYears));
    EXPECT_EQ(settings::symbolHistoryAverages.value(), (QStringList{QStringLiteral("20"), QStringLiteral("200")}));

    // The view made again (the app started again) shows them.
    SymbolHistoryView reopened;
    reopened.resize(1100, 650);
    reopened.show();
    reopened.setBars(QStringLiteral("OGDC"), bars);
    EXPECT_EQ(reopened.checkedPreset(), int(RangePreset::FiveYears));
    EXPECT_EQ(reopened.visibleSessionCount(), 1306);
    EXPECT_TRUE(reopened.isAverageShown(20));
    EXPECT_FALSE(reopened.isAverageShown(50));
    EXPECT_TRUE(reopened.isAverageShown(200));
    EXPECT_EQ(reopened.averageLine(200)->count(), 1500 - 199);

    // A zoom by hand is no choice of preset; a preset this chart does not offer reads as the default.
    reopened.priceChart()->zoomBy(0.5, reopened.priceChart()->visibleRange().toMsecs);
    EXPECT_EQ(reopened.checkedPreset(), -1);
    EXPECT_EQ(settings::symbolHistoryPreset.value(), int(RangePreset::FiveYears));
    settings::symbolHistoryPreset.set(int(RangePreset::Week));
    EXPECT_EQ(SymbolHistoryView().checkedPreset(), int(RangePreset::Year));

    // The index history remembers its own.
    {
        IndexHistoryView index;
        EXPECT_EQ(index.checkedPreset(), int(RangePreset::All));
        QTest::mouseClick(buttonNamed(&index, QStringLiteral("3M")), Qt::LeftButton);
    }
    EXPECT_EQ(IndexHistoryView().checkedPreset(), int(RangePreset::ThreeMonths));
    EXPECT_EQ(settings::symbolHistoryAverages.value(), (QStringList{QStringLiteral("20"), QStringLiteral("200")}));
}

// One session (a library with one snapshot): the week around its day, from midnight to midnight on the
// exchange's clock, with a tick and a date under each day (six ticks had fallen at odd hours: "09 Dec, 10 Dec,
// 11 Dec, 13 Dec", the session's own day unlabelled).
TEST(CandlestickChart, OneSessionIsShownInItsWeekWithADateUnderEachDay)
{
    SymbolHistoryView view;
    view.resize(1100, 650);
    view.show();
    view.setBars(QStringLiteral("OGDC"), walk(1));  // Friday 16 August 2024
    for (HistoryChartView *chart : {view.priceChart(), view.volumeChart()}) {
        const QDateTime from = QDateTime::fromMSecsSinceEpoch(qint64(chart->timeAxis()->min()));
        const QDateTime to = QDateTime::fromMSecsSinceEpoch(qint64(chart->timeAxis()->max()));
        EXPECT_EQ(from, QDate(2024, 8, 13).startOfDay());
        EXPECT_EQ(to, QDate(2024, 8, 20).startOfDay());
        // The week's last midnight is its right end: a label there would be cut by the frame.
        EXPECT_EQ(chart->timeLabels(), QStringLiteral("13 Aug|14 Aug|15 Aug|16 Aug|17 Aug|18 Aug|19 Aug").split(u'|'));
    }
    EXPECT_EQ(view.visibleSessionCount(), 1);
    // Zoomed or panned to hours that are not midnights, the labels still fall on midnights.
    const TimeRange week = view.priceChart()->visibleRange();
    view.priceChart()->setVisibleRange(week.fromMsecs + 5 * 3600 * 1000, week.toMsecs - 3 * 3600 * 1000);
    EXPECT_EQ(view.priceChart()->timeLabels(),
              QStringLiteral("14 Aug|15 Aug|16 Aug|17 Aug|18 Aug|19 Aug").split(u'|'));
}
