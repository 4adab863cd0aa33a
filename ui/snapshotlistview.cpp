// Snapshot side panel.
#include "ui/snapshotlistview.h"

#include "core/models/snapshotcollection.h"
#include "ui/snapshotlistdelegate.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QVBoxLayout>

namespace md::ui {

SnapshotListView::SnapshotListView(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListView(this))
    , m_title(new QLabel(this))
{
    setObjectName(QStringLiteral("snapshotListView"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setContentsMargins(4, 0, 4, 0);

    m_list->setItemDelegate(new SnapshotListDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setAccessibleName(tr("Opened snapshots"));
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    connect(m_list, &QWidget::customContextMenuRequested, this, &SnapshotListView::showContextMenu);

    auto *closeAction = new QAction(tr("Close Snapshot"), m_list);
    closeAction->setShortcuts({QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)});
    closeAction->setShortcutContext(Qt::WidgetShortcut);
    connect(closeAction, &QAction::triggered, this, [this] {
        const QModelIndex current = m_list->currentIndex();
        if (current.isValid())
            emit closeRequested(current.row());
    });
    m_list->addAction(closeAction);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_title);
    layout->addWidget(m_list, 1);
    setFocusProxy(m_list);
    updateHeader();
}

void SnapshotListView::setCollection(SnapshotCollection *collection)
{
    if (m_collection)
        disconnect(m_collection, nullptr, this, nullptr);
    m_collection = collection;
    m_list->setModel(collection);
    if (!collection)
        return;
    connect(collection, &SnapshotCollection::currentRowChanged, this, &SnapshotListView::syncFromCollection);
    connect(collection, &QAbstractItemModel::rowsInserted, this, &SnapshotListView::updateHeader);
    connect(collection, &QAbstractItemModel::rowsRemoved, this, &SnapshotListView::updateHeader);
    connect(collection, &QAbstractItemModel::modelReset, this, &SnapshotListView::updateHeader);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (!m_syncing && m_collection && current.isValid())
            m_collection->setCurrentRow(current.row());
    });
    syncFromCollection();
    updateHeader();
}

void SnapshotListView::syncFromCollection()
{
    if (!m_collection)
        return;
    m_syncing = true;
    const int row = m_collection->currentRow();
    if (row >= 0) {
        const QModelIndex index = m_collection->index(row);
        m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
        m_list->scrollTo(index);
    } else {
        m_list->selectionModel()->clear();
    }
    m_syncing = false;
}

void SnapshotListView::updateHeader()
{
    const int n = m_collection ? m_collection->count() : 0;
    m_title->setText(n == 0 ? tr("Snapshots") : tr("Snapshots (%1)").arg(n));
}

void SnapshotListView::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_list->indexAt(pos);
    if (!index.isValid())
        return;
    QMenu menu(this);
    menu.addAction(tr("Close Snapshot"), this, [this, row = index.row()] { emit closeRequested(row); });
    menu.addAction(tr("Copy File Path"), this, [index] {
        QApplication::clipboard()->setText(index.data(SnapshotCollection::SourceRole).toString());
    });
    if (m_compareEnabled) {
        menu.addSeparator();
        QAction *compare = menu.addAction(tr("Compare with the Selected Snapshot"), this,
                                          [this, row = index.row()] { emit compareWithCurrentRequested(row); });
        compare->setEnabled(m_collection && index.row() != m_collection->currentRow());
    }
    menu.exec(m_list->viewport()->mapToGlobal(pos));
}

} // namespace md::ui
