// Index charts with Qt Charts: lines over capture time, bars of the current snapshot's moves.
#include "ui/indexchartview.h"

#include "core/models/displayformat.h"
#include "core/models/indexseriesmodel.h"
#include "core/models/markettablemodel.h"
#include "core/models/modelroles.h"
#include "core/settings/settings.h"
#include "core/timestamp.h"
#include "ui/axisscale.h"
#include "ui/exchangeclock.h"
#include "ui/imagefile.h"
#include "ui/modelsignals.h"
#include "ui/theme.h"
#include "ui/timeticks.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTime>
#include <QCategoryAxis>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontMetrics>
#include <QGridLayout>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QMessageBox>
#include <QScatterSeries>
#include <QScrollArea>
#include <QLegendMarker>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace md::ui {
namespace {

constexpr qint64 kHour = 3600 * 1000;
constexpr qint64 kDay = 24 * kHour;

struct SeriesPoint
{
    qint64 msecs = 0;
    double value = 0.0;
    double change = 0.0;
    double changePercent = 0.0;
    QString timeText;
    bool current = false;
};

QString colourHex(const QColor &c)
{
    return c.name(QColor::HexRgb);
}

void styleChart(QChart *chart, const QPalette &palette)
{
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundPen(QPen(palette.color(QPalette::Mid), 0));
    chart->setBackgroundRoundness(6);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(palette.color(QPalette::Text));
    chart->setMargins(QMargins(6, 4, 10, 4));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->hide();
    QFont title = QApplication::font();
    title.setPointSizeF(title.pointSizeF() * 1.05);
    chart->setTitleFont(title);
}

void styleAxis(QAbstractAxis *axis, const QPalette &palette)
{
    const QColor muted = mutedTextColor(palette);
    axis->setLabelsBrush(muted);
    QColor grid = palette.color(QPalette::Text);
    grid.setAlphaF(isDark(palette) ? 0.12f : 0.09f);
    axis->setGridLinePen(QPen(grid, 1));
    QColor line = palette.color(QPalette::Text);
    line.setAlphaF(0.25f);
    axis->setLinePen(QPen(line, 1));
    QFont small = QApplication::font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    axis->setLabelsFont(small);
    axis->setTitleVisible(false);
}

// No chart narrower than this: two of them side by side set the Charts tab's minimum width.
constexpr int kMinimumChartWidth = 220;

QChartView *newChartView(QChart *chart, QWidget *parent)
{
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setFrameShape(QFrame::NoFrame);
    view->setBackgroundBrush(parent->palette().color(QPalette::Window));
    view->setMinimumHeight(170);
    view->setMinimumWidth(kMinimumChartWidth);
    view->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    return view;
}

QString changeText(double change, double percent, const QLocale &locale)
{
    return QStringLiteral("%1 (%2)").arg(formatChange(change, -1, locale), formatPercent(percent, locale));
}

// The width of a card's plot, about: the cards are laid out after their charts are made.
constexpr int kCardPlotWidth = 220;

} // namespace

IndexChartView::IndexChartView(QWidget *parent)
    : QWidget(parent)
    , m_scroll(new QScrollArea(this))
    , m_canvas(new QWidget)
    , m_grid(new QGridLayout(m_canvas))
    , m_empty(new QLabel(this))
    , m_saveButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("indexChartView"));
    // These charts read the open snapshots only; the library's history is elsewhere (addHeaderAction).
    auto *title = new QLabel(tr("Indices and movers in the open snapshots"), this);
    title->setToolTip(tr("One point per open snapshot. The library's Index History charts every snapshot "
                         "ever stored."));
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    title->setFont(titleFont);

    m_saveButton->setText(tr("Save as PNG\u2026"));
    m_saveButton->setToolTip(tr("Save these charts as a PNG image"));
    m_saveButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_saveButton, &QToolButton::clicked, this, &IndexChartView::saveImageInteractively);

    m_header = new QHBoxLayout;
    m_header->setContentsMargins(4, 0, 4, 0);
    m_header->addWidget(title);
    m_header->addStretch(1);
    m_header->addWidget(m_saveButton);

    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(8);
    // Two equal columns whatever the charts' own size hints (a title's length once made one column take
    // nearly all the width after a rebuild, leaving slivers titled "K…").
    m_grid->setColumnStretch(0, 1);
    m_grid->setColumnStretch(1, 1);
    m_scroll->setWidget(m_canvas);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    setEmptyText({});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(m_header);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_empty, 1);
    rebuild();
}

IndexChartView::~IndexChartView() = default;

void IndexChartView::setSeriesModel(QAbstractItemModel *series)
{
    if (m_series)
        disconnect(m_series, nullptr, this, nullptr);
    m_series = series;
    followModelChanges(series, this, &IndexChartView::scheduleRebuild);
    rebuild();
}

void IndexChartView::setCurrentModels(QAbstractItemModel *indices, QAbstractItemModel *quotes)
{
    for (QAbstractItemModel *old : {m_indices.data(), m_quotes.data()}) {
        if (old)
            disconnect(old, nullptr, this, nullptr);
    }
    m_indices = indices;
    m_quotes = quotes;
    followModelChanges(indices, this, &IndexChartView::scheduleRebuild);
    followModelChanges(quotes, this, &IndexChartView::scheduleRebuild);
    rebuild();
}

void IndexChartView::setCurrentSource(const QString &source)
{
    if (source == m_currentSource)
        return;
    m_currentSource = source;
    scheduleRebuild();
}

void IndexChartView::setEmptyText(const QString &text)
{
    m_empty->setText(text.isEmpty() ? tr("Open a snapshot to chart its indices.") : text);
}

QString IndexChartView::emptyText() const
{
    return m_empty->text();
}

void IndexChartView::setTopMoverCount(int count)
{
    m_topMovers = std::max(0, count);
    rebuild();
}

int IndexChartView::lineChartCount() const
{
    return int(m_lineCharts.size());
}

void IndexChartView::scheduleRebuild()
{
    // Several models change together when another snapshot is selected: rebuild once.
    if (m_rebuildPending)
        return;
    m_rebuildPending = true;
    QTimer::singleShot(0, this, [this] {
        if (m_rebuildPending)
            rebuild();
    });
}

void IndexChartView::clearLayout()
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        if (QWidget *w = item->widget()) {
            w->hide();  // out of the layout now, not when it is deleted
            w->deleteLater();
        }
        delete item;
    }
    m_barChart = nullptr;
    m_lineCharts.clear();
}

void IndexChartView::rebuild()
{
    m_rebuildPending = false;
    clearLayout();
    rebuildBarChart();
    rebuildLineCharts();
    layoutCharts();
    const bool empty = !m_barChart && m_lineCharts.isEmpty();
    m_scroll->setVisible(!empty);
    m_empty->setVisible(empty);
    m_saveButton->setEnabled(!empty);
}

void IndexChartView::rebuildBarChart()
{
    m_barCategories.clear();
    using C = MarketTableModel;
    struct Bar { QString name; double percent; };
    QVector<Bar> indexBars;
    QVector<Bar> movers;
    if (m_indices) {
        for (int r = 0; r < m_indices->rowCount(); ++r) {
            indexBars.append({m_indices->index(r, C::NameColumn).data(RawValueRole).toString(),
                              m_indices->index(r, C::ChangePercentColumn).data(RawValueRole).toDouble()});
        }
    }
    if (m_quotes) {
        for (int r = 0; r < m_quotes->rowCount(); ++r) {
            movers.append({m_quotes->index(r, C::NameColumn).data(RawValueRole).toString(),
                           m_quotes->index(r, C::ChangePercentColumn).data(RawValueRole).toDouble()});
        }
    }
    std::stable_sort(movers.begin(), movers.end(), [](const Bar &a, const Bar &b) { return a.percent > b.percent; });
    QVector<Bar> gainers;
    QVector<Bar> losers;
    for (const Bar &b : std::as_const(movers)) {
        if (b.percent > 0 && gainers.size() < m_topMovers)
            gainers.append(b);
    }
    for (auto it = movers.crbegin(); it != movers.crend(); ++it) {
        if (it->percent < 0 && losers.size() < m_topMovers)
            losers.prepend(*it);
    }
    QVector<Bar> bars = indexBars + gainers + losers;  // top to bottom
    if (bars.isEmpty())
        return;

    const QPalette pal = palette();
    const QLocale locale;
    auto *up = new QBarSet(tr("Up"));
    auto *down = new QBarSet(tr("Down"));
    up->setColor(upColor(pal));
    up->setBorderColor(upColor(pal));
    down->setColor(downColor(pal));
    down->setBorderColor(downColor(pal));
    QStringList categories;
    double extent = 0.0;
    // A horizontal bar chart lists categories from the bottom up.
    for (auto it = bars.crbegin(); it != bars.crend(); ++it) {
        categories.append(QStringLiteral("%1  %2").arg(it->name, formatPercent(it->percent, locale)));
        *up << (it->percent > 0 ? it->percent : 0.0);
        *down << (it->percent < 0 ? it->percent : 0.0);
        extent = std::max(extent, std::abs(it->percent));
    }
    for (const Bar &b : std::as_const(bars))
        m_barCategories.append(b.name);

    auto *series = new QHorizontalStackedBarSeries;
    series->append(up);
    series->append(down);
    series->setBarWidth(0.62);

    auto *chart = new QChart;
    styleChart(chart, pal);
    chart->setTitle(tr("Moves in this snapshot, %"));
    chart->addSeries(series);

    auto *names = new QBarCategoryAxis;
    names->append(categories);
    styleAxis(names, pal);
    names->setGridLineVisible(false);
    QFont labels = QApplication::font();
    labels.setPointSizeF(labels.pointSizeF() * 0.85);
    names->setLabelsFont(labels);
    names->setLabelsBrush(pal.color(QPalette::Text));
    names->setTruncateLabels(false);
    chart->addAxis(names, Qt::AlignLeft);
    series->attachAxis(names);

    auto *percent = new QValueAxis;
    // Symmetric around zero, on whole (even) percentages so the five ticks fall on round numbers.
    double bound = std::ceil(extent * 1.1);
    if (bound < 1.0)
        bound = 1.0;
    else if (bound > 1.0 && std::fmod(bound, 2.0) != 0.0)
        bound += 1.0;
    percent->setRange(-bound, bound);
    percent->setTickCount(5);
    percent->setLabelFormat(bound >= 2.0 ? QStringLiteral("%.0f%%") : QStringLiteral("%.1f%%"));
    styleAxis(percent, pal);
    chart->addAxis(percent, Qt::AlignBottom);
    series->attachAxis(percent);

    auto *view = newChartView(chart, m_canvas);
    view->setMinimumHeight(std::max(200, int(bars.size()) * 16 + 70));
    view->setAccessibleName(tr("Bar chart of the percentage moves in this snapshot"));
    connect(series, &QHorizontalStackedBarSeries::hovered, view, [bars, locale](bool status, int index, QBarSet *) {
        const int i = int(bars.size()) - 1 - index;
        if (!status || i < 0 || i >= bars.size()) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(QCursor::pos(), QStringLiteral("%1  %2").arg(bars.at(i).name, formatPercent(bars.at(i).percent, locale)));
    });
    m_barChart = view;
}

void IndexChartView::rebuildLineCharts()
{
    if (!m_series)
        return;
    const QPalette pal = palette();
    const QLocale locale;
    const int rows = m_series->rowCount();
    const int columns = m_series->columnCount();
    const QColor accent = pal.color(QPalette::Highlight);
    for (int column = 1; column < columns; ++column) {
        const QString name = m_series->headerData(column, Qt::Horizontal).toString();
        QVector<SeriesPoint> points;
        for (int r = 0; r < rows; ++r) {
            const QModelIndex cell = m_series->index(r, column);
            const QVariant value = cell.data(RawValueRole);
            if (!value.isValid())
                continue;
            SeriesPoint p;
            p.msecs = exchangeAxisMsecs(m_series->index(r, 0).data(RawValueRole).toLongLong());
            p.value = value.toDouble();
            p.change = cell.data(IndexSeriesModel::ChangeRole).toDouble();
            p.changePercent = cell.data(IndexSeriesModel::ChangePercentRole).toDouble();
            p.timeText = m_series->index(r, 0).data(Qt::DisplayRole).toString();
            p.current = !m_currentSource.isEmpty()
                && cell.data(IndexSeriesModel::SourceRole).toString() == m_currentSource;
            points.append(p);
        }
        if (points.isEmpty())
            continue;

        auto *chart = new QChart;
        styleChart(chart, pal);
        const SeriesPoint &last = points.constLast();
        const QColor lastColour = directionColor(directionOf(last.change), pal);
        chart->setTitle(QStringLiteral("<b>%1</b>&nbsp;&nbsp;%2&nbsp;&nbsp;<span style=\"color:%3\">%4</span>")
                            .arg(name.toHtmlEscaped(), formatIndexValue(last.value, locale).toHtmlEscaped(),
                                 colourHex(lastColour),
                                 changeText(last.change, last.changePercent, locale).toHtmlEscaped()));

        auto *line = new QLineSeries;
        line->setName(name);
        line->setColor(accent);
        QPen pen(accent, 2.2);
        pen.setCapStyle(Qt::RoundCap);
        pen.setJoinStyle(Qt::RoundJoin);
        line->setPen(pen);
        line->setPointsVisible(true);
        line->setMarkerSize(8);
        double low = points.first().value;
        double high = low;
        for (const SeriesPoint &p : std::as_const(points)) {
            line->append(double(p.msecs), p.value);
            low = std::min(low, p.value);
            high = std::max(high, p.value);
        }
        chart->addSeries(line);

        qint64 first = points.first().msecs;
        qint64 lastTime = points.constLast().msecs;
        const qint64 span = lastTime - first;
        const qint64 pad = std::max<qint64>(span / 12, 12 * kHour);
        first -= pad;
        lastTime += pad;

        // With one snapshot, the previous close (the level minus its change) gives the point its context.
        QLineSeries *previous = nullptr;
        if (points.size() == 1) {
            const double close = last.value - last.change;
            previous = new QLineSeries;
            previous->setName(tr("Previous close"));
            QPen dashed(mutedTextColor(pal), 1.2, Qt::DashLine);
            previous->setPen(dashed);
            previous->append(double(first), close);
            previous->append(double(lastTime), close);
            chart->addSeries(previous);
            low = std::min(low, close);
            high = std::max(high, close);
        }

        // The current snapshot's point, ringed, when there is more than one to tell apart.
        QScatterSeries *currentPoint = nullptr;
        if (points.size() > 1) {
            for (const SeriesPoint &p : std::as_const(points)) {
                if (!p.current)
                    continue;
                currentPoint = new QScatterSeries;
                currentPoint->setName(tr("Selected snapshot"));
                currentPoint->setMarkerShape(QScatterSeries::MarkerShapeCircle);
                currentPoint->setMarkerSize(15);
                currentPoint->setColor(pal.color(QPalette::Base));
                currentPoint->setBorderColor(directionColor(directionOf(p.change), pal));
                currentPoint->setPen(QPen(directionColor(directionOf(p.change), pal), 3));
                currentPoint->append(double(p.msecs), p.value);
                chart->addSeries(currentPoint);
                break;
            }
        }

        QAbstractAxis *time = nullptr;
        if (points.size() == 1) {
            // One point sits mid-axis: its own time under it says more than ticks half a day either side.
            auto *at = new QCategoryAxis;
            at->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
            at->setRange(double(first), double(lastTime));
            at->setStartValue(double(first));
            at->append(last.timeText, double(last.msecs));
            time = at;
        } else {
            auto *dates = new QCategoryAxis;
            dates->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
            if (span > 36 * kHour && span <= 14 * kDay) {
                // Over a few days: from midnight to midnight, so each day's midnight is in range.
                const QDate firstDay = QDateTime::fromMSecsSinceEpoch(points.first().msecs).date();
                const QDate lastDay = QDateTime::fromMSecsSinceEpoch(points.constLast().msecs).date().addDays(1);
                first = firstDay.startOfDay().toMSecsSinceEpoch();
                lastTime = lastDay.startOfDay().toMSecsSinceEpoch();
            }
            dates->setRange(double(first), double(lastTime));
            dates->setStartValue(double(first));
            // Labels on calendar times (ui/timeticks.h), as many as a card's plot has room for; none so near the
            // right end that the frame would cut it.
            const QFontMetrics metrics(dates->labelsFont());
            const auto textWidth = [&metrics](const QString &label) { return metrics.horizontalAdvance(label); };
            for (const TimeTick &tick : calendarTicksFitting(first, lastTime, kCardPlotWidth, metrics.height(), textWidth)) {
                const double fromRight = double(lastTime - tick.msecs) / double(lastTime - first) * kCardPlotWidth;
                if (fromRight >= textWidth(tick.label) / 2.0)
                    dates->append(tick.label, double(tick.msecs));
            }
            time = dates;
        }
        styleAxis(time, pal);
        chart->addAxis(time, Qt::AlignBottom);
        line->attachAxis(time);

        auto *values = new QValueAxis;
        const double range = high - low;
        const double margin = std::max(range * 0.15, std::abs(high) * 0.002 + 0.01);
        // At most five round ticks, and no more than the plot's height has room for: labels that overlap are
        // all drawn as "..." by Qt Charts (a card whose legend takes part of its height).
        applyNiceScale(values, low - margin, high + margin, 5);
        styleAxis(values, pal);
        connect(chart, &QChart::plotAreaChanged, values,
                [values, bottom = low - margin, top = high + margin, limit = 5](const QRectF &plot) mutable {
                    const int lineHeight = QFontMetrics(values->labelsFont()).height();
                    const int fits = std::clamp(int(plot.height() / (lineHeight * 1.4)) + 1, 2, 5);
                    if (fits == limit)
                        return;
                    limit = fits;
                    applyNiceScale(values, bottom, top, fits);
                });
        chart->addAxis(values, Qt::AlignLeft);
        line->attachAxis(values);
        if (previous) {
            previous->attachAxis(time);
            previous->attachAxis(values);
            // Name the dashed line: a legend for it alone.
            chart->legend()->setVisible(true);
            chart->legend()->setAlignment(Qt::AlignBottom);
            chart->legend()->setLabelColor(mutedTextColor(pal));
            QFont small = QApplication::font();
            small.setPointSizeF(small.pointSizeF() * 0.85);
            chart->legend()->setFont(small);
            for (QLegendMarker *marker : chart->legend()->markers(line))
                marker->setVisible(false);
            previous->setName(tr("Previous close %1").arg(formatIndexValue(last.value - last.change, locale)));
        }
        if (currentPoint) {
            currentPoint->attachAxis(time);
            currentPoint->attachAxis(values);
        }

        auto *view = newChartView(chart, m_canvas);
        view->setAccessibleName(tr("Line chart of %1 over time").arg(name));
        connect(line, &QLineSeries::hovered, view, [points, name, locale](const QPointF &at, bool state) {
            if (!state) {
                QToolTip::hideText();
                return;
            }
            // The nearest snapshot to the pointer along the time axis.
            const auto nearest = std::min_element(points.cbegin(), points.cend(), [&](const SeriesPoint &a, const SeriesPoint &b) {
                return std::abs(double(a.msecs) - at.x()) < std::abs(double(b.msecs) - at.x());
            });
            QToolTip::showText(QCursor::pos(), QStringLiteral("%1 \u00B7 %2\n%3  %4")
                                                   .arg(name, nearest->timeText, formatIndexValue(nearest->value, locale),
                                                        changeText(nearest->change, nearest->changePercent, locale)));
        });
        m_lineCharts.append(view);
    }
}

void IndexChartView::layoutCharts()
{
    // Index lines two to a row (a lone last one spans the row), the bar chart of moves below them.
    const int n = int(m_lineCharts.size());
    for (int i = 0; i < n; ++i) {
        const bool lone = i == n - 1 && n % 2 == 1;
        m_grid->addWidget(m_lineCharts.at(i), i / 2, lone ? 0 : i % 2, 1, lone ? 2 : 1);
    }
    if (m_barChart)
        m_grid->addWidget(m_barChart, (n + 1) / 2, 0, 1, 2);
}

QImage IndexChartView::renderImage() const
{
    return m_canvas->grab().toImage();
}

bool IndexChartView::saveImage(const QString &path, QString *error) const
{
    return writePng(renderImage(), path, error);
}

void IndexChartView::saveImageInteractively()
{
    const QString folder = settings::chartsFolder.value();
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Charts as PNG"),
                                                      QDir(folder).filePath(tr("marketdesk-charts.png")),
                                                      tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    settings::chartsFolder.set(QFileInfo(path).absolutePath());
    QString error;
    if (!saveImage(path, &error))
        QMessageBox::warning(this, tr("Save Charts"), error);
}

void IndexChartView::addHeaderAction(QAction *action)
{
    auto *button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_header->insertWidget(m_header->indexOf(m_saveButton), button);
}

void IndexChartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        scheduleRebuild();
    QWidget::changeEvent(event);
}

} // namespace md::ui
