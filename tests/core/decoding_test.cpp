// Encodings, line ends and bad input: every encoding fixture reads the same; bad files get a named message.
#include "core/load/documentdecoder.h"
#include "core/load/snapshotloader.h"
#include "testdata.h"

#include <QStringEncoder>
#include <QTemporaryDir>

#include <cctype>
#include <string>

#include <gtest/gtest.h>

using namespace md;

namespace {

struct EncodingCase
{
    const char *file;
    const char *encoding;
};

class EncodingFixtures : public ::testing::TestWithParam<EncodingCase>
{
};

} // namespace

TEST_P(EncodingFixtures, EveryEncodingReadsTheSameContent)
{
    const EncodingCase c = GetParam();
    const SnapshotLoadResult r = loadSnapshotFile(test::dataPath(QString::fromLatin1(c.file)));
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    const Snapshot &s = *r.snapshot;
    EXPECT_EQ(s.encoding, QString::fromLatin1(c.encoding));
    ASSERT_EQ(s.quotes.size(), 2);
    EXPECT_EQ(s.quotes[0], (Quote{QStringLiteral("OGDC"), 224.96, 11.93, 5.6}));
    EXPECT_EQ(s.quotes[1], (Quote{QStringLiteral("AIRLINK"), 189.64, -7.01, -3.56}));
    ASSERT_EQ(s.indices.size(), 1);
    ASSERT_EQ(s.article.blocks.size(), 1);
    EXPECT_EQ(s.article.blocks[0].text,
              QStringLiteral("KARACHI: Caf\u00e9 owners near the exchange said \u201cbusiness is brisk\u201d as the index rose."));
    ASSERT_EQ(s.comments.size(), 1);
    EXPECT_EQ(s.comments[0].text, QStringLiteral("Na\u00efve optimism, but I\u2019ll take it."));
    EXPECT_EQ(s.comments[0].recommended, 1);
}

INSTANTIATE_TEST_SUITE_P(Decoding, EncodingFixtures,
                         ::testing::Values(EncodingCase{"encoding-utf8-bom.txt", "UTF-8"},
                                           EncodingCase{"encoding-crlf.txt", "UTF-8"},
                                           EncodingCase{"encoding-utf16le.txt", "UTF-16LE"},
                                           EncodingCase{"encoding-utf16be.txt", "UTF-16BE"},
                                           EncodingCase{"encoding-utf16le-nobom.txt", "UTF-16LE"},
                                           EncodingCase{"encoding-windows1252-cr.txt", "windows-1252"}),
                         [](const ::testing::TestParamInfo<EncodingCase> &info) {
                             std::string name = info.param.file;
                             name = name.substr(0, name.find('.'));
                             for (char &c : name)
                                 c = std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
                             return name;
                         });

TEST(Decoding, LegacyAnsiSaveIsReadAsWindows1252WithWarning)
{
    const SnapshotLoadResult r = loadSnapshotFile(test::dataPath(QStringLiteral("encoding-windows1252-cr.txt")));
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r.snapshot->warnings.join(QLatin1Char(' ')).contains(QStringLiteral("Windows-1252")));
}

TEST(Decoding, DeclaredMetaCharsetIsHonoured)
{
    DecodedDocument doc;
    decodeText(QByteArray("caf\xe9 \x93quoted\x94"), QStringLiteral("iso-8859-1"), doc);
    EXPECT_EQ(doc.encoding, QStringLiteral("windows-1252"));
    EXPECT_EQ(doc.text, QStringLiteral("caf\u00e9 \u201cquoted\u201d"));
}

TEST(Decoding, DeclaredUtf8ButInvalidFallsBackToWindows1252)
{
    DecodedDocument doc;
    decodeText(QByteArray("price \x80 5"), QStringLiteral("utf-8"), doc);
    EXPECT_EQ(doc.encoding, QStringLiteral("windows-1252"));
    EXPECT_EQ(doc.text, QStringLiteral("price \u20ac 5"));
    EXPECT_EQ(doc.warnings.size(), 1);
}

TEST(BadInput, MissingFileIsNamed)
{
    const SnapshotLoadResult r = loadSnapshotFile(test::dataPath(QStringLiteral("no-such-file.txt")));
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error.contains(QStringLiteral("no-such-file.txt")));
    EXPECT_TRUE(r.error.contains(QStringLiteral("no such file")));
}

TEST(BadInput, EmptyFileIsRefused)
{
    const SnapshotLoadResult r = loadSnapshotFile(test::dataPath(QStringLiteral("bad-empty.txt")));
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error.contains(QStringLiteral("bad-empty.txt: the file is empty")));
}

TEST(BadInput, WhitespaceOnlyFileIsRefused)
{
    const SnapshotLoadResult r = loadSnapshotFile(test::dataPath(QStringLiteral("bad-whitespace.txt")));
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error.contains(QStringLiteral("white space")));
}

TEST(BadInput, ImageWithPageExtensionIsRecognised)
{
    const SnapshotLoadResult r = loadSnapshotFile(test::dataPath(QStringLiteral("bad-image.html")));
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error.contains(QStringLiteral("bad-image.html")));
    EXPECT_TRUE(r.error.contains(QStringLiteral("PNG image")));
}

TEST(BadInput, RandomBinaryIsRefused)
{
    const SnapshotLoadResult r = loadSnapshotFile(test::dataPath(QStringLiteral("bad-binary.txt")));
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error.contains(QStringLiteral("binary data")));
}

TEST(BadInput, FolderIsNotASnapshot)
{
    const SnapshotLoadResult r = loadSnapshotFile(QStringLiteral(MARKETDESK_TEST_DATA_DIR));
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error.contains(QStringLiteral("folder")));
}

TEST(BadInput, FileOverSizeCapIsRefusedBeforeReading)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.txt"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    // Sparse: the size is there without the bytes.
    ASSERT_TRUE(file.resize(qint64(2) * 1024 * 1024 * 1024));
    file.close();
    const SnapshotLoadResult r = loadSnapshotFile(path);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error.contains(QStringLiteral("huge.txt")));
    EXPECT_TRUE(r.error.contains(QStringLiteral("2048 MB")));
    EXPECT_TRUE(r.error.contains(QStringLiteral("64 MB limit")));
}

TEST(BadInput, TruncatedUtf8StillReadsWhatIsThere)
{
    QByteArray bytes = test::readData(QStringLiteral("psx-close-2024-12-10.txt"));
    ASSERT_FALSE(bytes.isEmpty());
    // Cut inside the three-byte "▼" of the first row.
    const qsizetype arrow = bytes.indexOf("\xe2\x96\xbc");
    const SnapshotLoadResult r = parseSnapshotBytes(bytes.left(arrow + 1), QStringLiteral("cut.txt"));
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    EXPECT_FALSE(r.snapshot->warnings.isEmpty());
}

TEST(BadInput, PageOverItsParseTimeBudgetIsRefusedWithAMessage)
{
    LoadLimits limits;
    limits.parseTimeBudgetMs = 0;
    const SnapshotLoadResult r = loadSnapshotFile(test::dataPath(QStringLiteral("psx-close-2024-12-10.txt")), limits);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error.contains(QStringLiteral("psx-close-2024-12-10.txt: reading the page took longer than the 0 s")))
        << r.error.toStdString();
    // The same page within the default budget reads normally.
    EXPECT_TRUE(loadSnapshotFile(test::dataPath(QStringLiteral("psx-close-2024-12-10.txt"))).ok());
}

// A UTF-8 page with one stray legacy byte (a badge pasted from an old page) stays UTF-8: only that byte is
// read as Windows-1252, and the reader is told.
TEST(Decoding, StrayLegacyByteInAUtf8PageSpoilsOnlyItself)
{
    DecodedDocument doc;
    decodeText(QByteArray("Sch\xc3\xb6n winterlich, caf\xc3\xa9 \xe2\x80\x9cquoted\xe2\x80\x9d. K\xfc" "chen"), QStringLiteral("utf-8"), doc);
    EXPECT_EQ(doc.encoding, QStringLiteral("UTF-8"));
    EXPECT_EQ(doc.text, QStringLiteral("Sch\u00f6n winterlich, caf\u00e9 \u201cquoted\u201d. K\u00fcchen"));
    ASSERT_EQ(doc.warnings.size(), 1);
    EXPECT_TRUE(doc.warnings.first().contains(QStringLiteral("1 byte(s)")));

    // All legacy bytes: the whole page is Windows-1252, as before.
    DecodedDocument legacy;
    decodeText(QByteArray("caf\xe9 \x93quoted\x94 K\xfc" "chen"), QStringLiteral("utf-8"), legacy);
    EXPECT_EQ(legacy.encoding, QStringLiteral("windows-1252"));
    EXPECT_EQ(legacy.text, QStringLiteral("caf\u00e9 \u201cquoted\u201d K\u00fcchen"));
}

// Urdu saved in the encodings an old editor or Windows tool uses (issue 24): UTF-16 without a byte-order mark
// in either order, and Windows-1256 with no charset declared, are decoded and say how; Western text in
// Windows-1252 is still read as Windows-1252.
TEST(Decoding, UrduInUtf16WithoutAMarkAndInWindows1256)
{
    const QString urdu = QStringLiteral(u"سیمنٹ کے حصص میں تیزی\n\nکراچی (اسٹاف رپورٹر) پاکستان اسٹاک ایکسچینج میں جمعرات کو "
                                        u"100 انڈیکس 845 پوائنٹس بڑھ کر 1 لاکھ 6 ہزار 12 پوائنٹس پر بند ہوا۔\n");
    for (const auto order : {QStringConverter::Utf16LE, QStringConverter::Utf16BE}) {
        QStringEncoder encode(order);
        const QByteArray bytes = encode(urdu);
        DecodedDocument doc;
        decodeText(bytes, QString(), doc);
        EXPECT_EQ(doc.encoding, order == QStringConverter::Utf16LE ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE"));
        EXPECT_EQ(doc.text, urdu);
        EXPECT_EQ(doc.warnings.size(), 1);
    }

    QStringEncoder to1256("windows-1256");
    if (!to1256.isValid())
        GTEST_SKIP() << "this Qt has no Windows-1256 codec";
    // Windows-1256 has the Arabic yeh where Urdu writes its own; the rest of Urdu's letters are in it.
    QString inCodePage = urdu;
    inCodePage.replace(QChar(0x06CC), QChar(0x064A)).replace(QChar(0x06D4), QLatin1Char('.'));
    const QByteArray bytes = to1256(inCodePage);
    DecodedDocument doc;
    decodeText(bytes, QString(), doc);
    EXPECT_EQ(doc.encoding, QStringLiteral("windows-1256"));
    EXPECT_EQ(doc.text, inCodePage);
    ASSERT_EQ(doc.warnings.size(), 1);
    EXPECT_TRUE(doc.warnings.first().contains(QStringLiteral("Windows-1256")));

    DecodedDocument western;
    decodeText(QByteArray("Caf\xe9 owners in Karachi say the \x93season\x94 started late this year, and prices are up."), QString(), western);
    EXPECT_EQ(western.encoding, QStringLiteral("windows-1252"));
}

// A page saved from whatever element comes first is still a page: a <style> block before <html>, or a server's
// warning printed above the document ("<br />\n<b>Warning</b>: …"). Both were read as plain text before.
TEST(Decoding, PageStartingWithAStyleBlockOrAServerWarningIsHtml)
{
    const QByteArray story = "<html><head><title>Cement dispatches rise in November</title></head><body><article>"
                             "<h1>Cement dispatches rise in November</h1>"
                             "<p>Cement makers sent more bags to building sites in November than a year before, the "
                             "association said on Monday, as northern plants ran their kilns at three quarters of "
                             "capacity.</p></article></body></html>";
    for (const QByteArray &opening : {QByteArray("<style>\n  .grid { display: grid; }\n</style>\n"),
                                      QByteArray("<br />\n<b>Warning</b>:  Undefined variable in /srv/page.php on line 3<br />\n")}) {
        const SnapshotLoadResult r = parseSnapshotBytes(opening + story, QStringLiteral("cement.html"));
        ASSERT_TRUE(r.ok()) << r.error.toStdString();
        EXPECT_EQ(r.snapshot->format, SnapshotFormat::Html);
        EXPECT_EQ(r.snapshot->article.headline, QStringLiteral("Cement dispatches rise in November"));
        ASSERT_EQ(r.snapshot->article.blocks.size(), 1);
        EXPECT_TRUE(r.snapshot->article.blocks[0].text.startsWith(QStringLiteral("Cement makers sent")));
    }
    // A text copy that starts with an angle bracket but no element is still text.
    const SnapshotLoadResult text = parseSnapshotBytes("<<< Market close >>>\nKSE-100 closed higher.\n", QStringLiteral("note.txt"));
    ASSERT_TRUE(text.ok());
    EXPECT_EQ(text.snapshot->format, SnapshotFormat::Text);
}

// A Chinese page labelled gb2312 whose <meta> comes after a web archive's scripts (past the first 1024 bytes)
// is read in its declared encoding, GBK's superset GB18030, headline and body alike.
TEST(Decoding, LateGb2312DeclarationInTheHeadIsHonoured)
{
    QStringEncoder toGbk("gb18030");
    if (!toGbk.isValid())
        GTEST_SKIP() << "this Qt has no GB18030 codec";
    const QString title = QStringLiteral(u"卡拉奇证券交易所指数上涨");
    const QString story = QStringLiteral(u"卡拉奇证券交易所周四收盘上涨，水泥股领涨。");
    QByteArray bytes = "<!DOCTYPE html><html><head><script>" + QByteArray(1200, ' ') + "</script>"
                       + "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"/><title>" + toGbk(title)
                       + "</title></head><body><p>" + toGbk(story) + "</p></body></html>";
    const DecodedDocument doc = decodeDocument(bytes);
    ASSERT_TRUE(doc.ok());
    EXPECT_EQ(doc.encoding, QStringLiteral("gb18030"));
    EXPECT_TRUE(doc.text.contains(title));
    EXPECT_TRUE(doc.text.contains(story));

    // A declaration in the body is no page's own: the bytes decide.
    bytes.replace("charset=gb2312", "charset=utf-8");
    bytes.replace("<body>", "<body><meta charset=\"gb2312\">");
    EXPECT_NE(decodeDocument(bytes).encoding, QStringLiteral("gb18030"));
}

// Control characters pasted into a page's text (a BEL, a group separator) show as nothing in a browser; they are
// dropped rather than read as U+FFFD, and the article reads as printed.
TEST(Decoding, ControlCharactersInAPageAreDropped)
{
    const QByteArray page = "<html><head><title>Cement sales climb</title></head><body><article><h1>Cement sales climb</h1>"
                            "<p>KARACHI: Cement despatches rose 9pc in November\x07 on demand from the north, the \x1d" "association said.</p>"
                            "</article></body></html>";
    const DecodedDocument doc = decodeDocument(page);
    EXPECT_EQ(doc.format, SnapshotFormat::Html);
    EXPECT_FALSE(doc.text.contains(QChar(0x07)));
    EXPECT_FALSE(doc.text.contains(QChar(0x1d)));
    EXPECT_TRUE(doc.text.contains(QStringLiteral("November on demand from the north, the association said.")));
    // Wherever it falls among wide characters, and with line ends and tabs kept.
    for (int at = 0; at < 5; ++at) {
        QByteArray wide = QStringLiteral("<p>\u4e2d\u6587\u7ecf\u6d4e\u65b0\u95fb\n\t</p>").toUtf8();
        wide.insert(3 + at * 3, '\x1f');
        const QString text = decodeDocument("<html><body>" + wide + "</body></html>").text;
        EXPECT_FALSE(text.contains(QChar(0x1f))) << at;
        EXPECT_TRUE(text.contains(QStringLiteral("\u4e2d\u6587\u7ecf\u6d4e\u65b0\u95fb\n\t"))) << at;
    }
}
