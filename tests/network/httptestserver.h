// A scriptable HTTP/1.1 server on 127.0.0.1 for the network tests: canned answers, slow, cut or oversized.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QSslConfiguration;
class QTcpServer;
class QTcpSocket;

namespace md::test {

struct HttpRequest
{
    QByteArray method;
    QByteArray target;   // as sent: "/path?query", or an absolute URL when asked as a proxy
    QByteArray path;     // the path of target
    QHash<QByteArray, QByteArray> headers;  // names in lower case
};

struct HttpResponse
{
    enum class Framing { ContentLength, Chunked, UntilClose };

    int status = 200;
    QByteArray reason = "OK";
    QList<QPair<QByteArray, QByteArray>> headers;  // sent as given (plus framing headers)
    QByteArray body;
    Framing framing = Framing::ContentLength;
    qint64 announcedLength = -1;  // Content-Length to announce instead of body.size()
    qint64 cutAfter = -1;         // close the connection after this many body bytes
    int dripIntervalMs = 0;       // send the body one byte per interval
    bool announceClose = true;    // send "Connection: close" (the server closes after every answer anyway)

    static HttpResponse page(const QByteArray &contentType, const QByteArray &body);
    static HttpResponse redirect(int status, const QByteArray &location);
    HttpResponse &header(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
        return *this;
    }
};

class HttpTestServer : public QObject
{
    Q_OBJECT

public:
    explicit HttpTestServer(QObject *parent = nullptr);
    ~HttpTestServer() override;

    // Listens on 127.0.0.1 (any free port); with tls, speaks HTTPS with that configuration (QSslServer).
    bool listen();
    bool listenTls(const QSslConfiguration &tls);
    void close();
    quint16 port() const;
    // "http://127.0.0.1:PORT/path" (https for a TLS server).
    QUrl url(const QString &path) const;

    void route(const QByteArray &path, const HttpResponse &response);
    void route(const QByteArray &path, std::function<HttpResponse(const HttpRequest &)> handler);

    QList<HttpRequest> requests() const { return m_requests; }
    int requestCount(const QByteArray &path) const;
    // Most requests for one path the server was answering at the same moment.
    int peakConcurrent(const QByteArray &path) const { return m_peak.value(path); }

private:
    void onConnection(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const HttpRequest &request);

    std::unique_ptr<QTcpServer> m_server;
    bool m_tls = false;
    QHash<QByteArray, std::function<HttpResponse(const HttpRequest &)>> m_routes;
    QList<HttpRequest> m_requests;
    QHash<QByteArray, int> m_active;
    QHash<QByteArray, int> m_peak;
};

// A gzip member (RFC 1952) holding data, for Content-Encoding: gzip.
QByteArray gzip(const QByteArray &data);

} // namespace md::test
