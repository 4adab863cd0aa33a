// The window's Library page: the stored snapshots, index history, compare, symbol history and article search,
// as tabs.
#pragma once

#include "core/alerts/mentionmatcher.h"
#include "core/library/folderimport.h"
#include "core/library/librarytypes.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;

namespace md {
class Library;
class WatchedSymbols;
}

namespace md::ui {

class ArticleSearchView;
class CompareView;
class ImportFolderDialog;
class IndexHistoryView;
class LibraryView;
class SymbolHistoryView;

// Everything here reads the library (what was ever opened or imported), never only the open snapshots; the
// header line says so, with the library's size and file. The views read the library again when it changed,
// each when it is next shown (a large library is not re-read four times for one import).
class LibraryPage : public QWidget
{
    Q_OBJECT

public:
    enum class Tab { Snapshots, IndexHistory, Compare, SymbolHistory, Search };

    // library is open on this thread and outlives the page; so does watchlist (the history views' stars;
    // null: none).
    explicit LibraryPage(Library *library, WatchedSymbols *watchlist = nullptr, QWidget *parent = nullptr);

    // The views are built when first needed (shown, or asked for here): a window that never shows its
    // library starts without reading it or building its charts.
    LibraryView *list();
    IndexHistoryView *indexHistory();
    CompareView *compare();
    SymbolHistoryView *symbolHistory();
    ArticleSearchView *articleSearch();
    QTabWidget *tabs();
    QWidget *tabWidget(Tab tab);
    void showTab(Tab tab);
    QString headerText() const;

    // "library", "history" (index history), "compare", "symbol" (symbol history), "search" (article search),
    // and "candles" and "news" (the symbol history's candlestick chart and its news); nullptr for another name.
    QWidget *view(const QString &name);
    static QStringList viewNames();
    // Brings one of the views forward (its tab) and gives it the keyboard focus.
    void showView(QWidget *view);

    // Import Folder… (the header's button, File ▸ Import Folder…): asks for a folder (unless given) and
    // imports it on a worker thread with a progress dialog; the views read the library when it is done
    // (importFinished()). Returns the dialog (it deletes itself when closed), or null when none was chosen.
    ImportFolderDialog *importFolder(const QString &folder = QString());

    // The library changed (snapshots stored, imported, removed, a time corrected): views read it again.
    void reload();

    void showSymbol(const QString &symbol);
    void showIndex(const QString &name);
    void showComparison(SnapshotId before, SnapshotId after);
    // Two snapshots given directly (the open ones in the side panel), the earlier first.
    void showComparison(const Snapshot &before, const QString &beforeLabel, const Snapshot &after,
                        const QString &afterLabel);

signals:
    // The user wants this stored snapshot in the dashboard.
    void openRequested(md::SnapshotId id);
    // After openRequested() from the symbol history's News list: the article is to be read with the
    // symbol's mentions marked.
    void highlightRequested(const md::MentionMatcher &highlights);
    void importFinished(const md::ImportSummary &summary);
    // The comparison's Export button.
    void exportComparisonRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void build();
    void reloadCurrentTab();
    void updateHeader();

    Library *m_library;
    WatchedSymbols *m_watchlist;
    QLabel *m_header;
    QPushButton *m_import;
    QTabWidget *m_tabs;
    LibraryView *m_list = nullptr;
    IndexHistoryView *m_indexHistory = nullptr;
    CompareView *m_compare = nullptr;
    SymbolHistoryView *m_symbolHistory = nullptr;
    ArticleSearchView *m_articleSearch = nullptr;
    // Views that have not read the library since it last changed.
    QList<QWidget *> m_stale;
};

} // namespace md::ui
