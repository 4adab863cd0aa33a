// LibraryView: the list model behind a sorting proxy, a delayed search, and the actions on selected rows.
#include "ui/library/libraryview.h"

#include "core/library/library.h"
#include "core/models/librarylistmodel.h"
#include "core/wording.h"
#include "ui/headlinedelegate.h"
#include "ui/library/capturetimedialog.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace md::ui {
namespace {

// Said under the list when some stories were saved more than once and are listed once.
QString copiesNote(qsizetype snapshots, int rows)
{
    return rows < snapshots ? LibraryView::tr(" \u00B7 a story saved more than once is listed once, its copies under it")
                            : QString();
}

} // namespace

LibraryView::LibraryView(Library *library, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
{
    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("Search by symbol, index or headline"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the library"));
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);

    m_articlesButton = new QPushButton(tr("In Articles"));
    m_articlesButton->setToolTip(tr("Search these words in the articles' text (headline, body, comments), best matches first"));
    m_openButton = new QPushButton(tr("Open"));
    m_compareButton = new QPushButton(tr("Compare"));
    m_timeButton = new QPushButton(tr("Capture Time…"));
    m_removeButton = new QPushButton(tr("Remove"));
    m_compareButton->setToolTip(tr("Select two snapshots to compare them."));

    m_model = new LibraryListModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RawValueRole);

    m_table = new QTreeView;
    m_table->setModel(m_proxy);
    m_table->setItemDelegateForColumn(LibraryListModel::HeadlineColumn, new HeadlineDelegate(m_table));  // Urdu RTL
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(LibraryListModel::CapturedColumn, Qt::DescendingOrder);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setAllColumnsShowFocus(true);
    // A story's copies are under it, one level deep; Enter on a row opens it, so the arrow keys expand.
    m_table->setExpandsOnDoubleClick(false);
    // Uniform row heights and fixed column widths: no measuring of thousands of rows when the list opens.
    m_table->setUniformRowHeights(true);
    QHeaderView *header = m_table->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(LibraryListModel::HeadlineColumn, QHeaderView::Stretch);
    const int digit = m_table->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    header->resizeSection(LibraryListModel::CapturedColumn, digit * 23);  // with the copies' arrow
    for (int column : {int(LibraryListModel::QuotesColumn), int(LibraryListModel::IndicesColumn),
                       int(LibraryListModel::CommentsColumn), int(LibraryListModel::FormatColumn)})
        header->resizeSection(column, digit * 10);
    header->resizeSection(LibraryListModel::SourceColumn, digit * 24);

    m_status = new QLabel;
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_articlesButton);
    bar->addWidget(m_openButton);
    bar->addWidget(m_compareButton);
    bar->addWidget(m_timeButton);
    bar->addWidget(m_removeButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    m_openAction = new QAction(tr("Open"), this);
    m_compareAction = new QAction(tr("Compare"), this);
    m_timeAction = new QAction(tr("Correct Capture Time…"), this);
    m_removeAction = new QAction(tr("Remove from Library"), this);
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_removeAction);

    const auto open = [this] {
        const QVector<SnapshotId> ids = selectedIds();
        if (!ids.isEmpty())
            emit snapshotActivated(ids.first());
    };
    const auto compare = [this] {
        QVector<SnapshotId> ids = selectedIds();
        if (ids.size() != 2)
            return;
        const LibraryEntry *a = m_model->entryOf(ids[0]);
        const LibraryEntry *b = m_model->entryOf(ids[1]);
        if (a && b && isEarlier(*b, *a))  // the earlier one first
            std::swap(ids[0], ids[1]);
        emit compareRequested(ids[0], ids[1]);
    };
    const auto editTime = [this] {
        const QVector<SnapshotId> ids = selectedIds();
        if (ids.size() == 1)
            editCaptureTime(ids.first());
    };
    connect(m_articlesButton, &QPushButton::clicked, this, [this] { emit articleSearchRequested(m_search->text().trimmed()); });
    connect(m_openButton, &QPushButton::clicked, this, open);
    connect(m_openAction, &QAction::triggered, this, open);
    connect(m_compareButton, &QPushButton::clicked, this, compare);
    connect(m_compareAction, &QAction::triggered, this, compare);
    connect(m_timeButton, &QPushButton::clicked, this, editTime);
    connect(m_timeAction, &QAction::triggered, this, editTime);
    connect(m_removeButton, &QPushButton::clicked, this, &LibraryView::removeSelected);
    connect(m_removeAction, &QAction::triggered, this, &LibraryView::removeSelected);
    connect(m_table, &QTreeView::activated, this, [this](const QModelIndex &index) {
        emit snapshotActivated(index.data(LibraryListModel::SnapshotIdRole).toLongLong());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LibraryView::updateActions);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        menu.addActions({m_openAction, m_compareAction, m_timeAction});
        menu.addSeparator();
        menu.addAction(m_removeAction);
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });
    connect(m_search, &QLineEdit::textEdited, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &LibraryView::reload);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())  // the clear button
            reload();
    });
    connect(m_searchDelay, &QTimer::timeout, this, &LibraryView::reload);

    reload();
}

void LibraryView::reload()
{
    m_searchDelay->stop();
    const QVector<SnapshotId> selected = selectedIds();
    SnapshotFilter filter;
    filter.search = m_search->text();
    const QVector<LibraryEntry> entries = m_library ? m_library->listSnapshots(filter) : QVector<LibraryEntry>();
    m_model->setEntries(entries);
    selectIds(selected);
    if (m_library && !m_library->lastError().isEmpty()) {
        showProblem(m_library->isDamaged() ? m_library->lastError()
                                           : tr("The library could not be read: %1").arg(m_library->lastError()));
    } else if (filter.search.trimmed().isEmpty()) {
        m_status->setText(countOf(entries.size(), "snapshot", "snapshots") + copiesNote(entries.size(), m_model->storyCount()));
    } else {
        const int total = m_library ? m_library->snapshotCount() : 0;
        m_status->setText(tr("%1 of %2 match \"%3\"")
                              .arg(entries.size())
                              .arg(countOf(total, "snapshot", "snapshots"), filter.search.trimmed())
                          + copiesNote(entries.size(), m_model->storyCount()));
    }
    updateActions();
}

void LibraryView::setSearchText(const QString &text)
{
    m_search->setText(text);
    reload();
}

QString LibraryView::searchText() const
{
    return m_search->text();
}

namespace {

// Rows in the order shown: a story's row before its copies, stories top to bottom.
bool shownBefore(const QModelIndex &a, const QModelIndex &b)
{
    const int storyA = a.parent().isValid() ? a.parent().row() : a.row();
    const int storyB = b.parent().isValid() ? b.parent().row() : b.row();
    if (storyA != storyB)
        return storyA < storyB;
    return (a.parent().isValid() ? a.row() : -1) < (b.parent().isValid() ? b.row() : -1);
}

} // namespace

QVector<SnapshotId> LibraryView::selectedIds() const
{
    QVector<SnapshotId> ids;
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), shownBefore);
    for (const QModelIndex &index : std::as_const(rows))
        ids.append(index.data(LibraryListModel::SnapshotIdRole).toLongLong());
    return ids;
}

QVector<SnapshotId> LibraryView::selectedCopies() const
{
    QVector<SnapshotId> ids;
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), shownBefore);
    for (const QModelIndex &index : std::as_const(rows)) {
        for (const QVariant &id : index.data(LibraryListModel::CopyIdsRole).toList()) {
            if (!ids.contains(id.toLongLong()))
                ids.append(id.toLongLong());
        }
    }
    return ids;
}

void LibraryView::selectIds(const QVector<SnapshotId> &ids)
{
    QItemSelection selection;
    for (SnapshotId id : ids) {
        const QModelIndex source = m_model->indexOf(id);
        if (!source.isValid())
            continue;
        const QModelIndex index = m_proxy->mapFromSource(source);
        if (index.parent().isValid())
            m_table->expand(index.parent());
        selection.select(index, index.siblingAtColumn(LibraryListModel::ColumnCount - 1));
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (!selection.isEmpty())
        m_table->scrollTo(selection.indexes().first());
}

void LibraryView::removeSelected()
{
    const QVector<SnapshotId> ids = selectedCopies();
    if (ids.isEmpty() || !m_library)
        return;
    if (m_confirmRemoval) {
        const auto answer = QMessageBox::question(
            this, tr("Remove from Library"),
            tr("Remove %1 from the library? The files they came from are not touched.")
                .arg(countOf(ids.size(), "snapshot", "snapshots")),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    QString problem;
    for (SnapshotId id : ids) {
        const LibraryResult removed = m_library->removeSnapshot(id);
        if (!removed.ok() && problem.isEmpty())
            problem = removed.error;
    }
    reload();
    if (!problem.isEmpty())
        showProblem(problem);
    emit libraryChanged();
}

void LibraryView::editCaptureTime(SnapshotId id)
{
    const LibraryEntry *entry = m_model->entryAt(m_model->rowOf(id));
    if (!entry)
        return;
    CaptureTimeDialog dialog(*entry, this);
    if (dialog.exec() == QDialog::Accepted)
        applyCaptureTime(id, dialog.chosenTime());
}

void LibraryView::applyCaptureTime(SnapshotId id, const Timestamp &time)
{
    if (!m_library)
        return;
    const LibraryResult result = m_library->correctCaptureTime(id, time);
    reload();
    if (!result.ok()) {
        showProblem(result.error);
        return;
    }
    selectIds({id});
    emit libraryChanged();
}

QString LibraryView::statusText() const
{
    return m_status->text();
}

void LibraryView::updateActions()
{
    const int selected = int(m_table->selectionModel()->selectedRows().size());
    for (QWidget *w : {static_cast<QWidget *>(m_openButton), static_cast<QWidget *>(m_timeButton)})
        w->setEnabled(selected == 1);
    m_openAction->setEnabled(selected == 1);
    m_timeAction->setEnabled(selected == 1);
    m_compareButton->setEnabled(selected == 2);
    m_compareAction->setEnabled(selected == 2);
    m_removeButton->setEnabled(selected > 0);
    m_removeAction->setEnabled(selected > 0);
}

void LibraryView::showProblem(const QString &message)
{
    m_status->setText(message);
}

} // namespace md::ui
