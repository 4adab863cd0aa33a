// The fetcher: one network access manager, the system proxy, and a PageFetch per download.
#include "core/network/pagefetcher.h"

#include "core/network/pagefetch.h"

#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>

namespace md {

PageFetcher::PageFetcher(QObject *parent)
    : QObject(parent)
{
    // Proxies as the desktop or the http_proxy / https_proxy / no_proxy variables say.
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    m_manager = new QNetworkAccessManager(this);
    m_manager->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

PageFetcher::~PageFetcher() = default;

PageFetch *PageFetcher::fetch(const QUrl &url)
{
    auto *fetch = new PageFetch(m_manager, url, m_options, this);
    connect(fetch, &PageFetch::finished, this, &PageFetcher::fetchFinished);
    fetch->start();
    return fetch;
}

} // namespace md
