// Movers table view: switch, filters, numeric sort, colours, stars, copy, remembered layout.
#include "ui/moversview.h"

#include "core/models/quotesmodel.h"
#include "core/models/modelroles.h"
#include "core/models/rowstext.h"
#include "core/session/watchedsymbols.h"
#include "core/settings/settings.h"
#include "ui/directiondelegate.h"

#include <QAction>
#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QItemSelectionModel>
#include <QMenu>
#include <QResizeEvent>
#include <QScopedValueRollback>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace md::ui {
namespace {

using Direction = MoversProxyModel::Direction;
using C = QuotesModel;

constexpr int kOptionalColumns[] = {C::VolumeColumn, C::PreviousCloseColumn, C::SectorColumn};
// Hidden in this order when the pane is too narrow for the whole board (see fitColumns()).
constexpr int kLeastUsefulFirst[] = {C::PreviousCloseColumn, C::SectorColumn, C::VolumeColumn};

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
    , m_copyAction(new QAction(tr("&Copy Selected Rows"), this))
    , m_watchAction(new QAction(tr("Add to &Watchlist"), this))
    , m_sectorChip(new QToolButton(this))
{
    setObjectName(QStringLiteral("moversView"));

    // The All / Gainers / Losers / Most Active / Watchlist switch: a segmented row of checkable buttons.
    auto *switchRow = new QHBoxLayout;
    switchRow->setSpacing(0);
    const struct { Direction direction; QString label; QString tip; } choices[] = {
        {Direction::All, tr("&All"), tr("Every symbol in the snapshot")},
        {Direction::Gainers, tr("&Gainers"), tr("Symbols that rose")},
        {Direction::Losers, tr("&Losers"), tr("Symbols that fell")},
        {Direction::MostActive, tr("&Most Active"),
         tr("The %1 symbols with the largest volume").arg(MoversProxyModel::kDefaultMostActiveCount)},
        {Direction::Watchlist, tr("&Watchlist"), tr("Only the symbols on your watchlist (\u2605)")},
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
    m_filter->setMinimumWidth(m_filter->fontMetrics().horizontalAdvance(QStringLiteral("Filter symbols")) + 40);
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

    // Shown while a sector filters the rows (the Sectors view's double-click); a click shows every sector.
    m_sectorChip->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_sectorChip->setAutoRaise(false);
    m_sectorChip->setToolTip(tr("Showing one sector's symbols. Click to show every sector."));
    m_sectorChip->hide();
    connect(m_sectorChip, &QToolButton::clicked, this, [this] { setSectorFilter(std::nullopt); });

    auto *toolbar = new QHBoxLayout;
    toolbar->setContentsMargins(0, 0, 0, 0);
    toolbar->addLayout(switchRow);
    toolbar->addSpacing(8);
    toolbar->addWidget(m_sectorChip);
    toolbar->addWidget(m_filter, 1);

    m_table->setModel(m_proxy);
    m_table->setItemDelegate(m_delegate);
    m_delegate->setColouredColumns({C::ChangeColumn, C::ChangePercentColumn});
    m_delegate->setBoldColumns({C::NameColumn});
    m_delegate->setStarColumn(C::NameColumn);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);  // a long name keeps its start and end; its tooltip has it whole
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
    m_copyAction->setToolTip(tr("Copy the selected movers rows as tab-separated text"));
    m_copyAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_copyAction, &QAction::triggered, this, &MoversView::copySelectedRows);
    m_table->addAction(m_copyAction);

    m_watchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_watchAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_watchAction, &QAction::triggered, this, &MoversView::toggleWatchedSelection);
    m_table->addAction(m_watchAction);
    connect(m_proxy, &MoversProxyModel::sectorFilterChanged, this, [this] {
        const std::optional<QString> sector = m_proxy->sectorFilter();
        m_sectorChip->setVisible(sector.has_value());
        if (sector)
            m_sectorChip->setText(tr("Sector: %1 \u2715").arg(sector->isEmpty() ? tr("Unclassified") : *sector));
        updateCountLabel();
    });

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
    setTabOrder(m_switch->button(int(Direction::Losers)), m_switch->button(int(Direction::MostActive)));
    setTabOrder(m_switch->button(int(Direction::MostActive)), m_switch->button(int(Direction::Watchlist)));
    setTabOrder(m_switch->button(int(Direction::Watchlist)), m_filter);
    setTabOrder(m_filter, m_table);
    setFocusProxy(m_table);

    // Columns fit their content again when the rows change (deferred: several changes come together).
    const auto scheduleFit = [this] {
        if (m_fitPending)
            return;
        m_fitPending = true;
        QMetaObject::invokeMethod(this, [this] { m_fitPending = false; fitColumns(); }, Qt::QueuedConnection);
    };
    connect(m_proxy, &QAbstractItemModel::modelReset, this, scheduleFit);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, scheduleFit);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, scheduleFit);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MoversView::updateCountLabel);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MoversView::updateCountLabel);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MoversView::updateCountLabel);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MoversView::updateCountLabel);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MoversView::updateWatchAction);
    updateWatchAction();
    updateColumnsAndSwitch();
    updateCountLabel();
}

MoversView::~MoversView() = default;

void MoversView::setModel(QuotesModel *quotes)
{
    if (m_quotes)
        disconnect(m_quotes, nullptr, this, nullptr);
    m_quotes = quotes;
    m_proxy->setSourceModel(quotes);
    if (quotes) {
        connect(quotes, &QAbstractItemModel::modelReset, this, &MoversView::updateCountLabel);
        connect(quotes, &QAbstractItemModel::modelReset, this, &MoversView::updateColumnsAndSwitch);
    }
    if (!m_restored) {
        m_restored = true;
        restoreSettings();
    }
    updateColumnsAndSwitch();
    updateCountLabel();
}

void MoversView::setWatchlist(WatchedSymbols *watchlist)
{
    if (m_watchlist)
        disconnect(m_watchlist, nullptr, this, nullptr);
    m_watchlist = watchlist;
    const auto follow = [this] {
        m_proxy->setWatchedNames(m_watchlist ? m_watchlist->nameSet() : QSet<QString>());
        updateWatchAction();
        updateCountLabel();
    };
    if (watchlist)
        connect(watchlist, &WatchedSymbols::changed, this, follow);
    follow();
}

QAbstractButton *MoversView::switchButton(Direction direction) const
{
    return m_switch->button(int(direction));
}

void MoversView::updateColumnsAndSwitch()
{
    // What a news ticker never has stays out of sight; what fits of the rest is shown (fitColumns()).
    fitColumns();
    QAbstractButton *active = m_switch->button(int(Direction::MostActive));
    const bool volumes = m_proxy->hasVolume();
    active->setEnabled(volumes);
    active->setToolTip(volumes ? tr("The %1 symbols with the largest volume").arg(m_proxy->mostActiveCount())
                               : tr("This snapshot has no volumes (a news page's ticker carries none)"));
}

void MoversView::fitColumns()
{
    QHeaderView *header = m_table->horizontalHeader();
    if (m_fitting || header->count() <= C::NameColumn)
        return;
    const QScopedValueRollback<bool> fitting(m_fitting, true);
    const QScopedValueRollback<bool> restoring(m_restoring, true);  // not a width the user chose: not saved
    QList<int> shown;
    for (int column = 0; column < header->count(); ++column) {
        const bool optional = std::find(std::begin(kOptionalColumns), std::end(kOptionalColumns), column)
            != std::end(kOptionalColumns);
        if (!optional || (m_quotes && m_quotes->hasColumnData(column)))
            shown.append(column);
    }
    QFont boldFont = m_table->font();
    boldFont.setBold(true);
    const QFontMetrics bold(boldFont);
    // The symbol: at least "★ WAVESAPP" (the board's longest common symbols), at most a third more;
    // longer names elide in the middle.
    const int nameFloor = bold.horizontalAdvance(QStringLiteral("\u2605 WAVESAPP")) + 16;
    const int nameCeiling = nameFloor * 4 / 3;
    QHash<int, int> wanted;
    int total = 0;
    for (int column : std::as_const(shown)) {
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        m_table->setColumnHidden(column, false);  // a hidden section measures nothing
        int width = std::max(header->sectionSizeHint(column), static_cast<QAbstractItemView *>(m_table)->sizeHintForColumn(column) + 4);
        if (column == C::NameColumn)
            width = std::clamp(width, nameFloor, nameCeiling);
        wanted.insert(column, width);
        total += width;
    }
    // Not on screen yet (no width to fit): every column with data, until the first resize fits them.
    const int available = m_table->isVisible() ? m_table->viewport()->width() : 0;
    m_leftOut.clear();
    // Too narrow: the symbol gives way down to its floor first, then the least useful columns go, and
    // the symbol takes back what it needs of the room they leave.
    const int nameWanted = wanted.value(C::NameColumn);
    const auto squeezeName = [&] {
        const int others = total - wanted.value(C::NameColumn);
        const int name = std::clamp(available - others, nameFloor, std::max(nameFloor, nameWanted));
        total = others + name;
        wanted[C::NameColumn] = name;
    };
    if (available > 0) {
        squeezeName();
        for (int column : kLeastUsefulFirst) {
            if (total <= available)
                break;
            if (shown.removeOne(column)) {
                m_leftOut.append(column);
                total -= wanted.value(column);
            }
        }
        squeezeName();
        // Room to spare (a news ticker's four columns): the numbers share it, so the table fills its pane
        // rather than ending in a blank band; the symbol keeps its bound.
        QList<int> numbers = shown;
        numbers.removeOne(C::NameColumn);
        if (total < available && !numbers.isEmpty()) {
            const int slack = available - total;
            for (qsizetype i = 0; i < numbers.size(); ++i)
                wanted[numbers[i]] += int(slack / numbers.size() + (i < slack % numbers.size() ? 1 : 0));
        }
    }
    for (int column = 0; column < header->count(); ++column) {
        const bool show = shown.contains(column);
        m_table->setColumnHidden(column, !show);
        if (show)
            header->resizeSection(column, wanted.value(column));
    }
    header->setToolTip(m_leftOut.isEmpty() ? QString()
                                           : tr("Widen the pane to see the columns left out for room: %1")
                                                 .arg(leftOutNames()));
}

QString MoversView::leftOutNames() const
{
    QStringList names;
    for (int column : m_leftOut)
        names.append(m_proxy->headerData(column, Qt::Horizontal).toString());
    return names.join(QStringLiteral(", "));
}

void MoversView::updateWatchAction()
{
    const bool available = m_watchlist && m_watchlist->isAvailable();
    const QStringList symbols = selectedSymbols();
    const bool allWatched = available && !symbols.isEmpty()
        && std::all_of(symbols.begin(), symbols.end(), [this](const QString &s) { return m_watchlist->contains(s); });
    m_watchAction->setText(allWatched ? tr("Remove from &Watchlist") : tr("Add to &Watchlist"));
    m_watchAction->setEnabled(available && !symbols.isEmpty());
    m_watchAction->setToolTip(available ? tr("Star or unstar the selected symbols (Ctrl+D)")
                                        : tr("The watchlist is kept in the library, and no library is open"));
    QAbstractButton *watchlist = m_switch->button(int(Direction::Watchlist));
    watchlist->setEnabled(available);
    watchlist->setToolTip(available ? tr("Only the symbols on your watchlist (\u2605)")
                                    : tr("The watchlist is kept in the library, and no library is open"));
}

void MoversView::toggleWatchedSelection()
{
    if (!m_watchlist || !m_watchlist->isAvailable())
        return;
    const QStringList symbols = selectedSymbols();
    if (symbols.isEmpty())
        return;
    const bool allWatched = std::all_of(symbols.begin(), symbols.end(),
                                        [this](const QString &s) { return m_watchlist->contains(s); });
    for (const QString &symbol : symbols)
        m_watchlist->setWatched(symbol, !allWatched);
    updateWatchAction();
}

void MoversView::setSectorFilter(const std::optional<QString> &sector)
{
    m_proxy->setSectorFilter(sector);
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
    header->resizeSection(C::VolumeColumn, fm.horizontalAdvance(QStringLiteral("100,000,000")) + 24);
    header->resizeSection(C::PreviousCloseColumn, bold.horizontalAdvance(QStringLiteral("Prev Close")) + 36);
    header->resizeSection(C::SectorColumn, fm.horizontalAdvance(QStringLiteral("CEMENT & CONSTRUCTION")) + 24);
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
    if (direction >= int(Direction::All) && direction <= int(Direction::Watchlist))
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
    if ((direction == Direction::Gainers || direction == Direction::Losers)
        && (column == C::ChangeColumn || column == C::ChangePercentColumn))
        m_table->sortByColumn(column, direction == Direction::Gainers ? Qt::DescendingOrder : Qt::AscendingOrder);
    else if (direction == Direction::MostActive)
        m_table->sortByColumn(C::VolumeColumn, Qt::DescendingOrder);  // the most traded first
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
        // Hidden by a filter or the switch: show everything rather than fail the user.
        m_filter->clear();
        setSectorFilter(std::nullopt);
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
    QList<int> columns;
    for (int c = 0; c < m_proxy->columnCount(); ++c) {
        if (!m_table->isColumnHidden(c))
            columns.append(c);
    }
    return rowsAsTabSeparated(*m_proxy, selectedRows(), false, columns);
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
    menu.setToolTipsVisible(true);  // a disabled star says why
    m_copyAction->setEnabled(m_table->selectionModel()->hasSelection());
    menu.addAction(m_copyAction);
    updateWatchAction();
    menu.addAction(m_watchAction);
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
    const bool empty = shown == 0 && (total > 0 || !m_noQuotesText.isEmpty());
    if (total == 0) {
        m_empty->setText(m_noQuotesText);
    } else if (empty) {
        switch (m_proxy->direction()) {
        case Direction::Gainers: m_empty->setText(tr("No symbol rose in this snapshot.")); break;
        case Direction::Losers: m_empty->setText(tr("No symbol fell in this snapshot.")); break;
        case Direction::MostActive:
            m_empty->setText(m_proxy->hasVolume() ? tr("No symbol traded in this snapshot.")
                                                  : tr("This snapshot has no volumes, so nothing to rank: a news "
                                                       "page's ticker carries prices only."));
            break;
        case Direction::Watchlist:
            m_empty->setText(m_watchlist && m_watchlist->isAvailable()
                                 ? tr("No symbol of your watchlist is in this snapshot. Star symbols with "
                                      "Ctrl+D or the context menu, here or on the ticker.")
                                 : tr("The watchlist is kept in the library, and no library is open."));
            break;
        case Direction::All:
            if (m_proxy->sectorFilter() && m_proxy->symbolFilter().isEmpty())
                m_empty->setText(tr("No symbol of this sector is in this snapshot."));
            else
                m_empty->setText(tr("No symbol matches \u201C%1\u201D.").arg(m_proxy->symbolFilter()));
            break;
        }
    }
    m_empty->setVisible(empty);
}

void MoversView::setNoQuotesText(const QString &text)
{
    m_noQuotesText = text;
    updateCountLabel();
}

QString MoversView::emptyText() const
{
    return m_empty->isHidden() ? QString() : m_empty->text();
}

bool MoversView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize) {
        m_empty->setGeometry(m_table->viewport()->rect().adjusted(12, 12, -12, -12));
        const auto *resize = static_cast<QResizeEvent *>(event);
        if (resize->size().width() != resize->oldSize().width())
            fitColumns();
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
