// Fuzz target "load": the whole pipeline from raw bytes (format detection, decoding, MHTML, HTML, text) to JSON.
#include "core/load/snapshotloader.h"
#include "core/snapshotjson.h"
#include "tests/fuzz/fuzztarget.h"

#include <QJsonDocument>

MD_FUZZ_TARGET(load)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const md::SnapshotLoadResult result = md::parseSnapshotBytes(bytes, QStringLiteral("fuzz-input"));
    MD_FUZZ_CHECK(result.ok() != !result.error.isEmpty());
    if (result.ok()) {
        // Whatever the page held, the JSON we print must be valid JSON.
        const QByteArray json = md::snapshotsToJson({*result.snapshot});
        QJsonParseError error;
        QJsonDocument::fromJson(json, &error);
        MD_FUZZ_CHECK(error.error == QJsonParseError::NoError);
    } else {
        MD_FUZZ_CHECK(result.error.startsWith(QStringLiteral("fuzz-input: ")));
    }
    return 0;
}
