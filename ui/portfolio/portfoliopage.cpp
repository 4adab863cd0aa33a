// PortfolioPage: buttons and summary on top; holdings beside the allocation; the value chart beside the
// transactions. Every change goes through PortfolioStore and an undo command.
#include "ui/portfolio/portfoliopage.h"

#include "core/library/dailybarchart.h"
#include "core/library/library.h"
#include "core/models/displayformat.h"
#include "core/models/holdingsmodel.h"
#include "core/models/holdingsproxymodel.h"
#include "core/models/modelroles.h"
#include "core/models/sectorallocationmodel.h"
#include "core/models/transactionsmodel.h"
#include "core/portfolio/transactioncsv.h"
#include "core/settings/settings.h"
#include "core/wording.h"
#include "ui/directiondelegate.h"
#include "ui/library/historychartview.h"
#include "ui/library/rangepresetbar.h"
#include "ui/portfolio/transactiondialog.h"
#include "ui/theme.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace md::ui {
namespace {

// The market colours of DirectionDelegate, and the totals row in bold.
class HoldingsDelegate : public DirectionDelegate
{
public:
    using DirectionDelegate::DirectionDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        DirectionDelegate::initStyleOption(option, index);
        if (index.data(TotalsRowRole).toBool())
            option->font.setBold(true);
    }
};

void setUpTable(QTableView *table, const QString &name)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->horizontalHeader()->setHighlightSections(false);
    table->setAccessibleName(name);
}

QColor valueLineColor()
{
    return QColor(0x1f, 0x6f, 0xb4);
}

QColor indexLineColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xe0, 0x9a, 0x3e) : QColor(0xc2, 0x6a, 0x00);
}

} // namespace

// One change to the store, done at once when made (the first redo does nothing) and undone or redone later
// by the functions given. A step the store refuses later (a delete undone whose day a later sell needs the
// shares of…) is shown and dropped from the stack.
class PortfolioPage::StoreCommand : public QUndoCommand
{
public:
    using Step = std::function<TransactionChange()>;
    StoreCommand(PortfolioPage *page, const QString &text, Step redo, Step undo)
        : QUndoCommand(text)
        , m_page(page)
        , m_redo(std::move(redo))
        , m_undo(std::move(undo))
    {
    }

    void redo() override
    {
        if (m_first) {
            m_first = false;
            return;
        }
        run(m_redo);
    }
    void undo() override { run(m_undo); }

private:
    void run(const Step &step)
    {
        const TransactionChange change = step();
        if (!change.ok()) {
            m_page->showFeedback(change.error, true);
            setObsolete(true);
        }
        m_page->reload();
    }

    PortfolioPage *m_page;
    Step m_redo;
    Step m_undo;
    bool m_first = true;
};

PortfolioPage::PortfolioPage(Library *library, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
    , m_store(*library)
    , m_portfolioBox(new QComboBox)
    , m_summary(new QLabel)
    , m_feedback(new QLabel)
    , m_editButton(new QPushButton(tr("&Edit\u2026")))
    , m_deleteButton(new QPushButton(tr("&Delete")))
    , m_undo(new QUndoStack(this))
    , m_splitter(new QSplitter(Qt::Vertical))
    , m_holdings(new QTableView)
    , m_allocation(new QTableView)
    , m_transactions(new QTableView)
    , m_chart(new HistoryChartView)
    , m_presets(new RangePresetBar(m_chart))
    , m_legend(new QLabel)
    , m_valueButton(new QToolButton)
    , m_returnButton(new QToolButton)
    , m_holdingsModel(new HoldingsModel(this))
    , m_holdingsProxy(new HoldingsProxyModel(this))
    , m_allocationModel(new SectorAllocationModel(this))
    , m_transactionsModel(new TransactionsModel(this))
{
    setObjectName(QStringLiteral("portfolioPage"));
    m_portfolio = defaultPortfolioName();

    // Buttons and the summary.
    m_portfolioBox->setAccessibleName(tr("Portfolio"));
    m_portfolioBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *addButton = new QPushButton(tr("&Add\u2026"));
    addButton->setToolTip(tr("Add a buy, sell, dividend, bonus, right, split, deposit, withdrawal or fee"));
    auto *undoButton = new QPushButton(tr("&Undo"));
    auto *redoButton = new QPushButton(tr("&Redo"));
    auto *importButton = new QPushButton(tr("&Import\u2026"));
    importButton->setToolTip(tr("Import transactions from CSV: MarketDesk's (docs/portfolio.md) or Portfolio "
                                "Performance's export; all or nothing"));
    auto *exportButton = new QPushButton(tr("E&xport\u2026"));
    exportButton->setToolTip(tr("Save this portfolio's transactions as CSV, as --transactions export does"));
    connect(addButton, &QPushButton::clicked, this, &PortfolioPage::addInteractively);
    connect(m_editButton, &QPushButton::clicked, this, &PortfolioPage::editSelected);
    connect(m_deleteButton, &QPushButton::clicked, this, &PortfolioPage::deleteSelected);
    connect(undoButton, &QPushButton::clicked, m_undo, &QUndoStack::undo);
    connect(redoButton, &QPushButton::clicked, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::canUndoChanged, undoButton, &QPushButton::setEnabled);
    connect(m_undo, &QUndoStack::canRedoChanged, redoButton, &QPushButton::setEnabled);
    connect(m_undo, &QUndoStack::undoTextChanged, undoButton, [undoButton](const QString &text) {
        undoButton->setToolTip(text.isEmpty() ? QString() : tr("Undo %1").arg(text));
    });
    undoButton->setEnabled(false);
    redoButton->setEnabled(false);
    connect(importButton, &QPushButton::clicked, this, &PortfolioPage::importInteractively);
    connect(exportButton, &QPushButton::clicked, this, &PortfolioPage::exportInteractively);
    connect(m_portfolioBox, &QComboBox::currentTextChanged, this, [this](const QString &name) {
        if (!name.isEmpty() && name != m_portfolio)
            setPortfolio(name);
    });
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_feedback->setTextFormat(Qt::PlainText);
    m_feedback->setWordWrap(true);
    m_feedback->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_feedback->hide();

    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Portfolio:")));
    controls->addWidget(m_portfolioBox);
    controls->addSpacing(12);
    for (QPushButton *button : {addButton, m_editButton, m_deleteButton, undoButton, redoButton, importButton, exportButton})
        controls->addWidget(button);
    controls->addStretch(1);

    // Holdings, sortable with the totals row last; allocation beside them.
    m_holdingsProxy->setSourceModel(m_holdingsModel);
    m_holdings->setModel(m_holdingsProxy);
    setUpTable(m_holdings, tr("Holdings"));
    m_holdings->setSortingEnabled(true);
    m_holdings->sortByColumn(HoldingsModel::ValueColumn, Qt::DescendingOrder);
    auto *holdingsDelegate = new HoldingsDelegate(m_holdings);
    holdingsDelegate->setColouredColumns({HoldingsModel::MoveColumn, HoldingsModel::MovePercentColumn,
                                          HoldingsModel::UnrealizedColumn, HoldingsModel::UnrealizedPercentColumn,
                                          HoldingsModel::RealizedColumn});
    holdingsDelegate->setBoldColumns({HoldingsModel::SymbolColumn});
    m_holdings->setItemDelegate(holdingsDelegate);
    m_holdings->setToolTip(tr("Double-click a position to see its candles"));
    m_holdings->horizontalHeader()->setSectionResizeMode(HoldingsModel::SectorColumn, QHeaderView::Stretch);
    connect(m_holdings, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString symbol = m_holdingsModel->symbolAt(m_holdingsProxy->mapToSource(index).row());
        if (!symbol.isEmpty())
            emit symbolRequested(symbol);
    });
    m_allocation->setModel(m_allocationModel);
    setUpTable(m_allocation, tr("Allocation by sector"));
    m_allocation->horizontalHeader()->setStretchLastSection(true);

    // The value chart beside the transactions.
    m_valueLine = m_chart->addLine(tr("Portfolio"), valueLineColor());
    m_indexLine = m_chart->addLine(tr("KSE-100 rebased"), indexLineColor(palette()), 1.5);
    m_chart->setAccessibleName(tr("Portfolio value and the KSE-100 rebased to it"));
    m_legend->setTextFormat(Qt::RichText);
    auto *chartPanel = new QWidget;
    auto *chartHead = new QHBoxLayout;
    chartHead->setContentsMargins(0, 0, 0, 0);
    chartHead->addWidget(m_presets);
    // Value or returns: what a buy adds is not a gain, so the lines' heights compare only as returns.
    auto *modes = new QButtonGroup(this);
    m_valueButton->setText(tr("Value"));
    m_valueButton->setToolTip(tr("The shares' value beside the KSE-100 rebased to it"));
    m_returnButton->setText(tr("Return %"));
    m_returnButton->setToolTip(tr("The portfolio's time-weighted return beside the KSE-100's change, in % since "
                                  "the first day shown"));
    for (QToolButton *button : {m_valueButton, m_returnButton}) {
        button->setCheckable(true);
        button->setAutoRaise(true);
        modes->addButton(button);
    }
    (settings::portfolioChartReturns.value() ? m_returnButton : m_valueButton)->setChecked(true);
    connect(modes, &QButtonGroup::buttonClicked, this, [this](QAbstractButton *button) {
        setShowsReturns(button == m_returnButton);
    });
    chartHead->addSpacing(fontMetrics().averageCharWidth() * 2);
    chartHead->addWidget(m_valueButton);
    chartHead->addWidget(m_returnButton);
    chartHead->addStretch(1);
    chartHead->addWidget(m_legend);
    auto *chartLayout = new QVBoxLayout(chartPanel);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addLayout(chartHead);
    chartLayout->addWidget(m_chart, 1);

    m_transactions->setModel(m_transactionsModel);
    setUpTable(m_transactions, tr("Transactions"));
    m_transactions->horizontalHeader()->setStretchLastSection(true);
    connect(m_transactions, &QTableView::activated, this, &PortfolioPage::editSelected);
    connect(m_transactions->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PortfolioPage::updateActions);

    // Holdings across the top (their columns need the width); below, the chart beside the allocation over the
    // transactions.
    auto *tables = new QSplitter(Qt::Vertical);
    tables->addWidget(m_allocation);
    tables->addWidget(m_transactions);
    tables->setStretchFactor(0, 2);
    tables->setStretchFactor(1, 3);
    tables->setSizes({200, 300});
    auto *bottom = new QSplitter(Qt::Horizontal);
    bottom->addWidget(chartPanel);
    bottom->addWidget(tables);
    bottom->setStretchFactor(0, 1);
    bottom->setStretchFactor(1, 1);
    m_splitter->addWidget(m_holdings);
    m_splitter->addWidget(bottom);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({300, 450});
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_summary);
    layout->addWidget(m_feedback);
    layout->addWidget(m_splitter, 1);
    updateActions();
}

PortfolioPage::~PortfolioPage() = default;

QString PortfolioPage::portfolio() const
{
    return m_portfolio;
}

void PortfolioPage::setPortfolio(const QString &name)
{
    m_portfolio = name.trimmed().isEmpty() ? defaultPortfolioName() : name.trimmed();
    m_undo->clear();  // the commands are the other portfolio's
    m_ids.clear();
    reload();
}

void PortfolioPage::reload()
{
    QStringList names = m_store.portfolioNames();
    if (!names.contains(m_portfolio, Qt::CaseInsensitive))
        names.prepend(m_portfolio);
    {
        const QSignalBlocker block(m_portfolioBox);
        m_portfolioBox->clear();
        m_portfolioBox->addItems(names);
        m_portfolioBox->setCurrentText(m_portfolio);
    }
    const qint64 selected = selectedTransactionId();
    m_overview = readPortfolioOverview(*m_library, m_portfolio, todayOnExchangeClock());
    m_stale = false;
    if (!m_overview.error.isEmpty())
        showFeedback(tr("The library could not be read: %1").arg(m_overview.error), true);
    showOverview();
    const int row = m_transactionsModel->rowOf(selected);
    if (row >= 0)
        m_transactions->selectRow(row);
    updateActions();
}

void PortfolioPage::pricesChanged()
{
    if (isVisible())
        reload();
    else
        m_stale = true;
}

void PortfolioPage::showOverview()
{
    m_holdingsModel->setOverview(m_overview);
    m_allocationModel->setAllocation(m_overview.allocation);
    m_transactionsModel->setTransactions(m_overview.transactions);
    // Columns as wide as their text; the sector takes the table's slack, and its long name elides where there
    // is none (its whole name is in the allocation).
    m_holdings->resizeColumnsToContents();
    m_allocation->resizeColumnsToContents();
    m_allocation->setColumnWidth(SectorAllocationModel::SectorColumn,
                                 std::min(m_allocation->columnWidth(SectorAllocationModel::SectorColumn), fontMetrics().averageCharWidth() * 22));
    m_transactions->resizeColumnsToContents();
    const Holdings &h = m_overview.holdings;
    const QLocale locale;
    if (m_overview.transactions.isEmpty()) {
        m_summary->setText(tr("No transactions yet: add one, or import a CSV file"));
    } else {
        QString text = tr("Value %1 \u00B7 Unrealized %2 (%3) \u00B7 Realized %4 \u00B7 Dividends %5")
                           .arg(locale.toString(h.value, 'f', 2), formatChange(h.unrealized, 2, locale),
                                formatPercent(h.unrealizedPercent, locale), formatChange(h.realized, 2, locale),
                                locale.toString(h.dividends, 'f', 2));
        if (!m_overview.performance.series.isEmpty())
            text += tr(" \u00B7 TTWROR %1").arg(formatPercent(m_overview.performance.ttwror * 100.0, locale));
        m_summary->setText(text);
    }
    showChart();
}

bool PortfolioPage::showsReturns() const
{
    return m_returnButton->isChecked();
}

void PortfolioPage::setShowsReturns(bool returns)
{
    (returns ? m_returnButton : m_valueButton)->setChecked(true);
    settings::portfolioChartReturns.set(returns);
    showChart();
}

void PortfolioPage::showChart()
{
    const bool returns = showsReturns();
    const Performance &performance = m_overview.performance;
    QVector<QPointF> value;
    QVector<QPointF> index;
    for (const PerformancePoint &p : performance.series) {
        const double x = double(sessionCloseMsecs(p.date));
        value.append(QPointF(x, returns ? p.cumulativeReturn * 100.0 : p.value));
        if (returns && p.indexChange)
            index.append(QPointF(x, *p.indexChange * 100.0));
        else if (!returns && p.indexRebased)
            index.append(QPointF(x, *p.indexRebased));
    }
    m_chart->setIncludeZero(returns);
    m_chart->setValueSuffix(returns ? QStringLiteral("%") : QString());
    m_chart->setAccessibleName(returns ? tr("Portfolio return and the KSE-100's change, in %")
                                       : tr("Portfolio value and the KSE-100 rebased to it"));
    m_chart->setEmptyText(m_overview.transactions.isEmpty()
                              ? tr("The portfolio's value, beside the KSE-100, is drawn here once it holds a transaction.")
                              : tr("No closing prices in the library for these holdings yet: open or import the "
                                   "market's pages for the days since the first purchase."));
    m_chart->setLinePoints(m_valueLine, value);
    m_chart->setLinePoints(m_indexLine, index);
    m_indexLine->setVisible(!index.isEmpty());
    m_presets->reapply();
    const auto swatch = [](const QColor &color, const QString &name) {
        return QStringLiteral("<span style=\"color:%1\">\u2501\u2501</span>&nbsp;%2").arg(color.name(), name.toHtmlEscaped());
    };
    QString legend = swatch(valueLineColor(), tr("Portfolio"));
    if (returns && !value.isEmpty())
        legend += QStringLiteral(" (%1)").arg(formatPercent(performance.ttwror * 100.0, QLocale()));
    if (!index.isEmpty()) {
        legend += QStringLiteral("&nbsp;&nbsp;") + swatch(indexLineColor(palette()), returns ? tr("KSE-100") : tr("KSE-100 rebased"));
        if (performance.indexReturn) {
            legend += QStringLiteral(" (%1)").arg(formatPercent(*performance.indexReturn * 100.0, QLocale()));
        }
    } else if (!value.isEmpty()) {
        legend += QStringLiteral("&nbsp;&nbsp;") + tr("(no KSE-100 levels in the library for these days)").toHtmlEscaped();
    }
    m_legend->setText(legend);
}

QString PortfolioPage::feedbackText() const
{
    return m_feedback->isVisible() || !m_feedback->isHidden() ? m_feedback->text() : QString();
}

void PortfolioPage::showFeedback(const QString &text, bool problem)
{
    m_feedback->setText(problem ? QStringLiteral("\u26A0 ") + text : text);
    QPalette pal = m_feedback->palette();
    pal.setColor(QPalette::WindowText, problem ? downColor(palette()) : palette().color(QPalette::WindowText));
    m_feedback->setPalette(pal);
    m_feedback->setVisible(!text.isEmpty());
}

void PortfolioPage::updateActions()
{
    const bool selected = selectedTransactionId() != 0;
    m_editButton->setEnabled(selected);
    m_deleteButton->setEnabled(selected);
}

qint64 PortfolioPage::selectedTransactionId() const
{
    const QModelIndexList rows = m_transactions->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(TransactionsModel::TransactionIdRole).toLongLong();
}

std::shared_ptr<qint64> PortfolioPage::idRef(qint64 id)
{
    std::shared_ptr<qint64> &ref = m_ids[id];
    if (!ref)
        ref = std::make_shared<qint64>(id);
    return ref;
}

void PortfolioPage::renumber(const std::shared_ptr<qint64> &ref, qint64 newId)
{
    m_ids.remove(*ref);
    *ref = newId;
    m_ids.insert(newId, ref);
}

bool PortfolioPage::addTransaction(const Transaction &input)
{
    Transaction t = input;
    t.portfolio = m_portfolio;
    const TransactionChange added = m_store.add(t, todayOnExchangeClock());
    if (!added.ok()) {
        showFeedback(added.error, true);
        return false;
    }
    const std::shared_ptr<qint64> ref = idRef(added.id);
    const QDate today = todayOnExchangeClock();
    auto *command = new StoreCommand(
        this, tr("add %1 %2").arg(transactionTypeName(t.type), t.symbol),
        [this, t, ref, today] {
            const TransactionChange again = m_store.add(t, today);
            if (again.ok())
                renumber(ref, again.id);
            return again;
        },
        [this, ref] { return m_store.remove(*ref); });
    showFeedback(tr("Added: %1 %2 on %3.").arg(transactionTypeName(t.type), t.symbol, t.date.toString(Qt::ISODate)), false);
    m_undo->push(command);
    reload();
    const int row = m_transactionsModel->rowOf(added.id);
    if (row >= 0)
        m_transactions->selectRow(row);
    return true;
}

bool PortfolioPage::editTransaction(const Transaction &input)
{
    const int row = m_transactionsModel->rowOf(input.id);
    if (row < 0) {
        showFeedback(tr("there is no transaction %1 in portfolio %2").arg(input.id).arg(m_portfolio), true);
        return false;
    }
    const Transaction before = m_transactionsModel->transactions()[row];
    Transaction after = input;
    after.portfolio = before.portfolio;
    const QDate today = todayOnExchangeClock();
    const TransactionChange changed = m_store.replace(after, today);
    if (!changed.ok()) {
        showFeedback(changed.error, true);
        return false;
    }
    const std::shared_ptr<qint64> ref = idRef(before.id);
    const auto replaceWith = [this, ref, today](Transaction t) {
        t.id = *ref;
        return m_store.replace(t, today);
    };
    m_undo->push(new StoreCommand(this, tr("edit %1 %2").arg(transactionTypeName(before.type), before.symbol),
                                  [replaceWith, after] { return replaceWith(after); },
                                  [replaceWith, before] { return replaceWith(before); }));
    showFeedback(tr("Changed: %1 %2 on %3.").arg(transactionTypeName(after.type), after.symbol, after.date.toString(Qt::ISODate)), false);
    reload();
    return true;
}

bool PortfolioPage::deleteTransaction(qint64 id)
{
    const int row = m_transactionsModel->rowOf(id);
    if (row < 0) {
        showFeedback(tr("there is no transaction %1 in portfolio %2").arg(id).arg(m_portfolio), true);
        return false;
    }
    const Transaction gone = m_transactionsModel->transactions()[row];
    const TransactionChange removed = m_store.remove(id);
    if (!removed.ok()) {
        showFeedback(removed.error, true);
        return false;
    }
    const std::shared_ptr<qint64> ref = idRef(id);
    const QDate today = todayOnExchangeClock();
    m_undo->push(new StoreCommand(
        this, tr("delete %1 %2").arg(transactionTypeName(gone.type), gone.symbol),
        [this, ref] { return m_store.remove(*ref); },
        [this, ref, gone, today] {
            const TransactionChange again = m_store.add(gone, today);
            if (again.ok())
                renumber(ref, again.id);
            return again;
        }));
    showFeedback(tr("Deleted: %1 %2 on %3.").arg(transactionTypeName(gone.type), gone.symbol, gone.date.toString(Qt::ISODate)), false);
    reload();
    return true;
}

bool PortfolioPage::importFile(const QString &path)
{
    const TransactionChange change = m_store.importCsvFile(path, m_portfolio, todayOnExchangeClock());
    if (!change.ok()) {
        showFeedback(change.error, true);
        return false;
    }
    showFeedback(tr("Imported %1 into portfolio %2.").arg(countOf(change.count, "transaction", "transactions"), m_portfolio), false);
    reload();
    return true;
}

bool PortfolioPage::exportFile(const QString &path)
{
    const CsvSaveResult saved = saveTransactionsCsv(m_overview.transactions, path);
    if (!saved.ok()) {
        showFeedback(saved.error, true);
        return false;
    }
    showFeedback(tr("Exported %1 to %2.").arg(countOf(m_overview.transactions.size(), "transaction", "transactions"),
                                              QDir::toNativeSeparators(path)), false);
    return true;
}

void PortfolioPage::addInteractively()
{
    Transaction t;
    t.date = todayOnExchangeClock();
    const QModelIndexList rows = m_holdings->selectionModel()->selectedRows();
    if (!rows.isEmpty())  // a buy or sell of the position selected
        t.symbol = m_holdingsModel->symbolAt(m_holdingsProxy->mapToSource(rows.first()).row());
    TransactionDialog dialog(t, this);
    while (dialog.exec() == QDialog::Accepted) {
        if (addTransaction(dialog.transaction()))
            return;
    }
}

void PortfolioPage::editSelected()
{
    const int row = m_transactionsModel->rowOf(selectedTransactionId());
    if (row < 0)
        return;
    TransactionDialog dialog(m_transactionsModel->transactions()[row], this);
    while (dialog.exec() == QDialog::Accepted) {
        if (editTransaction(dialog.transaction()))
            return;
    }
}

void PortfolioPage::deleteSelected()
{
    if (const qint64 id = selectedTransactionId())
        deleteTransaction(id);
}

void PortfolioPage::importInteractively()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Transactions"), QString(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void PortfolioPage::exportInteractively()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Transactions"),
                                                      m_portfolio + QStringLiteral(".csv"), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportFile(path);
}

void PortfolioPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void PortfolioPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && m_indexLine) {
        QPen pen = m_indexLine->pen();
        pen.setColor(indexLineColor(palette()));
        m_indexLine->setPen(pen);
        showChart();
    }
    QWidget::changeEvent(event);
}

} // namespace md::ui
