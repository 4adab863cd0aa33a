// The outcome of one page download: the page's bytes and where and when they came from, or a named error.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>

namespace md {

struct FetchResult
{
    // What went wrong, for code that reacts differently (the scheduler, tests); the message says it in words.
    enum class Error {
        None,
        InvalidAddress,   // not an http(s) URL
        Network,          // name lookup, connection refused or reset, proxy failure
        Tls,              // certificate not trusted or handshake failed
        Stalled,          // nothing received for transferTimeoutMs
        DeadlineExceeded, // not finished within totalDeadlineMs
        TooLarge,         // over maxBytes (announced or received, decompressed)
        Truncated,        // the connection closed before the whole body arrived
        Redirect,         // too many redirects, a loop, or a redirect that cannot be followed
        InsecureRedirect, // an https page redirected to http
        HttpStatus,       // the server answered 4xx / 5xx
        RateLimited,      // HTTP 429 (or 503 with Retry-After): retryAfter says when to try again
        ContentType,      // not an HTML, MHTML or text page
        Cancelled,        // aborted by the caller
    };

    QUrl url;              // the address asked for
    QUrl finalUrl;         // where the page came from after redirects
    QByteArray bytes;      // the body, decompressed; complete or empty, never partial
    QDateTime fetchedAt;   // UTC, when the answer finished arriving (or failed)
    QString contentType;   // the server's Content-Type, e.g. "text/html; charset=utf-8"
    int httpStatus = 0;    // last HTTP status seen (0 when no answer)

    Error error = Error::None;
    QString errorMessage;  // "URL: what went wrong", in the user's words; empty on success
    QDateTime retryAfter;  // UTC; set when the server asked to wait before the next request

    bool ok() const { return error == Error::None; }
};

} // namespace md
