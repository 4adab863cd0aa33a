// One input of the command line or the Open dialogs: a snapshot file, or a web page fetched and parsed like one.
#pragma once

#include "core/limits.h"
#include "core/load/snapshotloader.h"
#include "core/network/fetchoptions.h"
#include "core/network/fetchresult.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>

namespace md {

// True when input is an http:// or https:// address rather than a file path.
bool isWebAddress(const QString &input);

// The address a user typed, as a URL to fetch: "www.brecorder.com/markets" becomes https://... (https
// when no scheme is given). An empty QUrl when the text is not an http(s) address with a host.
QUrl webAddressFromUserInput(const QString &text);

// Parses a downloaded page exactly like a snapshot file with the same bytes; the snapshot's source is the
// address and its capture time the moment it was fetched (the page as it was then). Use it on a page just
// fetched and on a raw page kept in the library.
SnapshotLoadResult parseFetchedPage(const QByteArray &bytes, const QUrl &url, const QDateTime &fetchedAt,
                                    const LoadLimits &limits = {});

// Downloads url and waits for the outcome in a local event loop (a QCoreApplication must exist). For the
// command line; the window uses PageFetcher and AutoRefresh, which never block.
FetchResult fetchPageAndWait(const QUrl &url, const FetchOptions &options = {});

// A file is loaded with loadSnapshotFile(); a web address is fetched (waiting, as above) and parsed with
// parseFetchedPage(). Errors name the file or the address.
SnapshotLoadResult loadSnapshotInput(const QString &input, const FetchOptions &options = {},
                                     const LoadLimits &limits = {});

} // namespace md
