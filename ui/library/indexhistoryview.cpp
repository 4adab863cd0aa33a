// IndexHistoryView: index chooser, range preset buttons and the zoomable chart.
#include "ui/library/indexhistoryview.h"

#include "core/library/library.h"
#include "core/models/librarylistmodel.h"
#include "core/settings/settings.h"
#include "ui/library/historychartview.h"
#include "ui/library/rangepresetbar.h"
#include "ui/library/watchstarbutton.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <cmath>

namespace md::ui {

IndexHistoryView::IndexHistoryView(const Library *library, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
{
    m_chart = new HistoryChartView;
    m_line = m_chart->addLine(tr("Index"), QColor(0x1f, 0x6f, 0xb4));

    m_indexBox = new QComboBox;
    m_indexBox->setAccessibleName(tr("Index"));
    m_indexBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_presets = new RangePresetBar(m_chart);
    m_summary = new QLabel;
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Index:")));
    controls->addWidget(m_indexBox);
    m_star = new WatchStarButton;
    controls->addWidget(m_star);
    controls->addSpacing(12);
    controls->addWidget(m_presets);
    controls->addStretch(1);
    controls->addWidget(m_summary);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_chart, 1);

    connect(m_indexBox, &QComboBox::currentTextChanged, this, [this](const QString &name) {
        if (!name.isEmpty() && name != m_series.name)
            showIndex(name);
    });
    connect(m_presets, &RangePresetBar::rangeChanged, this, &IndexHistoryView::updateSummary);
    connect(m_presets, &RangePresetBar::presetClicked, this,
            [](RangePreset preset) { settings::indexHistoryPreset.set(int(preset)); });
    // The preset chosen last time.
    const RangePreset preset = RangePreset(settings::indexHistoryPreset.value());
    m_presets->apply(m_presets->offers(preset) ? preset : RangePreset(settings::indexHistoryPreset.defaultValue()));
    reload();
}

void IndexHistoryView::setWatchlist(WatchedSymbols *watchlist)
{
    m_star->setWatchlist(watchlist);
}

void IndexHistoryView::reload()
{
    if (!m_library)
        return;
    const QStringList names = m_library->indexNames();
    QString wanted = m_series.name;
    if (!names.contains(wanted, Qt::CaseInsensitive))
        wanted = names.contains(QStringLiteral("KSE100")) ? QStringLiteral("KSE100") : names.value(0);
    {
        const QSignalBlocker block(m_indexBox);
        m_indexBox->clear();
        m_indexBox->addItems(names);
        m_indexBox->setCurrentText(wanted);
    }
    if (wanted.isEmpty())
        setSeries(Series{});
    else
        showIndex(wanted);
}

void IndexHistoryView::showIndex(const QString &name)
{
    if (!m_library)
        return;
    setSeries(m_library->series(name));
    if (m_series.name.isEmpty())
        m_series.name = name;
}

void IndexHistoryView::setSeries(const Series &series)
{
    const bool changed = series.name != m_series.name;
    m_series = series;
    QVector<QPointF> points;
    points.reserve(series.points.size());
    for (const SeriesPoint &p : series.points)
        points.append(QPointF(double(p.msecs), p.value));
    m_line->setName(series.name);
    m_chart->setLinePoints(m_line, points);
    if (m_indexBox->findText(series.name) < 0 && !series.name.isEmpty())
        m_indexBox->addItem(series.name);
    {
        const QSignalBlocker block(m_indexBox);
        m_indexBox->setCurrentText(series.name);
    }
    m_star->setName(series.name);
    m_presets->reapply();
    if (changed)
        emit indexChanged(series.name);
}

void IndexHistoryView::applyPreset(RangePreset preset)
{
    m_presets->apply(preset);
}

int IndexHistoryView::checkedPreset() const
{
    return m_presets->checkedPreset();
}

void IndexHistoryView::updateSummary()
{
    if (m_series.isEmpty()) {
        m_summary->setText(m_library && m_indexBox->count() == 0 ? tr("The library holds no index values yet.")
                                                                 : tr("No values in the library."));
        return;
    }
    const SeriesPoint &last = m_series.points.last();
    m_summary->setText(tr("%1 on %2: %3 · %4 of %5 points shown")
                           .arg(m_series.name, displayCaptureTime(last.capturedAt),
                                QLocale().toString(last.value, 'f', last.value == std::floor(last.value) ? 0 : 2))
                           .arg(m_chart->visiblePointCount())
                           .arg(m_series.points.size()));
}

} // namespace md::ui
