// Article line rules for tagless text, shared by the text parser and the HTML extractor's fallbacks.
#include "core/parse/articlerules.h"

#include "core/parse/pagedate.h"

#include <QRegularExpression>

namespace md {

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
        return c == u'.' || c == u'!' || c == u'?' || c == 0x2026 || c == u':' || c == u';';
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
