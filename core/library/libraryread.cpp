// Reading snapshots: the list, one entry, a snapshot as it was parsed (its article, quotes, comments), its raw
// page, and which stored articles are copies of one story.
#include "core/library/library.h"

#include "core/library/libraryprivate.h"
#include "core/library/storyidentity.h"
#include "core/load/snapshotloader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace md {

using librarystore::timestampFrom;

namespace {

SnapshotFormat formatFromName(const QString &name)
{
    if (name == QLatin1String("html"))
        return SnapshotFormat::Html;
    if (name == QLatin1String("mhtml"))
        return SnapshotFormat::Mhtml;
    return SnapshotFormat::Text;
}

QStringList stringsOf(const QJsonValue &array)
{
    QStringList out;
    for (const QJsonValue &v : array.toArray())
        out.append(v.toString());
    return out;
}

ArticleBlock blockFromRow(const QString &kind, const QVariant &text, const QVariant &cells)
{
    ArticleBlock block;
    block.text = text.toString();
    if (kind == QLatin1String("table")) {
        block.kind = ArticleBlock::Kind::Table;
        const QJsonObject o = QJsonDocument::fromJson(cells.toString().toUtf8()).object();
        block.header = stringsOf(o.value(QLatin1String("header")));
        for (const QJsonValue &row : o.value(QLatin1String("rows")).toArray())
            block.rows.append(stringsOf(row));
    } else if (kind == QLatin1String("subheading")) {
        block.kind = ArticleBlock::Kind::Subheading;
    } else if (kind == QLatin1String("list")) {
        const QJsonObject o = QJsonDocument::fromJson(cells.toString().toUtf8()).object();
        block = listBlock(block.items(), o.value(QLatin1String("ordered")).toBool(), o.value(QLatin1String("start")).toInt(1));
    }
    return block;
}

// What readEntry reads: a snapshot's row and its article's headline and date.
const QString kEntryColumns = QStringLiteral(
    "s.id, s.captured_ms, s.detected_time, s.detected_source, s.corrected_time, s.source, s.format, "
    "coalesce(a.headline, ''), s.quote_count, s.index_count, s.comment_count, s.imported_ms, s.raw_size, "
    "s.kind, s.session_date, s.board_rows, a.published_at "
    "FROM snapshots s LEFT JOIN articles a ON a.snapshot_id = s.id");

} // namespace

LibraryEntry Library::Private::readEntry(const QSqlQuery &q) const
{
    // Columns as selected by kEntryColumns.
    LibraryEntry e;
    e.id = q.value(0).toLongLong();
    e.capturedAtMsecs = q.value(1).toLongLong();
    e.detectedCaptureTime = timestampFrom(q.value(2));
    e.captureSource = captureSourceFromKey(q.value(3).toString());
    const Timestamp corrected = timestampFrom(q.value(4));
    e.corrected = corrected.isValid();
    e.capturedAt = e.corrected ? corrected : e.detectedCaptureTime;
    if (!e.capturedAt.isValid())  // no time known: the import time, in Pakistan time
        e.capturedAt = Timestamp::fromUtc(QDateTime::fromMSecsSinceEpoch(e.capturedAtMsecs, Qt::UTC),
                                          Timestamp::kPakistanOffsetSeconds);
    e.source = q.value(5).toString();
    e.format = formatFromName(q.value(6).toString());
    e.headline = q.value(7).toString();
    e.quoteCount = q.value(8).toInt();
    e.indexCount = q.value(9).toInt();
    e.commentCount = q.value(10).toInt();
    e.importedAtMsecs = q.value(11).toLongLong();
    e.rawSize = q.value(12).toLongLong();
    e.kind = kindFromName(q.value(13).toString()).value_or(SnapshotKind::NewsPage);
    e.sessionDate = QDate::fromString(q.value(14).toString(), Qt::ISODate);
    e.quoteCount += q.value(15).toInt();
    e.publishedAt = timestampFrom(q.value(16));
    return e;
}

int Library::snapshotCount() const
{
    d->lastError.clear();
    QSqlQuery *q = d->query(QStringLiteral("SELECT count(*) FROM snapshots"));
    if (!d->exec(q) || !d->next(q))
        return 0;
    const int n = q->value(0).toInt();
    q->finish();
    return n;
}

QVector<LibraryEntry> Library::listSnapshots(const SnapshotFilter &filter) const
{
    d->lastError.clear();
    QVector<LibraryEntry> entries;
    QString sql = QStringLiteral("SELECT ") + kEntryColumns + QStringLiteral(" WHERE s.captured_ms BETWEEN ? AND ?");
    const QString search = filter.search.simplified();
    QStringList words;
    if (!search.isEmpty()) {
        words = search.split(QLatin1Char(' '));
        QStringList likes;
        for (qsizetype i = 0; i < words.size(); ++i)
            likes.append(QStringLiteral("a.headline LIKE ? ESCAPE '\\'"));
        sql += QStringLiteral(" AND ((") + likes.join(QStringLiteral(" AND ")) + QStringLiteral(")"
               " OR EXISTS (SELECT 1 FROM quotes q WHERE q.symbol = ? AND q.snapshot_id = s.id)"
               " OR EXISTS (SELECT 1 FROM indices i WHERE i.name = ? AND i.snapshot_id = s.id))");
    }
    sql += filter.newestFirst ? QStringLiteral(" ORDER BY s.captured_ms DESC, s.id DESC")
                              : QStringLiteral(" ORDER BY s.captured_ms, s.id");
    QSqlQuery *q = d->query(sql);
    if (!q)
        return entries;
    int at = 0;
    q->bindValue(at++, filter.fromMsecs);
    q->bindValue(at++, filter.toMsecs);
    if (!search.isEmpty()) {
        for (const QString &word : std::as_const(words))
            q->bindValue(at++, librarystore::containsPattern(word));
        q->bindValue(at++, search);
        q->bindValue(at++, search);
    }
    if (!d->exec(q))
        return entries;
    while (d->next(q))
        entries.append(d->readEntry(*q));
    q->finish();
    // Prepared statements for one-off searches are not worth keeping.
    if (!search.isEmpty())
        d->prepared.remove(sql);
    if (!entries.isEmpty()) {
        const QHash<SnapshotId, SnapshotId> storyOf = stories();
        for (LibraryEntry &e : entries)
            e.storyId = storyOf.value(e.id, 0);
    }
    return entries;
}

QHash<SnapshotId, SnapshotId> Library::stories() const
{
    // The articles with a headline, each with the hash of its parsed data (the body key is read again only
    // when a page was read again).
    QVector<StoryFacts> facts;
    QSqlQuery *q = d->query(QStringLiteral("SELECT s.id, s.parsed_hash, a.headline FROM snapshots s "
                                            "JOIN articles a ON a.snapshot_id = s.id "
                                            "WHERE s.kind = 'news' AND a.headline != ''"));
    if (!q || !d->exec(q))
        return {};
    QVector<std::pair<SnapshotId, QByteArray>> parsed;
    while (d->next(q)) {
        StoryFacts f;
        f.id = q->value(0).toLongLong();
        f.headlineKey = storyHeadlineKey(q->value(2).toString());
        facts.append(f);
        parsed.append({f.id, q->value(1).toByteArray()});
    }
    q->finish();
    QVector<qsizetype> missing;  // positions in facts whose body key is not known for their parsed data
    for (qsizetype i = 0; i < facts.size(); ++i) {
        const auto cached = d->bodyKeys.constFind(facts[i].id);
        if (cached != d->bodyKeys.cend() && cached->first == parsed[i].second)
            facts[i].bodyKey = cached->second;
        else
            missing.append(i);
    }
    // A few (pages stored since the last list): one query each. Many (the first list): one pass over every
    // body, which costs less than thousands of queries.
    QHash<SnapshotId, QStringList> texts;
    if (missing.size() > 64) {
        QSqlQuery *all = d->query(QStringLiteral("SELECT snapshot_id, text FROM article_blocks WHERE kind != 'table' "
                                                  "ORDER BY snapshot_id, position"));
        if (all && d->exec(all)) {
            while (d->next(all))
                texts[all->value(0).toLongLong()].append(all->value(1).toString());
        }
        if (all)
            all->finish();
    } else if (QSqlQuery *body = d->query(QStringLiteral("SELECT text FROM article_blocks WHERE snapshot_id = ? "
                                                          "AND kind != 'table' ORDER BY position"))) {
        for (qsizetype i : std::as_const(missing)) {
            body->bindValue(0, facts[i].id);
            if (d->exec(body)) {
                QStringList &t = texts[facts[i].id];
                while (d->next(body))
                    t.append(body->value(0).toString());
            }
            body->finish();
        }
    }
    for (qsizetype i : std::as_const(missing)) {
        facts[i].bodyKey = storyBodyKey(texts.value(facts[i].id));
        d->bodyKeys.insert(facts[i].id, {parsed[i].second, facts[i].bodyKey});
    }
    // A page's address is read from its raw page, only for articles that share a headline or a body.
    const auto addressOf = [this](SnapshotId id) {
        const auto cached = d->addressKeys.constFind(id);
        if (cached != d->addressKeys.cend())
            return *cached;
        const std::optional<LibraryEntry> e = entry(id);
        QString key;
        // A text copy names no address (unless it was fetched from one): nothing to read.
        const bool fetched = e && (e->source.startsWith(QLatin1String("http://")) || e->source.startsWith(QLatin1String("https://")));
        if (e && (e->format != SnapshotFormat::Text || fetched)) {
            const SnapshotLoadResult loaded = parseSnapshotBytes(rawPage(id), e->source);
            if (loaded.ok())
                key = storyAddressKey(loaded.snapshot->pageAddress);
        }
        d->addressKeys.insert(id, key);
        return key;
    };
    return groupStories(facts, addressOf);
}

std::optional<LibraryEntry> Library::entry(SnapshotId id) const
{
    d->lastError.clear();
    QSqlQuery *q = d->query(QStringLiteral("SELECT ") + kEntryColumns + QStringLiteral(" WHERE s.id = ?"));
    if (!q)
        return std::nullopt;
    q->bindValue(0, id);
    if (!d->exec(q) || !d->next(q))
        return std::nullopt;
    LibraryEntry e = d->readEntry(*q);
    q->finish();
    return e;
}

std::optional<Snapshot> Library::loadSnapshot(SnapshotId id) const
{
    d->lastError.clear();
    Snapshot s;
    QSqlQuery *q = d->query(QStringLiteral("SELECT source, format, encoding, page_time, kind, corrected_time, detected_time, "
                                            "detected_source FROM snapshots WHERE id = ?"));
    if (!q)
        return std::nullopt;
    q->bindValue(0, id);
    if (!d->exec(q) || !d->next(q))
        return std::nullopt;
    s.source = q->value(0).toString();
    s.format = formatFromName(q->value(1).toString());
    s.encoding = q->value(2).toString();
    s.capturedAt = timestampFrom(q->value(3));
    const SnapshotKind kind = kindFromName(q->value(4).toString()).value_or(SnapshotKind::NewsPage);
    // The market time the library files the snapshot under: the user's correction, else what the evidence gave.
    const Timestamp corrected = timestampFrom(q->value(5));
    const Timestamp detected = timestampFrom(q->value(6));
    const CaptureTime::Source detectedSource = captureSourceFromKey(q->value(7).toString());
    q->finish();
    auto setMarketTime = [&](Snapshot &snapshot) {
        snapshot.marketAsOf = corrected.isValid() ? corrected : detected;
        snapshot.marketAsOfSource = !snapshot.marketAsOf.isValid() ? MarketTimeSource::Unknown
                                  : corrected.isValid()            ? MarketTimeSource::Corrected
                                                                   : detectedSource;
    };
    if (isExchangeKind(kind)) {
        // An exchange board is kept as its raw page (and its bars): it is read again, which takes about a
        // millisecond for 500 rows.
        SnapshotLoadResult loaded = parseSnapshotBytes(rawPage(id), s.source);
        if (!loaded.ok()) {
            d->lastError = loaded.error;
            return std::nullopt;
        }
        loaded.snapshot->source = s.source;
        loaded.snapshot->capturedAt = s.capturedAt;
        setMarketTime(*loaded.snapshot);
        return loaded.snapshot;
    }

    // Each child table in position order; a failed read fails the whole load rather than return part.
    auto rows = [&](const QString &sql, const auto &read) {
        QSqlQuery *rq = d->query(sql);
        if (!rq)
            return false;
        rq->bindValue(0, id);
        if (!d->exec(rq))
            return false;
        while (d->next(rq))
            read(*rq);
        rq->finish();
        return true;
    };
    Article &a = s.article;
    const bool ok =
        rows(QStringLiteral("SELECT headline, dateline, published_at, author, updated_at FROM articles WHERE snapshot_id = ?"),
             [&](const QSqlQuery &r) {
                 a.headline = r.value(0).toString();
                 a.dateline = r.value(1).toString();
                 a.publishedAt = timestampFrom(r.value(2));
                 a.author = r.value(3).toString();
                 a.updatedAt = timestampFrom(r.value(4));
             })
        && rows(QStringLiteral("SELECT kind, text, cells FROM article_blocks WHERE snapshot_id = ? ORDER BY position"),
                [&](const QSqlQuery &r) { a.blocks.append(blockFromRow(r.value(0).toString(), r.value(1), r.value(2))); })
        && rows(QStringLiteral("SELECT text FROM article_summary WHERE snapshot_id = ? ORDER BY position"),
                [&](const QSqlQuery &r) { a.summary.append(r.value(0).toString()); })
        && rows(QStringLiteral("SELECT headline FROM article_related WHERE snapshot_id = ? ORDER BY position"),
                [&](const QSqlQuery &r) { a.related.append(r.value(0).toString()); })
        && rows(QStringLiteral("SELECT symbol, price, change, change_percent FROM quotes WHERE snapshot_id = ? "
                               "ORDER BY position"),
                [&](const QSqlQuery &r) {
                    s.quotes.append({r.value(0).toString(), r.value(1).toDouble(), r.value(2).toDouble(),
                                     r.value(3).toDouble()});
                })
        && rows(QStringLiteral("SELECT name, value, change, change_percent FROM indices WHERE snapshot_id = ? "
                               "ORDER BY position"),
                [&](const QSqlQuery &r) {
                    s.indices.append({r.value(0).toString(), r.value(1).toDouble(), r.value(2).toDouble(),
                                      r.value(3).toDouble()});
                })
        && rows(QStringLiteral("SELECT author, posted_at, text, recommended FROM comments WHERE snapshot_id = ? "
                               "ORDER BY position"),
                [&](const QSqlQuery &r) {
                    s.comments.append({r.value(0).toString(), timestampFrom(r.value(1)), r.value(2).toString(),
                                       r.value(3).toInt()});
                })
        && rows(QStringLiteral("SELECT text FROM warnings WHERE snapshot_id = ? ORDER BY position"),
                [&](const QSqlQuery &r) { s.warnings.append(r.value(0).toString()); });
    if (!ok)
        return std::nullopt;
    setMarketTime(s);
    return s;
}

QByteArray Library::rawPage(SnapshotId id) const
{
    d->lastError.clear();
    QSqlQuery *q = d->query(QStringLiteral("SELECT compression, bytes FROM raw_pages WHERE snapshot_id = ?"));
    if (!q)
        return {};
    q->bindValue(0, id);
    if (!d->exec(q) || !d->next(q))
        return {};
    const QString compression = q->value(0).toString();
    const QByteArray bytes = q->value(1).toByteArray();
    q->finish();
    return compression == QLatin1String("zlib") ? qUncompress(bytes) : bytes;
}

bool Library::containsPage(const QByteArray &rawPage) const
{
    d->lastError.clear();
    return d->findByContentHash(contentHash(rawPage)).has_value();
}

} // namespace md
