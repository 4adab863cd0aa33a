// Hostile and sloppy HTML: nesting past the limit is refused with a clear message before any tree is built;
// the sloppiness of real pages (unclosed paragraphs, list items, cells, font tags) is not; the prescan's
// depth estimate keeps up with gumbo's real tree; the memory and time budgets stop a runaway parse.
#include "core/load/snapshotloader.h"
#include "core/parse/htmlprescan.h"
#include "core/parse/htmlsnapshotparser.h"
#include "core/parse/htmltree.h"

#include <QElapsedTimer>

#include <random>

#include <gtest/gtest.h>

using namespace md;

namespace {

const QString kTooDeep = QStringLiteral("the page's markup is nested more than 512 levels deep, past the limit for a saved page");

QByteArray repeated(const QByteArray &piece, int times)
{
    QByteArray out;
    out.reserve(piece.size() * times + 64);
    out += "<!DOCTYPE html><html><body>";
    for (int i = 0; i < times; ++i)
        out += piece;
    return out;
}

int realDepth(const QByteArray &html)
{
    HtmlTree tree;
    EXPECT_EQ(tree.parse(html, size_t(1) << 31, QDeadlineTimer(60000)), HtmlTree::Outcome::Parsed);
    int depth = 0;
    int deepest = 0;
    html::walk(
        tree.root(),
        [&](const GumboNode *n) {
            if (!html::isElement(n))
                return false;
            deepest = std::max(deepest, ++depth);
            return true;
        },
        [&](const GumboNode *) { --depth; });
    return deepest;
}

struct HostileCase
{
    const char *name;
    const char *piece;
};

class HostileNesting : public ::testing::TestWithParam<HostileCase>
{
};

} // namespace

TEST_P(HostileNesting, IsRefusedQuicklyWithAClearMessage)
{
    const QByteArray page = repeated(GetParam().piece, 100000);
    QElapsedTimer clock;
    clock.start();
    const SnapshotLoadResult r = parseSnapshotBytes(page, QStringLiteral("deep.html"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error, QStringLiteral("deep.html: ") + kTooDeep);
    // Refused by the prescan, long before the tree builder's quadratic cost could add up.
    EXPECT_LT(clock.elapsed(), 5000);
}

INSTANTIATE_TEST_SUITE_P(
    Limits, HostileNesting,
    ::testing::Values(HostileCase{"Divs", "<div>"}, HostileCase{"Spans", "<span>"}, HostileCase{"Bold", "<b>"},
                      HostileCase{"CustomElements", "<x-a>"}, HostileCase{"Tables", "<table><tr><td>"},
                      HostileCase{"ClosedDivBehindCell", "<div><table><tr><td></div>"},
                      HostileCase{"FormLeavesContentOpen", "<form><div></form>"},
                      HostileCase{"SelectIgnoresEndTags", "<div><select></div><select>"},
                      HostileCase{"DeepDrawing", "<svg><g>"}, HostileCase{"Objects", "<object><marquee></object><nobr><em>"}),
    [](const ::testing::TestParamInfo<HostileCase> &info) { return std::string(info.param.name); });

TEST(HtmlLimits, ReopenedFormattingTagsAreCountedAsNesting)
{
    // Each unclosed <b> differs, so the tree builder reopens all of them in every later paragraph.
    QByteArray page = "<html><body>";
    for (int i = 0; i < 20000; ++i)
        page += "<p><b class=c" + QByteArray::number(i) + ">x</p>";
    const PrescannedHtml pre = prescanHtml(page, 512);
    EXPECT_EQ(pre.error, kTooDeep);
}

TEST(HtmlLimits, HundredThousandDeepDocumentIsRefusedBeforeParsing)
{
    QByteArray page = "<html><body>";
    for (int i = 0; i < 100000; ++i)
        page += "<div class=\"wrap\">";
    page += "KARACHI: text";
    for (int i = 0; i < 100000; ++i)
        page += "</div>";
    const PrescannedHtml pre = prescanHtml(page, 512);
    EXPECT_FALSE(pre.ok());
    EXPECT_EQ(pre.error, kTooDeep);
    EXPECT_TRUE(pre.markup.isEmpty());
    Snapshot s;
    EXPECT_EQ(parseHtmlSnapshot(QString::fromLatin1(page), s), kTooDeep);
}

TEST(HtmlLimits, NestingJustUnderTheLimitIsRead)
{
    QByteArray page = "<html><body>";
    for (int i = 0; i < 500; ++i)
        page += "<div>";
    page += "<article><p>KARACHI: deep but allowed.</p></article>";
    Snapshot s;
    EXPECT_EQ(parseHtmlSnapshot(QString::fromLatin1(page), s), QString());
    ASSERT_EQ(s.article.blocks.size(), 1);
    EXPECT_EQ(s.article.dateline, QStringLiteral("KARACHI"));
}

TEST(HtmlLimits, TheLimitIsTheConfiguredOne)
{
    LoadLimits limits;
    limits.maxNestingDepth = 20;
    Snapshot s;
    EXPECT_EQ(parseHtmlSnapshot(QString::fromLatin1(repeated("<div>", 25)), s, limits),
              QStringLiteral("the page's markup is nested more than 20 levels deep, past the limit for a saved page"));
    EXPECT_EQ(parseHtmlSnapshot(QString::fromLatin1(repeated("<div>", 15)), s, limits), QString());
}

TEST(HtmlLimits, SloppyRealWorldMarkupIsNotMistakenForDeepNesting)
{
    // Unclosed paragraphs, list items, cells, options and definition terms close each other in HTML5;
    // unclosed <font> tags are capped by the "Noah's Ark" rule. None of this nests.
    const QByteArray pieces[] = {"<p>Paragraph", "<li>Item", "<tr><td>a<td>b", "<option>o", "<dt>t<dd>d",
                                 "<p><font face=arial>x</p>", "<a href=/news/1>a<a href=/news/2>b", "<h2>one<h3>two",
                                 "<button>x<button>y", "<table><tr><td><b>x</td></tr></table>", "<nobr>a<nobr>b"};
    for (const QByteArray &piece : pieces) {
        const QByteArray page = repeated(piece, 5000);
        const PrescannedHtml pre = prescanHtml(page, 512);
        EXPECT_TRUE(pre.ok()) << piece.constData() << ": " << pre.error.toStdString();
        EXPECT_LT(pre.deepestNesting, 40) << piece.constData();
        EXPECT_GE(pre.deepestNesting, realDepth(page)) << piece.constData();
    }
}

TEST(HtmlLimits, PrescanLeavesOutWhatIsNeverRead)
{
    const QByteArray page = "<!DOCTYPE html><html><head><style>p { color: red }</style>"
                            "<script>var s = '<p>not text</p>'; if (a < b) {}</script>"
                            "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\"}</script></head>"
                            "<body><!-- a comment <p>hidden</p> --><svg viewBox='0 0 1 1'><g><path d='M0 0'/></g></svg>"
                            "<template><p>later</p></template><noscript><img src=x></noscript><iframe src=y>fallback</iframe>"
                            "<p>Kept <b>text</b>.</p><svg><circle/><p>breaks out</p></body></html>";
    const PrescannedHtml pre = prescanHtml(page, 512);
    ASSERT_TRUE(pre.ok());
    EXPECT_EQ(pre.markup, QByteArray("<!DOCTYPE html><html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\"}</script></head>"
                                     "<body><p>Kept <b>text</b>.</p><p>breaks out</p></body></html>"));
}

TEST(HtmlLimits, UnclosedScriptSwallowsTheRestAsTheTreeBuilderWould)
{
    const PrescannedHtml pre = prescanHtml("<html><body><p>Before</p><script>var x = '<p>after</p>';", 512);
    ASSERT_TRUE(pre.ok());
    EXPECT_EQ(pre.markup, QByteArray("<html><body><p>Before</p>"));
}

TEST(HtmlLimits, PrescanEstimateKeepsUpWithTheRealTreeOnRandomTagSoup)
{
    static const char *const tags[] = {"div", "p", "b", "i", "a", "span", "table", "tr", "td", "th", "tbody", "li", "ul",
                                       "ol", "font", "strong", "em", "button", "h2", "h3", "dd", "dt", "dl", "select",
                                       "option", "optgroup", "nobr", "form", "section", "caption", "u", "s", "blockquote",
                                       "pre", "center", "object", "marquee", "x-custom", "colgroup", "col", "br", "img"};
    std::mt19937 rng(20250130);
    for (int doc = 0; doc < 400; ++doc) {
        QByteArray piece;
        const int tokens = 3 + int(rng() % 25);
        for (int k = 0; k < tokens; ++k) {
            const unsigned r = rng() % 10;
            const char *tag = tags[rng() % (sizeof tags / sizeof *tags)];
            if (r < 5)
                piece += QByteArray("<") + tag + (rng() % 4 == 0 ? " class=c" + QByteArray::number(rng() % 3) : QByteArray()) + ">";
            else if (r < 9)
                piece += QByteArray("</") + tag + ">";
            else
                piece += "x";
        }
        // Repeating a piece is how a small modelling gap would grow into deep nesting.
        const QByteArray page = repeated(piece, 30);
        const PrescannedHtml pre = prescanHtml(page, 100000);
        ASSERT_TRUE(pre.ok());
        EXPECT_GE(pre.deepestNesting + 3, realDepth(page)) << piece.constData();
    }
}

TEST(HtmlLimits, MemoryBudgetStopsTheParseCleanly)
{
    const QByteArray page = repeated("<p>paragraph text</p>", 20000);
    HtmlTree tree;
    EXPECT_EQ(tree.parse(page, 64 * 1024, QDeadlineTimer(60000)), HtmlTree::Outcome::OutOfMemoryBudget);
    EXPECT_EQ(tree.root(), nullptr);
    EXPECT_EQ(tree.memoryUsed(), size_t(0));
    // The same tree object parses again afterwards.
    EXPECT_EQ(tree.parse(page, size_t(1) << 30, QDeadlineTimer(60000)), HtmlTree::Outcome::Parsed);
    EXPECT_NE(tree.root(), nullptr);
}

TEST(HtmlLimits, PageDeadlineStopsTheHtmlParseWithTheLoadersMessage)
{
    LoadLimits limits;
    limits.parseTimeBudgetMs = 0; // expired as soon as the page starts
    const SnapshotLoadResult r = parseSnapshotBytes(repeated("<p>paragraph</p>", 1000), QStringLiteral("slow.html"), limits);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error, QStringLiteral("slow.html: ") + parseBudgetExceededMessage(limits));
}

TEST(HtmlLimits, TimeBudgetStopsTheParseCleanly)
{
    const QByteArray page = repeated("<p>paragraph <b>text</b></p>", 20000);
    HtmlTree tree;
    EXPECT_EQ(tree.parse(page, size_t(1) << 30, QDeadlineTimer(0)), HtmlTree::Outcome::OutOfTimeBudget);
    EXPECT_EQ(tree.root(), nullptr);
}
