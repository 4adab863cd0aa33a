// Keeps the current snapshot's models in step with the collection.
#include "core/session/snapshotworkspace.h"

#include "core/models/commentsmodel.h"
#include "core/models/indexseriesmodel.h"
#include "core/models/indicesmodel.h"
#include "core/models/quotesmodel.h"
#include "core/models/sectorsummarymodel.h"
#include "core/models/snapshotcollection.h"

namespace md {

SnapshotWorkspace::SnapshotWorkspace(QObject *parent)
    : QObject(parent)
    , m_collection(new SnapshotCollection(this))
    , m_quotes(new QuotesModel(this))
    , m_indices(new IndicesModel(this))
    , m_comments(new CommentsModel(this))
    , m_series(new IndexSeriesModel(this))
    , m_sectors(new SectorSummaryModel(this))
{
    m_series->setCollection(m_collection);
    connect(m_collection, &SnapshotCollection::currentSnapshotChanged, this, &SnapshotWorkspace::refill);
}

const Snapshot *SnapshotWorkspace::currentSnapshot() const
{
    return m_collection->currentSnapshot();
}

void SnapshotWorkspace::refill()
{
    const Snapshot *s = m_collection->currentSnapshot();
    m_quotes->setQuotes(s ? s->quotes : QVector<Quote>());
    m_sectors->setQuotes(s ? s->quotes : QVector<Quote>());
    m_indices->setIndices(s ? s->indices : QVector<IndexValue>());
    m_comments->setComments(s ? s->comments : QVector<Comment>());
    emit currentSnapshotChanged();
}

} // namespace md
