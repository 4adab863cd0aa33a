// The dialog that adds or edits one transaction: date, type, symbol, quantity, price, amount, fees, taxes, note.
#pragma once

#include "core/portfolio/transaction.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLineEdit;

namespace md::ui {

// Shows t's fields (a new one: today, a buy); transaction() is what was typed, with t's id and portfolio. The
// fields a type does not use are disabled. The store checks what is typed (PortfolioStore::add and replace).
class TransactionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TransactionDialog(const Transaction &t, QWidget *parent = nullptr);

    Transaction transaction() const;

private:
    void updateFields();

    Transaction m_original;
    QDateEdit *m_date;
    QComboBox *m_type;
    QLineEdit *m_symbol;
    QDoubleSpinBox *m_quantity;
    QDoubleSpinBox *m_price;
    QDoubleSpinBox *m_amount;
    QDoubleSpinBox *m_fees;
    QDoubleSpinBox *m_taxes;
    QLineEdit *m_note;
};

} // namespace md::ui
