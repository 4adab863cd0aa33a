// Capture time by order of trust.
#include "core/capturetime.h"

#include <QCoreApplication>

namespace md {

CaptureTime effectiveCaptureTime(const Snapshot &snapshot, const QDateTime &fileModified)
{
    if (snapshot.capturedAt.isValid()) {
        return {snapshot.capturedAt, snapshot.format == SnapshotFormat::Mhtml ? CaptureTime::Source::Archive
                                                                             : CaptureTime::Source::PageMetadata};
    }
    if (snapshot.article.publishedAt.isValid())
        return {snapshot.article.publishedAt, CaptureTime::Source::PageMetadata};
    Timestamp newest;
    for (const Comment &c : snapshot.comments) {
        if (c.postedAt.isValid() && (!newest.isValid() || newest < c.postedAt))
            newest = c.postedAt;
    }
    if (newest.isValid())
        return {newest, CaptureTime::Source::NewestComment};
    if (fileModified.isValid()) {
        const QDateTime local = fileModified.toLocalTime();
        return {Timestamp::fromUtc(fileModified.toUTC(), local.offsetFromUtc()), CaptureTime::Source::FileModified};
    }
    return {};
}

QString describeCaptureSource(CaptureTime::Source source)
{
    switch (source) {
    case CaptureTime::Source::Archive: return QCoreApplication::translate("md", "date of the saved archive");
    case CaptureTime::Source::PageMetadata: return QCoreApplication::translate("md", "date printed on the page");
    case CaptureTime::Source::NewestComment: return QCoreApplication::translate("md", "time of the newest comment");
    case CaptureTime::Source::FileModified: return QCoreApplication::translate("md", "file modification time");
    case CaptureTime::Source::Unknown: break;
    }
    return QCoreApplication::translate("md", "unknown");
}

} // namespace md
