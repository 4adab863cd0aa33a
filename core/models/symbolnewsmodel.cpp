// SymbolNewsModel: one row per article that mentions the symbol.
#include "core/models/symbolnewsmodel.h"

#include "core/models/librarylistmodel.h"
#include "core/models/textdirection.h"

#include <QFileInfo>

namespace md {

SymbolNewsModel::SymbolNewsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SymbolNewsModel::setArticles(const QString &symbol, const QVector<SymbolArticle> &articles)
{
    beginResetModel();
    m_symbol = symbol;
    m_articles = articles;
    endResetModel();
}

int SymbolNewsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_articles.size());
}

int SymbolNewsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SymbolNewsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const SymbolArticle &article = m_articles[index.row()];
    if (role == SnapshotIdRole)
        return article.snapshotId;
    const int mentions = int(article.matches.size());
    switch (index.column()) {
    case CapturedColumn:
        if (role == Qt::DisplayRole)
            return displayCaptureTime(article.capturedAt);
        if (role == RawValueRole)
            return article.capturedAtMsecs;
        break;
    case HeadlineColumn:
        if (role == Qt::DisplayRole || role == RawValueRole) {
            // A page without a headline is named by its file.
            return article.headline.isEmpty() ? QFileInfo(article.source).fileName() : article.headline;
        }
        if (role == Qt::ToolTipRole)
            return article.source;
        if (role == Qt::TextAlignmentRole)  // an Urdu headline on the right
            return headlineAlignment(article.headline);
        break;
    case MentionsColumn:
        if (role == Qt::DisplayRole || role == RawValueRole)
            return mentions;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default: break;
    }
    return {};
}

QVariant SymbolNewsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    // The column shows the story's own date (published_at, else the market time): an old story re-served under a
    // later ticker is listed on its day (issue 20).
    case CapturedColumn: return tr("Published");
    case HeadlineColumn: return tr("Headline");
    case MentionsColumn: return tr("Mentions");
    default: return {};
    }
}

} // namespace md
