// Starts page downloads over one QNetworkAccessManager with MarketDesk's identity and limits.
#pragma once

#include "core/network/fetchoptions.h"
#include "core/network/fetchresult.h"

#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace md {

class PageFetch;

// Downloads pages for the snapshot loader. Every request carries the MarketDesk User-Agent, asks for
// compressed transfer, follows at most FetchOptions::maxRedirects redirects and never one from https to
// http, never ignores a certificate problem, and goes through the system's proxy settings. See
// docs/network.md for the whole list.
class PageFetcher : public QObject
{
    Q_OBJECT

public:
    explicit PageFetcher(QObject *parent = nullptr);
    ~PageFetcher() override;

    FetchOptions options() const { return m_options; }
    // Applies to downloads started afterwards.
    void setOptions(const FetchOptions &options) { m_options = options; }

    // Starts downloading url (http or https). The fetch reports through PageFetch::finished() and through
    // fetchFinished() here, both after this call has returned, then deletes itself.
    PageFetch *fetch(const QUrl &url);

    QNetworkAccessManager *networkAccessManager() const { return m_manager; }

signals:
    // Every fetch's outcome, right after its own PageFetch::finished().
    void fetchFinished(const md::FetchResult &result);

private:
    QNetworkAccessManager *m_manager;
    FetchOptions m_options;
};

} // namespace md
