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
        table.addText(csvTimestamp(Timestamp::fromUtc(QDateTime::fromMSecsSinceEpoch(p.msecs, Qt::UTC),
                                                      Timestamp::kPakistanOffsetSeconds)));
        table.addNumber(p.value);
        table.addNumber(p.change);
        table.addNumber(p.changePercent);
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
