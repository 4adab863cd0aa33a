// The exchange's end-of-day series of one symbol (dps.psx.com.pk/timeseries/eod/SYM): JSON rows
// [unix_time, close, volume, open], no high or low.
#pragma once

#include "core/limits.h"
#include "core/snapshot.h"

#include <QString>
#include <QStringView>

namespace md {

// True when the text is JSON (an object or an array, after white space, with a key or a value next): the caller
// then reads it with parseEodSeries, which says so when it is JSON of another kind.
bool looksLikeJson(QStringView text);

struct EodSeriesResult
{
    bool recognised = false;  // the JSON holds an end-of-day series
    QString error;            // recognised but unusable, or not a series at all (no file name)
};

// Fills kind, quotes (one per day, oldest first, each with its sessionDate) and warnings of snapshot. The
// symbol comes from the JSON ("symbol") when it has one, else from location: the URL's /eod/SYM, or the file
// name (OGDC.json). Each day's change is its close minus the day before's close in the series.
EodSeriesResult parseEodSeries(const QString &json, const QString &location, Snapshot &snapshot,
                               const LoadLimits &limits = {});

} // namespace md
