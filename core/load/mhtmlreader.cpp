// MHTML archives: MIME multipart/related with quoted-printable and base64 parts.
#include "core/load/mhtmlreader.h"

#include "core/parse/pagedate.h"
#include "core/wording.h"

#include <QByteArrayMatcher>
#include <QCoreApplication>
#include <QVector>

namespace md {
namespace {

// RFC 2046 allows 70 characters; anything much longer is not a boundary a browser wrote, and a bounded
// length keeps the delimiter search linear in practice.
constexpr qsizetype kMaxBoundaryLength = 200;

struct HeaderField
{
    QByteArray name;  // lower case
    QByteArray value; // unfolded, trimmed
};

struct ContentType
{
    QByteArray mimeType; // lower case, "" when absent
    QVector<QPair<QByteArray, QByteArray>> parameters; // names lower case, values unquoted

    QByteArray parameter(const char *name) const
    {
        for (const auto &p : parameters) {
            if (p.first == name)
                return p.second;
        }
        return {};
    }
};

struct Part
{
    ContentType contentType;
    QByteArray transferEncoding; // lower case
    QByteArray contentLocation;
    QByteArray contentId;        // without angle brackets
    qsizetype bodyStart = -1;    // -1: the part ended inside its headers
    qsizetype bodyEnd = -1;
    bool cutShort = false;       // the archive ended inside this part
};

// The end of the line starting at pos (the index of its '\n', or size when the data ends first).
qsizetype lineEnd(QByteArrayView data, qsizetype pos)
{
    const qsizetype nl = data.indexOf('\n', pos);
    return nl < 0 ? data.size() : nl;
}

// The line [pos, end) without its '\r'.
QByteArrayView lineAt(QByteArrayView data, qsizetype pos, qsizetype end)
{
    QByteArrayView line = data.sliced(pos, end - pos);
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

// Reads the header block starting at pos, up to the first empty line. Continuation lines (starting with a
// space or tab) are joined to the field before them. Returns the index just after the empty line, or -1
// when the data ends before one (a block cut short).
qsizetype readHeaders(QByteArrayView data, qsizetype pos, qsizetype limit, QVector<HeaderField> &fields)
{
    while (pos < limit) {
        const qsizetype end = std::min(lineEnd(data, pos), limit);
        const QByteArrayView line = lineAt(data, pos, end);
        const qsizetype next = end + 1;
        if (line.trimmed().isEmpty())
            return std::min(next, limit);
        if ((line.front() == ' ' || line.front() == '\t') && !fields.isEmpty()) {
            fields.last().value += ' ';
            fields.last().value += line.trimmed().toByteArray();
        } else {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0) {
                HeaderField field;
                field.name = line.first(colon).trimmed().toByteArray().toLower();
                field.value = line.sliced(colon + 1).trimmed().toByteArray();
                fields.append(std::move(field));
            }
        }
        pos = next;
    }
    return -1;
}

QByteArray headerValue(const QVector<HeaderField> &fields, const char *name)
{
    for (const HeaderField &field : fields) {
        if (field.name == name)
            return field.value;
    }
    return {};
}

// "multipart/related; type=\"text/html\"; boundary=\"----Boundary\"" → type and parameters.
ContentType parseContentType(QByteArrayView value)
{
    ContentType result;
    qsizetype i = 0;
    const qsizetype n = value.size();
    qsizetype semi = value.indexOf(';');
    if (semi < 0)
        semi = n;
    result.mimeType = value.first(semi).trimmed().toByteArray().toLower();
    i = semi + 1;
    while (i < n) {
        while (i < n && (value[i] == ' ' || value[i] == '\t' || value[i] == ';'))
            ++i;
        const qsizetype nameStart = i;
        while (i < n && value[i] != '=' && value[i] != ';')
            ++i;
        const QByteArray name = value.sliced(nameStart, i - nameStart).trimmed().toByteArray().toLower();
        QByteArray parameter;
        if (i < n && value[i] == '=') {
            ++i;
            while (i < n && (value[i] == ' ' || value[i] == '\t'))
                ++i;
            if (i < n && value[i] == '"') {
                ++i;
                while (i < n && value[i] != '"') {
                    if (value[i] == '\\' && i + 1 < n)
                        ++i;
                    parameter += value[i];
                    ++i;
                }
                ++i; // closing quote
            } else {
                const qsizetype start = i;
                while (i < n && value[i] != ';')
                    ++i;
                parameter = value.sliced(start, i - start).trimmed().toByteArray();
            }
        }
        if (!name.isEmpty())
            result.parameters.append({name, parameter});
    }
    return result;
}

QByteArray withoutAngleBrackets(QByteArray id)
{
    id = id.trimmed();
    if (id.startsWith('<') && id.endsWith('>'))
        id = id.mid(1, id.size() - 2);
    return id;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

// RFC 2045 quoted-printable: "=XX" is a byte, "=" at the end of a line is a soft line break; an '=' that is
// neither is kept as it is (lenient, like mail readers).
QByteArray decodeQuotedPrintable(QByteArrayView in)
{
    QByteArray out(in.size(), Qt::Uninitialized);
    char *dst = out.data();
    const char *p = in.data();
    const char *end = p + in.size();
    while (p < end) {
        const char *eq = static_cast<const char *>(memchr(p, '=', size_t(end - p)));
        const char *stop = eq ? eq : end;
        memcpy(dst, p, size_t(stop - p));
        dst += stop - p;
        p = stop;
        if (!eq)
            break;
        // p points at '='
        if (end - p >= 3 && hexValue(p[1]) >= 0 && hexValue(p[2]) >= 0) {
            *dst++ = char(hexValue(p[1]) * 16 + hexValue(p[2]));
            p += 3;
            continue;
        }
        // Soft line break, possibly after transport padding: "=", spaces or tabs, then CRLF or LF.
        const char *q = p + 1;
        while (q < end && (*q == ' ' || *q == '\t'))
            ++q;
        if (q < end && *q == '\r')
            ++q;
        if (q < end && *q == '\n') {
            p = q + 1;
            continue;
        }
        if (q == end) { // "=" at the very end of the part
            p = end;
            continue;
        }
        *dst++ = '=';
        ++p;
    }
    out.truncate(dst - out.data());
    return out;
}

// "Thu, 30 Jan 2025 10:15:03 +0500 (PKT)" → without the RFC 5322 comment.
QString withoutMailComments(const QByteArray &value)
{
    QString text = QString::fromLatin1(value);
    QString out;
    out.reserve(text.size());
    int depth = 0;
    for (QChar c : text) {
        if (c == u'(')
            ++depth;
        else if (c == u')' && depth > 0)
            --depth;
        else if (depth == 0)
            out += c;
    }
    return out.simplified();
}

bool isHtmlType(const QByteArray &mimeType)
{
    return mimeType == "text/html" || mimeType == "application/xhtml+xml";
}

// Decodes the chosen part's body according to its transfer encoding.
QByteArray decodeBody(QByteArrayView body, const QByteArray &encoding, QStringList &warnings)
{
    if (encoding == "quoted-printable")
        return decodeQuotedPrintable(body);
    if (encoding == "base64") {
        // Line breaks and other stray characters between the groups are skipped.
        return QByteArray::fromBase64(body.toByteArray());
    }
    if (!encoding.isEmpty() && encoding != "7bit" && encoding != "8bit" && encoding != "binary") {
        warnings.append(tr("The web page in the archive uses an unknown transfer encoding (\"%1\"); it was read as it is.")
                            .arg(QString::fromLatin1(encoding)));
    }
    return body.toByteArray();
}

} // namespace

bool looksLikeMhtml(const QByteArray &bytes)
{
    // A MIME message starts with header fields: every line up to the first empty one is "Name: value" or a
    // continuation, and a multipart body needs a boundary. Prose that merely mentions "multipart/related"
    // does not look like that.
    const QByteArrayView head = QByteArrayView(bytes).first(std::min<qsizetype>(bytes.size(), 16384));
    qsizetype pos = 0;
    QByteArray contentType;
    bool inContentType = false;
    bool mimeVersion = false;
    int fields = 0;
    while (pos < head.size()) {
        const qsizetype end = lineEnd(head, pos);
        const QByteArrayView line = lineAt(head, pos, end);
        if (line.trimmed().isEmpty())
            break;
        if (line.front() == ' ' || line.front() == '\t') {
            if (fields == 0)
                return false;
            if (inContentType)
                contentType += ' ' + line.trimmed().toByteArray();
        } else {
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                return false;
            for (char c : line.first(colon)) {
                // RFC 5322 field names: printable ASCII except ':' and space.
                if (c <= ' ' || c > '~')
                    return false;
            }
            ++fields;
            const QByteArray name = line.first(colon).toByteArray().toLower();
            inContentType = name == "content-type";
            if (inContentType)
                contentType = line.sliced(colon + 1).trimmed().toByteArray();
            if (name == "mime-version")
                mimeVersion = true;
        }
        if (end >= head.size())
            break;
        pos = end + 1;
    }
    const ContentType type = parseContentType(contentType);
    if (type.mimeType.startsWith("multipart/"))
        return !type.parameter("boundary").isEmpty();
    return isHtmlType(type.mimeType) && mimeVersion;
}

MhtmlPage readMhtml(const QByteArray &bytes, const LoadLimits &limits)
{
    MhtmlPage page;
    const QByteArrayView data(bytes);

    QVector<HeaderField> top;
    const qsizetype bodyStart = readHeaders(data, 0, data.size(), top);
    if (bodyStart < 0) {
        page.error = tr("the archive ends inside its headers; it holds no web page");
        return page;
    }

    const QByteArray dateHeader = headerValue(top, "date");
    if (!dateHeader.isEmpty()) {
        page.date = parsePageDateTime(withoutMailComments(dateHeader));
        if (!page.date.isValid())
            page.warnings.append(tr("The archive's date \"%1\" could not be read.").arg(QString::fromLatin1(dateHeader)));
    }
    const QByteArray snapshotLocation = headerValue(top, "snapshot-content-location");
    const QByteArray topLocation = headerValue(top, "content-location");
    const ContentType topType = parseContentType(headerValue(top, "content-type"));

    // A single-part MIME page (some tools save the page alone): the body is the page.
    if (!topType.mimeType.startsWith("multipart/")) {
        if (!isHtmlType(topType.mimeType)) {
            page.error = tr("the archive holds no web page");
            return page;
        }
        page.partCount = 1;
        page.html = decodeBody(data.sliced(bodyStart), headerValue(top, "content-transfer-encoding").toLower(), page.warnings);
        page.charset = QString::fromLatin1(topType.parameter("charset"));
        page.contentLocation = QString::fromUtf8(!topLocation.isEmpty() ? topLocation : snapshotLocation);
        if (page.html.trimmed().isEmpty())
            page.error = tr("the archive's web page is empty");
        return page;
    }

    const QByteArray boundary = topType.parameter("boundary");
    if (boundary.isEmpty()) {
        page.error = tr("the archive does not say where its parts begin (no boundary)");
        return page;
    }
    if (boundary.size() > kMaxBoundaryLength) {
        page.error = tr("the archive's part boundary is %1 characters long, which no browser writes").arg(boundary.size());
        return page;
    }

    // Find the delimiter lines: "--boundary" at the start of a line, then "--" (the last) or only white space.
    const QByteArray delimiter = "--" + boundary;
    const QByteArrayMatcher matcher(delimiter);
    QVector<qsizetype> delimiterLines; // index of each delimiter's first '-'
    bool closed = false;
    qsizetype closeAt = -1;
    qsizetype pos = bodyStart;
    while (true) {
        const qsizetype at = matcher.indexIn(data, pos);
        if (at < 0)
            break;
        pos = at + 1;
        if (at != bodyStart && data[at - 1] != '\n')
            continue;
        qsizetype after = at + delimiter.size();
        if (data.sliced(after).startsWith("--")) {
            closed = true;
            closeAt = at;
            break;
        }
        while (after < data.size() && (data[after] == ' ' || data[after] == '\t' || data[after] == '\r'))
            ++after;
        if (after < data.size() && data[after] != '\n')
            continue; // "--boundaryX": a longer line, not a delimiter
        delimiterLines.append(at);
        if (delimiterLines.size() > limits.maxArchiveParts) {
            page.error = tr("the archive holds more than %1 parts, over the limit for a saved page").arg(limits.maxArchiveParts);
            return page;
        }
        pos = after;
    }
    page.partCount = int(delimiterLines.size());
    if (delimiterLines.isEmpty()) {
        page.error = tr("the archive holds no parts (its boundary never appears)");
        return page;
    }
    if (!closed)
        page.warnings.append(tr("The archive ends without its closing boundary; it may be cut short."));

    // Each part runs from the line after its delimiter to the line break before the next delimiter.
    QVector<Part> parts;
    parts.reserve(delimiterLines.size());
    for (qsizetype k = 0; k < delimiterLines.size(); ++k) {
        const qsizetype start = lineEnd(data, delimiterLines[k]) + 1;
        const qsizetype nextDelimiter = k + 1 < delimiterLines.size() ? delimiterLines[k + 1] : (closed ? closeAt : data.size());
        qsizetype end = nextDelimiter;
        const bool cutShort = k + 1 == delimiterLines.size() && !closed;
        if (!cutShort) {
            // The line break before a delimiter belongs to the delimiter.
            if (end > start && data[end - 1] == '\n')
                --end;
            if (end > start && data[end - 1] == '\r')
                --end;
        }
        Part part;
        part.cutShort = cutShort;
        if (start > end) {
            parts.append(part);
            continue;
        }
        QVector<HeaderField> fields;
        const qsizetype body = readHeaders(data, start, end, fields);
        part.contentType = parseContentType(headerValue(fields, "content-type"));
        part.transferEncoding = headerValue(fields, "content-transfer-encoding").trimmed().toLower();
        part.contentLocation = headerValue(fields, "content-location");
        part.contentId = withoutAngleBrackets(headerValue(fields, "content-id"));
        if (body >= 0) {
            part.bodyStart = body;
            part.bodyEnd = end;
        }
        parts.append(std::move(part));
    }

    // The main page: the part the archive's "start" names, else the part saved from the snapshot's own
    // address, else the first HTML part.
    qsizetype chosen = -1;
    const QByteArray start = withoutAngleBrackets(topType.parameter("start"));
    for (qsizetype k = 0; k < parts.size() && chosen < 0 && !start.isEmpty(); ++k) {
        if (isHtmlType(parts[k].contentType.mimeType) && parts[k].contentId == start)
            chosen = k;
    }
    const QByteArray location = !snapshotLocation.isEmpty() ? snapshotLocation : topLocation;
    for (qsizetype k = 0; k < parts.size() && chosen < 0 && !location.isEmpty(); ++k) {
        if (isHtmlType(parts[k].contentType.mimeType) && parts[k].contentLocation == location)
            chosen = k;
    }
    for (qsizetype k = 0; k < parts.size() && chosen < 0; ++k) {
        if (isHtmlType(parts[k].contentType.mimeType))
            chosen = k;
    }
    if (chosen < 0) {
        page.error = tr("the archive holds no web page");
        return page;
    }
    const Part &main = parts[chosen];
    if (main.bodyStart < 0) {
        page.error = tr("the archive is cut short before its web page");
        return page;
    }
    page.html = decodeBody(data.sliced(main.bodyStart, main.bodyEnd - main.bodyStart), main.transferEncoding, page.warnings);
    if (page.html.trimmed().isEmpty()) {
        page.error = main.cutShort ? tr("the archive is cut short before its web page") : tr("the archive's web page is empty");
        return page;
    }
    if (main.cutShort)
        page.warnings.append(tr("The web page in the archive is cut short; its end is missing."));
    page.charset = QString::fromLatin1(main.contentType.parameter("charset"));
    page.contentLocation = QString::fromUtf8(!main.contentLocation.isEmpty() ? main.contentLocation : location);
    return page;
}

} // namespace md
