// SymbolHistoryView: the candlestick (or close) chart and the volume bars sharing one time range, the
// crosshair's readout, the averages, the star, the symbol search and the News list beside the charts.
#include "ui/library/symbolhistoryview.h"

#include "core/library/articlesearch.h"
#include "core/library/library.h"
#include "core/models/displayformat.h"
#include "core/models/symbolnewsmodel.h"
#include "core/settings/settings.h"
#include "core/wording.h"
#include "ui/headlinedelegate.h"
#include "ui/library/historychartview.h"
#include "ui/library/rangepresetbar.h"
#include "ui/library/watchstarbutton.h"

#include <QCandlestickSeries>
#include <QChart>
#include <QCompleter>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QLocale>
#include <QPixmap>
#include <QScatterSeries>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStringListModel>
#include <QToolButton>
#include <QTableView>
#include <QCategoryAxis>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace md::ui {
namespace {

const QColor kRising(0x1a, 0x9c, 0x4a);
const QColor kFalling(0xd0, 0x30, 0x30);
const QColor kClose(0x1f, 0x6f, 0xb4);

QColor averageColour(int period)
{
    switch (period) {
    case 20: return QColor(0xe6, 0x9f, 0x00);
    case 50: return QColor(0x8e, 0x44, 0xad);
    default: return QColor(0x7a, 0x80, 0x8a);  // a grey read on a light and a dark chart
    }
}

constexpr qint64 kDayMsecs = 24 * 3600 * 1000;
constexpr int kChartMargin = 4;  // HistoryChartView's margins

// The time between two candles of period, at the least (a week's candles stand a week apart; February is
// the shortest month): volume bars take two thirds of it, as the candles' bodies do of theirs.
qint64 periodMsecs(CandlePeriod period)
{
    switch (period) {
    case CandlePeriod::Day: break;
    case CandlePeriod::Week: return 7 * kDayMsecs;
    case CandlePeriod::Month: return 28 * kDayMsecs;
    }
    return kDayMsecs;
}

} // namespace

SymbolHistoryView::SymbolHistoryView(Library *library, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
{
    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("Symbol or company\u2026"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(tr("Type a symbol or part of a company's name, then choose it"));
    m_search->setMaximumWidth(260);
    m_suggestions = new QStringListModel(this);
    m_completer = new QCompleter(m_suggestions, this);
    // The library finds the companies; the completer only lists them.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_search->setCompleter(m_completer);
    m_search->setEnabled(m_library != nullptr);

    m_title = new QLabel;
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_star = new WatchStarButton;

    m_priceChart = new HistoryChartView;
    m_candles = m_priceChart->addCandles(tr("Price"), kRising, kFalling);
    m_closeLine = m_priceChart->addLine(tr("Close"), kClose);
    m_closeMarkers = m_priceChart->addMarkers(tr("Close only"), kClose, 5.0);
    m_buyMarkers = m_priceChart->addMarkers(tr("Bought"), kRising.darker(130), 11.0);
    m_sellMarkers = m_priceChart->addMarkers(tr("Sold"), kFalling.darker(130), 11.0);
    for (int period : averagePeriods()) {
        m_averageLines.append(m_priceChart->addLine(tr("SMA %1").arg(period), averageColour(period), 1.5));
        m_averageLines.constLast()->setVisible(false);
        auto *button = new QToolButton;
        button->setText(tr("SMA %1").arg(period));
        QPixmap swatch(10, 10);  // the line's colour, as a legend
        swatch.fill(averageColour(period));
        button->setIcon(QIcon(swatch));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setToolTip(tr("The average close of the last %1 sessions").arg(period));
        connect(button, &QToolButton::toggled, this, [this, period](bool on) {
            setAverageShown(period, on);
            saveAverages();
        });
        m_averageButtons.append(button);
    }

    // Volume on the same time axis, each session's bar in the colour of its candle.
    m_volumeChart = new HistoryChartView;
    m_volumeChart->setIncludeZero(true);
    // Bar sets the chart paints itself: 2,500 volumes cost one drawRects, not an item each.
    m_volumeUp = m_volumeChart->addBarSet(kRising.lighter(140));
    m_volumeDown = m_volumeChart->addBarSet(kFalling.lighter(140));

    m_presets = new RangePresetBar(m_priceChart, {RangePreset::Month, RangePreset::ThreeMonths, RangePreset::SixMonths,
                                                  RangePreset::YearToDate, RangePreset::Year, RangePreset::FiveYears,
                                                  RangePreset::All});
    m_presets->setTrailingRoom(kDayMsecs);  // the last candle whole, not cut by the frame
    m_readout = new QLabel;
    m_readout->setTextFormat(Qt::PlainText);
    m_readout->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_newsHeading = new QLabel;
    m_newsHeading->setTextFormat(Qt::PlainText);
    m_newsHeading->setWordWrap(true);
    m_newsModel = new SymbolNewsModel(this);
    m_newsList = new QTableView;
    m_newsList->setModel(m_newsModel);
    m_newsList->setItemDelegateForColumn(SymbolNewsModel::HeadlineColumn, new HeadlineDelegate(m_newsList));  // Urdu RTL
    m_newsList->setShowGrid(false);
    m_newsList->setAlternatingRowColors(true);
    m_newsList->setWordWrap(true);  // whole headlines, on two lines where they must
    m_newsList->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_newsList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_newsList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_newsList->setToolTip(tr("Double-click an article to read it with the mentions marked"));
    m_newsList->verticalHeader()->hide();
    // Rows as tall as their wrapped headlines, measured again when the columns' widths change.
    m_newsList->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_newsList->horizontalHeader()->setSectionResizeMode(SymbolNewsModel::HeadlineColumn, QHeaderView::Stretch);
    m_newsList->horizontalHeader()->setSectionResizeMode(SymbolNewsModel::CapturedColumn, QHeaderView::ResizeToContents);
    m_newsList->horizontalHeader()->setSectionResizeMode(SymbolNewsModel::MentionsColumn, QHeaderView::ResizeToContents);

    auto *header = new QHBoxLayout;
    header->addWidget(m_search);
    header->addWidget(m_title, 1);
    header->addWidget(m_star);
    for (QToolButton *button : std::as_const(m_averageButtons))
        header->addWidget(button);
    header->addSpacing(8);
    header->addWidget(m_presets);

    auto *charts = new QWidget;
    auto *chartsLayout = new QVBoxLayout(charts);
    chartsLayout->setContentsMargins(0, 0, 0, 0);
    chartsLayout->setSpacing(0);
    chartsLayout->addWidget(m_readout);
    chartsLayout->addWidget(m_priceChart, 3);
    chartsLayout->addWidget(m_volumeChart, 1);
    auto *news = new QWidget;
    auto *newsLayout = new QVBoxLayout(news);
    newsLayout->setContentsMargins(0, 0, 0, 0);
    newsLayout->addWidget(m_newsHeading);
    newsLayout->addWidget(m_newsList, 1);
    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->addWidget(charts);
    m_splitter->addWidget(news);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({780, 300});  // in proportion: the charts take most of the width
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_splitter, 1);

    // The two charts always show the same time range, whichever one is zoomed or panned.
    connect(m_priceChart, &HistoryChartView::visibleRangeChanged, m_volumeChart, &HistoryChartView::setVisibleRange);
    connect(m_volumeChart, &HistoryChartView::visibleRangeChanged, m_priceChart, &HistoryChartView::setVisibleRange);
    connect(m_presets, &RangePresetBar::rangeChanged, this, &SymbolHistoryView::updateTitle);
    connect(m_presets, &RangePresetBar::presetClicked, this,
            [](RangePreset preset) { settings::symbolHistoryPreset.set(int(preset)); });
    // Weeks or months when daily candles would be too narrow: again for each new range and width.
    connect(m_priceChart, &HistoryChartView::visibleRangeChanged, this, &SymbolHistoryView::regroup);
    connect(m_priceChart->chart(), &QChart::plotAreaChanged, this, &SymbolHistoryView::regroup);
    for (HistoryChartView *chart : {m_priceChart, m_volumeChart}) {
        connect(chart, &HistoryChartView::hovered, this, &SymbolHistoryView::pointAt);
        connect(chart, &HistoryChartView::left, this, &SymbolHistoryView::pointAway);
        connect(chart->chart(), &QChart::plotAreaChanged, this, &SymbolHistoryView::alignCharts);
    }
    connect(m_search, &QLineEdit::textEdited, this, &SymbolHistoryView::searchTyped);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { searchChosen(m_search->text()); });
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &SymbolHistoryView::searchChosen);
    connect(m_newsList, &QTableView::activated, this, [this](const QModelIndex &index) {
        const SnapshotId id = index.data(SymbolNewsModel::SnapshotIdRole).toLongLong();
        emit articleRequested(id, MentionMatcher::forSymbol(m_symbol, companyNames()));
    });

    // The preset and averages chosen last time.
    const RangePreset preset = RangePreset(settings::symbolHistoryPreset.value());
    m_presets->apply(m_presets->offers(preset) ? preset : RangePreset(settings::symbolHistoryPreset.defaultValue()));
    const QStringList averages = settings::symbolHistoryAverages.value();
    for (int i = 0; i < m_averageButtons.size(); ++i) {
        const QSignalBlocker blocker(m_averageButtons[i]);
        m_averageButtons[i]->setChecked(averages.contains(QString::number(averagePeriods().at(i))));
    }
    setBars(QString(), {});
}

void SymbolHistoryView::setWatchlist(WatchedSymbols *watchlist)
{
    m_star->setWatchlist(watchlist);
}

void SymbolHistoryView::showSymbol(const QString &symbol)
{
    const QString name = symbol.trimmed().toUpper();
    setBars(name, m_library && !name.isEmpty() ? m_library->dailyBars(name) : QVector<DailyBar>{});
    showNews();
}

void SymbolHistoryView::setTradeMarks(const QString &symbol, const QVector<TradeMark> &marks)
{
    m_tradeSymbol = symbol;
    QVector<QPointF> buys;
    QVector<QPointF> sells;
    for (const TradeMark &mark : marks)
        (mark.buy ? buys : sells).append(QPointF(double(sessionCloseMsecs(mark.date)), mark.price));
    m_priceChart->setMarkerPoints(m_buyMarkers, buys);
    m_priceChart->setMarkerPoints(m_sellMarkers, sells);
}

void SymbolHistoryView::setBars(const QString &symbol, const QVector<DailyBar> &bars)
{
    m_symbol = symbol;
    m_bars = bars;
    m_candleData = candlesOf(bars);
    m_candleMode = hasFullBars(bars);
    m_pointed = -1;
    m_priceChart->hideCrosshair();
    m_volumeChart->hideCrosshair();
    if (symbol != m_tradeSymbol)
        setTradeMarks(QString(), {});
    m_candles->setVisible(m_candleMode);
    m_closeLine->setVisible(!m_candleMode);

    // Volumes in millions when they run that high, so the axis labels stay short.
    qint64 largest = 0;
    for (const Candle &c : std::as_const(m_candleData))
        largest = std::max(largest, c.volume);
    m_volumeUnit = largest >= 1000000 ? 1e6 : 1.0;
    m_volumeChart->chart()->setTitle(m_volumeUnit > 1.0 ? tr("Volume (millions)") : tr("Volume"));
    m_volumeChart->setVisible(largest > 0);
    const bool empty = m_candleData.isEmpty();
    m_priceChart->timeAxis()->setVisible(!empty);
    m_priceChart->valueAxis()->setVisible(!empty);

    // The last symbol's candles go first; the charts then span every session, whichever candles are drawn,
    // and the preset places the range before the candles for it are chosen.
    m_drawn = false;
    m_period = CandlePeriod::Day;
    m_shownBars.clear();
    m_shownCandles.clear();
    draw();
    const std::optional<TimeRange> span = empty ? std::nullopt
                                                : std::optional<TimeRange>(TimeRange{m_candleData.first().msecs,
                                                                                     m_candleData.last().msecs});
    m_priceChart->setDataSpan(span);
    m_volumeChart->setDataSpan(span);
    for (int i = 0; i < m_averageButtons.size(); ++i)
        drawAverage(i);
    m_star->setName(symbol);
    m_presets->reapply();
    regroup();  // when the preset left the range where it was
    updateTitle();
    pointAway();
}

void SymbolHistoryView::regroup()
{
    if (m_regrouping)
        return;
    CandlePeriod period = CandlePeriod::Day;
    if (m_candleMode) {
        const TimeRange visible = m_priceChart->visibleRange();
        const CandleSpan inView = candlesIn(m_candleData, visible.fromMsecs, visible.toMsecs);
        period = candlePeriodFor(m_priceChart->chart()->plotArea().width(), m_bars, inView.first, inView.last);
    }
    if (m_drawn && period == m_period)
        return;
    m_regrouping = true;
    m_period = period;
    m_shownBars = groupBars(m_bars, period);
    m_shownCandles = candlesOf(m_shownBars, period);
    m_drawn = true;
    draw();
    pointAway();  // the candle pointed at (or read out) may be gone
    updateTitle();
    m_regrouping = false;
}

void SymbolHistoryView::draw()
{
    // Without candles, a line of the closes; among candles, a dot for each session that has only a close.
    QVector<Candle> full;
    QVector<QPointF> closes;
    QVector<QPointF> closeOnly;
    if (m_candleMode)
        full.reserve(m_shownCandles.size());
    for (const Candle &c : std::as_const(m_shownCandles)) {
        if (!m_candleMode)
            closes.append(QPointF(double(c.msecs), c.close));
        else if (c.full)
            full.append(c);
        else
            closeOnly.append(QPointF(double(c.msecs), c.close));
    }
    m_priceChart->setCandles(m_candles, full);
    m_priceChart->setLinePoints(m_closeLine, closes);
    m_priceChart->setMarkerPoints(m_closeMarkers, closeOnly);

    QVector<QPointF> ups;
    QVector<QPointF> downs;
    for (const Candle &c : std::as_const(m_shownCandles)) {
        if (c.volume > 0)
            (c.close >= c.open ? ups : downs).append(QPointF(double(c.msecs), double(c.volume) / m_volumeUnit));
    }
    const qint64 barWidth = periodMsecs(m_period) * 2 / 3;
    m_volumeChart->setBarSet(m_volumeUp, ups, barWidth);
    m_volumeChart->setBarSet(m_volumeDown, downs, barWidth);

    // An empty grid says why it is empty, and draws no axes of a made-up range; grouped candles say so.
    QString title;
    if (m_candleData.isEmpty() && m_symbol.isEmpty())
        title = tr("Choose a symbol to chart its daily sessions.");
    else if (m_candleData.isEmpty())
        title = tr("The library has no daily prices of %1.").arg(m_symbol);
    else if (!m_candleMode)
        title = tr("Close (the library has no open, high or low)");
    else if (m_period == CandlePeriod::Week)
        title = tr("Weekly candles: daily ones would be under %1 pixels wide").arg(kMinimumCandlePixels);
    else if (m_period == CandlePeriod::Month)
        title = tr("Monthly candles: weekly ones would be under %1 pixels wide").arg(kMinimumCandlePixels);
    m_priceChart->chart()->setTitle(title);
    m_priceChart->refit();
    m_volumeChart->refit();
}

void SymbolHistoryView::applyPreset(RangePreset preset)
{
    m_presets->apply(preset);
}

int SymbolHistoryView::checkedPreset() const
{
    return m_presets->checkedPreset();
}

int SymbolHistoryView::visibleSessionCount() const
{
    const TimeRange visible = m_priceChart->visibleRange();
    return candlesIn(m_candleData, visible.fromMsecs, visible.toMsecs).count();
}

void SymbolHistoryView::setAverageShown(int period, bool shown)
{
    const int i = int(averagePeriods().indexOf(period));
    if (i < 0)
        return;
    {
        const QSignalBlocker blocker(m_averageButtons[i]);
        m_averageButtons[i]->setChecked(shown);
    }
    drawAverage(i);
}

void SymbolHistoryView::drawAverage(int i)
{
    const int period = averagePeriods().at(i);
    const bool shown = m_averageButtons[i]->isChecked();
    QVector<QPointF> points;
    if (shown) {
        const QVector<std::optional<double>> average = simpleMovingAverage(m_candleData, period);
        for (qsizetype k = 0; k < average.size(); ++k) {
            if (average[k])
                points.append(QPointF(double(m_candleData[k].msecs), *average[k]));
        }
    }
    // A hidden average has no points, so the value axis fits only what is drawn.
    m_priceChart->setLinePoints(m_averageLines[i], points);
    m_averageLines[i]->setPointsVisible(false);
    m_averageLines[i]->setVisible(shown);
    m_priceChart->refit();
}

void SymbolHistoryView::saveAverages() const
{
    QStringList shown;
    for (int i = 0; i < m_averageButtons.size(); ++i) {
        if (m_averageButtons[i]->isChecked())
            shown.append(QString::number(averagePeriods().at(i)));
    }
    settings::symbolHistoryAverages.set(shown);
}

bool SymbolHistoryView::isAverageShown(int period) const
{
    const int i = int(averagePeriods().indexOf(period));
    return i >= 0 && m_averageLines[i]->isVisible() && m_averageLines[i]->count() > 0;
}

QLineSeries *SymbolHistoryView::averageLine(int period) const
{
    const int i = int(averagePeriods().indexOf(period));
    return i < 0 ? nullptr : m_averageLines[i];
}

QToolButton *SymbolHistoryView::averageButton(int period) const
{
    const int i = int(averagePeriods().indexOf(period));
    return i < 0 ? nullptr : m_averageButtons[i];
}

void SymbolHistoryView::pointAt(qint64 msecs)
{
    m_pointed = nearestCandle(m_shownCandles, msecs);
    if (m_pointed < 0) {
        pointAway();
        return;
    }
    const Candle &candle = m_shownCandles[m_pointed];
    m_priceChart->showCrosshair(candle.msecs, candle.close);
    m_volumeChart->showCrosshair(candle.msecs);
    m_readout->setText(barReadout(m_shownBars, m_pointed, m_period));
}

void SymbolHistoryView::pointAway()
{
    m_pointed = -1;
    m_priceChart->hideCrosshair();
    m_volumeChart->hideCrosshair();
    // The last session (week, month), until the pointer names another.
    m_readout->setText(barReadout(m_shownBars, int(m_shownBars.size() - 1), m_period));
}

QString SymbolHistoryView::readoutText() const
{
    return m_readout->text();
}

void SymbolHistoryView::searchTyped(const QString &text)
{
    QStringList entries;
    if (m_library && !text.trimmed().isEmpty()) {
        const QVector<CompanyInfo> found = m_library->findCompanies(text);
        for (const CompanyInfo &company : found) {
            entries.append(company.company.isEmpty() ? company.symbol
                                                     : company.symbol + QStringLiteral(" \u2014 ") + company.company);
            if (entries.size() == 50)
                break;
        }
    }
    m_suggestions->setStringList(entries);
    if (!entries.isEmpty())
        m_completer->complete();
}

void SymbolHistoryView::searchChosen(const QString &text)
{
    // "OGDC — Oil & Gas Dev." from the list, or what was typed: a symbol, or a name the library finds.
    QString symbol = text.section(QStringLiteral(" \u2014 "), 0, 0).trimmed();
    if (symbol.isEmpty())
        return;
    if (m_library) {
        const QVector<CompanyInfo> found = m_library->findCompanies(symbol);
        const auto exact = std::find_if(found.cbegin(), found.cend(), [&](const CompanyInfo &c) {
            return c.symbol.compare(symbol, Qt::CaseInsensitive) == 0;
        });
        if (exact == found.cend() && !found.isEmpty() && !m_library->symbols().contains(symbol.toUpper()))
            symbol = found.first().symbol;
    }
    showSymbol(symbol);
    m_search->clear();
}

void SymbolHistoryView::updateTitle()
{
    if (m_symbol.isEmpty()) {
        m_title->setText(tr("No symbol chosen: search for one, or double-click one in the movers table."));
        return;
    }
    if (m_bars.isEmpty()) {
        m_title->setText(tr("%1: no prices in the library.").arg(m_symbol));
        return;
    }
    QString name = m_symbol;
    if (m_library) {
        for (const CompanyInfo &company : m_library->findCompanies(m_symbol)) {
            if (company.symbol == m_symbol && !company.company.isEmpty())
                name += QStringLiteral(" \u00B7 ") + company.company;
        }
    }
    const QLocale locale;
    m_title->setText(tr("%1: %2 from %3 to %4, %5 in view")
                         .arg(name, countOf(m_bars.size(), "session", "sessions"),
                              locale.toString(m_bars.first().date, QLocale::ShortFormat),
                              locale.toString(m_bars.last().date, QLocale::ShortFormat))
                         .arg(visibleSessionCount()));
}

void SymbolHistoryView::alignCharts()
{
    // The value axes' labels differ in width ("1,012.35" and "10"): a wider left margin for the chart with
    // the narrower labels puts a session at the same x in both plots. The layouts are brought up to date
    // first, so each plot area matches the margins it was laid out with.
    if (m_aligning)
        return;
    m_aligning = true;
    QChart *charts[] = {m_priceChart->chart(), m_volumeChart->chart()};
    qreal natural[2];
    for (int i = 0; i < 2; ++i) {
        if (charts[i]->layout())
            charts[i]->layout()->activate();
        natural[i] = charts[i]->plotArea().left() - (charts[i]->margins().left() - kChartMargin);
    }
    const qreal left = std::max(natural[0], natural[1]);
    for (int i = 0; i < 2; ++i) {
        QMargins margins = charts[i]->margins();
        const int wanted = kChartMargin + int(std::lround(left - natural[i]));
        if (margins.left() != wanted) {
            margins.setLeft(wanted);
            charts[i]->setMargins(margins);
            if (charts[i]->layout())
                charts[i]->layout()->activate();
        }
    }
    m_aligning = false;
}

QStringList SymbolHistoryView::companyNames() const
{
    if (!m_library)
        return {companyNameFor(m_symbol)};
    return ArticleSearch(*m_library).companyNames(m_symbol);
}

void SymbolHistoryView::showNews()
{
    QVector<SymbolArticle> articles;
    QString problem;
    if (m_library && !m_symbol.isEmpty()) {
        ArticleSearch search(*m_library);
        articles = search.articlesMentioning(m_symbol);
        problem = search.lastError();
    }
    m_newsModel->setArticles(m_symbol, articles);
    const QString company = companyNames().value(0);
    const QString named = company.isEmpty() ? m_symbol : tr("%1 or %2").arg(m_symbol, company);
    if (m_symbol.isEmpty())
        m_newsHeading->setText(tr("News: the library's articles that mention the symbol."));
    else if (!problem.isEmpty())
        m_newsHeading->setText(tr("News could not be searched: %1").arg(problem));
    else if (articles.isEmpty())
        m_newsHeading->setText(tr("No article in the library mentions %1.").arg(named));
    else
        m_newsHeading->setText(tr("News mentioning %1: %2 in the library").arg(named, countOf(articles.size(), "article", "articles")));
}

} // namespace md::ui
