// Fuzz target "library": a raw page stored through the library's import path; what goes in comes back out whole.
#include "core/library/library.h"
#include "tests/fuzz/fuzztarget.h"

#include <QDateTime>
#include <QTemporaryDir>

#include <memory>

namespace {

md::Library &fuzzLibrary()
{
    // One library for the whole run, in a folder removed at exit.
    static QTemporaryDir dir;
    static std::unique_ptr<md::Library> library = [] {
        auto lib = std::make_unique<md::Library>(dir.filePath(QStringLiteral("fuzz.sqlite")));
        MD_FUZZ_CHECK(lib->open().ok());
        return lib;
    }();
    return *library;
}

} // namespace

MD_FUZZ_TARGET(library)
{
    md::Library &library = fuzzLibrary();
    const QByteArray page(reinterpret_cast<const char *>(data), qsizetype(size));
    static qint64 tick = 0;
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
