// The full-text index of article text (SQLite FTS5), kept in step with the stored snapshots.
#pragma once

#include "core/library/librarytypes.h"
#include "core/snapshot.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace md::searchindex {

// Makes the FTS5 table article_search (external content: the view article_text) when FTS5 is there and
// allowed. A table made now (a library from before version 4, or one kept by a build without FTS5) puts
// every stored snapshot in search_backlog, to be indexed by indexBacklog(). True when FTS5 can be used;
// otherwise *reason says why (the library then searches without the index).
bool attach(QSqlDatabase &db, bool allowed, QString *reason);

// Within the caller's transaction. add() after a snapshot's rows are written; remove() before they are
// deleted (the index forgets a row by the text it indexed). Without FTS5 they keep the backlog and a
// "stale" mark instead, so a later build with FTS5 brings the index up to date.
bool add(QSqlDatabase &db, bool fullText, SnapshotId id, QString *error);
// The same, with the text taken from the snapshot just stored rather than read back through the view: the
// view concatenates a long body in SQLite several times over (a 60 MB text copy cost 270 MB there).
bool add(QSqlDatabase &db, bool fullText, SnapshotId id, const Snapshot &snapshot, QString *error);

// What the view article_text gives for a stored snapshot (headline; standfirst and blocks; comments), built
// from the snapshot: the external-content index must be given exactly the text the view would give.
struct ArticleText
{
    QString headline;
    QString body;
    QString comments;
};
ArticleText articleTextOf(const Snapshot &snapshot);
bool remove(QSqlDatabase &db, bool fullText, SnapshotId id, QString *error);

// Snapshots stored but not yet in the index.
int backlogSize(QSqlDatabase &db);

// Indexes the backlog in batches of one transaction each, reporting progress (return false to stop; the
// rest waits for next time). False with *error when the database fails.
bool indexBacklog(QSqlDatabase &db, const std::function<bool(int done, int total)> &progress, QString *error);

} // namespace md::searchindex
