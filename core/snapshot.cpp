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

QString blockKindName(ArticleBlock::Kind kind)
{
    switch (kind) {
    case ArticleBlock::Kind::Paragraph: return QStringLiteral("paragraph");
    case ArticleBlock::Kind::Subheading: return QStringLiteral("subheading");
    case ArticleBlock::Kind::Table: return QStringLiteral("table");
    }
    return QStringLiteral("paragraph");
}

} // namespace md
