// Fetch limits from the settings: "network/..." keys, each falling back to its default when missing or bad.
#include "core/network/fetchoptions.h"

#include "core/settings/settings.h"

#include <QSettings>

#include <functional>
#include <limits>

namespace md {
namespace {

using Lookup = std::function<QVariant(const Setting<QVariant> &)>;

// A positive integer setting, or fallback.
qint64 positiveSetting(const Lookup &lookup, const Setting<QVariant> &key, qint64 fallback, qint64 scale)
{
    bool ok = false;
    const qint64 value = lookup(key).toLongLong(&ok);
    if (!ok || value <= 0 || value > std::numeric_limits<qint64>::max() / scale)
        return fallback;
    return value * scale;
}

FetchOptions optionsFrom(const Lookup &lookup)
{
    FetchOptions options;
    options.transferTimeoutMs = int(qMin<qint64>(
        positiveSetting(lookup, settings::networkTransferTimeoutSeconds, options.transferTimeoutMs, 1000),
        std::numeric_limits<int>::max()));
    options.totalDeadlineMs = int(qMin<qint64>(
        positiveSetting(lookup, settings::networkTotalDeadlineSeconds, options.totalDeadlineMs, 1000),
        std::numeric_limits<int>::max()));
    options.maxBytes = positiveSetting(lookup, settings::networkMaxDownloadMegabytes, options.maxBytes, 1024 * 1024);
    bool ok = false;
    const int redirects = lookup(settings::networkMaxRedirects).toInt(&ok);
    if (ok && redirects >= 0 && redirects <= 50)
        options.maxRedirects = redirects;
    return options;
}

} // namespace

FetchOptions FetchOptions::fromSettings()
{
    return optionsFrom([](const Setting<QVariant> &setting) { return setting.value(); });
}

FetchOptions FetchOptions::fromSettings(const QSettings &settings)
{
    return optionsFrom([&settings](const Setting<QVariant> &setting) { return settings.value(setting.key()); });
}

} // namespace md
