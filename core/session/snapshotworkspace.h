// The models of an open dashboard: the opened snapshots and the tables of the current one, kept in step.
#pragma once

#include <QObject>

namespace md {

class CommentsModel;
class IndexSeriesModel;
class IndicesModel;
class QuotesModel;
class SectorSummaryModel;
class SnapshotCollection;
struct Snapshot;

// Owns the models every view binds to. When the collection's current snapshot changes, the quotes,
// indices, sectors and comments models are refilled from it; the series model follows the whole collection.
class SnapshotWorkspace : public QObject
{
    Q_OBJECT
public:
    explicit SnapshotWorkspace(QObject *parent = nullptr);

    SnapshotCollection *collection() const { return m_collection; }
    QuotesModel *quotes() const { return m_quotes; }
    IndicesModel *indices() const { return m_indices; }
    CommentsModel *comments() const { return m_comments; }
    IndexSeriesModel *indexSeries() const { return m_series; }
    // The current snapshot's quotes by sector (empty for a news page's ticker).
    SectorSummaryModel *sectors() const { return m_sectors; }

    // The current snapshot, or nullptr.
    const Snapshot *currentSnapshot() const;

signals:
    // The current snapshot's tables were refilled (another snapshot, or none, is current).
    void currentSnapshotChanged();

private:
    void refill();

    SnapshotCollection *m_collection;
    QuotesModel *m_quotes;
    IndicesModel *m_indices;
    CommentsModel *m_comments;
    IndexSeriesModel *m_series;
    SectorSummaryModel *m_sectors;
};

} // namespace md
