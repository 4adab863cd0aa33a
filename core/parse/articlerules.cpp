// Article line rules for tagless text, shared by the text parser and the HTML extractor's fallbacks.
#include "core/parse/articlerules.h"

#include "core/parse/pagedate.h"

#include <QRegularExpression>

namespace md {

namespace {

bool hasDigitIn(QStringView text)
{
    for (QChar c : text) {
        if (c.isDigit())
            return true;
    }
    return false;
}

} // namespace

bool endsLikeSentence(QStringView text)
{
    qsizetype end = text.size();
    while (end > 0) {
        const char16_t c = text[end - 1].unicode();
        // closing quotes, brackets and trailing space
        if (c == u'"' || c == u'\'' || c == 0x201D || c == 0x2019 || c == 0x00BB || c == u')' || c == u']'
            || c == 0x203A || QChar(c).isSpace()) {
            --end;
            continue;
        }
        // The Urdu full stop (۔) and question mark (؟), and the Arabic semicolon, end sentences as "." does.
        return c == u'.' || c == u'!' || c == u'?' || c == 0x2026 || c == u':' || c == u';' || c == 0x06D4 || c == 0x061F
            || c == 0x061B;
    }
    return false;
}

int countWords(QStringView text)
{
    int words = 0;
    bool inWord = false;
    for (QChar c : text) {
        const bool space = c.isSpace();
        if (!space && !inWord)
            ++words;
        inWord = !space;
    }
    return words;
}

QString datelineOf(QStringView paragraph)
{
    const qsizetype colon = paragraph.indexOf(u':');
    if (colon < 2 || colon > 48 || colon + 1 >= paragraph.size() || !paragraph[colon + 1].isSpace())
        return {};
    const QStringView place = paragraph.left(colon).trimmed();
    int letters = 0;
    for (QChar c : place) {
        if (c.isLetter()) {
            if (!c.isUpper())
                return {};
            ++letters;
        } else if (!(c == u' ' || c == u'.' || c == u'\'' || c == u'-' || c == u'/' || c == u',' || c == QChar(0x2019))) {
            return {};
        }
    }
    return letters >= 2 ? place.toString() : QString();
}

LineRole classifyArticleLine(QStringView line)
{
    if (endsLikeSentence(line))
        return LineRole::Paragraph;
    const int words = countWords(line);
    if (words <= kMaxSubheadingWords)
        return LineRole::Subheading;
    if (words <= kMaxRelatedWords)
        return LineRole::Related;
    return LineRole::Paragraph;
}

bool looksLikeHeadline(QStringView line)
{
    if (endsLikeSentence(line) && !line.trimmed().endsWith(u'?'))
        return false;
    const int words = countWords(line);
    return words >= 2 && words <= 30;
}

bool isCallToReader(QStringView line)
{
    if (countWords(line) > 25)
        return false;
    static const QRegularExpression call(
        QStringLiteral(R"(^(?:sign up|signup|subscribe|follow (?:us|\S+ on)|join (?:us|our)|download (?:our|the)|get (?:our|the) (?:app|newsletter))\b)"),
        QRegularExpression::CaseInsensitiveOption);
    return call.match(line).hasMatch();
}

namespace {

// The words of a line, lower-cased, without the punctuation around them.
QStringList plainWords(QStringView line)
{
    QStringList words;
    for (QStringView word : line.split(u' ', Qt::SkipEmptyParts)) {
        while (!word.isEmpty() && !word.front().isLetterOrNumber())
            word = word.mid(1);
        while (!word.isEmpty() && !word.back().isLetterOrNumber())
            word.chop(1);
        if (!word.isEmpty())
            words.append(word.toString().toLower());
    }
    return words;
}

bool isOneOf(const QString &word, std::initializer_list<const char *> list)
{
    for (const char *w : list) {
        if (word == QLatin1String(w))
            return true;
    }
    return false;
}

} // namespace

FurnitureKind furnitureKindOf(QStringView line)
{
    line = line.trimmed();
    if (line.isEmpty() || line.size() > 80)
        return FurnitureKind::None;
    // A media player's clock: "0:00", "1:24 / 3:05".
    static const QRegularExpression clock(QStringLiteral(R"(^\d{1,2}:\d{2}(?::\d{2})?(?:\s*/\s*\d{1,2}:\d{2}(?::\d{2})?)?$)"));
    if (line.size() <= 20 && clock.match(line).hasMatch())
        return FurnitureKind::MediaTime;
    if (endsLikeSentence(line) && !line.endsWith(u':'))
        return FurnitureKind::None;
    const QStringList words = plainWords(line);
    if (words.isEmpty() || words.size() > 8)
        return FurnitureKind::None;

    // A credit or caption label: a media or credit word before a colon or a bar ("Photo: AFP", "Source: PSX",
    // "Image credit | Reuters"), or a short line that only names a picture ("File photo", "News Image").
    static const QRegularExpression labelled(QStringLiteral(R"(^([\w ]{2,24}?)\s*[:|\x{2013}\x{2014}]\s*\S)"),
                                             QRegularExpression::UseUnicodePropertiesOption);
    const auto creditWord = [](const QString &w) {
        return isOneOf(w, {"photo", "photos", "photograph", "image", "images", "picture", "pic", "source", "sources",
                           "credit", "credits", "courtesy", "graphic", "graphics", "chart", "illustration", "video",
                           "caption", "infographic", "file"});
    };
    if (const QRegularExpressionMatch m = labelled.match(line); m.hasMatch()) {
        const QStringList label = plainWords(m.capturedView(1));
        if (!label.isEmpty() && label.size() <= 3 && creditWord(label.front()) && words.size() <= 8)
            return FurnitureKind::Credit;
    }
    if (words.size() <= 3) {
        bool media = false;
        for (const QString &w : words)
            media = media || isOneOf(w, {"photo", "image", "picture", "video", "graphic", "illustration"});
        if (media && !hasDigitIn(line))
            return FurnitureKind::Credit;
    }

    // A button: an imperative of sharing, following or printing with only its object or a platform after it
    // ("Follow us on Twitter", "Share on whatsapp", "Print Story"); "Share prices rise" is a headline.
    if (words.size() <= 5 && isOneOf(words.front(), {"share", "follow", "subscribe", "print", "tweet", "email",
                                                      "download", "listen", "watch", "join", "like"})) {
        bool onlyObjects = true;
        for (qsizetype i = 1; i < words.size(); ++i) {
            onlyObjects = onlyObjects
                && isOneOf(words[i], {"us", "on", "this", "story", "article", "page", "via", "now", "here", "the",
                                      "to", "our", "channel", "news", "whatsapp", "facebook", "twitter", "x",
                                      "linkedin", "telegram", "instagram", "youtube", "email", "mail", "google",
                                      "podcast", "audio", "edition", "copy", "link", "post"});
        }
        if (onlyObjects)
            return FurnitureKind::Prompt;
    }

    // A print edition's reporter label: one to four words in capitals with no digits, naming a report, a
    // desk, a correspondent or a news agency.
    bool capitals = words.size() <= 4;
    for (QChar c : line) {
        if (c.isLower() || c.isDigit())
            capitals = false;
    }
    if (capitals) {
        for (const QString &w : words) {
            if (isOneOf(w, {"report", "reporter", "correspondent", "desk", "bureau", "staff", "monitoring",
                            "agencies", "wires", "app", "afp", "reuters", "nni", "ppi", "inp", "ap"}))
                return FurnitureKind::BylineLabel;
        }
    }
    // The same label as printed on the web, capitalised word by word: one to three words ending in a desk's
    // name ("Staff Reporter", "Business Desk", "Our Correspondent").
    if (words.size() <= 3 && !hasDigitIn(line) && words.front() != QLatin1String("by")
        && isOneOf(words.back(), {"reporter", "correspondent", "desk", "report", "bureau"})) {
        bool capitalised = true;
        for (QStringView word : line.split(u' ', Qt::SkipEmptyParts))
            capitalised = capitalised && word.front().isUpper();
        if (capitalised)
            return FurnitureKind::BylineLabel;
    }
    return FurnitureKind::None;
}

QString authorOfBylineLabel(QStringView line)
{
    if (furnitureKindOf(line) != FurnitureKind::BylineLabel)
        return {};
    QStringList out;
    for (QStringView word : line.trimmed().split(u' ', Qt::SkipEmptyParts)) {
        // Agencies' initials stay as they are written ("APP"); words are capitalised ("Recorder Report", and a
        // label printed so stays so: "Staff Reporter").
        const QString w = word.toString();
        out.append(w.size() <= 3 ? w : w.left(1) + w.mid(1).toLower());
    }
    return out.join(QLatin1Char(' '));
}

QString signOffAuthor(QStringView line)
{
    const QStringView trimmed = line.trimmed();
    if (trimmed.isEmpty() || countWords(trimmed) > 40)
        return {};
    // "The writer is …", "The author teaches …", "The columnist can be reached at …".
    static const QRegularExpression aboutTheWriter(
        QStringLiteral(R"(^(?:the\s+)?(?:writer|author|columnist|contributor)s?\s+(?:is|are|was|has|teaches|works|heads|can\s+be)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    if (aboutTheWriter.match(trimmed).hasMatch()) {
        QStringView text = trimmed;
        while (!text.isEmpty() && (text.back() == u'.' || text.back().isSpace()))
            text.chop(1);
        return text.toString();
    }
    // "— Farah Qureshi", "-- Farah Qureshi": a dash and a name of one to four capitalised words.
    static const QRegularExpression dashName(
        QStringLiteral(R"(^(?:\x{2014}|\x{2013}|--?)\s*(\p{Lu}[\p{L}.'\-]*(?:\s+\p{Lu}[\p{L}.'\-]*){0,3})$)"),
        QRegularExpression::UseUnicodePropertiesOption);
    if (const QRegularExpressionMatch m = dashName.match(trimmed); m.hasMatch())
        return m.captured(1);
    return {};
}

bool isArticleFooter(QStringView line)
{
    // The newspaper's footnote on a print story: "Published in Dawn, December 2nd, 2023" — a paper and a date.
    if (line.startsWith(QLatin1String("Published in "), Qt::CaseInsensitive) && line.size() <= 100) {
        // "Published in The News, Karachi, December 2, 2023": the date after one of the commas.
        for (qsizetype comma = line.indexOf(u','); comma > 0; comma = line.indexOf(u',', comma + 1)) {
            if (parsePageDateTime(line.mid(comma + 1).trimmed()).isValid())
                return true;
        }
    }
    if (line.isEmpty() || !(line.front() == u'C' || line.front() == u'c' || line.front() == QChar(0x00A9) || line.front() == u'('))
        return false;
    static const QRegularExpression footer(QStringLiteral(R"(^(?:copyright\b|©|\(c\)\s*\d{4}))"),
                                           QRegularExpression::CaseInsensitiveOption);
    return footer.match(line).hasMatch();
}

} // namespace md
