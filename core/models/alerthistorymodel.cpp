// AlertHistoryModel: fired alerts as a table, and reading them with their snapshots from the library.
#include "core/models/alerthistorymodel.h"

#include "core/alerts/alertrule.h"
#include "core/library/library.h"
#include "core/models/displayformat.h"
#include "core/models/librarylistmodel.h"
#include "core/network/pageinput.h"
#include "core/wording.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QTimeZone>
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

// When an alert fired, on the exchange's clock like every other time of the row.
QString firedOnExchangeClock(qint64 msecs)
{
    const Timestamp fired = Timestamp::fromUtc(QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::utc()),
                                               Timestamp::kPakistanOffsetSeconds);
    return fired.toExchangeClock().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// A threshold as the rest of the app writes numbers: "110,000", "1,000.5".
QString thresholdText(double value, const QLocale &locale)
{
    return locale.toString(value, 'f', QLocale::FloatingPointShortest);
}

} // namespace

QString alertDisplayText(const FiredAlert &alert, const QLocale &locale)
{
    const AlertRuleParse parsed = parseAlertRule(alert.rule);
    if (!parsed.ok() || !alert.value)
        return alert.subject.isEmpty() ? alert.text
                                       : AlertHistoryModel::tr("%1: %2").arg(alert.text, alert.subject);
    const AlertRule &rule = *parsed.rule;
    const double value = *alert.value;
    switch (alert.kind) {
    case AlertRule::Kind::Above:
        return AlertHistoryModel::tr("%1 is at %2, above %3")
            .arg(alert.name, formatIndexValue(value, locale), thresholdText(rule.threshold, locale));
    case AlertRule::Kind::Below:
        return AlertHistoryModel::tr("%1 is at %2, below %3")
            .arg(alert.name, formatIndexValue(value, locale), thresholdText(rule.threshold, locale));
    case AlertRule::Kind::Move:
        return AlertHistoryModel::tr("%1 moved %2 (%3% or more either way)")
            .arg(alert.name, formatPercent(value, locale), thresholdText(rule.threshold, locale));
    case AlertRule::Kind::Volume:
        return AlertHistoryModel::tr("%1 traded %2 shares, above %3")
            .arg(alert.name, locale.toString(qint64(value)), thresholdText(rule.threshold, locale));
    case AlertRule::Kind::PortfolioAbove:
    case AlertRule::Kind::PortfolioBelow:
        return AlertHistoryModel::tr("portfolio %1 is worth %2, crossing %3 %4")
            .arg(rule.portfolio, formatIndexValue(value, locale),
                 alert.kind == AlertRule::Kind::PortfolioAbove ? AlertHistoryModel::tr("above") : AlertHistoryModel::tr("below"),
                 thresholdText(rule.threshold, locale));
    case AlertRule::Kind::PortfolioMove:
        return AlertHistoryModel::tr("portfolio %1 moved %2 (%3% or more either way)")
            .arg(rule.portfolio, formatPercent(value, locale), thresholdText(rule.threshold, locale));
    case AlertRule::Kind::PositionAbove:
    case AlertRule::Kind::PositionBelow:
        return AlertHistoryModel::tr("%1 position in %2 is worth %3, crossing %4 %5")
            .arg(rule.name, rule.portfolio, formatIndexValue(value, locale),
                 alert.kind == AlertRule::Kind::PositionAbove ? AlertHistoryModel::tr("above") : AlertHistoryModel::tr("below"),
                 thresholdText(rule.threshold, locale));
    case AlertRule::Kind::PositionUp:
    case AlertRule::Kind::PositionDown:
        return AlertHistoryModel::tr("%1 position in %2 is %3 from its cost, crossing %4%5%")
            .arg(rule.name, rule.portfolio, formatPercent(value, locale),
                 alert.kind == AlertRule::Kind::PositionUp ? QStringLiteral("+") : QStringLiteral("-"),
                 thresholdText(rule.threshold, locale));
    case AlertRule::Kind::News:
    case AlertRule::Kind::Keyword:
        break;
    }
    return alert.subject.isEmpty() ? alert.text : AlertHistoryModel::tr("%1: %2").arg(alert.text, alert.subject);
}

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
    case AlertRule::Kind::Move:
    case AlertRule::Kind::PortfolioMove:
    case AlertRule::Kind::PositionUp:
    case AlertRule::Kind::PositionDown: return formatPercent(*alert.value, locale);
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
        if (index.column() == AlertColumn)
            return alertDisplayText(a, QLocale());  // whole, where the column elides it
        if (index.column() == SnapshotColumn && row.snapshot)
            return tr("%1 \u00B7 %2").arg(displayCaptureTime(*row.snapshot), row.snapshot->source);
        if (a.historical)
            return tr("Found while importing old snapshots: listed here, never notified");
        if (!row.snapshot)
            return tr("The snapshot was removed from the library");
        return tr("Double-click to open %1").arg(row.snapshot->source);
    }
    if (role == Qt::TextAlignmentRole && index.column() == ValueColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    const QLocale locale;
    // An import's alerts fired, in effect, when their page was captured: the time of the import says nothing.
    const bool atCapture = a.historical && row.snapshot;
    switch (index.column()) {
    case FiredColumn:
        if (role == RawValueRole)
            return atCapture ? row.snapshot->capturedAtMsecs : a.firedAtMsecs;
        if (role == Qt::DisplayRole) {
            if (atCapture)
                return tr("%1 (import)").arg(displayCaptureTime(row.snapshot->capturedAt));
            const QString when = firedOnExchangeClock(a.firedAtMsecs);
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
            return alertDisplayText(a, locale);
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
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && (section == FiredColumn || section == SnapshotColumn))
        return tr("Pakistan time (PKT, UTC+5), the exchange's clock, like every time in the library");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FiredColumn: return tr("Fired (PKT)");
    case RuleColumn: return tr("Rule");
    case NameColumn: return tr("Symbol");
    case ValueColumn: return tr("Value");
    case AlertColumn: return tr("Alert");
    case SnapshotColumn: return tr("Snapshot (PKT)");
    default: return {};
    }
}

} // namespace md
