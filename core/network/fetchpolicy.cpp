// The download rules: User-Agent, accepted content types, Retry-After parsing, sizes and durations in words.
#include "core/network/fetchpolicy.h"

#include "core/wording.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <cmath>

#ifndef MARKETDESK_HOMEPAGE
#define MARKETDESK_HOMEPAGE "https://example.org/marketdesk"
#endif

namespace md {
namespace {

// "1.5" for 1.5, "64" for 64.0, "12" for 11.6: one decimal only where it tells something.
QString shortNumber(double value)
{
    if (value < 10.0 && std::floor(value) != value)
        return QString::number(std::floor(value * 10.0) / 10.0, 'f', 1);
    return QString::number(qint64(std::floor(value)));
}

std::optional<QDateTime> parseHttpDate(const QString &text)
{
    // The weekday is left out: it only repeats the date, and Qt would refuse a date whose weekday is wrong.
    const QLocale c = QLocale::c();
    const QString simplified = text.simplified();
    const qsizetype comma = simplified.indexOf(QLatin1Char(','));
    QDateTime when;
    if (comma > 0) {
        const QString rest = simplified.sliced(comma + 1).trimmed();
        // IMF-fixdate, the one servers are meant to send: "Sun, 06 Nov 1994 08:49:37 GMT"
        when = c.toDateTime(rest, QStringLiteral("dd MMM yyyy HH:mm:ss 'GMT'"));
        if (!when.isValid()) {
            // obsolete RFC 850: "Sunday, 06-Nov-94 08:49:37 GMT"; Qt reads yy as 19yy, RFC 9110 wants the
            // nearest century that is not in the far future
            when = c.toDateTime(rest, QStringLiteral("dd-MMM-yy HH:mm:ss 'GMT'"));
            if (when.isValid() && when.date().year() < 1970)
                when = when.addYears(100);
        }
    } else {
        // asctime: "Sun Nov  6 08:49:37 1994" (simplified() folded the double space)
        const qsizetype space = simplified.indexOf(QLatin1Char(' '));
        if (space > 0)
            when = c.toDateTime(simplified.sliced(space + 1), QStringLiteral("MMM d HH:mm:ss yyyy"));
    }
    if (!when.isValid())
        return std::nullopt;
    return QDateTime(when.date(), when.time(), Qt::UTC);
}

} // namespace

QByteArray userAgent()
{
    return QByteArrayLiteral("MarketDesk/" MARKETDESK_VERSION " (+" MARKETDESK_HOMEPAGE ")");
}

bool isAcceptedContentType(const QString &contentType)
{
    const QString mime = contentType.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    if (mime.isEmpty())
        return true;
    static const QStringList accepted = {
        QStringLiteral("text/html"),         QStringLiteral("application/xhtml+xml"),
        QStringLiteral("text/plain"),        QStringLiteral("multipart/related"),
        QStringLiteral("message/rfc822"),    QStringLiteral("application/x-mimearchive"),
        // The exchange's end-of-day series (dps.psx.com.pk/timeseries/eod/SYM); other JSON is refused by the
        // loader with its reason.
        QStringLiteral("application/json"),
    };
    return accepted.contains(mime);
}

std::optional<QDateTime> parseRetryAfter(QByteArrayView value, const QDateTime &now)
{
    const QByteArray text = value.toByteArray().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    const QDateTime nowUtc = now.toUTC();
    const QDateTime latest = nowUtc.addSecs(kMaxRetryAfterSeconds);

    bool isNumber = true;
    for (char ch : text)
        isNumber = isNumber && ch >= '0' && ch <= '9';
    if (isNumber) {
        bool ok = false;
        const qint64 seconds = text.toLongLong(&ok);
        // more digits than fit in a qint64 is still "a very long wait"
        if (!ok || seconds > kMaxRetryAfterSeconds)
            return latest;
        return nowUtc.addSecs(seconds);
    }
    const std::optional<QDateTime> when = parseHttpDate(QString::fromLatin1(text));
    if (!when)
        return std::nullopt;
    return std::clamp(*when, nowUtc, latest);
}

QString describeByteSize(qint64 bytes)
{
    constexpr qint64 kKiB = 1024;
    constexpr qint64 kMiB = 1024 * 1024;
    if (bytes < kKiB)
        return countOf(bytes, "byte", "bytes");
    if (bytes < kMiB)
        return tr("%1 KB").arg(shortNumber(double(bytes) / kKiB));
    return tr("%1 MB").arg(shortNumber(double(bytes) / kMiB));
}

QString describeDuration(qint64 milliseconds)
{
    if (milliseconds < 0)
        milliseconds = 0;
    if (milliseconds % 1000 != 0 && milliseconds < 10 * 1000) {
        const QString seconds = QString::number(double(milliseconds) / 1000.0, 'g', 2);
        return tr("%1 seconds").arg(seconds);
    }
    const qint64 seconds = (milliseconds + 999) / 1000;
    if (seconds < 120)
        return countOf(seconds, "second", "seconds");
    const qint64 minutes = (seconds + 59) / 60;
    if (minutes < 120)
        return countOf(minutes, "minute", "minutes");
    const qint64 hours = minutes / 60;
    const qint64 rest = minutes % 60;
    if (rest == 0)
        return countOf(hours, "hour", "hours");
    return QStringLiteral("%1 %2").arg(countOf(hours, "hour", "hours"), countOf(rest, "minute", "minutes"));
}

} // namespace md
