// Tab-separated copies of table rows.
#include "core/models/rowstext.h"

#include "core/models/modelroles.h"

#include <QAbstractItemModel>
#include <QLocale>

namespace md {
namespace {

QString cellText(const QVariant &value)
{
    switch (value.userType()) {
    case QMetaType::Double:
        return QString::number(value.toDouble(), 'f', QLocale::FloatingPointShortest);
    case QMetaType::Float:
        return QString::number(double(value.toFloat()), 'f', QLocale::FloatingPointShortest);
    default:
        break;
    }
    QString text = value.toString();
    for (QChar &c : text) {
        if (c == u'\t' || c == u'\n' || c == u'\r')
            c = u' ';
    }
    return text;
}

} // namespace

QString rowsAsTabSeparated(const QAbstractItemModel &model, const QList<int> &rows, bool withHeader,
                           const QList<int> &onlyColumns)
{
    QString out;
    QList<int> columns = onlyColumns;
    if (columns.isEmpty()) {
        for (int c = 0; c < model.columnCount(); ++c)
            columns.append(c);
    }
    if (withHeader) {
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (i > 0)
                out += QLatin1Char('\t');
            out += cellText(model.headerData(columns.at(i), Qt::Horizontal, Qt::DisplayRole));
        }
        out += QLatin1Char('\n');
    }
    for (int row : rows) {
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (i > 0)
                out += QLatin1Char('\t');
            const QModelIndex index = model.index(row, columns.at(i));
            QVariant raw = index.data(RawValueRole);
            out += cellText(raw.isValid() ? raw : index.data(Qt::DisplayRole));
        }
        out += QLatin1Char('\n');
    }
    return out;
}

} // namespace md
