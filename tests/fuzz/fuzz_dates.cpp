// Fuzz target "dates": page dates, ISO timestamps and comment sections.
#include "core/parse/commentparser.h"
#include "core/parse/pagedate.h"
#include "tests/fuzz/fuzztarget.h"

MD_FUZZ_TARGET(dates)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const md::Timestamp page = md::parsePageDateTime(text);
    if (page.isValid()) {
        // What we print we can read back, unchanged.
        MD_FUZZ_CHECK(md::Timestamp::fromIsoString(page.toIsoString()) == page);
    }
    // A date found inside a line, or in an address, reads back the same way.
    for (const md::Timestamp &found : {md::findDateIn(text), md::dateInAddress(text)}) {
        if (found.isValid())
            MD_FUZZ_CHECK(md::Timestamp::fromIsoString(found.toIsoString()) == found);
    }
    const md::Timestamp iso = md::Timestamp::fromIsoString(text);
    if (iso.isValid())
        MD_FUZZ_CHECK(md::Timestamp::fromIsoString(iso.toIsoString()) == iso);

    QStringList warnings;
    const QVector<md::Comment> comments = md::parseCommentLines(text.split(QLatin1Char('\n')), &warnings, 100);
    MD_FUZZ_CHECK(comments.size() <= 100);
    for (const md::Comment &c : comments)
        MD_FUZZ_CHECK(c.postedAt.isValid() && !c.author.isEmpty());
    return 0;
}
