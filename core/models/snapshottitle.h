// The title a list shows for a snapshot: its story's headline, else what the exchange's file is and for when.
#pragma once

#include "core/snapshot.h"
#include "core/timestamp.h"

#include <QDate>
#include <QString>

namespace md {

// The headline when there is one. An exchange publication has none, so it is named by what it is and the
// session or time it is for: "PSX closing rates · 4 Dec 2024", "PSX market watch · 10 Dec 2024 14:35",
// "PSX historical session · 4 Dec 2024", "PSX daily closes · LUCK". A news page without a headline is named
// by its file. marketTime is the snapshot's market time (Pakistan time); session the day it names, if any.
QString snapshotTitle(const QString &headline, SnapshotKind kind, const QDate &session, const Timestamp &marketTime,
                      const QString &source);

} // namespace md
