// TransactionsModel: one transaction a row, the fields a type uses.
#include "core/models/transactionsmodel.h"

#include "core/wording.h"

#include <cmath>

namespace md {

TransactionsModel::TransactionsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TransactionsModel::setTransactions(const QVector<Transaction> &transactions)
{
    beginResetModel();
    m_rows = transactions;
    endResetModel();
}

int TransactionsModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].id == id)
            return row;
    }
    return -1;
}

int TransactionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TransactionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TransactionsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Transaction &t = m_rows[index.row()];
    const int column = index.column();
    if (role == TransactionIdRole)
        return t.id;
    if (role == Qt::TextAlignmentRole) {
        const bool number = column >= QuantityColumn && column <= TaxesColumn;
        return int((number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    const bool raw = role == RawValueRole;
    // The numbers a type uses, as the CSV writes them (transactionsTable()).
    const bool trade = t.type == TransactionType::Buy || t.type == TransactionType::Sell || t.type == TransactionType::Right;
    const bool shares = trade || t.type == TransactionType::Bonus || t.type == TransactionType::Split;
    const bool dividend = t.type == TransactionType::Dividend;
    const auto number = [&](double value, bool used, int decimals) -> QVariant {
        if (!used)
            return raw ? QVariant() : QVariant(QString());
        if (raw)
            return value;
        return m_locale.toString(value, 'f', decimals < 0 ? (value == std::floor(value) ? 0 : 4) : decimals);
    };
    switch (column) {
    case DateColumn: return raw ? QVariant(t.date.toString(Qt::ISODate)) : QVariant(m_locale.toString(t.date, QLocale::ShortFormat));
    case TypeColumn: return transactionTypeName(t.type);
    case SymbolColumn: return t.symbol;
    case QuantityColumn: return number(t.quantity, shares || (dividend && t.quantity != 0), -1);
    case PriceColumn: return number(t.price, trade || (dividend && t.price != 0), 2);
    case AmountColumn: return number(trade ? t.quantity * t.price : t.amount, !shares || trade, 2);
    case FeesColumn: return number(t.fees, t.fees != 0, 2);
    case TaxesColumn: return number(t.taxes, t.taxes != 0, 2);
    case NoteColumn: return t.note;
    default: return {};
    }
}

QVariant TransactionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn: return tr("Date");
    case TypeColumn: return tr("Type");
    case SymbolColumn: return tr("Symbol");
    case QuantityColumn: return tr("Quantity");
    case PriceColumn: return tr("Price");
    case AmountColumn: return tr("Amount");
    case FeesColumn: return tr("Fees");
    case TaxesColumn: return tr("Taxes");
    case NoteColumn: return tr("Note");
    default: return {};
    }
}

} // namespace md
