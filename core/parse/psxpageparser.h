// Saved pages of the PSX Data Portal (dps.psx.com.pk): the market-watch board and the historical session,
// and an end-of-day series or a closing-rate file as a browser shows (and saves) them, inside a <pre>.
#pragma once

#include "core/limits.h"
#include "core/snapshot.h"

#include <QString>
#include <QStringView>

namespace md {

// A cheap look at the markup: may this be a PSX Data Portal page? (a th[data-name=symbol] column, the
// historicalTable, or a <pre> holding JSON or closing rates). A yes is confirmed by parsePsxPage.
bool mayBePsxPage(QStringView html);

struct PsxPageResult
{
    bool recognised = false;  // the page is one of the exchange's; snapshot was filled
    QString error;            // recognised but unusable (a missing column, …): no file name
};

// Reads the page when it is a PSX board: fills kind, sessionDate (the historical page's day), capturedAt (the
// time a market-watch page prints for its board), quotes and
// warnings of snapshot. When the page is not one of these, returns recognised = false and leaves snapshot
// untouched (the caller reads it as a news page). location is the URL the page came from, when known (an
// end-of-day series names its symbol there).
PsxPageResult parsePsxPage(const QString &html, const QString &location, Snapshot &snapshot,
                           const LoadLimits &limits = {});

} // namespace md
