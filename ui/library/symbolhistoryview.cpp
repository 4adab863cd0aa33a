// SymbolHistoryView: the price line and, sharing its time range, the change bars drawn as stems from zero.
#include "ui/library/symbolhistoryview.h"

#include "core/library/library.h"
#include "core/library/librarylistmodel.h"
#include "core/wording.h"
#include "ui/library/historychartview.h"

#include <QChart>
#include <QLabel>
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

    // Bars on a time axis: each day's change is a vertical stem from zero, up days and down days apart.
    m_changeChart = new HistoryChartView;
    m_changeChart->setIncludeZero(true);
    m_changeChart->chart()->setTitle(tr("Daily change"));
    m_upLine = m_changeChart->addLine(tr("Up"), QColor(0x1a, 0x9c, 0x4a), 4);
    m_downLine = m_changeChart->addLine(tr("Down"), QColor(0xd0, 0x30, 0x30), 4);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_priceChart, 3);
    layout->addWidget(m_changeChart, 2);

    // The two charts always show the same time range, whichever one is zoomed or panned.
    connect(m_priceChart, &HistoryChartView::visibleRangeChanged, m_changeChart, &HistoryChartView::setVisibleRange);
    connect(m_changeChart, &HistoryChartView::visibleRangeChanged, m_priceChart, &HistoryChartView::setVisibleRange);
    connect(m_priceChart, &HistoryChartView::visibleRangeChanged, this, &SymbolHistoryView::updateBarWidth);
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
    m_upBars = 0;
    m_downBars = 0;
    for (const SeriesPoint &p : series.points) {
        const double x = double(p.msecs);
        prices.append(QPointF(x, p.value));
        if (p.change == 0.0)
            continue;
        QVector<QPointF> &stems = p.change > 0.0 ? ups : downs;
        stems.append(QPointF(x, 0.0));
        stems.append(QPointF(x, p.change));
        stems.append(QPointF(x, 0.0));
        ++(p.change > 0.0 ? m_upBars : m_downBars);
    }
    m_priceChart->setLinePoints(m_priceLine, prices);
    m_changeChart->setLinePoints(m_upLine, ups);
    m_changeChart->setLinePoints(m_downLine, downs);

    if (series.isEmpty()) {
        m_title->setText(series.name.isEmpty() ? tr("No symbol chosen.")
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
    m_priceChart->showAll();
    updateBarWidth();
}

void SymbolHistoryView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateBarWidth();
}

void SymbolHistoryView::updateBarWidth()
{
    // About two thirds of the room each day has, between 1 and 12 pixels.
    const int visible = std::max(1, m_priceChart->visiblePointCount());
    const qreal room = m_changeChart->chart()->plotArea().width() / visible;
    const qreal width = std::clamp(room * 0.66, 1.0, 12.0);
    for (QLineSeries *line : {m_upLine, m_downLine}) {
        QPen pen = line->pen();
        if (!qFuzzyCompare(pen.widthF(), width)) {
            pen.setWidthF(width);
            pen.setCapStyle(Qt::FlatCap);
            line->setPen(pen);
        }
    }
}

} // namespace md::ui
