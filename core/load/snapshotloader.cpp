// The loader: file → bytes → decoded document → the parser for its format → Snapshot.
#include "core/load/snapshotloader.h"

#include "core/load/documentdecoder.h"
#include "core/parse/htmlsnapshotparser.h"
#include "core/parse/psxclosingrates.h"
#include "core/parse/psxeodseries.h"
#include "core/parse/psxpageparser.h"
#include "core/parse/textsnapshotparser.h"
#include "core/wording.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace md {
namespace {

SnapshotLoadResult failure(const QString &source, const QString &reason)
{
    SnapshotLoadResult result;
    result.error = QStringLiteral("%1: %2").arg(source, reason);
    return result;
}

} // namespace

SnapshotLoadResult parseSnapshotBytes(const QByteArray &bytes, const QString &source, const LoadLimits &pageLimits,
                                      const MarketEvidence &evidence)
{
    LoadLimits limits = pageLimits;
    limits.deadline = QDeadlineTimer(limits.parseTimeBudgetMs);
    DecodedDocument doc = decodeDocument(bytes, limits);
    if (!doc.ok())
        return failure(source, doc.error);

    Snapshot snapshot;
    snapshot.source = source;
    snapshot.format = doc.format;
    snapshot.encoding = doc.encoding;
    snapshot.capturedAt = doc.capturedAt;
    snapshot.warnings = doc.warnings;

    // The exchange's own publications are told from news pages by their content (core/parse/psx*.h).
    const QString location = doc.contentLocation.isEmpty() ? source : doc.contentLocation;
    if (doc.format == SnapshotFormat::Text && looksLikeClosingRates(doc.text)) {
        const QString error = parseClosingRates(doc.text, snapshot, limits);
        if (!error.isEmpty())
            return failure(source, error);
    } else if (doc.format == SnapshotFormat::Text && looksLikeJson(doc.text)) {
        const EodSeriesResult eod = parseEodSeries(doc.text, location, snapshot, limits);
        if (!eod.error.isEmpty())
            return failure(source, eod.error);
    } else if (doc.format == SnapshotFormat::Text) {
        const QString error = parseTextSnapshot(doc.text, snapshot, limits);
        if (!error.isEmpty())
            return failure(source, error);
    } else {
        const Timestamp archiveDate = snapshot.capturedAt;
        PsxPageResult board;
        if (mayBePsxPage(doc.text)) {
            board = parsePsxPage(doc.text, location, snapshot, limits);
            if (!board.error.isEmpty())
                return failure(source, board.error);
        }
        const QString error = board.recognised ? QString() : parseHtmlSnapshot(doc.text, snapshot, limits);
        if (!error.isEmpty())
            return failure(source, error);
        if (limits.deadline.hasExpired())
            return failure(source, parseBudgetExceededMessage(limits));
        // The archive's own Date: header is the most trustworthy capture time.
        if (archiveDate.isValid())
            snapshot.capturedAt = archiveDate;
    }

    if (snapshot.kind == SnapshotKind::NewsPage && snapshot.quotes.isEmpty() && snapshot.indices.isEmpty()
        && snapshot.article.isEmpty() && snapshot.comments.isEmpty()) {
        snapshot.warnings.append(tr("No ticker rows, article or comments were found in this page."));
    }
    // Where the page names no canonical address: the one its archive was saved from, or it was fetched from.
    if (snapshot.pageAddress.isEmpty())
        snapshot.pageAddress = !doc.contentLocation.isEmpty() ? doc.contentLocation
                             : source.startsWith(QLatin1String("http://")) || source.startsWith(QLatin1String("https://"))
                                 ? source : QString();
    dateMarketData(snapshot, evidence);
    return SnapshotLoadResult{std::move(snapshot), QString()};
}

SnapshotLoadResult loadSnapshotFile(const QString &path, const LoadLimits &limits)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return failure(shown, tr("no such file"));
    if (info.isDir())
        return failure(shown, tr("this is a folder, not a snapshot file"));
    // Refuse before reading: the size cap protects memory from a huge (or sparse) file.
    if (info.size() > limits.maxFileBytes) {
        return failure(shown, tr("the file is %1 MB, over the %2 MB limit for a page snapshot")
                                  .arg(info.size() / (1024 * 1024))
                                  .arg(limits.maxFileBytes / (1024 * 1024)));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(shown, tr("cannot be read (%1)").arg(file.errorString()));
    // read at most one byte past the cap, in case the file grew since it was measured
    const QByteArray bytes = file.read(limits.maxFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return failure(shown, tr("cannot be read (%1)").arg(file.errorString()));
    MarketEvidence evidence;
    evidence.fileModified = info.lastModified();
    return parseSnapshotBytes(bytes, shown, limits, evidence);
}

} // namespace md
