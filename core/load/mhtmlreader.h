// Reads a single-file web archive (MHTML, multipart/related) and picks out its main HTML part.
#pragma once

#include "core/limits.h"
#include "core/timestamp.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace md {

struct MhtmlPage
{
    QByteArray html;        // body of the main text/html part, transfer encoding undone
    QString charset;        // charset parameter of that part's Content-Type (empty when none)
    Timestamp date;         // top-level "Date:" header (the capture time), invalid when absent
    QString contentLocation;// Content-Location of the main part, or of the archive
    int partCount = 0;
    QStringList warnings;
    QString error;          // set when this is not a usable archive; no file name

    bool ok() const { return error.isEmpty(); }
};

// True when the bytes start like a MIME message with a multipart/related body.
bool looksLikeMhtml(const QByteArray &bytes);

MhtmlPage readMhtml(const QByteArray &bytes, const LoadLimits &limits = {});

} // namespace md
