// Reader comments as pages print them: "AUTHOR Mon DD, YYYY hh:mmam", the text, "thumb_up Recommended (N) reply Reply".
#pragma once

#include "core/snapshot.h"

#include <QStringList>
#include <QVector>

namespace md {

// Parses the lines of a comments section (the lines after the "Comments" heading). Widget noise
// ("200 characters", icon words) is dropped. A comment that cannot be read costs only itself: it is skipped
// with a warning. At most maxComments are kept.
QVector<Comment> parseCommentLines(const QVector<QStringView> &lines, QStringList *warnings, int maxComments);
QVector<Comment> parseCommentLines(const QStringList &lines, QStringList *warnings, int maxComments);

// True for lines a comment widget prints that are never comment text.
bool isCommentWidgetNoise(QStringView line);

} // namespace md
