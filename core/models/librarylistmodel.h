// The library's snapshots as a table: capture time, headline, counts and source, newest first.
#pragma once

#include "core/library/librarytypes.h"
#include "core/models/modelroles.h"

#include <QAbstractTableModel>
#include <QVector>

#include <utility>

namespace md {

// Rows are LibraryEntry values as Library::listSnapshots() returns them; the model never reads the database.
// RawValueRole gives capture time as UTC msecs, counts as numbers and the full source path, for proxies.
class LibraryListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { CapturedColumn, HeadlineColumn, QuotesColumn, IndicesColumn, CommentsColumn, SourceColumn,
                  FormatColumn, ColumnCount };
    // qint64: the row's SnapshotId, in every column.
    static constexpr int SnapshotIdRole = DirectionRole + 16;

    explicit LibraryListModel(QObject *parent = nullptr);

    void setEntries(const QVector<LibraryEntry> &entries);
    const QVector<LibraryEntry> &entries() const { return m_entries; }
    const LibraryEntry *entryAt(int row) const;
    int rowOf(SnapshotId id) const;  // -1 when not listed

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<LibraryEntry> m_entries;
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

} // namespace md
