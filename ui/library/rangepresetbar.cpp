// RangePresetBar: exclusive checkable tool buttons over one HistoryChartView.
#include "ui/library/rangepresetbar.h"

#include "ui/library/historychartview.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QToolButton>

namespace md::ui {

RangePresetBar::RangePresetBar(HistoryChartView *chart, QWidget *parent)
    : RangePresetBar(chart, {RangePreset::Week, RangePreset::Month, RangePreset::ThreeMonths, RangePreset::Year,
                             RangePreset::All}, parent)
{
}

RangePresetBar::RangePresetBar(HistoryChartView *chart, const QVector<RangePreset> &presets, QWidget *parent)
    : QWidget(parent)
    , m_chart(chart)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_buttons = new QButtonGroup(this);
    m_buttons->setExclusive(true);
    for (RangePreset preset : presets) {
        auto *button = new QToolButton;
        button->setText(presetLabel(preset));
        button->setCheckable(true);
        button->setAutoRaise(true);
        m_buttons->addButton(button, int(preset));
        layout->addWidget(button);
    }
    connect(m_buttons, &QButtonGroup::idClicked, this, [this](int id) {
        apply(RangePreset(id));
        emit presetClicked(RangePreset(id));
    });
    connect(m_chart, &HistoryChartView::visibleRangeChanged, this, [this] {
        if (!m_applying && m_buttons->checkedButton()) {
            // An exclusive group keeps one button checked; lift that for a moment to check none.
            m_buttons->setExclusive(false);
            m_buttons->checkedButton()->setChecked(false);
            m_buttons->setExclusive(true);
        }
        emit rangeChanged();
    });
}

void RangePresetBar::apply(RangePreset preset)
{
    if (QAbstractButton *button = m_buttons->button(int(preset)))
        button->setChecked(true);
    if (!m_chart->hasPoints()) {
        emit rangeChanged();
        return;
    }
    const TimeRange data = m_chart->dataRange();
    const TimeRange range = presetRange(preset, data.fromMsecs, data.toMsecs);
    m_applying = true;
    if (range.fromMsecs <= data.fromMsecs)
        m_chart->showAll();  // All, or a preset longer than the data: the data with All's room either side
    else
        m_chart->setVisibleRange(range.fromMsecs, range.toMsecs + m_trailingRoom);
    m_applying = false;
    emit rangeChanged();
}

void RangePresetBar::reapply()
{
    const int checked = m_buttons->checkedId();
    apply(checked >= 0 ? RangePreset(checked) : RangePreset::All);
}

bool RangePresetBar::offers(RangePreset preset) const
{
    return m_buttons->button(int(preset)) != nullptr;
}

int RangePresetBar::checkedPreset() const
{
    return m_buttons->checkedId();
}

} // namespace md::ui
