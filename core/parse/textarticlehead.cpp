// Rules for the head of a text copy: which lines are page furniture, which the headline, byline and standfirst.
#include "core/parse/textarticlehead.h"

#include "core/parse/articlerules.h"
#include "core/parse/pagedate.h"
#include "core/parse/sitemarkup.h"
#include "core/parse/urdu.h"
#include "core/wording.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace md {
namespace {

// The head is short: the body starts within this many lines after the ticker or not at all.
constexpr qsizetype kHeadScanLimit = 80;
// A name or agency in a byline has at most this many words ("Kamran Ali Shah", "BR Web Desk").
constexpr int kMaxNameWords = 6;
// A standfirst is a sentence or two, never a long paragraph.
constexpr int kMaxStandfirstWords = 60;

QVector<QStringView> wordsOf(QStringView text)
{
    QVector<QStringView> words;
    qsizetype i = 0;
    while (i < text.size()) {
        while (i < text.size() && text[i].isSpace())
            ++i;
        const qsizetype start = i;
        while (i < text.size() && !text[i].isSpace())
            ++i;
        if (i > start)
            words.append(text.mid(start, i - start));
    }
    return words;
}

// The text from word `from` to the end (words are views into text).
QStringView tailFrom(QStringView text, const QVector<QStringView> &words, qsizetype from)
{
    return QStringView(words[from].data(), text.data() + text.size() - words[from].data());
}

QStringView headUpTo(QStringView text, const QVector<QStringView> &words, qsizetype to)
{
    if (to <= 0)
        return {};
    return QStringView(text.data(), words[to - 1].data() + words[to - 1].size() - text.data());
}

// Words in small letters only, no figures ("pakistan stock exchange"); a caseless script's letter is none.
bool isAllSmallLetters(QStringView text)
{
    bool small = false;
    for (QChar c : text) {
        if (c.isDigit() || (c.isLetter() && !c.isLower()))
            return false;
        small = small || c.isLower();
    }
    return small;
}

bool hasDigit(QStringView text)
{
    for (QChar c : text) {
        if (c.isDigit())
            return true;
    }
    return false;
}

// A publication's name after a title's bar: one to four words, each capitalised, no figure ("The Express
// Tribune", "Dawn").
bool looksLikeSiteName(QStringView text)
{
    const int words = countWords(text);
    if (words < 1 || words > 4 || hasDigit(text) || endsLikeSentence(text))
        return false;
    for (QStringView word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (!word.front().isUpper())
            return false;
    }
    return true;
}

// The last character that is not a closing quote, bracket or space.
QChar lastMark(QStringView text)
{
    qsizetype end = text.size();
    while (end > 0) {
        const char16_t c = text[end - 1].unicode();
        if (c == u'"' || c == u'\'' || c == 0x201D || c == 0x2019 || c == 0x00BB || c == u')' || c == u']'
            || QChar(c).isSpace()) {
            --end;
            continue;
        }
        return QChar(c);
    }
    return {};
}

// "3:18 pm", "04:28pm", "17:05": a clock printed on its own.
// A clock as parsePageDateTime reads it: "17:37:PM" (a 24-hour clock with its half-day's mark after a colon) is
// "17:37", and "5:37:PM" is "5:37 PM"; any other clock as it is.
QString clockText(QStringView text)
{
    text = text.trimmed();
    const qsizetype second = text.lastIndexOf(u':');
    if (second < 3 || second + 3 != text.size() || !text[second + 1].isLetter())
        return text.toString();
    const int hour = text.left(text.indexOf(u':')).toInt();
    return hour > 12 ? text.left(second).toString() : text.left(second).toString() + QLatin1Char(' ') + text.mid(second + 1).toString();
}

bool isClock(QStringView text)
{
    text = text.trimmed();
    const qsizetype colon = text.indexOf(u':');
    if (colon < 1 || colon > 2 || text.size() < colon + 3)
        return false;
    for (qsizetype i = 0; i < colon + 3; ++i) {
        if (i != colon && !text[i].isDigit())
            return false;
    }
    QStringView rest = text.mid(colon + 3).trimmed();
    // "17:37:PM": the half-day's mark after a second colon, as some sites print a 24-hour clock.
    if (rest.startsWith(u':') && rest.size() == 3)
        rest = rest.mid(1);
    return rest.isEmpty() || rest.compare(QLatin1String("am"), Qt::CaseInsensitive) == 0
        || rest.compare(QLatin1String("pm"), Qt::CaseInsensitive) == 0
        || rest.compare(QLatin1String("a.m."), Qt::CaseInsensitive) == 0
        || rest.compare(QLatin1String("p.m."), Qt::CaseInsensitive) == 0;
}

// "16", "1,204": a figure alone on its line, as a page prints its count of views, shares or comments.
bool isBareCount(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty() || text.size() > 9 || !text.front().isDigit())
        return false;
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit() || c == u','; });
}

// A name or agency as bylines print it: one to six words, the first capitalised, no digits, no sentence end.
// After an explicit "By" the name is taken as printed, digits and all (up to 80 characters).
bool looksLikeName(QStringView name, bool afterBy = false)
{
    if (name.isEmpty() || name.size() > (afterBy ? 80 : 60) || (!afterBy && hasDigit(name)) || endsLikeSentence(name))
        return false;
    const int words = countWords(name);
    // A script without capitals (Urdu, Arabic) starts a name with any letter.
    const QChar first = name.front();
    return words >= 1 && words <= kMaxNameWords && first.isLetter()
        && (first.isUpper() || first.category() == QChar::Letter_Other);
}

// "تحریر:" (written by), "رپورٹ:" (report) and "مصنف," (author, as BBC Urdu labels it) open an Urdu byline as
// "By" does.
bool stripUrduBy(QStringView &text)
{
    for (const char16_t *word : {u"تحریر", u"رپورٹ", u"رپورٹنگ", u"مصنف"}) {
        const QStringView w(word);
        if (text.startsWith(w) && text.size() > w.size()
            && (text[w.size()] == u':' || text[w.size()] == u',' || text[w.size()] == QChar(0x060C) || text[w.size()].isSpace())) {
            text = text.mid(w.size() + (text[w.size()].isSpace() ? 0 : 1)).trimmed();
            return true;
        }
    }
    return false;
}

// A name printed bare before a date ("Kamran Ali Shah 14 Oct 2021") is capitalised word by word, short
// particles aside ("Ali bin Qasim"): "Gold hits record high on 5 Dec 2023" is a headline, not a byline.
bool looksLikeBareName(QStringView name)
{
    if (!looksLikeName(name))
        return false;
    for (QStringView word : wordsOf(name)) {
        if (word.front().isLetter() && word.front().isLower() && word.size() > 3)
            return false;
    }
    return true;
}

bool startsWithWord(QStringView text, QLatin1String word)
{
    return text.size() > word.size() && text.left(word.size()).compare(word, Qt::CaseInsensitive) == 0
        && text[word.size()].isSpace();
}

// "By: Ahmed Raza": "By" with a colon after it.
bool startsWithByColon(QStringView text)
{
    return text.size() > 3 && text.left(3).compare(QLatin1String("by:"), Qt::CaseInsensitive) == 0;
}

// "Ahmed Raza, Correspondent", "Sana Malik, Staff Reporter": the writer's role after a comma is no part of the name.
QStringView withoutRole(QStringView name)
{
    const qsizetype comma = name.lastIndexOf(u',');
    if (comma < 1)
        return name;
    return furnitureKindOf(name.mid(comma + 1)) == FurnitureKind::BylineLabel ? name.left(comma).trimmed() : name;
}

// "Today's Paper", "E-Paper", "Print Edition": a print edition's label, which a site prints with the day's date.
bool isPrintEditionLabel(QStringView text)
{
    const QVector<QStringView> words = wordsOf(text);
    if (words.isEmpty() || words.size() > 3)
        return false;
    const QStringView last = words.back();
    return last.compare(QLatin1String("Paper"), Qt::CaseInsensitive) == 0
        || last.compare(QLatin1String("E-Paper"), Qt::CaseInsensitive) == 0
        || last.compare(QLatin1String("Epaper"), Qt::CaseInsensitive) == 0
        || last.compare(QLatin1String("Edition"), Qt::CaseInsensitive) == 0;
}

// "Web Desk BOL News", "Staff Reporter The Ledger": a desk's label with the site's name after it (one to three
// capitalised words); the desk's name as an author, empty for any other line.
QString deskBeforeSiteName(QStringView line)
{
    const QVector<QStringView> words = wordsOf(line);
    if (words.size() < 3 || words.size() > 6 || line.size() > 60 || hasDigit(line) || endsLikeSentence(line))
        return {};
    for (qsizetype n = 2; n <= 3 && n < words.size(); ++n) {
        if (words.size() - n > 3)
            continue;
        bool capitalised = true;
        for (qsizetype k = n; k < words.size(); ++k)
            capitalised = capitalised && words[k].front().isUpper();
        const QStringView desk = headUpTo(line, words, n);
        if (capitalised && furnitureKindOf(desk) == FurnitureKind::BylineLabel)
            return authorOfBylineLabel(desk);
    }
    return {};
}

// "… received congratulations from friends. Image: Lahore Qalandars/ Twitter": a picture's caption that ends with its
// credit under a label (image, photo, picture, credit, courtesy, source, file) and a colon, a few words after it.
bool isCaptionWithCredit(QStringView line)
{
    if (line.size() < 24 || line.size() > 500 || endsLikeSentence(line))
        return false;
    static const QRegularExpression credit(
        QStringLiteral(R"([.!?\x{201D}"]\s+(?:photo|image|picture|pic|credit|courtesy|source|file)(?:\s+(?:credit|courtesy|source))?\s*:\s*[^.!?:]{2,60}$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QStringView tail = line.right(80);
    return tail.contains(u':') && credit.match(tail).hasMatch() && countWords(tail.mid(tail.lastIndexOf(u':') + 1)) <= 6;
}

// "Gravatar Avatar", "Author Avatar", "Sana Malik avatar": the writer's picture's text, a short line ending in "Avatar".
bool isAvatarText(QStringView line)
{
    const QVector<QStringView> words = wordsOf(line);
    return !words.isEmpty() && words.size() <= 4 && words.back().compare(QLatin1String("Avatar"), Qt::CaseInsensitive) == 0;
}

// "Sana Malik (@sanamalik88)": the writer's social handle printed in brackets after the name is no part of it.
QStringView withoutSocialHandle(QStringView name)
{
    if (!name.endsWith(u')'))
        return name;
    const qsizetype open = name.lastIndexOf(QLatin1String("(@"));
    if (open < 1 || !name[open - 1].isSpace())
        return name;
    const QStringView handle = name.mid(open + 2, name.size() - open - 3);
    if (handle.isEmpty() || handle.size() > 30)
        return name;
    for (QChar c : handle) {
        if (!(c.isLetterOrNumber() || c == u'_' || c == u'.'))
            return name;
    }
    return name.left(open).trimmed();
}

// "2 hours ago", "5 mins ago": a time relative to the reader's moment, which dates nothing in a saved copy.
bool isRelativeTime(QStringView text)
{
    const QVector<QStringView> words = wordsOf(text);
    return words.size() >= 2 && words.size() <= 4 && words.back().compare(QLatin1String("ago"), Qt::CaseInsensitive) == 0;
}

enum class DateWord { None, Published, Updated };

// "Published", "Published:", "Updated", "Posted", "Last updated" is two words and ends in "updated".
DateWord dateWordOf(QStringView word)
{
    if (word.endsWith(u':'))
        word.chop(1);
    if (word.compare(QLatin1String("Published"), Qt::CaseInsensitive) == 0
        || word.compare(QLatin1String("Posted"), Qt::CaseInsensitive) == 0)
        return DateWord::Published;
    if (word.compare(QLatin1String("Updated"), Qt::CaseInsensitive) == 0)
        return DateWord::Updated;
    return DateWord::None;
}

// Splits a byline at its separators: "|", "·" (U+00B7) and "•" between words.
QVector<QStringView> segmentsOf(QStringView line)
{
    QVector<QStringView> segments;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= line.size(); ++i) {
        if (i == line.size() || line[i] == u'|' || line[i] == QChar(0x00B7)) {
            const QStringView piece = line.mid(start, i - start).trimmed();
            if (!piece.isEmpty())
                segments.append(piece);
            start = i + 1;
        }
    }
    return segments;
}

// A masthead line starts with the day's date and goes on with menu words: "►" marks or capitals.
bool restLooksLikeMenu(QStringView rest)
{
    if (rest.contains(QChar(0x25BA)))
        return true;
    const QVector<QStringView> words = wordsOf(rest);
    if (words.isEmpty())
        return false;
    for (QChar c : words.front()) {
        if (c.isLetter() && !c.isUpper())
            return false;
    }
    return words.front().size() >= 2;
}

// A line that can stand as a headline over another headline-like line: five words or more, and not a
// menu of capitalised words ("Home Latest Pakistan Business Opinion World").
bool looksLikeStackedHeadline(QStringView line)
{
    if (countWords(line) < 5 || !looksLikeHeadline(line) || isSiteLine(line) || isMastheadLogo(line)
        || mastheadDateOf(line).isValid() || parseBylineLine(line))
        return false;
    for (QStringView word : wordsOf(line)) {
        if (word.front().isLetter() && !word.front().isUpper())
            return true;
    }
    return false;
}

// An Urdu writer's name on a line of its own: two or three words in Arabic script, no figure, mark or bracket
// ("ریحان محمد").
bool isUrduNameLine(QStringView line)
{
    line = line.trimmed();
    const int words = countWords(line);
    if (words < 2 || words > 3 || line.size() > 40 || hasDigit(line) || endsLikeSentence(line)
        || !urdu::isMostlyArabicScript(line))
        return false;
    for (QChar c : line) {
        if (!(c.isLetter() || c.isSpace() || c.isMark()))
            return false;
    }
    return true;
}

// "By |": a byline whose name was lost in the copy, "By" with nothing but marks after it.
bool isEmptyByline(QStringView line)
{
    line = line.trimmed();
    if (line.size() < 3 || line.size() > 8 || !startsWithWord(line, QLatin1String("By")))
        return false;
    for (QChar c : line.mid(2)) {
        if (c.isLetterOrNumber())
            return false;
    }
    return true;
}

// "Tuesday, January 28, 2025": a line wholly a day's date with its weekday, no time.
bool isDayLine(QStringView line)
{
    if (countWords(line) != 4 || hasDigit(wordsOf(line).front()))
        return false;
    const Timestamp whole = parsePageDateTime(line);
    return whole.isValid() && !whole.hasTime();
}

// Nothing but the masthead (its logo, its dated line, the day alone on the first line) stands above line `at`.
bool onlyMastheadAbove(const QVector<TextLine> &lines, qsizetype at)
{
    for (qsizetype k = 0; k < at; ++k) {
        const QStringView text = lines[k].text;
        if (!(isMastheadLogo(text) || mastheadDateOf(text).isValid() || (k == 0 && isDayLine(text))))
            return false;
    }
    return true;
}

// At the copy's top, a short title of two to four words with a word in small letters ("Time for optimism") over
// a standfirst of eight words or more, a blank line between: the title is the headline, the line under it its
// standfirst. A menu or a section's name ("Business News") has no word in small letters.
bool isShortTitleOverStandfirst(const QVector<TextLine> &lines, qsizetype i)
{
    if (i < 1 || !lines[i].blankBefore || countWords(lines[i].text) < 8 || !onlyMastheadAbove(lines, i - 1))
        return false;
    const QStringView title = lines[i - 1].text;
    const int words = countWords(title);
    if (words < 2 || words > 4 || !looksLikeHeadline(title) || isSiteLine(title) || isMastheadLogo(title)
        || mastheadDateOf(title).isValid() || parseBylineLine(title))
        return false;
    // A word of its own in small letters, not only the small words between capitalised ones ("Letters to the
    // Editor").
    for (QStringView word : wordsOf(title).mid(1)) {
        if (word.size() >= 4 && word.front().isLetter() && word.front().isLower())
            return true;
    }
    return false;
}

// A section's label on a line of its own: one or two capitalised words, no figure ("Business", "World News").
bool isSectionLabel(QStringView line)
{
    line = line.trimmed();
    const int words = countWords(line);
    if (words < 1 || words > 2 || line.size() > 24 || hasDigit(line) || endsLikeSentence(line))
        return false;
    for (QStringView word : wordsOf(line)) {
        if (!word.front().isUpper())
            return false;
    }
    return true;
}

// "Agencies", "News Agencies", "Wires", "APP": a credit of news agencies, printed as a section's label would be.
bool isAgenciesCredit(QStringView line)
{
    if (!isSectionLabel(line))
        return false;
    const QString last = wordsOf(line).back().toString().toLower();
    return last == QLatin1String("agencies") || last == QLatin1String("wires") || isDeskOrAgencyCredit(line);
}

// A line that says again what a line a little above it says, but for case and a final full stop: the headline
// printed a second time, as a heading or as the summary under it (Dunya News: the title, the title again, the
// section, then the title with a full stop). Never the body's first paragraph nor the headline.
bool repeatsALineAbove(const QVector<TextLine> &lines, qsizetype i, qsizetype within)
{
    const auto plain = [](QStringView text) {
        text = text.trimmed();
        if (text.endsWith(u'.'))
            text.chop(1);
        return text;
    };
    const QStringView text = plain(lines[i].text);
    if (countWords(text) < 3)
        return false;
    for (qsizetype j = i - 1; j >= 0 && j >= i - within; --j) {
        if (plain(lines[j].text).compare(text, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool repeatsALineAbove(const QVector<TextLine> &lines, qsizetype i)
{
    return repeatsALineAbove(lines, i, 12);
}

// The last words of a line a little above, alone on a line of their own ("Raise Medicine Prices in Pakistan" two lines
// under "DRAP Deregulation Likely to Raise Medicine Prices in Pakistan"): a picture's text cut from the headline.
bool endsALineAbove(const QVector<TextLine> &lines, qsizetype i)
{
    const QStringView text = lines[i].text.trimmed();
    if (countWords(text) < 3)
        return false;
    for (qsizetype j = i - 1; j >= 0 && j >= i - 3; --j) {
        const QStringView above = lines[j].text.trimmed();
        if (above.size() > text.size() + 1 && above.endsWith(text, Qt::CaseInsensitive) && above[above.size() - text.size() - 1].isSpace())
            return true;
    }
    return false;
}

// "By" alone on its line, the name on the next one (Geo's byline box copies so: "By" / "Business Desk").
bool isLoneBy(QStringView line)
{
    line = line.trimmed();
    if (line.endsWith(u':')) // "By:"
        line.chop(1);
    return line.trimmed().compare(QLatin1String("By"), Qt::CaseInsensitive) == 0;
}

// A byline name that is the site, not a writer: a web address ("Dawn.com"), the site's own name as the
// masthead gives it, or a house name a site prints in its bylines (sitemarkup.h).
bool namesTheSite(QStringView name, QStringView siteName)
{
    const QStringView n = name.trimmed();
    if (n.isEmpty())
        return false;
    const qsizetype dot = n.lastIndexOf(u'.');
    if (dot > 0 && !n.contains(u' ') && n.size() - dot - 1 >= 2 && n.size() - dot - 1 <= 4) {
        bool letters = true;
        for (QChar c : n.mid(dot + 1))
            letters = letters && c.isLetter();
        if (letters)
            return true;
    }
    const auto plain = [](QStringView text) {
        QString out;
        for (QChar c : text) {
            if (c.isLetterOrNumber())
                out += c.toLower();
        }
        return out;
    };
    const QString p = plain(n);
    if (!siteName.isEmpty() && p == plain(siteName))
        return true;
    // One word of the site's name alone is its short name ("Tribune" for "The Express Tribune", "Aaj" for "Aaj News").
    if (!n.contains(u' ') && p.size() >= 2) {
        for (QStringView word : siteName.split(u' ', Qt::SkipEmptyParts)) {
            if (plain(word) == p)
                return true;
        }
    }
    for (const char *house : html::site::kHouseBylineNames) {
        if (p == plain(QString::fromLatin1(house)))
            return true;
    }
    return false;
}

// "THE RUPEE: all-round decline": a headline led by its column's name in capitals looks like a dateline, but
// what follows the colon is a few words that do not end like a sentence.
bool isKickerHeadline(QStringView line)
{
    const qsizetype colon = line.indexOf(u':');
    const int after = countWords(line.mid(colon + 1));
    return colon > 0 && after >= 1 && after <= 8 && !endsLikeSentence(line);
}

// "Karachi, September 21, 2024 – The market …": a place of one to three capitalised words, a comma, the date and
// a dash or a colon; invalid for any other paragraph.
Timestamp placeAndDateLeadOf(QStringView paragraph)
{
    const qsizetype comma = paragraph.indexOf(u',');
    if (comma < 2 || comma > 30)
        return {};
    const QStringView place = paragraph.left(comma);
    const int words = countWords(place);
    if (words < 1 || words > 3 || hasDigit(place))
        return {};
    for (QStringView word : place.split(u' ', Qt::SkipEmptyParts)) {
        if (!word.front().isUpper())
            return {};
    }
    qsizetype end = -1;
    for (qsizetype k = comma + 1; k < std::min<qsizetype>(paragraph.size(), comma + 40) && end < 0; ++k) {
        const QChar c = paragraph[k];
        if (c == QChar(0x2013) || c == QChar(0x2014) || c == u':'
            || (c == u'-' && k > 0 && paragraph[k - 1] == u' ' && k + 1 < paragraph.size() && paragraph[k + 1] == u' '))
            end = k;
    }
    if (end < 0 || countWords(paragraph.mid(end + 1)) < kMinLeadWords)
        return {};
    const Timestamp when = parsePageDateTime(paragraph.mid(comma + 1, end - comma - 1).trimmed());
    return when.isValid() && !when.hasTime() ? when : Timestamp();
}

// "PSX: Bulls are back!" right over "KARACHI: The index …": an exclaimed line of at most twelve words over a
// dateline paragraph is the headline, not the body's first paragraph.
bool isExclaimedHeadline(const QVector<TextLine> &lines, qsizetype i)
{
    if (i + 1 >= lines.size() || lastMark(lines[i].text) != u'!' || countWords(lines[i].text) > 12)
        return false;
    const QStringView next = lines[i + 1].text;
    return !datelineOf(next).isEmpty() && !isKickerHeadline(next) && countWords(next) >= kMinLeadWords;
}

// "November 21, 2023 (MLN): The index …": the date a lead paragraph opens with, before a credit in brackets and
// a colon or a dash; invalid for any other paragraph.
Timestamp creditedLeadDateOf(QStringView paragraph)
{
    const qsizetype open = paragraph.indexOf(u'(');
    if (open < 8 || open > 40)
        return {};
    const qsizetype close = paragraph.indexOf(u')', open);
    if (close < 0 || close - open > 40)
        return {};
    const QStringView after = paragraph.mid(close + 1).trimmed();
    if (after.isEmpty() || !(after.front() == u':' || after.front() == u'-' || after.front() == QChar(0x2013)
                             || after.front() == QChar(0x2014)))
        return {};
    const Timestamp when = parsePageDateTime(paragraph.left(open).trimmed());
    return when.isValid() && !when.hasTime() ? when : Timestamp();
}

// "Islamabad, July 21, 2023 (PPI-OT): Assalam-o-Alaikum,": a place of one to three capitalised words, a comma,
// the date, an agency's credit in brackets and a colon. The date dates the story and the agency is its author,
// however short the lead after the colon (a press release may open with a greeting); invalid for any other line.
Timestamp agencyPlaceDateLeadOf(QStringView paragraph, QString *agency = nullptr, QString *place = nullptr)
{
    // Cheap first: the bracket stands within the first words.
    if (paragraph.size() < 20 || !paragraph.left(60).contains(u'('))
        return {};
    static const QRegularExpression lead(
        QStringLiteral(R"(^(\p{Lu}[\p{L}.'\-]*(?:\s+\p{Lu}[\p{L}.'\-]*){0,2}),\s*([^()]{6,30}?)\s*\(([^()]{2,20})\)\s*:\s*\S)"),
        QRegularExpression::UseUnicodePropertiesOption);
    const QRegularExpressionMatch m = lead.match(paragraph);
    if (!m.hasMatch())
        return {};
    const QString credit = m.captured(3).trimmed();
    // "PPI-OT", "APP": the agency's name, or its name and a service after a dash.
    if (!isDeskOrAgencyCredit(credit.section(u'-', 0, 0)))
        return {};
    const Timestamp when = parsePageDateTime(m.capturedView(2));
    if (!when.isValid() || when.hasTime())
        return {};
    if (agency)
        *agency = credit;
    if (place)
        *place = m.captured(1);
    return when;
}

// "ISLAMABAD, (UrduPoint / Pakistan Point News - 15th Apr, 2025) The court …": a place in capitals, a comma, and
// in brackets the site's credit with the date after a dash; invalid for any other paragraph.
Timestamp bracketDatedLeadOf(QStringView paragraph)
{
    // Cheap first: the bracket stands within the first words.
    if (paragraph.size() < 20 || !paragraph.left(60).contains(u'('))
        return {};
    static const QRegularExpression lead(
        QStringLiteral(R"(^\p{Lu}[\p{Lu}.'\-]+(?:\s+\p{Lu}[\p{Lu}.'\-]+){0,2},?\s*\(([^()]{4,80})[\-\x{2013}\x{2014}]\s*([^()\-\x{2013}\x{2014}]{6,24})\)\s+\S)"),
        QRegularExpression::UseUnicodePropertiesOption);
    const QRegularExpressionMatch m = lead.match(paragraph);
    if (!m.hasMatch())
        return {};
    const Timestamp when = parsePageDateTime(m.capturedView(2).trimmed());
    return when.isValid() && !when.hasTime() ? when : Timestamp();
}

// The date a lead paragraph opens with: before the desk's credit ("November 21, 2023 (MLN): …") or after the
// place ("Karachi, September 21, 2024 – …").
Timestamp leadDateOf(QStringView paragraph)
{
    const Timestamp credited = creditedLeadDateOf(paragraph);
    if (credited.isValid())
        return credited;
    const Timestamp agency = agencyPlaceDateLeadOf(paragraph);
    if (agency.isValid())
        return agency;
    const Timestamp bracketed = bracketDatedLeadOf(paragraph);
    return bracketed.isValid() ? bracketed : placeAndDateLeadOf(paragraph);
}

} // namespace

bool isRelativeTimeLine(QStringView line)
{
    line = line.trimmed();
    while (!line.isEmpty() && (line.front() == u'-' || line.front() == QChar(0x2013) || line.front() == QChar(0x2014)
                               || line.front() == QChar(0x2022) || line.front().isSpace()))
        line = line.mid(1);
    return line.size() <= 24 && isRelativeTime(line);
}

bool isCaptionEndingInCredit(QStringView line)
{
    return isCaptionWithCredit(line);
}

bool isCounterLine(QStringView line)
{
    line = line.trimmed();
    if (line.isEmpty() || line.size() > 24)
        return false;
    bool dashed = false;
    while (!line.isEmpty() && (line.front() == u'-' || line.front() == QChar(0x2013) || line.front() == QChar(0x2014)
                               || line.front().isSpace())) {
        dashed = true;
        line = line.mid(1);
    }
    qsizetype end = 0;
    while (end < line.size() && (line[end].isDigit() || (end > 0 && (line[end] == u',' || line[end] == u'.'))))
        ++end;
    if (end == 0)
        return false;
    // "1.2k", "3K", "2M" views.
    if (end < line.size() && (line[end] == u'k' || line[end] == u'K' || line[end] == u'M'))
        ++end;
    const QStringView unit = line.mid(end).trimmed();
    if (unit.isEmpty())
        return dashed;
    if (end < line.size() && !line[end].isSpace())
        return false;
    static const QRegularExpression units(
        QStringLiteral(R"(^(?:shares?|views?|reads?|likes?|comments?|(?:mins?|minutes?) read|(?:mins?|minutes?))$)"),
        QRegularExpression::CaseInsensitiveOption);
    return units.match(unit).hasMatch();
}

bool isPrintedTwice(const QVector<TextLine> &lines, qsizetype i)
{
    // The neighbours are compared first: almost every line differs from them in length, so the body's
    // lines cost one comparison each.
    const QStringView text = lines[i].text.trimmed();
    const bool twice = (i > 0 && !lines[i].blankBefore && lines[i - 1].text.trimmed() == text)
        || (i + 1 < lines.size() && !lines[i + 1].blankBefore && lines[i + 1].text.trimmed() == text);
    return twice && countWords(text) >= 2;
}

bool isMastheadLogo(QStringView line)
{
    const QVector<QStringView> words = wordsOf(line);
    return words.size() >= 2 && words.size() <= 4 && words.back().compare(QLatin1String("Logo"), Qt::CaseInsensitive) == 0;
}

Timestamp mastheadDateOf(QStringView line)
{
    if (line.size() < 12 || line.size() > 200 || !(line.front().isLetterOrNumber()))
        return {};
    const QVector<QStringView> words = wordsOf(line);
    // "Dec 22, 2023 …" or "Friday, December 22, 2023 …": the date is the first three or four words.
    for (qsizetype n = 3; n <= 4 && n < words.size(); ++n) {
        const Timestamp when = parsePageDateTime(headUpTo(line, words, n));
        if (when.isValid() && restLooksLikeMenu(tailFrom(line, words, n)))
            return Timestamp::fromDate(when.date());
    }
    return {};
}

bool isStandfirstBullet(QStringView line)
{
    line = line.trimmed();
    return line.size() > 2 && (line.front() == QChar(0x2022) || (line.front() == u'*' && line[1] == u' '));
}

namespace {

// A standfirst bullet's text without its mark.
QString bulletText(QStringView line)
{
    return line.trimmed().mid(1).trimmed().toString();
}

} // namespace

bool isSiteLine(QStringView line)
{
    if (line.size() > 60 || endsLikeSentence(line) || !(line.contains(u'|') || line.contains(QChar(0x00B7))))
        return false;
    const QVector<QStringView> segments = segmentsOf(line);
    if (segments.size() < 2)
        return false;
    for (QStringView s : segments) {
        if (countWords(s) > 3 || hasDigit(s))
            return false;
    }
    return true;
}

bool looksLikeWidgetLine(QStringView line)
{
    return line.size() <= 40 && countWords(line) <= 4 && !endsLikeSentence(line);
}

std::optional<Byline> parseBylineLine(QStringView line)
{
    line = line.trimmed();
    if (line.isEmpty() || line.size() > 160 || isStandfirstBullet(line))
        return std::nullopt;
    // "28th Feb, 2022. 10:25 am": a full stop between the year and the clock is no sentence's end.
    QString withoutYearStop;
    if (line.contains(QLatin1String(". ")) && hasDigit(line)) {
        static const QRegularExpression yearStop(QStringLiteral(R"((?<=\b\d{4})\.(?=\s+\d{1,2}:\d{2}))"));
        withoutYearStop = line.toString();
        if (withoutYearStop.contains(yearStop)) {
            withoutYearStop.remove(yearStop);
            line = withoutYearStop;
        }
    }
    const QChar last = lastMark(line);
    if ((last == u'.' && !line.endsWith(QLatin1String("m."))) || last == QChar(0x06D4))  // "p.m." may end a byline; a full stop may not
        return std::nullopt;
    if (last == u'!' || last == u'?' || last == u';' || last == u':' || last == QChar(0x061F))
        return std::nullopt;
    // A desk or agency credited in brackets on a line of its own: "(مانیٹرنگ ڈیسک)", "(Web Desk)".
    if (line.startsWith(u'(') && line.endsWith(u')')) {
        const QStringView inner = line.mid(1, line.size() - 2).trimmed();
        if (!inner.isEmpty() && countWords(inner) <= 4 && !hasDigit(inner) && !inner.contains(u':') && !inner.contains(u'(')
            && looksLikeName(inner)) {
            Byline byline;
            byline.author = inner.toString();
            return byline;
        }
        return std::nullopt;
    }

    QString name;
    bool saidBy = false;
    bool sawDateWord = false;
    QString published;
    QString updated;
    QString *lastDate = nullptr;
    QString clockFirst; // a clock printed before the first date

    auto addDate = [&](QStringView text, DateWord kind) {
        if (startsWithWord(text, QLatin1String("on"))) // "Published on March 4, 2024"
            text = text.mid(2).trimmed();
        if (isRelativeTime(text))
            return; // "Updated 2 hours ago" beside the printed date: only the printed date counts
        QString &slot = kind == DateWord::Updated ? updated : published;
        if (slot.isEmpty()) {
            slot = text.toString();
            if (!clockFirst.isEmpty() && !lastDate)
                slot += QLatin1Char(' ') + clockFirst;
            lastDate = &slot;
        } else if (kind != DateWord::Updated && updated.isEmpty()) {
            updated = text.toString(); // a second bare date is the update
            lastDate = &updated;
        }
    };
    auto takeName = [&](QStringView text, bool bare) {
        if (startsWithWord(text, QLatin1String("By")) || startsWithByColon(text)) {
            saidBy = true;
            bare = false;
            text = text.mid(2).trimmed();
            if (text.startsWith(u':')) // "By: Ahmed Raza"
                text = text.mid(1).trimmed();
        } else if (stripUrduBy(text)) {
            saidBy = true;
            bare = false;
        }
        text = withoutSocialHandle(text);
        // The writer's picture's text copied before the name ("Gravatar Avatar Web Desk").
        while (startsWithWord(text, QLatin1String("Gravatar")) || startsWithWord(text, QLatin1String("Avatar")))
            text = text.mid(text.indexOf(u' ') + 1).trimmed();
        if (text.isEmpty())
            return true;
        if (!(bare ? looksLikeBareName(text) : looksLikeName(text, saidBy)))
            return false;
        // A print edition's label in a name's place ("Today's Paper | May 05, 2024", "E-Paper | …") names no writer.
        if (name.isEmpty() && !isPrintEditionLabel(text))
            name = withoutRole(text).toString();
        return true;
    };

    bool relative = false;  // "Web Desk | 3 hours ago": a time relative to the reader's moment, a byline's all the same
    for (QStringView segment : segmentsOf(line)) {
        if (isClock(segment) && lastDate) {
            *lastDate += QLatin1Char(' ') + clockText(segment);
            continue;
        }
        // "04:00 PM | 6 May, 2024": a clock printed before its date belongs to it.
        if (isClock(segment) && !lastDate && clockFirst.isEmpty()) {
            clockFirst = clockText(segment);
            continue;
        }
        if (isRelativeTime(segment)) {
            relative = true;
            continue;
        }
        const QVector<QStringView> words = wordsOf(segment);
        qsizetype firstWord = words.size();
        for (qsizetype w = 0; w < words.size(); ++w) {
            if (dateWordOf(words[w]) != DateWord::None) {
                firstWord = w;
                break;
            }
        }
        const QStringView before = headUpTo(segment, words, firstWord).trimmed();
        if (!before.isEmpty()) {
            if (parsePageDateTime(before).isValid()) {
                addDate(before, DateWord::Published);
            } else {
                // "Recorder Report 26 May 2021": a name, then a date that ends the segment.
                bool split = false;
                const QVector<QStringView> beforeWords = wordsOf(before);
                for (qsizetype k = 1; k + 1 < beforeWords.size() && !split; ++k) {
                    const QStringView date = tailFrom(before, beforeWords, k);
                    if (!date.front().isLetterOrNumber() || !hasDigit(date))
                        continue;
                    if (parsePageDateTime(date).isValid()) {
                        // The separator before the date is no part of the name ("Farah Durrani – Sep 9, 2025").
                        QStringView who = headUpTo(before, beforeWords, k).trimmed();
                        while (!who.isEmpty() && (who.back() == u',' || who.back() == u'-' || who.back() == QChar(0x2013)
                                                  || who.back() == QChar(0x2014) || who.back().isSpace()))
                            who.chop(1);
                        if (!takeName(who.trimmed(), true))
                            return std::nullopt;
                        addDate(date, DateWord::Published);
                        split = true;
                    }
                }
                if (!split && !takeName(before, false))
                    return std::nullopt;
            }
        }
        // Each Published/Updated word owns the words up to the next one.
        for (qsizetype w = firstWord; w < words.size();) {
            const DateWord kind = dateWordOf(words[w]);
            qsizetype next = w + 1;
            while (next < words.size() && dateWordOf(words[next]) == DateWord::None)
                ++next;
            sawDateWord = true;
            const QStringView text = next > w + 1
                ? QStringView(words[w + 1].data(), words[next - 1].data() + words[next - 1].size() - words[w + 1].data())
                : QStringView();
            if (!text.isEmpty())
                addDate(text, kind);
            w = next;
        }
    }

    // The words after Published/Updated are a date: they hold a digit and are few ("Published by the bank"
    // is a sentence, not a byline).
    for (const QString *text : {&published, &updated}) {
        if (!text->isEmpty() && (!hasDigit(*text) || countWords(*text) > 7))
            return std::nullopt;
    }

    Byline byline;
    byline.author = name;
    if (!published.isEmpty()) {
        byline.published = parsePageDateTime(published);
        if (!byline.published.isValid())
            byline.unreadableDate = published;
    }
    if (!updated.isEmpty()) {
        byline.updated = parsePageDateTime(updated);
        if (!byline.updated.isValid() && byline.unreadableDate.isEmpty())
            byline.unreadableDate = updated;
    }
    const bool dated = byline.published.isValid() || byline.updated.isValid();
    // A bare name is a headline or a label, not a byline; a byline says "By", "Published" or gives a date.
    if (!(dated || sawDateWord || (saidBy && !name.isEmpty()) || (relative && !name.isEmpty())))
        return std::nullopt;
    return byline;
}

ArticleHead readArticleHead(const QVector<TextLine> &lines, Article &article, QStringList &warnings)
{
    ArticleHead head;
    const qsizetype limit = std::min<qsizetype>(lines.size(), kHeadScanLimit);

    // The body starts at the first dateline paragraph or sentence-like paragraph.
    auto isBodyParagraph = [&](qsizetype i) {
        const QStringView text = lines[i].text;
        // A masthead line starts with the day and never ends like a sentence; a paragraph that opens with its
        // date ("March 3, 2025 (MLN): The index …", Mettis Global's dateline) is body.
        if (isStandfirstBullet(text) || isSiteLine(text) || (mastheadDateOf(text).isValid() && !endsLikeSentence(text))
            || isExclaimedHeadline(lines, i))
            return false;
        if ((!datelineOf(text).isEmpty() && !isKickerHeadline(text)) || agencyPlaceDateLeadOf(text).isValid())
            return true;
        if (isCaptionWithCredit(text))
            return false;
        const int words = countWords(text);
        if (words > kMaxRelatedWords)
            return true;
        if (repeatsALineAbove(lines, i))
            return false;
        const QChar mark = lastMark(text);
        if (mark == u'?' || mark == QChar(0x061F)) // a question is a headline unless it is long
            return words > 20;
        return words >= 4 && endsLikeSentence(text) && !parseBylineLine(text);
    };
    auto firstBodyParagraph = [&](qsizetype from) {
        for (qsizetype i = from; i < limit; ++i) {
            if (isBodyParagraph(i))
                return i;
        }
        return qsizetype(-1);
    };
    qsizetype start = firstBodyParagraph(0);
    // A byline a line or three under the first sentence shows that sentence to be a standfirst printed
    // without a bullet ("Talks are on track, minister says." above "By … | Published …"): the body starts
    // after the byline. A dateline paragraph is always the body, and so are two paragraphs of a lead's length
    // over the "byline" (a dated line inside the story, "Market Snapshot – September 9, 2025").
    qsizetype standfirstFrom = -1;
    qsizetype standfirstTo = -1;
    if (start >= 0 && datelineOf(lines[start].text).isEmpty() && countWords(lines[start].text) <= kMaxStandfirstWords) {
        int leads = readsAsLead(lines[start].text) ? 1 : 0;
        for (qsizetype j = start + 1; j < std::min<qsizetype>(start + 4, limit); ++j) {
            if (!datelineOf(lines[j].text).isEmpty() || countWords(lines[j].text) > kMaxStandfirstWords)
                break;
            if (readsAsLead(lines[j].text) && ++leads > 1)
                break;
            if (parseBylineLine(lines[j].text)) {
                standfirstFrom = start;
                standfirstTo = j;
                start = firstBodyParagraph(j + 1);
                if (start < 0)
                    start = j + 1;
                break;
            }
        }
    }
    if (start < 0) {
        // No paragraph ends like a sentence: without a byline to go by, read from the first line as before.
        qsizetype byline = -1;
        for (qsizetype i = 0; i < limit && byline < 0; ++i) {
            if (parseBylineLine(lines[i].text))
                byline = i;
        }
        if (byline < 0) {
            if (lines.size() >= 2 && looksLikeHeadline(lines[0].text)
                && classifyArticleLine(lines[1].text) == LineRole::Paragraph) {
                article.headline = lines[0].text.toString();
                head.bodyStart = 1;
            } else if (lines.size() >= 2 && looksLikeHeadline(lines[0].text)
                       && std::all_of(lines.begin() + 1, lines.end(),
                                      [](const TextLine &l) { return isStandfirstBullet(l.text); })) {
                // A copy of the head alone: the headline and its bullets, no body.
                article.headline = lines[0].text.toString();
                for (qsizetype k = 1; k < lines.size(); ++k)
                    article.summary.append(bulletText(lines[k].text));
                head.bodyStart = lines.size();
            }
            return head;
        }
        start = byline + 1;
        while (start < lines.size() && (isStandfirstBullet(lines[start].text) || isSiteLine(lines[start].text)))
            ++start;
    }
    head.bodyStart = start;
    QString agency;
    QString agencyPlace;
    if (start < lines.size()) {
        article.dateline = datelineOf(lines[start].text);
        // "Islamabad, July 21, 2023 (PPI-OT): …": the place is the dateline, the lead a paragraph however short.
        if (article.dateline.isEmpty() && agencyPlaceDateLeadOf(lines[start].text, &agency, &agencyPlace).isValid())
            article.dateline = agencyPlace;
    }

    // Walking back from the body: the byline, date, standfirst and site lines, then the headline, then
    // (on sites that print it first) a byline above the headline.
    bool sawByline = false;
    Timestamp updated;
    QStringList summary;
    int bullets = 0;  // the standfirst's lines set as bullets
    auto takeMeta = [&](qsizetype i) {
        const QStringView text = lines[i].text;
        if (isPrintedTwice(lines, i) || endsALineAbove(lines, i) || isCaptionWithCredit(text) || isAvatarText(text))
            return true; // a picture's caption, or the writer's picture's text
        // "Web Desk BOL News": the desk's label and the site's name.
        if (const QString desk = deskBeforeSiteName(text); !desk.isEmpty()) {
            if (article.author.isEmpty())
                article.author = desk;
            sawByline = true;
            return true;
        }
        // The headline again: as a sentence (its summary), or right under itself. (A title repeated further down
        // without a full stop, over the standfirst, is where the copy's head starts: Arab News.)
        if (repeatsALineAbove(lines, i) && (text.trimmed().endsWith(u'.') || repeatsALineAbove(lines, i, 1)))
            return true;
        // "By" on one line and the name on the next: the name is the author.
        if (i > 0 && isLoneBy(lines[i - 1].text) && looksLikeName(text.trimmed(), true)) {
            if (article.author.isEmpty())
                article.author = text.trimmed().toString();
            sawByline = true;
            return true;
        }
        if ((isLoneBy(text) && sawByline) || isEmptyByline(text))
            return true;
        // An Urdu writer's name alone right over the lead, under the story's date line with the headline above it
        // ("آزادی سے آزادی مارچ تک" / "جمعرات 7 نومبر 2019" / "ریحان محمد"): a column's byline, not the headline.
        if (i == start - 1 && i >= 2 && article.author.isEmpty() && isUrduNameLine(text)
            && parsePageDateTime(lines[i - 1].text).isValid() && looksLikeHeadline(lines[i - 2].text)) {
            article.author = text.trimmed().toString();
            sawByline = true;
            return true;
        }
        // A short line wholly in small letters ("pakistan stock exchange"): a picture's alternative text or a tag
        // left in the copy, never the headline.
        if (isAllSmallLetters(text) && countWords(text) <= 6 && !endsLikeSentence(text))
            return true;
        // Page furniture between the headline and the body (credits, buttons, a player's clock) is no part of
        // the head; a print edition's reporter label ("RECORDER REPORT") is its byline.
        switch (furnitureKindOf(text)) {
        case FurnitureKind::Credit:
        case FurnitureKind::Prompt:
        case FurnitureKind::MediaTime:
            return true;
        case FurnitureKind::BylineLabel:
            if (article.author.isEmpty())
                article.author = authorOfBylineLabel(text);
            sawByline = true;
            return true;
        case FurnitureKind::None:
            break;
        }
        // The agencies credited on a line of their own over the byline's date ("Agencies" / "March 12, 2024"): the
        // byline is spread over two lines, and the credit is its author.
        if (isAgenciesCredit(text) && i + 1 < lines.size()) {
            const auto below = parseBylineLine(lines[i + 1].text);
            if (below && below->author.isEmpty() && below->published.isValid()) {
                if (article.author.isEmpty())
                    article.author = text.trimmed().toString();
                sawByline = true;
                return true;
            }
        }
        // A section's label under the headline ("Business"): the headline is the line above it.
        if (i > 0 && isSectionLabel(text) && looksLikeHeadline(lines[i - 1].text)
            && !mastheadDateOf(lines[i - 1].text).isValid() && !isMastheadLogo(lines[i - 1].text))
            return true;
        if (isStandfirstBullet(text)) {
            summary.prepend(bulletText(text));
            ++bullets;
            return true;
        }
        if (const auto byline = parseBylineLine(text)) {
            sawByline = true;
            if (article.author.isEmpty())
                article.author = byline->author;
            if (!article.publishedAt.isValid())
                article.publishedAt = byline->published.isValid() ? byline->published : Timestamp();
            if (!updated.isValid())
                updated = byline->updated;
            if (!byline->unreadableDate.isEmpty()) {
                warnings.append(QCoreApplication::translate("md", "Could not read the date \"%1\" in the byline "
                                                                  "\"%2\".")
                                    .arg(byline->unreadableDate, text.toString()));
            }
            return true;
        }
        if (i >= standfirstFrom && i < standfirstTo) {
            summary.prepend(text.toString());
            return true;
        }
        if (isSiteLine(text)) {
            if (head.siteName.isEmpty())
                head.siteName = segmentsOf(text).back().toString();
            return true;
        }
        return false;
    };
    qsizetype i = start - 1;
    // A count alone on its line between the headline and the body (views, shares, comments) is furniture.
    while (i >= 0 && (takeMeta(i) || isBareCount(lines[i].text)))
        --i;
    qsizetype headlineAt = -1;
    if (i >= 0) {
        const QStringView text = lines[i].text;
        // The line just under a masthead with no blank line between is the section label ("Markets"),
        // unless it is long enough to be a headline.
        const bool sectionLabel = i > 0 && !lines[i].blankBefore && mastheadDateOf(lines[i - 1].text).isValid()
            && countWords(text) <= 4;
        if (!sectionLabel && !isMastheadLogo(text) && !mastheadDateOf(text).isValid()
            && (looksLikeHeadline(text) || isExclaimedHeadline(lines, i))) {
            article.headline = text.toString();
            headlineAt = i;
            // Two headline-like lines stacked with no blank line between: the upper one is the headline, the
            // lower one a standfirst ("Oil import bill falls 17%" over "Products drive the decline as …").
            // The same two at the top of the copy, with a blank line between and nothing but the masthead above
            // ("PSX closes week at record high …" / "Improved sentiment lifts shares …" / "By News Desk").
            if ((i > 0 && looksLikeStackedHeadline(lines[i - 1].text)
                 && (!lines[i].blankBefore || onlyMastheadAbove(lines, i - 1)))
                || isShortTitleOverStandfirst(lines, i)) {
                summary.prepend(article.headline);
                article.headline = lines[i - 1].text.toString();
                headlineAt = --i;
            } else if (!sawByline && i > 1 && isSectionLabel(lines[i - 1].text)
                       && looksLikeStackedHeadline(lines[i - 2].text)) {
                // The headline, a section label and the standfirst each on a line of its own, with no byline
                // (Dunya News: "Stocks rally …" / "Business" / "Shrugs off …"): the line over the label is the
                // headline, the one under it the standfirst.
                summary.prepend(article.headline);
                article.headline = lines[i - 2].text.toString();
                i -= 2;
                headlineAt = i;
            }
            --i;
            // Above the headline (sites that print the byline first) the byline may be spread over lines:
            // a bare name right over a date line that names no one is its author ("SABA NASIR" over
            // "December 01, 2023 22:18"), and a one-word button label under the date ("Follow") is skipped.
            auto takeMetaAbove = [&](qsizetype k) {
                const QStringView text = lines[k].text;
                if (k > 0 && countWords(text) == 1 && text.size() <= 12 && !hasDigit(text) && !endsLikeSentence(text)
                    && parseBylineLine(lines[k - 1].text))
                    return true;
                if (article.author.isEmpty() && k + 1 < lines.size() && countWords(text) <= 4 && !isSiteLine(text)
                    && looksLikeBareName(text)) {
                    const auto below = parseBylineLine(lines[k + 1].text);
                    // Only a line with the story's own date: an `Updated …` stamp alone is a label of its own
                    // (a "Short Url" button may stand over it).
                    if (below && below->author.isEmpty() && below->published.isValid()) {
                        article.author = text.toString();
                        return true;
                    }
                }
                return takeMeta(k);
            };
            while (i >= 0 && takeMetaAbove(i))
                --i;
        }
    }
    // No headline over the body but one bulleted line in the head: the page's title set as a list's only item (a
    // "now reading" line over the story's picture), not a standfirst.
    if (article.headline.isEmpty() && bullets == 1 && summary.size() == 1 && looksLikeHeadline(summary.first()))
        article.headline = summary.takeFirst();
    article.summary = summary;
    // A headline copied from the page's title keeps the site's name after a bar ("PSX extends rally | The Express
    // Tribune"): the name is the site's, not the headline's.
    if (const qsizetype bar = article.headline.lastIndexOf(QLatin1String(" | ")); bar > 0) {
        const QStringView site = QStringView(article.headline).mid(bar + 3).trimmed();
        const QStringView title = QStringView(article.headline).left(bar).trimmed();
        if (countWords(title) >= 3 && looksLikeSiteName(site)) {
            if (head.siteName.isEmpty())
                head.siteName = site.toString();
            article.headline = title.toString();
        }
    }
    // A page that prints only its update date ("Updated 11 February 2025") was published then as far as the
    // copy tells.
    if (!article.publishedAt.isValid() && updated.isValid())
        article.publishedAt = updated;
    // With no byline date, a lead paragraph that opens with its date and the desk's credit ("November 21, 2023
    // (MLN): The index …") dates the story.
    if (!article.publishedAt.isValid() && start < lines.size())
        article.publishedAt = leadDateOf(lines[start].text);
    // A dateline with the date in its brackets may stand under a summary sentence printed as the first
    // paragraph (UrduPoint): the second paragraph dates the story then.
    if (!article.publishedAt.isValid() && start + 1 < lines.size())
        article.publishedAt = bracketDatedLeadOf(lines[start + 1].text);
    // With no byline, the agency a lead credits after its place and date ("Islamabad, July 21, 2023 (PPI-OT): …")
    // is the author.
    if (article.author.isEmpty())
        article.author = agency;

    // What stands before the headline is page furniture: the masthead (logo, dated menu line, section
    // label) and widget boxes. The masthead is known by shape; anything else is reported as skipped.
    Timestamp masthead;
    qsizetype widgetLines = 0;
    qsizetype otherLines = 0;
    bool widgetFigures = false;
    for (qsizetype j = 0; j <= i; ++j) {
        const QStringView text = lines[j].text;
        Timestamp day = mastheadDateOf(text);
        // The copy's first line wholly a day's date with its weekday ("Tuesday, January 28, 2025", over the
        // site's name and menu) is the masthead date too.
        if (!day.isValid() && j == 0 && isDayLine(text))
            day = parsePageDateTime(text);
        if (day.isValid()) {
            if (!masthead.isValid())
                masthead = day;
            continue;
        }
        if (isMastheadLogo(text)) {
            if (head.siteName.isEmpty())
                head.siteName = text.chopped(4).trimmed().toString(); // less " Logo"
            continue;
        }
        if (j > 0 && !lines[j].blankBefore && mastheadDateOf(lines[j - 1].text).isValid() && countWords(text) <= 4
            && !endsLikeSentence(text))
            continue; // the section label
        if (looksLikeWidgetLine(text)) {
            ++widgetLines;
            widgetFigures = widgetFigures || hasDigit(text);
        } else
            ++otherLines;
    }
    if (otherLines > 0 || (widgetLines > 0 && !widgetFigures)) {
        warnings.append(QCoreApplication::translate("md", "Skipped %1 before the article that are neither ticker "
                                                          "rows nor article text.")
                            .arg(countOf(otherLines + widgetLines, "line", "lines")));
    } else if (widgetLines > 0) {
        warnings.append(QCoreApplication::translate("md", "Skipped a box of %1 before the article: short labels and "
                                                          "figures such as a page widget prints.")
                            .arg(countOf(widgetLines, "line", "lines")));
    }
    if (headlineAt >= 0 && !sawByline && article.dateline.isEmpty()) {
        warnings.append(QCoreApplication::translate("md", "Took \"%1\" as the headline, though no byline or "
                                                          "dateline confirms it.")
                            .arg(article.headline));
    }

    // A byline that names only the site ("Dawn.com Published …", "MG News | …") credits no writer.
    if (namesTheSite(article.author, head.siteName))
        article.author.clear();

    // The page's "today" stamp: the masthead's day, made precise by a byline time on that same day. The byline
    // alone dates the story, not the page (an old story is re-served under today's ticker).
    article.updatedAt = updated;
    if (masthead.isValid()) {
        head.capturedAt = masthead;
        for (const Timestamp &t : {updated, article.publishedAt}) {
            if (t.isValid() && t.hasTime() && t.date() == masthead.date()) {
                head.capturedAt = t;
                break;
            }
        }
    }
    return head;
}

} // namespace md
