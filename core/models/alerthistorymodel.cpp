// AlertHistoryModel: fired alerts as a table, and reading them with their snapshots from the library.
#include "core/models/alerthistorymodel.h"

#include "core/library/library.h"
#include "core/models/displayformat.h"
#include "core/models/librarylistmodel.h"
#include "core/network/pageinput.h"
#include "core/wording.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QUrl>

namespace md {
namespace {

// Where a snapshot came from, short: the file's name or the page's host and path.
QString shortSource(const QString &source)
{
    if (isWebAddress(source)) {
        const QUrl url(source);
        return url.host() + url.path();
    }
    return QFileInfo(source).fileName();
}

} // namespace

QVector<AlertHistoryRow> readAlertHistory(Library &library, int limit)
{
    const QVector<FiredAlert> fired = AlertStore(library).history(limit);
    QHash<SnapshotId, std::optional<LibraryEntry>> entries;
    QVector<AlertHistoryRow> rows;
    rows.reserve(fired.size());
    for (const FiredAlert &alert : fired) {
        auto it = entries.find(alert.snapshotId);
        if (it == entries.end())
            it = entries.insert(alert.snapshotId, alert.snapshotId ? library.entry(alert.snapshotId) : std::nullopt);
        rows.append({alert, *it});
    }
    return rows;
}

QString formatAlertValue(const FiredAlert &alert, const QLocale &locale)
{
    if (!alert.value)
        return {};
    switch (alert.kind) {
    case AlertRule::Kind::Move: return formatPercent(*alert.value, locale);
    case AlertRule::Kind::Volume: return locale.toString(qint64(*alert.value));
    default: return formatIndexValue(*alert.value, locale);
    }
}

AlertHistoryModel::AlertHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AlertHistoryModel::setRows(const QVector<AlertHistoryRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int AlertHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AlertHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AlertHistoryRow &row = m_rows[index.row()];
    const FiredAlert &a = row.alert;
    if (role == SnapshotIdRole)
        return row.snapshot ? row.snapshot->id : SnapshotId(0);
    if (role == HistoricalRole)
        return a.historical;
    if (role == Qt::ToolTipRole) {
        if (a.historical)
            return tr("Found while importing old snapshots: listed here, never notified");
        if (!row.snapshot)
            return tr("The snapshot was removed from the library");
        return tr("Double-click to open %1").arg(row.snapshot->source);
    }
    if (role == Qt::TextAlignmentRole && index.column() == ValueColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    const QLocale locale;
    const QDateTime fired = QDateTime::fromMSecsSinceEpoch(a.firedAtMsecs, Qt::UTC).toLocalTime();
    switch (index.column()) {
    case FiredColumn:
        if (role == RawValueRole)
            return a.firedAtMsecs;
        if (role == Qt::DisplayRole) {
            const QString when = fired.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
            return a.historical ? tr("%1 (import)").arg(when) : when;
        }
        break;
    case RuleColumn:
        if (role == Qt::DisplayRole || role == RawValueRole)
            return a.rule;
        break;
    case NameColumn:
        if (role == Qt::DisplayRole || role == RawValueRole)
            return a.name;
        break;
    case ValueColumn:
        if (role == RawValueRole)
            return a.value ? QVariant(*a.value) : QVariant();
        if (role == Qt::DisplayRole)
            return formatAlertValue(a, locale);
        break;
    case AlertColumn:
        if (role == Qt::DisplayRole || role == RawValueRole)
            return a.subject.isEmpty() ? a.text : tr("%1: %2").arg(a.text, a.subject);
        break;
    case SnapshotColumn:
        if (role == RawValueRole)
            return row.snapshot ? row.snapshot->capturedAtMsecs : qint64(0);
        if (role == Qt::DisplayRole) {
            if (!row.snapshot)
                return tr("(removed from the library)");
            return tr("%1 \u00B7 %2").arg(displayCaptureTime(*row.snapshot), shortSource(row.snapshot->source));
        }
        break;
    default: break;
    }
    return {};
}

QVariant AlertHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FiredColumn: return tr("Fired");
    case RuleColumn: return tr("Rule");
    case NameColumn: return tr("Symbol");
    case ValueColumn: return tr("Value");
    case AlertColumn: return tr("Alert");
    case SnapshotColumn: return tr("Snapshot");
    default: return {};
    }
}

} // namespace md
