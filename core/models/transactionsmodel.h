// A portfolio's transactions as a table: date, type, symbol, quantity, price, amount, fees, taxes, note.
#pragma once

#include "core/models/modelroles.h"
#include "core/portfolio/transaction.h"

#include <QAbstractTableModel>
#include <QLocale>
#include <QVector>

namespace md {

// Rows are the transactions given, in their order. RawValueRole: the date as an ISO string, numbers as doubles
// (empty where the type does not use the field); TransactionIdRole the library's id.
class TransactionsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, TypeColumn, SymbolColumn, QuantityColumn, PriceColumn, AmountColumn, FeesColumn,
                  TaxesColumn, NoteColumn, ColumnCount };
    static constexpr int TransactionIdRole = TotalsRowRole + 1;

    explicit TransactionsModel(QObject *parent = nullptr);

    void setTransactions(const QVector<Transaction> &transactions);
    const QVector<Transaction> &transactions() const { return m_rows; }
    // The row of the transaction with id, or -1.
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<Transaction> m_rows;
    QLocale m_locale;
};

} // namespace md
