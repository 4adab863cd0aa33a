// Fetch limits from QSettings: "network/..." keys, each falling back to its default when missing or bad.
#include "core/network/fetchoptions.h"

#include <QSettings>

#include <limits>

namespace md {
namespace {

// A positive integer setting, or fallback.
qint64 positiveSetting(const QSettings &settings, const QString &key, qint64 fallback, qint64 scale)
{
    bool ok = false;
    const qint64 value = settings.value(key).toLongLong(&ok);
    if (!ok || value <= 0 || value > std::numeric_limits<qint64>::max() / scale)
        return fallback;
    return value * scale;
}

} // namespace

FetchOptions FetchOptions::fromSettings(const QSettings &settings)
{
    FetchOptions options;
    options.transferTimeoutMs = int(qMin<qint64>(
        positiveSetting(settings, QStringLiteral("network/transferTimeoutSeconds"), options.transferTimeoutMs, 1000),
        std::numeric_limits<int>::max()));
    options.totalDeadlineMs = int(qMin<qint64>(
        positiveSetting(settings, QStringLiteral("network/totalDeadlineSeconds"), options.totalDeadlineMs, 1000),
        std::numeric_limits<int>::max()));
    options.maxBytes = positiveSetting(settings, QStringLiteral("network/maxDownloadMegabytes"), options.maxBytes,
                                       1024 * 1024);
    bool ok = false;
    const int redirects = settings.value(QStringLiteral("network/maxRedirects")).toInt(&ok);
    if (ok && redirects >= 0 && redirects <= 50)
        options.maxRedirects = redirects;
    return options;
}

} // namespace md
