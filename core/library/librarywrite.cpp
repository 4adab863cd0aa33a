// Writing snapshots: storing a page and its parsed data in one transaction, removing one, correcting its
// capture time, and reading a stored page again under newer reading rules.
#include "core/library/library.h"

#include "core/library/libraryprivate.h"
#include "core/library/searchindex.h"
#include "core/load/snapshotloader.h"
#include "core/wording.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace md {

using librarystore::text;

namespace {

// NULL for an invalid timestamp, else its ISO text (with its offset when it has one).
QVariant isoOrNull(const Timestamp &t)
{
    return t.isValid() ? QVariant(t.toIsoString()) : QVariant(QMetaType(QMetaType::QString));
}

QVariant msecsOrNull(const Timestamp &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

// A table block's header and rows as {"header": [...], "rows": [[...]]}; a list's numbering as {"ordered": true,
// "start": 3} (its items are its text, one a line); NULL for any other block.
QVariant tableCellsJson(const ArticleBlock &block)
{
    if (block.kind == ArticleBlock::Kind::List) {
        const QJsonObject numbering{{QStringLiteral("ordered"), block.ordered}, {QStringLiteral("start"), block.start}};
        return QString::fromUtf8(QJsonDocument(numbering).toJson(QJsonDocument::Compact));
    }
    if (block.kind != ArticleBlock::Kind::Table)
        return QVariant(QMetaType(QMetaType::QString));
    QJsonArray rows;
    for (const QStringList &row : block.rows)
        rows.append(QJsonArray::fromStringList(row));
    const QJsonObject cells{{QStringLiteral("header"), QJsonArray::fromStringList(block.header)},
                            {QStringLiteral("rows"), rows}};
    return QString::fromUtf8(QJsonDocument(cells).toJson(QJsonDocument::Compact));
}

bool isFinite(const std::optional<double> &v)
{
    return !v || std::isfinite(*v);
}

// True when a market time names the session its prices closed: any evidence but the file's name or time.
bool givesSession(const CaptureTime &capture)
{
    return capture.time.isValid() && !isFileEvidence(capture.source) && capture.source != CaptureTime::Source::Unknown;
}

// A snapshot row's counts, reading rules, kind, session and board size (quote_count, index_count, block_count,
// related_count, comment_count, warning_count, parsed_by, kind, session_date, board_rows, in this order, as
// both the insert and the update name them), bound from position `first` on.
void bindParsedCounts(QSqlQuery *q, int first, const Snapshot &snapshot)
{
    const bool board = isExchangeKind(snapshot.kind);
    q->bindValue(first++, board ? qint64(0) : qint64(snapshot.quotes.size()));
    q->bindValue(first++, qint64(snapshot.indices.size()));
    q->bindValue(first++, qint64(snapshot.article.blocks.size()));
    q->bindValue(first++, qint64(snapshot.article.related.size()));
    q->bindValue(first++, qint64(snapshot.comments.size()));
    q->bindValue(first++, qint64(snapshot.warnings.size()));
    q->bindValue(first++, kReadingRulesVersion);
    q->bindValue(first++, kindName(snapshot.kind));
    q->bindValue(first++, snapshot.sessionDate.isValid() ? QVariant(snapshot.sessionDate.toString(Qt::ISODate))
                                                         : QVariant(QMetaType(QMetaType::QString)));
    q->bindValue(first, board ? qint64(snapshot.quotes.size()) : qint64(0));
}

} // namespace

bool Library::Private::insertContent(SnapshotId id, const Snapshot &snapshot)
{
    const Article &a = snapshot.article;
    QSqlQuery *q = query(QStringLiteral(
        "INSERT INTO articles (snapshot_id, headline, dateline, published_at, author, updated_at) VALUES (?, ?, ?, ?, ?, ?)"));
    if (!q)
        return false;
    q->bindValue(0, id);
    q->bindValue(1, text(a.headline));
    q->bindValue(2, text(a.dateline));
    q->bindValue(3, isoOrNull(a.publishedAt));
    q->bindValue(4, text(a.author));
    q->bindValue(5, isoOrNull(a.updatedAt));
    if (!exec(q))
        return false;

    return insertRows(QStringLiteral("INSERT INTO article_blocks (snapshot_id, position, kind, text, cells) "
                                     "VALUES (?, ?, ?, ?, ?)"),
                      id, a.blocks.size(),
                      [&](qsizetype i) -> QVariantList {
                          const ArticleBlock &b = a.blocks[i];
                          return {blockKindName(b.kind), text(b.text), tableCellsJson(b)};
                      })
        && insertRows(QStringLiteral("INSERT INTO article_summary (snapshot_id, position, text) VALUES (?, ?, ?)"),
                      id, a.summary.size(), [&](qsizetype i) -> QVariantList { return {text(a.summary[i])}; })
        && insertRows(QStringLiteral("INSERT INTO article_related (snapshot_id, position, headline) VALUES (?, ?, ?)"),
                      id, a.related.size(), [&](qsizetype i) -> QVariantList { return {text(a.related[i])}; })
        // An exchange board's rows live in its raw page and in daily_bars, not in quotes.
        && insertRows(QStringLiteral("INSERT INTO quotes (snapshot_id, position, symbol, price, change, change_percent) "
                                     "VALUES (?, ?, ?, ?, ?, ?)"),
                      id, isExchangeKind(snapshot.kind) ? 0 : snapshot.quotes.size(),
                      [&](qsizetype i) -> QVariantList {
                          const Quote &quote = snapshot.quotes[i];
                          return {text(quote.symbol), quote.price, quote.change, quote.changePercent};
                      })
        && insertRows(QStringLiteral("INSERT INTO indices (snapshot_id, position, name, value, change, change_percent) "
                                     "VALUES (?, ?, ?, ?, ?, ?)"),
                      id, snapshot.indices.size(),
                      [&](qsizetype i) -> QVariantList {
                          const IndexValue &index = snapshot.indices[i];
                          return {text(index.name), index.value, index.change, index.changePercent};
                      })
        && insertRows(QStringLiteral("INSERT INTO comments (snapshot_id, position, author, posted_at, text, recommended) "
                                     "VALUES (?, ?, ?, ?, ?, ?)"),
                      id, snapshot.comments.size(),
                      [&](qsizetype i) -> QVariantList {
                          const Comment &c = snapshot.comments[i];
                          return {text(c.author), isoOrNull(c.postedAt), text(c.text), c.recommended};
                      })
        && insertRows(QStringLiteral("INSERT INTO warnings (snapshot_id, position, text) VALUES (?, ?, ?)"), id,
                      snapshot.warnings.size(), [&](qsizetype i) -> QVariantList { return {text(snapshot.warnings[i])}; });
}

bool Library::Private::insertRows(const QString &sql, SnapshotId id, qsizetype count,
                                  const std::function<QVariantList(qsizetype)> &fields)
{
    QSqlQuery *q = query(sql);
    if (!q)
        return false;
    for (qsizetype i = 0; i < count; ++i) {
        q->bindValue(0, id);
        q->bindValue(1, qint64(i));
        const QVariantList values = fields(i);
        for (int f = 0; f < values.size(); ++f)
            q->bindValue(2 + f, values[f]);
        if (!exec(q))
            return false;
    }
    return true;
}

bool Library::Private::deleteContent(SnapshotId id)
{
    static const char *const kTables[] = {"articles", "article_blocks", "article_summary", "article_related",
                                          "quotes",   "indices",        "comments",        "warnings"};
    for (const char *table : kTables) {
        QSqlQuery *q = query(QStringLiteral("DELETE FROM %1 WHERE snapshot_id = ?").arg(QLatin1String(table)));
        if (!q)
            return false;
        q->bindValue(0, id);
        if (!exec(q))
            return false;
    }
    return true;
}

AddSnapshotResult Library::Private::add(const QByteArray &rawPage, const QByteArray &hash, const Snapshot &snapshot,
                                        const CaptureTime &capture, const AddOptions &options)
{
    AddSnapshotResult result;
    const QString shown = snapshot.source.isEmpty() ? tr("The page") : snapshot.source;
    auto failure = [&](const QString &reason) {
        result.outcome = AddSnapshotResult::Outcome::Failed;
        result.error = tr("%1: could not be stored in the library (%2)").arg(shown, reason);
        return result;
    };
    if (!open)
        return failure(tr("the library is not open"));
    for (const Quote &q : snapshot.quotes) {
        if (!std::isfinite(q.price) || !std::isfinite(q.change) || !std::isfinite(q.changePercent) || !isFinite(q.open)
            || !isFinite(q.high) || !isFinite(q.low) || !isFinite(q.previousClose))
            return failure(tr("the quote for %1 is not a number").arg(q.symbol));
    }
    for (const IndexValue &v : snapshot.indices) {
        if (!std::isfinite(v.value) || !std::isfinite(v.change) || !std::isfinite(v.changePercent))
            return failure(tr("the value of %1 is not a number").arg(v.name));
    }

    if (const auto existing = findByContentHash(hash)) {
        result.outcome = AddSnapshotResult::Outcome::Duplicate;
        result.id = *existing;
        return result;
    }
    const QByteArray parsedHash = parsedDataHash(snapshot);
    if (options.skipWhenUnchanged) {
        QSqlQuery *q = query(QStringLiteral("SELECT id, parsed_hash FROM snapshots WHERE source = ? "
                                            "ORDER BY id DESC LIMIT 1"));
        if (!q || (q->bindValue(0, text(snapshot.source)), !exec(q)))
            return failure(lastError);
        if (next(q) && q->value(1).toByteArray() == parsedHash) {
            result.outcome = AddSnapshotResult::Outcome::Unchanged;
            result.id = q->value(0).toLongLong();
            q->finish();
            return result;
        }
        q->finish();
    }

    const QByteArray compressed = qCompress(rawPage);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const Timestamp detected = capture.time;

    if (!execDirect(QStringLiteral("BEGIN IMMEDIATE")))
        return failure(lastError);
    auto rollback = [&](const QString &reason) {
        execDirect(QStringLiteral("ROLLBACK"));
        // Another connection stored the same page between our look-up and our write.
        if (const auto existing = findByContentHash(hash)) {
            result.outcome = AddSnapshotResult::Outcome::Duplicate;
            result.id = *existing;
            result.error.clear();
            return result;
        }
        return failure(reason);
    };

    QSqlQuery *q = query(QStringLiteral(
        "INSERT INTO snapshots (content_hash, parsed_hash, source, format, encoding, page_time, detected_time, "
        "detected_ms, detected_source, captured_ms, imported_ms, raw_size, quote_count, index_count, block_count, "
        "related_count, comment_count, warning_count, parsed_by, kind, session_date, board_rows, file_time) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!q)
        return rollback(lastError);
    q->bindValue(0, hash);
    q->bindValue(1, parsedHash);
    q->bindValue(2, text(snapshot.source));
    q->bindValue(3, formatName(snapshot.format));
    q->bindValue(4, text(snapshot.encoding));
    q->bindValue(5, isoOrNull(snapshot.capturedAt));
    q->bindValue(6, isoOrNull(detected));
    q->bindValue(7, msecsOrNull(detected));
    q->bindValue(8, captureSourceKey(detected.isValid() ? capture.source : CaptureTime::Source::Unknown));
    q->bindValue(9, detected.isValid() ? detected.toMSecsSinceEpoch() : now);
    q->bindValue(10, now);
    q->bindValue(11, qint64(rawPage.size()));
    bindParsedCounts(q, 12, snapshot);
    q->bindValue(22, options.fileModified.isValid() ? QVariant(options.fileModified.toUTC().toString(Qt::ISODateWithMs))
                                                    : QVariant(QMetaType(QMetaType::QString)));
    if (!exec(q))
        return rollback(lastError);
    const SnapshotId id = q->lastInsertId().toLongLong();

    q = query(QStringLiteral("INSERT INTO raw_pages (snapshot_id, compression, bytes) VALUES (?, 'zlib', ?)"));
    if (!q)
        return rollback(lastError);
    q->bindValue(0, id);
    q->bindValue(1, compressed);
    if (!exec(q) || !insertContent(id, snapshot)
        || !insertBars(id, snapshot, detected.isValid() ? detected.toMSecsSinceEpoch() : now, givesSession(capture)))
        return rollback(lastError);
    if (!searchindex::add(db, fullText, id, snapshot, &lastError)) {
        companiesWritten.clear();
        return rollback(lastError);
    }
    if (!execDirect(QStringLiteral("COMMIT"))) {
        companiesWritten.clear();
        return rollback(lastError);
    }

    result.outcome = AddSnapshotResult::Outcome::Added;
    result.id = id;
    return result;
}

AddSnapshotResult Library::addSnapshot(const QByteArray &rawPage, const Snapshot &snapshot, const CaptureTime &capture,
                                       const AddOptions &options)
{
    d->lastError.clear();
    return d->add(rawPage, contentHash(rawPage), snapshot, capture, options);
}

AddSnapshotResult Library::importFile(const QString &filePath, const LoadLimits &limits)
{
    d->lastError.clear();
    AddSnapshotResult result;
    const QFileInfo info(filePath);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    auto failure = [&](const QString &reason) {
        result.error = QStringLiteral("%1: %2").arg(shown, reason);
        return result;
    };
    if (!info.exists())
        return failure(tr("no such file"));
    if (info.isDir())
        return failure(tr("this is a folder, not a snapshot file"));
    if (info.size() > limits.maxFileBytes) {
        return failure(tr("the file is %1 MB, over the %2 MB limit for a page snapshot")
                           .arg(info.size() / (1024 * 1024))
                           .arg(limits.maxFileBytes / (1024 * 1024)));
    }
    QFile file(info.absoluteFilePath());
    if (!file.open(QIODevice::ReadOnly))
        return failure(tr("cannot be read (%1)").arg(file.errorString()));
    const QByteArray bytes = file.read(limits.maxFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return failure(tr("cannot be read (%1)").arg(file.errorString()));
    if (bytes.size() > limits.maxFileBytes)
        return failure(tr("the file grew past the %1 MB limit while it was read").arg(limits.maxFileBytes / (1024 * 1024)));
    const QDateTime modified = info.lastModified();
    file.close();

    const QByteArray hash = contentHash(bytes);
    if (!d->open)
        return failure(tr("the library is not open"));
    if (const auto existing = d->findByContentHash(hash)) {
        result.outcome = AddSnapshotResult::Outcome::Duplicate;
        result.id = *existing;
        return result;
    }
    SnapshotLoadResult loaded = parseSnapshotBytes(bytes, shown, limits, d->evidenceFor(modified, 0));
    if (!loaded.ok()) {
        result.error = loaded.error;
        return result;
    }
    const Snapshot &snapshot = *loaded.snapshot;
    // A file read as a news page that gave nothing (a closing-rate file whose lines are cut short, a CSV,
    // a page of another kind) is refused rather than stored as an empty snapshot no list can show. An exchange
    // page without rows is kept: it says the market did not trade that day.
    if (snapshot.kind == SnapshotKind::NewsPage && snapshot.quotes.isEmpty() && snapshot.indices.isEmpty()
        && snapshot.article.isEmpty() && snapshot.comments.isEmpty()) {
        return failure(tr("it holds nothing MarketDesk reads: no quotes, no index values, no article and no "
                          "comments (a closing-rate file needs 10 |-separated fields a line; a news page needs "
                          "its ticker or its story)"));
    }
    AddOptions options;
    options.fileModified = modified;
    result = d->add(bytes, hash, snapshot, marketTimeOf(snapshot), options);
    if (result.outcome == AddSnapshotResult::Outcome::Added) {
        result.skippedRows = snapshot.skippedRows;
        result.firstSkippedRow = snapshot.firstSkippedRow;
    }
    return result;
}

AddSnapshotResult Library::addFetchedPage(const QByteArray &rawPage, const QString &url, const QDateTime &fetchedAt,
                                          const LoadLimits &limits)
{
    d->lastError.clear();
    const QByteArray hash = contentHash(rawPage);
    if (d->open) {
        if (const auto existing = d->findByContentHash(hash)) {
            AddSnapshotResult result;
            result.outcome = AddSnapshotResult::Outcome::Duplicate;
            result.id = *existing;
            return result;
        }
    }
    MarketEvidence evidence = d->evidenceFor({}, 0);
    evidence.fetchedAt = fetchedAt;
    SnapshotLoadResult loaded = parseSnapshotBytes(rawPage, url, limits, evidence);
    if (!loaded.ok()) {
        AddSnapshotResult result;
        result.error = loaded.error;
        return result;
    }
    const CaptureTime capture = marketTimeOf(*loaded.snapshot);
    AddOptions options;
    options.skipWhenUnchanged = true;
    return d->add(rawPage, hash, *loaded.snapshot, capture, options);
}

LibraryResult Library::removeSnapshot(SnapshotId id)
{
    d->lastError.clear();
    LibraryResult result;
    // The search index forgets the article by its text, so it goes first, in the same transaction.
    if (!d->execDirect(QStringLiteral("BEGIN IMMEDIATE"))) {
        result.error = tr("The snapshot could not be removed (%1).").arg(d->lastError);
        return result;
    }
    QSqlQuery *q = d->query(QStringLiteral("DELETE FROM snapshots WHERE id = ?"));
    if (q)
        q->bindValue(0, id);
    if (!searchindex::remove(d->db, d->fullText, id, &d->lastError) || !d->exec(q)
        || !d->execDirect(QStringLiteral("COMMIT"))) {
        result.error = tr("The snapshot could not be removed (%1).").arg(d->lastError);
        d->execDirect(QStringLiteral("ROLLBACK"));
        return result;
    }
    if (q->numRowsAffected() == 0)
        result.error = tr("The snapshot is no longer in the library.");
    // Its bars went with it: a news ticker's close of the same session takes the place of a removed one.
    else if (!d->refillNewsBars())
        result.error = tr("The snapshot was removed, but its sessions could not be filled again (%1).").arg(d->lastError);
    return result;
}

LibraryResult Library::correctCaptureTime(SnapshotId id, const Timestamp &capturedAt)
{
    d->lastError.clear();
    LibraryResult result;
    QSqlQuery *q = nullptr;
    if (capturedAt.isValid()) {
        q = d->query(QStringLiteral("UPDATE snapshots SET corrected_time = ?, corrected_ms = ?, captured_ms = ? "
                                    "WHERE id = ?"));
        if (q) {
            q->bindValue(0, capturedAt.toIsoString());
            q->bindValue(1, capturedAt.toMSecsSinceEpoch());
            q->bindValue(2, capturedAt.toMSecsSinceEpoch());
            q->bindValue(3, id);
        }
    } else {
        q = d->query(QStringLiteral("UPDATE snapshots SET corrected_time = NULL, corrected_ms = NULL, "
                                    "captured_ms = coalesce(detected_ms, imported_ms) WHERE id = ?"));
        if (q)
            q->bindValue(0, id);
    }
    if (!d->exec(q)) {
        result.error = tr("The capture time could not be changed (%1).").arg(d->lastError);
        return result;
    }
    if (q->numRowsAffected() == 0) {
        result.error = tr("The snapshot is no longer in the library.");
        return result;
    }
    // A snapshot that names no session of its own has its bars on its capture day: they move with it.
    const std::optional<LibraryEntry> moved = entry(id);
    const std::optional<Snapshot> snapshot = moved ? loadSnapshot(id) : std::nullopt;
    if (moved && snapshot && !snapshot->sessionDate.isValid()) {
        // A correction is the user's word for the day; otherwise the market time's own evidence decides.
        const bool known = capturedAt.isValid() || givesSession({moved->detectedCaptureTime, moved->captureSource});
        if (!d->deleteBars(id) || !d->insertBars(id, *snapshot, moved->capturedAtMsecs, known) || !d->refillNewsBars())
            result.error = tr("The capture time was changed, but the daily history could not follow (%1).").arg(d->lastError);
    }
    return result;
}

LibraryResult Library::reparseSnapshot(SnapshotId id, const LoadLimits &limits)
{
    d->lastError.clear();
    LibraryResult result;
    const std::optional<LibraryEntry> old = entry(id);
    if (!old) {
        result.error = tr("The snapshot is no longer in the library.");
        return result;
    }
    const QByteArray raw = rawPage(id);
    // The file's time as it was at import (kept since schema 5), and the library's bars but this page's own.
    QDateTime fileModified;
    if (QSqlQuery *f = d->query(QStringLiteral("SELECT file_time FROM snapshots WHERE id = ?"))) {
        f->bindValue(0, id);
        if (d->exec(f) && d->next(f))
            fileModified = QDateTime::fromString(f->value(0).toString(), Qt::ISODateWithMs);
        f->finish();
    }
    MarketEvidence evidence = d->evidenceFor(fileModified, id);
    // A page fetched from the web keeps its fetch time: it is not in the page's bytes.
    if (old->captureSource == CaptureTime::Source::Archive && old->format != SnapshotFormat::Mhtml)
        evidence.fetchedAt = old->detectedCaptureTime.toUtc();
    SnapshotLoadResult loaded = parseSnapshotBytes(raw, old->source, limits, evidence);
    if (!loaded.ok()) {
        result.error = loaded.error;
        return result;
    }
    const Snapshot &snapshot = *loaded.snapshot;
    const CaptureTime capture = marketTimeOf(snapshot);

    if (!d->execDirect(QStringLiteral("BEGIN IMMEDIATE"))) {
        result.error = d->lastError;
        return result;
    }
    QSqlQuery *q = d->query(QStringLiteral(
        "UPDATE snapshots SET parsed_hash = ?, format = ?, encoding = ?, page_time = ?, detected_time = ?, "
        "detected_ms = ?, detected_source = ?, captured_ms = coalesce(corrected_ms, ?, imported_ms), quote_count = ?, "
        "index_count = ?, block_count = ?, related_count = ?, comment_count = ?, warning_count = ?, parsed_by = ?, "
        "kind = ?, session_date = ?, board_rows = ? WHERE id = ?"));
    if (q) {
        q->bindValue(0, parsedDataHash(snapshot));
        q->bindValue(1, formatName(snapshot.format));
        q->bindValue(2, text(snapshot.encoding));
        q->bindValue(3, isoOrNull(snapshot.capturedAt));
        q->bindValue(4, isoOrNull(capture.time));
        q->bindValue(5, msecsOrNull(capture.time));
        q->bindValue(6, captureSourceKey(capture.time.isValid() ? capture.source : CaptureTime::Source::Unknown));
        q->bindValue(7, msecsOrNull(capture.time));
        bindParsedCounts(q, 8, snapshot);
        q->bindValue(18, id);
    }
    // The capture time the library orders by (a correction wins) places a news page's prices on their day.
    const qint64 captureMsecs = old->corrected ? old->capturedAtMsecs
                                               : capture.time.isValid() ? capture.time.toMSecsSinceEpoch()
                                                                        : old->capturedAtMsecs;
    const bool captureKnown = old->corrected || givesSession(capture);
    if (!d->exec(q) || !searchindex::remove(d->db, d->fullText, id, &d->lastError) || !d->deleteContent(id)
        || !d->insertContent(id, snapshot) || !d->deleteBars(id) || !d->insertBars(id, snapshot, captureMsecs, captureKnown)
        || !searchindex::add(d->db, d->fullText, id, snapshot, &d->lastError) || !d->execDirect(QStringLiteral("COMMIT"))) {
        d->companiesWritten.clear();
        result.error = tr("%1: could not be parsed again (%2)").arg(old->source, d->lastError);
        d->execDirect(QStringLiteral("ROLLBACK"));
    }
    return result;
}

QVector<SnapshotId> Library::snapshotsReadByOlderRules() const
{
    d->lastError.clear();
    QVector<SnapshotId> ids;
    QSqlQuery *q = d->query(QStringLiteral("SELECT id FROM snapshots WHERE parsed_by < ? ORDER BY id"));
    if (!q)
        return ids;
    q->bindValue(0, kReadingRulesVersion);
    if (!d->exec(q))
        return ids;
    while (d->next(q))
        ids.append(q->value(0).toLongLong());
    q->finish();
    return ids;
}

QStringList Library::rereadOlderSnapshots(const std::function<bool(int done, int total)> &progress,
                                          const LoadLimits &limits)
{
    QStringList failures;
    const QVector<SnapshotId> ids = snapshotsReadByOlderRules();
    if (ids.isEmpty())
        return failures;
    for (int i = 0; i < ids.size(); ++i) {
        if (progress && !progress(i, int(ids.size())))
            return failures;
        const LibraryResult result = reparseSnapshot(ids[i], limits);
        if (!result.ok()) {
            failures.append(result.error);
            // Keep the old reading, marked current, so a page the new rules cannot read is not tried at
            // every start.
            QSqlQuery *q = d->query(QStringLiteral("UPDATE snapshots SET parsed_by = ? WHERE id = ?"));
            if (q) {
                q->bindValue(0, kReadingRulesVersion);
                q->bindValue(1, ids[i]);
                d->exec(q);
            }
        }
    }
    if (progress)
        progress(int(ids.size()), int(ids.size()));
    return failures;
}

} // namespace md
