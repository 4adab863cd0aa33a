// Format and encoding detection: BOMs, <meta charset>, MIME archives, UTF-8 validity, Windows-1252.
#include "core/load/documentdecoder.h"

#include "core/load/mhtmlreader.h"
#include "core/wording.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <algorithm>
#include <cstring>

namespace md {
namespace {

// Windows-1252 0x80..0x9F; the rest of the code page is Latin-1. Undefined bytes map to U+FFFD.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
    0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

QString decodeWindows1252(QByteArrayView bytes)
{
    QString out(bytes.size(), Qt::Uninitialized);
    QChar *dst = out.data();
    for (const char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        *dst++ = QChar(b >= 0x80 && b < 0xA0 ? kCp1252High[b - 0x80] : char16_t(b));
    }
    return out;
}

bool isValidUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const auto *end = p + bytes.size();
    while (p < end) {
        // Fast path over ASCII, eight bytes at a time.
        while (end - p >= 8) {
            quint64 chunk;
            memcpy(&chunk, p, 8);
            if (chunk & 0x8080808080808080ull)
                break;
            p += 8;
        }
        if (p >= end)
            break;
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int extra;
        unsigned min;
        unsigned cp;
        if (c >= 0xC2 && c <= 0xDF) { extra = 1; min = 0x80; cp = c & 0x1F; }
        else if (c >= 0xE0 && c <= 0xEF) { extra = 2; min = 0x800; cp = c & 0x0F; }
        else if (c >= 0xF0 && c <= 0xF4) { extra = 3; min = 0x10000; cp = c & 0x07; }
        else return false;
        if (end - p <= extra)
            return false;
        for (int i = 1; i <= extra; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        p += extra + 1;
    }
    return true;
}

void normaliseLineEnds(QString &text)
{
    if (!text.contains(u'\r'))
        return;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(u'\r', u'\n');
}

QString canonicalCharset(QString name)
{
    name = name.trimmed().toLower();
    if (name.startsWith(u'"') || name.startsWith(u'\''))
        name = name.mid(1);
    while (name.endsWith(u'"') || name.endsWith(u'\''))
        name.chop(1);
    if (name == QLatin1String("utf8") || name == QLatin1String("unicode-1-1-utf-8"))
        return QStringLiteral("utf-8");
    // WHATWG: these labels all mean windows-1252.
    static const char *const k1252[] = {"windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "latin1",
                                        "l1", "us-ascii", "ascii", "iso_8859-1", "cp819", "ansi_x3.4-1968"};
    for (const char *label : k1252) {
        if (name == QLatin1String(label))
            return QStringLiteral("windows-1252");
    }
    // WHATWG: the simplified-Chinese labels all mean GBK, read with its superset GB18030 (pages labelled
    // gb2312 use GBK's extra characters).
    static const char *const kGbk[] = {"gb2312", "gbk", "x-gbk", "gb_2312", "gb_2312-80", "csgb2312", "chinese", "iso-ir-58",
                                       "csiso58gb231280"};
    for (const char *label : kGbk) {
        if (name == QLatin1String(label))
            return QStringLiteral("gb18030");
    }
    return name;
}

// The HTML "prescan": looks for <meta charset=...> or <meta http-equiv content="...charset=..."> in the
// page's head, the way browsers do: the first 1024 bytes, and on to the <body> (up to 64 KB), since a browser
// that meets the declaration later while parsing the head reads the page again in it (a web archive's
// scripts set before a Chinese page's own <meta> push it past 1024 bytes).
QString prescanMetaCharset(QByteArrayView bytes)
{
    // The head only (up to <body>, at most 64 KB): each "<meta" tag, matched without copying the page.
    const QByteArrayView head = bytes.first(std::min<qsizetype>(bytes.size(), 64 * 1024));
    const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? char(c + 32) : c; };
    const auto startsWithWord = [&](qsizetype at, const char *word) {
        for (qsizetype k = 0; word[k]; ++k) {
            if (at + k >= head.size() || lower(head[at + k]) != word[k])
                return false;
        }
        return true;
    };
    for (qsizetype pos = head.indexOf('<'); pos >= 0; pos = head.indexOf('<', pos + 1)) {
        if (pos >= 1024 && startsWithWord(pos, "<body"))
            break;
        if (!startsWithWord(pos, "<meta"))
            continue;
        qsizetype close = head.indexOf('>', pos);
        if (close < 0)
            close = head.size();
        const QByteArray tag = head.sliced(pos, close - pos).toByteArray().toLower();
        const qsizetype at = tag.indexOf("charset");
        if (at < 0)
            continue;
        qsizetype i = at + 7;
        while (i < tag.size() && (tag[i] == ' ' || tag[i] == '\t'))
            ++i;
        if (i >= tag.size() || tag[i] != '=')
            continue;
        ++i;
        while (i < tag.size() && (tag[i] == ' ' || tag[i] == '"' || tag[i] == '\''))
            ++i;
        qsizetype j = i;
        while (j < tag.size() && tag[j] != '"' && tag[j] != '\'' && tag[j] != ';' && tag[j] != ' ' && tag[j] != '/'
               && tag[j] != '>')
            ++j;
        if (j > i)
            return QString::fromLatin1(tag.mid(i, j - i));
    }
    return {};
}

bool startsLikeHtml(QStringView text)
{
    // Skip leading space, BOM and comments ("<!-- saved from url=... -->").
    qsizetype i = 0;
    const qsizetype n = std::min<qsizetype>(text.size(), 4096);
    while (i < n) {
        while (i < n && (text[i].isSpace() || text[i] == QChar(0xFEFF)))
            ++i;
        if (text.mid(i, 4) == QLatin1String("<!--")) {
            const qsizetype end = text.indexOf(QLatin1String("-->"), i + 4);
            if (end < 0 || end > n)
                return false;
            i = end + 3;
            continue;
        }
        break;
    }
    const QStringView head = text.mid(i, 16);
    static const char *const kOpeners[] = {"<!doctype html", "<?xml"};
    for (const char *opener : kOpeners) {
        if (head.startsWith(QLatin1String(opener), Qt::CaseInsensitive))
            return true;
    }
    // A page saved from its first element on, whatever that is: the document's own, its head's (a <style>
    // or <script> block before <html>), or a body's (a server's warning printed as "<br />\n<b>Warning</b>"
    // above the page).
    static const char *const kElements[] = {"html", "head", "body", "meta", "title", "link", "style", "script", "noscript",
                                            "base", "article", "div", "section", "main", "header", "nav", "span", "p",
                                            "br", "b", "table", "form", "iframe", "h1", "h2", "center", "font", "ul"};
    if (!head.startsWith(u'<'))
        return false;
    for (const char *element : kElements) {
        const QLatin1String name(element);
        if (head.mid(1).startsWith(name, Qt::CaseInsensitive)) {
            const qsizetype after = 1 + name.size();
            if (after < head.size() && (head[after].isSpace() || head[after] == u'>' || head[after] == u'/'))
                return true;
        }
    }
    return false;
}

// UTF-16 without a byte-order mark shows as zero bytes at every other position.
std::optional<QStringConverter::Encoding> guessBomlessUtf16(QByteArrayView bytes)
{
    const qsizetype n = std::min<qsizetype>(bytes.size() & ~qsizetype(1), 4096);
    if (n < 8)
        return std::nullopt;
    qsizetype evenZero = 0, oddZero = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenZero += bytes[i] == 0;
        oddZero += bytes[i + 1] == 0;
    }
    const qsizetype pairs = n / 2;
    if (oddZero * 10 >= pairs * 9 && evenZero * 10 < pairs)
        return QStringConverter::Utf16LE;
    if (evenZero * 10 >= pairs * 9 && oddZero * 10 < pairs)
        return QStringConverter::Utf16BE;
    // A script outside Latin (Urdu, Arabic): each unit's high byte takes one value for the letters (0x06) and
    // zero for spaces, digits and line ends, while the low byte varies. UTF-8 text never looks so, and such
    // bytes are not valid UTF-8 (a letter's low byte is followed by 0x06, never a continuation byte).
    if (isValidUtf8(bytes.first(n)))
        return std::nullopt;
    const auto highBytesOfOneScript = [&](qsizetype high) {
        qsizetype counts[256] = {};
        bool lowSeen[256] = {};
        qsizetype lowVariety = 0;
        for (qsizetype i = 0; i < n; i += 2) {
            ++counts[quint8(bytes[i + high])];
            const quint8 low = quint8(bytes[i + 1 - high]);
            if (!lowSeen[low]) {
                lowSeen[low] = true;
                ++lowVariety;
            }
        }
        qsizetype first = 0, second = 0;
        for (int v = 1; v < 256; ++v) {
            if (counts[v] > first) {
                second = first;
                first = counts[v];
            } else if (counts[v] > second) {
                second = counts[v];
            }
        }
        return counts[0] * 20 >= pairs && (counts[0] + first + second) * 20 >= pairs * 19 && first * 4 >= pairs
            && lowVariety >= 24;
    };
    const bool le = highBytesOfOneScript(1);
    const bool be = highBytesOfOneScript(0);
    if (le != be)
        return le ? QStringConverter::Utf16LE : QStringConverter::Utf16BE;
    return std::nullopt;
}

// Bytes that are not UTF-8 and read as Arabic script in Windows-1256 (Urdu saved by a legacy editor): most of
// their letters are bytes of 0x80 and above, and Windows-1256 makes nearly all of those Arabic letters.
// Western text in Windows-1252 has few such bytes (an accent, a curly quote).
bool looksLikeWindows1256(QByteArrayView bytes, const QString &asWindows1256)
{
    qsizetype high = 0, asciiLetters = 0;
    for (char b : bytes.first(std::min<qsizetype>(bytes.size(), 65536))) {
        const quint8 u = quint8(b);
        if (u >= 0x80)
            ++high;
        else if ((u | 0x20) >= 'a' && (u | 0x20) <= 'z')
            ++asciiLetters;
    }
    if (high * 2 < asciiLetters || high < 16)
        return false;
    qsizetype nonAscii = 0, arabic = 0;
    for (QChar ch : QStringView(asWindows1256).first(std::min<qsizetype>(asWindows1256.size(), 65536))) {
        if (ch.unicode() < 0x80)
            continue;
        ++nonAscii;
        arabic += ch.script() == QChar::Script_Arabic;
    }
    return nonAscii > 0 && arabic * 10 >= nonAscii * 8;
}

// C0 control characters other than white space (a BEL, a group separator pasted into a page's text): a browser
// shows nothing for them, and the HTML parser would print each as U+FFFD.
// True when the bytes hold a C0 control other than white space (tab, line feed, form feed, carriage return), or a
// zero byte (UTF-16 text, whose every ASCII letter has one: the decoded text is then looked at instead). Eight
// bytes at a time: a word holds a byte under 0x20 only when this test says so.
bool mayHoldControls(QByteArrayView bytes)
{
    constexpr quint32 kControls = ~((1u << '\t') | (1u << '\n') | (1u << '\f') | (1u << '\r'));
    const auto isControl = [](unsigned char c) { return c < 0x20 && ((kControls >> c) & 1u); };
    constexpr quint64 kOnes = 0x0101010101010101ULL;
    const char *p = bytes.data();
    const char *end = p + bytes.size();
    for (; end - p >= 8; p += 8) {
        quint64 word;
        std::memcpy(&word, p, sizeof word);
        if ((word - kOnes * 0x20) & ~word & (kOnes * 0x80)) {
            for (int k = 0; k < 8; ++k) {
                if (isControl(static_cast<unsigned char>(p[k])))
                    return true;
            }
        }
    }
    for (; p < end; ++p) {
        if (isControl(static_cast<unsigned char>(*p)))
            return true;
    }
    return false;
}

// Drops the C0 controls other than white space from the decoded text of bytes (gumbo would read each as U+FFFD).
void dropControlCharacters(QString &text, QByteArrayView bytes)
{
    if (!mayHoldControls(bytes))
        return;
    constexpr quint32 kControls = ~((1u << u'\t') | (1u << u'\n') | (1u << u'\f') | (1u << u'\r'));
    text.removeIf([](QChar c) { return c.unicode() < 0x20 && ((kControls >> c.unicode()) & 1u); });
}

} // namespace

QString describeBinaryContent(const QByteArray &head)
{
    struct Signature { const char *magic; int length; const char *what; };
    static const Signature kSignatures[] = {
        {"\x89PNG", 4, QT_TRANSLATE_NOOP("md", "a PNG image")},
        {"\xFF\xD8\xFF", 3, QT_TRANSLATE_NOOP("md", "a JPEG image")},
        {"GIF8", 4, QT_TRANSLATE_NOOP("md", "a GIF image")},
        {"RIFF", 4, QT_TRANSLATE_NOOP("md", "a RIFF media file (WebP, WAV or AVI)")},
        {"%PDF", 4, QT_TRANSLATE_NOOP("md", "a PDF document")},
        {"PK\x03\x04", 4, QT_TRANSLATE_NOOP("md", "a ZIP archive (or an Office document)")},
        {"\x1F\x8B", 2, QT_TRANSLATE_NOOP("md", "a gzip-compressed file")},
        {"\x7F" "ELF", 4, QT_TRANSLATE_NOOP("md", "a program (ELF executable)")},
        {"MZ", 2, QT_TRANSLATE_NOOP("md", "a Windows program")},
        {"SQLite format 3", 15, QT_TRANSLATE_NOOP("md", "an SQLite database")},
        {"7z\xBC\xAF", 4, QT_TRANSLATE_NOOP("md", "a 7-Zip archive")},
        {"\xD0\xCF\x11\xE0", 4, QT_TRANSLATE_NOOP("md", "a legacy Office document")},
    };
    for (const Signature &sig : kSignatures) {
        if (head.startsWith(QByteArrayView(sig.magic, sig.length)))
            return tr(sig.what);
    }
    return {};
}

// How much of a byte run that is not valid UTF-8 still reads as UTF-8: multi-byte sequences well formed, and
// bytes that start none (counted without decoding, so a large legacy file costs one pass).
struct Utf8Census
{
    qsizetype sequences = 0;
    qsizetype stray = 0;
};

Utf8Census utf8Census(QByteArrayView bytes)
{
    Utf8Census census;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char b = p[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        const int length = (b >= 0xC2 && b <= 0xDF) ? 2 : (b >= 0xE0 && b <= 0xEF) ? 3 : (b >= 0xF0 && b <= 0xF4) ? 4 : 0;
        bool valid = length > 0 && i + length <= n;
        for (int k = 1; valid && k < length; ++k)
            valid = (p[i + k] & 0xC0) == 0x80;
        if (valid) {
            ++census.sequences;
            i += length;
        } else {
            ++census.stray;
            ++i;
        }
    }
    return census;
}

// UTF-8, except that a byte that starts no valid sequence is read as Windows-1252; *stray counts them.
QString decodeUtf8WithStrayBytes(QByteArrayView bytes, int *stray)
{
    QString out;
    out.reserve(bytes.size());
    *stray = 0;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char b = p[i];
        int length = b < 0x80 ? 1 : (b >= 0xC2 && b <= 0xDF) ? 2 : (b >= 0xE0 && b <= 0xEF) ? 3 : (b >= 0xF0 && b <= 0xF4) ? 4 : 0;
        bool valid = length > 0 && i + length <= n;
        for (int k = 1; valid && k < length; ++k)
            valid = (p[i + k] & 0xC0) == 0x80;
        if (valid && length > 1) {
            const QString piece = QString::fromUtf8(reinterpret_cast<const char *>(p + i), length);
            valid = !piece.contains(QChar::ReplacementCharacter);
            if (valid)
                out += piece;
        } else if (valid) {
            out += QChar(char16_t(b));
        }
        if (valid) {
            i += length;
        } else {
            out += decodeWindows1252(QByteArrayView(reinterpret_cast<const char *>(p + i), 1));
            ++*stray;
            ++i;
        }
    }
    return out;
}

void decodeText(const QByteArray &bytes, const QString &declaredCharset, DecodedDocument &out)
{
    // A byte-order mark wins over everything else.
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        out.encoding = QStringLiteral("UTF-8");
        const QByteArrayView body = QByteArrayView(bytes).sliced(3);
        if (!isValidUtf8(body))
            out.warnings.append(tr("The text is marked as UTF-8 but has invalid bytes; they were replaced with \uFFFD."));
        out.text = QString::fromUtf8(body);
    } else if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool le = bytes.startsWith("\xFF\xFE");
        out.encoding = le ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
        QStringDecoder decoder(le ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
        out.text = decoder(QByteArrayView(bytes).sliced(2));
        if (bytes.size() % 2 != 0)
            out.warnings.append(tr("The UTF-16 text ends in half a character (the file may be cut short)."));
    } else if (const auto utf16 = guessBomlessUtf16(bytes)) {
        const bool le = *utf16 == QStringConverter::Utf16LE;
        out.encoding = le ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
        QStringDecoder decoder(*utf16);
        out.text = decoder(bytes);
        out.warnings.append(tr("The text is UTF-16 without a byte-order mark; it was read as %1.").arg(out.encoding));
    } else {
        const QString declared = canonicalCharset(declaredCharset);
        const bool utf8 = isValidUtf8(bytes);
        if (declared == QLatin1String("windows-1252")) {
            out.encoding = QStringLiteral("windows-1252");
            out.text = decodeWindows1252(bytes);
        } else if (utf8) {
            out.encoding = QStringLiteral("UTF-8");
            out.text = QString::fromUtf8(bytes);
        } else if (!declared.isEmpty() && declared != QLatin1String("utf-8")
                   && QStringDecoder(declared.toLatin1().constData()).isValid()) {
            QStringDecoder decoder(declared.toLatin1().constData());
            out.encoding = declared;
            out.text = decoder(bytes);
        } else {
            // Mostly UTF-8 with a few stray legacy bytes (a widget pasted from an old page): read as UTF-8, each
            // stray byte as the Windows-1252 character a browser's fallback would show. Otherwise a legacy
            // editor's "ANSI" save: Windows-1252, whatever the page declares.
            const bool mayBeUtf8 = declared.isEmpty() || declared == QLatin1String("utf-8");
            const Utf8Census census = mayBeUtf8 ? utf8Census(bytes) : Utf8Census{};
            if (mayBeUtf8 && census.sequences > census.stray) {
                int stray = 0;
                out.encoding = QStringLiteral("UTF-8");
                out.text = decodeUtf8WithStrayBytes(bytes, &stray);
                out.warnings.append(tr("%1 byte(s) of the page were not valid UTF-8 and were read as Windows-1252.").arg(stray));
            } else if (QStringDecoder arabic("windows-1256"); mayBeUtf8 && arabic.isValid()
                       && looksLikeWindows1256(bytes, QStringDecoder("windows-1256").decode(bytes.left(65536)))) {
                out.encoding = QStringLiteral("windows-1256");
                out.text = arabic(bytes);
                out.warnings.append(tr("The text is not valid UTF-8 and its letters are Arabic script; it was read as "
                                       "Windows-1256 (Arabic, Urdu)."));
            } else {
                out.encoding = QStringLiteral("windows-1252");
                out.text = decodeWindows1252(bytes);
                out.warnings.append(declared == QLatin1String("utf-8")
                                        ? tr("The page declares UTF-8 but its bytes are not valid UTF-8; it was read as Windows-1252.")
                                        : tr("The text is not valid UTF-8; it was read as Windows-1252."));
            }
        }
    }
    normaliseLineEnds(out.text);
    if (out.text.contains(QChar(0)))
        out.text.remove(QChar(0));
}

DecodedDocument decodeDocument(const QByteArray &bytes, const LoadLimits &limits)
{
    DecodedDocument doc;
    if (bytes.isEmpty()) {
        doc.error = tr("the file is empty");
        return doc;
    }
    if (bytes.size() > limits.maxFileBytes) {
        doc.error = tr("the file is %1 MB, over the %2 MB limit for a page snapshot")
                        .arg(bytes.size() / (1024 * 1024))
                        .arg(limits.maxFileBytes / (1024 * 1024));
        return doc;
    }
    const QByteArray head = bytes.left(64);
    const QString binary = describeBinaryContent(head);
    if (!binary.isEmpty()) {
        doc.error = tr("this is not a page snapshot: it looks like %1").arg(binary);
        return doc;
    }

    // Before the binary check: an archive's image parts may be stored as raw bytes.
    if (looksLikeMhtml(bytes)) {
        MhtmlPage page = readMhtml(bytes, limits);
        if (!page.ok()) {
            doc.error = page.error;
            return doc;
        }
        doc.format = SnapshotFormat::Mhtml;
        doc.capturedAt = page.date;
        doc.contentLocation = page.contentLocation;
        doc.warnings = page.warnings;
        const QString declared = page.charset.isEmpty() ? prescanMetaCharset(page.html) : page.charset;
        decodeText(page.html, declared, doc);
        dropControlCharacters(doc.text, page.html);
        return doc;
    }

    const bool hasBom = bytes.startsWith("\xEF\xBB\xBF") || bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF");
    if (!hasBom && !guessBomlessUtf16(bytes) && QByteArrayView(bytes).first(std::min<qsizetype>(bytes.size(), 8192)).contains('\0')) {
        doc.error = tr("this is not a page snapshot: it holds binary data, not text");
        return doc;
    }

    // Decode first with what the bytes themselves declare, then decide HTML or text on the characters.
    const QString metaCharset = prescanMetaCharset(bytes);
    decodeText(bytes, metaCharset, doc);
    doc.format = startsLikeHtml(doc.text) ? SnapshotFormat::Html : SnapshotFormat::Text;
    if (doc.format == SnapshotFormat::Html)
        dropControlCharacters(doc.text, bytes);

    // Text that is mostly control characters is not a page, whatever its extension says.
    if (doc.format == SnapshotFormat::Text) {
        const QStringView sample = QStringView(doc.text).left(8192);
        qsizetype control = 0;
        for (QChar c : sample) {
            const char16_t u = c.unicode();
            if ((u < 0x20 && u != u'\n' && u != u'\t' && u != u'\f') || u == 0xFFFD || (u >= 0x7F && u < 0xA0))
                ++control;
        }
        if (!sample.isEmpty() && control * 10 > sample.size()) {
            doc.error = tr("this is not a page snapshot: it holds binary data, not text");
            return doc;
        }
        if (doc.text.trimmed().isEmpty()) {
            doc.error = tr("the file holds only white space");
            return doc;
        }
    }
    return doc;
}

} // namespace md
