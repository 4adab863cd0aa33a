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

QString kindName(SnapshotKind kind)
{
    switch (kind) {
    case SnapshotKind::NewsPage: return QStringLiteral("news");
    case SnapshotKind::MarketWatch: return QStringLiteral("market-watch");
    case SnapshotKind::HistoricalSession: return QStringLiteral("historical-session");
    case SnapshotKind::ClosingRates: return QStringLiteral("closing-rates");
    case SnapshotKind::EodSeries: return QStringLiteral("eod-series");
    }
    return QStringLiteral("news");
}

std::optional<SnapshotKind> kindFromName(const QString &name)
{
    for (SnapshotKind kind : {SnapshotKind::NewsPage, SnapshotKind::MarketWatch, SnapshotKind::HistoricalSession,
                              SnapshotKind::ClosingRates, SnapshotKind::EodSeries}) {
        if (name == kindName(kind))
            return kind;
    }
    return std::nullopt;
}

QString blockKindName(ArticleBlock::Kind kind)
{
    switch (kind) {
    case ArticleBlock::Kind::Paragraph: return QStringLiteral("paragraph");
    case ArticleBlock::Kind::Subheading: return QStringLiteral("subheading");
    case ArticleBlock::Kind::Table: return QStringLiteral("table");
    case ArticleBlock::Kind::List: return QStringLiteral("list");
    }
    return QStringLiteral("paragraph");
}

ArticleBlock listBlock(const QStringList &items, bool ordered, int start)
{
    ArticleBlock block;
    block.kind = ArticleBlock::Kind::List;
    block.text = items.join(u'\n');
    block.ordered = ordered;
    block.start = ordered ? start : 1;
    return block;
}

} // namespace md
