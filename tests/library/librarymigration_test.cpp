// Upgrading: a library written by the previous release (schema 1, older reading rules) opens, keeps every
// snapshot, gains the new tables, and is read again with the current rules.
#include "core/library/library.h"
#include "core/load/snapshotloader.h"
#include "testdata.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

using namespace md;

namespace {

// tests/data/library-v1.sqlite was written by MarketDesk 0.1.0 (schema 1) with `--import` of four pages:
// the 2020 and 2025 HTML fixtures, the bundled sample and a 2023 masthead-layout text copy.
class LibraryMigrationTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("library.sqlite"));
        ASSERT_TRUE(QFile::copy(test::dataPath(QStringLiteral("library-v1.sqlite")), m_path));
        QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
    }

    int userVersion()
    {
        int version = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            db.setDatabaseName(m_path);
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
                    version = q.value(0).toInt();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        return version;
    }

    QTemporaryDir m_dir;
    QString m_path;
};

} // namespace

TEST_F(LibraryMigrationTest, ThePreviousReleasesLibraryOpensWithEverySnapshotKept)
{
    ASSERT_EQ(userVersion(), 1);
    auto library = std::make_unique<Library>(m_path);
    const LibraryOpenResult opened = library->open();
    ASSERT_TRUE(opened.ok()) << opened.error.toStdString();
    EXPECT_TRUE(opened.setAsidePath.isEmpty());
    EXPECT_EQ(library->snapshotCount(), 4);

    const QVector<LibraryEntry> entries = library->listSnapshots();
    ASSERT_EQ(entries.size(), 4);
    int withArticle = 0;
    for (const LibraryEntry &e : entries) {
        const std::optional<Snapshot> s = library->loadSnapshot(e.id);
        ASSERT_TRUE(s.has_value()) << e.source.toStdString();
        EXPECT_EQ(s->quotes.size(), e.quoteCount);
        EXPECT_TRUE(s->article.summary.isEmpty());  // schema 1 had none: the new table starts empty
        withArticle += s->article.blocks.isEmpty() ? 0 : 1;
        EXPECT_FALSE(library->rawPage(e.id).isEmpty());
    }
    EXPECT_EQ(withArticle, 4);
    library.reset();
    EXPECT_EQ(userVersion(), Library::kSchemaVersion);
}

TEST_F(LibraryMigrationTest, SnapshotsStoredByOlderRulesAreReadAgainOnce)
{
    Library library(m_path);
    ASSERT_TRUE(library.open().ok());
    EXPECT_EQ(library.snapshotsReadByOlderRules().size(), 4);

    QVector<int> reported;
    const QStringList failures = library.rereadOlderSnapshots([&](int done, int total) {
        EXPECT_EQ(total, 4);
        reported.append(done);
        return true;
    });
    EXPECT_TRUE(failures.isEmpty()) << failures.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(reported, (QVector<int>{0, 1, 2, 3, 4}));
    EXPECT_TRUE(library.snapshotsReadByOlderRules().isEmpty());
    EXPECT_EQ(library.snapshotCount(), 4);

    // Stored anew, the pages read as they do when opened today.
    for (const LibraryEntry &e : library.listSnapshots()) {
        const SnapshotLoadResult fresh = parseSnapshotBytes(library.rawPage(e.id), e.source);
        ASSERT_TRUE(fresh.ok());
        const std::optional<Snapshot> stored = library.loadSnapshot(e.id);
        ASSERT_TRUE(stored.has_value());
        EXPECT_EQ(stored->article, fresh.snapshot->article) << e.source.toStdString();
        EXPECT_EQ(stored->quotes, fresh.snapshot->quotes);
    }
}

TEST_F(LibraryMigrationTest, StoppingTheRereadLeavesTheRestForNextTime)
{
    Library library(m_path);
    ASSERT_TRUE(library.open().ok());
    library.rereadOlderSnapshots([](int done, int) { return done < 1; });
    EXPECT_EQ(library.snapshotsReadByOlderRules().size(), 3);
}
