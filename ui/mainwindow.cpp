// Main window wiring: pages to the session, session reports to the banner and the status bar, menus.
#include "ui/mainwindow.h"

#include "core/library/folderimport.h"
#include "core/models/comparisonmodel.h"
#include "core/models/comparisonproxymodel.h"
#include "core/models/snapshotcollection.h"
#include "core/session/snapshotsession.h"
#include "core/session/snapshotworkspace.h"
#include "core/settings/settings.h"
#include "core/wording.h"
#include "ui/articlereader.h"
#include "ui/dashboardpage.h"
#include "ui/alerts/alertnotifier.h"
#include "ui/alerts/alertspage.h"
#include "ui/emptystateview.h"
#include "ui/exportcontroller.h"
#include "ui/indexchartview.h"
#include "ui/library/compareview.h"
#include "ui/library/librarypage.h"
#include "ui/library/symbolhistoryview.h"
#include "ui/messagebanner.h"
#include "ui/moversview.h"
#include "ui/network/openurldialog.h"
#include "ui/network/refreshstatuslabel.h"
#include "ui/portfolio/portfoliopage.h"
#include "ui/sessionreporter.h"
#include "ui/shortcutsdialog.h"
#include "ui/snapshotstatus.h"
#include "ui/theme.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace md::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_session(new SnapshotSession(this))
    , m_dashboard(new DashboardPage(m_session->workspace(), m_session->watchlist()))
    , m_banner(new MessageBanner)
    , m_status(new SnapshotStatus(m_session->collection()))
    , m_refreshLabel(new RefreshStatusLabel(m_session->autoRefresh(), m_session->collection()))
    , m_pages(new QTabWidget)
    , m_exporter(new ExportController(m_session->workspace(), m_dashboard->movers(), this))
{
    setWindowTitle(tr("MarketDesk"));
    setWindowIcon(applicationIcon());
    setAcceptDrops(true);

    // Dashboard: what is open. Library (once openLibrary() adds it): what is stored. The tab bar shows
    // only when there are both.
    m_pages->setDocumentMode(true);
    m_pages->setTabBarAutoHide(true);
    m_pages->addTab(m_dashboard, tr("Dashboard"));
    m_pages->setTabToolTip(0, tr("The snapshots open now"));

    auto *central = new QWidget;
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_banner);
    centralLayout->addWidget(m_pages, 1);
    setCentralWidget(central);

    connect(m_status, &SnapshotStatus::warningsRequested, this, &MainWindow::showWarnings);
    statusBar()->addPermanentWidget(m_refreshLabel);
    statusBar()->addPermanentWidget(m_status);

    connect(m_session, &SnapshotSession::opened, this, &MainWindow::onOpened);
    connect(m_session, &SnapshotSession::openingChanged, this, [this](bool opening) {
        m_dashboard->emptyState()->setOpening(opening);
        if (opening)
            statusBar()->showMessage(tr("Opening snapshots\u2026"));
        else if (statusBar()->currentMessage() == tr("Opening snapshots\u2026"))
            statusBar()->clearMessage();
    });
    connect(m_session, &SnapshotSession::stored, this, &MainWindow::onStored);
    connect(m_session, &SnapshotSession::libraryUpgraded, this, [this](int count, const QStringList &failures) {
        m_libraryPage->reload();
        const QString done = tr("Read %1 in the library again with this version's rules.").arg(countOf(count, "snapshot", "snapshots"));
        statusBar()->showMessage(failures.isEmpty() ? done : tr("\u26A0 %1").arg(failures.first()), 10000);
    });
    connect(m_session, &SnapshotSession::recentFilesChanged, m_dashboard->emptyState(), &EmptyStateView::setRecentFiles);
    m_reporter = new SessionReporter(m_session, m_banner, statusBar(), this);  // pages, upgrade, alerts
    connect(m_reporter->notifier(), &AlertNotifier::messageClicked, this, [this] { showView(QStringLiteral("alerts")); });
    connect(m_session->workspace(), &SnapshotWorkspace::currentSnapshotChanged, this, &MainWindow::onCurrentSnapshotChanged);
    connect(m_exporter, &ExportController::exported, this, [this](const QString &path, qsizetype rows) {
        statusBar()->showMessage(tr("Exported %1 to %2").arg(countOf(rows, "row", "rows"), QDir::toNativeSeparators(path)), 8000);
    });
    connect(m_exporter, &ExportController::failed, this, [this](const QString &message) {
        m_banner->showMessages(MessageBanner::Level::Error, tr("The export failed; nothing was written:"), {message});
    });
    wireDashboard();
    createMenus();
    m_dashboard->emptyState()->setRecentFiles(m_session->recentFiles());

    resize(1280, 800);
    onCurrentSnapshotChanged();
}

MainWindow::~MainWindow()
{
    // The library's views go before the session's library they read.
    delete m_libraryPage;
    delete m_alertsPage;
    delete m_portfolioPage;
}

void MainWindow::wireDashboard()
{
    connect(m_dashboard, &DashboardPage::openRequested, this, &MainWindow::openDialog);
    connect(m_dashboard, &DashboardPage::sampleRequested, this, [this] { m_session->openPaths({SnapshotSession::samplePath()}); });
    connect(m_dashboard, &DashboardPage::recentRequested, this, [this](const QString &path) { m_session->openPaths({path}); });
    connect(m_dashboard, &DashboardPage::closeRequested, m_session, &SnapshotSession::closeAt);
    connect(m_dashboard, &DashboardPage::compareWithCurrentRequested, this, &MainWindow::compareWithCurrent);
    connect(m_dashboard, &DashboardPage::symbolHistoryRequested, this, [this](const QString &symbol) {
        if (!symbol.isEmpty() && showLibraryPage())
            m_libraryPage->showSymbol(symbol);
    });
    connect(m_dashboard, &DashboardPage::indexHistoryRequested, this, [this](const QString &name) {
        if (!name.isEmpty() && showLibraryPage())
            m_libraryPage->showIndex(name);
    });
    connect(m_dashboard, &DashboardPage::libraryIndexHistoryRequested, this, [this] { showView(QStringLiteral("history")); });

    auto *exportVisible = new QAction(tr("&Export Visible Rows\u2026"), this);
    exportVisible->setObjectName(QStringLiteral("exportVisibleRows"));
    exportVisible->setToolTip(tr("Save the rows shown, in their order, as CSV"));
    connect(exportVisible, &QAction::triggered, m_exporter, &ExportController::exportVisibleMovers);
    m_dashboard->movers()->addContextMenuAction(exportVisible);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open\u2026"), this,
                                    &MainWindow::openDialog);
    open->setShortcut(QKeySequence::Open);
    QAction *openUrl = file->addAction(tr("Open &URL\u2026"), this, &MainWindow::openUrlDialog);
    openUrl->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    file->addAction(tr("Open the &Sample"), this, [this] { m_session->openPaths({SnapshotSession::samplePath()}); });
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    file->addSeparator();
    m_libraryActions.append(file->addAction(tr("&Import Folder\u2026"), this, [this] { m_libraryPage->importFolder(); }));
    m_libraryActions.constLast()->setToolTip(tr("Import every snapshot under a folder into the library"));
    m_exportAction = file->addAction(tr("&Export\u2026"), m_exporter, &ExportController::exportWithDialog);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setToolTip(tr("Save quotes, indices, movers or comments as CSV"));
    file->addSeparator();
    QAction *close = file->addAction(tr("&Close Snapshot"), this,
                                     [this] { m_session->closeAt(m_session->collection()->currentRow()); });
    close->setShortcut(QKeySequence::Close);
    QAction *closeAll = file->addAction(tr("Close &All Snapshots"), m_session, &SnapshotSession::closeAll);
    closeAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    file->addSeparator();
    QAction *saveChart = file->addAction(tr("Save C&harts as PNG\u2026"), this, [this] {
        showView(QStringLiteral("charts"));
        m_dashboard->charts()->saveImageInteractively();
    });
    saveChart->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    m_dashboard->addEditActions(menuBar()->addMenu(tr("&Edit")));
    QMenu *view = menuBar()->addMenu(tr("&View"));
    addViewActions(view);
    view->addSeparator();
    m_dashboard->addViewActions(view);
    addAppearanceMenu(view);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About MarketDesk"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
    help->addSeparator();
    QAction *keys = help->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        ShortcutsDialog dialog(windowShortcuts(this, menuBar()), this);
        dialog.exec();
    });
    keys->setShortcut(QKeySequence::HelpContents);
    keys->setObjectName(QStringLiteral("keyboardShortcuts"));
}

void MainWindow::addViewActions(QMenu *view)
{
    // Ctrl+1 to Ctrl+9: the dashboard's views, then (with a library) the library's and the Alerts page;
    // Ctrl+T the Sectors tab, Ctrl+K Search Articles (the key many applications search with). Mnemonics
    // are unique across the View menu, its zoom entries and submenus included.
    const struct { QString name; QString label; QKeySequence key; bool library; } views[] = {
        {QStringLiteral("snapshots"), tr("&Snapshots"), QKeySequence(Qt::CTRL | Qt::Key_1), false},
        {QStringLiteral("movers"), tr("&Movers"), QKeySequence(Qt::CTRL | Qt::Key_2), false},
        {QStringLiteral("charts"), tr("&Charts"), QKeySequence(Qt::CTRL | Qt::Key_3), false},
        {QStringLiteral("article"), tr("&Article"), QKeySequence(Qt::CTRL | Qt::Key_4), false},
        {QStringLiteral("sectors"), tr("Secto&rs"), QKeySequence(Qt::CTRL | Qt::Key_T), false},
        {QStringLiteral("library"), tr("&Library"), QKeySequence(Qt::CTRL | Qt::Key_5), true},
        {QStringLiteral("history"), tr("&Index History"), QKeySequence(Qt::CTRL | Qt::Key_6), true},
        {QStringLiteral("compare"), tr("C&ompare"), QKeySequence(Qt::CTRL | Qt::Key_7), true},
        {QStringLiteral("symbol"), tr("S&ymbol History"), QKeySequence(Qt::CTRL | Qt::Key_8), true},
        {QStringLiteral("search"), tr("Searc&h Articles"), QKeySequence(Qt::CTRL | Qt::Key_K), true},
        {QStringLiteral("alerts"), tr("Al&erts"), QKeySequence(Qt::CTRL | Qt::Key_9), true},
        {QStringLiteral("portfolio"), tr("Port&folio"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), true},
    };
    bool libraryPart = false;
    for (const auto &v : views) {
        if (v.library && !libraryPart) {
            view->addSeparator();
            libraryPart = true;
        }
        QAction *a = view->addAction(v.label, this, [this, name = v.name] { showView(name); });
        a->setShortcut(v.key);
        a->setObjectName(QStringLiteral("show-") + v.name);
        if (v.library)
            m_libraryActions.append(a);
    }
    for (QAction *a : std::as_const(m_libraryActions))
        a->setEnabled(false);
}

QWidget *MainWindow::view(const QString &name) const
{
    if (QWidget *view = m_dashboard->view(name))
        return view;
    if (name == QLatin1String("alerts"))
        return m_alertsPage;
    if (name == QLatin1String("portfolio"))
        return m_portfolioPage;
    return m_libraryPage ? m_libraryPage->view(name) : nullptr;
}

QStringList MainWindow::viewNames()
{
    return DashboardPage::viewNames() + LibraryPage::viewNames()
        + QStringList{QStringLiteral("alerts"), QStringLiteral("portfolio")};
}

void MainWindow::showView(const QString &name)
{
    QWidget *target = view(name);
    if (!target)
        return;
    if (m_libraryPage && m_libraryPage->isAncestorOf(target)) {
        m_pages->setCurrentWidget(m_libraryPage);
        m_libraryPage->showView(target);
    } else if (target == m_alertsPage || target == m_portfolioPage) {
        m_pages->setCurrentWidget(target);
    } else {
        m_pages->setCurrentWidget(m_dashboard);
        m_dashboard->showView(target);
    }
}

void MainWindow::onOpened(const OpenReport &report)
{
    if (!report.opened.isEmpty())
        m_pages->setCurrentWidget(m_dashboard);
    if (!report.errors.isEmpty()) {
        const QString heading = report.origin == OpenReport::Origin::LastSession
            ? tr("Some snapshots of your last session could not be reopened:")
            : (report.errors.size() == 1 ? tr("A file could not be opened:")
                                         : tr("%1 files could not be opened:").arg(report.errors.size()));
        m_banner->showMessages(MessageBanner::Level::Error, heading, report.errors);
    } else if (!report.opened.isEmpty()) {
        m_banner->hide();
    }
    if (report.origin == OpenReport::Origin::WebPage)
        statusBar()->clearMessage();  // the "Fetching…" message is done with
    else if (!report.opened.isEmpty())
        statusBar()->showMessage(tr("Opened %1").arg(countOf(report.opened.size(), "snapshot", "snapshots")), 4000);
}

void MainWindow::openUrlDialog()
{
    OpenUrlDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        m_session->openUrl(dialog.url(), dialog.refreshInterval());
}

void MainWindow::restoreWindowState()
{
    const QByteArray geometry = settings::windowGeometry.value();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        if (const QScreen *screen = QApplication::primaryScreen()) {
            const QRect available = screen->availableGeometry();
            resize(std::min(1280, available.width() - 40), std::min(800, available.height() - 40));
            move(available.center() - rect().center());
        }
    }
    m_dashboard->restoreState();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_session->recentFiles();
    for (const QString &path : recent) {
        const QString label = path == SnapshotSession::samplePath() ? tr("Sample snapshot") : QDir::toNativeSeparators(path);
        m_recentMenu->addAction(label, this, [this, path] { m_session->openPaths({path}); });
    }
    if (recent.isEmpty()) {
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("&Clear Recent"), m_session, &SnapshotSession::clearRecentFiles);
}

void MainWindow::openDialog()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Open Snapshots"), settings::openFolder.value(),
        tr("Page snapshots (*.txt *.html *.htm *.mhtml *.mht);;All files (*)"));
    if (files.isEmpty())
        return;
    settings::openFolder.set(QFileInfo(files.first()).absolutePath());
    m_session->openPaths(files);
}

void MainWindow::onCurrentSnapshotChanged()
{
    const SnapshotCollection *collection = m_session->collection();
    if (collection->currentSnapshot()) {
        const QString title = collection->index(collection->currentRow()).data(Qt::DisplayRole).toString();
        setWindowTitle(tr("%1 \u2014 MarketDesk").arg(title));
    } else {
        setWindowTitle(tr("MarketDesk"));
    }
    m_exportAction->setEnabled(collection->currentSnapshot() != nullptr);
}

void MainWindow::showWarnings()
{
    const Snapshot *s = m_session->collection()->currentSnapshot();
    if (!s || s->warnings.isEmpty())
        return;
    m_banner->showMessages(MessageBanner::Level::Warning, tr("While reading %1:").arg(QDir::toNativeSeparators(s->source)),
                           s->warnings);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About MarketDesk"),
        tr("<h3>MarketDesk %1</h3>"
           "<p>A market and news dashboard for pages saved from Business Recorder and the Pakistan Stock "
           "Exchange: the ticker, gainers and losers, index charts, the article and its comments.</p>"
           "<p>Everything is read from the files you open; a page is fetched from the network only when you "
           "open its address.</p>"
           "<p>Built with Qt %2.</p>")
            .arg(QStringLiteral(MARKETDESK_VERSION), QString::fromLatin1(qVersion())));
}

LibraryOpenResult MainWindow::openLibrary(const QString &path)
{
    const bool first = m_session->library() == nullptr;
    const LibraryOpenResult opened = m_session->openLibrary(path);
    if (!first)
        return opened;
    if (!opened.ok()) {
        m_banner->showMessages(MessageBanner::Level::Warning, tr("The snapshot library could not be opened; what "
                                                                 "you open now is not kept in it:"),
                               {opened.error});
        return opened;
    }
    if (!opened.notice.isEmpty())
        m_banner->showMessages(MessageBanner::Level::Warning, tr("The snapshot library was damaged:"), {opened.notice});

    m_libraryPage = new LibraryPage(m_session->library(), m_session->watchlist());
    m_pages->addTab(m_libraryPage, tr("Library"));
    m_pages->setTabToolTip(m_pages->indexOf(m_libraryPage), tr("Every snapshot ever opened, imported or fetched"));
    connect(m_libraryPage, &LibraryPage::openRequested, m_session, &SnapshotSession::openFromLibrary);
    connect(m_libraryPage, &LibraryPage::highlightRequested, m_dashboard->reader(), &ArticleReader::setHighlights);
    connect(m_libraryPage, &LibraryPage::highlightRequested, this, [this] { showView(QStringLiteral("article")); });
    m_alertsPage = new AlertsPage(m_session);
    m_pages->addTab(m_alertsPage, tr("Alerts"));
    m_pages->setTabToolTip(m_pages->indexOf(m_alertsPage), tr("Alert rules, and what they fired"));
    connect(m_alertsPage, &AlertsPage::openRequested, m_session, &SnapshotSession::openFromLibrary);
    m_portfolioPage = new PortfolioPage(m_session->library());
    m_pages->addTab(m_portfolioPage, tr("Portfolio"));
    m_pages->setTabToolTip(m_pages->indexOf(m_portfolioPage), tr("Holdings, allocation, performance and transactions"));
    connect(m_portfolioPage, &PortfolioPage::symbolRequested, this, [this](const QString &symbol) {
        if (!showLibraryPage())
            return;
        m_libraryPage->showSymbol(symbol);
        m_libraryPage->symbolHistory()->setTradeMarks(symbol, m_portfolioPage->tradeMarks(symbol));
    });
    connect(m_libraryPage, &LibraryPage::importFinished, m_portfolioPage, &PortfolioPage::pricesChanged);
    connect(m_libraryPage, &LibraryPage::importFinished, this, [this](const ImportSummary &summary) {
        statusBar()->showMessage((describeImport(summary) + QLatin1Char(' ') + describeImportAlerts(summary, tr("the Alerts page"))).trimmed(), 8000);
    });
    connect(m_libraryPage, &LibraryPage::exportComparisonRequested, this, [this] {
        const ComparisonModel *rows = m_libraryPage->compare()->model();
        m_exporter->exportComparison(*m_libraryPage->compare()->proxy(), rows->beforeLabel(), rows->afterLabel());
    });
    for (QAction *a : std::as_const(m_libraryActions))
        a->setEnabled(true);
    m_dashboard->setLibraryAvailable(true);
    return opened;
}

void MainWindow::onStored(int added, const QStringList &failures)
{
    if (added > 0) {
        m_libraryPage->reload();
        m_portfolioPage->pricesChanged();
    }
    if (failures.isEmpty())
        return;
    // The snapshots stay open; only the library missed them.
    QString message = tr("\u26A0 Not kept in the library: %1").arg(failures.first());
    if (failures.size() > 1)
        message += tr(" (and %1)").arg(countOf(failures.size() - 1, "other", "others"));
    statusBar()->showMessage(message, 15000);
}

bool MainWindow::showLibraryPage()
{
    if (m_libraryPage)
        m_pages->setCurrentWidget(m_libraryPage);
    return m_libraryPage != nullptr;
}

void MainWindow::compareWithCurrent(int row)
{
    const std::optional<SnapshotPair> pair = m_session->comparisonWithCurrent(row);
    if (m_libraryPage && pair && showLibraryPage())
        m_libraryPage->showComparison(pair->earlier, pair->earlierLabel, pair->later, pair->laterLabel);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    settings::windowGeometry.set(saveGeometry());
    m_dashboard->saveState();
    m_session->finish();
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
    m_session->openPaths(paths);
}

} // namespace md::ui
