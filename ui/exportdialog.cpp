// The export dialog: table and snapshot choices, with a line saying what the file will hold.
#include "ui/exportdialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace md::ui {

ExportDialog::ExportDialog(const QString &currentTitle, int openCount, QWidget *parent)
    : QDialog(parent)
    , m_tables(new QButtonGroup(this))
    , m_scopes(new QButtonGroup(this))
    , m_scopeNote(new QLabel)
    , m_openCount(openCount)
{
    setWindowTitle(tr("Export"));

    auto *tableBox = new QGroupBox(tr("Table"));
    auto *tableLayout = new QVBoxLayout(tableBox);
    const struct { CsvTableKind table; QString label; } tables[] = {
        {CsvTableKind::Quotes, tr("&Quotes: every symbol, in page order")},
        {CsvTableKind::Indices, tr("&Indices")},
        {CsvTableKind::Movers, tr("&Movers: the rows the table shows now (Gainers/Losers, filter and sort)")},
        {CsvTableKind::Comments, tr("&Comments")},
    };
    for (const auto &t : tables) {
        auto *button = new QRadioButton(t.label);
        m_tables->addButton(button, int(t.table));
        tableLayout->addWidget(button);
    }

    auto *scopeBox = new QGroupBox(tr("Snapshots"));
    auto *scopeLayout = new QVBoxLayout(scopeBox);
    auto *current = new QRadioButton(tr("The &selected snapshot: %1").arg(currentTitle));
    auto *all = new QRadioButton(openCount == 1 ? tr("&All open snapshots (1 is open)")
                                                : tr("&All %1 open snapshots, as one time series").arg(openCount));
    m_scopes->addButton(current, int(SnapshotScope::Current));
    m_scopes->addButton(all, int(SnapshotScope::AllOpen));
    scopeLayout->addWidget(current);
    scopeLayout->addWidget(all);
    m_scopeNote->setWordWrap(true);
    m_scopeNote->setForegroundRole(QPalette::PlaceholderText);
    scopeLayout->addWidget(m_scopeNote);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton *save = buttons->addButton(tr("Save &As\u2026"), QDialogButtonBox::AcceptRole);
    save->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *formatNote = new QLabel(tr("The format (CSV, Excel or TSV) is chosen in the save dialog."));
    formatNote->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tableBox);
    layout->addWidget(scopeBox);
    layout->addWidget(formatNote);
    layout->addWidget(buttons);

    connect(m_tables, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            updateScope();
    });
    connect(m_scopes, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            updateScope();
    });
    setTable(CsvTableKind::Quotes);
    setScope(SnapshotScope::Current);
}

CsvTableKind ExportDialog::table() const
{
    return CsvTableKind(m_tables->checkedId());
}

void ExportDialog::setTable(CsvTableKind table)
{
    m_tables->button(int(table))->setChecked(true);
    updateScope();
}

SnapshotScope ExportDialog::scope() const
{
    // Movers are what the table shows: the selected snapshot's rows, whatever else is chosen.
    return table() == CsvTableKind::Movers ? SnapshotScope::Current : SnapshotScope(m_scopes->checkedId());
}

void ExportDialog::setScope(SnapshotScope scope)
{
    m_scopes->button(int(scope))->setChecked(true);
    updateScope();
}

QRadioButton *ExportDialog::tableButton(CsvTableKind table) const
{
    return static_cast<QRadioButton *>(m_tables->button(int(table)));
}

QRadioButton *ExportDialog::scopeButton(SnapshotScope scope) const
{
    return static_cast<QRadioButton *>(m_scopes->button(int(scope)));
}

void ExportDialog::updateScope()
{
    const bool movers = table() == CsvTableKind::Movers;
    if (m_openCount < 2 && m_scopes->checkedId() == int(SnapshotScope::AllOpen))
        m_scopes->button(int(SnapshotScope::Current))->setChecked(true);
    m_scopes->button(int(SnapshotScope::Current))->setEnabled(!movers);
    m_scopes->button(int(SnapshotScope::AllOpen))->setEnabled(!movers && m_openCount > 1);
    if (movers) {
        m_scopeNote->setText(tr("Movers are the selected snapshot's rows, exactly as the table shows them."));
    } else if (m_scopes->checkedId() == int(SnapshotScope::AllOpen)) {
        m_scopeNote->setText(tr("One row per snapshot and item, oldest first, with source and captured_at "
                                "columns first."));
    } else {
        m_scopeNote->setText(tr("The rows of the selected snapshot only, without source columns."));
    }
}

} // namespace md::ui
