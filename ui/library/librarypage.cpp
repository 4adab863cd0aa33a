// LibraryPage: a header naming the library, the library views as tabs, reloads when shown.
#include "ui/library/librarypage.h"

#include "core/library/library.h"
#include "core/wording.h"
#include "ui/library/articlesearchview.h"
#include "ui/library/compareview.h"
#include "ui/library/importfolderdialog.h"
#include "ui/library/indexhistoryview.h"
#include "ui/library/libraryview.h"
#include "ui/library/symbolhistoryview.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace md::ui {

LibraryPage::LibraryPage(Library *library, WatchedSymbols *watchlist, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
    , m_watchlist(watchlist)
    , m_header(new QLabel)
    , m_import(new QPushButton(tr("Import Folder\u2026")))
    , m_tabs(new QTabWidget)
{
    setObjectName(QStringLiteral("libraryPage"));
    m_header->setTextFormat(Qt::PlainText);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_import->setToolTip(tr("Import every snapshot under a folder into the library"));
    m_tabs->setDocumentMode(true);

    auto *headerRow = new QHBoxLayout;
    headerRow->setContentsMargins(12, 8, 12, 0);
    headerRow->addWidget(m_header, 1);
    headerRow->addWidget(m_import);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(headerRow);
    layout->addWidget(m_tabs, 1);

    connect(m_import, &QPushButton::clicked, this, [this] { importFolder(); });
    updateHeader();
}

void LibraryPage::build()
{
    if (m_list)
        return;
    // Each view reads the library as it is built.
    m_list = new LibraryView(m_library);
    m_indexHistory = new IndexHistoryView(m_library);
    m_compare = new CompareView(m_library);
    m_symbolHistory = new SymbolHistoryView(m_library);
    m_indexHistory->setWatchlist(m_watchlist);
    m_symbolHistory->setWatchlist(m_watchlist);
    m_articleSearch = new ArticleSearchView(m_library);
    m_tabs->addTab(m_list, tr("Snapshots"));
    m_tabs->addTab(m_indexHistory, tr("Index History"));
    m_tabs->addTab(m_compare, tr("Compare"));
    m_tabs->addTab(m_symbolHistory, tr("Symbol History"));
    m_tabs->addTab(m_articleSearch, tr("Search Articles"));
    m_tabs->setTabToolTip(0, tr("Every snapshot in the library, by capture date"));
    m_tabs->setTabToolTip(1, tr("An index across every snapshot in the library, not only the open ones"));
    m_tabs->setTabToolTip(2, tr("Two snapshots side by side"));
    m_tabs->setTabToolTip(3, tr("A stock's daily candles, volume and news across the library"));
    m_tabs->setTabToolTip(4, tr("Every article in the library by its words, best matches first"));
    m_stale.clear();

    connect(m_tabs, &QTabWidget::currentChanged, this, &LibraryPage::reloadCurrentTab);
    connect(m_list, &LibraryView::snapshotActivated, this, &LibraryPage::openRequested);
    connect(m_articleSearch, &ArticleSearchView::snapshotActivated, this, &LibraryPage::openRequested);
    connect(m_list, &LibraryView::articleSearchRequested, this, [this](const QString &words) {
        m_tabs->setCurrentWidget(m_articleSearch);
        if (!words.isEmpty())
            m_articleSearch->search(words);
        m_articleSearch->searchBox()->setFocus(Qt::ShortcutFocusReason);
    });
    connect(m_list, &LibraryView::compareRequested, this,
            qOverload<SnapshotId, SnapshotId>(&LibraryPage::showComparison));
    connect(m_list, &LibraryView::libraryChanged, this, [this] {
        // The list already read it; the others follow when shown.
        m_stale = {m_indexHistory, m_compare, m_symbolHistory};
        updateHeader();
    });
    connect(m_symbolHistory, &SymbolHistoryView::articleRequested, this,
            [this](SnapshotId id, const MentionMatcher &highlights) {
                emit openRequested(id);
                emit highlightRequested(highlights);
            });
    connect(m_compare, &CompareView::exportRequested, this, &LibraryPage::exportComparisonRequested);
    connect(m_compare, &CompareView::historyRequested, this, [this](const QString &name, SeriesKind kind) {
        if (kind == SeriesKind::Index)
            showIndex(name);
        else
            showSymbol(name);
    });
}

LibraryView *LibraryPage::list()
{
    build();
    return m_list;
}

IndexHistoryView *LibraryPage::indexHistory()
{
    build();
    return m_indexHistory;
}

CompareView *LibraryPage::compare()
{
    build();
    return m_compare;
}

SymbolHistoryView *LibraryPage::symbolHistory()
{
    build();
    return m_symbolHistory;
}

ArticleSearchView *LibraryPage::articleSearch()
{
    build();
    return m_articleSearch;
}

QTabWidget *LibraryPage::tabs()
{
    build();
    return m_tabs;
}

QWidget *LibraryPage::tabWidget(Tab tab)
{
    build();
    return m_tabs->widget(int(tab));
}

void LibraryPage::showTab(Tab tab)
{
    build();
    m_tabs->setCurrentIndex(int(tab));
    reloadCurrentTab();
}

QWidget *LibraryPage::view(const QString &name)
{
    if (name == QLatin1String("candles") || name == QLatin1String("news"))
        return symbolHistory();
    const QStringList names = viewNames();
    const int tab = int(names.indexOf(name));
    return tab < 0 ? nullptr : tabWidget(Tab(tab));
}

QStringList LibraryPage::viewNames()
{
    // In the order of Tab, then the symbol history's parts.
    return {QStringLiteral("library"), QStringLiteral("history"), QStringLiteral("compare"), QStringLiteral("symbol"),
            QStringLiteral("search"), QStringLiteral("candles"), QStringLiteral("news")};
}

void LibraryPage::showView(QWidget *view)
{
    build();
    const int tab = m_tabs->indexOf(view);
    if (tab >= 0)
        showTab(Tab(tab));
    view->setFocus(Qt::ShortcutFocusReason);
}

ImportFolderDialog *LibraryPage::importFolder(const QString &folder)
{
    ImportFolderDialog *dialog = nullptr;
    if (folder.isEmpty()) {
        dialog = ImportFolderDialog::chooseFolderAndStart(m_library->path(), window());
    } else {
        dialog = new ImportFolderDialog(m_library->path(), folder, window());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        dialog->start();
    }
    if (!dialog)
        return nullptr;
    connect(dialog, &ImportFolderDialog::importFinished, this, [this](const ImportSummary &summary) {
        reload();
        emit importFinished(summary);
    });
    return dialog;
}

QString LibraryPage::headerText() const
{
    return m_header->text();
}

void LibraryPage::reload()
{
    if (!m_list) {  // not built yet: the views read the library when they are
        updateHeader();
        return;
    }
    m_stale = {m_list, m_indexHistory, m_compare, m_symbolHistory};
    updateHeader();
    if (isVisible())
        reloadCurrentTab();
}

void LibraryPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    build();
    reloadCurrentTab();
}

void LibraryPage::reloadCurrentTab()
{
    QWidget *current = m_tabs->currentWidget();
    if (!m_stale.removeOne(current))
        return;
    if (current == m_list)
        m_list->reload();
    else if (current == m_indexHistory)
        m_indexHistory->reload();
    else if (current == m_compare)
        m_compare->reload();
    else if (current == m_symbolHistory && !m_symbolHistory->symbol().isEmpty())
        m_symbolHistory->showSymbol(m_symbolHistory->symbol());
}

void LibraryPage::showSymbol(const QString &symbol)
{
    build();
    m_stale.removeOne(m_symbolHistory);
    m_symbolHistory->showSymbol(symbol);
    m_tabs->setCurrentWidget(m_symbolHistory);
}

void LibraryPage::showIndex(const QString &name)
{
    build();
    if (m_stale.removeOne(m_indexHistory))
        m_indexHistory->reload();
    m_indexHistory->showIndex(name);
    m_tabs->setCurrentWidget(m_indexHistory);
}

void LibraryPage::showComparison(SnapshotId before, SnapshotId after)
{
    build();
    if (m_stale.removeOne(m_compare))
        m_compare->reload();
    m_compare->compare(before, after);
    m_tabs->setCurrentWidget(m_compare);
}

void LibraryPage::showComparison(const Snapshot &before, const QString &beforeLabel, const Snapshot &after,
                                 const QString &afterLabel)
{
    build();
    m_stale.removeOne(m_compare);
    m_compare->setSnapshots(before, beforeLabel, after, afterLabel);
    m_tabs->setCurrentWidget(m_compare);
}

void LibraryPage::updateHeader()
{
    const int count = m_library ? m_library->snapshotCount() : 0;
    const QString where = m_library ? QDir::toNativeSeparators(m_library->path()) : QString();
    m_header->setText(count == 0
        ? tr("Your library is empty. Every snapshot you open, import or fetch is kept here, so its history "
             "can be charted across days. (%1)").arg(where)
        : tr("Your library: %1 you opened, imported or fetched, across all days, not only those open now. "
             "(%2)").arg(countOf(count, "snapshot", "snapshots"), where));
}

} // namespace md::ui
