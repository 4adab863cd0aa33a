// The bad-input suite: empty, binary, truncated, wrongly encoded, huge and hostile files, through the loader,
// the open-snapshot collection and the library. Each ends in a clear message naming the file (or, where the
// page is still readable, a snapshot with its doubts as warnings), and nothing already held changes.
#include "core/library/library.h"
#include "core/load/snapshotloader.h"
#include "core/load/snapshotopener.h"
#include "core/models/snapshotcollection.h"
#include "testdata.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace md;

namespace {

const char *const kGoodFixtures[] = {
    "psx-close-2024-12-10.txt", "encoding-utf16le.txt", "brecorder-2025-01-29-cement.html",
    "brecorder-2020-08-12-old-template.html", "brecorder-2025-01-29-cement-chrome.mhtml",
    "brecorder-2025-01-29-cement-base64.mhtml"};

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

// Files no reader can take: each must be refused with the reason given.
struct Refused
{
    QString path;
    QString reason;
};

QVector<Refused> makeRefusedInputs(const QTemporaryDir &dir)
{
    QVector<Refused> inputs;
    inputs.append({writeFile(dir, QStringLiteral("empty.txt"), {}), QStringLiteral("the file is empty")});
    inputs.append({writeFile(dir, QStringLiteral("blank.txt"), "  \r\n\t\n"), QStringLiteral("white space")});

    QByteArray noise(64 * 1024, Qt::Uninitialized);
    QRandomGenerator rng(2024);
    for (char &c : noise)
        c = char(rng.bounded(256));
    inputs.append({writeFile(dir, QStringLiteral("noise.html"), noise), QStringLiteral("binary data")});
    inputs.append({test::dataPath(QStringLiteral("bad-image.html")), QStringLiteral("PNG image")});
    inputs.append({writeFile(dir, QStringLiteral("archive.zip.txt"), QByteArray("PK\x03\x04", 4) + QByteArray(100, 'x')),
                   QStringLiteral("ZIP archive")});

    // 100,000 nested elements: refused before the HTML parser can be driven into the ground.
    QByteArray deep = "<!doctype html><html><body>";
    deep += QByteArray("<div>").repeated(100000);
    deep += "KSE100 113,247 Increased By 609 (0.54%)";
    inputs.append({writeFile(dir, QStringLiteral("deep.html"), deep), QStringLiteral("nested more than 512 levels")});

    // An archive of 100,000 parts: refused by count.
    QByteArray parts = "MIME-Version: 1.0\r\nContent-Type: multipart/related; type=\"text/html\"; boundary=\"b\"\r\n\r\n";
    parts += "--b\r\nContent-Type: text/html\r\n\r\n<p>KARACHI: Page.</p>\r\n";
    parts += QByteArray("--b\r\nContent-Type: image/png\r\n\r\nx\r\n").repeated(100000);
    parts += "--b--\r\n";
    inputs.append({writeFile(dir, QStringLiteral("parts.mhtml"), parts), QStringLiteral("parts")});

    inputs.append({test::dataPath(QStringLiteral("bad-no-page.mhtml")), QStringLiteral("holds no web page")});
    inputs.append({dir.filePath(QStringLiteral("missing.txt")), QStringLiteral("no such file")});

    // 2 GB, sparse: refused by its size before a byte is read.
    QFile huge(dir.filePath(QStringLiteral("huge.mhtml")));
    EXPECT_TRUE(huge.open(QIODevice::WriteOnly) && huge.resize(qint64(2) * 1024 * 1024 * 1024));
    huge.close();
    inputs.append({huge.fileName(), QStringLiteral("over the 64 MB limit")});

    // The same for the exchange's files: a 2 GB "closing-rate file" that starts like one.
    QFile hugeClosing(dir.filePath(QStringLiteral("closing-31DEC2021.lis")));
    EXPECT_TRUE(hugeClosing.open(QIODevice::WriteOnly)
                && hugeClosing.write("31DEC2021|OGDC|0820|Oil & Gas Dev.|84.20|87.30|84.15|86.20|3368560|84.94|||\n") > 0
                && hugeClosing.resize(qint64(2) * 1024 * 1024 * 1024));
    hugeClosing.close();
    inputs.append({hugeClosing.fileName(), QStringLiteral("over the 64 MB limit")});

    // A market-watch board whose "high" column was renamed: an error naming the column.
    inputs.append({writeFile(dir, QStringLiteral("market-watch.html"),
                             test::readData(QStringLiteral("psx-market-watch-badges.html"))
                                 .replace("data-name=\"high\"", "data-name=\"highest\"")),
                   QStringLiteral("the market-watch table has no \"high\" column")});
    // JSON that is not an end-of-day series.
    inputs.append({writeFile(dir, QStringLiteral("OGDC.json"), "{\"status\":1,\"data\":{\"price\":1}}"),
                   QStringLiteral("not an end-of-day series")});
    // A closing-rate file none of whose lines can be read (a close that is not a number, a line cut short).
    inputs.append({writeFile(dir, QStringLiteral("cut.lis"), "31DEC2021|OGDC|0820|Oil & Gas Dev.|84.20|87.30|84.15|n/a|3368560|84.94|||\n"
                                                              "31DEC2021|PPL|0820|Pak Petroleum|75.00|76.10|74.80\n"),
                   QStringLiteral("no line of this closing-rate file could be read")});
    return inputs;
}

void expectRefusedNamingFile(const Refused &input)
{
    const SnapshotLoadResult r = loadSnapshotFile(input.path);
    ASSERT_FALSE(r.ok()) << input.path.toStdString();
    EXPECT_TRUE(r.error.startsWith(QDir::toNativeSeparators(input.path) + QStringLiteral(": ")))
        << r.error.toStdString();
    EXPECT_TRUE(r.error.contains(input.reason)) << r.error.toStdString();
}

} // namespace

TEST(BadInputSuite, EveryHostileFileIsRefusedWithItsNameAndReason)
{
    QTemporaryDir dir;
    for (const Refused &input : makeRefusedInputs(dir))
        expectRefusedNamingFile(input);
}

TEST(BadInputSuite, TruncatedAtEverySixteenthEitherReadsAPrefixOrNamesTheFile)
{
    for (const char *name : kGoodFixtures) {
        const QByteArray whole = test::readData(QString::fromLatin1(name));
        ASSERT_FALSE(whole.isEmpty()) << name;
        const SnapshotLoadResult full = parseSnapshotBytes(whole, QStringLiteral("whole"));
        ASSERT_TRUE(full.ok()) << name;
        for (int k = 1; k < 16; ++k) {
            const QString source = QStringLiteral("%1 cut at %2/16").arg(QLatin1String(name)).arg(k);
            const SnapshotLoadResult cut = parseSnapshotBytes(whole.left(whole.size() * k / 16), source);
            if (!cut.ok()) {
                EXPECT_TRUE(cut.error.startsWith(source + QStringLiteral(": "))) << cut.error.toStdString();
                continue;
            }
            // What a cut page still yields is true: every quote it reads is a quote of the whole page.
            for (const Quote &q : cut.snapshot->quotes) {
                bool found = false;
                for (const Quote &w : full.snapshot->quotes)
                    found = found || w == q;
                EXPECT_TRUE(found) << source.toStdString() << ": " << q.symbol.toStdString();
            }
            EXPECT_LE(cut.snapshot->quotes.size(), full.snapshot->quotes.size()) << source.toStdString();
            EXPECT_LE(cut.snapshot->comments.size(), full.snapshot->comments.size()) << source.toStdString();
        }
    }
}

TEST(BadInputSuite, WronglyEncodedTextStillReadsWithAWarning)
{
    QTemporaryDir dir;
    // Invalid UTF-8 (a lone continuation byte and a cut sequence), no declaration: read as Windows-1252.
    const QString ansi = writeFile(dir, QStringLiteral("ansi.txt"),
                                   "OGDC 224.96 Increased By ? 11.93 (5.6%)\nKARACHI: Caf\xe9 \x80 prices \xe2\x96.\n");
    const SnapshotLoadResult r = loadSnapshotFile(ansi);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.snapshot->encoding, QStringLiteral("windows-1252"));
    EXPECT_EQ(r.snapshot->quotes.size(), 1);
    EXPECT_FALSE(r.snapshot->warnings.isEmpty());

    // UTF-16 without a byte-order mark.
    const QString text = QStringLiteral("KSE100 113,247 Increased By 609 (0.54%)\n\nKARACHI: The index rose.\n");
    QByteArray utf16;
    for (QChar c : text) {
        utf16.append(char(c.unicode() & 0xFF));
        utf16.append(char(c.unicode() >> 8));
    }
    const SnapshotLoadResult u = loadSnapshotFile(writeFile(dir, QStringLiteral("utf16.txt"), utf16));
    ASSERT_TRUE(u.ok());
    EXPECT_EQ(u.snapshot->indices.size(), 1);
    EXPECT_TRUE(u.snapshot->warnings.join(QLatin1Char(' ')).contains(QStringLiteral("byte-order mark")));
}

TEST(BadInputSuite, OpenSnapshotsAreUnchangedByBadFiles)
{
    QTemporaryDir dir;
    SnapshotCollection collection;
    const OpenResult good = SnapshotOpener::openNow({test::dataPath(QStringLiteral("psx-close-2024-12-10.txt")),
                                                     test::dataPath(QStringLiteral("brecorder-2025-01-29-cement.html"))});
    ASSERT_TRUE(good.errors.isEmpty());
    for (const OpenedSnapshot &opened : good.opened)
        collection.add(opened);
    ASSERT_EQ(collection.count(), 2);
    const Snapshot first = collection.snapshotAt(0);
    const Snapshot second = collection.snapshotAt(1);

    for (const Refused &input : makeRefusedInputs(dir)) {
        const OpenResult bad = SnapshotOpener::openNow({input.path});
        EXPECT_TRUE(bad.opened.isEmpty()) << input.path.toStdString();
        ASSERT_EQ(bad.errors.size(), 1) << input.path.toStdString();
        EXPECT_TRUE(bad.errors[0].contains(QFileInfo(input.path).fileName())) << bad.errors[0].toStdString();
        for (const OpenedSnapshot &opened : bad.opened)
            collection.add(opened);
    }
    ASSERT_EQ(collection.count(), 2);
    EXPECT_EQ(collection.snapshotAt(0), first);
    EXPECT_EQ(collection.snapshotAt(1), second);
}

TEST(BadInputSuite, LibraryContentsAreUnchangedByBadFiles)
{
    QTemporaryDir dir;
    Library library(dir.filePath(QStringLiteral("library.sqlite")));
    ASSERT_TRUE(library.open().ok());
    const AddSnapshotResult added = library.importFile(test::dataPath(QStringLiteral("psx-close-2024-12-10.txt")));
    ASSERT_EQ(added.outcome, AddSnapshotResult::Outcome::Added) << added.error.toStdString();
    const std::optional<Snapshot> stored = library.loadSnapshot(added.id);
    ASSERT_TRUE(stored.has_value());

    for (const Refused &input : makeRefusedInputs(dir)) {
        const AddSnapshotResult r = library.importFile(input.path);
        EXPECT_EQ(r.outcome, AddSnapshotResult::Outcome::Failed) << input.path.toStdString();
        EXPECT_TRUE(r.error.contains(QFileInfo(input.path).fileName())) << r.error.toStdString();
    }
    EXPECT_EQ(library.snapshotCount(), 1);
    EXPECT_TRUE(library.check().ok());
    EXPECT_EQ(library.loadSnapshot(added.id), stored);
}
