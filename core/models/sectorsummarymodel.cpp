// Sector aggregation of a board and its table model.
#include "core/models/sectorsummarymodel.h"

#include "core/models/displayformat.h"
#include "core/models/modelroles.h"

#include <QHash>

#include <algorithm>

namespace md {
namespace {

double median(std::vector<double> &values)
{
    if (values.empty())
        return 0.0;
    const size_t mid = values.size() / 2;
    std::nth_element(values.begin(), values.begin() + long(mid), values.end());
    const double upper = values[mid];
    if (values.size() % 2 == 1)
        return upper;
    const double lower = *std::max_element(values.begin(), values.begin() + long(mid));
    return (lower + upper) / 2.0;
}

} // namespace

QVector<SectorSummary> summarizeSectors(const QVector<Quote> &quotes)
{
    const bool any = std::any_of(quotes.begin(), quotes.end(), [](const Quote &q) { return !q.sector.isEmpty(); });
    if (!any)
        return {};
    QVector<SectorSummary> sectors;
    QVector<std::vector<double>> changes;
    QHash<QString, int> rowOf;
    for (const Quote &q : quotes) {
        auto found = rowOf.constFind(q.sector);
        int row;
        if (found == rowOf.cend()) {
            row = int(sectors.size());
            rowOf.insert(q.sector, row);
            SectorSummary s;
            s.sector = q.sector;
            sectors.append(s);
            changes.append(std::vector<double>());
        } else {
            row = *found;
        }
        SectorSummary &s = sectors[row];
        ++s.symbols;
        if (q.change > 0.0)
            ++s.advancers;
        else if (q.change < 0.0)
            ++s.decliners;
        else
            ++s.unchanged;
        if (q.volume)
            s.volume = s.volume.value_or(0) + *q.volume;
        changes[row].push_back(q.changePercent);
    }
    for (int i = 0; i < sectors.size(); ++i)
        sectors[i].medianChangePercent = median(changes[i]);
    std::sort(sectors.begin(), sectors.end(), [](const SectorSummary &a, const SectorSummary &b) {
        // The quotes without a sector last.
        if (a.sector.isEmpty() != b.sector.isEmpty())
            return b.sector.isEmpty();
        return QString::compare(a.sector, b.sector, Qt::CaseInsensitive) < 0;
    });
    return sectors;
}

void SectorSummaryModel::setQuotes(const QVector<Quote> &quotes)
{
    m_quoteCount = int(quotes.size());
    setSectors(summarizeSectors(quotes));
}

void SectorSummaryModel::setSectors(QVector<SectorSummary> sectors)
{
    beginResetModel();
    m_sectors = std::move(sectors);
    endResetModel();
}

int SectorSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sectors.size());
}

int SectorSummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SectorSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SectorSummary &s = m_sectors.at(index.row());
    switch (role) {
    case RawValueRole:
        switch (index.column()) {
        case SectorColumn: return s.sector;
        case SymbolsColumn: return s.symbols;
        case AdvancersColumn: return s.advancers;
        case DeclinersColumn: return s.decliners;
        case UnchangedColumn: return s.unchanged;
        case VolumeColumn: return s.volume ? QVariant(qlonglong(*s.volume)) : QVariant();
        case MedianChangeColumn: return s.medianChangePercent;
        }
        break;
    case Qt::DisplayRole:
        switch (index.column()) {
        case SectorColumn: return s.sector.isEmpty() ? tr("Unclassified") : s.sector;
        case SymbolsColumn: return m_locale.toString(s.symbols);
        case AdvancersColumn: return m_locale.toString(s.advancers);
        case DeclinersColumn: return m_locale.toString(s.decliners);
        case UnchangedColumn: return m_locale.toString(s.unchanged);
        case VolumeColumn: return s.volume ? m_locale.toString(qlonglong(*s.volume)) : QStringLiteral("\u2014");
        case MedianChangeColumn: return formatPercent(s.medianChangePercent, m_locale);
        }
        break;
    case Qt::ToolTipRole:
        return tr("%1: %2 up, %3 down, %4 unchanged of %5; median %6")
            .arg(s.sector.isEmpty() ? tr("Unclassified") : s.sector)
            .arg(s.advancers).arg(s.decliners).arg(s.unchanged).arg(s.symbols)
            .arg(formatPercent(s.medianChangePercent, m_locale));
    case DirectionRole:
        switch (index.column()) {
        case AdvancersColumn: return s.advancers > 0 ? 1 : 0;
        case DeclinersColumn: return s.decliners > 0 ? -1 : 0;
        default: return directionOf(s.medianChangePercent);
        }
    case Qt::TextAlignmentRole:
        return index.column() == SectorColumn ? QVariant(int(Qt::AlignLeft | Qt::AlignVCenter))
                                              : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    default:
        break;
    }
    return {};
}

QVariant SectorSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case SectorColumn: return tr("Sector");
        case SymbolsColumn: return tr("Symbols");
        case AdvancersColumn: return tr("Advancers");
        case DeclinersColumn: return tr("Decliners");
        case UnchangedColumn: return tr("Unchanged");
        case VolumeColumn: return tr("Volume");
        case MedianChangeColumn: return tr("Median % Change");
        }
    }
    if (role == Qt::TextAlignmentRole)
        return section == SectorColumn ? QVariant(int(Qt::AlignLeft | Qt::AlignVCenter))
                                       : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    return {};
}

void SectorSummaryModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_sectors.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole, Qt::ToolTipRole});
}

} // namespace md
