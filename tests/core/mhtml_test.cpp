// Single-file web archives (MHTML): the main page part, its transfer encoding and charset, the capture time,
// cut-short and page-less archives, the part limit, and telling an archive from text that mentions one.
#include "core/load/documentdecoder.h"
#include "core/load/mhtmlreader.h"
#include "core/load/snapshotloader.h"
#include "fixtures.h"
#include "testdata.h"

#include <gtest/gtest.h>

using namespace md;
using md::test::loadFixture;

namespace {

// A small archive: top headers, then parts given as (headers, body).
QByteArray archive(const QByteArray &topHeaders, const QByteArray &boundary, const QList<QPair<QByteArray, QByteArray>> &parts,
                   bool closed = true)
{
    QByteArray out = topHeaders + "\r\n";
    for (const auto &part : parts)
        out += "--" + boundary + "\r\n" + part.first + "\r\n" + part.second + "\r\n";
    if (closed)
        out += "--" + boundary + "--\r\n";
    return out;
}

const QByteArray kPage = "<html><body><div class='story__content'><p>KARACHI: Main page.</p></div></body></html>";

} // namespace

// ---- fixtures, end to end

TEST(Mhtml, ChromeArchiveWithQuotedPrintablePageParsesLikeTheHtml)
{
    const Snapshot html = loadFixture(QStringLiteral("brecorder-2025-01-29-cement.html"));
    const Snapshot s = loadFixture(QStringLiteral("brecorder-2025-01-29-cement-chrome.mhtml"));
    EXPECT_EQ(s.format, SnapshotFormat::Mhtml);
    EXPECT_EQ(s.encoding, QStringLiteral("UTF-8"));
    // The archive's Date: header (in UTC, "-0000") is the capture time, not the masthead's day.
    EXPECT_EQ(s.capturedAt.toIsoString(), QStringLiteral("2025-01-30T05:21:07Z"));
    EXPECT_EQ(s.quotes, html.quotes);
    EXPECT_EQ(s.indices, html.indices);
    EXPECT_EQ(s.article, html.article);
    EXPECT_EQ(s.comments, html.comments);
    EXPECT_TRUE(s.warnings.isEmpty()) << s.warnings.join(QLatin1Char('\n')).toStdString();
}

TEST(Mhtml, Base64ArchivePicksTheStartPartAndKeepsTheDateOffset)
{
    const Snapshot html = loadFixture(QStringLiteral("brecorder-2025-01-29-cement.html"));
    const Snapshot s = loadFixture(QStringLiteral("brecorder-2025-01-29-cement-base64.mhtml"));
    EXPECT_EQ(s.format, SnapshotFormat::Mhtml);
    // "Thu, 30 Jan 2025 10:21:07 +0500 (PKT)"
    EXPECT_EQ(s.capturedAt.toIsoString(), QStringLiteral("2025-01-30T10:21:07+05:00"));
    // The advertisement frame that comes first in the archive is not the page.
    EXPECT_EQ(s.article, html.article);
    EXPECT_EQ(s.quotes.size(), 5);
    EXPECT_EQ(s.comments.size(), 2);
}

TEST(Mhtml, TruncatedArchiveStillYieldsItsPageWithWarnings)
{
    const Snapshot s = loadFixture(QStringLiteral("bad-truncated.mhtml"));
    EXPECT_EQ(s.quotes.size(), 5);
    EXPECT_EQ(s.article.headline, QStringLiteral("Cement makers lead PSX higher as budget hopes build"));
    EXPECT_EQ(s.article.blocks.size(), 9);
    EXPECT_TRUE(s.comments.isEmpty()); // cut off before the comments
    EXPECT_EQ(s.warnings, (QStringList{QStringLiteral("The archive ends without its closing boundary; it may be cut short."),
                                       QStringLiteral("The web page in the archive is cut short; its end is missing.")}));
}

TEST(Mhtml, ArchiveWithoutWebPageIsRefused)
{
    const SnapshotLoadResult r = loadSnapshotFile(test::dataPath(QStringLiteral("bad-no-page.mhtml")));
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error.endsWith(QStringLiteral("bad-no-page.mhtml: the archive holds no web page"))) << r.error.toStdString();
}

// ---- the reader

TEST(MhtmlReader, DecodesQuotedPrintableSoftBreaksAndEscapes)
{
    const QByteArray a = archive("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n", "b",
                                 {{"Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n",
                                   "<p class=3D\"x\">Caf=C3=A9 =\r\nbar=3D1 =E2=96=B2 5% =ZZ</p>"}});
    const MhtmlPage page = readMhtml(a);
    ASSERT_TRUE(page.ok()) << page.error.toStdString();
    EXPECT_EQ(page.html, QByteArray("<p class=\"x\">Caf\xc3\xa9 bar=1 \xe2\x96\xb2 5% =ZZ</p>"));
    EXPECT_EQ(page.charset, QStringLiteral("utf-8"));
    EXPECT_EQ(page.partCount, 1);
}

TEST(MhtmlReader, DecodesBase64AcrossLineBreaks)
{
    const QByteArray body = kPage.toBase64();
    QByteArray wrapped;
    for (qsizetype i = 0; i < body.size(); i += 20)
        wrapped += body.mid(i, 20) + "\r\n";
    const QByteArray a = archive("Content-Type: multipart/related; boundary=XYZ\r\n", "XYZ",
                                 {{"Content-Type: text/html\r\nContent-Transfer-Encoding: BASE64\r\n", wrapped}});
    const MhtmlPage page = readMhtml(a);
    ASSERT_TRUE(page.ok());
    EXPECT_EQ(page.html, kPage);
}

TEST(MhtmlReader, EightBitAndBinaryPartsAreTakenAsTheyAre)
{
    for (const char *encoding : {"8bit", "binary", "7bit"}) {
        const QByteArray a = archive("Content-Type: multipart/related; boundary=b\r\n", "b",
                                     {{QByteArray("Content-Type: text/html\r\nContent-Transfer-Encoding: ") + encoding + "\r\n", kPage}});
        const MhtmlPage page = readMhtml(a);
        ASSERT_TRUE(page.ok());
        EXPECT_EQ(page.html, kPage) << encoding;
        EXPECT_TRUE(page.warnings.isEmpty());
    }
}

TEST(MhtmlReader, FoldedHeadersAndUnquotedBoundary)
{
    const QByteArray a = "MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n"
                         "  boundary=----=_NextPart_01DB72A3\r\nDate: Fri,\r\n 6 Dec 2024 17:53:00 +0500\r\n\r\n"
                         "------=_NextPart_01DB72A3\r\nContent-Type: text/html;\r\n\tcharset=\"windows-1252\"\r\n"
                         "Content-Transfer-Encoding: quoted-printable\r\nContent-Location: file:///C:/page.htm\r\n\r\n"
                         "<p>caf=E9</p>\r\n------=_NextPart_01DB72A3--\r\n";
    const MhtmlPage page = readMhtml(a);
    ASSERT_TRUE(page.ok()) << page.error.toStdString();
    EXPECT_EQ(page.html, QByteArray("<p>caf\xe9</p>"));
    EXPECT_EQ(page.charset, QStringLiteral("windows-1252"));
    EXPECT_EQ(page.contentLocation, QStringLiteral("file:///C:/page.htm"));
    EXPECT_EQ(page.date.toIsoString(), QStringLiteral("2024-12-06T17:53:00+05:00"));
}

TEST(MhtmlReader, PartCharsetDecidesTheEncoding)
{
    const QByteArray a = archive("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=b\r\n", "b",
                                 {{"Content-Type: text/html; charset=windows-1252\r\n", "<html><body><p>Caf\xe9 \x93quoted\x94</p></body></html>"}});
    const DecodedDocument doc = decodeDocument(a);
    ASSERT_TRUE(doc.ok());
    EXPECT_EQ(doc.format, SnapshotFormat::Mhtml);
    EXPECT_EQ(doc.encoding, QStringLiteral("windows-1252"));
    EXPECT_TRUE(doc.text.contains(QStringLiteral("Caf\u00e9 \u201cquoted\u201d")));
}

TEST(MhtmlReader, MainPartIsTheSnapshotLocationNotTheFirstHtmlPart)
{
    const QByteArray a = archive("Snapshot-Content-Location: https://example.com/story\r\n"
                                 "Content-Type: multipart/related; type=\"text/html\"; boundary=\"b\"\r\n", "b",
                                 {{"Content-Type: text/html\r\nContent-Location: https://ads.example.com/frame\r\n", "<p>frame</p>"},
                                  {"Content-Type: text/html\r\nContent-Location: https://example.com/story\r\n", kPage}});
    const MhtmlPage page = readMhtml(a);
    ASSERT_TRUE(page.ok());
    EXPECT_EQ(page.html, kPage);
    EXPECT_EQ(page.contentLocation, QStringLiteral("https://example.com/story"));
    EXPECT_EQ(page.partCount, 2);
}

TEST(MhtmlReader, WithoutHintsTheFirstHtmlPartIsThePage)
{
    const QByteArray a = archive("Content-Type: multipart/related; boundary=\"b\"\r\n", "b",
                                 {{"Content-Type: image/gif\r\nContent-Transfer-Encoding: base64\r\n", "R0lGODlhAQABAAAAACw="},
                                  {"Content-Type: TEXT/HTML\r\n", kPage},
                                  {"Content-Type: text/html\r\n", "<p>second</p>"}});
    const MhtmlPage page = readMhtml(a);
    ASSERT_TRUE(page.ok());
    EXPECT_EQ(page.html, kPage);
}

TEST(MhtmlReader, BoundaryTextInsideALineIsNotADelimiter)
{
    const QByteArray a = archive("Content-Type: multipart/related; boundary=\"b1\"\r\n", "b1",
                                 {{"Content-Type: text/html\r\n", "<p>see --b1 and --b1x here</p>\r\n--b1x is not a delimiter either"}});
    const MhtmlPage page = readMhtml(a);
    ASSERT_TRUE(page.ok());
    EXPECT_EQ(page.html, QByteArray("<p>see --b1 and --b1x here</p>\r\n--b1x is not a delimiter either"));
}

TEST(MhtmlReader, LfOnlyArchiveIsRead)
{
    const QByteArray a = "MIME-Version: 1.0\nContent-Type: multipart/related; boundary=\"b\"\nDate: Thu, 30 Jan 2025 10:21:07 GMT\n\n"
                         "--b\nContent-Type: text/html\n\n" + kPage + "\n--b--\n";
    const MhtmlPage page = readMhtml(a);
    ASSERT_TRUE(page.ok());
    EXPECT_EQ(page.html, kPage);
    EXPECT_EQ(page.date.toIsoString(), QStringLiteral("2025-01-30T10:21:07Z"));
}

TEST(MhtmlReader, UnreadableDateIsAWarning)
{
    const QByteArray a = archive("Content-Type: multipart/related; boundary=b\r\nDate: sometime last week\r\n", "b",
                                 {{"Content-Type: text/html\r\n", kPage}});
    const MhtmlPage page = readMhtml(a);
    ASSERT_TRUE(page.ok());
    EXPECT_FALSE(page.date.isValid());
    ASSERT_EQ(page.warnings.size(), 1);
    EXPECT_TRUE(page.warnings[0].contains(QLatin1String("sometime last week")));
}

TEST(MhtmlReader, ArchiveCutInsideThePageHeadersIsRefused)
{
    const QByteArray a = "Content-Type: multipart/related; boundary=b\r\n\r\n--b\r\nContent-Type: text/html\r\nContent-Transfer-Enc";
    const MhtmlPage page = readMhtml(a);
    ASSERT_FALSE(page.ok());
    EXPECT_EQ(page.error, QStringLiteral("the archive is cut short before its web page"));
}

TEST(MhtmlReader, SinglePartHtmlMessageIsRead)
{
    const QByteArray a = "MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n"
                         "Content-Location: https://example.com/story\r\n\r\n" + kPage.toBase64() + "\r\n";
    ASSERT_TRUE(looksLikeMhtml(a));
    const MhtmlPage page = readMhtml(a);
    ASSERT_TRUE(page.ok());
    EXPECT_EQ(page.html, kPage);
}

TEST(MhtmlReader, ArchiveWithoutBoundaryIsRefused)
{
    const MhtmlPage page = readMhtml("Content-Type: multipart/related\r\n\r\n--x\r\n\r\n<p>hi</p>");
    ASSERT_FALSE(page.ok());
    EXPECT_TRUE(page.error.contains(QLatin1String("boundary")));
}

TEST(MhtmlReader, TooManyPartsAreRefusedQuickly)
{
    QByteArray a = "Content-Type: multipart/related; boundary=b\r\n\r\n";
    a.reserve(6000 * 40);
    for (int i = 0; i < 6000; ++i)
        a += "--b\r\nContent-Type: image/gif\r\n\r\nx\r\n";
    a += "--b--\r\n";
    const MhtmlPage page = readMhtml(a);
    ASSERT_FALSE(page.ok());
    EXPECT_EQ(page.error, QStringLiteral("the archive holds more than 5000 parts, over the limit for a saved page"));

    LoadLimits small;
    small.maxArchiveParts = 3;
    const MhtmlPage refused = readMhtml(archive("Content-Type: multipart/related; boundary=b\r\n", "b",
                                                {{"", "1"}, {"", "2"}, {"", "3"}, {"Content-Type: text/html\r\n", kPage}}),
                                        small);
    EXPECT_FALSE(refused.ok());
}

TEST(MhtmlReader, PartsWithoutLineBreaksDoNotSlowTheScan)
{
    // A long archive made of near-delimiters: the scan stays linear.
    QByteArray a = "Content-Type: multipart/related; boundary=abcdefgh\r\n\r\n--abcdefgh\r\nContent-Type: text/html\r\n\r\n";
    a += QByteArray(4 * 1024 * 1024, '-');
    a += "--abcdefg";
    const MhtmlPage page = readMhtml(a);
    ASSERT_TRUE(page.ok());
    EXPECT_EQ(page.warnings.size(), 2);
}

TEST(MhtmlDetection, TextThatMentionsMultipartRelatedIsNotAnArchive)
{
    EXPECT_FALSE(looksLikeMhtml("KARACHI: The file was sent as Content-Type: multipart/related, the engineer said.\n\nMore text."));
    EXPECT_FALSE(looksLikeMhtml("Content-Type: multipart/related is a MIME type\n\nused by web archives"));
    EXPECT_FALSE(looksLikeMhtml("AIRLINK 189.64 Decreased By \xe2\x96\xbc -7.01 (-3.56%)\nContent-Type: multipart/related\n\n"));
    EXPECT_FALSE(looksLikeMhtml("<html><body>Content-Type: multipart/related;</body></html>"));
    EXPECT_FALSE(looksLikeMhtml("Subject: hello\r\n\r\nplain mail"));
}

TEST(MhtmlDetection, ArchivesAreRecognised)
{
    EXPECT_TRUE(looksLikeMhtml("From: <Saved by Blink>\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"x\"\r\n\r\n"));
    EXPECT_TRUE(looksLikeMhtml("MIME-Version: 1.0\r\nContent-Type: Multipart/Related; boundary=x\r\n\r\n"));
    EXPECT_TRUE(looksLikeMhtml("MIME-Version: 1.0\nX-MAF: yes\nContent-Type:\n multipart/related; boundary=x\n\n"));
    EXPECT_TRUE(looksLikeMhtml(test::readData(QStringLiteral("brecorder-2025-01-29-cement-chrome.mhtml"))));
    EXPECT_TRUE(looksLikeMhtml(test::readData(QStringLiteral("brecorder-2025-01-29-cement-base64.mhtml"))));
}

TEST(MhtmlDetection, ArchiveWithBinaryImagePartIsNotTakenForBinaryData)
{
    QByteArray image("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    const QByteArray a = archive("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=b\r\n", "b",
                                 {{"Content-Type: image/png\r\nContent-Transfer-Encoding: binary\r\n", image},
                                  {"Content-Type: text/html\r\n", kPage}});
    const SnapshotLoadResult r = parseSnapshotBytes(a, QStringLiteral("page.mht"));
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    EXPECT_EQ(r.snapshot->format, SnapshotFormat::Mhtml);
    EXPECT_EQ(r.snapshot->article.dateline, QStringLiteral("KARACHI"));
}
