// Parse throughput: a generated multi-megabyte plain-text snapshot and generated 1 MB+ Business Recorder
// HTML pages (and their MHTML archive), decoded, parsed and extracted end to end.
#include "core/load/snapshotloader.h"
#include "core/parse/htmlprescan.h"
#include "core/parse/htmltree.h"

#include <QByteArray>
#include <QString>

#include <benchmark/benchmark.h>

namespace {

// A realistic text snapshot: a 30-row ticker and its indices, a long article, a long comment thread.
QByteArray generateTextSnapshot(int targetBytes)
{
    QByteArray out;
    out.reserve(targetBytes + 4096);
    const char *symbols[] = {"AIRLINK", "BOP", "CNERGY", "FCCL", "FFL", "HUBC", "KEL", "OGDC", "PPL", "TRG"};
    for (int i = 0; i < 30; ++i) {
        const double price = 10.0 + i * 7.25;
        const double change = (i % 3 == 0 ? -1 : 1) * (0.05 + i * 0.01);
        out += QByteArray(symbols[i % 10]) + QByteArray::number(i) + ' ' + QByteArray::number(price, 'f', 2)
             + (change < 0 ? " Decreased By \xe2\x96\xbc " : " Increased By \xe2\x96\xb2 ") + QByteArray::number(change, 'f', 2)
             + " (" + QByteArray::number(change / (price - change) * 100, 'f', 2) + "%)\n";
    }
    out += "KSE100 113,247 Increased By 609 (0.54%)\nKSE30 35,712 Increased By 253.6 (0.72%)\n\n";
    out += "KARACHI: The market opened firm on Monday as investors returned after the long weekend.\n\n";
    int paragraph = 0;
    while (out.size() < targetBytes * 3 / 4) {
        out += "Dealers said the session was marked by selective buying in cement and fertiliser names, while "
               "banks traded in a narrow range ahead of the results season, paragraph ";
        out += QByteArray::number(++paragraph);
        out += ".\n\n";
        if (paragraph % 12 == 0)
            out += "Sector view\n\n";
        if (paragraph % 17 == 0)
            out += "Cement despatches rise for the third straight month in northern region\n\n";
    }
    out += "Comments\n\n200 characters\n";
    int comment = 0;
    while (out.size() < targetBytes) {
        out += "Reader" + QByteArray::number(++comment) + " Dec 06, 2024 05:53pm\n";
        out += "A thoughtful reply about the market's direction and what the budget might bring.\n";
        out += "thumb_up Recommended (" + QByteArray::number(comment % 9) + ") reply Reply\n";
    }
    return out;
}

void BM_ParseTextSnapshot(benchmark::State &state)
{
    const QByteArray bytes = generateTextSnapshot(int(state.range(0)));
    for (auto _ : state) {
        md::SnapshotLoadResult result = md::parseSnapshotBytes(bytes, QStringLiteral("bench.txt"));
        benchmark::DoNotOptimize(result);
        if (!result.ok())
            state.SkipWithError("parse failed");
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * bytes.size());
}
BENCHMARK(BM_ParseTextSnapshot)->Arg(4 << 20)->Unit(benchmark::kMillisecond);

// ---------------------------------------------------------------------------------------------------
// A generated Business Recorder article page, in the proportions of a real saved page: most of its bytes
// are inline styles, scripts and JSON state, SVG icons and an inlined image; about a quarter is markup
// (navigation, ticker, article, comments, related stories, sidebar, footer). The markup share is the
// parameter that decides the HTML parser's time, so it is reported with each run.

struct PageShape
{
    int styleBytes;     // inline CSS
    int scriptBytes;    // inline scripts and JSON state
    int svgIcons;       // inline SVG icons (about 1 KB each)
    int inlineImageBytes; // a data: URI image (as "save complete page" tools inline them)
    int navLinks;
    int tickerRows;     // stock rows (the strip repeats them once)
    int paragraphs;
    int comments;
    int relatedCards;
    int footerLinks;
};

// Deterministic filler text that does not repeat too visibly.
QByteArray filler(int bytes, const char *alphabet, quint32 seed)
{
    QByteArray out(bytes, Qt::Uninitialized);
    const int n = int(strlen(alphabet));
    for (int i = 0; i < bytes; ++i) {
        seed = seed * 1103515245u + 12345u;
        out[i] = alphabet[(seed >> 16) % n];
    }
    return out;
}

QByteArray generateHtmlPage(const PageShape &shape)
{
    QByteArray out;
    out.reserve(2 << 20);
    out += "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
           "<title>Cement makers lead PSX higher as budget hopes build - Business Recorder</title>\n"
           "<meta property=\"og:title\" content=\"Cement makers lead PSX higher as budget hopes build\">\n"
           "<meta property=\"article:published_time\" content=\"2025-01-29T22:34:47+05:00\">\n";
    for (int i = 0; i < 30; ++i)
        out += "<link rel=\"preload\" as=\"font\" href=\"https://www.brecorder.com/fonts/font-" + QByteArray::number(i) + ".woff2\" crossorigin>\n";
    out += "<style>";
    for (int i = 0; out.size() < shape.styleBytes; ++i)
        out += ".c" + QByteArray::number(i) + "{margin:0 auto;padding:.25rem .5rem;color:#1a202c;font-size:.875rem}"
               "@media (min-width:1024px){.lg\\:w-" + QByteArray::number(i % 12) + "{width:" + QByteArray::number(i % 100) + "%}}\n";
    out += "</style>\n<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
           "\"headline\":\"Cement makers lead PSX higher as budget hopes build\",\"datePublished\":\"2025-01-29T22:34:47+05:00\","
           "\"author\":[{\"@type\":\"Person\",\"name\":\"Aisha Rahman\"}]}</script>\n";
    const int headScript = shape.scriptBytes / 3;
    out += "<script>window.__ads = {slots: [";
    out += filler(headScript, "abcdefghijklmnopqrstuvwxyz0123456789 ,.:;(){}[]=+-*/<>&|!'\"", 7);
    out += "]};</script>\n</head>\n<body class=\"bg-white\">\n";

    auto icon = [&](int i) {
        out += "<svg viewBox=\"0 0 24 24\" class=\"w-5 h-5\" aria-hidden=\"true\"><path d=\"M";
        out += filler(900, "0123456789 .,-lLmMcCzZ", quint32(i));
        out += "\"></path></svg>";
    };
    out += "<header class=\"masthead\"><div class=\"flex\"><span title=\"Today's Date\">Jan 30, 2025</span>";
    out += "<a href=\"/\"><img alt=\"Business Recorder\" src=\"data:image/png;base64,";
    out += filler(shape.inlineImageBytes, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 11);
    out += "\"></a></div>\n<nav class=\"main-menu\"><ul class=\"flex\">";
    for (int i = 0; i < shape.navLinks; ++i) {
        if (i % 25 == 0)
            out += (i ? "</ul></li>" : "") + QByteArray("<li class=\"menu-item group\"><a href=\"/section-") + QByteArray::number(i) + "\">Section " + QByteArray::number(i / 25) + "</a><ul class=\"sub-menu hidden group-hover:block\">";
        out += "<li class=\"px-4 py-1\"><a class=\"text-sm hover:underline\" href=\"https://www.brecorder.com/trends/topic-" + QByteArray::number(i) + "\">Topic " + QByteArray::number(i) + "</a></li>";
    }
    out += "</ul></li></ul></nav></header>\n";
    for (int i = 0; i < shape.svgIcons / 2; ++i)
        icon(i);

    out += "<div class=\"bg-gray-900\"><div class=\"js-ticker flex\">";
    for (int repeat = 0; repeat < 2; ++repeat) {
        for (int i = 0; i < shape.tickerRows; ++i) {
            const bool up = i % 3 != 0;
            const QByteArray sym = "SYM" + QByteArray::number(i);
            const double price = 20.0 + i * 3.5;
            const double change = 0.25 + (i % 7) * 0.1;
            const double pct = change / (price - change) * 100.0;
            out += QByteArray("<div class=\"inline-block px-2 ") + (up ? "text-green-400" : "text-red-400") + "\"><span class=\"font-bold\"><a href=\"https://www.brecorder.com/company/" + sym + "\">" + sym + "</a></span> <span>"
                + QByteArray::number(price, 'f', 2) + "</span><span class=\"sr-only\">" + (up ? "Increased By" : "Decreased By")
                + "</span><span class=\"ml-1\">" + (up ? "\xe2\x96\xb2 " : "\xe2\x96\xbc -") + QByteArray::number(change, 'f', 2) + " ("
                + (up ? "" : "-") + QByteArray::number(pct, 'f', 2) + "%)</span></div>";
        }
    }
    out += "</div><div class=\"flex\">";
    const char *indices[] = {"BR100", "BR30", "KSE100", "KSE30", "KMI30", "ALLSHR"};
    for (const char *index : indices)
        out += QByteArray("<div class=\"text-green-400\"><span class=\"font-bold\">") + index + "</span> <span>11,814</span><span class=\"sr-only\">Increased By</span> <span>90.4 (0.77%)</span></div>";
    out += "</div></div>\n<main class=\"container\"><div class=\"w-full lg:w-2/3\"><article class=\"story\">"
           "<h1 class=\"story__title\"><a href=\"https://www.brecorder.com/news/40345678/cement\">Cement makers lead PSX higher as budget hopes build</a></h1>"
           "<span class=\"story__byline\"><a href=\"/authors/aisha-rahman\">Aisha Rahman</a></span> <span class=\"story__time\">January 29, 2025</span>"
           "<div class=\"story__share\">";
    for (int i = shape.svgIcons / 2; i < shape.svgIcons; ++i)
        icon(i);
    out += "</div><div class=\"story__content\">"
           "<p><strong>KARACHI: Cement and fertiliser shares carried the Pakistan Stock Exchange higher on Wednesday.</strong></p>";
    for (int i = 0; i < shape.paragraphs; ++i) {
        out += "<p>Dealers said buying picked up after the midday break, when a brokerage note on northern cement despatches "
               "circulated on the trading floor, and the index spent the afternoon above its previous close, paragraph "
             + QByteArray::number(i) + ".</p>\n";
        if (i % 5 == 2)
            out += "<div class=\"ad-slot my-4\"><div id=\"div-gpt-ad-17000000000" + QByteArray::number(i) + "-0\"><script>googletag.cmd.push(function(){googletag.display('x');});</script></div><span>Advertisement</span></div>\n";
        if (i % 8 == 4)
            out += "<p><strong><a href=\"https://www.brecorder.com/news/4034" + QByteArray::number(5600 + i) + "/story\">Rupee ends flat against dollar in interbank market " + QByteArray::number(i) + "</a></strong></p>\n";
        if (i % 9 == 7)
            out += "<h2>Sector view " + QByteArray::number(i) + "</h2>\n";
    }
    out += "</div><div class=\"story__tags\"><a href=\"/trends/psx\">PSX</a></div><section class=\"comments\"><h2>Comments</h2>"
           "<form><textarea maxlength=\"200\"></textarea><span>200 characters</span></form>";
    for (int i = 0; i < shape.comments; ++i) {
        out += "<div class=\"comment\"><div class=\"comment__header\"><span class=\"font-bold\">Reader" + QByteArray::number(i)
             + "</span> <span class=\"text-gray-500\">Jan 29, 2025 11:05pm</span></div><div class=\"comment__body\"><p>"
               "A thoughtful reply about the market's direction and what the budget might bring for cement.</p></div>"
               "<div class=\"comment__actions\"><button><i class=\"material-icons\">thumb_up</i> Recommended ("
             + QByteArray::number(i % 9) + ")</button> <button><i class=\"material-icons\">reply</i> Reply</button></div></div>\n";
    }
    out += "</section><div class=\"related-stories\"><h2>Read more stories</h2>";
    for (int i = 0; i < shape.relatedCards; ++i) {
        out += "<div class=\"story-card flex\"><figure class=\"w-1/3\"><img loading=\"lazy\" src=\"https://i.brecorder.com/thumbs/" + QByteArray::number(i)
             + ".jpg\" srcset=\"https://i.brecorder.com/thumbs/" + QByteArray::number(i) + "-320.jpg 320w, https://i.brecorder.com/thumbs/" + QByteArray::number(i)
             + "-640.jpg 640w\" alt=\"\"></figure><div class=\"w-2/3\"><h3 class=\"story__title text-base\"><a href=\"https://www.brecorder.com/news/4034"
             + QByteArray::number(1000 + i) + "/related\">Textile exports rise in December as orders return " + QByteArray::number(i) + "</a></h3>"
               "<span class=\"story__time text-xs\">January 28, 2025</span></div></div>\n";
    }
    out += "</div></article></div><aside class=\"w-full lg:w-1/3 most-popular\"><h2>Most Popular</h2><ol>";
    for (int i = 0; i < shape.relatedCards; ++i)
        out += "<li class=\"border-b py-2\"><a href=\"https://www.brecorder.com/news/4033" + QByteArray::number(2000 + i) + "/popular\">Petrol price unchanged for next fortnight " + QByteArray::number(i) + "</a></li>\n";
    out += "</ol></aside></main>\n<footer class=\"site-footer\"><div class=\"grid grid-cols-4\">";
    for (int i = 0; i < shape.footerLinks; ++i)
        out += "<a class=\"block text-sm py-1\" href=\"https://www.brecorder.com/page-" + QByteArray::number(i) + "\">Footer link " + QByteArray::number(i) + "</a>\n";
    out += "</div><p>Copyright \xc2\xa9 2025 Business Recorder. All rights reserved.</p></footer>\n";
    out += "<script id=\"app-state\" type=\"application/json\">{\"state\":\"";
    out += filler(shape.scriptBytes - headScript, "abcdefghijklmnopqrstuvwxyz0123456789 ,.:;{}[]", 13);
    out += "\"}</script>\n</body></html>\n";
    return out;
}

// The proportions of a real saved article page, at about 1.2 MB.
PageShape realisticPage()
{
    return {160 * 1024, 780 * 1024, 40, 60 * 1024, 300, 100, 30, 40, 20, 120};
}

// The same page with a long comment thread: about 70% of it markup. A stress case, not the target.
PageShape commentHeavyPage()
{
    return {60 * 1024, 120 * 1024, 20, 0, 300, 100, 30, 1500, 20, 120};
}

qint64 markupBytes(const QByteArray &page)
{
    return md::prescanHtml(page, 512).markup.size();
}

void runHtmlBenchmark(benchmark::State &state, const QByteArray &page)
{
    for (auto _ : state) {
        md::SnapshotLoadResult result = md::parseSnapshotBytes(page, QStringLiteral("bench.html"));
        benchmark::DoNotOptimize(result);
        if (!result.ok() || result.snapshot->article.blocks.isEmpty() || result.snapshot->quotes.isEmpty()) {
            state.SkipWithError("parse failed");
            break;
        }
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * page.size());
    state.counters["page_KB"] = double(page.size()) / 1024.0;
    state.counters["markup_KB"] = double(markupBytes(page)) / 1024.0;
}

void BM_ParseHtmlPage(benchmark::State &state)
{
    static const QByteArray page = generateHtmlPage(realisticPage());
    runHtmlBenchmark(state, page);
}
BENCHMARK(BM_ParseHtmlPage)->Unit(benchmark::kMillisecond);

void BM_ParseHtmlPageCommentHeavy(benchmark::State &state)
{
    static const QByteArray page = generateHtmlPage(commentHeavyPage());
    runHtmlBenchmark(state, page);
}
BENCHMARK(BM_ParseHtmlPageCommentHeavy)->Unit(benchmark::kMillisecond);

// The prescan alone (depth bound and slimming), on the realistic page.
void BM_PrescanHtmlPage(benchmark::State &state)
{
    static const QByteArray page = generateHtmlPage(realisticPage());
    for (auto _ : state) {
        md::PrescannedHtml prescanned = md::prescanHtml(page, 512);
        benchmark::DoNotOptimize(prescanned);
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * page.size());
}
BENCHMARK(BM_PrescanHtmlPage)->Unit(benchmark::kMillisecond);

// For comparison: gumbo on the whole realistic page, without the prescan leaving out scripts and styles.
void BM_GumboWholePageWithoutPrescan(benchmark::State &state)
{
    static const QByteArray page = generateHtmlPage(realisticPage());
    for (auto _ : state) {
        md::HtmlTree tree;
        if (tree.parse(page, size_t(1) << 30, QDeadlineTimer(60000)) != md::HtmlTree::Outcome::Parsed) {
            state.SkipWithError("parse failed");
            break;
        }
        benchmark::DoNotOptimize(tree.root());
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * page.size());
}
BENCHMARK(BM_GumboWholePageWithoutPrescan)->Unit(benchmark::kMillisecond);

// The realistic page inside a Chrome-style MHTML archive (quoted-printable), with an image part.
QByteArray quotedPrintable(const QByteArray &in)
{
    QByteArray out;
    out.reserve(in.size() * 11 / 10);
    int column = 0;
    for (const char ch : in) {
        const auto c = static_cast<unsigned char>(ch);
        QByteArray piece;
        if (c == '\n') {
            out += "\r\n";
            column = 0;
            continue;
        }
        if ((c >= 33 && c <= 126 && c != '=') || c == ' ')
            piece = QByteArray(1, char(c));
        else
            piece = "=" + QByteArray::number(c, 16).toUpper().rightJustified(2, '0');
        if (column + piece.size() > 75) {
            out += "=\r\n";
            column = 0;
        }
        out += piece;
        column += int(piece.size());
    }
    return out;
}

void BM_ParseMhtmlPage(benchmark::State &state)
{
    static const QByteArray archive = [] {
        const QByteArray html = generateHtmlPage(realisticPage());
        QByteArray a = "From: <Saved by Blink>\r\nSnapshot-Content-Location: https://www.brecorder.com/news/40345678/cement\r\n"
                       "Subject: Cement makers lead PSX higher\r\nDate: Thu, 30 Jan 2025 05:21:07 -0000\r\nMIME-Version: 1.0\r\n"
                       "Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"----MultipartBoundary--bench----\"\r\n\r\n\r\n";
        a += "------MultipartBoundary--bench----\r\nContent-Type: text/html\r\nContent-ID: <frame-1@mhtml.blink>\r\n"
             "Content-Transfer-Encoding: quoted-printable\r\nContent-Location: https://www.brecorder.com/news/40345678/cement\r\n\r\n";
        a += quotedPrintable(html);
        a += "\r\n------MultipartBoundary--bench----\r\nContent-Type: image/jpeg\r\nContent-Transfer-Encoding: base64\r\n"
             "Content-Location: https://i.brecorder.com/psx-hall.jpg\r\n\r\n";
        const QByteArray image = filler(200 * 1024, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 5);
        for (qsizetype i = 0; i < image.size(); i += 76)
            a += image.mid(i, 76) + "\r\n";
        a += "------MultipartBoundary--bench------\r\n";
        return a;
    }();
    for (auto _ : state) {
        md::SnapshotLoadResult result = md::parseSnapshotBytes(archive, QStringLiteral("bench.mhtml"));
        benchmark::DoNotOptimize(result);
        if (!result.ok() || result.snapshot->article.blocks.isEmpty()) {
            state.SkipWithError("parse failed");
            break;
        }
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * archive.size());
    state.counters["archive_KB"] = double(archive.size()) / 1024.0;
}
BENCHMARK(BM_ParseMhtmlPage)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
