// The current snapshot's reader comments as a table: Author, Posted, Recommended, Comment.
#pragma once

#include "core/snapshot.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace md {

// md::RawValueRole: author and text as QString, posted time as qint64 msecs since the epoch (invalid
// QVariant when the page gave none), recommendations as int.
class CommentsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { AuthorColumn, PostedColumn, RecommendedColumn, TextColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setComments(const QVector<Comment> &comments);
    const QVector<Comment> &comments() const { return m_comments; }
    const Comment &commentAt(int row) const { return m_comments.at(row); }

    void setLocale(const QLocale &locale) { m_locale = locale; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<Comment> m_comments;
    QLocale m_locale;
};

} // namespace md
