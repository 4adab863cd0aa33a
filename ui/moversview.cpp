// Movers table view: switch, filter, numeric sort, colours, copy, remembered layout.
#include "ui/moversview.h"

#include "core/models/markettablemodel.h"
#include "core/models/modelroles.h"
#include "core/models/rowstext.h"
#include "core/settings/settings.h"
#include "ui/directiondelegate.h"

#include <QAction>
#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScopedValueRollback>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace md::ui {
namespace {

using Direction = MoversProxyModel::Direction;
using C = MarketTableModel;


} // namespace

MoversView::MoversView(QWidget *parent)
    : QWidget(parent)
    , m_proxy(new MoversProxyModel(this))
    , m_table(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_switch(new QButtonGroup(this))
    , m_count(new QLabel(this))
    , m_empty(new QLabel(m_table->viewport()))
    , m_delegate(new DirectionDelegate(this))
    , m_copyAction(new QAction(tr("&Copy Rows"), this))
{
    setObjectName(QStringLiteral("moversView"));

    // The Gainers / Losers / All switch: a segmented row of checkable buttons.
    auto *switchRow = new QHBoxLayout;
    switchRow->setSpacing(0);
    const struct { Direction direction; QString label; QString tip; } choices[] = {
        {Direction::All, tr("&All"), tr("Every symbol in the snapshot")},
        {Direction::Gainers, tr("&Gainers"), tr("Symbols that rose")},
        {Direction::Losers, tr("&Losers"), tr("Symbols that fell")},
    };
    for (const auto &choice : choices) {
        auto *button = new QToolButton(this);
        button->setText(choice.label);
        button->setToolTip(choice.tip);
        button->setCheckable(true);
        button->setAutoRaise(false);
        button->setFocusPolicy(Qt::StrongFocus);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_switch->addButton(button, int(choice.direction));
        switchRow->addWidget(button);
    }
    m_switch->setExclusive(true);
    m_switch->button(int(Direction::All))->setChecked(true);
    connect(m_switch, &QButtonGroup::idClicked, this, [this](int id) {
        setDirection(Direction(id));
        saveSettings();
    });

    m_filter->setPlaceholderText(tr("Filter symbols"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Symbol filter"));
    m_filter->setToolTip(tr("Show only symbols containing this text (Ctrl+F). Down arrow moves to the table."));
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &MoversProxyModel::setSymbolFilter);
    m_filter->installEventFilter(this);

    auto *focusFilter = new QAction(tr("Filter Symbols"), this);
    focusFilter->setShortcut(QKeySequence::Find);
    focusFilter->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(focusFilter, &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    addAction(focusFilter);

    auto *toolbar = new QHBoxLayout;
    toolbar->setContentsMargins(0, 0, 0, 0);
    toolbar->addLayout(switchRow);
    toolbar->addSpacing(8);
    toolbar->addWidget(m_filter, 1);

    m_table->setModel(m_proxy);
    m_table->setItemDelegate(m_delegate);
    m_delegate->setColouredColumns({C::ChangeColumn, C::ChangePercentColumn});
    m_delegate->setBoldColumns({C::NameColumn});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);  // Tab leaves the table, arrows move inside it
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setMinimumSectionSize(m_table->fontMetrics().horizontalAdvance(QStringLiteral("WAVESAPP")));
    m_table->horizontalHeader()->setSectionsMovable(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setAccessibleName(tr("Movers"));
    connect(m_table, &QWidget::customContextMenuRequested, this, &MoversView::showContextMenu);
    connect(m_table, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        const QString symbol = m_proxy->index(index.row(), C::NameColumn).data(RawValueRole).toString();
        if (!symbol.isEmpty())
            emit symbolDoubleClicked(symbol);
    });
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this] { saveSettings(); });
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, [this] { saveSettings(); });

    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_copyAction, &QAction::triggered, this, &MoversView::copySelectedRows);
    m_table->addAction(m_copyAction);

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_empty->hide();
    m_table->viewport()->installEventFilter(this);

    m_count->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(toolbar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);

    setTabOrder(m_switch->button(int(Direction::All)), m_switch->button(int(Direction::Gainers)));
    setTabOrder(m_switch->button(int(Direction::Gainers)), m_switch->button(int(Direction::Losers)));
    setTabOrder(m_switch->button(int(Direction::Losers)), m_filter);
    setTabOrder(m_filter, m_table);
    setFocusProxy(m_table);

    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MoversView::updateCountLabel);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MoversView::updateCountLabel);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MoversView::updateCountLabel);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MoversView::updateCountLabel);
    updateCountLabel();
}

MoversView::~MoversView() = default;

void MoversView::setModel(QAbstractItemModel *quotes)
{
    m_proxy->setSourceModel(quotes);
    if (quotes) {
        connect(quotes, &QAbstractItemModel::modelReset, this, &MoversView::updateCountLabel, Qt::UniqueConnection);
    }
    if (!m_restored) {
        m_restored = true;
        restoreSettings();
    }
    updateCountLabel();
}

void MoversView::applyDefaultLayout()
{
    QHeaderView *header = m_table->horizontalHeader();
    const QFontMetrics bold = [this] {
        QFont f = m_table->font();
        f.setBold(true);
        return QFontMetrics(f);
    }();
    const QFontMetrics fm = m_table->fontMetrics();
    // The symbol takes the slack; the numbers stay together on the right at their own widths.
    if (header->count() > C::NameColumn)
        header->setSectionResizeMode(C::NameColumn, QHeaderView::Stretch);
    header->resizeSection(C::ValueColumn, fm.horizontalAdvance(QStringLiteral("10,000.00")) + 24);
    header->resizeSection(C::ChangeColumn, fm.horizontalAdvance(QStringLiteral("\u25BC -100.00")) + 24);
    header->resizeSection(C::ChangePercentColumn, bold.horizontalAdvance(QStringLiteral("% Change")) + 36);
    m_table->sortByColumn(C::ChangePercentColumn, Qt::DescendingOrder);
}

void MoversView::restoreSettings()
{
    // Laying out the defaults resizes sections, which would save over what is being restored.
    const QScopedValueRollback<bool> restoring(m_restoring, true);
    applyDefaultLayout();
    const QByteArray header = settings::moversHeader.value();
    if (!header.isEmpty())
        m_table->horizontalHeader()->restoreState(header);
    // restoreState sets the indicator; the proxy sorts when told.
    m_table->sortByColumn(m_table->horizontalHeader()->sortIndicatorSection(),
                          m_table->horizontalHeader()->sortIndicatorOrder());
    const int direction = settings::moversDirection.value();
    if (direction >= int(Direction::All) && direction <= int(Direction::Losers))
        setDirection(Direction(direction));
}

void MoversView::saveSettings() const
{
    if (!m_restored || m_restoring)
        return;
    settings::moversHeader.set(m_table->horizontalHeader()->saveState());
    settings::moversDirection.set(int(m_proxy->direction()));
}

void MoversView::setDirection(Direction direction)
{
    if (QAbstractButton *button = m_switch->button(int(direction)))
        button->setChecked(true);
    if (direction == m_proxy->direction())
        return;
    m_proxy->setDirection(direction);
    // Biggest moves first: gainers from the top, losers from the bottom of the range.
    QHeaderView *header = m_table->horizontalHeader();
    const int column = header->sortIndicatorSection();
    if (direction != Direction::All && (column == C::ChangeColumn || column == C::ChangePercentColumn))
        m_table->sortByColumn(column, direction == Direction::Gainers ? Qt::DescendingOrder : Qt::AscendingOrder);
    updateCountLabel();
}

bool MoversView::selectSymbol(const QString &symbol)
{
    QAbstractItemModel *source = m_proxy->sourceModel();
    if (!source)
        return false;
    int sourceRow = -1;
    for (int r = 0; r < source->rowCount(); ++r) {
        if (source->index(r, C::NameColumn).data(RawValueRole).toString() == symbol) {
            sourceRow = r;
            break;
        }
    }
    if (sourceRow < 0)
        return false;
    QModelIndex proxyIndex = m_proxy->mapFromSource(source->index(sourceRow, C::NameColumn));
    if (!proxyIndex.isValid()) {
        // Hidden by the filter or the switch: show everything rather than fail the user.
        m_filter->clear();
        setDirection(Direction::All);
        proxyIndex = m_proxy->mapFromSource(source->index(sourceRow, C::NameColumn));
        if (!proxyIndex.isValid())
            return false;
    }
    m_table->selectionModel()->setCurrentIndex(
        proxyIndex, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(proxyIndex, QAbstractItemView::PositionAtCenter);
    return true;
}

QList<int> MoversView::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

QStringList MoversView::selectedSymbols() const
{
    const QList<int> rows = selectedRows();
    QStringList symbols;
    for (int row : rows)
        symbols.append(m_proxy->index(row, C::NameColumn).data(RawValueRole).toString());
    return symbols;
}

QString MoversView::selectedRowsText() const
{
    return rowsAsTabSeparated(*m_proxy, selectedRows());
}

void MoversView::copySelectedRows() const
{
    const QString text = selectedRowsText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void MoversView::addContextMenuAction(QAction *action)
{
    m_extraActions.append(action);
}

void MoversView::showContextMenu(const QPoint &pos)
{
    QMenu menu(this);
    m_copyAction->setEnabled(m_table->selectionModel()->hasSelection());
    menu.addAction(m_copyAction);
    if (!m_extraActions.isEmpty()) {
        menu.addSeparator();
        menu.addActions(m_extraActions);
    }
    emit contextMenuAboutToShow(&menu);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
    m_copyAction->setEnabled(true);
}

void MoversView::updateCountLabel()
{
    const QAbstractItemModel *source = m_proxy->sourceModel();
    const int total = source ? source->rowCount() : 0;
    const int shown = m_proxy->rowCount();
    if (total == 0) {
        m_count->setText(tr("No quotes in this snapshot"));
    } else if (shown == total) {
        m_count->setText(total == 1 ? tr("1 symbol") : tr("%1 symbols").arg(total));
    } else {
        m_count->setText(tr("%1 of %2 symbols").arg(shown).arg(total));
    }
    const bool empty = shown == 0 && total > 0;
    if (empty) {
        switch (m_proxy->direction()) {
        case Direction::Gainers: m_empty->setText(tr("No symbol rose in this snapshot.")); break;
        case Direction::Losers: m_empty->setText(tr("No symbol fell in this snapshot.")); break;
        case Direction::All: m_empty->setText(tr("No symbol matches \u201C%1\u201D.").arg(m_proxy->symbolFilter())); break;
        }
    }
    m_empty->setVisible(empty);
}

bool MoversView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize) {
        m_empty->setGeometry(m_table->viewport()->rect().adjusted(12, 12, -12, -12));
    } else if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            // On to the rows, keeping the selection or starting at the top.
            m_table->setFocus(Qt::TabFocusReason);
            if (!m_table->selectionModel()->hasSelection() && m_proxy->rowCount() > 0) {
                const QModelIndex current = m_table->currentIndex();
                m_table->selectionModel()->setCurrentIndex(current.isValid() ? current : m_proxy->index(0, 0),
                                                           QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            }
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_filter->text().isEmpty()) {
            m_filter->clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace md::ui
