// pageGaps(): what a page lacks, said with the parser's own warning where it gave one.
#include "core/parse/pagegaps.h"

#include <QCoreApplication>

namespace md {
namespace {

// The first warning that mentions one of the words, or an empty string.
QString warningAbout(const QStringList &warnings, std::initializer_list<const char *> words)
{
    for (const QString &warning : warnings) {
        for (const char *word : words) {
            if (warning.contains(QLatin1String(word), Qt::CaseInsensitive))
                return warning;
        }
    }
    return {};
}

QString withReason(const QString &what, const QString &reason)
{
    return reason.isEmpty() ? what : what + QLatin1Char('\n') + reason;
}

} // namespace

PageGaps pageGaps(const Snapshot &snapshot)
{
    PageGaps gaps;
    gaps.noMarketData = snapshot.quotes.isEmpty() && snapshot.indices.isEmpty();
    gaps.noArticle = snapshot.article.isEmpty() && snapshot.comments.isEmpty();
    if (gaps.noMarketData) {
        QString reason = warningAbout(snapshot.warnings, {"ticker", "table", "rows", "companies", "trading", "days"});
        if (reason.isEmpty() && !gaps.noArticle)
            reason = QCoreApplication::translate("md", "It is a news page whose copy carries no ticker of quotes or "
                                                       "indices.");
        gaps.marketData = withReason(QCoreApplication::translate("md", "This page has no market data."), reason);
    }
    if (gaps.noArticle) {
        QString reason = warningAbout(snapshot.warnings, {"article", "headline", "paragraph"});
        if (reason.isEmpty() && isExchangeKind(snapshot.kind))
            reason = QCoreApplication::translate("md", "It is one of the exchange's own publications: prices, no story.");
        gaps.article = withReason(QCoreApplication::translate("md", "No article text was found in this page."), reason);
    }
    return gaps;
}

} // namespace md
