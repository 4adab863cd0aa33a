// SearchResultsModel: ranked article hits with highlighted snippets.
#include "core/models/searchresultsmodel.h"

#include "core/models/librarylistmodel.h"
#include "core/models/textdirection.h"

#include <QFileInfo>

namespace md {

QString highlightedHtml(const QString &text, const QVector<TextMatch> &matches)
{
    QString html;
    qsizetype at = 0;
    for (const TextMatch &m : matches) {
        if (m.start < at || m.length <= 0 || m.start + m.length > text.size())
            continue;
        html += text.mid(at, m.start - at).toHtmlEscaped();
        html += QLatin1String("<b>") + text.mid(m.start, m.length).toHtmlEscaped() + QLatin1String("</b>");
        at = m.start + m.length;
    }
    html += text.mid(at).toHtmlEscaped();
    return html;
}

SearchResultsModel::SearchResultsModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void SearchResultsModel::setResults(const QString &query, const SearchResults &results)
{
    beginResetModel();
    m_query = query;
    m_results = results;
    endResetModel();
}

void SearchResultsModel::clear()
{
    setResults({}, {});
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.hits.size());
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit &hit = m_results.hits[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return hit.headline.isEmpty() ? QFileInfo(hit.source).fileName() : hit.headline;
    case Qt::ToolTipRole: return hit.source;
    case Qt::TextAlignmentRole: return headlineAlignment(hit.headline);  // Urdu on the right
    case SnapshotIdRole: return hit.snapshotId;
    case SnippetRole: return hit.snippet;
    case SnippetHtmlRole: return highlightedHtml(hit.snippet, hit.highlights);
    case CaptureTimeTextRole: return displayCaptureTime(hit.capturedAt);
    case SourceRole: return hit.source;
    default: return {};
    }
}

} // namespace md
