// The articles in the library that mention one symbol, as a table: the story's date, headline, how many mentions.
#pragma once

#include "core/library/articlesearch.h"
#include "core/models/modelroles.h"

#include <QAbstractTableModel>
#include <QVector>

namespace md {

// Rows are ArticleSearch::articlesMentioning() results, newest first; the model never reads the database.
// RawValueRole gives the story's date as UTC msecs and the mention count as a number, for sorting.
class SymbolNewsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { CapturedColumn, HeadlineColumn, MentionsColumn, ColumnCount };
    // qint64: the row's SnapshotId, in every column.
    static constexpr int SnapshotIdRole = DirectionRole + 16;

    explicit SymbolNewsModel(QObject *parent = nullptr);

    void setArticles(const QString &symbol, const QVector<SymbolArticle> &articles);
    QString symbol() const { return m_symbol; }
    const QVector<SymbolArticle> &articles() const { return m_articles; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString m_symbol;
    QVector<SymbolArticle> m_articles;
};

} // namespace md
