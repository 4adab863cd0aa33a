// The range buttons of a history chart (1W / 1M / 3M / 1Y / All, or those given): a click shows that range,
// a zoom or pan by hand leaves the presets (none checked).
#pragma once

#include "core/library/historyrange.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QButtonGroup;
QT_END_NAMESPACE

namespace md::ui {

class HistoryChartView;

class RangePresetBar : public QWidget
{
    Q_OBJECT

public:
    // Drives chart's visible range (a chart whose range others follow, as the symbol history's bars do,
    // follow it too).
    explicit RangePresetBar(HistoryChartView *chart, QWidget *parent = nullptr);
    // The buttons of presets, in that order (All should be among them: it is the one reapply() falls back to).
    RangePresetBar(HistoryChartView *chart, const QVector<RangePreset> &presets, QWidget *parent = nullptr);

    // Room shown after the newest point by every preset but All (which has its own), so a candle standing
    // on the last session is drawn whole; none by default.
    void setTrailingRoom(qint64 msecs) { m_trailingRoom = msecs; }

    // Checks preset and shows its range on the chart (nothing to show when the chart has no points). A preset
    // longer than the data shows what All shows: the data, not an empty stretch before them.
    void apply(RangePreset preset);
    // True when the bar has a button for preset.
    bool offers(RangePreset preset) const;
    // After new points: the checked preset again, or All when none is checked.
    void reapply();
    // The checked preset, or -1 after a zoom or pan by hand.
    int checkedPreset() const;

signals:
    // The chart's visible range changed, by a preset or by hand.
    void rangeChanged();
    // The user clicked preset's button (not emitted by apply()).
    void presetClicked(md::RangePreset preset);

private:
    HistoryChartView *m_chart = nullptr;
    QButtonGroup *m_buttons = nullptr;
    bool m_applying = false;
    qint64 m_trailingRoom = 0;
};

} // namespace md::ui
