// ComparisonModel: display text with signs and grouping, raw values for sorting and export.
#include "core/models/comparisonmodel.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace md {
namespace {

// Index levels are grouped and keep decimals only when they have some; prices always show two.
QString formatNumber(ComparisonRow::Kind kind, double value)
{
    const int decimals = kind == ComparisonRow::Kind::Index && value == std::floor(value) ? 0 : 2;
    return QLocale().toString(value, 'f', decimals);
}

QString signedText(const QString &number, double value)
{
    return value > 0.0 ? QLatin1Char('+') + number : number;
}

QVariant optionalValue(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

} // namespace

ComparisonModel::ComparisonModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ComparisonModel::setComparison(const QVector<ComparisonRow> &rows, const QString &beforeLabel,
                                    const QString &afterLabel)
{
    beginResetModel();
    m_rows = rows;
    m_beforeLabel = beforeLabel;
    m_afterLabel = afterLabel;
    endResetModel();
    emit headerDataChanged(Qt::Horizontal, BeforeColumn, AfterColumn);
}

int ComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ComparisonRow &row = m_rows[index.row()];
    const int column = index.column();
    const std::optional<double> change = row.change();
    const std::optional<double> percent = row.changePercent();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case KindColumn: return row.kind == ComparisonRow::Kind::Index ? tr("Index") : tr("Stock");
        case NameColumn: return row.name;
        case BeforeColumn: return row.before ? formatNumber(row.kind, *row.before) : tr("—");
        case AfterColumn: return row.after ? formatNumber(row.kind, *row.after) : tr("—");
        case ChangeColumn:
            return change ? signedText(QLocale().toString(*change, 'f', 2), *change) : QString();
        case ChangePercentColumn:
            return percent ? signedText(QLocale().toString(*percent, 'f', 2), *percent) + QLatin1Char('%') : QString();
        }
        break;
    case RawValueRole:
        switch (column) {
        case KindColumn:
            return row.kind == ComparisonRow::Kind::Index ? QStringLiteral("index") : QStringLiteral("symbol");
        case NameColumn: return row.name;
        case BeforeColumn: return optionalValue(row.before);
        case AfterColumn: return optionalValue(row.after);
        case ChangeColumn: return optionalValue(change);
        case ChangePercentColumn: return optionalValue(percent);
        }
        break;
    case DirectionRole:
        if ((column == ChangeColumn || column == ChangePercentColumn) && change)
            return *change > 0.0 ? 1 : (*change < 0.0 ? -1 : 0);
        break;
    case Qt::TextAlignmentRole:
        if (column >= BeforeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        if (!row.before && column >= BeforeColumn)
            return tr("%1 is not in the earlier snapshot.").arg(row.name);
        if (!row.after && column >= BeforeColumn)
            return tr("%1 is not in the later snapshot.").arg(row.name);
        break;
    }
    return {};
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The two snapshots' columns: "Before" / "After" over the snapshot's market time, never a whole picker's
    // label cut mid-name; the whole label (time, headline, format) is the tooltip, as the pickers show it.
    const auto snapshotHeader = [](const QString &word, const QString &label) {
        // The market time leads the label, before the headline (" \u2014 ") or what tells two of one minute
        // apart (" \u00B7 ").
        const QString when = label.section(QStringLiteral(" \u2014 "), 0, 0).section(QStringLiteral(" \u00B7 "), 0, 0);
        return when.isEmpty() ? word : word + QLatin1Char('\n') + when;
    };
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        if (section == BeforeColumn && !m_beforeLabel.isEmpty())
            return m_beforeLabel;
        if (section == AfterColumn && !m_afterLabel.isEmpty())
            return m_afterLabel;
        return {};
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn: return tr("Kind");
    case NameColumn: return tr("Name");
    case BeforeColumn: return snapshotHeader(tr("Before"), m_beforeLabel);
    case AfterColumn: return snapshotHeader(tr("After"), m_afterLabel);
    case ChangeColumn: return tr("Change");
    case ChangePercentColumn: return tr("Change %");
    }
    return {};
}

} // namespace md
