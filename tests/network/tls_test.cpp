// HTTPS against a loopback QSslServer with a test certificate: problems reported, https→http refused.
#include "tests/network/httptestserver.h"
#include "tests/network/networktest.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>

namespace md::test {
namespace {

using Error = FetchResult::Error;

// Trusts the test certificate (it is its own CA) for requests made while this lives.
class ScopedTrust
{
public:
    explicit ScopedTrust(const QSslCertificate &certificate)
        : m_saved(QSslConfiguration::defaultConfiguration())
    {
        QSslConfiguration trusting = m_saved;
        trusting.addCaCertificate(certificate);
        QSslConfiguration::setDefaultConfiguration(trusting);
    }
    ~ScopedTrust() { QSslConfiguration::setDefaultConfiguration(m_saved); }

private:
    QSslConfiguration m_saved;
};

class TlsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!QSslSocket::supportsSsl())
            GTEST_SKIP() << "no TLS backend in this Qt";
        certificate = QSslCertificate(readData(QStringLiteral("network/loopback-cert.pem")), QSsl::Pem);
        const QSslKey key(readData(QStringLiteral("network/loopback-key.pem")), QSsl::Rsa, QSsl::Pem);
        ASSERT_FALSE(certificate.isNull());
        ASSERT_FALSE(key.isNull());
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(certificate);
        tls.setPrivateKey(key);
        ASSERT_TRUE(secure.listenTls(tls));
        ASSERT_TRUE(plain.listen());
        FetchOptions options;
        options.transferTimeoutMs = 3000;
        options.totalDeadlineMs = 5000;
        fetcher.setOptions(options);
    }

    QSslCertificate certificate;
    HttpTestServer secure;
    HttpTestServer plain;
    PageFetcher fetcher;
};

const QByteArray kHtml = "<!DOCTYPE html><html><body><p>KSE100</p></body></html>\n";

TEST_F(TlsTest, UntrustedCertificateIsRefusedWithItsProblemNamed)
{
    secure.route("/page", HttpResponse::page("text/html", kHtml));
    const QUrl url = secure.url(QStringLiteral("/page"));

    const TimedFetch fetch = runFetch(fetcher, url);
    EXPECT_EQ(fetch.result.error, Error::Tls);
    EXPECT_EQ(fetch.result.errorMessage,
              url.toString()
                  + QStringLiteral(": the site's certificate cannot be trusted, so nothing was downloaded: The "
                                   "certificate is self-signed, and untrusted (certificate for \"MarketDesk "
                                   "loopback test server\", issued by \"MarketDesk loopback test server\")"));
    EXPECT_TRUE(fetch.result.bytes.isEmpty());
    EXPECT_TRUE(secure.requests().isEmpty());  // nothing was asked over the untrusted connection
}

TEST_F(TlsTest, TrustedCertificateServesThePage)
{
    const ScopedTrust trust(certificate);
    secure.route("/page", HttpResponse::page("text/html", kHtml));

    const TimedFetch fetch = runFetch(fetcher, secure.url(QStringLiteral("/page")));
    ASSERT_TRUE(fetch.result.ok()) << fetch.result.errorMessage.toStdString();
    EXPECT_EQ(fetch.result.bytes, kHtml);
}

TEST_F(TlsTest, SecurePageRedirectingToPlainHttpIsRefused)
{
    const ScopedTrust trust(certificate);
    const QUrl insecure = plain.url(QStringLiteral("/page"));
    secure.route("/secure", HttpResponse::redirect(301, insecure.toEncoded()));
    plain.route("/page", HttpResponse::page("text/html", kHtml));
    const QUrl url = secure.url(QStringLiteral("/secure"));

    const TimedFetch fetch = runFetch(fetcher, url);
    EXPECT_EQ(fetch.result.error, Error::InsecureRedirect);
    EXPECT_EQ(fetch.result.errorMessage,
              url.toString() + QStringLiteral(": the secure page redirected to an insecure address (")
                  + insecure.toString()
                  + QStringLiteral("); MarketDesk does not follow a redirect from https to http"));
    EXPECT_TRUE(fetch.result.bytes.isEmpty());
    EXPECT_EQ(secure.requestCount("/secure"), 1);
    EXPECT_TRUE(plain.requests().isEmpty());
}

TEST_F(TlsTest, PlainPageRedirectingToHttpsIsFollowed)
{
    const ScopedTrust trust(certificate);
    plain.route("/old", HttpResponse::redirect(301, secure.url(QStringLiteral("/page")).toEncoded()));
    secure.route("/page", HttpResponse::page("text/html", kHtml));

    const TimedFetch fetch = runFetch(fetcher, plain.url(QStringLiteral("/old")));
    ASSERT_TRUE(fetch.result.ok()) << fetch.result.errorMessage.toStdString();
    EXPECT_EQ(fetch.result.finalUrl, secure.url(QStringLiteral("/page")));
    EXPECT_EQ(fetch.result.bytes, kHtml);
}

} // namespace
} // namespace md::test
