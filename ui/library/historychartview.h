// A chart over time that zooms and pans along the time axis and fits its value axis to what is shown.
#pragma once

#include "core/library/dailybarchart.h"
#include "core/library/historyrange.h"

#include <QChartView>
#include <QColor>
#include <QHash>
#include <QPointF>
#include <QVector>

#include <optional>

QT_BEGIN_NAMESPACE
class QAbstractSeries;
class QCandlestickSeries;
class QGraphicsLineItem;
class QCategoryAxis;
class QLabel;
class QLineSeries;
class QScatterSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace md::ui {

// Lines, markers, candles and bars of (UTC msecs, value) points on a date axis, labelled on the exchange's clock (Pakistan time, as the
// library's lists show it) whatever the machine's zone (see ui/exchangeclock.h); times in and out of this
// class (points, dataRange, visibleRange) stay UTC msecs. The mouse wheel zooms around the pointer, dragging
// pans, + / - / ← / → / Home do the same from the keyboard, a double click shows everything. Only the time
// axis zooms; the value axis always fits the points in view. Moving the pointer over the plot reports the
// time under it (hovered), for a crosshair the owner places.
class HistoryChartView : public QChartView
{
    Q_OBJECT

public:
    explicit HistoryChartView(QWidget *parent = nullptr);

    // A new line on the chart's axes. Points must be in ascending time order.
    QLineSeries *addLine(const QString &name, const QColor &color, qreal width = 2.0);
    void setLinePoints(QLineSeries *line, const QVector<QPointF> &points);
    // New round markers on the chart's axes (points without a line between them); setMarkerPoints() sets them.
    QScatterSeries *addMarkers(const QString &name, const QColor &color, qreal size = 6.0);
    void setMarkerPoints(QScatterSeries *markers, const QVector<QPointF> &points);
    // New candles on the chart's axes (rising and falling in their colours); setCandles() replaces them all at
    // once (one append, not a signal per candle). The value axis fits their highs and lows.
    QCandlestickSeries *addCandles(const QString &name, const QColor &rising, const QColor &falling);
    void setCandles(QCandlestickSeries *series, const QVector<Candle> &candles);
    // Bars drawn by the view itself, not a series: one item paints those in view with QPainter::drawRects, so
    // thousands cost no more than a line (Qt Charts makes an item per bar or candle, and fills a single outline
    // of thousands of bars slowly). Bars stand on zero, centred on their time, barWidthMsecs wide (at least
    // a pixel). Returns the set's index for setBarSet().
    int addBarSet(const QColor &color);
    void setBarSet(int set, const QVector<QPointF> &points, qint64 barWidthMsecs);
    // The bars of a set in the visible range, as drawn (view coordinates of the chart's scene).
    QVector<QRectF> barRectsInView(int set) const;
    // Removes every line, bar and candle series and every bar set.
    void removeLines();
    // Keep 0 in the value axis (change bars).
    void setIncludeZero(bool include) { m_includeZero = include; }
    // Text after each value label ("%"); none by default.
    void setValueSuffix(const QString &suffix);

    // The time axis: its labels fall on calendar times (ui/timeticks.h), its range is the visible range on the
    // exchange's clock (ui/exchangeclock.h).
    QCategoryAxis *timeAxis() const { return m_timeAxis; }
    // The labels under the time axis now, left to right.
    QStringList timeLabels() const;
    QValueAxis *valueAxis() const { return m_valueAxis; }

    // The time the data stand for, where the points drawn stand in for them (a week's candle at its Wednesday
    // stands for its sessions from Monday to Friday): the data range reaches it too, so presets and "everything"
    // reach the first and last session whatever the candles. None (the default): the points' span alone.
    void setDataSpan(const std::optional<TimeRange> &span);

    // The time span of all points (and the data span); an empty range (0, 0) when there are none.
    TimeRange dataRange() const { return m_dataRange; }
    // True when there is something to show: points, or a data span.
    bool hasPoints() const { return m_hasPoints; }
    // What the empty grid says while there is nothing to show (none by default): why, and what would fill it.
    void setEmptyText(const QString &text);
    // The text shown over the empty grid now; empty when there are points or no text was set.
    QString shownEmptyText() const;
    TimeRange visibleRange() const { return m_visible; }
    // Shows [fromMsecs, toMsecs] and fits the value axis; at least one minute is shown.
    void setVisibleRange(qint64 fromMsecs, qint64 toMsecs);
    void showAll();
    // Fits the value axis to the points in view again (after a series changed without the range moving).
    void refit();
    // Zooms in (factor < 1) or out (factor > 1) keeping anchorMsecs where it is on screen.
    void zoomBy(double factor, qint64 anchorMsecs);
    void panBy(qint64 deltaMsecs);
    // Number of points of all lines inside the visible range.
    int visiblePointCount() const;

    // A crosshair: a vertical line at atMsecs and, when given, a horizontal one at value; hidden by
    // hideCrosshair(). Kept where it is (in time and value) through zoom and pan.
    void showCrosshair(qint64 atMsecs, std::optional<double> value = std::nullopt);
    void hideCrosshair();
    bool isCrosshairVisible() const;
    // The time under a point of the view (viewport coordinates), on the visible range.
    qint64 timeAt(const QPointF &viewPos) const;

signals:
    void visibleRangeChanged(qint64 fromMsecs, qint64 toMsecs);
    // The pointer moved over the chart without dragging (viewport coordinates), or left it.
    void hovered(qint64 atMsecs);
    void left();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // The chart's background, title, axes and crosshair in the widget's palette (again on every change of
    // theme, so a Dark switch never leaves a white chart behind).
    void applyPalette();
    class BarsItem;
    struct BarSet
    {
        QColor color;
        QVector<QPointF> points;
        qint64 widthMsecs = 0;
    };
    void placeCrosshair();
    // Every series' and bar set's points, for fitting and counting.
    QVector<const QVector<QPointF> *> allPoints() const;
    void fitValueAxis();
    // Calendar ticks for the visible range, as many as the chart's width has room for.
    void updateTimeTicks();

    QCategoryAxis *m_timeAxis = nullptr;
    QValueAxis *m_candleAxis = nullptr;  // hidden, on m_timeAxis's range
    QValueAxis *m_valueAxis = nullptr;
    void updateDataRange();

    // The points of every line and bar series, for fitting the value axis and counting what is in view.
    QHash<QAbstractSeries *, QVector<QPointF>> m_points;
    TimeRange m_dataRange;
    std::optional<TimeRange> m_dataSpan;
    bool m_hasPoints = false;
    QLabel *m_emptyLabel = nullptr;
    void placeEmptyLabel();
    TimeRange m_visible;
    QString m_valueSuffix;
    bool m_includeZero = false;
    bool m_dragging = false;
    QPointF m_dragStart;
    TimeRange m_dragRange;
    QVector<BarSet> m_barSets;
    BarsItem *m_barsItem = nullptr;
    QGraphicsLineItem *m_crossX = nullptr;
    QGraphicsLineItem *m_crossY = nullptr;
    std::optional<qint64> m_crossAt;
    std::optional<double> m_crossValue;
};

} // namespace md::ui
