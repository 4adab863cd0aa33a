// One page download in flight: reads the answer within the limits and reports a FetchResult once.
#pragma once

#include "core/network/fetchoptions.h"
#include "core/network/fetchresult.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace md {

class ContentDecoder;

// Made by PageFetcher::fetch(). Emits finished() exactly once, never from inside the call that started it,
// then deletes itself (deleteLater); keep a QPointer to it if you may call abort() later.
class PageFetch : public QObject
{
    Q_OBJECT

public:
    ~PageFetch() override;

    QUrl url() const { return m_result.url; }
    bool isFinished() const { return m_finished; }
    // Complete once finished() was emitted.
    const FetchResult &result() const { return m_result; }

    // Stops the download; finished() reports Error::Cancelled. Does nothing once finished.
    void abort();

signals:
    void finished(const md::FetchResult &result);

private:
    friend class PageFetcher;
    PageFetch(QNetworkAccessManager *manager, const QUrl &url, const FetchOptions &options, QObject *parent);

    void start();
    void onMetaDataChanged();
    void onReadyRead();
    void onReplyFinished();
    QByteArray latestHeader(const QByteArray &name) const;
    bool takeAvailableBytes();
    bool looksLikeUnfinishedHtml() const;
    void succeed();
    void fail(FetchResult::Error error, const QString &reason);
    void failFromReply();
    void failFromHttpStatus(int status);
    void finish();

    QNetworkAccessManager *m_manager;
    FetchOptions m_options;
    QPointer<QNetworkReply> m_reply;  // owned by the manager, which may go first
    QTimer m_deadline;
    FetchResult m_result;
    QByteArray m_body;
    qint64 m_expectedLength = -1;   // Content-Length (of the body as sent), -1 when unknown
    qint64 m_received = 0;          // body bytes as sent (compressed, when it is)
    std::unique_ptr<ContentDecoder> m_decoder;  // for a gzip or deflate body
    int m_errorStatus = 0;          // the final answer's 4xx / 5xx status, reported once it has arrived
    bool m_headersSeen = false;     // the final (non-redirect) answer's headers arrived
    QStringList m_sslProblems;      // certificate problems, in Qt's words, with the certificate named
    bool m_finished = false;
};

} // namespace md
