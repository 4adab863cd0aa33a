// The board by sector: per sector of the current snapshot, symbols, advancers, decliners, unchanged, volume
// and the median % change, as a table model.
#pragma once

#include "core/snapshot.h"

#include <QAbstractTableModel>
#include <QLocale>
#include <QVector>

#include <optional>

namespace md {

// One sector of a session's board.
struct SectorSummary
{
    QString sector;                // as the board prints it; "" for quotes that have none
    int symbols = 0;
    int advancers = 0;             // change > 0
    int decliners = 0;             // change < 0
    int unchanged = 0;             // change == 0 (a suspended symbol too: it did not move)
    std::optional<qint64> volume;  // the sum of the volumes its quotes have; nullopt when none has one
    double medianChangePercent = 0.0;  // of every quote's % change; the mean of the middle two for an even count

    bool operator==(const SectorSummary &o) const
    {
        return sector == o.sector && symbols == o.symbols && advancers == o.advancers && decliners == o.decliners
            && unchanged == o.unchanged && volume == o.volume && medianChangePercent == o.medianChangePercent;
    }
};

// The quotes grouped by sector, in sector name order (case-insensitive); empty when no quote names a
// sector (a news page's ticker). When some do, the quotes without one form a sector named "".
QVector<SectorSummary> summarizeSectors(const QVector<Quote> &quotes);

// Columns: Sector, Symbols, Advancers, Decliners, Unchanged, Volume, Median % Change. DisplayRole is
// formatted text ("—" for a missing volume, "Unclassified" for the sector ""), md::RawValueRole the raw
// value (QString, int, qlonglong or nothing, double) for sorting, md::DirectionRole the median's direction.
class SectorSummaryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        SectorColumn,
        SymbolsColumn,
        AdvancersColumn,
        DeclinersColumn,
        UnchangedColumn,
        VolumeColumn,
        MedianChangeColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setQuotes(const QVector<Quote> &quotes);
    void setSectors(QVector<SectorSummary> sectors);
    const QVector<SectorSummary> &sectors() const { return m_sectors; }
    const SectorSummary &sectorAt(int row) const { return m_sectors.at(row); }
    // The quotes read last: how many, and whether they named any sector.
    int quoteCount() const { return m_quoteCount; }
    bool hasSectors() const { return !m_sectors.isEmpty(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setLocale(const QLocale &locale);

private:
    QVector<SectorSummary> m_sectors;
    int m_quoteCount = 0;
    QLocale m_locale;
};

} // namespace md
