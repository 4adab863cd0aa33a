// History and comparison tables for the CSV writer: typed cells, never display text.
#include "core/library/historycsv.h"

#include "core/csv/csvtime.h"
#include "core/models/comparisonmodel.h"

#include <QDateTime>
#include <QRegularExpression>

namespace md {

CsvTable historyTable(const Series &series)
{
    CsvTable table({QStringLiteral("captured_at"), QStringLiteral("value"), QStringLiteral("change"),
                    QStringLiteral("change_percent")});
    table.reserveRows(series.points.size());
    for (const SeriesPoint &p : series.points) {
        // A page that gave only a day keeps its date alone; any other time in Pakistan time with its offset.
        table.addText(p.capturedAt.isValid() && !p.capturedAt.hasTime()
                          ? csvTimestamp(p.capturedAt)
                          : csvTimestamp(Timestamp::fromUtc(QDateTime::fromMSecsSinceEpoch(p.msecs, Qt::UTC),
                                                            Timestamp::kPakistanOffsetSeconds)));
        table.addNumber(p.value);
        table.addNumber(p.change);
        table.addNumber(p.changePercent);
    }
    return table;
}

CsvTable dailyBarsTable(const QVector<DailyBar> &bars)
{
    CsvTable table({QStringLiteral("date"), QStringLiteral("open"), QStringLiteral("high"), QStringLiteral("low"),
                    QStringLiteral("close"), QStringLiteral("volume"), QStringLiteral("previous_close"),
                    QStringLiteral("source")});
    table.reserveRows(bars.size());
    const auto optional = [&](const std::optional<double> &v) {
        if (v)
            table.addNumber(*v);
        else
            table.addEmpty();
    };
    for (const DailyBar &bar : bars) {
        table.addText(bar.date.toString(Qt::ISODate));
        optional(bar.open);
        optional(bar.high);
        optional(bar.low);
        table.addNumber(bar.close);
        if (bar.volume)
            table.addNumber(double(*bar.volume));
        else
            table.addEmpty();
        optional(bar.previousClose);
        table.addText(kindName(bar.source));
    }
    return table;
}

QVector<CsvColumn> comparisonCsvColumns()
{
    return {
        {QStringLiteral("kind"), ComparisonModel::KindColumn, CsvColumn::Kind::Text},
        {QStringLiteral("name"), ComparisonModel::NameColumn, CsvColumn::Kind::Text},
        {QStringLiteral("before"), ComparisonModel::BeforeColumn, CsvColumn::Kind::Number},
        {QStringLiteral("after"), ComparisonModel::AfterColumn, CsvColumn::Kind::Number},
        {QStringLiteral("change"), ComparisonModel::ChangeColumn, CsvColumn::Kind::Number},
        {QStringLiteral("change_percent"), ComparisonModel::ChangePercentColumn, CsvColumn::Kind::Number},
    };
}

CsvTable comparisonTable(const QAbstractItemModel &comparisonModelOrProxy)
{
    return tableFromModel(comparisonModelOrProxy, comparisonCsvColumns());
}

QString suggestedComparisonName(const QString &beforeLabel, const QString &afterLabel)
{
    QString name = QStringLiteral("comparison");
    if (!beforeLabel.isEmpty() && !afterLabel.isEmpty())
        name += QStringLiteral("-%1-to-%2").arg(beforeLabel.left(10), afterLabel.left(10));
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_-]+"));
    name.replace(unsafe, QStringLiteral("-"));
    return name;
}

} // namespace md
