// Sectors view: a sortable table of the sector model, its summary line and its empty state.
#include "ui/sectorsview.h"

#include "core/models/modelroles.h"
#include "core/models/sectorsummarymodel.h"
#include "core/settings/settings.h"
#include "ui/directiondelegate.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QScopedValueRollback>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace md::ui {

using C = SectorSummaryModel;

SectorsView::SectorsView(QWidget *parent)
    : QWidget(parent)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView)
    , m_delegate(new DirectionDelegate(this))
    , m_summary(new QLabel)
    , m_empty(new QLabel)
    , m_stack(new QStackedWidget)
{
    setObjectName(QStringLiteral("sectorsView"));
    m_proxy->setSortRole(RawValueRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setDynamicSortFilter(true);

    m_table->setModel(m_proxy);
    m_table->setItemDelegate(m_delegate);
    m_delegate->setColouredColumns({C::AdvancersColumn, C::DeclinersColumn, C::MedianChangeColumn});
    m_delegate->setBoldColumns({C::SectorColumn});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionsMovable(false);
    m_table->setAccessibleName(tr("Sectors"));
    m_table->setToolTip(tr("Double-click a sector (or press Enter) to see its symbols in the movers table"));
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        emit sectorActivated(m_proxy->index(index.row(), C::SectorColumn).data(RawValueRole).toString());
    });
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this] { saveSettings(); });
    connect(header, &QHeaderView::sectionResized, this, [this] { saveSettings(); });

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setMargin(24);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_summary->setWordWrap(true);

    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_summary);
    setFocusProxy(m_table);
    update();
}

void SectorsView::setModel(SectorSummaryModel *sectors)
{
    if (m_sectors)
        disconnect(m_sectors, nullptr, this, nullptr);
    m_sectors = sectors;
    m_proxy->setSourceModel(sectors);
    if (sectors)
        connect(sectors, &QAbstractItemModel::modelReset, this, &SectorsView::update);
    if (sectors && !m_restored) {
        m_restored = true;
        restoreSettings();
    }
    update();
}

bool SectorsView::isTableShown() const
{
    return m_stack->currentWidget() == m_table;
}

QString SectorsView::emptyText() const
{
    return m_empty->text();
}

QString SectorsView::summaryText() const
{
    return m_summary->text();
}

void SectorsView::update()
{
    const bool sectors = m_sectors && m_sectors->hasSectors();
    m_stack->setCurrentWidget(sectors ? static_cast<QWidget *>(m_table) : m_empty);
    if (!m_sectors || m_sectors->quoteCount() == 0) {
        m_empty->setText(tr("No quotes in this snapshot, so no sectors to show."));
    } else if (!sectors) {
        m_empty->setText(tr("This snapshot names no sectors: a news page's ticker gives a symbol's price and "
                            "change only.\nOpen a PSX market-watch page or a historical-session page to see "
                            "the whole board by sector."));
    }
    m_summary->setVisible(sectors);
    if (!sectors)
        return;
    int up = 0, down = 0, flat = 0;
    for (const SectorSummary &s : m_sectors->sectors()) {
        up += s.advancers;
        down += s.decliners;
        flat += s.unchanged;
    }
    m_summary->setText(tr("%1 sectors, %2 symbols: %3 advancers, %4 decliners, %5 unchanged. "
                          "Double-click a sector to see its symbols.")
                           .arg(m_sectors->rowCount()).arg(m_sectors->quoteCount()).arg(up).arg(down).arg(flat));
}

void SectorsView::restoreSettings()
{
    const QScopedValueRollback<bool> restoring(m_restoring, true);
    QHeaderView *header = m_table->horizontalHeader();
    const QFontMetrics fm = m_table->fontMetrics();
    header->setMinimumSectionSize(fm.horizontalAdvance(QStringLiteral("Symbols")) + 24);
    header->setDefaultSectionSize(fm.horizontalAdvance(QStringLiteral("Median % Change")) + 28);
    header->setStretchLastSection(false);
    for (int c = 0; c < C::ColumnCount; ++c)
        header->resizeSection(c, header->defaultSectionSize());
    header->setSectionResizeMode(C::SectorColumn, QHeaderView::Stretch);  // the names take the slack
    header->setSortIndicator(C::VolumeColumn, Qt::DescendingOrder);      // the busiest sectors first
    const QByteArray saved = settings::sectorsHeader.value();
    if (!saved.isEmpty())
        header->restoreState(saved);
    m_table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
}

void SectorsView::saveSettings() const
{
    if (m_restoring || !m_restored)
        return;
    settings::sectorsHeader.set(m_table->horizontalHeader()->saveState());
}

} // namespace md::ui
