// Rows of a table as tab-separated text for the clipboard, from raw values (never display text).
#pragma once

#include <QList>
#include <QString>

class QAbstractItemModel;

namespace md {

// One line per row (in the order given), columns in model order, "\t" between cells and "\n" after each
// line; numbers written locale-independently and as short as exact ("-7.01", "113247"); tabs and line
// breaks inside text become spaces. withHeader puts the column titles first. columns (when not empty) are
// the model columns to write, in that order (a view's visible ones).
QString rowsAsTabSeparated(const QAbstractItemModel &model, const QList<int> &rows, bool withHeader = false,
                           const QList<int> &columns = {});

} // namespace md
