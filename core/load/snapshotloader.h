// Entry point of the core: a file (or the bytes of a page) in, a parsed Snapshot or a named error out.
#pragma once

#include "core/capturetime.h"
#include "core/limits.h"
#include "core/snapshot.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace md {

// The version of the reading rules (what a page's bytes parse into). Raise it whenever a change to loading
// or parsing makes a stored page read differently: the library then reads its older pages again.
constexpr int kReadingRulesVersion = 8;

struct SnapshotLoadResult
{
    std::optional<Snapshot> snapshot;  // set when the file was read
    QString error;                     // otherwise: "FILE: what went wrong", in the user's words

    bool ok() const { return snapshot.has_value(); }
};

// Reads, decodes and parses one snapshot file (plain text, HTML or MHTML; detected from the content), and dates
// its market data with the file's modification time as the last evidence (dateMarketData).
SnapshotLoadResult loadSnapshotFile(const QString &path, const LoadLimits &limits = {});

// Same for bytes already in memory (a downloaded page, a stored raw page). source names it in messages; the
// market data are dated with the evidence given (none by default: the page's own stamps and its article).
SnapshotLoadResult parseSnapshotBytes(const QByteArray &bytes, const QString &source,
                                      const LoadLimits &limits = {}, const MarketEvidence &evidence = {});

} // namespace md
