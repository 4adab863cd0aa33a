// The Dashboard page: its views' layout and wiring, and its saved splitter and tab.
#include "ui/dashboardpage.h"

#include "core/models/indexseriesmodel.h"
#include "core/models/indicesmodel.h"
#include "core/models/quotesmodel.h"
#include "core/models/sectorsummarymodel.h"
#include "core/models/tickerproxymodel.h"
#include "core/parse/pagegaps.h"
#include "core/models/snapshotcollection.h"
#include "core/session/snapshotworkspace.h"
#include "core/session/watchedsymbols.h"
#include "core/settings/settings.h"
#include "ui/articlereader.h"
#include "ui/emptystateview.h"
#include "ui/indexchartview.h"
#include "ui/moversview.h"
#include "ui/sectorsview.h"
#include "ui/snapshotlistview.h"
#include "ui/tickerstrip.h"

#include <QAction>
#include <QLineEdit>
#include <QActionGroup>
#include <QMenu>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace md::ui {

DashboardPage::DashboardPage(SnapshotWorkspace *workspace, WatchedSymbols *watchlist, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_watchlist(watchlist)
    , m_tickerIndices(new TickerProxyModel(this))
    , m_tickerQuotes(new TickerProxyModel(this))
    , m_ticker(new TickerStrip)
    , m_movers(new MoversView)
    , m_charts(new IndexChartView)
    , m_reader(new ArticleReader)
    , m_sectors(new SectorsView)
    , m_snapshotList(new SnapshotListView)
    , m_emptyState(new EmptyStateView)
    , m_stack(new QStackedWidget)
    , m_dashboard(new QWidget)
    , m_splitter(new QSplitter(Qt::Horizontal))
    , m_tabs(new QTabWidget)
    , m_libraryHistoryAction(new QAction(tr("Index History in the Library"), this))
{
    // Views bind to the workspace's models.
    m_tickerIndices->setSourceModel(workspace->indices());
    m_tickerQuotes->setSourceModel(workspace->quotes());
    m_tickerQuotes->setSelection(settings::tickerWholeBoard.value() ? TickerProxyModel::Selection::WholeBoard
                                                                    : TickerProxyModel::Selection::NewsTicker);
    m_ticker->setModels(m_tickerIndices, m_tickerQuotes);
    m_ticker->setWatchlist(watchlist);
    m_movers->setModel(workspace->quotes());
    m_movers->setWatchlist(watchlist);
    m_sectors->setModel(workspace->sectors());
    const bool watchlistFirst = settings::tickerWatchlistFirst.value();
    m_tickerIndices->setWatchlistFirst(watchlistFirst);
    m_tickerQuotes->setWatchlistFirst(watchlistFirst);
    m_ticker->setWatchlistFirst(watchlistFirst);
    if (watchlist)
        connect(watchlist, &WatchedSymbols::changed, this, &DashboardPage::followWatchlist);
    followWatchlist();
    m_charts->setSeriesModel(workspace->indexSeries());
    m_charts->setCurrentModels(workspace->indices(), workspace->quotes());
    m_snapshotList->setCollection(workspace->collection());

    m_tabs->addTab(m_charts, tr("Charts"));
    m_tabs->addTab(m_reader, tr("Article"));
    m_tabs->addTab(m_sectors, tr("Sectors"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_sectors), tr("The board by sector: advancers, decliners, volume, median change"));
    m_tabs->setDocumentMode(true);

    m_splitter->addWidget(m_snapshotList);
    m_splitter->addWidget(m_movers);
    m_splitter->addWidget(m_tabs);
    m_splitter->setChildrenCollapsible(false);
    // Floors no saved state or page switch goes below: the list's headlines, the movers' four fixed
    // columns, and two charts side by side on the Charts tab.
    m_snapshotList->setMinimumWidth(160);
    m_movers->setMinimumWidth(380);
    m_tabs->setMinimumWidth(460);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 3);
    m_splitter->setSizes({176, 470, 640});  // the movers' switch and four columns; two charts a row at ease

    auto *dashboardLayout = new QVBoxLayout(m_dashboard);
    dashboardLayout->setContentsMargins(0, 0, 0, 0);
    dashboardLayout->setSpacing(0);
    dashboardLayout->addWidget(m_ticker);
    auto *body = new QWidget;
    auto *bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(8, 8, 8, 4);
    bodyLayout->addWidget(m_splitter);
    dashboardLayout->addWidget(body, 1);

    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(m_dashboard);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    // Within the page: the ticker leads to the movers table and the charts; find shows the article.
    connect(m_ticker, &TickerStrip::symbolActivated, this, [this](const QString &symbol) {
        if (m_movers->selectSymbol(symbol))
            m_movers->table()->setFocus(Qt::OtherFocusReason);
    });
    connect(m_ticker, &TickerStrip::indexActivated, this, [this] { showView(m_charts); });
    connect(m_reader->findAction(), &QAction::triggered, this, [this] { m_tabs->setCurrentWidget(m_reader); });
    // A sector's symbols in the movers table.
    connect(m_sectors, &SectorsView::sectorActivated, this, [this](const QString &sector) {
        m_movers->setSectorFilter(sector);
        m_movers->table()->setFocus(Qt::OtherFocusReason);
    });

    // What the window decides.
    connect(m_ticker, &TickerStrip::historyRequested, this, [this](const QString &name, bool isIndex) {
        if (isIndex)
            emit indexHistoryRequested(name);
        else
            emit symbolHistoryRequested(name);
    });
    connect(m_movers, &MoversView::symbolDoubleClicked, this, &DashboardPage::symbolHistoryRequested);
    connect(m_movers, &MoversView::contextMenuAboutToShow, this, [this](QMenu *menu) {
        const QStringList symbols = m_movers->selectedSymbols();
        if (!m_libraryAvailable || symbols.size() != 1)
            return;
        menu->addAction(tr("Show &History of %1").arg(symbols.first()), this,
                        [this, symbol = symbols.first()] { emit symbolHistoryRequested(symbol); });
    });
    m_libraryHistoryAction->setToolTip(tr("Every snapshot in the library, not only the open ones, with zoom and range presets"));
    m_libraryHistoryAction->setEnabled(false);
    connect(m_libraryHistoryAction, &QAction::triggered, this, &DashboardPage::libraryIndexHistoryRequested);
    m_charts->addHeaderAction(m_libraryHistoryAction);
    connect(m_snapshotList, &SnapshotListView::closeRequested, this, &DashboardPage::closeRequested);
    connect(m_snapshotList, &SnapshotListView::compareWithCurrentRequested, this,
            &DashboardPage::compareWithCurrentRequested);
    connect(m_emptyState, &EmptyStateView::openRequested, this, &DashboardPage::openRequested);
    connect(m_emptyState, &EmptyStateView::sampleRequested, this, &DashboardPage::sampleRequested);
    connect(m_emptyState, &EmptyStateView::recentRequested, this, &DashboardPage::recentRequested);

    connect(workspace, &SnapshotWorkspace::currentSnapshotChanged, this, &DashboardPage::onCurrentSnapshotChanged);
    SnapshotCollection *collection = workspace->collection();
    connect(collection, &QAbstractItemModel::rowsInserted, this, &DashboardPage::updateStack);
    connect(collection, &QAbstractItemModel::rowsRemoved, this, &DashboardPage::updateStack);
    connect(collection, &QAbstractItemModel::modelReset, this, &DashboardPage::updateStack);

    m_ticker->setSpeed(settings::tickerSpeed.value());
    m_ticker->setStaticMode(settings::tickerReducedMotion.value());
    updateStack();
    onCurrentSnapshotChanged();
}

void DashboardPage::addEditActions(QMenu *edit)
{
    // The movers' own action, so the menu shows its Ctrl+C (which works while the table has the focus).
    edit->addAction(m_movers->copyAction());
    edit->addAction(m_movers->watchAction());  // Ctrl+D in the movers table
    edit->addAction(m_reader->findAction());
    QAction *filter = edit->addAction(tr("Filter &Symbols"), this, [this] {
        m_movers->filterEdit()->setFocus(Qt::ShortcutFocusReason);
        m_movers->filterEdit()->selectAll();
    });
    filter->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
}

void DashboardPage::addViewActions(QMenu *view)
{
    view->addActions({m_reader->zoomInAction(), m_reader->zoomOutAction(), m_reader->zoomResetAction()});
    view->addSeparator();
    QMenu *menu = view->addMenu(tr("&Ticker"));
    auto *shows = new QActionGroup(menu);
    const struct { QString label; QString tip; bool wholeBoard; } choices[] = {
        {tr("&Whole Board"), tr("Every symbol of the snapshot"), true},
        {tr("News &Ticker's 30"),
         tr("At most %1 symbols: the KSE-30 members where the board lists them, else the most active")
             .arg(TickerProxyModel::kNewsTickerCount), false}};
    for (const auto &choice : choices) {
        QAction *a = menu->addAction(choice.label);
        a->setCheckable(true);
        a->setToolTip(choice.tip);
        a->setChecked((m_tickerQuotes->selection() == TickerProxyModel::Selection::WholeBoard) == choice.wholeBoard);
        shows->addAction(a);
        connect(a, &QAction::triggered, this, [this, whole = choice.wholeBoard] { setTickerWholeBoard(whole); });
    }
    QAction *first = menu->addAction(tr("Watchlist &First"));
    first->setCheckable(true);
    first->setChecked(m_ticker->watchlistFirst());
    first->setToolTip(tr("Starred indices and symbols lead the ticker"));
    connect(first, &QAction::toggled, this, &DashboardPage::setTickerWatchlistFirst);
    menu->addSeparator();
    QAction *still = menu->addAction(tr("&Reduce Motion (Still Ticker)"));
    still->setCheckable(true);
    still->setChecked(m_ticker->isStaticMode());
    connect(still, &QAction::toggled, this, [this](bool on) {
        m_ticker->setStaticMode(on);
        settings::tickerReducedMotion.set(on);
    });
    menu->addSeparator();
    auto *speeds = new QActionGroup(menu);
    const struct { QString label; double speed; } speedChoices[] = {
        {tr("S&low"), 30.0}, {tr("&Normal"), 60.0}, {tr("F&ast"), 120.0}};  // pixels per second
    for (const auto &choice : speedChoices) {
        QAction *a = menu->addAction(choice.label);
        a->setCheckable(true);
        a->setChecked(qFuzzyCompare(choice.speed, m_ticker->speed()));
        speeds->addAction(a);
        connect(a, &QAction::triggered, this, [this, speed = choice.speed] {
            m_ticker->setSpeed(speed);
            settings::tickerSpeed.set(speed);
        });
    }
}

QWidget *DashboardPage::view(const QString &name) const
{
    if (name == QLatin1String("ticker"))
        return m_ticker;
    if (name == QLatin1String("movers"))
        return m_movers;
    if (name == QLatin1String("charts"))
        return m_charts;
    if (name == QLatin1String("article"))
        return m_reader;
    if (name == QLatin1String("snapshots"))
        return m_snapshotList;
    if (name == QLatin1String("sectors"))
        return m_sectors;
    if (name == QLatin1String("watchlist"))
        return m_dashboard;
    return nullptr;
}

QStringList DashboardPage::viewNames()
{
    return {QStringLiteral("ticker"), QStringLiteral("movers"), QStringLiteral("charts"), QStringLiteral("article"),
            QStringLiteral("snapshots"), QStringLiteral("sectors"), QStringLiteral("watchlist")};
}

void DashboardPage::showView(QWidget *view)
{
    if (view == m_charts || view == m_reader || view == m_sectors)
        m_tabs->setCurrentWidget(view);
    if (view == m_dashboard) {  // "watchlist"
        m_movers->setDirection(MoversProxyModel::Direction::Watchlist);
        view = m_movers;
    }
    view->setFocus(Qt::ShortcutFocusReason);
}

void DashboardPage::setTickerWholeBoard(bool wholeBoard)
{
    m_tickerQuotes->setSelection(wholeBoard ? TickerProxyModel::Selection::WholeBoard
                                            : TickerProxyModel::Selection::NewsTicker);
    settings::tickerWholeBoard.set(wholeBoard);
}

void DashboardPage::setTickerWatchlistFirst(bool on)
{
    m_tickerIndices->setWatchlistFirst(on);
    m_tickerQuotes->setWatchlistFirst(on);
    m_ticker->setWatchlistFirst(on);
    settings::tickerWatchlistFirst.set(on);
}

void DashboardPage::followWatchlist()
{
    const QSet<QString> names = m_watchlist ? m_watchlist->nameSet() : QSet<QString>();
    m_tickerIndices->setWatchedNames(names);
    m_tickerQuotes->setWatchedNames(names);
}

bool DashboardPage::isDashboardShown() const
{
    return m_stack->currentWidget() == m_dashboard;
}

void DashboardPage::setLibraryAvailable(bool available)
{
    m_libraryAvailable = available;
    m_libraryHistoryAction->setEnabled(available);
    m_snapshotList->setCompareEnabled(available);
    m_movers->setWatchlist(m_watchlist);  // the stars can be used now (or no longer)
}

void DashboardPage::restoreState()
{
    const QByteArray splitter = settings::dashboardSplitter.value();
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    m_tabs->setCurrentIndex(std::clamp(settings::dashboardTab.value(), 0, m_tabs->count() - 1));
}

void DashboardPage::saveState() const
{
    settings::dashboardSplitter.set(m_splitter->saveState());
    settings::dashboardTab.set(m_tabs->currentIndex());
    m_movers->saveSettings();
    m_sectors->saveSettings();
}

void DashboardPage::onCurrentSnapshotChanged()
{
    const Snapshot *s = m_workspace->currentSnapshot();
    m_charts->setCurrentSource(s ? s->source : QString());
    // Each panel says what the open page lacks, and why, rather than asking for a snapshot to be opened.
    const PageGaps gaps = s ? pageGaps(*s) : PageGaps();
    m_ticker->setEmptyText(gaps.marketData);
    m_charts->setEmptyText(gaps.marketData);
    m_movers->setNoQuotesText(gaps.marketData);
    if (s)
        m_reader->setContent(s->article, s->comments, gaps.article);
    else
        m_reader->clear();
    // A page that is only a story opens on its story.
    if (s && gaps.articleOnly())
        m_tabs->setCurrentWidget(m_reader);
}

void DashboardPage::updateStack()
{
    m_stack->setCurrentWidget(m_workspace->collection()->isEmpty() ? static_cast<QWidget *>(m_emptyState) : m_dashboard);
}

} // namespace md::ui
