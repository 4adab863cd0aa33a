// The library's storage: import, dedupe, capture-time order, round trip, correction, removal, search, series.
#include "core/library/folderimport.h"
#include "core/library/library.h"
#include "core/load/snapshotloader.h"
#include "libraryfixtures.h"
#include "testdata.h"

#include <QDateTime>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace md;
using md::test::GeneratedSnapshot;

namespace {

class LibraryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_library = std::make_unique<Library>(libraryPath());
        const LibraryOpenResult opened = m_library->open();
        ASSERT_TRUE(opened.ok()) << opened.error.toStdString();
        ASSERT_TRUE(opened.setAsidePath.isEmpty());
    }

    QString libraryPath() const { return m_dir.filePath(QStringLiteral("library.sqlite")); }
    QString folder() const { return m_dir.filePath(QStringLiteral("pages")); }

    // Writes the generated snapshots under folder() and imports them.
    ImportSummary importGenerated(const QVector<GeneratedSnapshot> &snapshots)
    {
        EXPECT_TRUE(test::writeFolder(folder(), snapshots));
        return importFolder(*m_library, folder());
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
};

QVector<qint64> capturedMsecs(const QVector<LibraryEntry> &entries)
{
    QVector<qint64> out;
    for (const LibraryEntry &e : entries)
        out.append(e.capturedAtMsecs);
    return out;
}

} // namespace

TEST_F(LibraryTest, ImportsEveryGeneratedSnapshotUnderTheFolder)
{
    const QVector<GeneratedSnapshot> generated = test::generateSnapshots(40);
    // Not snapshots: a saved page's resource folder, an image, a hidden file.
    QDir().mkpath(folder() + QStringLiteral("/2024-01/page_files"));
    QFile(folder() + QStringLiteral("/2024-01/page_files/frame.html")).open(QIODevice::WriteOnly);
    QFile(folder() + QStringLiteral("/chart.png")).open(QIODevice::WriteOnly);
    QFile(folder() + QStringLiteral("/.hidden.txt")).open(QIODevice::WriteOnly);

    const ImportSummary summary = importGenerated(generated);
    EXPECT_TRUE(summary.ok()) << describeImport(summary).toStdString();
    EXPECT_EQ(summary.found, 40);
    EXPECT_EQ(summary.added, 40);
    EXPECT_EQ(summary.duplicates, 0);
    EXPECT_EQ(m_library->snapshotCount(), 40);

    const QVector<LibraryEntry> entries = m_library->listSnapshots();
    ASSERT_EQ(entries.size(), 40);
    const LibraryEntry &newest = entries.first();
    EXPECT_EQ(newest.headline, generated[39].headline);
    EXPECT_EQ(newest.capturedAt, generated[39].capturedAt);
    EXPECT_EQ(newest.quoteCount, 30);
    EXPECT_EQ(newest.indexCount, 4);
    EXPECT_EQ(newest.format, SnapshotFormat::Text);
    EXPECT_EQ(newest.source, QDir::toNativeSeparators(folder() + QLatin1Char('/') + generated[39].relativePath));
    EXPECT_EQ(newest.rawSize, generated[39].bytes.size());
    EXPECT_TRUE(m_library->check().ok());
}

TEST_F(LibraryTest, StoresTheSamePageOnce)
{
    QVector<GeneratedSnapshot> generated = test::generateSnapshots(5);
    GeneratedSnapshot copy = generated[2];
    copy.relativePath = QStringLiteral("copies/same-page.txt");
    generated.append(copy);

    ImportSummary first = importGenerated(generated);
    EXPECT_EQ(first.found, 6);
    EXPECT_EQ(first.added, 5);
    EXPECT_EQ(first.duplicates, 1);
    EXPECT_TRUE(first.failures.isEmpty());

    ImportSummary again = importFolder(*m_library, folder());
    EXPECT_EQ(again.added, 0);
    EXPECT_EQ(again.duplicates, 6);
    EXPECT_EQ(m_library->snapshotCount(), 5);

    const AddSnapshotResult direct = m_library->importFile(folder() + QLatin1Char('/') + generated[0].relativePath);
    EXPECT_EQ(direct.outcome, AddSnapshotResult::Outcome::Duplicate);
    SnapshotFilter oldestFirst;
    oldestFirst.newestFirst = false;
    const QVector<LibraryEntry> entries = m_library->listSnapshots(oldestFirst);
    ASSERT_EQ(entries.size(), 5);
    EXPECT_EQ(direct.id, entries.first().id);
    EXPECT_TRUE(m_library->containsPage(generated[4].bytes));
    EXPECT_FALSE(m_library->containsPage(generated[4].bytes + "\n"));
}

TEST_F(LibraryTest, OrdersByCaptureTimeNotByFileName)
{
    // File names run backwards in time: page-00010.txt is the first day.
    const QVector<GeneratedSnapshot> generated = test::generateSnapshots(10);
    importGenerated(generated);

    SnapshotFilter oldestFirst;
    oldestFirst.newestFirst = false;
    const QVector<LibraryEntry> entries = m_library->listSnapshots(oldestFirst);
    ASSERT_EQ(entries.size(), 10);
    for (int i = 0; i < 10; ++i) {
        EXPECT_EQ(entries[i].headline, generated[i].headline) << i;
        EXPECT_EQ(entries[i].capturedAt, generated[i].capturedAt) << i;
        EXPECT_EQ(entries[i].capturedAtMsecs, generated[i].capturedAt.toMSecsSinceEpoch()) << i;
    }
    // The article's time (4:30pm), its index level agreeing with the ticker's, for serial 0; the masthead's
    // day made precise by the byline (5:00pm) for serial 1; the masthead over the article for serial 2.
    EXPECT_EQ(entries[0].captureSource, CaptureTime::Source::Article);
    EXPECT_EQ(entries[0].capturedAt.toIsoString(), QStringLiteral("2024-01-01T16:30:00"));
    EXPECT_EQ(entries[1].captureSource, CaptureTime::Source::PageMetadata);
    EXPECT_EQ(entries[1].capturedAt.toIsoString(), QStringLiteral("2024-01-02T17:00:00"));
    EXPECT_EQ(entries[2].captureSource, CaptureTime::Source::PageMetadata);
    EXPECT_EQ(entries[2].capturedAt.toIsoString(), QStringLiteral("2024-01-03T16:30:00"));

    const QVector<LibraryEntry> newestFirst = m_library->listSnapshots();
    QVector<qint64> times = capturedMsecs(newestFirst);
    EXPECT_TRUE(std::is_sorted(times.rbegin(), times.rend()));
}

TEST_F(LibraryTest, PageWithoutDatesTakesTheFileTime)
{
    QDir().mkpath(folder());
    const QString path = folder() + QStringLiteral("/undated.txt");
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("KSE100 113,247 Increased By 609 (0.54%)\n\nKARACHI: A page with no date at all.\n");
    }
    const QDateTime mtime(QDate(2023, 5, 17), QTime(9, 41, 7), Qt::UTC);
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        ASSERT_TRUE(file.setFileTime(mtime, QFileDevice::FileModificationTime));
    }
    const AddSnapshotResult added = m_library->importFile(path);
    ASSERT_EQ(added.outcome, AddSnapshotResult::Outcome::Added) << added.error.toStdString();
    const std::optional<LibraryEntry> e = m_library->entry(added.id);
    ASSERT_TRUE(e);
    EXPECT_EQ(e->captureSource, CaptureTime::Source::FileModified);
    EXPECT_EQ(e->capturedAtMsecs, mtime.toMSecsSinceEpoch());
    EXPECT_FALSE(e->corrected);
}

TEST_F(LibraryTest, LoadsBackExactlyWhatWasParsed)
{
    const QString path = test::dataPath(QStringLiteral("psx-close-2024-12-10.txt"));
    const AddSnapshotResult added = m_library->importFile(path);
    ASSERT_EQ(added.outcome, AddSnapshotResult::Outcome::Added) << added.error.toStdString();

    const QByteArray bytes = test::readData(QStringLiteral("psx-close-2024-12-10.txt"));
    // With the evidence the library had: the file's time.
    MarketEvidence evidence;
    evidence.fileModified = QFileInfo(path).lastModified();
    SnapshotLoadResult parsed = parseSnapshotBytes(bytes, QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()),
                                                   {}, evidence);
    ASSERT_TRUE(parsed.ok());
    const std::optional<Snapshot> loaded = m_library->loadSnapshot(added.id);
    ASSERT_TRUE(loaded);
    EXPECT_EQ(loaded->quotes, parsed.snapshot->quotes);
    EXPECT_EQ(loaded->indices, parsed.snapshot->indices);
    EXPECT_EQ(loaded->article, parsed.snapshot->article);
    EXPECT_EQ(loaded->comments, parsed.snapshot->comments);
    EXPECT_EQ(loaded->warnings, parsed.snapshot->warnings);
    EXPECT_EQ(loaded->marketAsOf.toIsoString(), parsed.snapshot->marketAsOf.toIsoString());
    EXPECT_EQ(*loaded, *parsed.snapshot);
    EXPECT_EQ(loaded->comments.size(), 2);
    EXPECT_EQ(loaded->comments[1].postedAt.toIsoString(), QStringLiteral("2024-12-10T21:45:00"));
    EXPECT_EQ(loaded->marketAsOfSource, MarketTimeSource::PageMetadata);

    EXPECT_EQ(m_library->rawPage(added.id), bytes);
    EXPECT_FALSE(m_library->loadSnapshot(added.id + 1000));
}

TEST_F(LibraryTest, KeepsTheRawPageAndParsesItAgain)
{
    const GeneratedSnapshot g = test::generateSnapshot(3);
    importGenerated({g});
    const SnapshotId id = m_library->listSnapshots().first().id;
    EXPECT_EQ(m_library->rawPage(id), g.bytes);

    // Damage the stored quotes, as an older parser might have stored fewer; a re-parse restores them.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reparse-test"));
        db.setDatabaseName(libraryPath());
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("UPDATE snapshots SET quote_count = 1")));
        ASSERT_TRUE(q.exec(QStringLiteral("DELETE FROM quotes WHERE position > 0")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("reparse-test"));
    EXPECT_EQ(m_library->loadSnapshot(id)->quotes.size(), 1);

    const LibraryResult reparsed = m_library->reparseSnapshot(id);
    ASSERT_TRUE(reparsed.ok()) << reparsed.error.toStdString();
    EXPECT_EQ(m_library->loadSnapshot(id)->quotes.size(), 30);
    EXPECT_EQ(m_library->entry(id)->capturedAt, g.capturedAt);
    EXPECT_TRUE(m_library->check().ok());
}

TEST_F(LibraryTest, UserCorrectsTheCaptureTime)
{
    const QVector<GeneratedSnapshot> generated = test::generateSnapshots(3);
    importGenerated(generated);
    SnapshotFilter oldestFirst;
    oldestFirst.newestFirst = false;
    const SnapshotId first = m_library->listSnapshots(oldestFirst).first().id;

    // The first day's page was really saved a week after the last one.
    const Timestamp corrected = Timestamp::fromWallClock(QDate(2024, 1, 10), QTime(9, 0), Timestamp::kPakistanOffsetSeconds);
    ASSERT_TRUE(m_library->correctCaptureTime(first, corrected).ok());
    std::optional<LibraryEntry> e = m_library->entry(first);
    ASSERT_TRUE(e);
    EXPECT_TRUE(e->corrected);
    EXPECT_EQ(e->capturedAt, corrected);
    EXPECT_EQ(e->detectedCaptureTime, generated[0].capturedAt);
    EXPECT_EQ(m_library->listSnapshots().first().id, first);

    const Series kse = m_library->series(QStringLiteral("KSE100"));
    ASSERT_EQ(kse.points.size(), 3);
    EXPECT_EQ(kse.points.last().snapshotId, first);
    EXPECT_EQ(kse.points.last().capturedAt, corrected);

    // An invalid time drops the correction.
    ASSERT_TRUE(m_library->correctCaptureTime(first, Timestamp()).ok());
    e = m_library->entry(first);
    EXPECT_FALSE(e->corrected);
    EXPECT_EQ(e->capturedAt, generated[0].capturedAt);
    EXPECT_EQ(m_library->listSnapshots(oldestFirst).first().id, first);
    EXPECT_FALSE(m_library->correctCaptureTime(first + 100, corrected).ok());
}

TEST_F(LibraryTest, RemovesASnapshotWithAllItsRows)
{
    importGenerated(test::generateSnapshots(4));
    const SnapshotId newest = m_library->listSnapshots().first().id;
    ASSERT_TRUE(m_library->removeSnapshot(newest).ok());
    EXPECT_EQ(m_library->snapshotCount(), 3);
    EXPECT_FALSE(m_library->entry(newest));
    EXPECT_EQ(m_library->series(QStringLiteral("OGDC")).points.size(), 3);
    EXPECT_TRUE(m_library->rawPage(newest).isEmpty());

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("remove-test"));
    db.setDatabaseName(libraryPath());
    ASSERT_TRUE(db.open());
    {
        for (const char *table : {"quotes", "indices", "articles", "article_blocks", "comments", "raw_pages"}) {
            QSqlQuery q(db);
            ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM %1 WHERE snapshot_id = %2").arg(QLatin1String(table)).arg(newest)));
            ASSERT_TRUE(q.next());
            EXPECT_EQ(q.value(0).toInt(), 0) << table;
        }
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("remove-test"));

    const LibraryResult again = m_library->removeSnapshot(newest);
    EXPECT_FALSE(again.ok());
    EXPECT_EQ(again.error, QStringLiteral("The snapshot is no longer in the library."));
    EXPECT_TRUE(m_library->check().ok());
}

TEST_F(LibraryTest, SearchesBySymbolIndexAndHeadlineWords)
{
    const QVector<GeneratedSnapshot> generated = test::generateSnapshots(10);
    importGenerated(generated);
    // A page of its own with a symbol no generated page has.
    QByteArray other("LUCK 812.50 Increased By \xe2\x96\xb2 4.10 (0.51%)\n\nCement makers raise prices by 50%\n\n"
                     "Published Feb 20, 2024 10:00am\n\nLAHORE: Cement makers raised prices again.\n");
    Snapshot s = *parseSnapshotBytes(other, QStringLiteral("other.txt")).snapshot;
    ASSERT_EQ(m_library->addSnapshot(other, s, marketTimeOf(s)).outcome, AddSnapshotResult::Outcome::Added);

    auto search = [&](const QString &text) {
        SnapshotFilter f;
        f.search = text;
        QStringList headlines;
        for (const LibraryEntry &e : m_library->listSnapshots(f))
            headlines.append(e.headline);
        return headlines;
    };
    EXPECT_EQ(search(QStringLiteral("luck")), QStringList{QStringLiteral("Cement makers raise prices by 50%")});
    EXPECT_EQ(search(QStringLiteral("OGDC")).size(), 10);
    EXPECT_EQ(search(QStringLiteral("kse100")).size(), 10);
    // Every word must be in the headline, in any order and case.
    EXPECT_TRUE(search(QStringLiteral("session 3 CEMENT")).isEmpty());
    EXPECT_EQ(search(QStringLiteral("ENERGY session 3")), QStringList{generated[2].headline});
    EXPECT_EQ(search(QStringLiteral("rally session 6")), QStringList{generated[5].headline});
    EXPECT_EQ(search(QStringLiteral("cement")).size(), 3);  // sessions 1 and 6, and the LUCK page
    // % and _ are literal characters, not wildcards.
    EXPECT_EQ(search(QStringLiteral("50%")), QStringList{QStringLiteral("Cement makers raise prices by 50%")});
    EXPECT_TRUE(search(QStringLiteral("5_%")).isEmpty());
    EXPECT_TRUE(search(QStringLiteral("nothing like this")).isEmpty());

    SnapshotFilter range;
    range.fromMsecs = generated[2].capturedAt.toMSecsSinceEpoch();
    range.toMsecs = generated[4].capturedAt.toMSecsSinceEpoch();
    EXPECT_EQ(m_library->listSnapshots(range).size(), 3);
}

TEST_F(LibraryTest, SeriesOfAnIndexAndASymbolOverADateRange)
{
    const QVector<GeneratedSnapshot> generated = test::generateSnapshots(20);
    importGenerated(generated);

    const Series kse = m_library->series(QStringLiteral("kse100"));
    EXPECT_EQ(kse.name, QStringLiteral("KSE100"));
    EXPECT_EQ(kse.kind, SeriesKind::Index);
    ASSERT_EQ(kse.points.size(), 20);
    for (int i = 0; i < 20; ++i) {
        EXPECT_EQ(kse.points[i].value, generated[i].kse100) << i;
        EXPECT_EQ(kse.points[i].change, generated[i].kse100Change) << i;
        EXPECT_EQ(kse.points[i].changePercent, generated[i].kse100Percent) << i;
        EXPECT_EQ(kse.points[i].capturedAt, generated[i].capturedAt) << i;
    }

    const Series ogdc = m_library->series(QStringLiteral("OGDC"), generated[5].capturedAt.toMSecsSinceEpoch(),
                                          generated[9].capturedAt.toMSecsSinceEpoch());
    EXPECT_EQ(ogdc.kind, SeriesKind::Symbol);
    ASSERT_EQ(ogdc.points.size(), 5);
    EXPECT_EQ(ogdc.points[0].value, generated[5].ogdc);
    EXPECT_EQ(ogdc.points[0].change, generated[5].ogdcChange);
    EXPECT_EQ(ogdc.points[4].changePercent, generated[9].ogdcPercent);

    EXPECT_TRUE(m_library->series(QStringLiteral("NOSUCH")).isEmpty());
    EXPECT_EQ(m_library->indexNames(),
              (QStringList{QStringLiteral("BR100"), QStringLiteral("BR30"), QStringLiteral("KSE100"), QStringLiteral("KSE30")}));
    EXPECT_EQ(m_library->symbols().size(), 30);
    EXPECT_EQ(m_library->symbols().first(), QStringLiteral("OGDC"));
}

TEST_F(LibraryTest, SkipsARefreshedPageWithUnchangedData)
{
    const GeneratedSnapshot g = test::generateSnapshot(0);
    Snapshot s = *parseSnapshotBytes(g.bytes, QStringLiteral("https://www.brecorder.com/")).snapshot;
    const CaptureTime capture = marketTimeOf(s);
    ASSERT_EQ(m_library->addSnapshot(g.bytes, s, capture).outcome, AddSnapshotResult::Outcome::Added);

    // Same data, different bytes (a refreshed page whose ads changed).
    const QByteArray refreshed = g.bytes + "\n\n";
    AddOptions options;
    options.skipWhenUnchanged = true;
    const AddSnapshotResult unchanged = m_library->addSnapshot(refreshed, s, capture, options);
    EXPECT_EQ(unchanged.outcome, AddSnapshotResult::Outcome::Unchanged);
    EXPECT_EQ(m_library->snapshotCount(), 1);

    // Changed data is stored.
    Snapshot moved = s;
    moved.indices[2].value += 100;
    EXPECT_EQ(m_library->addSnapshot(refreshed, moved, capture, options).outcome, AddSnapshotResult::Outcome::Added);
    EXPECT_EQ(m_library->snapshotCount(), 2);
    EXPECT_EQ(Library::parsedDataHash(s), Library::parsedDataHash(s));
    EXPECT_NE(Library::parsedDataHash(s), Library::parsedDataHash(moved));
}

TEST_F(LibraryTest, StoresFetchedPagesOnlyWhenTheirDataChanged)
{
    const QString url = QStringLiteral("https://www.brecorder.com/markets");
    const QByteArray page = test::generateSnapshot(0).bytes;
    const QDateTime first(QDate(2024, 12, 10), QTime(10, 0), Qt::UTC);
    const AddSnapshotResult added = m_library->addFetchedPage(page, url, first);
    ASSERT_EQ(added.outcome, AddSnapshotResult::Outcome::Added) << added.error.toStdString();
    const std::optional<LibraryEntry> e = m_library->entry(added.id);
    EXPECT_EQ(e->source, url);
    EXPECT_EQ(e->capturedAt.toIsoString(), QStringLiteral("2024-12-10T15:00:00+05:00"));
    EXPECT_EQ(e->captureSource, CaptureTime::Source::Archive);
    EXPECT_EQ(m_library->rawPage(added.id), page);

    // Five minutes later: the same bytes, then other bytes with the same data, then new data.
    const QDateTime later = first.addSecs(300);
    EXPECT_EQ(m_library->addFetchedPage(page, url, later).outcome, AddSnapshotResult::Outcome::Duplicate);
    EXPECT_EQ(m_library->addFetchedPage(page + "\n\n", url, later).outcome, AddSnapshotResult::Outcome::Unchanged);
    QByteArray moved = page;
    moved.replace("KSE100 110,000", "KSE100 110,250");
    const AddSnapshotResult changed = m_library->addFetchedPage(moved, url, later);
    EXPECT_EQ(changed.outcome, AddSnapshotResult::Outcome::Added);
    EXPECT_EQ(m_library->series(QStringLiteral("KSE100")).points.last().value, 110250.0);
    EXPECT_EQ(m_library->snapshotCount(), 2);

    const AddSnapshotResult broken = m_library->addFetchedPage(QByteArray("\x00\x01\x02", 3), url, later);
    EXPECT_EQ(broken.outcome, AddSnapshotResult::Outcome::Failed);
    EXPECT_TRUE(broken.error.startsWith(url + QStringLiteral(": "))) << broken.error.toStdString();
}

TEST_F(LibraryTest, ANumberThatIsNotANumberFailsTheWholeSnapshot)
{
    Snapshot s;
    s.source = QStringLiteral("broken.txt");
    s.quotes.append({QStringLiteral("OGDC"), std::nan(""), 0.0, 0.0});
    const AddSnapshotResult r = m_library->addSnapshot("x", s, {});
    EXPECT_EQ(r.outcome, AddSnapshotResult::Outcome::Failed);
    EXPECT_EQ(r.error, QStringLiteral("broken.txt: could not be stored in the library (the quote for OGDC is not a number)"));
    EXPECT_EQ(m_library->snapshotCount(), 0);
}

TEST_F(LibraryTest, UsesWriteAheadLogForeignKeysAndASchemaVersion)
{
    m_library.reset();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("pragma-test"));
    db.setDatabaseName(libraryPath());
    ASSERT_TRUE(db.open());
    {
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        EXPECT_EQ(q.value(0).toInt(), Library::kSchemaVersion);
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        EXPECT_EQ(q.value(0).toString(), QStringLiteral("wal"));
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%' ORDER BY name")));
        QStringList indexes;
        while (q.next())
            indexes.append(q.value(0).toString());
        EXPECT_EQ(indexes, (QStringList{QStringLiteral("alert_history_by_snapshot"), QStringLiteral("alert_history_by_subject"),
                                        QStringLiteral("alert_history_by_time"), QStringLiteral("alert_history_undelivered"),
                                        QStringLiteral("daily_bars_by_snapshot"),
                                        QStringLiteral("indices_by_name"), QStringLiteral("quotes_by_symbol"),
                                        QStringLiteral("snapshots_by_source"), QStringLiteral("snapshots_by_time"),
                                        QStringLiteral("transactions_by_portfolio")}));
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("pragma-test"));
}
