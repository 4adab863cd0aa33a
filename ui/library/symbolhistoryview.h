// A stock's daily history from the library: candles (or a line where only closes exist) with volume bars
// under them, zoomed and panned together, range presets, a crosshair with the bar's OHLCV, moving averages,
// a star for the watchlist, a search by symbol or company name, and the library's news that mention it.
#pragma once

#include "core/portfolio/transaction.h"

#include "core/alerts/mentionmatcher.h"
#include "core/library/dailybarchart.h"
#include "core/library/historyrange.h"
#include "core/library/librarytypes.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QCandlestickSeries;
class QCompleter;
class QLabel;
class QLineEdit;
class QLineSeries;
class QScatterSeries;
class QSplitter;
class QStringListModel;
class QToolButton;
class QTableView;
QT_END_NAMESPACE

namespace md {
class Library;
class SymbolNewsModel;
class WatchedSymbols;
}

namespace md::ui {

class HistoryChartView;
class RangePresetBar;
class WatchStarButton;

class SymbolHistoryView : public QWidget
{
    Q_OBJECT

public:
    // library may be null: the view then shows only what setBars() gives it (no search, no news).
    explicit SymbolHistoryView(Library *library = nullptr, QWidget *parent = nullptr);

    // The watchlist the star button reads and writes (null: no star).
    void setWatchlist(WatchedSymbols *watchlist);

    // Shows the symbol's daily bars and news from the library (what a double-click on a symbol opens).
    void showSymbol(const QString &symbol);
    // Shows bars given directly (the library is not read for them).
    void setBars(const QString &symbol, const QVector<DailyBar> &bars);
    QString symbol() const { return m_symbol; }
    const QVector<DailyBar> &bars() const { return m_bars; }
    // Candles when some bar has more than a close; else a line of the closes.
    bool isCandleMode() const { return m_candleMode; }
    // What each candle drawn stands for: daily ones, or weeks or months where daily ones would be narrower
    // than kMinimumCandlePixels in the plot (chosen again when the range in view or the chart's width changes).
    CandlePeriod candlePeriod() const { return m_period; }
    // The bars as drawn: bars() grouped by candlePeriod().
    const QVector<DailyBar> &shownBars() const { return m_shownBars; }

    // Shows preset's range (a click on its button also remembers it for the next start).
    void applyPreset(RangePreset preset);
    // The checked preset, or -1 after a zoom or pan by hand.
    int checkedPreset() const;
    // Sessions inside the visible time range.
    int visibleSessionCount() const;

    // The simple moving averages of 20, 50 and 200 sessions, drawn over the prices when shown.
    static QVector<int> averagePeriods() { return {20, 50, 200}; }
    // Shows or hides an average (a click on its button also remembers it for the next start).
    void setAverageShown(int period, bool shown);
    bool isAverageShown(int period) const;
    QLineSeries *averageLine(int period) const;
    QToolButton *averageButton(int period) const;

    // The crosshair at the session nearest to msecs (as the pointer moving over a chart does), and away.
    void pointAt(qint64 msecs);
    void pointAway();
    // The readout line: the pointed-at session, else the last.
    QString readoutText() const;

    HistoryChartView *priceChart() const { return m_priceChart; }
    HistoryChartView *volumeChart() const { return m_volumeChart; }
    QCandlestickSeries *candleSeries() const { return m_candles; }
    QLineSeries *closeLine() const { return m_closeLine; }
    // In candle mode, the sessions with only a close (a news ticker's price), as dots.
    QScatterSeries *closeMarkers() const { return m_closeMarkers; }
    // A portfolio's buys (green) and sells (red) of symbol, marked at their price on their session until
    // another symbol is shown.
    void setTradeMarks(const QString &symbol, const QVector<TradeMark> &marks);
    QScatterSeries *buyMarkers() const { return m_buyMarkers; }
    QScatterSeries *sellMarkers() const { return m_sellMarkers; }
    // Charts on the left, news on the right.
    QSplitter *splitter() const { return m_splitter; }
    WatchStarButton *starButton() const { return m_star; }
    QLineEdit *searchBox() const { return m_search; }
    QCompleter *completer() const { return m_completer; }
    QTableView *newsList() const { return m_newsList; }
    SymbolNewsModel *newsModel() const { return m_newsModel; }
    QLabel *newsHeading() const { return m_newsHeading; }

signals:
    // An article of the News list was activated: open it, with the symbol's mentions marked.
    void articleRequested(md::SnapshotId id, const md::MentionMatcher &highlights);

private:
    void searchTyped(const QString &text);
    void searchChosen(const QString &text);
    void updateTitle();
    void showNews();
    // The names of the symbol's company that the News list looks for (ArticleSearch::companyNames).
    QStringList companyNames() const;
    void alignCharts();
    // Chooses the candles' period for the range in view and the plot's width; draws them when it changed.
    void regroup();
    // Draws m_shownBars: candles (or the line of closes), close-only dots, volume bars, the chart's title.
    void draw();
    // Draws average i's line when its button is checked, else none.
    void drawAverage(int i);
    void saveAverages() const;

    Library *m_library = nullptr;
    QString m_symbol;
    QVector<DailyBar> m_bars;
    QVector<Candle> m_candleData;
    bool m_candleMode = false;
    CandlePeriod m_period = CandlePeriod::Day;
    QVector<DailyBar> m_shownBars;   // m_bars grouped by m_period
    QVector<Candle> m_shownCandles;  // their candles, as placed on the chart
    bool m_drawn = false;            // m_shownBars are of the bars set and drawn
    bool m_regrouping = false;
    double m_volumeUnit = 1.0;       // volumes are drawn in millions when they run that high
    int m_pointed = -1;
    bool m_aligning = false;

    QLineEdit *m_search = nullptr;
    QCompleter *m_completer = nullptr;
    QStringListModel *m_suggestions = nullptr;
    QLabel *m_title = nullptr;
    WatchStarButton *m_star = nullptr;
    QList<QToolButton *> m_averageButtons;
    QList<QLineSeries *> m_averageLines;
    RangePresetBar *m_presets = nullptr;
    QLabel *m_readout = nullptr;
    HistoryChartView *m_priceChart = nullptr;
    HistoryChartView *m_volumeChart = nullptr;
    QCandlestickSeries *m_candles = nullptr;
    QLineSeries *m_closeLine = nullptr;
    QScatterSeries *m_closeMarkers = nullptr;
    QScatterSeries *m_buyMarkers = nullptr;
    QScatterSeries *m_sellMarkers = nullptr;
    QString m_tradeSymbol;  // the symbol the trade marks are of
    QSplitter *m_splitter = nullptr;
    int m_volumeUp = -1;    // bar sets of the volume chart: sessions that closed up (or level), and down
    int m_volumeDown = -1;
    QLabel *m_newsHeading = nullptr;
    QTableView *m_newsList = nullptr;
    SymbolNewsModel *m_newsModel = nullptr;
};

} // namespace md::ui
