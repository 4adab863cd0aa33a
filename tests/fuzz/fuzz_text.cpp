// Fuzz target "text": the plain-text grammar (ticker rows, article rules, comments) on arbitrary UTF-8.
#include "core/parse/textsnapshotparser.h"
#include "tests/fuzz/fuzztarget.h"

#include <cmath>

MD_FUZZ_TARGET(text)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    md::Snapshot snapshot;
    md::LoadLimits limits;
    limits.maxLineLength = 4096;
    md::parseTextSnapshot(text, snapshot, limits);
    for (const md::Quote &q : snapshot.quotes) {
        MD_FUZZ_CHECK(!q.symbol.isEmpty());
        MD_FUZZ_CHECK(std::isfinite(q.price) && q.price >= 0);
        MD_FUZZ_CHECK(std::isfinite(q.change) && std::isfinite(q.changePercent));
    }
    for (const md::ArticleBlock &b : snapshot.article.blocks)
        MD_FUZZ_CHECK(!b.text.trimmed().isEmpty());
    for (const md::Comment &c : snapshot.comments) {
        MD_FUZZ_CHECK(c.postedAt.isValid());
        MD_FUZZ_CHECK(!c.author.isEmpty());
        MD_FUZZ_CHECK(c.recommended >= 0);
    }
    MD_FUZZ_CHECK(snapshot.comments.size() <= limits.maxComments);
    return 0;
}
