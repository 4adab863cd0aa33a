// Fuzz target "mhtml": MIME archive reading (boundaries, headers, quoted-printable, base64), with a small part cap.
#include "core/load/mhtmlreader.h"
#include "tests/fuzz/fuzztarget.h"

MD_FUZZ_TARGET(mhtml)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    md::LoadLimits limits;
    limits.maxArchiveParts = 50;
    const md::MhtmlPage page = md::readMhtml(bytes, limits);
    if (page.ok())
        MD_FUZZ_CHECK(page.partCount >= 1 && page.partCount <= limits.maxArchiveParts);
    return 0;
}
