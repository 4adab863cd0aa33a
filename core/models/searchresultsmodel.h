// Full-text search results as a list: each article's headline, capture time and a snippet with its matches.
#pragma once

#include "core/library/articlesearch.h"

#include <QAbstractListModel>

namespace md {

// Rows are SearchResults::hits (ArticleSearch::search()), best first; the model never reads the database.
// DisplayRole is the headline (the file's name when it has none); SnippetHtmlRole is the snippet as rich text
// with each match in <b>, everything else escaped, for a view to draw highlighted.
class SearchResultsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        SnapshotIdRole = Qt::UserRole + 60,  // qint64
        SnippetRole,                         // QString, plain
        SnippetHtmlRole,                     // QString, rich text
        CaptureTimeTextRole,                 // QString: "2025-03-05 17:05"
        SourceRole,                          // QString: file path or address
    };

    explicit SearchResultsModel(QObject *parent = nullptr);

    // The results of query (kept for queryText()).
    void setResults(const QString &query, const SearchResults &results);
    void clear();
    const SearchResults &results() const { return m_results; }
    QString queryText() const { return m_query; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QString m_query;
    SearchResults m_results;
};

// text as rich text with each match wrapped in <b>…</b> and the rest escaped. Matches are in order and do
// not overlap (as ArticleSearch gives them); one out of range is ignored.
QString highlightedHtml(const QString &text, const QVector<TextMatch> &matches);

} // namespace md
