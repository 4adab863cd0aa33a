// Inputs by kind: files through the loader, web addresses through the fetcher and then the same parser.
#include "core/network/pageinput.h"

#include "core/network/pagefetch.h"
#include "core/network/pagefetcher.h"

#include <QEventLoop>

namespace md {

bool isWebAddress(const QString &input)
{
    return input.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
        || input.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

QUrl webAddressFromUserInput(const QString &text)
{
    QString address = text.trimmed();
    if (address.isEmpty() || address.contains(QLatin1Char(' ')))
        return {};
    if (!address.contains(QLatin1String("://")))
        address.prepend(QLatin1String("https://"));
    const QUrl url(address, QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() || url.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return {};
    return url;
}

SnapshotLoadResult parseFetchedPage(const QByteArray &bytes, const QUrl &url, const QDateTime &fetchedAt,
                                    const LoadLimits &limits)
{
    MarketEvidence evidence;
    evidence.fetchedAt = fetchedAt;
    SnapshotLoadResult result = parseSnapshotBytes(bytes, url.toDisplayString(), limits, evidence);
    if (result.ok() && fetchedAt.isValid())
        result.snapshot->capturedAt = Timestamp::fromUtc(fetchedAt.toUTC());
    return result;
}

FetchResult fetchPageAndWait(const QUrl &url, const FetchOptions &options)
{
    PageFetcher fetcher;
    fetcher.setOptions(options);
    FetchResult outcome;
    QEventLoop loop;
    PageFetch *fetch = fetcher.fetch(url);
    QObject::connect(fetch, &PageFetch::finished, &loop, [&](const FetchResult &result) {
        outcome = result;
        loop.quit();
    });
    loop.exec();
    return outcome;
}

SnapshotLoadResult loadSnapshotInput(const QString &input, const FetchOptions &options, const LoadLimits &limits)
{
    if (!isWebAddress(input))
        return loadSnapshotFile(input, limits);
    const FetchResult page = fetchPageAndWait(QUrl::fromUserInput(input), options);
    if (!page.ok()) {
        SnapshotLoadResult failed;
        failed.error = page.errorMessage;
        return failed;
    }
    return parseFetchedPage(page.bytes, page.url, page.fetchedAt, limits);
}

} // namespace md
