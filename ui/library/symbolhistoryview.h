// A stock's price over time from the library, with its daily change as bars below, zoomed and panned together,
// with the same range presets (1W, 1M, 3M, 1Y, All) as the index history.
#pragma once

#include "core/library/historyrange.h"
#include "core/library/librarytypes.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QAreaSeries;
class QLabel;
class QLineSeries;
QT_END_NAMESPACE

namespace md {
class Library;
}

namespace md::ui {

class HistoryChartView;
class RangePresetBar;

class SymbolHistoryView : public QWidget
{
    Q_OBJECT

public:
    // library may be null: the view then shows only what setSeries() gives it.
    explicit SymbolHistoryView(const Library *library = nullptr, QWidget *parent = nullptr);

    // Shows the symbol's history from the library (what a double-click on a symbol opens).
    void showSymbol(const QString &symbol);
    // Shows a series given directly (the library is not read).
    void setSeries(const Series &series);
    const Series &series() const { return m_series; }

    void applyPreset(RangePreset preset);
    // The checked preset, or -1 after a zoom or pan by hand.
    int checkedPreset() const;

    HistoryChartView *priceChart() const { return m_priceChart; }
    HistoryChartView *changeChart() const { return m_changeChart; }
    // Change bars drawn: days up and days down (a day without change has no bar).
    int upBarCount() const { return m_upCount; }
    int downBarCount() const { return m_downCount; }

private:
    const Library *m_library = nullptr;
    Series m_series;
    QLabel *m_title = nullptr;
    RangePresetBar *m_presets = nullptr;
    HistoryChartView *m_priceChart = nullptr;
    HistoryChartView *m_changeChart = nullptr;
    QLineSeries *m_priceLine = nullptr;
    QAreaSeries *m_upBars = nullptr;
    QAreaSeries *m_downBars = nullptr;
    int m_upCount = 0;
    int m_downCount = 0;
};

} // namespace md::ui
