// The scripted loopback HTTP(S) server: parses a request head, answers from a route, then closes.
#include "tests/network/httptestserver.h"

#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QtEndian>

#if QT_CONFIG(ssl)
#include <QSslConfiguration>
#include <QSslServer>
#endif

#include <array>

namespace md::test {
namespace {

std::optional<HttpRequest> parseRequestHead(const QByteArray &head)
{
    const QList<QByteArray> lines = head.split('\n');
    if (lines.isEmpty())
        return std::nullopt;
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() < 2)
        return std::nullopt;
    HttpRequest request;
    request.method = requestLine.at(0);
    request.target = requestLine.at(1);
    request.path = QUrl::fromEncoded(request.target).path(QUrl::FullyEncoded).toLatin1();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            request.headers.insert(line.first(colon).trimmed().toLower(), line.sliced(colon + 1).trimmed());
    }
    return request;
}

QByteArray chunkedBody(const QByteArray &body)
{
    constexpr qsizetype kChunk = 4096;
    QByteArray wire;
    for (qsizetype at = 0; at < body.size(); at += kChunk) {
        const QByteArray piece = body.mid(at, kChunk);
        wire += QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n";
    }
    wire += "0\r\n\r\n";
    return wire;
}

quint32 crc32(const QByteArray &data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (char ch : data)
        crc = table[(crc ^ quint8(ch)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

} // namespace

HttpResponse HttpResponse::page(const QByteArray &contentType, const QByteArray &body)
{
    HttpResponse response;
    response.headers.append({"Content-Type", contentType});
    response.body = body;
    return response;
}

HttpResponse HttpResponse::redirect(int status, const QByteArray &location)
{
    HttpResponse response;
    response.status = status;
    response.reason = status == 301 ? "Moved Permanently" : status == 302 ? "Found" : "Temporary Redirect";
    response.headers.append({"Location", location});
    return response;
}

HttpTestServer::HttpTestServer(QObject *parent)
    : QObject(parent)
{
}

HttpTestServer::~HttpTestServer()
{
    // sockets first, while the bookkeeping their destroyed() handlers touch still exists
    qDeleteAll(findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly));
}

bool HttpTestServer::listen()
{
    m_server = std::make_unique<QTcpServer>();
    m_tls = false;
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (m_server->hasPendingConnections())
            onConnection(m_server->nextPendingConnection());
    });
    return m_server->listen(QHostAddress::LocalHost, 0);
}

bool HttpTestServer::listenTls(const QSslConfiguration &tls)
{
#if QT_CONFIG(ssl)
    auto server = std::make_unique<QSslServer>();
    server->setSslConfiguration(tls);
    server->setHandshakeTimeout(2000);
    m_server = std::move(server);
    m_tls = true;
    // emitted once a client's handshake succeeded
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (m_server->hasPendingConnections())
            onConnection(m_server->nextPendingConnection());
    });
    return m_server->listen(QHostAddress::LocalHost, 0);
#else
    Q_UNUSED(tls);
    return false;
#endif
}

void HttpTestServer::close()
{
    if (m_server)
        m_server->close();
}

quint16 HttpTestServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QUrl HttpTestServer::url(const QString &path) const
{
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    url.setPath(path);
    return url;
}

void HttpTestServer::route(const QByteArray &path, const HttpResponse &response)
{
    m_routes.insert(path, [response](const HttpRequest &) { return response; });
}

void HttpTestServer::route(const QByteArray &path, std::function<HttpResponse(const HttpRequest &)> handler)
{
    m_routes.insert(path, std::move(handler));
}

int HttpTestServer::requestCount(const QByteArray &path) const
{
    int count = 0;
    for (const HttpRequest &request : m_requests)
        count += request.path == path ? 1 : 0;
    return count;
}

void HttpTestServer::onConnection(QTcpSocket *socket)
{
    if (!socket)
        return;
    socket->setParent(this);
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    auto buffer = std::make_shared<QByteArray>();
    connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
        buffer->append(socket->readAll());
        const qsizetype end = buffer->indexOf("\r\n\r\n");
        if (end < 0)
            return;
        disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
        const std::optional<HttpRequest> request = parseRequestHead(buffer->first(end));
        if (!request) {
            socket->disconnectFromHost();
            return;
        }
        m_requests.append(*request);
        respond(socket, *request);
    });
}

void HttpTestServer::respond(QTcpSocket *socket, const HttpRequest &request)
{
    HttpResponse response;
    const auto handler = m_routes.constFind(request.path);
    if (handler != m_routes.constEnd()) {
        response = (*handler)(request);
    } else {
        response = HttpResponse::page("text/plain", "no such test page\n");
        response.status = 404;
        response.reason = "Not Found";
    }

    const QByteArray path = request.path;
    const int active = ++m_active[path];
    m_peak[path] = qMax(m_peak.value(path), active);
    connect(socket, &QObject::destroyed, this, [this, path] { --m_active[path]; });

    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + response.reason + "\r\n";
    for (const auto &header : response.headers)
        head += header.first + ": " + header.second + "\r\n";
    QByteArray wireBody = response.body;
    switch (response.framing) {
    case HttpResponse::Framing::ContentLength:
        head += "Content-Length: "
              + QByteArray::number(response.announcedLength >= 0 ? response.announcedLength : response.body.size())
              + "\r\n";
        break;
    case HttpResponse::Framing::Chunked:
        head += "Transfer-Encoding: chunked\r\n";
        wireBody = chunkedBody(response.body);
        break;
    case HttpResponse::Framing::UntilClose:
        break;
    }
    if (response.announceClose)
        head += "Connection: close\r\n";
    head += "\r\n";
    if (response.cutAfter >= 0)
        wireBody.truncate(response.cutAfter);

    socket->write(head);
    if (response.dripIntervalMs <= 0) {
        socket->write(wireBody);
        socket->disconnectFromHost();
        return;
    }
    // one byte per tick; the timer dies with the socket when the client gives up
    auto *timer = new QTimer(socket);
    auto sent = std::make_shared<qsizetype>(0);
    QPointer<QTcpSocket> guard(socket);
    connect(timer, &QTimer::timeout, socket, [guard, timer, wireBody, sent] {
        if (!guard || guard->state() != QAbstractSocket::ConnectedState) {
            timer->stop();
            return;
        }
        if (*sent >= wireBody.size()) {
            timer->stop();
            guard->disconnectFromHost();
            return;
        }
        guard->write(wireBody.mid(*sent, 1));
        ++*sent;
    });
    timer->start(response.dripIntervalMs);
}

QByteArray gzip(const QByteArray &data)
{
    // qCompress: 4-byte length, then a zlib stream (2-byte header, raw deflate, 4-byte Adler-32)
    const QByteArray zlib = qCompress(data, 9);
    const QByteArray deflate = zlib.mid(4 + 2, zlib.size() - 4 - 2 - 4);
    QByteArray out("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff", 10);
    out += deflate;
    char trailer[8];
    qToLittleEndian<quint32>(crc32(data), trailer);
    qToLittleEndian<quint32>(quint32(data.size()), trailer + 4);
    out.append(trailer, 8);
    return out;
}

} // namespace md::test
