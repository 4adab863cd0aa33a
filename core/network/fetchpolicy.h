// The rules a page download follows, as plain functions: identity, accepted content, Retry-After, wording.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QString>

#include <optional>

namespace md {

// "MarketDesk/0.1.0 (+https://example.org/marketdesk)": who is asking, and where to read about it.
QByteArray userAgent();

// True for the content types a snapshot can come in: text/html, application/xhtml+xml, text/plain, and
// MHTML (multipart/related, message/rfc822, application/x-mimearchive). Parameters such as charset are
// ignored. An empty type is accepted: the loader sniffs the bytes and refuses binary content itself.
bool isAcceptedContentType(const QString &contentType);

// The longest wait a Retry-After header can impose; a longer one is cut to this, so one wrong header cannot
// stop a page's refresh for good.
constexpr qint64 kMaxRetryAfterSeconds = 24 * 3600;

// When the server allows the next request, from a Retry-After value: delay-seconds ("120") or an HTTP-date
// (IMF-fixdate, RFC 850 or asctime). Returns a UTC time not before now and at most kMaxRetryAfterSeconds
// after it; nothing when the value is neither.
std::optional<QDateTime> parseRetryAfter(QByteArrayView value, const QDateTime &now);

// Wording for messages: "512 bytes", "1.5 KB", "64 MB".
QString describeByteSize(qint64 bytes);
// "0.3 seconds", "1 second", "45 seconds", "2 minutes", "1 hour 30 minutes".
QString describeDuration(qint64 milliseconds);

} // namespace md
