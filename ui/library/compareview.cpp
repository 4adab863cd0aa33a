// CompareView: snapshot choosers, kind and name filters, the comparison table and its summary line.
#include "ui/library/compareview.h"

#include "core/library/library.h"
#include "core/library/snapshotcomparison.h"
#include "core/models/comparisonmodel.h"
#include "core/models/comparisonproxymodel.h"
#include "core/models/librarylistmodel.h"
#include "core/wording.h"
#include "ui/directiondelegate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

namespace md::ui {

CompareView::CompareView(const Library *library, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
{
    m_before = new QComboBox;
    m_after = new QComboBox;
    for (QComboBox *box : {m_before, m_after}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(28);
    }
    m_before->setAccessibleName(tr("Earlier snapshot"));
    m_after->setAccessibleName(tr("Later snapshot"));
    m_kinds = new QComboBox;
    m_kinds->addItem(tr("Indices and stocks"), int(ComparisonProxyModel::Kinds::All));
    m_kinds->addItem(tr("Indices"), int(ComparisonProxyModel::Kinds::Indices));
    m_kinds->addItem(tr("Stocks"), int(ComparisonProxyModel::Kinds::Symbols));
    m_filter = new QLineEdit;
    m_filter->setPlaceholderText(tr("Filter by name"));
    m_filter->setClearButtonEnabled(true);
    m_export = new QPushButton(tr("Export CSV…"));

    m_model = new ComparisonModel(this);
    m_proxy = new ComparisonProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_table = new QTableView;
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);  // the comparison's own order until a header is clicked
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->setShowGrid(false);
    // Market colours on the changes, names bold: it reads like the movers table.
    auto *delegate = new DirectionDelegate(m_table);
    delegate->setColouredColumns({ComparisonModel::ChangeColumn, ComparisonModel::ChangePercentColumn});
    delegate->setBoldColumns({ComparisonModel::NameColumn});
    m_table->setItemDelegate(delegate);
    // The name takes the slack; the kind and the numbers keep their own widths (set on each comparison, since the
    // two-line headers name the snapshots), so the figures stand together as in the movers table.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(ComparisonModel::NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_summary = new QLabel;

    auto *choosers = new QHBoxLayout;
    choosers->addWidget(new QLabel(tr("Compare")));
    choosers->addWidget(m_before, 1);
    choosers->addWidget(new QLabel(tr("with")));
    choosers->addWidget(m_after, 1);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_kinds);
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choosers);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);

    connect(m_before, &QComboBox::currentIndexChanged, this, &CompareView::compareChosen);
    connect(m_after, &QComboBox::currentIndexChanged, this, &CompareView::compareChosen);
    connect(m_kinds, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setKinds(ComparisonProxyModel::Kinds(m_kinds->currentData().toInt()));
    });
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &ComparisonProxyModel::setNameFilter);
    connect(m_export, &QPushButton::clicked, this, &CompareView::exportRequested);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QModelIndex source = m_proxy->mapToSource(index);
        const ComparisonRow &row = m_model->rows().at(source.row());
        emit historyRequested(row.name, row.kind == ComparisonRow::Kind::Index ? SeriesKind::Index : SeriesKind::Symbol);
    });
    reload();
}

void CompareView::reload()
{
    if (!m_library) {
        updateSummary();
        return;
    }
    const SnapshotId before = beforeId();
    const SnapshotId after = afterId();
    const QVector<LibraryEntry> entries = m_library->listSnapshots();
    {
        const QSignalBlocker blockBefore(m_before);
        const QSignalBlocker blockAfter(m_after);
        m_before->clear();
        m_after->clear();
        // Never two identical labels: a story saved twice differs by its format, file or number.
        const QStringList labels = snapshotPickerLabels(entries);
        for (int i = 0; i < entries.size(); ++i) {
            m_before->addItem(labels[i], entries[i].id);
            m_after->addItem(labels[i], entries[i].id);
            m_before->setItemData(i, entries[i].source, Qt::ToolTipRole);
            m_after->setItemData(i, entries[i].source, Qt::ToolTipRole);
        }
        // By default the newest snapshot against the one before it.
        const int beforeAt = m_before->findData(before);
        const int afterAt = m_after->findData(after);
        m_before->setCurrentIndex(beforeAt >= 0 ? beforeAt : std::min(1, int(entries.size()) - 1));
        m_after->setCurrentIndex(afterAt >= 0 ? afterAt : (entries.isEmpty() ? -1 : 0));
    }
    compareChosen();
}

void CompareView::compare(SnapshotId first, SnapshotId second)
{
    if (m_before->findData(first) < 0 || m_after->findData(second) < 0)
        reload();
    const QSignalBlocker blockBefore(m_before);
    const QSignalBlocker blockAfter(m_after);
    m_before->setCurrentIndex(m_before->findData(first));
    m_after->setCurrentIndex(m_after->findData(second));
    compareChosen();
}

void CompareView::compareChosen()
{
    if (!m_library)
        return;
    const SnapshotId firstId = beforeId();
    const SnapshotId secondId = afterId();
    const std::optional<LibraryEntry> first = m_library->entry(firstId);
    const std::optional<LibraryEntry> second = m_library->entry(secondId);
    const std::optional<Snapshot> a = first ? m_library->loadSnapshot(firstId) : std::nullopt;
    const std::optional<Snapshot> b = second ? m_library->loadSnapshot(secondId) : std::nullopt;
    if (!a || !b) {
        m_model->setComparison({}, QString(), QString());
        updateSummary();
        return;
    }
    // The earlier snapshot goes first whichever way round they were chosen.
    if (isEarlier(*second, *first)) {
        const QSignalBlocker blockBefore(m_before);
        const QSignalBlocker blockAfter(m_after);
        m_before->setCurrentIndex(m_before->findData(secondId));
        m_after->setCurrentIndex(m_after->findData(firstId));
        const auto [earlier, later] = comparisonLabels(*second, *first);
        setSnapshots(*b, earlier, *a, later);
        return;
    }
    const auto [earlier, later] = comparisonLabels(*first, *second);
    setSnapshots(*a, earlier, *b, later);
}

void CompareView::setSnapshots(const Snapshot &before, const QString &beforeLabel, const Snapshot &after,
                               const QString &afterLabel)
{
    m_model->setComparison(compareSnapshots(before, after), beforeLabel, afterLabel);
    // Each column but the name as wide as its header and its widest figure (of the first thousand rows, Qt's
    // default measure), with a little room either side.
    const int room = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    for (int column = 0; column < ComparisonModel::ColumnCount; ++column) {
        if (column == ComparisonModel::NameColumn)
            continue;
        m_table->resizeColumnToContents(column);
        m_table->setColumnWidth(column, m_table->columnWidth(column) + room);
    }
    updateSummary();
}

SnapshotId CompareView::beforeId() const
{
    return m_before->currentData().toLongLong();
}

SnapshotId CompareView::afterId() const
{
    return m_after->currentData().toLongLong();
}

QString CompareView::summaryText() const
{
    return m_summary->text();
}

void CompareView::updateSummary()
{
    const QVector<ComparisonRow> &rows = m_model->rows();
    m_export->setEnabled(!rows.isEmpty());
    if (rows.isEmpty()) {
        m_summary->setText(m_library && m_before->count() < 2 ? tr("The library needs two snapshots to compare.")
                                                              : tr("Nothing to compare."));
        return;
    }
    int up = 0, down = 0, same = 0, onlyOne = 0;
    for (const ComparisonRow &row : rows) {
        const std::optional<double> change = row.change();
        if (!change)
            ++onlyOne;
        else if (*change > 0)
            ++up;
        else if (*change < 0)
            ++down;
        else
            ++same;
    }
    QString text = tr("%1 up, %2 down, %3 unchanged").arg(up).arg(down).arg(same);
    if (onlyOne > 0)
        text += tr("; %1 in one snapshot only").arg(countOf(onlyOne, "row", "rows"));
    m_summary->setText(text + QLatin1Char('.'));
}

} // namespace md::ui
