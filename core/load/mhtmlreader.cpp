// MHTML archives: MIME multipart/related with quoted-printable and base64 parts.
#include "core/load/mhtmlreader.h"

#include <QCoreApplication>

namespace md {

bool looksLikeMhtml(const QByteArray &bytes)
{
    const QByteArray head = bytes.left(4096).toLower();
    const qsizetype blank = head.indexOf("\n\n") >= 0 ? head.indexOf("\n\n") : head.indexOf("\r\n\r\n");
    const QByteArray headers = blank >= 0 ? head.left(blank) : head;
    return headers.contains("multipart/related") && headers.contains("content-type:");
}

MhtmlPage readMhtml(const QByteArray &bytes, const LoadLimits &limits)
{
    Q_UNUSED(bytes);
    Q_UNUSED(limits);
    MhtmlPage page;
    page.error = QCoreApplication::translate("md", "MHTML archives are not supported yet");
    return page;
}

} // namespace md
