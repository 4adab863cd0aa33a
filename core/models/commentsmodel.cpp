// Reader comments table.
#include "core/models/commentsmodel.h"

#include "core/models/displayformat.h"
#include "core/models/modelroles.h"

namespace md {

void CommentsModel::setComments(const QVector<Comment> &comments)
{
    beginResetModel();
    m_comments = comments;
    endResetModel();
}

int CommentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_comments.size());
}

int CommentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CommentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Comment &c = m_comments.at(index.row());
    if (role == RawValueRole) {
        switch (index.column()) {
        case AuthorColumn: return c.author;
        case PostedColumn: return c.postedAt.isValid() ? QVariant(c.postedAt.toMSecsSinceEpoch()) : QVariant();
        case RecommendedColumn: return c.recommended;
        case TextColumn: return c.text;
        }
    } else if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case AuthorColumn: return c.author;
        case PostedColumn: return formatTimestamp(c.postedAt, m_locale);
        case RecommendedColumn: return m_locale.toString(c.recommended);
        case TextColumn: return c.text;
        }
    } else if (role == Qt::TextAlignmentRole) {
        return index.column() == RecommendedColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                                   : QVariant(int(Qt::AlignLeft | Qt::AlignVCenter));
    }
    return {};
}

QVariant CommentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AuthorColumn: return tr("Author");
    case PostedColumn: return tr("Posted");
    case RecommendedColumn: return tr("Recommended");
    case TextColumn: return tr("Comment");
    }
    return {};
}

} // namespace md
