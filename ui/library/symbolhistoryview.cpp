// SymbolHistoryView: the price line and, sharing its time range, the change bars drawn as stems from zero.
#include "ui/library/symbolhistoryview.h"

#include "core/library/library.h"
#include "core/models/librarylistmodel.h"
#include "core/wording.h"
#include "ui/library/historychartview.h"
#include "ui/library/rangepresetbar.h"

#include <QChart>
#include <QHBoxLayout>
#include <QLabel>
#include <QAreaSeries>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

namespace md::ui {

SymbolHistoryView::SymbolHistoryView(const Library *library, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
{
    m_title = new QLabel;
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_priceChart = new HistoryChartView;
    m_priceLine = m_priceChart->addLine(tr("Price"), QColor(0x1f, 0x6f, 0xb4));
    m_priceChart->chart()->setTitle(tr("Price"));

    // Bars on the same time axis: each day's change from zero, up days and down days in their colours.
    m_changeChart = new HistoryChartView;
    m_changeChart->setIncludeZero(true);
    m_changeChart->chart()->setTitle(tr("Daily change"));
    m_upBars = m_changeChart->addBars(tr("Up"), QColor(0x1a, 0x9c, 0x4a));
    m_downBars = m_changeChart->addBars(tr("Down"), QColor(0xd0, 0x30, 0x30));

    // The presets drive the price chart; the bars follow it like any zoom or pan.
    m_presets = new RangePresetBar(m_priceChart);
    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_presets);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_priceChart, 3);
    layout->addWidget(m_changeChart, 2);

    // The two charts always show the same time range, whichever one is zoomed or panned.
    connect(m_priceChart, &HistoryChartView::visibleRangeChanged, m_changeChart, &HistoryChartView::setVisibleRange);
    connect(m_changeChart, &HistoryChartView::visibleRangeChanged, m_priceChart, &HistoryChartView::setVisibleRange);
    setSeries(Series{});
}

void SymbolHistoryView::showSymbol(const QString &symbol)
{
    Series series;
    if (m_library)
        series = m_library->series(symbol);
    if (series.name.isEmpty())
        series.name = symbol;
    setSeries(series);
}

void SymbolHistoryView::setSeries(const Series &series)
{
    m_series = series;
    QVector<QPointF> prices;
    QVector<QPointF> ups;
    QVector<QPointF> downs;
    prices.reserve(series.points.size());
    for (const SeriesPoint &p : series.points) {
        prices.append(QPointF(double(p.msecs), p.value));
        if (p.change > 0.0)
            ups.append(QPointF(double(p.msecs), p.change));
        else if (p.change < 0.0)
            downs.append(QPointF(double(p.msecs), p.change));
    }
    m_upCount = int(ups.size());
    m_downCount = int(downs.size());
    // Bars two thirds as wide as the usual gap between snapshots (a day for daily saves).
    QVector<qint64> gaps;
    for (qsizetype i = 1; i < series.points.size(); ++i)
        gaps.append(series.points[i].msecs - series.points[i - 1].msecs);
    std::nth_element(gaps.begin(), gaps.begin() + gaps.size() / 2, gaps.end());
    const qint64 gap = gaps.isEmpty() || gaps[gaps.size() / 2] <= 0 ? 24ll * 3600 * 1000 : gaps[gaps.size() / 2];
    m_priceChart->setLinePoints(m_priceLine, prices);
    m_changeChart->setBarPoints(m_upBars, ups, gap * 2 / 3);
    m_changeChart->setBarPoints(m_downBars, downs, gap * 2 / 3);

    if (series.isEmpty()) {
        m_title->setText(series.name.isEmpty() ? tr("No symbol chosen: double-click one in the movers table.")
                                               : tr("%1: no prices in the library.").arg(series.name));
        return;
    }
    const SeriesPoint &first = series.points.first();
    const SeriesPoint &last = series.points.last();
    m_title->setText(tr("%1: %2 on %3 (%4 since %5, over %6)")
                         .arg(series.name, QLocale().toString(last.value, 'f', 2), displayCaptureTime(last.capturedAt),
                              (last.value >= first.value ? QStringLiteral("+") : QString())
                                  + QLocale().toString(last.value - first.value, 'f', 2),
                              displayCaptureTime(first.capturedAt))
                         .arg(countOf(series.points.size(), "snapshot", "snapshots")));
    m_presets->reapply();
}

void SymbolHistoryView::applyPreset(RangePreset preset)
{
    m_presets->apply(preset);
}

int SymbolHistoryView::checkedPreset() const
{
    return m_presets->checkedPreset();
}

} // namespace md::ui
