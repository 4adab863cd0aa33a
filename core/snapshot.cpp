// Small helpers of the snapshot value types.
#include "core/snapshot.h"

namespace md {

QString formatName(SnapshotFormat format)
{
    switch (format) {
    case SnapshotFormat::Text: return QStringLiteral("text");
    case SnapshotFormat::Html: return QStringLiteral("html");
    case SnapshotFormat::Mhtml: return QStringLiteral("mhtml");
    }
    return QStringLiteral("text");
}

} // namespace md
