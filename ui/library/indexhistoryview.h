// An index's history from the library as a line chart, with range presets (1W, 1M, 3M, 1Y, All; the one
// chosen is remembered), zoom and pan, and a star for the watchlist.
#pragma once

#include "core/library/historyrange.h"
#include "core/library/librarytypes.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QLineSeries;
QT_END_NAMESPACE

namespace md {
class Library;
class WatchedSymbols;
}

namespace md::ui {

class HistoryChartView;
class RangePresetBar;
class WatchStarButton;

class IndexHistoryView : public QWidget
{
    Q_OBJECT

public:
    // library may be null: the view then shows only what setSeries() gives it.
    explicit IndexHistoryView(const Library *library = nullptr, QWidget *parent = nullptr);

    // The watchlist the star button reads and writes (null: no star).
    void setWatchlist(WatchedSymbols *watchlist);
    WatchStarButton *starButton() const { return m_star; }

    // Reads the index names from the library again and shows the chosen index (KSE100 when there is one).
    void reload();
    // Shows this index from the library.
    void showIndex(const QString &name);
    // Shows a series given directly (the library is not read).
    void setSeries(const Series &series);
    const Series &series() const { return m_series; }
    QString currentIndex() const { return m_series.name; }

    // Shows preset's range (a click on its button also remembers it for the next start).
    void applyPreset(RangePreset preset);
    // The checked preset, or -1 after a zoom or pan by hand.
    int checkedPreset() const;
    HistoryChartView *chartView() const { return m_chart; }

signals:
    void indexChanged(const QString &name);

private:
    void updateSummary();

    const Library *m_library = nullptr;
    Series m_series;
    QComboBox *m_indexBox = nullptr;
    RangePresetBar *m_presets = nullptr;
    WatchStarButton *m_star = nullptr;
    QLabel *m_summary = nullptr;
    HistoryChartView *m_chart = nullptr;
    QLineSeries *m_line = nullptr;
};

} // namespace md::ui
