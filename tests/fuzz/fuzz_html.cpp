// Fuzz target "html": HTML extraction through gumbo, with a small nesting limit to reach the guard.
#include "core/parse/htmlsnapshotparser.h"
#include "tests/fuzz/fuzztarget.h"

MD_FUZZ_TARGET(html)
{
    const QString html = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    md::Snapshot snapshot;
    md::LoadLimits limits;
    limits.maxNestingDepth = 64;
    md::parseHtmlSnapshot(html, snapshot, limits);
    for (const md::ArticleBlock &b : snapshot.article.blocks)
        MD_FUZZ_CHECK(!b.text.trimmed().isEmpty());
    for (const md::Comment &c : snapshot.comments)
        MD_FUZZ_CHECK(c.postedAt.isValid());
    return 0;
}
