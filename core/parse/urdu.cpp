// Urdu digits, dates, amounts and search folding (issue 24).
#include "core/parse/urdu.h"

#include <algorithm>
#include <cmath>
#include <iterator>

namespace md::urdu {
namespace {

// Letters that Arabic keyboards type where Urdu has its own, folded one to one (so positions stay).
char16_t foldLetter(char16_t c)
{
    switch (c) {
    case 0x064A: // ي Arabic yeh
    case 0x0649: // ى alef maksura
        return 0x06CC; // ی Farsi yeh, Urdu's
    case 0x0643: // ك Arabic kaf
        return 0x06A9; // ک keheh
    case 0x0647: // ه Arabic heh
    case 0x06C2: // ۂ heh goal with hamza
        return 0x06C1; // ہ heh goal
    case 0x06D3: // ۓ yeh barree with hamza
        return 0x06D2; // ے
    default:
        return c;
    }
}

// Marks that search leaves out: harakat, tanween, shadda, sukun, hamza above and below, the superscript
// alef, Quranic annotation marks, the kashida (tatweel) and the zero-width joiners.
bool isIgnorableMark(char16_t c)
{
    return (c >= 0x064B && c <= 0x065F) || c == 0x0670 || (c >= 0x06D6 && c <= 0x06ED) || c == 0x0640 || c == 0x200B
        || c == 0x200C || c == 0x200D;
}

char16_t asciiDigit(char16_t c)
{
    if (c >= 0x06F0 && c <= 0x06F9)
        return char16_t(u'0' + (c - 0x06F0));
    if (c >= 0x0660 && c <= 0x0669)
        return char16_t(u'0' + (c - 0x0660));
    if (c == 0x066B) // ٫ Arabic decimal separator
        return u'.';
    if (c == 0x066C) // ٬ Arabic thousands separator
        return u',';
    return c;
}

// Digits as ASCII and letters folded, one character for one: positions in the result are positions in the text.
QString normalisedSameLength(QStringView text)
{
    QString out;
    out.resize(text.size());
    for (qsizetype i = 0; i < text.size(); ++i)
        out[i] = QChar(foldLetter(asciiDigit(text[i].unicode())));
    return out;
}

// Words compared after folding and without marks.
QString wordKey(QStringView word)
{
    QString key;
    key.reserve(word.size());
    for (QChar c : word) {
        if (!isIgnorableMark(c.unicode()))
            key.append(QChar(foldLetter(c.unicode())));
    }
    return key.toCaseFolded();
}

struct Named
{
    const char16_t *name;
    int value;
};

int lookUp(QStringView word, const Named *table, size_t size)
{
    const QString key = wordKey(word);
    for (size_t i = 0; i < size; ++i) {
        if (key == QStringView(table[i].name))
            return table[i].value;
    }
    return 0;
}

// A token of running text: a number (digits, with "," and "." inside) or a word (letters of one script run).
struct Token
{
    qsizetype start = 0;
    qsizetype length = 0;
    bool number = false;
    qsizetype gapBefore = 0; // characters between the previous token and this one
    bool spaceOnlyBefore = true;
};

QVector<Token> tokenize(const QString &s)
{
    QVector<Token> tokens;
    qsizetype i = 0;
    qsizetype lastEnd = 0;
    while (i < s.size()) {
        const QChar c = s[i];
        const bool digit = c >= u'0' && c <= u'9';
        const bool letter = c.isLetter() || isIgnorableMark(c.unicode());
        if (!digit && !letter) {
            ++i;
            continue;
        }
        Token t;
        t.start = i;
        t.number = digit;
        if (digit) {
            while (i < s.size()) {
                const QChar d = s[i];
                if (d >= u'0' && d <= u'9') {
                    ++i;
                } else if ((d == u',' || d == u'.') && i + 1 < s.size() && s[i + 1] >= u'0' && s[i + 1] <= u'9') {
                    i += 2;
                } else {
                    break;
                }
            }
        } else {
            const bool arabic = isArabicScriptLetter(c);
            while (i < s.size() && (s[i].isLetter() || isIgnorableMark(s[i].unicode()))
                   && (isIgnorableMark(s[i].unicode()) || isArabicScriptLetter(s[i]) == arabic))
                ++i;
        }
        t.length = i - t.start;
        t.gapBefore = t.start - lastEnd;
        for (qsizetype k = lastEnd; k < t.start; ++k) {
            if (!s[k].isSpace())
                t.spaceOnlyBefore = false;
        }
        lastEnd = i;
        tokens.append(t);
    }
    return tokens;
}

// Scale words of the South Asian and the international scale, Urdu and English.
double scaleOf(QStringView word)
{
    static const struct
    {
        const char16_t *name;
        double value;
    } kScales[] = {
        {u"سو", 1e2},       {u"ہزار", 1e3},     {u"لاکھ", 1e5},      {u"لاکھوں", 1e5}, {u"کروڑ", 1e7},
        {u"ارب", 1e9},      {u"کھرب", 1e11},    {u"ملین", 1e6},      {u"بلین", 1e9},   {u"hundred", 1e2},
        {u"thousand", 1e3}, {u"lakh", 1e5},     {u"lakhs", 1e5},     {u"lac", 1e5},    {u"lacs", 1e5},
        {u"crore", 1e7},    {u"crores", 1e7},   {u"cr", 1e7},        {u"arab", 1e9},   {u"million", 1e6},
        {u"mn", 1e6},       {u"billion", 1e9},  {u"bn", 1e9},        {u"trillion", 1e12},
    };
    const QString key = wordKey(word);
    for (const auto &s : kScales) {
        if (key == QStringView(s.name))
            return s.value;
    }
    return 0;
}

// Number words that come before a scale word ("ایک لاکھ", "ڈیڑھ ارب").
double numberWordOf(QStringView word)
{
    static const struct
    {
        const char16_t *name;
        double value;
    } kNumbers[] = {
        {u"ایک", 1}, {u"دو", 2}, {u"تین", 3}, {u"چار", 4}, {u"پانچ", 5}, {u"چھ", 6}, {u"سات", 7},
        {u"آٹھ", 8}, {u"نو", 9}, {u"دس", 10}, {u"ڈیڑھ", 1.5}, {u"ڈھائی", 2.5},
    };
    const QString key = wordKey(word);
    for (const auto &n : kNumbers) {
        if (key == QStringView(n.name))
            return n.value;
    }
    return 0;
}

// "ساڑھے 3" = 3.5, "سوا 2" = 2.25, "پونے 4" = 3.75: a modifier before a number.
double modifierOf(QStringView word)
{
    const QString key = wordKey(word);
    if (key == QStringView(u"ساڑھے"))
        return 0.5;
    if (key == QStringView(u"سوا"))
        return 0.25;
    if (key == QStringView(u"پونے"))
        return -0.25;
    return 0;
}

double numberValue(QStringView digits)
{
    QString plain = digits.toString();
    plain.remove(u',');
    return plain.toDouble();
}

} // namespace

bool isArabicScriptLetter(QChar c)
{
    return c.isLetter() && c.script() == QChar::Script_Arabic;
}

bool isMostlyArabicScript(QStringView text)
{
    qsizetype letters = 0;
    qsizetype arabic = 0;
    for (QChar c : text) {
        if (!c.isLetter())
            continue;
        ++letters;
        arabic += c.script() == QChar::Script_Arabic;
    }
    return letters > 0 && arabic * 2 > letters;
}

bool hasArabicScript(QStringView text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= 0x0600 && u <= 0x06FF) || (u >= 0x0750 && u <= 0x077F) || (u >= 0xFB50 && u <= 0xFDFF)
            || (u >= 0xFE70 && u <= 0xFEFF);
    });
}

QString asciiDigits(QStringView text)
{
    QString out;
    out.resize(text.size());
    for (qsizetype i = 0; i < text.size(); ++i)
        out[i] = QChar(asciiDigit(text[i].unicode()));
    return out;
}

int monthOfName(QStringView word)
{
    static const Named kMonths[] = {
        {u"جنوری", 1},  {u"فروری", 2},  {u"مارچ", 3},   {u"اپریل", 4},   {u"مئی", 5},  {u"مئ", 5},
        {u"جون", 6},    {u"جولائی", 7}, {u"جولائ", 7},  {u"جولای", 7},   {u"اگست", 8}, {u"ستمبر", 9},
        {u"سپتمبر", 9}, {u"اکتوبر", 10}, {u"نومبر", 11}, {u"دسمبر", 12},
    };
    return lookUp(word, kMonths, std::size(kMonths));
}

int weekdayOfName(QStringView word)
{
    static const Named kDays[] = {
        {u"پیر", 1},   {u"سوموار", 1}, {u"منگل", 2}, {u"بدھ", 3}, {u"جمعرات", 4},
        {u"جمعہ", 5},  {u"جمعة", 5},   {u"ہفتہ", 6}, {u"ہفتے", 6}, {u"اتوار", 7},
    };
    return lookUp(word, kDays, std::size(kDays));
}

QDate parseDate(QStringView text)
{
    const QString s = normalisedSameLength(text);
    const QVector<Token> tokens = tokenize(s);
    auto numberAt = [&](qsizetype i) -> int {
        if (i < 0 || i >= tokens.size() || !tokens[i].number)
            return -1;
        const QStringView digits = QStringView(s).mid(tokens[i].start, tokens[i].length);
        bool ok = false;
        const int n = digits.toInt(&ok);
        return ok ? n : -1;
    };
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (tokens[i].number)
            continue;
        const int month = monthOfName(QStringView(s).mid(tokens[i].start, tokens[i].length));
        if (month == 0)
            continue;
        // "22 دسمبر 2023" (the year may carry ء, a separate letter token after it) …
        const int before = numberAt(i - 1);
        const int after = numberAt(i + 1);
        if (before >= 1 && before <= 31 && after >= 1900 && after <= 2200) {
            const QDate d(after, month, before);
            if (d.isValid())
                return d;
        }
        // … or "دسمبر 22، 2023".
        const int year = numberAt(i + 2);
        if (after >= 1 && after <= 31 && year >= 1900 && year <= 2200) {
            const QDate d(year, month, after);
            if (d.isValid())
                return d;
        }
    }
    return {};
}

QVector<Amount> findAmounts(QStringView text)
{
    const QString s = normalisedSameLength(text);
    const QVector<Token> tokens = tokenize(s);
    QVector<Amount> found;
    auto word = [&](const Token &t) { return QStringView(s).mid(t.start, t.length); };
    qsizetype i = 0;
    while (i < tokens.size()) {
        // An amount starts at a number, a number word before a scale word, or a modifier before a number.
        double total = 0;
        double maxScale = 0;
        double pending = 0;
        bool hasPending = false;
        qsizetype first = -1;
        qsizetype last = -1;
        qsizetype j = i;
        double modifier = 0;
        for (; j < tokens.size(); ++j) {
            const Token &t = tokens[j];
            if (j > i && (!t.spaceOnlyBefore || t.gapBefore > 2))
                break; // a comma or other mark ends the amount
            if (t.number) {
                if (hasPending)
                    break; // two numbers in a row: the second starts another amount
                pending = numberValue(word(t)) + modifier;
                hasPending = true;
                modifier = 0;
                if (first < 0)
                    first = j;
                last = j;
                continue;
            }
            if (const double scale = scaleOf(word(t)); scale > 0 && hasPending) {
                if (scale > maxScale) {
                    total = (total + pending) * scale;
                    maxScale = scale;
                } else {
                    total += pending * scale;
                }
                hasPending = false;
                last = j;
                continue;
            }
            if (const double n = numberWordOf(word(t)); n > 0 && !hasPending && j + 1 < tokens.size()
                && tokens[j + 1].spaceOnlyBefore && scaleOf(word(tokens[j + 1])) > 0) {
                pending = n + modifier;
                hasPending = true;
                modifier = 0;
                if (first < 0)
                    first = j;
                last = j;
                continue;
            }
            // "4 اعشاریہ 3 فیصد": the word for the decimal point between two numbers.
            if (hasPending && wordKey(word(t)) == QStringView(u"اعشاریہ") && j + 1 < tokens.size() && tokens[j + 1].number
                && tokens[j + 1].spaceOnlyBefore && !word(tokens[j + 1]).contains(u'.') && !word(tokens[j + 1]).contains(u',')) {
                const QStringView digits = word(tokens[j + 1]);
                pending += digits.toString().toDouble() / std::pow(10.0, double(digits.size()));
                last = ++j;
                continue;
            }
            if (const double m = modifierOf(word(t)); m != 0 && !hasPending && j + 1 < tokens.size() && tokens[j + 1].number) {
                modifier = m;
                if (first < 0)
                    first = j;
                continue;
            }
            break;
        }
        if (first < 0 || last < 0) {
            i = std::max(j, i + 1);
            continue;
        }
        if (hasPending)
            total += pending;
        Amount a;
        a.start = tokens[first].start;
        a.length = tokens[last].start + tokens[last].length - a.start;
        a.value = total;
        found.append(a);
        i = last + 1;
    }
    return found;
}

std::optional<double> parseAmount(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    const QVector<Amount> amounts = findAmounts(trimmed);
    if (amounts.size() != 1 || amounts.first().start != 0 || amounts.first().length != trimmed.size())
        return std::nullopt;
    return amounts.first().value;
}

QString foldForSearch(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (isIgnorableMark(u))
            continue;
        out.append(QChar(foldLetter(asciiDigit(u))));
    }
    return out;
}

bool spellsInitialsOf(QStringView initials, QStringView words)
{
    // Each letter's Urdu name and the Urdu letters a word it abbreviates may start with ("اسٹیٹ": Urdu sets an
    // alef before an s that starts a cluster, so S may stand for a word led by ا).
    struct LetterName
    {
        const char16_t *name;
        const char16_t *firstLetters;
    };
    static const LetterName names[] = {
        {u"اے", u"اآع"}, {u"بی", u"ب"}, {u"سی", u"سصک"}, {u"ڈی", u"ڈد"}, {u"ای", u"اآ"}, {u"ایف", u"ف"},
        {u"جی", u"جگ"}, {u"ایچ", u"ہحھ"}, {u"آئی", u"اآ"}, {u"جے", u"ج"}, {u"کے", u"کق"}, {u"ایل", u"ل"},
        {u"ایم", u"م"}, {u"این", u"ن"}, {u"او", u"اآ"}, {u"پی", u"پ"}, {u"کیو", u"کق"}, {u"آر", u"ر"},
        {u"ایس", u"سصشا"}, {u"ٹی", u"ٹتط"}, {u"یو", u"یا"}, {u"وی", u"و"}, {u"ڈبلیو", u"و"}, {u"ایکس", u"ا"},
        {u"وائی", u"وی"}, {u"زیڈ", u"زذظ"},
    };
    const QList<QStringView> letters = initials.split(u' ', Qt::SkipEmptyParts);
    QList<QStringView> spelt = words.split(u' ', Qt::SkipEmptyParts);
    // "and" and "of" in a name written out in Urdu letters ("اینڈ", "آف") have no initial of their own.
    spelt.removeIf([](QStringView w) { return w == QStringView(u"اینڈ") || w == QStringView(u"آف"); });
    if (letters.size() < 2 || letters.size() != spelt.size())
        return false;
    for (qsizetype i = 0; i < letters.size(); ++i) {
        const LetterName *found = nullptr;
        for (const LetterName &n : names) {
            if (letters[i] == QStringView(n.name))
                found = &n;
        }
        if (!found || !QStringView(found->firstLetters).contains(spelt[i].front()))
            return false;
    }
    return true;
}

} // namespace md::urdu
