// Turns raw snapshot bytes into decoded text: detects the format and the character encoding.
#pragma once

#include "core/limits.h"
#include "core/snapshot.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace md {

struct DecodedDocument
{
    SnapshotFormat format = SnapshotFormat::Text;
    QString encoding;     // name of the encoding the text was decoded from
    QString text;         // decoded text, line ends normalised to "\n"
    Timestamp capturedAt; // MHTML "Date:" header, when there is one
    QString contentLocation; // MHTML: the URL the page was saved from
    QStringList warnings;
    QString error;        // set when the bytes are not a page at all; no file name (the caller adds it)

    bool ok() const { return error.isEmpty(); }
};

DecodedDocument decodeDocument(const QByteArray &bytes, const LoadLimits &limits = {});

// Decodes bytes of a text or HTML document. declaredCharset comes from a <meta charset> or a MIME header
// (empty when none). Fills encoding, text and warnings of out.
void decodeText(const QByteArray &bytes, const QString &declaredCharset, DecodedDocument &out);

// What a binary file looks like ("a PNG image"), or empty when the bytes may be text.
QString describeBinaryContent(const QByteArray &head);

} // namespace md
