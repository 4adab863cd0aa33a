// The limits a page download works within: timeouts, size cap, redirects (all settable, with safe defaults).
#pragma once

#include "core/limits.h"

#include <QtGlobal>

class QSettings;

namespace md {

struct FetchOptions
{
    // No byte received for this long (connecting, waiting for the answer or mid-body): give up.
    int transferTimeoutMs = 30 * 1000;
    // The whole download, redirects included, must finish within this time, however steadily data trickles.
    int totalDeadlineMs = 120 * 1000;
    // Largest page accepted, after decompression; the same cap as a snapshot file.
    qint64 maxBytes = LoadLimits{}.maxFileBytes;
    // Redirects followed before giving up (a loop ends here too).
    int maxRedirects = 5;

    // Reads the "network/..." keys (settings::network…, see docs/network.md), keeping these defaults for
    // missing or bad values: from the settings store (SettingsStore), or from the QSettings given.
    static FetchOptions fromSettings();
    static FetchOptions fromSettings(const QSettings &settings);
};

} // namespace md
