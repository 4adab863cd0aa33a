// The exchange's closing-rate file: one session, one company per line, '|'-separated, no header.
#pragma once

#include "core/limits.h"
#include "core/snapshot.h"

#include <QDate>
#include <QString>
#include <QStringView>

namespace md {

// True when the first line with text is a closing-rate record ("31DEC2021|OGDC|0820|…"): a DDMONYYYY date
// and at least ten '|'-separated fields. Decided from the content, never from the file's name.
bool looksLikeClosingRates(QStringView text);

// "31DEC2021" → 2021-12-31; invalid when it is not such a date.
QDate parseClosingRateDate(QStringView text);

// Fills kind, sessionDate, quotes and warnings of snapshot. A line that is not a record (too few fields, a
// field that is not a number) is skipped with a warning naming the line; a record whose bar fails its
// checks is kept with a warning. Returns an error (no file name) when no line could be read at all, or the
// page ran past limits.deadline; empty on success.
QString parseClosingRates(const QString &text, Snapshot &snapshot, const LoadLimits &limits = {});

} // namespace md
