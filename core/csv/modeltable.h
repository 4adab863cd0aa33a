// Building a CsvTable from any item model (a view's proxy: exactly its rows, in its order) via md::RawValueRole.
#pragma once

#include "core/csv/csvtable.h"
#include "core/csv/snapshottables.h"
#include "core/timestamp.h"

#include <QModelIndex>
#include <QString>
#include <QVector>

#include <initializer_list>

QT_BEGIN_NAMESPACE
class QAbstractItemModel;
QT_END_NAMESPACE

namespace md {

// One exported column: its CSV header and the model column whose md::RawValueRole it writes.
struct CsvColumn
{
    enum class Kind {
        Auto,    // by the value's type: numbers as numbers, QDateTime as ISO 8601, anything else as text
        Text,    // the value as text (guarded against formula injection)
        Number,  // the value as a number; empty when it is not one
        Time,    // qint64 milliseconds since the epoch (or a QDateTime) as ISO 8601 at timeOffsetSeconds
    };

    QString header;
    int modelColumn = 0;
    Kind kind = Kind::Auto;
    int timeOffsetSeconds = Timestamp::kPakistanOffsetSeconds;  // for Time from milliseconds
};

// The standard columns of a table (csvHeader(table)), read from these model columns in header order:
//   tableFromModel(proxy, csvColumns(CsvTableKind::Movers, {SymbolCol, PriceCol, ChangeCol, PercentCol}))
// Six model columns map onto source,captured_at and the four of the table. Kinds follow the header
// (symbol, name, author, text, source: text; posted_at, captured_at: time; the rest: numbers).
QVector<CsvColumn> csvColumns(CsvTableKind table, std::initializer_list<int> modelColumns);

// One row per model row under parent, in the model's order (a QSortFilterProxyModel gives exactly the
// rows the user sees, sorted as shown). Reads md::RawValueRole only, never display text: a cell with no
// raw value is empty.
CsvTable tableFromModel(const QAbstractItemModel &model, const QVector<CsvColumn> &columns,
                        const QModelIndex &parent = QModelIndex());

} // namespace md
