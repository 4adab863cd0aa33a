// The main window: wires the views to the workspace's models; menus, opening files, settings, status bar.
#pragma once

#include <QMainWindow>
#include <QUrl>

#include <chrono>
#include <memory>

class QActionGroup;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTabWidget;

namespace md {
class AutoRefresh;
class Library;
class LibraryRecorder;
class PageFetcher;
class SnapshotOpener;
class SnapshotWorkspace;
struct LibraryOpenResult;
struct OpenResult;
using SnapshotId = qint64;
}

namespace md::ui {

class ArticleReader;
class EmptyStateView;
class ExportController;
class ImportFolderDialog;
class IndexChartView;
class LibraryPage;
class MessageBanner;
class MoversView;
class RefreshStatusLabel;
class SnapshotListView;
class TickerStrip;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    SnapshotWorkspace *workspace() const { return m_workspace; }
    TickerStrip *ticker() const { return m_ticker; }
    MoversView *movers() const { return m_movers; }
    IndexChartView *charts() const { return m_charts; }
    ArticleReader *reader() const { return m_reader; }
    SnapshotListView *snapshotList() const { return m_snapshotList; }
    EmptyStateView *emptyState() const { return m_emptyState; }
    MessageBanner *banner() const { return m_banner; }
    ExportController *exporter() const { return m_exporter; }
    RefreshStatusLabel *refreshStatus() const { return m_refreshLabel; }
    // The Dashboard page (what is open) and, with a library, the Library page (what is stored).
    QTabWidget *pages() const { return m_pages; }

    // Dashboard: "ticker", "movers", "charts", "article", "snapshots"; with a library: "library",
    // "history" (index history), "compare", "symbol" (symbol history). nullptr for another name.
    QWidget *view(const QString &name) const;
    static QStringList viewNames();
    // Brings a view forward (its page and tab) and gives it the keyboard focus.
    void showView(const QString &name);
    // True while the dashboard (not the welcome page) is shown.
    bool isDashboardShown() const;

    // Opens files and folders next to what is open, read on a worker thread while the window goes on
    // (isOpening()); then the newest of them becomes current. Files that fail are named in the message
    // banner (and in lastOpenErrors()); the snapshots already open stay.
    void openPaths(const QStringList &paths);
    void openSample();
    // Files of an openPaths() are still being read.
    bool isOpening() const;
    // The failures of the last batch of files added.
    QStringList lastOpenErrors() const { return m_lastErrors; }
    // Fetches a web page (http or https) and opens it like a file, then refreshes it every interval
    // (zero: never). Reports arrive later: the page joins the list, or the banner names the failure.
    void openUrl(const QUrl &url, std::chrono::minutes refreshInterval = std::chrono::minutes(0));
    AutoRefresh *autoRefresh() const { return m_refresh; }
    // Adds what a SnapshotOpener (or any loader) read as one batch: listed, the newest made current,
    // remembered as recent, files queued for storing in the library; failures shown in the banner.
    void applyOpenResult(const OpenResult &result);
    // Reopens the files and web pages of the last session; a page refreshes as often as it did then.
    void restoreSession();
    // Geometry, splitter and tab from the last run.
    void restoreWindowState();

    // Off: nothing is written to QSettings (headless screenshots).
    void setPersistent(bool on) { m_persistent = on; }

    // Opens the snapshot library at path on this thread and adds the Library page. From then on every
    // snapshot opened from a file and every page fetched is also stored there (a failure to store is a
    // status-bar warning; the opened snapshot stays). A damaged library set aside, or a library that cannot
    // be opened, is reported in the banner; the window works on without it.
    LibraryOpenResult openLibrary(const QString &path);
    Library *library() const { return m_library.get(); }
    LibraryRecorder *libraryRecorder() const { return m_recorder; }
    LibraryPage *libraryPage() const { return m_libraryPage; }

    // Shows a stored snapshot in the dashboard (from the library list).
    void openFromLibrary(SnapshotId id);
    // The library's history of a stock or an index, on the Library page.
    void showSymbolHistory(const QString &symbol);
    void showIndexHistory(const QString &name);
    // Compares an open snapshot with the current one on the Library page (the earlier one first).
    void compareWithCurrent(int row);
    // File ▸ Import Folder…: asks for a folder (unless given) and imports it on a worker thread with a
    // progress dialog; the window stays usable, and the library views read the library when it is done.
    // Returns the dialog (it deletes itself when closed), or null.
    ImportFolderDialog *importFolder(const QString &folder = QString());

    static QString samplePath();
    QStringList recentFiles() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    // lastSession: the files of the last session (the banner says so if some are gone).
    void addToDashboard(const OpenResult &result, bool lastSession = false);
    // Queues the opened files for storing in the library.
    void recordInLibrary(const OpenResult &result);
    // Opens paths, web pages refreshing as refreshMinutes says (address → minutes); returns the
    // SnapshotOpener request reading the files, 0 when there were none.
    quint64 openPaths(const QStringList &paths, const QVariantMap &refreshMinutes);
    void onFilesOpened(const OpenResult &result, quint64 request);
    void onOpeningChanged(bool opening);
    void onStored(int added, const QStringList &failures);
    void onCurrentSnapshotChanged();
    void updateStatus();
    void updateStack();
    void rememberRecent(const QStringList &keys);
    void rebuildRecentMenu();
    void saveSession() const;
    void saveWindowState() const;
    void closeSnapshotAt(int row);
    void closeCurrentSnapshot();
    void closeAllSnapshots();
    void openDialog();
    void openUrlDialog();
    void onPageFetched(const QUrl &url, const QByteArray &bytes, const QDateTime &fetchedAt);
    void onPageFailed(const QUrl &url, const QString &message);
    void showWarnings();
    void showAbout();
    void setTickerSpeed(double pixelsPerSecond);
    void setReducedMotion(bool on);

    SnapshotWorkspace *m_workspace;
    SnapshotOpener *m_opener;
    PageFetcher *m_fetcher;
    AutoRefresh *m_refresh;
    TickerStrip *m_ticker;
    MoversView *m_movers;
    IndexChartView *m_charts;
    ArticleReader *m_reader;
    SnapshotListView *m_snapshotList;
    EmptyStateView *m_emptyState;
    MessageBanner *m_banner;
    QStackedWidget *m_stack;
    QWidget *m_dashboard;
    QSplitter *m_splitter;
    QTabWidget *m_tabs;
    QLabel *m_countsLabel;
    QLabel *m_warningsLabel;
    RefreshStatusLabel *m_refreshLabel;
    QTabWidget *m_pages;
    ExportController *m_exporter;
    std::unique_ptr<Library> m_library;
    LibraryRecorder *m_recorder = nullptr;
    LibraryPage *m_libraryPage = nullptr;
    QList<QAction *> m_libraryActions;  // enabled once a library is open
    QAction *m_exportAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    QActionGroup *m_speedGroup = nullptr;
    QAction *m_reducedMotionAction = nullptr;
    QStringList m_lastErrors;
    bool m_persistent = true;
    // The SnapshotOpener request reading the last session's files; 0 when none is pending.
    quint64 m_restoreRequest = 0;
};

} // namespace md::ui
