// AlertsPage: rules on the left (a line to write one, the list, Remove), what fired on the right.
#include "ui/alerts/alertspage.h"

#include "core/alerts/alertstore.h"
#include "core/library/library.h"
#include "core/models/alerthistorymodel.h"
#include "core/models/alertrulesmodel.h"
#include "core/session/alertmonitor.h"
#include "core/session/snapshotsession.h"
#include "core/wording.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QResizeEvent>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace md::ui {

AlertsPage::AlertsPage(SnapshotSession *session, QWidget *parent)
    : QWidget(parent)
    , m_library(session->library())
    , m_ruleEdit(new QLineEdit)
    , m_addButton(new QPushButton(tr("Add Rule")))
    , m_feedback(new QLabel)
    , m_rules(new QListView)
    , m_removeButton(new QPushButton(tr("Remove Rule")))
    , m_history(new QTableView)
    , m_historyStatus(new QLabel)
    , m_rulesModel(new AlertRulesModel(this))
    , m_historyModel(new AlertHistoryModel(this))
    , m_historyProxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("alertsPage"));
    m_ruleEdit->setPlaceholderText(tr("LUCK above 1000 \u00B7 OGDC move 3% \u00B7 news PSO \u00B7 keyword \"policy rate\" "
                                      "\u00B7 portfolio Default below 100000 \u00B7 LUCK position down 10%"));
    m_ruleEdit->setAccessibleName(tr("New alert rule"));
    m_ruleEdit->setClearButtonEnabled(true);
    m_ruleEdit->setToolTip(tr("NAME above|below LEVEL, NAME move PERCENT%, NAME volume COUNT, news NAME, "
                              "keyword \"PHRASE\", portfolio NAME above|below VALUE, portfolio NAME move PERCENT%, "
                              "SYMBOL position value above|below VALUE [in NAME], "
                              "SYMBOL position up|down PERCENT% [in NAME] (see docs/alerts.md)"));
    m_feedback->setWordWrap(true);
    m_feedback->setTextFormat(Qt::PlainText);
    m_feedback->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_feedback->hide();

    m_rules->setModel(m_rulesModel);
    m_rules->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rules->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rules->setAccessibleName(tr("Alert rules"));
    m_rules->setSpacing(2);

    m_historyProxy->setSourceModel(m_historyModel);
    m_historyProxy->setSortRole(RawValueRole);
    m_history->setModel(m_historyProxy);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->setSelectionMode(QAbstractItemView::SingleSelection);
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setSortingEnabled(true);
    m_history->sortByColumn(AlertHistoryModel::FiredColumn, Qt::DescendingOrder);
    m_history->setAlternatingRowColors(true);
    m_history->setWordWrap(false);
    m_history->verticalHeader()->hide();
    m_history->verticalHeader()->setDefaultSectionSize(m_history->fontMetrics().height() + 8);
    m_history->setAccessibleName(tr("What the alerts fired"));
    // Columns as wide as their text (fitHistoryColumns()); a long alert elides, its tooltip whole.
    QHeaderView *header = m_history->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    m_history->setTextElideMode(Qt::ElideMiddle);
    m_history->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_history->viewport()->installEventFilter(this);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_historyStatus->setTextFormat(Qt::PlainText);

    auto *rulesTitle = new QLabel(tr("<b>Rules</b>"));
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_ruleEdit, 1);
    addRow->addWidget(m_addButton);
    auto *rulesPane = new QWidget;
    auto *rulesLayout = new QVBoxLayout(rulesPane);
    rulesLayout->addWidget(rulesTitle);
    rulesLayout->addLayout(addRow);
    rulesLayout->addWidget(m_feedback);
    rulesLayout->addWidget(m_rules, 1);
    rulesLayout->addWidget(m_removeButton, 0, Qt::AlignLeft);

    auto *historyTitle = new QLabel(tr("<b>What fired</b> \u2014 double-click a row to open its snapshot"));
    auto *historyPane = new QWidget;
    auto *historyLayout = new QVBoxLayout(historyPane);
    historyLayout->addWidget(historyTitle);
    historyLayout->addWidget(m_history, 1);
    historyLayout->addWidget(m_historyStatus);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(rulesPane);
    splitter->addWidget(historyPane);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({260, 1020});  // rules are short; what fired is the wide table
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);

    connect(m_addButton, &QPushButton::clicked, this, [this] { addRule(); });
    connect(m_ruleEdit, &QLineEdit::returnPressed, this, [this] { addRule(); });
    connect(m_ruleEdit, &QLineEdit::textEdited, this, [this] { m_feedback->hide(); });
    connect(m_removeButton, &QPushButton::clicked, this, &AlertsPage::removeSelectedRule);
    connect(m_rules->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AlertsPage::updateActions);
    connect(m_history, &QTableView::activated, this, [this](const QModelIndex &index) {
        const SnapshotId id = index.data(AlertHistoryModel::SnapshotIdRole).toLongLong();
        if (id > 0)
            emit openRequested(id);
    });
    if (AlertMonitor *monitor = session->alertMonitor())
        connect(monitor, &AlertMonitor::historyChanged, this, &AlertsPage::reload);
    reload();
}

bool AlertsPage::addRule(const QString &text)
{
    const QString written = (text.isEmpty() ? m_ruleEdit->text() : text).trimmed();
    if (written.isEmpty() || !m_library)
        return false;
    const AddRuleResult added = AlertStore(*m_library).addRule(written);
    if (!added.ok()) {
        showFeedback(added.error, true);  // the parser's message; nothing is added
        return false;
    }
    m_ruleEdit->clear();
    reload();
    const int row = m_rulesModel->rowOf(added.rule->id);
    m_rules->setCurrentIndex(m_rulesModel->index(row));
    showFeedback(added.alreadyThere ? tr("Already a rule: %1").arg(added.rule->text())
                                    : tr("Added: %1").arg(added.rule->text()),
                 false);
    return true;
}

void AlertsPage::removeSelectedRule()
{
    const QModelIndex current = m_rules->selectionModel()->currentIndex();
    if (!current.isValid() || !m_library)
        return;
    const QString text = current.data().toString();
    const LibraryResult removed = AlertStore(*m_library).removeRule(current.data(AlertRulesModel::RuleIdRole).toLongLong());
    reload();
    if (removed.ok())
        showFeedback(tr("Removed: %1 (what it fired stays in the history)").arg(text), false);
    else
        showFeedback(removed.error, true);
}

void AlertsPage::reload()
{
    if (!m_library)
        return;
    AlertStore store(*m_library);
    m_rulesModel->setRules(store.rules());
    const QVector<AlertHistoryRow> history = readAlertHistory(*m_library);
    m_historyModel->setRows(history);
    fitHistoryColumns();
    int historical = 0;
    for (const AlertHistoryRow &row : history)
        historical += row.alert.historical ? 1 : 0;
    QString status = history.isEmpty() ? tr("Nothing has fired yet. Rules are checked on every page you open, "
                                            "fetch or refresh.")
                                       : countOf(history.size(), "alert", "alerts");
    if (historical > 0)
        status += tr(" (%1 found by imports, not notified)").arg(historical);
    if (!store.lastError().isEmpty())
        status += tr(" \u26A0 %1").arg(store.lastError());
    m_historyStatus->setText(status);
    updateActions();
}

QString AlertsPage::feedbackText() const
{
    return m_feedback->isHidden() ? QString() : m_feedback->text();
}

void AlertsPage::fitHistoryColumns()
{
    // Every column as wide as its widest text (at most a thousand rows). Where that is wider than the
    // table, the Alert column gives way first (to forty characters: a story's long headline), then the
    // Snapshot column (to thirty), both eliding in the middle with the whole in the tooltip.
    m_history->resizeColumnsToContents();
    QHeaderView *header = m_history->horizontalHeader();
    int total = 0;
    for (int column = 0; column < header->count(); ++column)
        total += header->sectionSize(column);
    int overflow = total - m_history->viewport()->width();
    const int character = m_history->fontMetrics().averageCharWidth();
    for (const auto &[column, characters] : {std::pair{int(AlertHistoryModel::AlertColumn), 40},
                                             std::pair{int(AlertHistoryModel::SnapshotColumn), 30}}) {
        if (overflow <= 0)
            break;
        const int width = header->sectionSize(column);
        const int narrower = std::max(std::min(width, character * characters), width - overflow);
        header->resizeSection(column, narrower);
        overflow -= width - narrower;
    }
}

bool AlertsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_history->viewport() && event->type() == QEvent::Resize) {
        const auto *resize = static_cast<QResizeEvent *>(event);
        if (resize->size().width() != resize->oldSize().width())
            fitHistoryColumns();
    }
    return QWidget::eventFilter(watched, event);
}

void AlertsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();  // an import may have recorded what would have fired
}

void AlertsPage::showFeedback(const QString &text, bool problem)
{
    m_feedback->setText(text);
    QPalette p = m_feedback->palette();
    p.setColor(QPalette::WindowText, problem ? QColor(0xc6, 0x28, 0x28) : palette().color(QPalette::WindowText));
    m_feedback->setPalette(p);
    m_feedback->setVisible(true);
}

void AlertsPage::updateActions()
{
    m_removeButton->setEnabled(m_rules->selectionModel()->hasSelection());
}

} // namespace md::ui
