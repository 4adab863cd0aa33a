// A fixture of tests/data/ loaded the way the app loads a file, for the suites that check parsed values.
#pragma once

#include "core/load/snapshotloader.h"
#include "core/parse/htmlsnapshotparser.h"
#include "core/snapshot.h"
#include "testdata.h"

#include <gtest/gtest.h>

namespace md::test {

// The fixture's snapshot; a load failure fails the test and gives an empty snapshot.
inline Snapshot loadFixture(const QString &name)
{
    SnapshotLoadResult result = loadSnapshotFile(dataPath(name));
    EXPECT_TRUE(result.ok()) << result.error.toStdString();
    return result.snapshot.value_or(Snapshot{});
}

// The warnings about what was read, without the one about when the market data were true (a fixture's file
// time is its checkout's, so a page that prints no date of its own is dated by that, with a warning).
inline QStringList parseWarnings(const Snapshot &s)
{
    QStringList out;
    for (const QString &w : s.warnings) {
        if (!w.startsWith(QLatin1String("The ticker's date is ")))
            out.append(w);
    }
    return out;
}

// A page of HTML written in the test, parsed as the app parses a saved page; an error fails the test.
inline Snapshot parseHtmlPage(const QString &html)
{
    Snapshot s;
    const QString e = parseHtmlSnapshot(html, s);
    EXPECT_TRUE(e.isEmpty()) << e.toStdString();
    return s;
}

// An article's paragraphs and sub-headings in one string (tables left out), for include/exclude checks.
inline QString articleText(const Article &a)
{
    QStringList parts;
    for (const ArticleBlock &b : a.blocks) {
        if (b.kind != ArticleBlock::Kind::Table)
            parts.append(b.text);
    }
    return parts.join(QLatin1Char('\n'));
}

} // namespace md::test
