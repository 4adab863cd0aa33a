// The main window: wires the Dashboard and Library pages to the session; menus, banner, status bar.
#pragma once

#include <QMainWindow>

class QMenu;
class QTabWidget;

namespace md {
class SnapshotSession;
struct LibraryOpenResult;
struct OpenReport;
}

namespace md::ui {

class AlertsPage;
class DashboardPage;
class ExportController;
class LibraryPage;
class MessageBanner;
class PortfolioPage;
class RefreshStatusLabel;
class SessionReporter;
class SnapshotStatus;

// In the spirit of RSS Guard's FormMain: the session (SnapshotSession) opens, refreshes and records; the
// pages (DashboardPage, LibraryPage) own their views; the window wires them together and turns what the
// session reports into banners and status messages.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    SnapshotSession *session() const { return m_session; }
    DashboardPage *dashboard() const { return m_dashboard; }
    // Null until openLibrary() succeeded.
    LibraryPage *libraryPage() const { return m_libraryPage; }
    AlertsPage *alertsPage() const { return m_alertsPage; }
    PortfolioPage *portfolioPage() const { return m_portfolioPage; }
    SessionReporter *reporter() const { return m_reporter; }
    // The Dashboard page (what is open) and, with a library, the Library page (what is stored).
    QTabWidget *pages() const { return m_pages; }
    MessageBanner *banner() const { return m_banner; }
    ExportController *exporter() const { return m_exporter; }

    // Opens the snapshot library at path and adds the Library page (SnapshotSession::openLibrary()). A
    // damaged library set aside, or one that cannot be opened, is reported in the banner; the window works
    // on without it.
    LibraryOpenResult openLibrary(const QString &path);

    // DashboardPage::viewNames(), then with a library "library", "history" (index history), "compare",
    // "symbol" (symbol history), "search" (article search), "alerts" (the Alerts page), "portfolio" (the
    // Portfolio page). nullptr for another name.
    QWidget *view(const QString &name) const;
    static QStringList viewNames();
    // Brings a view forward (its page and tab) and gives it the keyboard focus.
    void showView(const QString &name);

    // Geometry, splitter and tab from the last run.
    void restoreWindowState();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void addViewActions(QMenu *view);
    void wireDashboard();
    void onOpened(const OpenReport &report);
    void onStored(int added, const QStringList &failures);
    void onCurrentSnapshotChanged();
    void rebuildRecentMenu();
    void openDialog();
    void openUrlDialog();
    // Brings the Library page forward; false without a library.
    bool showLibraryPage();
    void compareWithCurrent(int row);
    void showWarnings();
    void showAbout();

    SnapshotSession *m_session;
    DashboardPage *m_dashboard;
    MessageBanner *m_banner;
    SnapshotStatus *m_status;
    RefreshStatusLabel *m_refreshLabel;
    QTabWidget *m_pages;
    ExportController *m_exporter;
    LibraryPage *m_libraryPage = nullptr;
    AlertsPage *m_alertsPage = nullptr;  // with the library
    PortfolioPage *m_portfolioPage = nullptr;  // with the library
    SessionReporter *m_reporter = nullptr;
    QList<QAction *> m_libraryActions;  // enabled once a library is open
    QAction *m_exportAction = nullptr;
    QMenu *m_recentMenu = nullptr;
};

} // namespace md::ui
