// Main window wiring.
#include "ui/mainwindow.h"

#include "core/library/comparisonmodel.h"
#include "core/library/comparisonproxymodel.h"
#include "core/library/folderimport.h"
#include "core/library/library.h"
#include "core/library/libraryrecorder.h"
#include "core/models/indexseriesmodel.h"
#include "core/models/indicesmodel.h"
#include "core/models/quotesmodel.h"
#include "core/models/snapshotcollection.h"
#include "core/models/snapshotopener.h"
#include "core/models/snapshotworkspace.h"
#include "core/network/autorefresh.h"
#include "core/network/pagefetcher.h"
#include "core/network/pageinput.h"
#include "core/wording.h"
#include "ui/articlereader.h"
#include "ui/emptystateview.h"
#include "ui/exportcontroller.h"
#include "ui/indexchartview.h"
#include "ui/library/compareview.h"
#include "ui/library/importfolderdialog.h"
#include "ui/library/librarypage.h"
#include "ui/messagebanner.h"
#include "ui/moversview.h"
#include "ui/network/openurldialog.h"
#include "ui/network/refreshstatuslabel.h"
#include "ui/snapshotlistview.h"
#include "ui/theme.h"
#include "ui/tickerstrip.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace md::ui {
namespace {

constexpr int kMaxRecent = 10;
const QString kRecentKey = QStringLiteral("recent/files");
const QString kSessionKey = QStringLiteral("session/files");
// Web pages of the session that refresh by themselves: address → minutes.
const QString kSessionRefreshKey = QStringLiteral("session/refreshMinutes");
const QString kOpenFolderKey = QStringLiteral("open/lastFolder");
const QString kTickerSpeedKey = QStringLiteral("ticker/speed");
const QString kReducedMotionKey = QStringLiteral("ticker/reducedMotion");
const QString kThemeKey = QStringLiteral("appearance/theme");

constexpr double kSlowSpeed = 30.0;
constexpr double kNormalSpeed = 60.0;
constexpr double kFastSpeed = 120.0;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(new SnapshotWorkspace(this))
    , m_opener(new SnapshotOpener(this))
    , m_fetcher(new PageFetcher(this))
    , m_refresh(new AutoRefresh(m_fetcher, this))
    , m_ticker(new TickerStrip)
    , m_movers(new MoversView)
    , m_charts(new IndexChartView)
    , m_reader(new ArticleReader)
    , m_snapshotList(new SnapshotListView)
    , m_emptyState(new EmptyStateView)
    , m_banner(new MessageBanner)
    , m_stack(new QStackedWidget)
    , m_dashboard(new QWidget)
    , m_splitter(new QSplitter(Qt::Horizontal))
    , m_tabs(new QTabWidget)
    , m_countsLabel(new QLabel)
    , m_warningsLabel(new QLabel)
    , m_refreshLabel(new RefreshStatusLabel(m_refresh, m_workspace->collection()))
    , m_pages(new QTabWidget)
    , m_exporter(new ExportController(m_workspace, m_movers, this))
{
    setWindowTitle(tr("MarketDesk"));
    setWindowIcon(applicationIcon());
    setAcceptDrops(true);

    // Views bind to the workspace's models.
    m_ticker->setModels(m_workspace->indices(), m_workspace->quotes());
    m_movers->setModel(m_workspace->quotes());
    m_charts->setSeriesModel(m_workspace->indexSeries());
    m_charts->setCurrentModels(m_workspace->indices(), m_workspace->quotes());
    m_snapshotList->setCollection(m_workspace->collection());

    m_tabs->addTab(m_charts, tr("Charts"));
    m_tabs->addTab(m_reader, tr("Article"));
    m_tabs->setDocumentMode(true);

    m_splitter->addWidget(m_snapshotList);
    m_splitter->addWidget(m_movers);
    m_splitter->addWidget(m_tabs);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setStretchFactor(2, 3);
    m_splitter->setSizes({230, 380, 670});

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

    // Dashboard: what is open. Library (once openLibrary() adds it): what is stored. The tab bar shows
    // only when there are both.
    m_pages->setDocumentMode(true);
    m_pages->setTabBarAutoHide(true);
    m_pages->addTab(m_stack, tr("Dashboard"));
    m_pages->setTabToolTip(0, tr("The snapshots open now"));

    auto *central = new QWidget;
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_banner);
    centralLayout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_warningsLabel->setTextFormat(Qt::RichText);
    m_warningsLabel->hide();
    connect(m_warningsLabel, &QLabel::linkActivated, this, &MainWindow::showWarnings);
    statusBar()->addPermanentWidget(m_refreshLabel);
    statusBar()->addPermanentWidget(m_warningsLabel);
    statusBar()->addPermanentWidget(m_countsLabel);

    connect(m_opener, &SnapshotOpener::finished, this, &MainWindow::onFilesOpened);
    connect(m_opener, &SnapshotOpener::busyChanged, this, &MainWindow::onOpeningChanged);
    m_fetcher->setOptions(FetchOptions::fromSettings(QSettings()));
    connect(m_refresh, &AutoRefresh::pageFetched, this, &MainWindow::onPageFetched);
    connect(m_refresh, &AutoRefresh::fetchFailed, this, &MainWindow::onPageFailed);
    connect(m_workspace, &SnapshotWorkspace::currentSnapshotChanged, this, &MainWindow::onCurrentSnapshotChanged);
    SnapshotCollection *collection = m_workspace->collection();
    const auto collectionChanged = [this] {
        updateStack();
        updateStatus();
        saveSession();
    };
    connect(collection, &QAbstractItemModel::rowsInserted, this, collectionChanged);
    connect(collection, &QAbstractItemModel::rowsRemoved, this, collectionChanged);
    connect(collection, &QAbstractItemModel::modelReset, this, collectionChanged);
    connect(m_exporter, &ExportController::exported, this, [this](const QString &path, qsizetype rows) {
        statusBar()->showMessage(tr("Exported %1 to %2").arg(countOf(rows, "row", "rows"), QDir::toNativeSeparators(path)), 8000);
    });
    connect(m_exporter, &ExportController::failed, this, [this](const QString &message) {
        m_banner->showMessages(MessageBanner::Level::Error, tr("The export failed; nothing was written:"), {message});
    });
    connect(collection, &QAbstractItemModel::dataChanged, this, &MainWindow::updateStatus);
    connect(m_snapshotList, &SnapshotListView::closeRequested, this, &MainWindow::closeSnapshotAt);
    connect(m_ticker, &TickerStrip::symbolActivated, this, [this](const QString &symbol) {
        if (m_movers->selectSymbol(symbol))
            m_movers->table()->setFocus(Qt::OtherFocusReason);
    });
    connect(m_ticker, &TickerStrip::indexActivated, this, [this] { showView(QStringLiteral("charts")); });
    connect(m_ticker, &TickerStrip::historyRequested, this, [this](const QString &name, bool isIndex) {
        if (isIndex)
            showIndexHistory(name);
        else
            showSymbolHistory(name);
    });
    connect(m_movers, &MoversView::symbolDoubleClicked, this, &MainWindow::showSymbolHistory);
    connect(m_snapshotList, &SnapshotListView::compareWithCurrentRequested, this, &MainWindow::compareWithCurrent);

    auto *exportVisible = new QAction(tr("&Export Visible Rows\u2026"), this);
    exportVisible->setObjectName(QStringLiteral("exportVisibleRows"));
    exportVisible->setToolTip(tr("Save the rows shown, in their order, as CSV"));
    connect(exportVisible, &QAction::triggered, m_exporter, &ExportController::exportVisibleMovers);
    m_movers->addContextMenuAction(exportVisible);
    connect(m_movers, &MoversView::contextMenuAboutToShow, this, [this](QMenu *menu) {
        const QStringList symbols = m_movers->selectedSymbols();
        if (!m_library || symbols.size() != 1)
            return;
        menu->addAction(tr("Show &History of %1").arg(symbols.first()), this,
                        [this, symbol = symbols.first()] { showSymbolHistory(symbol); });
    });
    auto *chartHistory = new QAction(tr("Index History in the Library"), this);
    chartHistory->setToolTip(tr("Every snapshot in the library, not only the open ones, with zoom and range presets"));
    connect(chartHistory, &QAction::triggered, this, [this] { showView(QStringLiteral("history")); });
    m_charts->addHeaderAction(chartHistory);
    m_libraryActions.append(chartHistory);
    connect(m_emptyState, &EmptyStateView::openRequested, this, &MainWindow::openDialog);
    connect(m_emptyState, &EmptyStateView::sampleRequested, this, [this] { openSample(); });
    connect(m_emptyState, &EmptyStateView::recentRequested, this, [this](const QString &path) { openPaths({path}); });

    createMenus();

    const QSettings settings;
    m_ticker->setSpeed(settings.value(kTickerSpeedKey, kNormalSpeed).toDouble());
    m_ticker->setStaticMode(settings.value(kReducedMotionKey, false).toBool());
    m_reducedMotionAction->setChecked(m_ticker->isStaticMode());
    for (QAction *a : m_speedGroup->actions())
        a->setChecked(qFuzzyCompare(a->data().toDouble(), m_ticker->speed()));
    m_emptyState->setRecentFiles(recentFiles());

    resize(1280, 800);
    updateStack();
    updateStatus();
    onCurrentSnapshotChanged();
}

MainWindow::~MainWindow()
{
    // The library's views and recorder go before the library they read.
    delete m_libraryPage;
    delete m_recorder;
}

QString MainWindow::samplePath()
{
    return QStringLiteral(":/sample/psx-sample-2024-12-12.txt");
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open\u2026"), this,
                                    &MainWindow::openDialog);
    open->setShortcut(QKeySequence::Open);
    QAction *openUrl = file->addAction(tr("Open &URL\u2026"), this, &MainWindow::openUrlDialog);
    openUrl->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    file->addAction(tr("Open the &Sample"), this, [this] { openSample(); });
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    file->addSeparator();
    m_libraryActions.append(file->addAction(tr("&Import Folder\u2026"), this, [this] { importFolder(); }));
    m_libraryActions.constLast()->setToolTip(tr("Import every snapshot under a folder into the library"));
    m_exportAction = file->addAction(tr("&Export\u2026"), m_exporter, &ExportController::exportWithDialog);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setToolTip(tr("Save quotes, indices, movers or comments as CSV"));
    file->addSeparator();
    QAction *close = file->addAction(tr("&Close Snapshot"), this, &MainWindow::closeCurrentSnapshot);
    close->setShortcut(QKeySequence::Close);
    QAction *closeAll = file->addAction(tr("Close &All Snapshots"), this, &MainWindow::closeAllSnapshots);
    closeAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    file->addSeparator();
    QAction *saveChart = file->addAction(tr("Save C&harts as PNG\u2026"), this, [this] {
        showView(QStringLiteral("charts"));
        m_charts->saveImageInteractively();
    });
    saveChart->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *copy = edit->addAction(tr("&Copy Selected Rows"), this, [this] { m_movers->copySelectedRows(); });
    copy->setToolTip(tr("Copy the selected movers rows as tab-separated text"));
    edit->addAction(m_reader->findAction());
    connect(m_reader->findAction(), &QAction::triggered, this, [this] { m_tabs->setCurrentWidget(m_reader); });
    QAction *filter = edit->addAction(tr("Filter &Symbols"), this, [this] {
        m_movers->filterEdit()->setFocus(Qt::ShortcutFocusReason);
        m_movers->filterEdit()->selectAll();
    });
    filter->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    // Ctrl+1 to Ctrl+8: the dashboard's views, then (with a library) the library's.
    const struct { QString name; QString label; int key; bool library; } views[] = {
        {QStringLiteral("snapshots"), tr("&Snapshots"), Qt::Key_1, false},
        {QStringLiteral("movers"), tr("&Movers"), Qt::Key_2, false},
        {QStringLiteral("charts"), tr("&Charts"), Qt::Key_3, false},
        {QStringLiteral("article"), tr("&Article"), Qt::Key_4, false},
        {QStringLiteral("library"), tr("&Library"), Qt::Key_5, true},
        {QStringLiteral("history"), tr("&Index History"), Qt::Key_6, true},
        {QStringLiteral("compare"), tr("C&ompare"), Qt::Key_7, true},
        {QStringLiteral("symbol"), tr("S&ymbol History"), Qt::Key_8, true},
    };
    bool libraryPart = false;
    for (const auto &v : views) {
        if (v.library && !libraryPart) {
            view->addSeparator();
            libraryPart = true;
        }
        QAction *a = view->addAction(v.label, this, [this, name = v.name] { showView(name); });
        a->setShortcut(QKeySequence(Qt::CTRL | v.key));
        if (v.library)
            m_libraryActions.append(a);
    }
    for (QAction *a : std::as_const(m_libraryActions))
        a->setEnabled(false);
    view->addSeparator();
    view->addAction(m_reader->zoomInAction());
    view->addAction(m_reader->zoomOutAction());
    view->addAction(m_reader->zoomResetAction());
    view->addSeparator();

    QMenu *ticker = view->addMenu(tr("&Ticker"));
    m_reducedMotionAction = ticker->addAction(tr("&Reduce Motion (Still Ticker)"));
    m_reducedMotionAction->setCheckable(true);
    connect(m_reducedMotionAction, &QAction::toggled, this, &MainWindow::setReducedMotion);
    ticker->addSeparator();
    m_speedGroup = new QActionGroup(this);
    const struct { QString label; double speed; } speeds[] = {
        {tr("S&low"), kSlowSpeed}, {tr("&Normal"), kNormalSpeed}, {tr("&Fast"), kFastSpeed}};
    for (const auto &s : speeds) {
        QAction *a = ticker->addAction(s.label);
        a->setCheckable(true);
        a->setData(s.speed);
        m_speedGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, speed = s.speed] { setTickerSpeed(speed); });
    }

    QMenu *appearance = view->addMenu(tr("&Appearance"));
    auto *themes = new QActionGroup(this);
    const ThemeMode current = themeModeFromString(QSettings().value(kThemeKey).toString());
    const struct { QString label; ThemeMode mode; } modes[] = {
        {tr("Follow the &System"), ThemeMode::System}, {tr("&Light"), ThemeMode::Light}, {tr("&Dark"), ThemeMode::Dark}};
    for (const auto &m : modes) {
        QAction *a = appearance->addAction(m.label);
        a->setCheckable(true);
        a->setChecked(m.mode == current);
        themes->addAction(a);
        connect(a, &QAction::triggered, this, [this, mode = m.mode] {
            applyTheme(mode);
            if (m_persistent)
                QSettings().setValue(kThemeKey, themeModeName(mode));
        });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About MarketDesk"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

QWidget *MainWindow::view(const QString &name) const
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
    if (!m_libraryPage)
        return nullptr;
    if (name == QLatin1String("library"))
        return m_libraryPage->tabWidget(LibraryPage::Tab::Snapshots);
    if (name == QLatin1String("history"))
        return m_libraryPage->tabWidget(LibraryPage::Tab::IndexHistory);
    if (name == QLatin1String("compare"))
        return m_libraryPage->tabWidget(LibraryPage::Tab::Compare);
    if (name == QLatin1String("symbol"))
        return m_libraryPage->tabWidget(LibraryPage::Tab::SymbolHistory);
    return nullptr;
}

QStringList MainWindow::viewNames()
{
    return {QStringLiteral("ticker"), QStringLiteral("movers"), QStringLiteral("charts"), QStringLiteral("article"),
            QStringLiteral("snapshots"), QStringLiteral("library"), QStringLiteral("history"),
            QStringLiteral("compare"), QStringLiteral("symbol")};
}

void MainWindow::showView(const QString &name)
{
    QWidget *target = view(name);
    if (!target)
        return;
    if (m_libraryPage && m_libraryPage->isAncestorOf(target)) {
        m_pages->setCurrentWidget(m_libraryPage);
        for (LibraryPage::Tab tab : {LibraryPage::Tab::Snapshots, LibraryPage::Tab::IndexHistory,
                                     LibraryPage::Tab::Compare, LibraryPage::Tab::SymbolHistory}) {
            if (m_libraryPage->tabWidget(tab) == target)
                m_libraryPage->showTab(tab);
        }
    } else {
        m_pages->setCurrentWidget(m_stack);
    }
    if (target == m_charts || target == m_reader)
        m_tabs->setCurrentWidget(target);
    target->setFocus(Qt::ShortcutFocusReason);
}

bool MainWindow::isDashboardShown() const
{
    return m_stack->currentWidget() == m_dashboard;
}

void MainWindow::openPaths(const QStringList &paths)
{
    openPaths(paths, {});
}

quint64 MainWindow::openPaths(const QStringList &paths, const QVariantMap &refreshMinutes)
{
    QStringList files;
    for (const QString &path : paths) {
        if (isWebAddress(path))
            openUrl(QUrl(path), std::chrono::minutes(refreshMinutes.value(path).toInt()));  // reports when the page arrives
        else
            files.append(path);
    }
    // onFilesOpened() runs when they are read.
    return files.isEmpty() ? 0 : m_opener->open(files);
}

bool MainWindow::isOpening() const
{
    return m_opener->isBusy();
}

void MainWindow::onFilesOpened(const OpenResult &result, quint64 request)
{
    const bool lastSession = request == m_restoreRequest;
    addToDashboard(result, lastSession);
    recordInLibrary(result);
    if (lastSession) {
        // The last session is back: from now on the session is what is open.
        m_restoreRequest = 0;
        saveSession();
    }
}

void MainWindow::onOpeningChanged(bool opening)
{
    m_emptyState->setOpening(opening);
    if (opening)
        statusBar()->showMessage(tr("Opening snapshots\u2026"));
    else if (statusBar()->currentMessage() == tr("Opening snapshots\u2026"))
        statusBar()->clearMessage();
}

void MainWindow::openUrl(const QUrl &url, std::chrono::minutes refreshInterval)
{
    if (!url.isValid() || !isWebAddress(url.toString())) {
        m_banner->showMessages(MessageBanner::Level::Error, tr("A page could not be opened:"),
                               {tr("%1: not an http or https address").arg(url.toDisplayString())});
        return;
    }
    statusBar()->showMessage(tr("Fetching %1\u2026").arg(url.toDisplayString()));
    m_refresh->setInterval(url, refreshInterval);
    if (!m_refresh->refreshNow(url))
        statusBar()->showMessage(tr("%1 is already being fetched, or the server asked to wait").arg(url.toDisplayString()), 4000);
}

void MainWindow::openUrlDialog()
{
    OpenUrlDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        openUrl(dialog.url(), dialog.refreshInterval());
}

void MainWindow::onPageFetched(const QUrl &url, const QByteArray &bytes, const QDateTime &fetchedAt)
{
    // Kept in the library as a snapshot of this moment; an unchanged page is not stored twice.
    if (m_recorder)
        m_recorder->recordFetchedPage(bytes, url, fetchedAt);
    SnapshotLoadResult loaded = parseFetchedPage(bytes, url, fetchedAt);
    SnapshotCollection *collection = m_workspace->collection();
    if (loaded.ok() && collection->rowOfKey(url.toString()) >= 0) {
        // A refresh of a page already open: its entry is updated where it is; the selection stays.
        OpenedSnapshot opened;
        opened.key = url.toString();
        opened.snapshot = std::move(*loaded.snapshot);
        collection->add(std::move(opened));
        return;
    }
    OpenResult result;
    if (loaded.ok()) {
        OpenedSnapshot opened;
        opened.key = url.toString();
        opened.snapshot = std::move(*loaded.snapshot);
        result.opened.append(std::move(opened));
    } else {
        result.errors.append(loaded.error);
    }
    applyOpenResult(result);  // opened like a file: listed, made current, remembered
    statusBar()->clearMessage();
}

void MainWindow::onPageFailed(const QUrl &url, const QString &message)
{
    statusBar()->clearMessage();
    // A failed refresh of an open page keeps the page shown; the refresh line in the status bar says so.
    if (m_workspace->collection()->rowOfKey(url.toString()) >= 0)
        return;
    m_refresh->remove(url);  // a page that could not be opened is not fetched again by itself
    m_banner->showMessages(MessageBanner::Level::Error, tr("A page could not be fetched:"), {message});
}

void MainWindow::openSample()
{
    openPaths({samplePath()});
}

void MainWindow::applyOpenResult(const OpenResult &result)
{
    addToDashboard(result);
    recordInLibrary(result);
}

void MainWindow::recordInLibrary(const OpenResult &result)
{
    if (m_recorder) {
        QStringList keys;
        for (const OpenedSnapshot &opened : result.opened)
            keys.append(opened.key);
        m_recorder->recordFiles(keys);  // stored by its worker thread; the library skips what it has
    }
}

void MainWindow::addToDashboard(const OpenResult &result, bool lastSession)
{
    if (!result.opened.isEmpty())
        m_pages->setCurrentWidget(m_stack);
    SnapshotCollection *collection = m_workspace->collection();
    QStringList keys;
    for (const OpenedSnapshot &opened : result.opened) {
        keys.append(opened.key);
        collection->add(opened);
    }
    // The newest of what was just opened becomes current (the list is newest first).
    int newest = -1;
    for (const QString &key : std::as_const(keys)) {
        const int row = collection->rowOfKey(key);
        if (row >= 0 && (newest < 0 || row < newest))
            newest = row;
    }
    if (newest >= 0)
        collection->setCurrentRow(newest);
    if (!keys.isEmpty())
        rememberRecent(keys);

    m_lastErrors = result.errors;
    if (!result.errors.isEmpty()) {
        const QString heading = lastSession
            ? tr("Some snapshots of your last session could not be reopened:")
            : (result.errors.size() == 1 ? tr("A file could not be opened:")
                                         : tr("%1 files could not be opened:").arg(result.errors.size()));
        m_banner->showMessages(MessageBanner::Level::Error, heading, result.errors);
    } else if (!keys.isEmpty()) {
        m_banner->hide();
    }
    if (!keys.isEmpty())
        statusBar()->showMessage(tr("Opened %1").arg(countOf(keys.size(), "snapshot", "snapshots")), 4000);
}

void MainWindow::restoreSession()
{
    const QStringList files = QSettings().value(kSessionKey).toStringList();
    if (files.isEmpty())
        return;
    // Until its files are read (onFilesOpened), the session saved is left as it was. A page of the last
    // session refreshes again as often as it did then.
    m_restoreRequest = openPaths(files, QSettings().value(kSessionRefreshKey).toMap());
}

void MainWindow::restoreWindowState()
{
    const QSettings settings;
    const QByteArray geometry = settings.value(QStringLiteral("window/geometry")).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        if (const QScreen *screen = QApplication::primaryScreen()) {
            const QRect available = screen->availableGeometry();
            resize(std::min(1280, available.width() - 40), std::min(800, available.height() - 40));
            move(available.center() - rect().center());
        }
    }
    const QByteArray splitter = settings.value(QStringLiteral("window/splitter")).toByteArray();
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    m_tabs->setCurrentIndex(std::clamp(settings.value(QStringLiteral("window/tab"), 0).toInt(), 0, m_tabs->count() - 1));
}

void MainWindow::saveWindowState() const
{
    if (!m_persistent)
        return;
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("window/tab"), m_tabs->currentIndex());
    m_movers->saveSettings();
}

void MainWindow::saveSession() const
{
    if (!m_persistent || m_restoreRequest != 0)
        return;
    QSettings settings;
    const QStringList keys = m_workspace->collection()->keysInOpeningOrder();
    settings.setValue(kSessionKey, keys);
    QVariantMap refreshMinutes;
    for (const QString &key : keys) {
        const auto minutes = std::chrono::duration_cast<std::chrono::minutes>(m_refresh->interval(QUrl(key)));
        if (isWebAddress(key) && minutes.count() > 0)
            refreshMinutes.insert(key, qlonglong(minutes.count()));
    }
    if (refreshMinutes.isEmpty())
        settings.remove(kSessionRefreshKey);
    else
        settings.setValue(kSessionRefreshKey, refreshMinutes);
}

QStringList MainWindow::recentFiles() const
{
    return QSettings().value(kRecentKey).toStringList();
}

void MainWindow::rememberRecent(const QStringList &keys)
{
    if (!m_persistent)
        return;
    QStringList recent = recentFiles();
    for (const QString &key : keys) {
        recent.removeAll(key);
        recent.prepend(key);
    }
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    QSettings().setValue(kRecentKey, recent);
    m_emptyState->setRecentFiles(recent);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = recentFiles();
    for (const QString &path : recent) {
        const QString label = path == samplePath() ? tr("Sample snapshot") : QDir::toNativeSeparators(path);
        m_recentMenu->addAction(label, this, [this, path] { openPaths({path}); });
    }
    if (recent.isEmpty()) {
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("&Clear Recent"), this, [this] {
        if (m_persistent)
            QSettings().remove(kRecentKey);
        m_emptyState->setRecentFiles({});
    });
}

void MainWindow::openDialog()
{
    QSettings settings;
    const QString folder = settings.value(kOpenFolderKey, QStandardPaths::writableLocation(QStandardPaths::DownloadLocation)).toString();
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Open Snapshots"), folder,
        tr("Page snapshots (*.txt *.html *.htm *.mhtml *.mht);;All files (*)"));
    if (files.isEmpty())
        return;
    if (m_persistent)
        settings.setValue(kOpenFolderKey, QFileInfo(files.first()).absolutePath());
    openPaths(files);
}

void MainWindow::closeSnapshotAt(int row)
{
    SnapshotCollection *collection = m_workspace->collection();
    if (row < 0 || row >= collection->count())
        return;
    // A web page that is no longer open is no longer refreshed.
    const QString key = collection->keyAt(row);
    if (isWebAddress(key))
        m_refresh->remove(QUrl(key));
    collection->removeAt(row);
}

void MainWindow::closeCurrentSnapshot()
{
    closeSnapshotAt(m_workspace->collection()->currentRow());
}

void MainWindow::closeAllSnapshots()
{
    for (const QUrl &url : m_refresh->urls())
        m_refresh->remove(url);
    m_workspace->collection()->clear();
}

void MainWindow::onCurrentSnapshotChanged()
{
    const Snapshot *s = m_workspace->currentSnapshot();
    m_charts->setCurrentSource(s ? s->source : QString());
    if (s) {
        m_reader->setContent(s->article, s->comments);
        const QString title = m_workspace->collection()->index(m_workspace->collection()->currentRow())
                                  .data(Qt::DisplayRole).toString();
        setWindowTitle(tr("%1 \u2014 MarketDesk").arg(title));
    } else {
        m_reader->clear();
        setWindowTitle(tr("MarketDesk"));
    }
    updateStatus();
}

void MainWindow::updateStack()
{
    m_stack->setCurrentWidget(m_workspace->collection()->isEmpty() ? static_cast<QWidget *>(m_emptyState) : m_dashboard);
}

void MainWindow::updateStatus()
{
    const SnapshotCollection *collection = m_workspace->collection();
    const Snapshot *s = m_workspace->currentSnapshot();
    QStringList parts;
    parts << countOf(collection->count(), "snapshot open", "snapshots open");
    if (s) {
        parts << countOf(s->quotes.size(), "quote", "quotes") << countOf(s->indices.size(), "index", "indices")
              << countOf(s->comments.size(), "comment", "comments");
    }
    m_countsLabel->setText(parts.join(QStringLiteral("  \u00B7  ")));
    m_exportAction->setEnabled(s != nullptr);
    const int warnings = s ? int(s->warnings.size()) : 0;
    m_warningsLabel->setVisible(warnings > 0);
    if (warnings > 0) {
        m_warningsLabel->setText(QStringLiteral("<a href=\"#warnings\">\u26A0 %1</a>")
                                     .arg(countOf(warnings, "warning", "warnings").toHtmlEscaped()));
        m_warningsLabel->setToolTip(s->warnings.join(QLatin1Char('\n')));
    }
}

void MainWindow::showWarnings()
{
    const Snapshot *s = m_workspace->currentSnapshot();
    if (!s || s->warnings.isEmpty())
        return;
    m_banner->showMessages(MessageBanner::Level::Warning, tr("While reading %1:").arg(QDir::toNativeSeparators(s->source)),
                           s->warnings);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About MarketDesk"),
        tr("<h3>MarketDesk %1</h3>"
           "<p>A market and news dashboard for pages saved from Business Recorder and the Pakistan Stock "
           "Exchange: the ticker, gainers and losers, index charts, the article and its comments.</p>"
           "<p>Everything is read from the files you open; a page is fetched from the network only when you "
           "open its address.</p>"
           "<p>Built with Qt %2.</p>")
            .arg(QStringLiteral(MARKETDESK_VERSION), QString::fromLatin1(qVersion())));
}

void MainWindow::setTickerSpeed(double pixelsPerSecond)
{
    m_ticker->setSpeed(pixelsPerSecond);
    if (m_persistent)
        QSettings().setValue(kTickerSpeedKey, pixelsPerSecond);
}

void MainWindow::setReducedMotion(bool on)
{
    m_ticker->setStaticMode(on);
    if (m_persistent)
        QSettings().setValue(kReducedMotionKey, on);
}

LibraryOpenResult MainWindow::openLibrary(const QString &path)
{
    if (m_library)
        return {tr("A library is already open (%1).").arg(QDir::toNativeSeparators(m_library->path())), {}, {}};
    auto library = std::make_unique<Library>(path);
    const LibraryOpenResult opened = library->open();
    if (!opened.ok()) {
        m_banner->showMessages(MessageBanner::Level::Warning, tr("The snapshot library could not be opened; what "
                                                                 "you open now is not kept in it:"),
                               {opened.error});
        return opened;
    }
    if (!opened.notice.isEmpty())
        m_banner->showMessages(MessageBanner::Level::Warning, tr("The snapshot library was damaged:"), {opened.notice});
    m_library = std::move(library);
    m_recorder = new LibraryRecorder(m_library.get(), this);
    connect(m_recorder, &LibraryRecorder::stored, this, &MainWindow::onStored);

    m_libraryPage = new LibraryPage(m_library.get());
    m_pages->addTab(m_libraryPage, tr("Library"));
    m_pages->setTabToolTip(m_pages->indexOf(m_libraryPage), tr("Every snapshot ever opened, imported or fetched"));
    connect(m_libraryPage, &LibraryPage::openRequested, this, &MainWindow::openFromLibrary);
    connect(m_libraryPage, &LibraryPage::importRequested, this, [this] { importFolder(); });
    connect(m_libraryPage, &LibraryPage::exportComparisonRequested, this, [this] {
        const ComparisonModel *rows = m_libraryPage->compare()->model();
        m_exporter->exportComparison(*m_libraryPage->compare()->proxy(), rows->beforeLabel(), rows->afterLabel());
    });
    for (QAction *a : std::as_const(m_libraryActions))
        a->setEnabled(true);
    m_snapshotList->setCompareEnabled(true);
    return opened;
}

void MainWindow::onStored(int added, const QStringList &failures)
{
    if (added > 0)
        m_libraryPage->reload();
    if (failures.isEmpty())
        return;
    // The snapshots stay open; only the library missed them.
    QString message = tr("\u26A0 Not kept in the library: %1").arg(failures.first());
    if (failures.size() > 1)
        message += tr(" (and %1)").arg(countOf(failures.size() - 1, "other", "others"));
    statusBar()->showMessage(message, 15000);
}

void MainWindow::openFromLibrary(SnapshotId id)
{
    if (!m_library)
        return;
    const std::optional<LibraryEntry> entry = m_library->entry(id);
    std::optional<Snapshot> snapshot = entry ? m_library->loadSnapshot(id) : std::nullopt;
    OpenResult result;
    if (!snapshot) {
        result.errors.append(tr("Snapshot %1 could not be read from the library: %2").arg(id).arg(m_library->lastError()));
    } else {
        OpenedSnapshot opened;
        // The same identity as the file or page it came from: opening that again replaces this entry.
        opened.key = isWebAddress(entry->source) ? entry->source : SnapshotOpener::keyOf(entry->source);
        opened.snapshot = std::move(*snapshot);
        // The library's capture time: the user's correction wins; otherwise the time it ordered by.
        if (entry->corrected)
            opened.snapshot.capturedAt = entry->capturedAt;
        opened.fileModified = QDateTime::fromMSecsSinceEpoch(entry->capturedAtMsecs, Qt::UTC);
        result.opened.append(std::move(opened));
    }
    addToDashboard(result);  // already stored: not recorded again
}

void MainWindow::showSymbolHistory(const QString &symbol)
{
    if (!m_libraryPage || symbol.isEmpty())
        return;
    m_pages->setCurrentWidget(m_libraryPage);
    m_libraryPage->showSymbol(symbol);
}

void MainWindow::showIndexHistory(const QString &name)
{
    if (!m_libraryPage || name.isEmpty())
        return;
    m_pages->setCurrentWidget(m_libraryPage);
    m_libraryPage->showIndex(name);
}

void MainWindow::compareWithCurrent(int row)
{
    const SnapshotCollection *collection = m_workspace->collection();
    const int current = collection->currentRow();
    if (!m_libraryPage || row < 0 || row >= collection->count() || current < 0 || row == current)
        return;
    // The list is newest first: the lower row is the later snapshot.
    const int earlier = std::max(row, current);
    const int later = std::min(row, current);
    const auto label = [collection](int r) {
        const QModelIndex index = collection->index(r);
        const QString time = index.data(SnapshotCollection::CaptureTimeTextRole).toString();
        return time.isEmpty() ? index.data(Qt::DisplayRole).toString() : time;
    };
    m_pages->setCurrentWidget(m_libraryPage);
    m_libraryPage->showComparison(collection->snapshotAt(earlier), label(earlier), collection->snapshotAt(later),
                                  label(later));
}

ImportFolderDialog *MainWindow::importFolder(const QString &folder)
{
    if (!m_library)
        return nullptr;
    ImportFolderDialog *dialog = nullptr;
    if (folder.isEmpty()) {
        dialog = ImportFolderDialog::chooseFolderAndStart(m_library->path(), this);
    } else {
        dialog = new ImportFolderDialog(m_library->path(), folder, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        dialog->start();
    }
    if (!dialog)
        return nullptr;
    connect(dialog, &ImportFolderDialog::importFinished, this, [this](const ImportSummary &summary) {
        m_libraryPage->reload();
        statusBar()->showMessage(describeImport(summary), 8000);
    });
    return dialog;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_recorder)
        m_recorder->flush();  // files opened moments ago still go in
    saveWindowState();
    saveSession();
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile()) {
            event->acceptProposedAction();
            return;
        }
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    openPaths(paths);
}

} // namespace md::ui
