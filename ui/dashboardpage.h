// The window's Dashboard page: the open snapshots' ticker, list, movers, charts, article and sectors, or the welcome.
#pragma once

#include <QWidget>

class QMenu;
class QSplitter;
class QStackedWidget;
class QTabWidget;

namespace md {
class SnapshotWorkspace;
class TickerProxyModel;
class WatchedSymbols;
}

namespace md::ui {

class ArticleReader;
class EmptyStateView;
class IndexChartView;
class MoversView;
class SectorsView;
class SnapshotListView;
class TickerStrip;

// The twin of LibraryPage, in the spirit of RSS Guard's FeedMessageViewer: it owns its views, binds them
// to the workspace's models, keeps them in step with the current snapshot, saves and restores its own
// splitter and tab, and says what the user asks for by signals; the window decides what happens.
// The welcome (EmptyStateView) is shown while nothing is open. Every star (ticker, movers) goes through the
// one WatchedSymbols given; the ticker shows the whole board or the news ticker's 30, the watchlist first
// when asked (View ▸ Ticker, remembered).
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    // workspace and watchlist (may be null: nothing can be starred) outlive the page.
    explicit DashboardPage(SnapshotWorkspace *workspace, WatchedSymbols *watchlist = nullptr, QWidget *parent = nullptr);

    TickerStrip *ticker() const { return m_ticker; }
    MoversView *movers() const { return m_movers; }
    IndexChartView *charts() const { return m_charts; }
    ArticleReader *reader() const { return m_reader; }
    SectorsView *sectors() const { return m_sectors; }
    TickerProxyModel *tickerQuotes() const { return m_tickerQuotes; }
    SnapshotListView *snapshotList() const { return m_snapshotList; }
    EmptyStateView *emptyState() const { return m_emptyState; }
    QTabWidget *tabs() const { return m_tabs; }

    // "ticker", "movers", "charts", "article", "snapshots", "sectors", "watchlist" (the page with the movers
    // showing the watchlist, after showView); nullptr for another name.
    QWidget *view(const QString &name) const;
    static QStringList viewNames();
    // Brings the view forward (the dashboard, its tab) and gives it the keyboard focus.
    void showView(QWidget *view);
    // The ticker's choices (View ▸ Ticker), applied and remembered.
    void setTickerWholeBoard(bool wholeBoard);
    void setTickerWatchlistFirst(bool on);
    // True while the dashboard (not the welcome) is shown.
    bool isDashboardShown() const;

    // With a library the views offer its history and the comparison.
    void setLibraryAvailable(bool available);

    // Edit: copy the selected movers, star them, find in the article, filter the symbols.
    void addEditActions(QMenu *edit);
    // View: the article's zoom, then View ▸ Ticker, a still ticker (reduced motion) or its speed, remembered.
    void addViewActions(QMenu *view);

    // The splitter and the Charts / Article tab of the last run.
    void restoreState();
    void saveState() const;

signals:
    // The welcome's buttons.
    void openRequested();
    void sampleRequested();
    void recentRequested(const QString &path);
    // The side panel's Close and Compare with Current.
    void closeRequested(int row);
    void compareWithCurrentRequested(int row);
    // The history of a stock or an index across the library (double-click, context menu).
    void symbolHistoryRequested(const QString &symbol);
    void indexHistoryRequested(const QString &name);
    // The charts' "Index History in the Library".
    void libraryIndexHistoryRequested();

private:
    void onCurrentSnapshotChanged();
    void updateStack();
    void followWatchlist();

    SnapshotWorkspace *m_workspace;
    WatchedSymbols *m_watchlist;
    TickerProxyModel *m_tickerIndices;
    TickerProxyModel *m_tickerQuotes;
    TickerStrip *m_ticker;
    MoversView *m_movers;
    IndexChartView *m_charts;
    ArticleReader *m_reader;
    SectorsView *m_sectors;
    SnapshotListView *m_snapshotList;
    EmptyStateView *m_emptyState;
    QStackedWidget *m_stack;
    QWidget *m_dashboard;
    QSplitter *m_splitter;
    QTabWidget *m_tabs;
    QAction *m_libraryHistoryAction;
    bool m_libraryAvailable = false;
};

} // namespace md::ui
