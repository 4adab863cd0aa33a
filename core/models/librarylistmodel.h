// The library's snapshots as a list of stories: capture time, headline, counts and source, newest first; the
// copies of a story saved more than once under it.
#pragma once

#include "core/library/librarytypes.h"
#include "core/models/modelroles.h"

#include <QAbstractItemModel>
#include <QVector>

#include <utility>

namespace md {

// Rows are LibraryEntry values as Library::listSnapshots() returns them; the model never reads the database.
// Snapshots of one story (the same LibraryEntry::storyId) are one top-level row, which shows the first of them
// in the list's order (the newest), with every copy as a child row (its format, market time and file).
// RawValueRole gives capture time as UTC msecs, counts as numbers and the full source path, for proxies.
class LibraryListModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { CapturedColumn, HeadlineColumn, QuotesColumn, IndicesColumn, CommentsColumn, SourceColumn,
                  FormatColumn, ColumnCount };
    // qint64: the row's SnapshotId, in every column.
    static constexpr int SnapshotIdRole = DirectionRole + 16;
    // QVariantList of qint64: the snapshots a row stands for (every copy on a story's row, else its own).
    static constexpr int CopyIdsRole = DirectionRole + 17;

    explicit LibraryListModel(QObject *parent = nullptr);

    void setEntries(const QVector<LibraryEntry> &entries);
    const QVector<LibraryEntry> &entries() const { return m_entries; }
    // The entry a top-level row shows (a story's newest copy).
    const LibraryEntry *entryAt(int row) const;
    int rowOf(SnapshotId id) const;  // the top-level row listing it (itself or as a copy); -1 when not listed
    const LibraryEntry *entryOf(SnapshotId id) const;
    // The row of id: the top-level row it is shown on, else its copy row under its story; invalid when not listed.
    QModelIndex indexOf(SnapshotId id) const;
    int storyCount() const { return int(m_rows.size()); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const LibraryEntry *entryFor(const QModelIndex &index) const;

    QVector<LibraryEntry> m_entries;
    // One per top-level row: positions in m_entries, the row's own entry first, then its other copies.
    QVector<QVector<int>> m_rows;
};

// "2024-12-06 17:53" — a capture time as the library shows it, in Pakistan time (UTC+5), the exchange's clock.
QString displayCaptureTime(const Timestamp &time);
// The same, saying "(file date)" when the only date found was the file's modification time (the page gave
// none), so a user never takes a file's date for the page's.
QString displayCaptureTime(const LibraryEntry &entry);
// Labels that tell two snapshots apart in a comparison: their capture times, and where those read the same
// (the same minute, or the same day for dates without a time), the headline or file name as well, and
// failing that their order in the library.
std::pair<QString, QString> comparisonLabels(const LibraryEntry &first, const LibraryEntry &second);
// One label per entry for a list to pick from (Compare's pickers): market time, headline or what the exchange's
// file is, and format ("2025-01-30 10:21 — Cement makers lead PSX higher · MHTML"). No two are the same: where
// they would be, the file's name is added, and failing that the snapshot's number in the library.
QStringList snapshotPickerLabels(const QVector<LibraryEntry> &entries);

} // namespace md
