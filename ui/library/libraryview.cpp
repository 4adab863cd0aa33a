// LibraryView: the list model behind a sorting proxy, a delayed search, and the actions on selected rows.
#include "ui/library/libraryview.h"

#include "core/library/library.h"
#include "core/models/librarylistmodel.h"
#include "core/wording.h"
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
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace md::ui {

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

    m_table = new QTableView;
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(LibraryListModel::CapturedColumn, Qt::DescendingOrder);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    // Fixed row heights and column widths: no measuring of thousands of rows when the list opens.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(LibraryListModel::HeadlineColumn, QHeaderView::Stretch);
    const int digit = m_table->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    header->resizeSection(LibraryListModel::CapturedColumn, digit * 18);
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
        const LibraryEntry *a = m_model->entryAt(m_model->rowOf(ids[0]));
        const LibraryEntry *b = m_model->entryAt(m_model->rowOf(ids[1]));
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
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
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
        m_status->setText(countOf(entries.size(), "snapshot", "snapshots"));
    } else {
        const int total = m_library ? m_library->snapshotCount() : 0;
        m_status->setText(tr("%1 of %2 match \"%3\"")
                              .arg(entries.size())
                              .arg(countOf(total, "snapshot", "snapshots"), filter.search.trimmed()));
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

QVector<SnapshotId> LibraryView::selectedIds() const
{
    QVector<SnapshotId> ids;
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : std::as_const(rows))
        ids.append(index.data(LibraryListModel::SnapshotIdRole).toLongLong());
    return ids;
}

void LibraryView::selectIds(const QVector<SnapshotId> &ids)
{
    QItemSelection selection;
    for (SnapshotId id : ids) {
        const int row = m_model->rowOf(id);
        if (row < 0)
            continue;
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        selection.select(index, index.siblingAtColumn(LibraryListModel::ColumnCount - 1));
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (!selection.isEmpty())
        m_table->scrollTo(selection.indexes().first());
}

void LibraryView::removeSelected()
{
    const QVector<SnapshotId> ids = selectedIds();
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
