// A page download: status, content type and size checked as the answer arrives, so nothing half-read escapes.
#include "core/network/pagefetch.h"

#include "core/load/mhtmlreader.h"
#include "core/network/contentdecoder.h"
#include "core/network/fetchpolicy.h"
#include "core/wording.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#if QT_CONFIG(ssl)
#include <QSslCertificate>
#include <QSslError>
#endif

namespace md {
namespace {

// Qt keeps at most this much of an answer buffered before we read it, so a fast server cannot fill memory
// between two readyRead() signals.
constexpr qint64 kReadBufferBytes = 256 * 1024;

constexpr char kAcceptHeader[] =
    "text/html,application/xhtml+xml,text/plain;q=0.9,multipart/related;q=0.8,message/rfc822;q=0.8,*/*;q=0.1";

} // namespace

PageFetch::PageFetch(QNetworkAccessManager *manager, const QUrl &url, const FetchOptions &options,
                     QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_options(options)
{
    m_result.url = url;
    m_result.finalUrl = url;
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        fail(FetchResult::Error::DeadlineExceeded,
             tr("the download did not finish within %1").arg(describeDuration(m_options.totalDeadlineMs)));
    });
}

PageFetch::~PageFetch()
{
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void PageFetch::start()
{
    const QUrl &url = m_result.url;
    const QString scheme = url.scheme();
    if (!url.isValid() || url.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        // Report like any other failure: after fetch() has returned, so the caller could connect first.
        QMetaObject::invokeMethod(this, [this] {
            fail(FetchResult::Error::InvalidAddress,
                 tr("this is not a web address; MarketDesk opens addresses starting with http:// or https://"));
        }, Qt::QueuedConnection);
        return;
    }

    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setRawHeader("Accept", kAcceptHeader);
    // Set here, Accept-Encoding makes Qt hand the body over still packed: ContentDecoder unpacks it within
    // maxBytes and notices a compressed body that was cut short, which Qt 6.4 would pass off as complete.
    request.setRawHeader("Accept-Encoding", "gzip, deflate");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(m_options.maxRedirects);
    request.setTransferTimeout(m_options.transferTimeoutMs);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);

    m_reply = m_manager->get(request);
    m_reply->setReadBufferSize(kReadBufferBytes);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &PageFetch::onMetaDataChanged);
    connect(m_reply, &QIODevice::readyRead, this, &PageFetch::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &PageFetch::onReplyFinished);
#if QT_CONFIG(ssl)
    // Never ignored: the problems are kept only to explain the failure that follows.
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &error : errors) {
            QString problem = error.errorString();
            const QSslCertificate certificate = error.certificate();
            if (!certificate.isNull()) {
                problem += tr(" (certificate for \"%1\", issued by \"%2\")")
                               .arg(certificate.subjectInfo(QSslCertificate::CommonName).join(QStringLiteral(", ")),
                                    certificate.issuerInfo(QSslCertificate::CommonName).join(QStringLiteral(", ")));
            }
            if (!m_sslProblems.contains(problem))
                m_sslProblems.append(problem);
        }
    });
#endif
    if (m_options.totalDeadlineMs > 0)
        m_deadline.start(m_options.totalDeadlineMs);
}

void PageFetch::abort()
{
    if (!m_finished)
        fail(FetchResult::Error::Cancelled, tr("the download was cancelled"));
}

void PageFetch::onMetaDataChanged()
{
    // The final answer's headers are read once: reading them again mid-body would restart the unpacking.
    if (m_finished || m_headersSeen)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_result.httpStatus = status;
    // A redirect's own headers: Qt follows it (or refuses it and finishes with an error).
    if (status >= 300 && status < 400 && m_reply->hasRawHeader("Location"))
        return;
    m_headersSeen = true;
    m_result.contentType = QString::fromLatin1(latestHeader("Content-Type"));

    if (status >= 400) {
        // Reported when the (discarded) error page has arrived: aborting now would make Qt report a second
        // error on the reply.
        m_errorStatus = status;
        return;
    }
    if (!isAcceptedContentType(m_result.contentType)) {
        const QString mime = m_result.contentType.section(QLatin1Char(';'), 0, 0).trimmed();
        fail(FetchResult::Error::ContentType,
             tr("the server sent %1, not a web page; MarketDesk opens HTML, MHTML and plain-text pages").arg(mime));
        return;
    }
    const QByteArray encoding = latestHeader("Content-Encoding").toLower();
    if (!ContentDecoder::isSupported(encoding)) {
        fail(FetchResult::Error::ContentType,
             tr("the server packed the page as \"%1\", which MarketDesk cannot unpack").arg(QString::fromLatin1(encoding)));
        return;
    }
    if (!encoding.isEmpty() && encoding != "identity")
        m_decoder = std::make_unique<ContentDecoder>(encoding, m_options.maxBytes);
    bool hasLength = false;
    const qint64 length = latestHeader("Content-Length").toLongLong(&hasLength);
    m_expectedLength = hasLength && length >= 0 ? length : -1;
    if (m_expectedLength >= 0) {
        // Packed or not, a body announced over the cap is refused before it is downloaded.
        if (m_expectedLength > m_options.maxBytes) {
            fail(FetchResult::Error::TooLarge, tr("the page is %1, over the %2 download limit")
                                                   .arg(describeByteSize(m_expectedLength),
                                                        describeByteSize(m_options.maxBytes)));
            return;
        }
    }
}

QByteArray PageFetch::latestHeader(const QByteArray &name) const
{
    // Qt 6.4 sometimes keeps a redirect's headers when it resends a request, and joins them to the final
    // answer's with ", " ("Content-Length: 0, 90"); the final answer's value is the last one. For
    // Content-Length, Content-Encoding and Content-Type only (a date holds a comma of its own).
    const QByteArray value = m_reply->rawHeader(name);
    if (name.compare("Content-Type", Qt::CaseInsensitive) == 0) {
        // a media type's parameters may hold commas; the last comma-separated piece naming a type is it
        for (qsizetype comma = value.lastIndexOf(','); comma >= 0; comma = value.lastIndexOf(',', comma - 1)) {
            const QByteArray piece = value.sliced(comma + 1).trimmed();
            const qsizetype semicolon = piece.indexOf(';');
            if ((semicolon < 0 ? piece : piece.first(semicolon)).contains('/'))
                return piece;
            if (comma == 0)
                break;
        }
        return value.trimmed();
    }
    return value.sliced(value.lastIndexOf(',') + 1).trimmed();
}

void PageFetch::onReadyRead()
{
    if (m_finished)
        return;
    if (m_errorStatus == 0) {
        takeAvailableBytes();
        return;
    }
    m_received += m_reply->skip(m_reply->bytesAvailable());
    if (m_received > m_options.maxBytes)
        failFromHttpStatus(m_errorStatus);
}

bool PageFetch::takeAvailableBytes()
{
    const QString limit = describeByteSize(m_options.maxBytes);
    while (m_reply->bytesAvailable() > 0) {
        if (m_decoder) {
            const QByteArray packed = m_reply->read(kReadBufferBytes);
            if (packed.isEmpty())
                break;
            m_received += packed.size();
            switch (m_decoder->feed(packed, m_body)) {
            case ContentDecoder::Status::Ok:
                continue;
            case ContentDecoder::Status::TooLarge:
                fail(FetchResult::Error::TooLarge, tr("the page unpacks to more than the %1 download limit").arg(limit));
                return false;
            case ContentDecoder::Status::Corrupt:
                fail(FetchResult::Error::Truncated,
                     tr("the packed page is damaged and cannot be unpacked; nothing was kept"));
                return false;
            }
        }
        const qint64 room = m_options.maxBytes - m_body.size();
        // one byte past the room tells "too large" without holding more than the cap
        const QByteArray chunk = m_reply->read(qMin<qint64>(room + 1, kReadBufferBytes));
        if (chunk.isEmpty())
            break;
        m_received += chunk.size();
        if (chunk.size() > room) {
            fail(FetchResult::Error::TooLarge, tr("the page is larger than the %1 download limit").arg(limit));
            return false;
        }
        m_body.append(chunk);
    }
    return true;
}

void PageFetch::onReplyFinished()
{
    if (m_finished)
        return;
    m_result.finalUrl = m_reply->url();
    if (m_errorStatus != 0) {
        failFromHttpStatus(m_errorStatus);
        return;
    }
    if (m_reply->error() != QNetworkReply::NoError) {
        failFromReply();
        return;
    }
    if (!m_headersSeen) {
        onMetaDataChanged();
        if (m_finished)
            return;
    }
    if (!takeAvailableBytes())
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 400) {
        failFromHttpStatus(status);
        return;
    }
    if (status >= 300) {
        fail(FetchResult::Error::Redirect,
             tr("the server answered with a redirect (HTTP %1) that leads nowhere MarketDesk can follow").arg(status));
        return;
    }
    if (m_expectedLength >= 0 && m_received != m_expectedLength) {
        fail(FetchResult::Error::Truncated,
             tr("the connection closed after %1 of the %2 the server announced; nothing was kept")
                 .arg(describeByteSize(m_received), describeByteSize(m_expectedLength)));
        return;
    }
    if (m_decoder && !m_decoder->isComplete()) {
        fail(FetchResult::Error::Truncated,
             tr("the packed page stopped before its end; the connection was probably cut; nothing was kept"));
        return;
    }
    if (m_expectedLength < 0 && !m_decoder && looksLikeUnfinishedHtml()) {
        fail(FetchResult::Error::Truncated,
             tr("the page stopped before its closing </html> tag; the connection was probably cut; nothing was kept"));
        return;
    }
    succeed();
}

bool PageFetch::looksLikeUnfinishedHtml() const
{
    // A body with neither a length nor a packed stream's end marker has no framing left to check (Qt 6.4
    // ends a chunked body cut mid-way as if complete). An HTML page that opened <html> ends with </html>.
    const QString mime = m_result.contentType.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    if (mime != QLatin1String("text/html") && mime != QLatin1String("application/xhtml+xml"))
        return false;
    constexpr qsizetype kEdge = 64 * 1024;
    const QByteArray head = QByteArrayView(m_body).first(qMin(kEdge, m_body.size())).toByteArray().toLower();
    const QByteArray tail = QByteArrayView(m_body).last(qMin(kEdge, m_body.size())).toByteArray().toLower();
    return head.contains("<html") && !tail.contains("</html");
}

void PageFetch::failFromReply()
{
    const QNetworkReply::NetworkError code = m_reply->error();
    const QString qtMessage = m_reply->errorString();
    switch (code) {
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        // We never abort a reply we still listen to: this is Qt's transfer (inactivity) timeout.
        fail(FetchResult::Error::Stalled, tr("no data arrived for %1; the server or the connection stalled")
                                               .arg(describeDuration(m_options.transferTimeoutMs)));
        return;
    case QNetworkReply::SslHandshakeFailedError:
        fail(FetchResult::Error::Tls,
             m_sslProblems.isEmpty()
                 ? tr("the secure connection failed (%1)").arg(qtMessage)
                 : tr("the site's certificate cannot be trusted, so nothing was downloaded: %1")
                       .arg(m_sslProblems.join(QStringLiteral("; "))));
        return;
    case QNetworkReply::TooManyRedirectsError:
        fail(FetchResult::Error::Redirect,
             tr("the page redirected more than %1; the site may be redirecting in a loop")
                 .arg(countOf(m_options.maxRedirects, "time", "times")));
        return;
    case QNetworkReply::InsecureRedirectError: {
        const QUrl target = m_reply->url().resolved(QUrl::fromEncoded(m_reply->rawHeader("Location")));
        fail(FetchResult::Error::InsecureRedirect,
             tr("the secure page redirected to an insecure address (%1); MarketDesk does not follow a redirect "
                "from https to http")
                 .arg(target.toDisplayString()));
        return;
    }
    case QNetworkReply::RemoteHostClosedError:
        if (m_headersSeen) {
            fail(FetchResult::Error::Truncated,
                 tr("the connection closed before the whole page arrived; nothing was kept"));
        } else {
            fail(FetchResult::Error::Network, tr("the server closed the connection without answering"));
        }
        return;
    case QNetworkReply::HostNotFoundError:
        fail(FetchResult::Error::Network,
             tr("the server's name could not be found; check the address and the network connection"));
        return;
    case QNetworkReply::ConnectionRefusedError:
        fail(FetchResult::Error::Network, tr("the server refused the connection"));
        return;
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
        fail(FetchResult::Error::Network,
             tr("the proxy server from the system settings failed (%1)").arg(qtMessage));
        return;
    default:
        break;
    }
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 400) {
        failFromHttpStatus(status);
        return;
    }
    if (code == QNetworkReply::ProtocolUnknownError && m_result.finalUrl != m_result.url) {
        fail(FetchResult::Error::Redirect,
             tr("the page redirected to an address MarketDesk cannot open (%1)").arg(qtMessage));
        return;
    }
    fail(FetchResult::Error::Network, tr("the download failed (%1)").arg(qtMessage));
}

void PageFetch::failFromHttpStatus(int status)
{
    const QString phrase = QString::fromLatin1(
        m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray()).trimmed();
    const QString answer = phrase.isEmpty() ? tr("HTTP %1").arg(status) : tr("HTTP %1 %2").arg(status).arg(phrase);

    std::optional<QDateTime> retryAfter;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (status == 429 || status == 503)
        retryAfter = parseRetryAfter(m_reply->rawHeader("Retry-After"), now);  // an HTTP-date holds a comma
    if (retryAfter)
        m_result.retryAfter = *retryAfter;
    const QString when = retryAfter ? tr("try again in %1").arg(describeDuration(now.msecsTo(*retryAfter)))
                                    : tr("try again later");

    if (status == 429) {
        fail(FetchResult::Error::RateLimited,
             tr("the server is limiting how often it may be asked (%1); %2").arg(answer, when));
    } else if (status == 503 && retryAfter) {
        fail(FetchResult::Error::RateLimited, tr("the server is unavailable for now (%1); %2").arg(answer, when));
    } else if (status == 404 || status == 410) {
        fail(FetchResult::Error::HttpStatus, tr("the server has no page at this address (%1)").arg(answer));
    } else if (status >= 500) {
        fail(FetchResult::Error::HttpStatus, tr("the server failed to answer (%1); %2").arg(answer, when));
    } else {
        fail(FetchResult::Error::HttpStatus, tr("the server refused the request (%1)").arg(answer));
    }
}

void PageFetch::succeed()
{
    // An MHTML archive served over HTTP carries its multipart Content-Type in the HTTP header, not in the
    // body; put it back in front so the bytes read (and are stored) like a saved .mhtml file.
    const QString mime = m_result.contentType.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    if (mime == QLatin1String("multipart/related") && !looksLikeMhtml(m_body)) {
        m_body.prepend("MIME-Version: 1.0\r\nContent-Type: " + m_result.contentType.toLatin1() + "\r\n\r\n");
    }
    m_result.bytes = m_body;
    finish();
}

void PageFetch::fail(FetchResult::Error error, const QString &reason)
{
    m_result.error = error;
    m_result.errorMessage = QStringLiteral("%1: %2").arg(m_result.url.toDisplayString(), reason);
    m_body.clear();
    m_result.bytes.clear();
    finish();
}

void PageFetch::finish()
{
    m_finished = true;
    m_deadline.stop();
    m_result.fetchedAt = QDateTime::currentDateTimeUtc();
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        if (!m_reply->isFinished())
            m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    emit finished(m_result);
    deleteLater();
}

} // namespace md
