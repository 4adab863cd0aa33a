// The download rules on their own: Retry-After, content types, wording, identity, settings, unpacking.
#include "core/network/contentdecoder.h"
#include "core/network/fetchoptions.h"
#include "core/network/fetchpolicy.h"
#include "core/network/pageinput.h"
#include "tests/network/httptestserver.h"
#include "tests/network/networktest.h"

#include <QSettings>
#include <QTemporaryDir>

namespace md::test {
namespace {

const QDateTime kNow(QDate(2024, 12, 10), QTime(11, 45, 0), Qt::UTC);

TEST(RetryAfter, ReadsDelaySeconds)
{
    EXPECT_EQ(parseRetryAfter("120", kNow), kNow.addSecs(120));
    EXPECT_EQ(parseRetryAfter(" 0 ", kNow), kNow);
}

TEST(RetryAfter, ReadsTheThreeHttpDateForms)
{
    const QDateTime expected(QDate(2024, 12, 10), QTime(12, 0, 30), Qt::UTC);
    EXPECT_EQ(parseRetryAfter("Tue, 10 Dec 2024 12:00:30 GMT", kNow), expected);    // IMF-fixdate
    EXPECT_EQ(parseRetryAfter("Tuesday, 10-Dec-24 12:00:30 GMT", kNow), expected);  // RFC 850
    EXPECT_EQ(parseRetryAfter("Tue Dec 10 12:00:30 2024", kNow), expected);         // asctime
    const QDateTime early(QDate(2024, 12, 2), QTime(12, 0, 0), Qt::UTC);
    EXPECT_EQ(parseRetryAfter("Tue Dec  3 08:00:00 2024", early), QDateTime(QDate(2024, 12, 3), QTime(8, 0, 0), Qt::UTC));
}

TEST(RetryAfter, DateInThePastMeansNow)
{
    EXPECT_EQ(parseRetryAfter("Mon, 09 Dec 2024 08:00:00 GMT", kNow), kNow);
}

TEST(RetryAfter, VeryLongWaitIsCutToADay)
{
    EXPECT_EQ(parseRetryAfter("31536000", kNow), kNow.addSecs(kMaxRetryAfterSeconds));
    EXPECT_EQ(parseRetryAfter("99999999999999999999999", kNow), kNow.addSecs(kMaxRetryAfterSeconds));
    EXPECT_EQ(parseRetryAfter("Fri, 01 Jan 2100 00:00:00 GMT", kNow), kNow.addSecs(kMaxRetryAfterSeconds));
}

TEST(RetryAfter, AnythingElseIsIgnored)
{
    EXPECT_FALSE(parseRetryAfter("", kNow).has_value());
    EXPECT_FALSE(parseRetryAfter("-5", kNow).has_value());
    EXPECT_FALSE(parseRetryAfter("1.5", kNow).has_value());
    EXPECT_FALSE(parseRetryAfter("soon", kNow).has_value());
    EXPECT_FALSE(parseRetryAfter("Tue, 32 Dec 2024 12:00:30 GMT", kNow).has_value());
}

TEST(ContentTypes, PagesAndArchivesAreAccepted)
{
    for (const char *type : {"text/html", "text/html; charset=UTF-8", "TEXT/HTML", "application/xhtml+xml",
                             "text/plain; charset=windows-1252", "multipart/related; boundary=\"x\"",
                             "message/rfc822", "application/x-mimearchive", "application/json", ""}) {
        EXPECT_TRUE(isAcceptedContentType(QString::fromLatin1(type))) << type;
    }
}

TEST(ContentTypes, EverythingElseIsRefused)
{
    for (const char *type : {"image/png", "application/ld+json", "application/pdf", "text/css",
                             "application/octet-stream", "video/mp4", "text/javascript"}) {
        EXPECT_FALSE(isAcceptedContentType(QString::fromLatin1(type))) << type;
    }
}

TEST(Wording, SizesInBytesKilobytesAndMegabytes)
{
    EXPECT_EQ(describeByteSize(1), QStringLiteral("1 byte"));
    EXPECT_EQ(describeByteSize(512), QStringLiteral("512 bytes"));
    EXPECT_EQ(describeByteSize(1536), QStringLiteral("1.5 KB"));
    EXPECT_EQ(describeByteSize(400 * 1024), QStringLiteral("400 KB"));
    EXPECT_EQ(describeByteSize(1024 * 1024), QStringLiteral("1 MB"));
    EXPECT_EQ(describeByteSize(64ll * 1024 * 1024), QStringLiteral("64 MB"));
}

TEST(Wording, DurationsInTheLargestSensibleUnit)
{
    EXPECT_EQ(describeDuration(150), QStringLiteral("0.15 seconds"));
    EXPECT_EQ(describeDuration(1000), QStringLiteral("1 second"));
    EXPECT_EQ(describeDuration(1500), QStringLiteral("1.5 seconds"));
    EXPECT_EQ(describeDuration(30000), QStringLiteral("30 seconds"));
    EXPECT_EQ(describeDuration(119000), QStringLiteral("119 seconds"));
    EXPECT_EQ(describeDuration(120000), QStringLiteral("2 minutes"));
    EXPECT_EQ(describeDuration(119999), QStringLiteral("2 minutes"));  // a wait is rounded up, never down
    EXPECT_EQ(describeDuration(90 * 60 * 1000), QStringLiteral("90 minutes"));
    EXPECT_EQ(describeDuration(150 * 60 * 1000), QStringLiteral("2 hours 30 minutes"));
    EXPECT_EQ(describeDuration(24 * 3600 * 1000), QStringLiteral("24 hours"));
}

TEST(Identity, UserAgentNamesMarketDeskItsVersionAndHomePage)
{
    EXPECT_EQ(userAgent(), QByteArray("MarketDesk/" MARKETDESK_VERSION " (+https://example.org/marketdesk)"));
}

TEST(Settings, FetchOptionsComeFromTheNetworkKeys)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("marketdesk.ini")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("network/transferTimeoutSeconds"), 10);
    settings.setValue(QStringLiteral("network/totalDeadlineSeconds"), 45);
    settings.setValue(QStringLiteral("network/maxDownloadMegabytes"), 8);
    settings.setValue(QStringLiteral("network/maxRedirects"), 2);

    const FetchOptions options = FetchOptions::fromSettings(settings);
    EXPECT_EQ(options.transferTimeoutMs, 10000);
    EXPECT_EQ(options.totalDeadlineMs, 45000);
    EXPECT_EQ(options.maxBytes, 8ll * 1024 * 1024);
    EXPECT_EQ(options.maxRedirects, 2);
}

TEST(Settings, MissingOrBadValuesKeepTheDefaults)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("marketdesk.ini")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("network/transferTimeoutSeconds"), -3);
    settings.setValue(QStringLiteral("network/totalDeadlineSeconds"), QStringLiteral("soon"));
    settings.setValue(QStringLiteral("network/maxRedirects"), 500);

    const FetchOptions options = FetchOptions::fromSettings(settings);
    const FetchOptions defaults;
    EXPECT_EQ(options.transferTimeoutMs, defaults.transferTimeoutMs);
    EXPECT_EQ(options.totalDeadlineMs, defaults.totalDeadlineMs);
    EXPECT_EQ(options.maxBytes, defaults.maxBytes);
    EXPECT_EQ(options.maxRedirects, defaults.maxRedirects);
    EXPECT_EQ(defaults.transferTimeoutMs, 30000);
    EXPECT_EQ(defaults.totalDeadlineMs, 120000);
    EXPECT_EQ(defaults.maxBytes, 64ll * 1024 * 1024);
    EXPECT_EQ(defaults.maxRedirects, 5);
}

TEST(Inputs, WebAddressesAreToldFromFiles)
{
    EXPECT_TRUE(isWebAddress(QStringLiteral("https://www.brecorder.com/news/40335512")));
    EXPECT_TRUE(isWebAddress(QStringLiteral("HTTP://127.0.0.1:8080/page")));
    EXPECT_FALSE(isWebAddress(QStringLiteral("snapshots/psx.html")));
    EXPECT_FALSE(isWebAddress(QStringLiteral("/tmp/http:/odd-folder/page.txt")));
    EXPECT_FALSE(isWebAddress(QStringLiteral("ftp://example.org/page.html")));
}

TEST(Inputs, TypedAddressesBecomeUrls)
{
    EXPECT_EQ(webAddressFromUserInput(QStringLiteral(" https://www.brecorder.com/news/1 ")),
              QUrl(QStringLiteral("https://www.brecorder.com/news/1")));
    EXPECT_EQ(webAddressFromUserInput(QStringLiteral("www.brecorder.com/markets")),
              QUrl(QStringLiteral("https://www.brecorder.com/markets")));
    EXPECT_EQ(webAddressFromUserInput(QStringLiteral("http://127.0.0.1:8080/psx")),
              QUrl(QStringLiteral("http://127.0.0.1:8080/psx")));
    EXPECT_TRUE(webAddressFromUserInput(QString()).isEmpty());
    EXPECT_TRUE(webAddressFromUserInput(QStringLiteral("ftp://example.org/page")).isEmpty());
    EXPECT_TRUE(webAddressFromUserInput(QStringLiteral("https://")).isEmpty());
    EXPECT_TRUE(webAddressFromUserInput(QStringLiteral("two words")).isEmpty());
}

TEST(Inputs, FileInputLoadsLikeLoadSnapshotFile)
{
    const QString path = dataPath(QStringLiteral("psx-close-2024-12-10.txt"));
    const SnapshotLoadResult input = loadSnapshotInput(path);
    const SnapshotLoadResult file = loadSnapshotFile(path);
    ASSERT_TRUE(input.ok());
    ASSERT_TRUE(file.ok());
    EXPECT_TRUE(*input.snapshot == *file.snapshot);
}

TEST(Inputs, WebAddressInputIsFetchedAndParsed)
{
    HttpTestServer server;
    ASSERT_TRUE(server.listen());
    server.route("/psx", HttpResponse::page("text/plain", readData(QStringLiteral("psx-close-2024-12-10.txt"))));

    const SnapshotLoadResult input = loadSnapshotInput(server.url(QStringLiteral("/psx")).toString());
    ASSERT_TRUE(input.ok()) << input.error.toStdString();
    EXPECT_EQ(input.snapshot->source, server.url(QStringLiteral("/psx")).toString());
    EXPECT_EQ(input.snapshot->quotes.size(), 10);
}

TEST(Inputs, FailedFetchIsAnErrorNamingTheAddress)
{
    HttpTestServer server;
    ASSERT_TRUE(server.listen());
    const SnapshotLoadResult input = loadSnapshotInput(server.url(QStringLiteral("/gone")).toString());
    EXPECT_FALSE(input.ok());
    EXPECT_EQ(input.error, server.url(QStringLiteral("/gone")).toString()
                               + QStringLiteral(": the server has no page at this address (HTTP 404 Not Found)"));
}

TEST(Unpacking, GzipInSmallPiecesComesOutWhole)
{
    const QByteArray page = readData(QStringLiteral("psx-close-2024-12-10.txt"));
    const QByteArray packed = gzip(page);
    ContentDecoder decoder("gzip", 1024 * 1024);
    QByteArray out;
    for (qsizetype at = 0; at < packed.size(); at += 7) {
        ASSERT_EQ(decoder.feed(QByteArrayView(packed).sliced(at, qMin<qsizetype>(7, packed.size() - at)), out),
                  ContentDecoder::Status::Ok);
        EXPECT_EQ(decoder.isComplete(), at + 7 >= packed.size());
    }
    EXPECT_EQ(out, page);
}

TEST(Unpacking, ConcatenatedGzipMembersAreOnePage)
{
    ContentDecoder decoder("x-gzip", 1024);
    QByteArray out;
    EXPECT_EQ(decoder.feed(gzip("KSE100 ") + gzip("113,247"), out), ContentDecoder::Status::Ok);
    EXPECT_TRUE(decoder.isComplete());
    EXPECT_EQ(out, "KSE100 113,247");
}

TEST(Unpacking, RawDeflateWithoutTheZlibWrapperIsReadToo)
{
    const QByteArray zlibStream = qCompress(QByteArray("OGDC 224.96 Increased By 11.93 (5.6%)")).sliced(4);
    const QByteArray raw = zlibStream.sliced(2, zlibStream.size() - 2 - 4);
    ContentDecoder decoder("deflate", 1024);
    QByteArray out;
    EXPECT_EQ(decoder.feed(raw, out), ContentDecoder::Status::Ok);
    EXPECT_TRUE(decoder.isComplete());
    EXPECT_EQ(out, "OGDC 224.96 Increased By 11.93 (5.6%)");
}

TEST(Unpacking, OutputNeverPassesTheCap)
{
    ContentDecoder decoder("gzip", 100000);
    QByteArray out;
    EXPECT_EQ(decoder.feed(gzip(QByteArray(10 * 1024 * 1024, '\0')), out), ContentDecoder::Status::TooLarge);
    EXPECT_EQ(out.size(), 100000);
}

TEST(Unpacking, GarbageIsCorrupt)
{
    ContentDecoder decoder("gzip", 1024);
    QByteArray out;
    EXPECT_EQ(decoder.feed("this is not gzip at all", out), ContentDecoder::Status::Corrupt);
    EXPECT_FALSE(decoder.isComplete());
}

TEST(Unpacking, SupportedEncodings)
{
    for (const char *encoding : {"", "identity", "gzip", "GZIP", "x-gzip", " deflate "})
        EXPECT_TRUE(ContentDecoder::isSupported(encoding)) << encoding;
    for (const char *encoding : {"br", "zstd", "compress", "gzip, br"})
        EXPECT_FALSE(ContentDecoder::isSupported(encoding)) << encoding;
}

} // namespace
} // namespace md::test
