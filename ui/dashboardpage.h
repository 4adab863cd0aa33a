// The window's Dashboard page: the open snapshots' ticker, list, movers, charts and article, or the welcome.
#pragma once

#include <QWidget>

class QMenu;
class QSplitter;
class QStackedWidget;
class QTabWidget;

namespace md {
class SnapshotWorkspace;
}

namespace md::ui {

class ArticleReader;
class EmptyStateView;
class IndexChartView;
class MoversView;
class SnapshotListView;
class TickerStrip;

// The twin of LibraryPage, in the spirit of RSS Guard's FeedMessageViewer: it owns its views, binds them
// to the workspace's models, keeps them in step with the current snapshot, saves and restores its own
// splitter and tab, and says what the user asks for by signals; the window decides what happens.
// The welcome (EmptyStateView) is shown while nothing is open.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    // workspace outlives the page.
    explicit DashboardPage(SnapshotWorkspace *workspace, QWidget *parent = nullptr);

    TickerStrip *ticker() const { return m_ticker; }
    MoversView *movers() const { return m_movers; }
    IndexChartView *charts() const { return m_charts; }
    ArticleReader *reader() const { return m_reader; }
    SnapshotListView *snapshotList() const { return m_snapshotList; }
    EmptyStateView *emptyState() const { return m_emptyState; }
    QTabWidget *tabs() const { return m_tabs; }

    // "ticker", "movers", "charts", "article", "snapshots"; nullptr for another name.
    QWidget *view(const QString &name) const;
    static QStringList viewNames();
    // Brings the view forward (the dashboard, its tab) and gives it the keyboard focus.
    void showView(QWidget *view);
    // True while the dashboard (not the welcome) is shown.
    bool isDashboardShown() const;

    // With a library the views offer its history and the comparison.
    void setLibraryAvailable(bool available);

    // Edit: copy the selected movers, find in the article, filter the symbols.
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

    SnapshotWorkspace *m_workspace;
    TickerStrip *m_ticker;
    MoversView *m_movers;
    IndexChartView *m_charts;
    ArticleReader *m_reader;
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
