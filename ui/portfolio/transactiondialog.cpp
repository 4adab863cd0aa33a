// TransactionDialog: a form over one Transaction; the fields follow the type.
#include "ui/portfolio/transactiondialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>

namespace md::ui {
namespace {

QDoubleSpinBox *numberBox(int decimals)
{
    auto *box = new QDoubleSpinBox;
    box->setRange(0, 1e12);
    box->setDecimals(decimals);
    box->setGroupSeparatorShown(true);
    box->setAlignment(Qt::AlignRight);
    return box;
}

} // namespace

TransactionDialog::TransactionDialog(const Transaction &t, QWidget *parent)
    : QDialog(parent)
    , m_original(t)
    , m_date(new QDateEdit)
    , m_type(new QComboBox)
    , m_symbol(new QLineEdit)
    , m_quantity(numberBox(4))
    , m_price(numberBox(4))
    , m_amount(numberBox(2))
    , m_fees(numberBox(2))
    , m_taxes(numberBox(2))
    , m_note(new QLineEdit)
{
    setWindowTitle(t.id ? tr("Edit Transaction") : tr("Add Transaction"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setDate(t.date.isValid() ? t.date : QDate::currentDate());
    m_type->addItems(transactionTypeNames());
    m_type->setCurrentText(transactionTypeName(t.type));
    m_symbol->setText(t.symbol);
    m_symbol->setPlaceholderText(tr("LUCK"));
    m_quantity->setValue(t.quantity);
    m_price->setValue(t.price);
    m_amount->setValue(t.amount);
    m_fees->setValue(t.fees);
    m_taxes->setValue(t.taxes);
    m_note->setText(t.note);

    auto *form = new QFormLayout;
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&Symbol:"), m_symbol);
    form->addRow(tr("&Quantity:"), m_quantity);
    form->addRow(tr("&Price:"), m_price);
    form->addRow(tr("&Amount:"), m_amount);
    form->addRow(tr("&Fees:"), m_fees);
    form->addRow(tr("Ta&xes:"), m_taxes);
    form->addRow(tr("&Note:"), m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    setLayout(form);
    connect(m_type, &QComboBox::currentTextChanged, this, &TransactionDialog::updateFields);
    updateFields();
}

void TransactionDialog::updateFields()
{
    const TransactionType type = transactionTypeFromName(m_type->currentText()).value_or(TransactionType::Buy);
    const bool trade = type == TransactionType::Buy || type == TransactionType::Sell || type == TransactionType::Right;
    const bool dividend = type == TransactionType::Dividend;
    const bool cash = type == TransactionType::Deposit || type == TransactionType::Withdrawal;
    m_symbol->setEnabled(!cash);
    m_quantity->setEnabled(trade || dividend || type == TransactionType::Bonus || type == TransactionType::Split);
    m_price->setEnabled(trade || dividend);
    m_amount->setEnabled(!trade && (dividend || cash || type == TransactionType::Fee));
    m_fees->setEnabled(trade || dividend);
    m_taxes->setEnabled(trade || dividend);
}

Transaction TransactionDialog::transaction() const
{
    Transaction t = m_original;
    t.date = m_date->date();
    t.type = transactionTypeFromName(m_type->currentText()).value_or(TransactionType::Buy);
    const auto used = [](const QDoubleSpinBox *box) { return box->isEnabled() ? box->value() : 0.0; };
    t.symbol = m_symbol->isEnabled() ? m_symbol->text().trimmed().toUpper() : QString();
    t.quantity = used(m_quantity);
    t.price = used(m_price);
    t.amount = used(m_amount);
    t.fees = used(m_fees);
    t.taxes = used(m_taxes);
    t.note = m_note->text();
    return t;
}

} // namespace md::ui
