// Fuzz target "library": a raw page stored through the library's import path; what goes in comes back out whole.
#include "core/library/library.h"
#include "tests/fuzz/fuzztarget.h"

#include <QDateTime>
#include <QTemporaryDir>

#include <memory>

namespace {

// A fresh library every kSnapshotsPerLibrary pages keeps the database small, so the periodic full check
// stays cheap and a long run keeps its speed.
constexpr qint64 kSnapshotsPerLibrary = 4096;

struct FuzzLibrary
{
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<md::Library> library;

    void restart()
    {
        library.reset();  // closed before its folder goes
        dir = std::make_unique<QTemporaryDir>();
        library = std::make_unique<md::Library>(dir->filePath(QStringLiteral("fuzz.sqlite")));
        MD_FUZZ_CHECK(library->open().ok());
    }
};

FuzzLibrary &fuzzLibrary()
{
    // Opened inside the initialiser: Qt SQL's own globals are made first, so they outlive this one at exit.
    static FuzzLibrary state = [] {
        FuzzLibrary s;
        s.restart();
        return s;
    }();
    return state;
}

} // namespace

MD_FUZZ_TARGET(library)
{
    static qint64 tick = 0;
    FuzzLibrary &state = fuzzLibrary();
    if (tick > 0 && tick % kSnapshotsPerLibrary == 0)
        state.restart();
    md::Library &library = *state.library;
    const QByteArray page(reinterpret_cast<const char *>(data), qsizetype(size));
    const QDateTime fetchedAt = QDateTime::fromMSecsSinceEpoch(1733500000000 + 60000 * ++tick, Qt::UTC);
    const md::AddSnapshotResult added =
        library.addFetchedPage(page, QStringLiteral("https://fuzz.example/page"), fetchedAt);
    if (added.outcome == md::AddSnapshotResult::Outcome::Added) {
        // Stored whole: the raw page comes back byte for byte and the snapshot loads.
        MD_FUZZ_CHECK(library.rawPage(added.id) == page);
        MD_FUZZ_CHECK(library.loadSnapshot(added.id).has_value());
        MD_FUZZ_CHECK(library.containsPage(page));
    } else if (added.outcome == md::AddSnapshotResult::Outcome::Failed) {
        MD_FUZZ_CHECK(!added.error.isEmpty());
        MD_FUZZ_CHECK(!library.containsPage(page));
    }
    // Every so often: the database is sound and no snapshot is missing rows.
    if (tick % 256 == 0)
        MD_FUZZ_CHECK(library.check().ok());
    return 0;
}
