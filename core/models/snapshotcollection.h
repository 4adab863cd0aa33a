// Every opened snapshot, newest capture first, with the one the user is looking at (the current snapshot).
#pragma once

#include "core/capturetime.h"
#include "core/snapshot.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QLocale>
#include <QVector>

namespace md {

// One opened snapshot as the loader gives it.
struct OpenedSnapshot
{
    Snapshot snapshot;
    QString key;             // identity of the file (canonical path; ":/..." for a bundled one): opening it
                             // again replaces this entry instead of adding a second one
    QDateTime fileModified;  // the file's modification time, the capture time of last resort
};

// A list model of the opened snapshots, ordered by capture time, newest first (ties: last opened first).
// Display: the headline, else the file name. md::RawValueRole: capture time in msecs since the epoch.
// The named roles below carry the rest for the side panel and for exports.
class SnapshotCollection : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        KeyRole = Qt::UserRole + 64,  // QString
        SourceRole,                   // QString: the path as shown to the user
        TitleRole,                    // QString: headline or file name
        CaptureTimeRole,              // QDateTime (UTC), invalid when unknown
        CaptureTimeTextRole,          // QString: "10 Dec 2024, 21:45"
        CaptureSourceRole,            // QString: where the capture time came from, in words
        FormatRole,                   // QString: "text", "html", "mhtml"
        QuoteCountRole,               // int
        IndexCountRole,               // int
        CommentCountRole,             // int
        WarningCountRole,             // int
        SummaryRole,                  // QString: "30 quotes · 4 indices · 3 comments"
        StoryDateTextRole,            // QString: the article's date where it is another day than the market time, else empty
    };

    explicit SnapshotCollection(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Adds a snapshot, or replaces the one with the same key, or the same page read from another file
    // (isSamePage(): one page saved as HTML and MHTML), in place (dataChanged, and a row move when its capture
    // time puts it elsewhere); returns its row. Does not change which snapshot is current.
    int add(OpenedSnapshot opened);
    void removeAt(int row);
    void clear();

    int count() const { return int(m_entries.size()); }
    bool isEmpty() const { return m_entries.isEmpty(); }
    int rowOfKey(const QString &key) const;
    const Snapshot &snapshotAt(int row) const { return m_entries.at(row).opened.snapshot; }
    QString keyAt(int row) const { return m_entries.at(row).opened.key; }
    CaptureTime captureTimeAt(int row) const { return m_entries.at(row).capture; }
    // The file's modification time as the loader gave it (invalid for web pages and bundled files).
    QDateTime fileModifiedAt(int row) const { return m_entries.at(row).opened.fileModified; }
    // Keys in the order they were opened (for the session and Open Recent).
    QStringList keysInOpeningOrder() const;

    // The current snapshot: -1 when none. Selecting follows the snapshot when rows move.
    int currentRow() const;
    void setCurrentRow(int row);
    const Snapshot *currentSnapshot() const;

    void setLocale(const QLocale &locale) { m_locale = locale; }

signals:
    // The current row number changed (also when the same snapshot moved to another row).
    void currentRowChanged(int row);
    // Another snapshot (or none) became current, or the current one was replaced by a fresh read.
    void currentSnapshotChanged();

private:
    struct Entry
    {
        OpenedSnapshot opened;
        CaptureTime capture;
        quint64 id = 0;
        quint64 openedOrder = 0;
    };

    int insertionRow(const Entry &entry) const;
    void setCurrentId(quint64 id, bool snapshotChanged);
    int rowOfId(quint64 id) const;
    void reportCurrentRow();

    QVector<Entry> m_entries;
    quint64 m_nextId = 1;
    quint64 m_currentId = 0;
    int m_lastReportedRow = -1;
    QLocale m_locale;
};

} // namespace md
