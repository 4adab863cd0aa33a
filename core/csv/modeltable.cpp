// Item model rows → CsvTable, from the raw values behind the cells.
#include "core/csv/modeltable.h"

#include "core/csv/csvtime.h"
#include "core/models/modelroles.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QVariant>

namespace md {
namespace {

bool isNumberType(int typeId)
{
    switch (typeId) {
    case QMetaType::Double: case QMetaType::Float:
    case QMetaType::Int: case QMetaType::UInt:
    case QMetaType::LongLong: case QMetaType::ULongLong:
    case QMetaType::Long: case QMetaType::ULong:
    case QMetaType::Short: case QMetaType::UShort:
        return true;
    default:
        return false;
    }
}

QString isoFromDateTime(const QDateTime &dt)
{
    if (!dt.isValid())
        return {};
    return csvTimestamp(Timestamp::fromUtc(dt.toUTC(), dt.offsetFromUtc()));
}

void addNumberOrEmpty(CsvTable &out, const QVariant &value)
{
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (ok)
        out.addNumber(number);
    else
        out.addEmpty();
}

void addTextOrEmpty(CsvTable &out, const QString &text)
{
    if (text.isEmpty())
        out.addEmpty();
    else
        out.addText(text);
}

void addCell(CsvTable &out, const CsvColumn &column, const QVariant &value)
{
    if (!value.isValid() || value.isNull()) {
        out.addEmpty();
        return;
    }
    const int type = value.metaType().id();
    switch (column.kind) {
    case CsvColumn::Kind::Auto:
        if (isNumberType(type))
            out.addNumber(value.toDouble());
        else if (type == QMetaType::QDateTime)
            addTextOrEmpty(out, isoFromDateTime(value.toDateTime()));
        else
            out.addText(value.toString());
        return;
    case CsvColumn::Kind::Text:
        out.addText(value.toString());
        return;
    case CsvColumn::Kind::Number:
        addNumberOrEmpty(out, value);
        return;
    case CsvColumn::Kind::Time:
        if (type == QMetaType::QDateTime) {
            addTextOrEmpty(out, isoFromDateTime(value.toDateTime()));
        } else if (isNumberType(type)) {
            const QDateTime utc = QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
            addTextOrEmpty(out, csvTimestamp(Timestamp::fromUtc(utc, column.timeOffsetSeconds)));
        } else {
            out.addEmpty();
        }
        return;
    }
}

CsvColumn::Kind kindOf(const QString &header)
{
    if (header == QLatin1String("symbol") || header == QLatin1String("name") || header == QLatin1String("author")
        || header == QLatin1String("text") || header == QLatin1String("source"))
        return CsvColumn::Kind::Text;
    if (header == QLatin1String("posted_at") || header == QLatin1String("captured_at"))
        return CsvColumn::Kind::Time;
    return CsvColumn::Kind::Number;
}

} // namespace

QVector<CsvColumn> csvColumns(CsvTableKind table, std::initializer_list<int> modelColumns)
{
    const QStringList header = csvHeader(table, modelColumns.size() > 4);
    QVector<CsvColumn> columns;
    columns.reserve(qsizetype(modelColumns.size()));
    qsizetype i = 0;
    for (int modelColumn : modelColumns) {
        if (i >= header.size())
            break;
        CsvColumn column;
        column.header = header[i++];
        column.modelColumn = modelColumn;
        column.kind = kindOf(column.header);
        columns.append(column);
    }
    return columns;
}

CsvTable tableFromModel(const QAbstractItemModel &model, const QVector<CsvColumn> &columns,
                        const QModelIndex &parent)
{
    QStringList header;
    header.reserve(columns.size());
    for (const CsvColumn &column : columns)
        header.append(column.header);
    CsvTable out(header);

    const int rows = model.rowCount(parent);
    out.reserveRows(rows);
    for (int r = 0; r < rows; ++r) {
        for (const CsvColumn &column : columns)
            addCell(out, column, model.data(model.index(r, column.modelColumn, parent), RawValueRole));
    }
    return out;
}

} // namespace md
