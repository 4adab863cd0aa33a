// The Sectors view: the current snapshot's board by sector (advancers, decliners, unchanged, volume, median
// change), sortable by any column, or a plain word when the snapshot has no sectors.
#pragma once

#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace md {
class SectorSummaryModel;
}

namespace md::ui {

class DirectionDelegate;

// Shows a SectorSummaryModel (the aggregation is the model's; this only lays it out) through a
// QSortFilterProxyModel sorting on md::RawValueRole. Double-click or Enter on a sector asks for the movers
// of that sector. The sort order and widths are remembered (settings::sectorsHeader).
class SectorsView : public QWidget
{
    Q_OBJECT
public:
    explicit SectorsView(QWidget *parent = nullptr);

    void setModel(SectorSummaryModel *sectors);

    QTableView *table() const { return m_table; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    // True while the table (not the "no sectors" text) is shown.
    bool isTableShown() const;
    QString emptyText() const;
    QString summaryText() const;

    void saveSettings() const;

signals:
    // A sector was double-clicked (or Enter pressed on it): show its symbols in the movers ("" unclassified).
    void sectorActivated(const QString &sector);

private:
    void update();
    void restoreSettings();

    SectorSummaryModel *m_sectors = nullptr;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    DirectionDelegate *m_delegate;
    QLabel *m_summary;
    QLabel *m_empty;
    QStackedWidget *m_stack;
    bool m_restored = false;
    bool m_restoring = false;
};

} // namespace md::ui
