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

QString rowsAsTabSeparated(const QAbstractItemModel &model, const QList<int> &rows, bool withHeader)
{
    QString out;
    const int columns = model.columnCount();
    if (withHeader) {
        for (int c = 0; c < columns; ++c) {
            if (c > 0)
                out += QLatin1Char('\t');
            out += cellText(model.headerData(c, Qt::Horizontal, Qt::DisplayRole));
        }
        out += QLatin1Char('\n');
    }
    for (int row : rows) {
        for (int c = 0; c < columns; ++c) {
            if (c > 0)
                out += QLatin1Char('\t');
            const QModelIndex index = model.index(row, c);
            QVariant raw = index.data(RawValueRole);
            out += cellText(raw.isValid() ? raw : index.data(Qt::DisplayRole));
        }
        out += QLatin1Char('\n');
    }
    return out;
}

} // namespace md
