// When a snapshot was taken, from the most trustworthy source available.
#pragma once

#include "core/snapshot.h"

#include <QDateTime>

namespace md {

struct CaptureTime
{
    // In order of trust.
    enum class Source { Archive, PageMetadata, NewestComment, FileModified, Unknown };

    Timestamp time;
    Source source = Source::Unknown;
};

// The capture time: the MHTML Date: header, else the page's own date (masthead, published time), else the
// newest comment's time, else the file's modification time (pass an invalid QDateTime when there is none).
CaptureTime effectiveCaptureTime(const Snapshot &snapshot, const QDateTime &fileModified = {});

// A short description of the source for tooltips and the status bar ("archive date", "file date", ...).
QString describeCaptureSource(CaptureTime::Source source);

} // namespace md
