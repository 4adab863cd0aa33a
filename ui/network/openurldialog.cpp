// The Open URL dialog: an address field, a refresh interval (Off or whole minutes) and Open / Cancel.
#include "ui/network/openurldialog.h"

#include "core/network/pageinput.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace md::ui {

OpenUrlDialog::OpenUrlDialog(QWidget *parent)
    : QDialog(parent)
    , m_address(new QLineEdit(this))
    , m_interval(new QSpinBox(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Open URL"));

    m_address->setObjectName(QStringLiteral("address"));
    m_address->setPlaceholderText(tr("https://www.brecorder.com/…"));
    m_address->setClearButtonEnabled(true);
    m_address->setMinimumWidth(420);

    m_interval->setObjectName(QStringLiteral("refreshInterval"));
    m_interval->setRange(0, kMaxRefreshMinutes);
    m_interval->setSpecialValueText(tr("Off"));  // shown for 0
    m_interval->setSuffix(tr(" min"));
    m_interval->setValue(0);
    m_interval->setToolTip(tr("Fetch the page again every so many minutes while MarketDesk is open. "
                              "Each new copy is kept in the library; a failed refresh keeps the last good one."));

    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Refresh every:"), m_interval);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_address, &QLineEdit::textChanged, this, &OpenUrlDialog::updateState);
    updateState();
}

QUrl OpenUrlDialog::url() const
{
    return webAddressFromUserInput(m_address->text());
}

void OpenUrlDialog::setAddressText(const QString &text)
{
    m_address->setText(text);
}

std::chrono::minutes OpenUrlDialog::refreshInterval() const
{
    return std::chrono::minutes(m_interval->value());
}

void OpenUrlDialog::setRefreshInterval(std::chrono::minutes interval)
{
    const qint64 minutes = interval.count();
    m_interval->setValue(int(qBound(qint64(0), minutes, qint64(kMaxRefreshMinutes))));
}

void OpenUrlDialog::updateState()
{
    const bool empty = m_address->text().trimmed().isEmpty();
    const bool usable = !url().isEmpty();
    m_buttons->button(QDialogButtonBox::Open)->setEnabled(usable);
    m_problem->setText(empty || usable ? QString()
                                       : tr("Enter a web address starting with http:// or https://."));
}

} // namespace md::ui
