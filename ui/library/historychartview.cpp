// HistoryChartView: time-axis zoom and pan, value axis fitted to the visible points.
#include "ui/library/historychartview.h"

#include "ui/axisscale.h"
#include "ui/exchangeclock.h"
#include "ui/theme.h"
#include "ui/timeticks.h"

#include <QCandlestickSeries>
#include <QCandlestickSet>
#include <QGraphicsLineItem>
#include <QGraphicsScene>
#include <QPainter>
#include <QChart>
#include <QDateTime>
#include <QFontMetrics>
#include <QCategoryAxis>
#include <QKeyEvent>
#include <QLabel>
#include <QLineSeries>
#include <QMouseEvent>
#include <QScatterSeries>
#include <QValueAxis>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <limits>

namespace md::ui {
namespace {

constexpr qint64 kMinimumSpanMsecs = 60 * 1000;
constexpr qint64 kDayMsecs = 24 * 3600 * 1000;

// The points as drawn: moved so the axis labels them with the exchange's clock (see ui/exchangeclock.h).
QVector<QPointF> onExchangeAxis(const QVector<QPointF> &points)
{
    QVector<QPointF> shown = points;
    toExchangeAxis(shown);
    return shown;
}

} // namespace

// Paints the view's bar sets inside the plot area, over the grid and under the crosshair.
class HistoryChartView::BarsItem : public QGraphicsItem
{
public:
    explicit BarsItem(const HistoryChartView *view)
        : m_view(view)
    {
        setZValue(500);
    }

    QRectF boundingRect() const override { return m_view->chart()->plotArea(); }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        painter->save();
        painter->setClipRect(boundingRect());
        painter->setPen(Qt::NoPen);
        painter->setRenderHint(QPainter::Antialiasing, false);  // upright rectangles: crisp and fast
        for (int set = 0; set < m_view->m_barSets.size(); ++set) {
            painter->setBrush(m_view->m_barSets[set].color);
            painter->drawRects(m_view->barRectsInView(set));
        }
        painter->restore();
    }

    void refresh()
    {
        prepareGeometryChange();
        update();
    }

private:
    const HistoryChartView *m_view;
};

HistoryChartView::HistoryChartView(QWidget *parent)
    // Built with its chart: QChartView(parent) makes a default chart that a later setChart() only releases,
    // never deletes (LeakSanitizer caught it once two windows had come and gone).
    : QChartView(new QChart, parent)
{
    QChart *chart = this->chart();
    chart->legend()->hide();
    chart->setLocalizeNumbers(true);  // "148,000", not "148000"
    chart->setLocale(QLocale());
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    m_timeAxis = new QCategoryAxis;
    m_timeAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_valueAxis = new QValueAxis;
    m_valueAxis->setLabelFormat(QStringLiteral("%.2f"));
    chart->addAxis(m_timeAxis, Qt::AlignBottom);
    // Candles are drawn on a value axis only (on a category axis Qt Charts draws none): a hidden one kept on
    // the labelled axis's range.
    m_candleAxis = new QValueAxis;
    m_candleAxis->setVisible(false);
    chart->addAxis(m_candleAxis, Qt::AlignBottom);
    chart->addAxis(m_valueAxis, Qt::AlignLeft);
    updateDataRange();
    setRenderHint(QPainter::Antialiasing);
    setFocusPolicy(Qt::StrongFocus);
    setRubberBand(QChartView::NoRubberBand);
    setToolTip(tr("Wheel to zoom, drag to move along time, double-click to see everything."));
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
    m_barsItem = new BarsItem(this);
    scene()->addItem(m_barsItem);
    connect(chart, &QChart::plotAreaChanged, this, [this] {
        updateTimeTicks();  // as many as the plot's width has room for, none cut at its end
        placeCrosshair();
        m_barsItem->refresh();
        placeEmptyLabel();
    });
    m_crossX = new QGraphicsLineItem;
    m_crossY = new QGraphicsLineItem;
    for (QGraphicsLineItem *line : {m_crossX, m_crossY}) {
        line->setZValue(1000);  // over the series
        line->hide();
        scene()->addItem(line);
    }
    applyPalette();
}

QLineSeries *HistoryChartView::addLine(const QString &name, const QColor &color, qreal width)
{
    auto *line = new QLineSeries;
    line->setName(name);
    QPen pen(color);
    pen.setWidthF(width);
    line->setPen(pen);
    chart()->addSeries(line);
    line->attachAxis(m_timeAxis);
    line->attachAxis(m_valueAxis);
    m_points.insert(line, {});
    return line;
}

void HistoryChartView::setLinePoints(QLineSeries *line, const QVector<QPointF> &points)
{
    if (!m_points.contains(line))
        return;
    m_points[line] = points;
    line->replace(onExchangeAxis(points));
    // A marker on every point while they are few enough to tell apart (one point draws no line at all).
    line->setPointsVisible(points.size() <= 120);
    updateDataRange();
}

QScatterSeries *HistoryChartView::addMarkers(const QString &name, const QColor &color, qreal size)
{
    auto *markers = new QScatterSeries;
    markers->setName(name);
    markers->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    markers->setMarkerSize(size);
    markers->setColor(color);
    markers->setBorderColor(color);
    chart()->addSeries(markers);
    markers->attachAxis(m_timeAxis);
    markers->attachAxis(m_valueAxis);
    m_points.insert(markers, {});
    return markers;
}

void HistoryChartView::setMarkerPoints(QScatterSeries *markers, const QVector<QPointF> &points)
{
    if (!m_points.contains(markers))
        return;
    m_points[markers] = points;
    markers->replace(onExchangeAxis(points));
    updateDataRange();
}

int HistoryChartView::addBarSet(const QColor &color)
{
    m_barSets.append(BarSet{color, {}, 0});
    return int(m_barSets.size() - 1);
}

void HistoryChartView::setBarSet(int set, const QVector<QPointF> &points, qint64 barWidthMsecs)
{
    if (set < 0 || set >= m_barSets.size())
        return;
    m_barSets[set].points = points;
    m_barSets[set].widthMsecs = barWidthMsecs;
    updateDataRange();
    m_barsItem->refresh();
}

QVector<QRectF> HistoryChartView::barRectsInView(int set) const
{
    QVector<QRectF> rects;
    const QRectF plot = chart()->plotArea();
    const double span = double(m_visible.toMsecs - m_visible.fromMsecs);
    const double low = m_valueAxis->min();
    const double high = m_valueAxis->max();
    if (set < 0 || set >= m_barSets.size() || plot.width() <= 0 || span <= 0 || high <= low)
        return rects;
    const BarSet &bars = m_barSets[set];
    const double half = double(bars.widthMsecs) / 2.0;
    const auto first = std::lower_bound(bars.points.cbegin(), bars.points.cend(), double(m_visible.fromMsecs) - half,
                                        [](const QPointF &p, double x) { return p.x() < x; });
    const auto last = std::upper_bound(first, bars.points.cend(), double(m_visible.toMsecs) + half,
                                       [](double x, const QPointF &p) { return x < p.x(); });
    const double xScale = plot.width() / span;
    const double yScale = plot.height() / (high - low);
    const double width = std::max(1.0, double(bars.widthMsecs) * xScale);
    const double zero = plot.bottom() - (std::clamp(0.0, low, high) - low) * yScale;
    rects.reserve(last - first);
    for (auto p = first; p != last; ++p) {
        const double x = plot.left() + (p->x() - double(m_visible.fromMsecs)) * xScale;
        const double y = plot.bottom() - (std::clamp(p->y(), low, high) - low) * yScale;
        rects.append(QRectF(QPointF(x - width / 2, std::min(y, zero)), QPointF(x + width / 2, std::max(y, zero))));
    }
    return rects;
}

QVector<const QVector<QPointF> *> HistoryChartView::allPoints() const
{
    QVector<const QVector<QPointF> *> all;
    for (auto it = m_points.cbegin(); it != m_points.cend(); ++it)
        all.append(&it.value());
    for (const BarSet &bars : m_barSets)
        all.append(&bars.points);
    return all;
}

QCandlestickSeries *HistoryChartView::addCandles(const QString &name, const QColor &rising, const QColor &falling)
{
    auto *candles = new QCandlestickSeries;
    candles->setName(name);
    candles->setIncreasingColor(rising);
    candles->setDecreasingColor(falling);
    candles->setBodyOutlineVisible(false);
    candles->setCapsVisible(false);
    candles->setBodyWidth(0.7);
    candles->setMinimumColumnWidth(1.0);
    candles->setMaximumColumnWidth(24.0);
    QPen pen(QColor(0x55, 0x55, 0x55));
    pen.setCosmetic(true);
    candles->setPen(pen);
    chart()->addSeries(candles);
    candles->attachAxis(m_candleAxis);
    candles->attachAxis(m_valueAxis);
    m_points.insert(candles, {});
    return candles;
}

void HistoryChartView::setCandles(QCandlestickSeries *series, const QVector<Candle> &candles)
{
    if (!m_points.contains(series))
        return;
    // Each candle's low and high, for fitting the value axis (still in ascending time).
    QVector<QPointF> extremes;
    extremes.reserve(candles.size() * 2);
    QList<QCandlestickSet *> sets;
    sets.reserve(candles.size());
    QVector<QPointF> times;
    times.reserve(candles.size());
    for (const Candle &c : candles)
        times.append(QPointF(double(c.msecs), 0.0));
    toExchangeAxis(times);
    for (qsizetype i = 0; i < candles.size(); ++i) {
        const Candle &c = candles[i];
        extremes.append(QPointF(double(c.msecs), c.low));
        extremes.append(QPointF(double(c.msecs), c.high));
        sets.append(new QCandlestickSet(c.open, c.high, c.low, c.close, times[i].x()));
    }
    m_points[series] = extremes;
    series->clear();
    if (!sets.isEmpty())
        series->append(sets);
    updateDataRange();
}

void HistoryChartView::updateDataRange()
{
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = std::numeric_limits<qint64>::min();
    for (const QVector<QPointF> *p : allPoints()) {
        if (p->isEmpty())
            continue;
        first = std::min(first, qint64(p->first().x()));
        last = std::max(last, qint64(p->last().x()));
    }
    if (m_dataSpan) {
        first = std::min(first, m_dataSpan->fromMsecs);
        last = std::max(last, m_dataSpan->toMsecs);
    }
    m_hasPoints = first <= last;
    m_dataRange = m_hasPoints ? TimeRange{first, last} : TimeRange{};
    // Without points the axes would count from 1970: an empty grid says "nothing here" more honestly.
    m_timeAxis->setLabelsVisible(m_hasPoints);
    m_valueAxis->setLabelsVisible(m_hasPoints);
    placeEmptyLabel();
}

void HistoryChartView::setEmptyText(const QString &text)
{
    if (!m_emptyLabel) {
        m_emptyLabel = new QLabel(viewport());
        m_emptyLabel->setAlignment(Qt::AlignCenter);
        m_emptyLabel->setWordWrap(true);
        m_emptyLabel->setAttribute(Qt::WA_TransparentForMouseEvents);
        m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    }
    m_emptyLabel->setText(text);
    placeEmptyLabel();
}

QString HistoryChartView::shownEmptyText() const
{
    return m_emptyLabel && !m_emptyLabel->isHidden() ? m_emptyLabel->text() : QString();
}

void HistoryChartView::placeEmptyLabel()
{
    if (!m_emptyLabel)
        return;
    m_emptyLabel->setVisible(!m_hasPoints && !m_emptyLabel->text().isEmpty());
    // Centred on the plot, with a margin so a long sentence wraps inside the grid.
    const QRect plot = mapFromScene(chart()->plotArea()).boundingRect();
    m_emptyLabel->setGeometry(plot.adjusted(24, 24, -24, -24));
}

void HistoryChartView::setDataSpan(const std::optional<TimeRange> &span)
{
    m_dataSpan = span;
    updateDataRange();
}

void HistoryChartView::removeLines()
{
    for (auto it = m_points.cbegin(); it != m_points.cend(); ++it) {
        chart()->removeSeries(it.key());
        delete it.key();
    }
    m_points.clear();
    m_barSets.clear();
    m_barsItem->refresh();
    updateDataRange();
}

void HistoryChartView::setVisibleRange(qint64 fromMsecs, qint64 toMsecs)
{
    if (toMsecs < fromMsecs)
        std::swap(fromMsecs, toMsecs);
    if (toMsecs - fromMsecs < kMinimumSpanMsecs) {
        const qint64 middle = fromMsecs + (toMsecs - fromMsecs) / 2;
        fromMsecs = middle - kMinimumSpanMsecs / 2;
        toMsecs = fromMsecs + kMinimumSpanMsecs;
    }
    const TimeRange range{fromMsecs, toMsecs};
    const bool changed = !(range == m_visible);
    m_visible = range;
    updateTimeTicks();
    fitValueAxis();
    placeCrosshair();
    if (changed)
        emit visibleRangeChanged(fromMsecs, toMsecs);
}

void HistoryChartView::showAll()
{
    const qint64 span = m_dataRange.toMsecs - m_dataRange.fromMsecs;
    if (span < kDayMsecs) {
        // One day's points (often a single one): the week around their day, midnight to midnight on the
        // exchange's clock, so a day's bar has room too and each day is labelled.
        const qint64 middle = m_dataRange.fromMsecs + span / 2;
        const qint64 shift = exchangeAxisMsecs(middle) - middle;
        const QDate day = QDateTime::fromMSecsSinceEpoch(middle + shift).date();
        setVisibleRange(day.addDays(-3).startOfDay().toMSecsSinceEpoch() - shift,
                        day.addDays(4).startOfDay().toMSecsSinceEpoch() - shift);
        return;
    }
    // A little room either side so the first and last points are not on the frame.
    setVisibleRange(m_dataRange.fromMsecs - span / 50, m_dataRange.toMsecs + span / 50);
}

void HistoryChartView::refit()
{
    fitValueAxis();
    placeCrosshair();
    m_barsItem->refresh();
}

void HistoryChartView::zoomBy(double factor, qint64 anchorMsecs)
{
    const double from = double(m_visible.fromMsecs);
    const double to = double(m_visible.toMsecs);
    const double anchor = std::clamp(double(anchorMsecs), from, to);
    setVisibleRange(qint64(anchor - (anchor - from) * factor), qint64(anchor + (to - anchor) * factor));
}

void HistoryChartView::panBy(qint64 deltaMsecs)
{
    setVisibleRange(m_visible.fromMsecs + deltaMsecs, m_visible.toMsecs + deltaMsecs);
}

int HistoryChartView::visiblePointCount() const
{
    int count = 0;
    for (const QVector<QPointF> *points : allPoints())
        count += int(pointCountIn(*points, m_visible.fromMsecs, m_visible.toMsecs));
    return count;
}

void HistoryChartView::fitValueAxis()
{
    double low = HUGE_VAL;
    double high = -HUGE_VAL;
    for (const QVector<QPointF> *points : allPoints()) {
        if (const std::optional<ValueRange> range = valueRangeIn(*points, m_visible.fromMsecs, m_visible.toMsecs)) {
            low = std::min(low, range->low);
            high = std::max(high, range->high);
        }
    }
    if (low > high)
        return;  // nothing in view: keep the last fit
    if (m_includeZero) {
        low = std::min(low, 0.0);
        high = std::max(high, 0.0);
    }
    const double pad = high > low ? (high - low) * 0.06 : std::max(std::abs(high) * 0.01, 1.0);
    // Bars standing on zero (volumes) have nothing below it to leave room for.
    const double bottom = m_includeZero && low >= 0.0 ? 0.0 : low - pad;
    // One labelled tick per 45 pixels or so: denser labels would be drawn as "...".
    applyNiceScale(m_valueAxis, bottom, high + pad, std::clamp(height() / 45, 3, 8));
    if (!m_valueSuffix.isEmpty())
        m_valueAxis->setLabelFormat(m_valueAxis->labelFormat() + m_valueSuffix);
}

void HistoryChartView::setValueSuffix(const QString &suffix)
{
    m_valueSuffix = suffix;
    refit();
}

void HistoryChartView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    fitValueAxis();  // as many labelled ticks as the new height has room for
    placeCrosshair();
    m_barsItem->refresh();
}

void HistoryChartView::applyPalette()
{
    const QPalette pal = palette();
    QChart *chart = this->chart();
    chart->setBackgroundBrush(pal.color(QPalette::Base));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(0);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(pal.color(QPalette::Text));
    chart->legend()->hide();
    setBackgroundBrush(pal.color(QPalette::Base));
    QColor grid = pal.color(QPalette::Text);
    grid.setAlphaF(isDark(pal) ? 0.12f : 0.09f);
    QColor line = pal.color(QPalette::Text);
    line.setAlphaF(0.25f);
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(m_timeAxis), static_cast<QAbstractAxis *>(m_valueAxis)}) {
        axis->setLabelsBrush(mutedTextColor(pal));
        axis->setTitleBrush(mutedTextColor(pal));
        axis->setGridLinePen(QPen(grid, 1));
        axis->setLinePen(QPen(line, 1));
    }
    QPen cross(mutedTextColor(pal));
    cross.setStyle(Qt::DashLine);
    cross.setCosmetic(true);
    for (QGraphicsLineItem *crossLine : {m_crossX, m_crossY})
        crossLine->setPen(cross);
}

void HistoryChartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QChartView::changeEvent(event);
}

void HistoryChartView::leaveEvent(QEvent *event)
{
    QChartView::leaveEvent(event);
    emit left();
}

void HistoryChartView::showCrosshair(qint64 atMsecs, std::optional<double> value)
{
    m_crossAt = atMsecs;
    m_crossValue = value;
    placeCrosshair();
}

void HistoryChartView::hideCrosshair()
{
    m_crossAt.reset();
    m_crossValue.reset();
    placeCrosshair();
}

bool HistoryChartView::isCrosshairVisible() const
{
    return m_crossX->isVisible();
}

void HistoryChartView::placeCrosshair()
{
    const QRectF plot = chart()->plotArea();
    const double span = double(m_visible.toMsecs - m_visible.fromMsecs);
    if (!m_crossAt || plot.width() <= 0 || span <= 0 || *m_crossAt < m_visible.fromMsecs || *m_crossAt > m_visible.toMsecs) {
        m_crossX->hide();
        m_crossY->hide();
        return;
    }
    const double x = plot.left() + double(*m_crossAt - m_visible.fromMsecs) / span * plot.width();
    m_crossX->setLine(x, plot.top(), x, plot.bottom());
    m_crossX->show();
    const double low = m_valueAxis->min();
    const double high = m_valueAxis->max();
    if (m_crossValue && high > low && *m_crossValue >= low && *m_crossValue <= high) {
        const double y = plot.bottom() - (*m_crossValue - low) / (high - low) * plot.height();
        m_crossY->setLine(plot.left(), y, plot.right(), y);
        m_crossY->show();
    } else {
        m_crossY->hide();
    }
}

void HistoryChartView::updateTimeTicks()
{
    // The axis is labelled on the exchange's clock, like the series drawn on it.
    const qint64 shift = exchangeAxisMsecs(m_visible.toMsecs) - m_visible.toMsecs;
    const qint64 from = m_visible.fromMsecs + shift;
    const qint64 to = m_visible.toMsecs + shift;
    if (to <= from)
        return;
    // The plot's width once laid out; before, the view's less the value axis's labels.
    const QFontMetrics metrics(m_timeAxis->labelsFont());
    const qreal plot = chart()->plotArea().width();
    const int plotWidth = plot > 0 ? int(plot) : std::max(0, width() - 80);
    const auto textWidth = [&](const QString &label) { return metrics.horizontalAdvance(label); };
    QStringList labels;
    QVector<double> values;
    for (const TimeTick &tick : calendarTicksFitting(from, to, plotWidth, metrics.height() * 2, textWidth)) {
        // A label centred on a tick near the right end would be cut by the frame ("Mar 202"); the left end has
        // the value axis's labels beside it.
        const double fromRight = double(to - tick.msecs) / double(to - from) * plotWidth;
        if (fromRight < textWidth(tick.label) / 2.0)
            continue;
        labels.append(tick.label);
        values.append(double(tick.msecs));
    }
    if (m_timeAxis->min() == double(from) && m_timeAxis->max() == double(to) && m_timeAxis->categoriesLabels() == labels)
        return;  // as drawn (a new plot area of the same width)
    for (const QString &label : m_timeAxis->categoriesLabels())
        m_timeAxis->remove(label);
    m_timeAxis->setRange(double(from), double(to));
    m_timeAxis->setStartValue(double(from));
    m_candleAxis->setRange(double(from), double(to));
    for (qsizetype i = 0; i < labels.size(); ++i)
        m_timeAxis->append(labels[i], values[i]);
}

QStringList HistoryChartView::timeLabels() const
{
    return m_timeAxis->categoriesLabels();
}

qint64 HistoryChartView::timeAt(const QPointF &viewPos) const
{
    const QRectF plot = chart()->plotArea();
    if (plot.width() <= 0)
        return m_visible.fromMsecs;
    const double ratio = (mapToScene(viewPos.toPoint()).x() - plot.left()) / plot.width();
    return m_visible.fromMsecs + qint64(ratio * double(m_visible.toMsecs - m_visible.fromMsecs));
}

void HistoryChartView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0.0) {
        event->ignore();
        return;
    }
    zoomBy(std::pow(0.8, steps), timeAt(event->position()));
    event->accept();
}

void HistoryChartView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_dragging = true;
        m_dragStart = event->position();
        m_dragRange = m_visible;
        setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

void HistoryChartView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging) {
        QChartView::mouseMoveEvent(event);
        if (m_hasPoints && chart()->plotArea().contains(mapToScene(event->position().toPoint())))
            emit hovered(timeAt(event->position()));
        else
            emit left();
        return;
    }
    const double width = chart()->plotArea().width();
    if (width > 0) {
        const double dx = event->position().x() - m_dragStart.x();
        const qint64 delta = qint64(-dx / width * double(m_dragRange.toMsecs - m_dragRange.fromMsecs));
        setVisibleRange(m_dragRange.fromMsecs + delta, m_dragRange.toMsecs + delta);
    }
    event->accept();
}

void HistoryChartView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragging && event->button() == Qt::LeftButton) {
        m_dragging = false;
        unsetCursor();
        event->accept();
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

void HistoryChartView::mouseDoubleClickEvent(QMouseEvent *event)
{
    showAll();
    event->accept();
}

void HistoryChartView::keyPressEvent(QKeyEvent *event)
{
    const qint64 span = m_visible.toMsecs - m_visible.fromMsecs;
    const qint64 middle = m_visible.fromMsecs + span / 2;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomBy(0.8, middle); break;
    case Qt::Key_Minus: zoomBy(1.25, middle); break;
    case Qt::Key_Left: panBy(-span / 10); break;
    case Qt::Key_Right: panBy(span / 10); break;
    case Qt::Key_Home: showAll(); break;
    default: QChartView::keyPressEvent(event); return;
    }
    event->accept();
}

} // namespace md::ui
