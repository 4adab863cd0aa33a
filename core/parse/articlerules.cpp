// Article line rules for tagless text, shared by the text parser and the HTML extractor's fallbacks.
#include "core/parse/articlerules.h"

#include "core/parse/urdu.h"

#include "core/parse/pagedate.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

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

// A character as the case-insensitive patterns compare it with an ASCII letter: ASCII in small letters; the Kelvin
// sign and the long s, which PCRE matches with 'k' and 's' when case is ignored, as those letters; any other
// character unchanged (it never equals an ASCII letter).
char16_t foldedForAscii(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'A' && u <= u'Z')
        return char16_t(u + (u'a' - u'A'));
    if (u == 0x212A)
        return u'k';
    if (u == 0x017F)
        return u's';
    return u;
}

// The patterns a rare word stands for: a line that holds none of a pattern's rare words cannot match it, so the
// pattern is not asked.
enum RarePattern : unsigned {
    ConsentWords = 1,  // isEmbedPlaceholder's reader's consent
    NoticeWords = 2,   // isPageNotice's notices set anywhere in the line
    FileTypeWords = 4, // isPageNotice's download line
    PitchWords = 8,    // isCallToReader's newsletter, channel or print edition
    FeeWords = 16,     // isPageNotice's fee earned from a post's links
    AppealWords = 32,  // isCallToReader's button to click or plea for support
};

struct RareWord {
    std::string_view word; // case-folded, as the pattern spells it
    unsigned pattern;
};

// Each pattern's words, all of which it matches where a word starts (its \b or (?<!\p{L}) before them).
constexpr RareWord kRareWords[] = {
    {"einverstanden", ConsentWords}, {"zustimm", ConsentWords}, {"blockiert", ConsentWords},
    {"consent", ConsentWords}, {"by loading", ConsentWords}, {"by clicking", ConsentWords}, {"privacy", ConsentWords},
    {"affiliate", NoticeWords}, {"angaben ohne gew", NoticeWords}, {"expressed", NoticeWords}, {"meinung", NoticeWords},
    {"creative commons", NoticeWords}, {"cc by", NoticeWords}, {"cc-by", NoticeWords},
    {"all rights reserved", NoticeWords}, {"alle rechte vorbehalten", NoticeWords}, {"tous droits r", NoticeWords},
    {"todos los derechos reservados", NoticeWords}, {"originally", NoticeWords}, {"urspr", NoticeWords},
    {"pdf", FileTypeWords}, {"jpg", FileTypeWords}, {"jpeg", FileTypeWords}, {"png", FileTypeWords},
    {"gif", FileTypeWords}, {"tif", FileTypeWords}, {"doc", FileTypeWords}, {"xls", FileTypeWords},
    {"ppt", FileTypeWords}, {"odt", FileTypeWords}, {"zip", FileTypeWords}, {"mp3", FileTypeWords},
    {"mp4", FileTypeWords},
    {"compensation", FeeWords}, {"commission", FeeWords}, {"provision", FeeWords},
    {"hier klicken", AppealWords}, {"teilen sie uns", AppealWords}, {"teile uns", AppealWords},
    {"teilt uns", AppealWords}, {"let us know", AppealWords},
    {"leave a comment", AppealWords}, {"hinterlass", AppealWords}, {"click here", AppealWords}, {"unterst", AppealWords}, {"support", AppealWords},
    {"youtube", PitchWords}, {"im abo", PitchWords}, {"als e", PitchWords}, {"einzelheft", PitchWords},
    {"am kiosk", PitchWords}, {"bahnhofskiosk", PitchWords},
};
// The one rare word a pattern matches inside a word too ("Wochennewsletter").
constexpr std::string_view kNewsletter = "newsletter";

bool holdsFoldedAt(QStringView line, qsizetype at, std::string_view word)
{
    if (line.size() - at < qsizetype(word.size()))
        return false;
    for (std::size_t i = 0; i < word.size(); ++i) {
        if (foldedForAscii(line[at + qsizetype(i)]) != char16_t(word[i]))
            return false;
    }
    return true;
}

// Most letters kept of a line's first word (the longest word it is compared with has sixteen).
constexpr int kMaxFirstWordLetters = 24;

// A line's first word past spaces, an optional '*' and spaces, as its ASCII letters case-folded up to the first other
// character ("Publicité" gives "publicit", "à lire" nothing): the patterns that match at a line's start are asked only
// when it is one of theirs.
struct FirstWord {
    int length = 0; // of which the first kMaxFirstWordLetters letters are kept
    std::array<char, kMaxFirstWordLetters> letters{};

    // The first word is one of these words.
    bool is(std::initializer_list<std::string_view> words) const
    {
        return std::any_of(words.begin(), words.end(), [this](std::string_view w) {
            return length == int(w.size()) && std::string_view(letters.data(), w.size()) == w;
        });
    }
    // The first word starts with one of these words.
    bool startsWith(std::initializer_list<std::string_view> words) const
    {
        return std::any_of(words.begin(), words.end(), [this](std::string_view w) {
            return length >= int(w.size()) && std::string_view(letters.data(), w.size()) == w;
        });
    }
};

FirstWord firstWordOf(QStringView line)
{
    qsizetype at = 0;
    while (at < line.size() && line[at].isSpace())
        ++at;
    if (at < line.size() && line[at] == u'*')
        ++at;
    while (at < line.size() && line[at].isSpace())
        ++at;
    FirstWord first;
    for (; at < line.size(); ++at) {
        const char16_t f = foldedForAscii(line[at]);
        if (f < u'a' || f > u'z')
            break;
        if (first.length < kMaxFirstWordLetters)
            first.letters[std::size_t(first.length)] = char(f);
        ++first.length;
    }
    return first;
}

// Most words in an embed's consent placeholder (its explanation runs longer than a notice): no chrome check asks
// more of a longer line than that it is longer.
constexpr int kMaxPlaceholderWords = 80;

// What the chrome checks ask of one line, read in one pass (the checks' patterns are asked only when these allow a
// match): its words as countWords counts them (up to one past kMaxPlaceholderWords), whether it holds a digit, the
// patterns whose rare words it holds, and its first word.
struct LineFacts {
    int words = 0;
    bool digit = false;
    unsigned rarePatterns = 0;
    FirstWord first;
};

// A character's class for factsOf: a space, a digit, an ASCII letter, and the letter it is case-folded (1 for 'a'
// … 26 for 'z', also for the Kelvin sign and the long s; 0 for no letter).
constexpr std::uint8_t kSpaceClass = 0x80;
constexpr std::uint8_t kDigitClass = 0x40;
constexpr std::uint8_t kAsciiLetterClass = 0x20;
constexpr std::uint8_t kLetterBits = 0x1F;

constexpr std::array<std::uint8_t, 128> kAsciiClasses = [] {
    std::array<std::uint8_t, 128> classes{};
    for (int c = 0; c < 128; ++c) {
        if (c == ' ' || (c >= 0x09 && c <= 0x0D))
            classes[std::size_t(c)] = kSpaceClass;
        else if (c >= '0' && c <= '9')
            classes[std::size_t(c)] = kDigitClass;
        else if (c >= 'a' && c <= 'z')
            classes[std::size_t(c)] = std::uint8_t(kAsciiLetterClass | (c - 'a' + 1));
        else if (c >= 'A' && c <= 'Z')
            classes[std::size_t(c)] = std::uint8_t(kAsciiLetterClass | (c - 'A' + 1));
    }
    return classes;
}();

std::uint8_t classOfNonAscii(char16_t u)
{
    if (u == 0x212A)
        return std::uint8_t('k' - 'a' + 1);
    if (u == 0x017F)
        return std::uint8_t('s' - 'a' + 1);
    return QChar::isSpace(u) ? kSpaceClass : QChar::isDigit(u) ? kDigitClass : 0;
}

inline std::uint8_t classOf(char16_t u)
{
    return u < 0x80 ? kAsciiClasses[u] : classOfNonAscii(u);
}

LineFacts factsOf(QStringView line)
{
    // The rare words by their first letter, and the second letters they go on with, so a word's start is compared
    // with a word only when its first two letters are that word's (every rare word's second character is a letter).
    struct Table {
        std::array<std::vector<const RareWord *>, 27> byFirstLetter;
        std::array<std::uint32_t, 27> secondLetters{};
    };
    static const Table table = [] {
        Table t;
        for (const RareWord &w : kRareWords) {
            const std::size_t first = std::size_t(w.word[0] - 'a' + 1);
            t.byFirstLetter[first].push_back(&w);
            t.secondLetters[first] |= 1u << (w.word[1] - 'a' + 1);
        }
        return t;
    }();
    constexpr std::uint8_t kN = 'n' - 'a' + 1;
    constexpr std::uint8_t kE = 'e' - 'a' + 1;
    LineFacts facts;
    std::uint8_t seen = 0;
    bool inWord = false;
    bool afterLetter = false;
    const qsizetype size = line.size();
    for (qsizetype i = 0; i < size; ++i) {
        const std::uint8_t c = classOf(line[i].unicode());
        seen |= c;
        const bool space = c & kSpaceClass;
        if (!space && !inWord && ++facts.words > kMaxPlaceholderWords)
            break;
        inWord = !space;
        // A word starts at any letter after a character that is no ASCII letter (the patterns' word boundaries are
        // at fewer places than that); "newsletter" is looked for inside words too.
        const std::uint8_t letter = c & kLetterBits;
        if (letter && (!afterLetter || letter == kN) && i + 1 < size) {
            const std::uint8_t next = classOf(line[i + 1].unicode()) & kLetterBits;
            if (letter == kN && next == kE && holdsFoldedAt(line, i, kNewsletter))
                facts.rarePatterns |= PitchWords;
            if (!afterLetter && ((table.secondLetters[letter] >> next) & 1u)) {
                for (const RareWord *w : table.byFirstLetter[letter]) {
                    if (!(facts.rarePatterns & w->pattern) && holdsFoldedAt(line, i, w->word))
                        facts.rarePatterns |= w->pattern;
                }
            }
        }
        afterLetter = c & kAsciiLetterClass;
    }
    facts.digit = seen & kDigitClass;
    facts.first = firstWordOf(line);
    return facts;
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

bool hasAtMostWords(QStringView text, int most)
{
    int words = 0;
    bool inWord = false;
    for (QChar c : text) {
        const bool space = c.isSpace();
        if (!space && !inWord && ++words > most)
            return false;
        inWord = !space;
    }
    return true;
}

QString datelineOf(QStringView paragraph)
{
    const qsizetype colon = paragraph.indexOf(u':');
    if (colon < 2 || colon > 48 || colon + 1 >= paragraph.size() || !paragraph[colon + 1].isSpace())
        return {};
    const QStringView place = paragraph.left(colon).trimmed();
    // A place in a script without capitals ("کراچی:") is a dateline when it is a word or three.
    const bool caseless = urdu::isMostlyArabicScript(place);
    if (caseless && countWords(place) > 3)
        return {};
    int letters = 0;
    for (QChar c : place) {
        if (c.isLetter()) {
            if (!c.isUpper() && !(caseless && c.category() == QChar::Letter_Other))
                return {};
            ++letters;
        } else if (!(c == u' ' || c == u'.' || c == u'\'' || c == u'-' || c == u'/' || c == u',' || c == QChar(0x2019))) {
            return {};
        }
    }
    return letters >= 2 ? place.toString() : QString();
}

namespace {
// An Urdu credit's words name a desk or a reporter: a word ending in "ڈیسک" (desk), or "رپورٹ" (report), "رپورٹر"
// (reporter), "نمائندہ" (correspondent), "نگار" ("نامہ نگار", correspondent) among two to four words or alone.
bool namesUrduDeskOrReporter(QStringView credit)
{
    const QString simple = credit.toString().simplified();
    if (simple.endsWith(QStringView(u"\u0688\u06CC\u0633\u06A9"))) // ڈیسک
        return true;
    const QStringList words = simple.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty() || words.size() > 4)
        return false;
    return std::any_of(words.cbegin(), words.cend(), [](const QString &w) {
        return w == QStringView(u"\u0631\u067E\u0648\u0631\u0679") || w == QStringView(u"\u0631\u067E\u0648\u0631\u0679\u0631")
            || w == QStringView(u"\u0646\u0645\u0627\u0626\u0646\u062F\u06C1") || w == QStringView(u"\u0646\u06AF\u0627\u0631");
    });
}
} // namespace

QString creditInLead(QStringView paragraph)
{
    // "کراچی (اسٹاف رپورٹر) …", "اسلام آباد (نمائندہ خصوصی) …", "KARACHI (APP): …": a place of a word or three,
    // then the desk, reporter or agency in brackets; the wires put the day between ("KARACHI, Jan 20 (Online): …").
    static const QRegularExpression lead(QStringLiteral(R"(^\s*([\p{L}.'\-]+(?:\s+[\p{L}.'\-]+){0,2})\s*(?:,\s*\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}\s*)?\(([^()\d]{2,40})\)\s*(?:[:\-\x{2013}\x{2014}]|\s))"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    // An Urdu desk in brackets glued to the words around it ("اسلام آباد(نیوزڈیسک)وفاقی …", "لاہور(ٹی وی
    // رپورٹ)قرض …", "اسلام آباد (نمائندہ خصوصی)وزیراعظم …"): a credit only when it names a desk, a report, a
    // reporter or a correspondent (namesUrduDeskOrReporter), as no other bracket glued so does.
    static const QRegularExpression gluedDesk(QStringLiteral(R"(^\s*([\p{L}.'\-]+(?:\s+[\p{L}.'\-]+){0,2})\s*\(([^()\d]{2,40})\)(?=\p{L}))"),
                                              QRegularExpression::UseUnicodePropertiesOption);
    // An Urdu lead that opens with its writer or desk in brackets, no place before it ("(اشرف خان)سٹاک …",
    // "(ویب ڈیسک) حکومت …").
    static const QRegularExpression opening(QStringLiteral(R"(^\s*\(([^()\d:]{2,30})\)\s*(?=\p{L}))"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    QString place;
    QString credit;
    QString after; // the character after the bracket
    if (const QRegularExpressionMatch m = lead.match(paragraph); m.hasMatch()) {
        place = m.captured(1);
        credit = m.captured(2).simplified();
        after = m.captured(0).right(1);
    } else if (const QRegularExpressionMatch g = gluedDesk.match(paragraph);
               g.hasMatch() && urdu::isMostlyArabicScript(g.captured(1)) && namesUrduDeskOrReporter(g.captured(2))) {
        place = g.captured(1);
        credit = g.captured(2).simplified();
    } else if (const QRegularExpressionMatch o = opening.match(paragraph);
               o.hasMatch() && urdu::isMostlyArabicScript(o.captured(1)) && urdu::isMostlyArabicScript(paragraph.mid(o.capturedEnd(), 40))) {
        credit = o.captured(1).simplified();
        if (countWords(credit) > 3)
            return {};
    } else {
        return {};
    }
    if (credit.isEmpty() || countWords(credit) > 4)
        return {};
    // The bracket spells the initials of the words before it ("انٹرنیشنل مانیٹری فنڈ (آئی ایم ایف) پاکستان …"):
    // an institution's short name, not a place and its credit.
    if (urdu::spellsInitialsOf(credit, place))
        return {};
    // A channel crediting itself ("Dunya News", "دنیا نیوز", "Aaj TV") names the site, never a writer.
    const QString last = credit.section(u' ', -1).toLower();
    if (last == QLatin1String("news") || last == QLatin1String("tv") || last == QStringView(u"نیوز") || last == QStringView(u"وی"))
        return {};
    // The place is a dateline: capitals ("KARACHI"), a name capitalised word by word ("Karachi") before a colon
    // or a dash, or a caseless script's words ("کراچی").
    if (!place.isEmpty() && !urdu::isMostlyArabicScript(place)) {
        bool capitals = true;
        bool capitalised = true;
        for (QStringView word : QStringView(place).split(u' ', Qt::SkipEmptyParts)) {
            capitalised = capitalised && word.front().isUpper();
            for (QChar ch : word)
                capitals = capitals && !ch.isLower();
        }
        if (!capitals && !(capitalised && after != QLatin1String(" ")))
            return {};
    }
    return credit;
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

bool readsAsLead(QStringView line)
{
    return countWords(line) >= kMinLeadWords && endsLikeSentence(line);
}

QString relatedLeadWords()
{
    return QStringLiteral(
        R"(read more|also read|read also|related|related (?:articles|stories|posts|news|coverage)|see also|more on this|)"
        R"(you may also like|you might also like|more stories|recommended for you|)"
        R"(\x{06CC}\x{06C1} \x{0628}\x{06BE}\x{06CC} \x{067E}\x{0691}\x{06BE}(?:\x{06CC}\x{06BA}|\x{06CC}\x{06D2})|)"
        R"(\x{0645}\x{0632}\x{06CC}\x{062F} \x{067E}\x{0691}\x{06BE}(?:\x{06CC}\x{06BA}|\x{06CC}\x{06D2})|)"
        R"(lea tambi\x{00E9}n|lea m\x{00E1}s|lee tambi\x{00E9}n|le puede interesar|te puede interesar|)"
        R"(vea tambi\x{00E9}n|puedes ver|mira tambi\x{00E9}n|noticias relacionadas|art\x{00ED}culos relacionados|)"
        R"(mehr zum thema|lesen sie auch|siehe auch|lesen sie mehr|auch interessant|schon gelesen\?|(?:zum )?weiterlesen|)"
        R"(das (?:thema )?k\x{00F6}nnte (?:sie|dich) auch interessieren!?|mehr themen|empfehlungen aus der redaktion|)"
        R"(lire aussi|\x{00E0} lire aussi|lire \x{00E9}galement|\x{00E0} lire \x{00E9}galement|sur le m\x{00EA}me sujet|)"
        R"(voir aussi|vous aimerez aussi|leia tamb\x{00E9}m|leia mais|veja tamb\x{00E9}m|leggi anche|)"
        R"(czytaj te\x{017C}|czytaj tak\x{017C}e|zobacz te\x{017C}|lees ook|)"
        // Boxes of other stories by their headings: "Most read", "Ähnliche Beiträge", "Audios et vidéos sur le sujet".
        R"(most read|most popular|meistgelesen(?:e)?|\x{00E4}hnliche (?:artikel|beitr\x{00E4}ge)|weitere (?:artikel|beitr\x{00E4}ge)|)"
        R"(mehr zu diesem thema|les plus lus|(?:articles|(?:audios? et )?vid\x{00E9}os) sur le (?:m\x{00EA}me )?sujet|)"
        R"(dans la m\x{00EA}me rubrique|lo m\x{00E1}s le\x{00ED}do|m\x{00E1}s noticias|te recomendamos)");
}

// Most words of a line that is only a lead (isRelatedLeadLine): seven of the longest lead ("Audios et vidéos sur le
// même sujet"), the site's name in three after it ("on Daily Ledger") and a dash.
constexpr int kMaxRelatedLeadLineWords = 11;

bool mayOpenWithRelatedLead(QStringView line)
{
    // The first words of relatedLeadWords() as firstWordOf reads them ("Artículos" gives "art", "Vidéos" "vid", "Más"
    // "m"); a lead that starts with another letter than ASCII's ("À lire aussi", "Ähnliche", Urdu) gives none.
    const FirstWord first = firstWordOf(line);
    return first.length == 0
        || first.is({"read", "also", "related", "see", "more", "you", "recommended", "lea", "lee", "le", "te", "vea",
                     "puedes", "mira", "noticias", "art", "mehr", "lesen", "auch", "schon", "zum", "weiterlesen", "das", "siehe",
                     "empfehlungen", "lire", "sur", "voir", "vous", "leia", "veja", "leggi", "czytaj", "zobacz", "lees",
                     "most", "meistgelesen", "meistgelesene", "weitere", "les", "articles", "audio", "audios", "vid",
                     "dans", "lo", "m"});
}

bool isReadOnCall(QStringView line)
{
    if (!hasAtMostWords(line, 6))
        return false;
    static const QRegularExpression call(
        QStringLiteral(R"(^[\s\x{2192}\x{00BB}\x{203A}>\-]*(?:)"
                       R"((?:zum )?weiterlesen|mehr lesen|(?:ganzen )?artikel lesen|(?:link )?zum (?:ganzen )?artikel|)"
                       R"(read more|read on|continue reading|read (?:the )?(?:full |whole )?(?:story|article|post)|)"
                       R"(lire la suite|lire l'article|leer m[a\x{00E1}]s|seguir leyendo|continua a leggere|leggi tutto|)"
                       R"(leia mais|lees meer|lees verder|czytaj dalej)"
                       R"()[\s\x{2026}.\x{2192}\x{00BB}\x{203A}>]*$)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return call.match(line).hasMatch();
}

bool isRelatedLeadLine(QStringView line)
{
    if (!hasAtMostWords(line, kMaxRelatedLeadLineWords))
        return false;
    if (!mayOpenWithRelatedLead(line))
        return false;
    // The site may be named after the words: "Mehr zum Thema auf UEPO.de", "Most read on Ledger".
    static const QRegularExpression lead(QStringLiteral(R"(^(?:)") + relatedLeadWords()
                                             + QStringLiteral(R"()(?:\s+(?:auf|bei|on|at|from|sur|en)\s+\S+(?:\s+\S+)?)?\s*[:\-–]?$)"),
                                         QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return lead.match(line.trimmed()).hasMatch();
}

bool looksLikeHeadline(QStringView line)
{
    if (endsLikeSentence(line) && !line.trimmed().endsWith(u'?') && !line.trimmed().endsWith(QChar(0x061F)))
        return false;
    const int words = countWords(line);
    return words >= 2 && words <= 30;
}

namespace {

bool isCallToReader(QStringView line, const LineFacts &facts)
{
    // A plea opening with a question on the site's own magazine or product ("Gefällt dir unser Magazin? …", "Kennt ihr
    // schon unseren Markenfinder? …"), as long as an embed's placeholder.
    static const QRegularExpression plea(
        QStringLiteral(R"(^(?:gef(?:\x{00E4}|ae)llt (?:dir|ihnen|euch) unser\w*|kenn(?:t ihr|st du|en sie) (?:schon )?unser\w*|)"
                       R"((?:do you )?(?:like|love|enjoy) (?:our|this) (?:magazine|site|blog|newsletter|podcast))\b[^?.!]{0,60}\?)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    if (facts.words <= kMaxPlaceholderWords && facts.first.is({"gef", "gefaellt", "kennt", "kennst", "kennen", "do", "like", "love", "enjoy"})
        && plea.match(line).hasMatch())
        return true;
    if (facts.words > 25)
        return false;
    static const QRegularExpression call(
        QStringLiteral(R"(^(?:sign up|signup|subscribe|follow (?:us|\S+ on)|join (?:us|our)|download (?:our|the)|get (?:our|the) (?:app|newsletter)|)"
                       R"(if you (?:enjoyed|liked|like|appreciate) (?:reading )?(?:this|our)|)"
                       R"(werden sie mitglied|abonnieren sie|jetzt abonnieren|suscr\x{00ED}bete|abonnez-vous|)"
                       R"(submit your (?:letters?|comments?|stor(?:y|ies)|questions?|tips?)|)"
                       R"(for (?:the )?latest (?:news|updates|stories),? follow us)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    // Anywhere in the line: the site's app or newsletter offered for the latest news.
    static const QRegularExpression offer(QStringLiteral(R"(\blatest (?:news|stories|updates)\b.{0,60}\b(?:download|with) (?:the|our) .{0,30}\bapps?\b)"),
                                          QRegularExpression::CaseInsensitiveOption);
    // Anywhere in the line: the site's newsletter, channel or print edition offered ("… dann hol dir jetzt meinen
    // gratis Newsletter!", "¡Mira lo que tiene nuestro canal de YouTube!", "… jetzt am Kiosk, im Abo, als e-Paper").
    static const QRegularExpression pitch(
        QStringLiteral(R"(\b(?:(?:our|my|free|unser(?:en)?|mein(?:en)?|kostenlose[nm]?|gratis|nuestro|notre)\s+(?:[\w-]+\s+)?(?:[\w-]*newsletter|youtube[- ]?(?:channel|kanal)|canal de youtube|newsletter)|)"
                       R"((?:subscribe to|sign up (?:for|to)|abonnier\w*|anmelden|eintragen)\b.{0,40}\bnewsletter|newsletter\b.{0,40}\b(?:abonnier\w*|anmelden|eintragen)|)"
                       R"(im abo\b|als e-?paper|einzelheft|am kiosk|bahnhofskiosk)\b)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    // Anywhere in the line: a button's words to click ("Einfach hier klicken und … registrieren!", "Click here to …"), the
    // reader asked to support the site ("Unterstütze unser Magazin …", "Support our journalism") or to tell it what
    // they think ("Bitte teilen Sie uns Ihre Erfahrungen mit", "Let us know in the comments", "Hinterlasse einen
    // Kommentar").
    static const QRegularExpression appeal(
        QStringLiteral(R"(\b(?:hier\s+klicken|click\s+here)\b|)"
                       R"(\b(?:teilen sie uns|teile uns|teilt uns)\b.{0,40}\b(?:erfahrung\w*|meinung|gedanken)\b.{0,20}\bmit\b|)"
                       R"(\blet us know\b.{0,40}\bcomments?\b|\bleave a comment\b|)"
                       R"(\bhinterlass(?:e|t|en sie)? (?:uns |mir )?(?:einfach |gerne )?einen kommentar\b|)"
                       R"(\bunterst\x{00FC}tze(?:n\s+sie)?\s+(?:uns|unser\w*)\b|\bsupport\s+(?:us|our\s+(?:journalism|work|magazine|reporting|newsroom))\b)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    // The call's first words: "sign up", "subscribe", "follow us", "if you enjoyed", "suscríbete", "abonnez-vous",
    // "submit your letter".
    const bool opensAsCall = facts.first.is({"sign", "signup", "subscribe", "follow", "join", "download", "get", "if",
                                              "werden", "abonnieren", "jetzt", "suscr", "abonnez", "submit", "for"});
    return (opensAsCall && call.match(line).hasMatch())
        || (line.contains(QLatin1String("app"), Qt::CaseInsensitive) && offer.match(line).hasMatch())
        || ((facts.rarePatterns & PitchWords) && pitch.match(line).hasMatch())
        || ((facts.rarePatterns & AppealWords) && appeal.match(line).hasMatch());
}

} // namespace

bool isCallToReader(QStringView line)
{
    return isCallToReader(line, factsOf(line));
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
        const bool ascii = std::all_of(w, w + std::strlen(w), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
        if (ascii ? word == QLatin1String(w) : word == QString::fromUtf8(w))
            return true;
    }
    return false;
}

// The news agencies Pakistani and foreign pages credit in a writer's place, by their name in lower case.
bool isNewsAgency(const QString &word)
{
    return isOneOf(word, {"app", "afp", "reuters", "nni", "ppi", "inp", "ap", "xinhua", "anadolu", "pti", "ians", "dpa"});
}

} // namespace

namespace {

// A word that labels a picture or its credit ("File", "Photo", "Image", "Source", "Foto", "Bildquelle").
bool isCreditWord(const QString &w)
{
    return isOneOf(w, {"photo", "photos", "photograph", "image", "images", "picture", "pic", "source", "sources",
                       "credit", "credits", "courtesy", "graphic", "graphics", "chart", "illustration", "video",
                       "caption", "infographic", "file",
                       // German, French, Spanish: "Foto: dpa", "Bild: …", "Crédits photos : …", "Fuente: …"
                       "foto", "fotos", "bild", "bilder", "abbildung", "grafik", "quelle", "cr\u00e9dit",
                       "cr\u00e9dits", "imagen", "fuente",
                       // The German labels written as one word: "Bildquelle: SWR", "Beitragsbild: …", "Bildcredit: …"
                       "bildquelle", "bildquellen", "beitragsbild", "titelbild", "bildcredit", "bildcredits",
                       "bildnachweis", "fotonachweis", "bildrechte", "fotocredit", "fotocredits", "photocredit",
                       "photocredits"});
}

bool isMediaWord(const QString &w)
{
    return isOneOf(w, {"photo", "image", "picture", "video", "graphic", "illustration", "foto", "bild", "imagen"});
}

// A picture's alternative text, its credit and its caption copied as one line: the same words either side of a
// credit ("Cabinet meets in Islamabad File Photo Cabinet meets in Islamabad").
bool isCaptionAroundCredit(const QStringList &words)
{
    for (qsizetype credit = 1; credit <= 3; ++credit) {
        const qsizetype half = (words.size() - credit) / 2;
        if (half < 2 || half * 2 + credit != words.size())
            continue;
        bool media = false;
        bool labels = true;
        for (qsizetype i = half; i < half + credit; ++i) {
            labels = labels && isCreditWord(words[i]);
            media = media || isMediaWord(words[i]);
        }
        if (labels && media && std::equal(words.cbegin(), words.cbegin() + half, words.cbegin() + half + credit))
            return true;
    }
    return false;
}

} // namespace

FurnitureKind furnitureKindOf(QStringView line)
{
    line = line.trimmed();
    // (Split into words only when the line's start comes again later in it: this runs on every line of a page.)
    if (line.size() > 80 && line.size() <= 400 && line.indexOf(line.left(16), 16) > 0
        && isCaptionAroundCredit(plainWords(line)))
        return FurnitureKind::Credit;
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
    if (const QRegularExpressionMatch m = labelled.match(line); m.hasMatch()) {
        const QStringList label = plainWords(m.capturedView(1));
        // Every word of the label names the credit ("Image credit", "Crédits photos"; "Source files" does not).
        if (!label.isEmpty() && label.size() <= 3 && std::all_of(label.cbegin(), label.cend(), isCreditWord) && words.size() <= 8)
            return FurnitureKind::Credit;
    }
    // A line of media and credit words only ("File photo", "News Image", "—File Photo —File Photo").
    if (words.size() <= 3 || std::all_of(words.cbegin(), words.cend(), isCreditWord)) {
        if (std::any_of(words.cbegin(), words.cend(), isMediaWord) && !hasDigitIn(line))
            return FurnitureKind::Credit;
    }
    if (words.size() >= 5 && isCaptionAroundCredit(words))
        return FurnitureKind::Credit;

    // A writer's role printed as a labelled line under the byline ("Role, BBC News", "عہدہ, بی بی سی اردو").
    if (words.size() <= 8 && (line.startsWith(u"عہدہ") || line.startsWith(QLatin1String("Role"), Qt::CaseInsensitive))) {
        const qsizetype mark = line.indexOf(QRegularExpression(QStringLiteral(R"([,:،])")));
        if (mark > 0 && mark <= 5)
            return FurnitureKind::Credit;
    }
    // Urdu buttons and links: share, follow, print, skip to the content, the platforms' names alone.
    if (words.size() <= 4 && urdu::isMostlyArabicScript(line)) {
        for (const char16_t *prompt : {u"شیئر", u"شیئر کریں", u"فالو کریں", u"پرنٹ", u"پرنٹ کریں", u"مواد پر جائیں",
                                       u"واٹس ایپ", u"فیس بک", u"ٹویٹر", u"ای پیپر", u"سبسکرائب کریں"}) {
            if (line == QStringView(prompt))
                return FurnitureKind::Prompt;
        }
    }
    if (words.size() <= 3 && line.compare(QLatin1String("Skip to content"), Qt::CaseInsensitive) == 0)
        return FurnitureKind::Prompt;
    // An Urdu desk or reporter credited on a line of its own: "ویب ڈیسک", "اسٹاف رپورٹر", "نمائندہ خصوصی",
    // "نامہ نگار".
    if (words.size() <= 4 && !hasDigitIn(line) && urdu::isMostlyArabicScript(line)) {
        for (const QString &w : words) {
            if (w == QStringView(u"ڈیسک") || w == QStringView(u"رپورٹر") || w == QStringView(u"نمائندہ")
                || w == QStringView(u"نگار"))
                return FurnitureKind::BylineLabel;
        }
    }
    // A button: an imperative of sharing, following or printing with only its object or a platform after it
    // ("Follow us on Twitter", "Share on whatsapp", "Print Story"); "Share prices rise" is a headline.
    if (words.size() <= 5 && isOneOf(words.front(), {"share", "follow", "subscribe", "print", "tweet", "email",
                                                      "download", "listen", "watch", "join", "like",
                                                      // German, French and Spanish: "Drucken", "Teilen", "Imprimer"
                                                      "drucken", "druckvorschau", "teilen", "imprimer", "partager",
                                                      "imprimir", "compartir"})) {
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
            if (isOneOf(w, {"report", "reporter", "correspondent", "desk", "bureau", "staff", "monitoring", "agencies", "wires"})
                || isNewsAgency(w))
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
    line = line.trimmed();
    if (line.startsWith(u'(') && line.endsWith(u')')) // "(ویب ڈیسک)"
        line = line.mid(1, line.size() - 2).trimmed();
    QStringList out;
    for (QStringView word : line.trimmed().split(u' ', Qt::SkipEmptyParts)) {
        // Agencies' initials stay as they are written ("APP", "BR"); words are capitalised ("Recorder Report",
        // "WEB DESK" → "Web Desk", and a label printed so stays so: "Staff Reporter").
        const QString w = word.toString();
        const bool initials = w.size() <= 3 && !isOneOf(w.toLower(), {"web", "our", "own", "new"});
        out.append(initials ? w : w.left(1) + w.mid(1).toLower());
    }
    return out.join(QLatin1Char(' '));
}

bool isDeskOrAgencyCredit(QStringView piece)
{
    piece = piece.trimmed();
    return furnitureKindOf(piece) == FurnitureKind::BylineLabel || (!piece.contains(u' ') && isNewsAgency(piece.toString().toLower()));
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

bool isAuthorBoxLabel(QStringView line)
{
    line = line.trimmed();
    if (line.endsWith(u':'))
        line.chop(1);
    for (const char *label : {"About Author", "About the Author", "About the Writer"}) {
        if (line.compare(QLatin1String(label), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool opensComments(QStringView line)
{
    if (line.size() > 60)
        return false;
    static const QRegularExpression heading(
        QStringLiteral(R"(^(?:(?:\d+\s+)?(?:comments|kommentare|commentaires|comentarios|commenti|reacties|komentarze)|)"
                       R"(\d+\s+(?:comment|kommentar|commentaire|comentario|commento|reactie|komentarz|)"
                       R"(responses?|repl(?:y|ies)|antworten|r\x{00E9}ponses?|respuestas?)|)"
                       R"(leave a (?:reply|comment)|post a comment|add a comment|join the discussion|)"
                       R"(schreibe(?:n sie)? einen kommentar|kommentar schreiben|kommentieren|)"
                       R"(laisser un commentaire|deja un comentario|lascia un commento|)"
                       R"((?:comments|kommentare) (?:are )?(?:closed|geschlossen))\s*[:!.]?$)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return heading.match(line.trimmed()).hasMatch();
}

Timestamp printFootnoteDateOf(QStringView line)
{
    // The newspaper's footnote on a print story: "Published in Dawn, December 2nd, 2023" — a paper and a date.
    if (line.startsWith(QLatin1String("Published in "), Qt::CaseInsensitive) && line.size() <= 100) {
        // "Published in The News, Karachi, December 2, 2023": the date after one of the commas.
        for (qsizetype comma = line.indexOf(u','); comma > 0; comma = line.indexOf(u',', comma + 1)) {
            const Timestamp when = parsePageDateTime(line.mid(comma + 1).trimmed());
            if (when.isValid())
                return when;
        }
    }
    return {};
}

bool isArticleFooter(QStringView line)
{
    if (printFootnoteDateOf(line).isValid())
        return true;
    if (line.isEmpty() || !(line.front() == u'C' || line.front() == u'c' || line.front() == QChar(0x00A9) || line.front() == u'('))
        return false;
    static const QRegularExpression footer(QStringLiteral(R"(^(?:copyright\b|©|\(c\)\s*\d{4}))"),
                                           QRegularExpression::CaseInsensitiveOption);
    return footer.match(line).hasMatch();
}

namespace {

// Most words in a download's link line ("Merkblatt zur Tabaksteuer PDF | 38 KB | Datei ist nicht barrierefrei").
constexpr int kMaxDownloadWords = 16;
// Most words of a line giving a post's reading time (with its date or author before it).
constexpr int kMaxReadingTimeWords = 10;

// Most characters in a sign-off of initials ("kle/dpa/AFP").
constexpr qsizetype kMaxSignOffChars = 24;

// Most words of a picture's credit after the copyright sign that ends a caption.
constexpr int kMaxEndCreditWords = 8;

// A picture's caption ending in its credit: "Lee Elder at the Masters. | © Augusta National/Getty Images",
// "Symbolgrafik: © Butch - stock.adobe.com": a few words after the last "©" that are no sentence.
bool endsWithCredit(QStringView line)
{
    const qsizetype sign = line.lastIndexOf(QChar(0x00A9));
    if (sign < 0)
        return false;
    const QStringView credit = line.mid(sign + 1).trimmed();
    return !credit.isEmpty() && countWords(credit) <= kMaxEndCreditWords && !endsLikeSentence(credit);
}

// Most words of one tag in a tag list, and of the list.
constexpr int kMaxTagWords = 4;
constexpr int kMaxTagListWords = 25;

// The post's tags or categories: "Tags: Bilt, Cent, Eimsbüttel", "Kategorie: Erste Versuche", "Filed under: Rice |
// Exports": a label, then short names set apart by commas or bars, and no sentence.
bool isTagList(QStringView line, const LineFacts &facts)
{
    // The label's first word ("Tags", "Kategorie", "Filed under", "Mots-clés", "Catégories").
    if (!facts.first.is({"tag", "tags", "tagged", "schlagw", "schlagwoerter", "schlagworte", "stichw", "stichwoerter",
                          "kategorie", "kategorien", "categories", "category", "filed", "posted", "etiquetas", "mots",
                          "cat", "categorie", "temas"}))
        return false;
    static const QRegularExpression label(
        QStringLiteral(R"(^(?:tags?|tagged(?: with)?|schlagw(?:\x{00F6}|oe)rter|schlagworte|stichw(?:\x{00F6}|oe)rter|kategorien?|)"
                       R"(categories|category|filed under|posted in|etiquetas|mots[- ]cl(?:\x{00E9}|e)s|cat(?:\x{00E9}|e)gories?|temas)\s*[:|]\s*(\S.*)$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = label.match(line);
    if (!m.hasMatch() || facts.words > kMaxTagListWords || endsLikeSentence(line))
        return false;
    static const QRegularExpression separator(QStringLiteral(R"(\s*[,;|\x{00B7}]\s*)"));
    const QStringList tags = m.captured(1).split(separator, Qt::SkipEmptyParts);
    return std::all_of(tags.cbegin(), tags.cend(), [](const QString &tag) { return countWords(tag) <= kMaxTagWords; });
}

// What a consent tool prints where a third party's embed (a post, a video, a map) would load: its label ("Externer
// Inhalt", "Inhalte von Drittanbietern", "External content", "Click to load"), its button ("Inhalt laden"), the
// reason the embed is blocked and the reader's consent to load it ("Ich bin einverstanden, dass mir externe Inhalte
// angezeigt werden", "By loading the content you accept the third party's privacy policy").
bool isEmbedPlaceholder(QStringView line, const LineFacts &facts)
{
    static const QRegularExpression label(
        QStringLiteral(R"(^(?:(?:empfohlener\s+)?(?:externer|externe|redaktioneller)\s+inhalte?|inhalte?\s+von\s+drittanbietern|)"
                       R"((?:external|third[- ]party|embedded)\s+(?:content|media)|click\s+(?:here\s+)?to\s+(?:load|show|view)(?:\s+\w+){0,2}|)"
                       R"((?:diesen\s+|alle\s+)?inhalte?\s+(?:laden|anzeigen|entsperren|aktivieren)|(?:load|show|unblock)\s+(?:external\s+)?(?:content|embed)|)"
                       R"(contenu\s+externe|contenido\s+externo|contenuto\s+esterno|externe\s+inhoud)\W*$)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    // The label's first word: "Externer Inhalt", "Inhalte von Drittanbietern", "Third-party content", "Click to load".
    if (facts.words <= 6
        && facts.first.is({"empfohlener", "externer", "externe", "redaktioneller", "inhalt", "inhalte", "external", "third",
                           "embedded", "click", "diesen", "alle", "load", "show", "unblock", "contenu", "contenido",
                           "contenuto"})
        && label.match(line).hasMatch())
        return true;
    if (!(facts.rarePatterns & ConsentWords))
        return false;
    // The explanation: content of a third party (or from a named provider) blocked, shown or loaded only with the
    // reader's consent, which sends personal data to that party.
    static const QRegularExpression external(
        QStringLiteral(R"(\bexterne[nr]?\s+inhalte?\b|\binhalte?\s+(?:von|dieses|des)\s+(?:\S+\s+)?(?:drittanbieters?|anbieters?)\b|)"
                       R"(\bdrittplattform|\bthird[- ]part(?:y|ies)\b|\bexternal\s+content\b|\bembedded\s+content\b|)"
                       R"(\bpersonenbezogenen?\s+daten\b.{0,60}\b(?:betreiber|übermittelt)|\bpersonal\s+data\b.{0,60}\b(?:transferred|sent|transmitted)\b)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression consent(
        QStringLiteral(R"(\beinverstanden\b|\bzustimm|\bzustimmung\b|\bblockiert\b|\bconsent\b|\bby (?:loading|clicking)\b|)"
                       R"(\b(?:accept|agree)\b.{0,60}\bprivacy\b)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression shown(
        QStringLiteral(R"(\b(?:angezeigt|laden|geladen|load(?:ed|ing)?|display(?:ed)?|shown?)\b)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    // The consent words first: they are the rarest in a story's text.
    return consent.match(line).hasMatch() && external.match(line).hasMatch() && shown.match(line).hasMatch();
}

// The fee the site earns from the links in a post, declared in a notice as long as an embed's placeholder ("This post
// contains references to products from our advertisers. We may receive compensation when you click on links to those
// products. …", "Wenn du über diese Links kaufst, erhalten wir eine kleine Provision"); a sentence that reports a
// fee paid to someone else is text.
bool declaresLinkFee(QStringView line, const LineFacts &facts)
{
    if (!(facts.rarePatterns & FeeWords))
        return false;
    static const QRegularExpression fee(QStringLiteral(
        R"((?:\b(?:we|i) (?:may |might |will |can )?(?:receive|earn|get|make) (?:a )?(?:small )?(?:compensation|commissions?)\b.{0,120}\b(?:links?|purchases?|products?|buy|click\w*)\b)|)"
        R"((?:\b(?:links?|purchases?|products?|buy|click\w*)\b.{0,120}\b(?:we|i) (?:may |might |will |can )?(?:receive|earn|get|make) (?:a )?(?:small )?(?:compensation|commissions?)\b)|)"
        R"((?:\b(?:(?:erhalten|bekommen) (?:wir|ich)|(?:wir|ich) (?:erhalten|bekommen|erhalte|bekomme)) (?:daf\x{00FC}r )?(?:eine )?(?:kleine )?provision\b))"),
        QRegularExpression::CaseInsensitiveOption);
    return fee.match(line).hasMatch();
}

// isPageNotice of a trimmed line.
bool isPageNotice(QStringView line, const LineFacts &facts)
{
    const int words = facts.words;
    if (words == 0 || words > kMaxPlaceholderWords)
        return false;
    if (isEmbedPlaceholder(line, facts) || declaresLinkFee(line, facts))
        return true;
    if (words > kMaxNoticeWords)
        return false;
    // A notice printed with the post, any of these (one pattern, matched once):
    //   An advertising mark over the post: "*Werbung. Dieser Beitrag enthält Werbung für …", "Anzeige, enthält
    //     Affiliate Links", "Advertisement", "Sponsored content".
    //   The page's affiliate links declared: "This post contains affiliate links", "enthält Affiliate-Links".
    //   A disclaimer of the facts given ("Alle Angaben ohne Gewähr"), a suggested citation of the post ("Suggested
    //     citation: …", "Zitiervorschlag: …").
    //   The editors' distance from a guest's opinion: "The views expressed are the author's own", "Dieser Beitrag
    //     gibt die Meinung des Autors wieder".
    //   Where the post first appeared: "This article originally appeared on VICE US.", "Dieser Artikel ist
    //     ursprünglich am 27. Februar 2017 erschienen."
    //   A blog's closing line on where the post was filed: "This entry was posted in … on …", "Der Beitrag wurde am …
    //     veröffentlicht und wurde unter … abgelegt".
    //   The site's licence: "This work is licensed under a Creative Commons …", "Sofern nicht anders ausgewiesen,
    //     stehen Inhalte dieser Website unter CC-BY".
    //   The rights reserved: "Copyright © 2019 by … All rights reserved.", "Alle Rechte vorbehalten".
    //   The post's permanent address: "Permalink https://…", "Permalien https://p.example/p/RPYx", "Kurzlink: …".
    //   A picture's caption set as a paragraph under its label: "Abbildung: Vergleich auf dem Aletschgletscher. …",
    //     "Image illustrative : …", "Figure 3: Changing the font size of the axis text.".
    static const QRegularExpression notice(QStringLiteral(
        R"((?:^\*?\s*(?:werbung|anzeige|advertisement|advertising|advertorial|sponsored(?: content| post)?|publicidad|publicit\x{00E9}|reklama)\s*(?:[.:,|*\-\x{2013}]|$))|)"
        R"((?:^(?:(?:the )?(?:story|article|text) continues below(?: (?:the |this )?(?:advertisement|ad))?|continue reading (?:the )?main story)\W*$)|)"
        R"((?:\baffiliate[- ]?links?\b)|)"
        R"((?:\b(?:alle )?angaben ohne gew(?:\x{00E4}|ae)hr\b)|)"
        R"((?:^(?:suggested citation|zitiervorschlag|zitierweise|cite this (?:article|post) as|how to cite this (?:article|post))\b)|)"
        R"((?:\b(?:views|opinions) expressed\b|\bmeinung (?:des autors|der autorin|der autor(?:inn)?en)\b)|)"
        R"((?:^(?:this|the) (?:article|story|post|piece) (?:was )?originally (?:appeared|published|ran)\b|)"
        R"(^(?:dieser|der) (?:artikel|beitrag|text) (?:ist|wurde|erschien) (?:zuerst |urspr\x{00FC}nglich ){1,2})|)"
        R"((?:^(?:this (?:entry|post) was posted (?:on|in)\b|(?:der|dieser) (?:beitrag|eintrag|artikel) wurde (?:am|in|unter)\b.*\b(?:ver\x{00F6}ffentlicht|abgelegt)\b))|)"
        R"((?:\b(?:licen[cs]ed|lizenziert|steh(?:t|en)|ver\x{00F6}ffentlicht)\b.{0,40}\b(?:under|unter)\b.{0,40}\b(?:creative commons|cc[- ]by)\b)|)"
        R"((?:\b(?:all rights reserved|alle rechte vorbehalten|tous droits r\x{00E9}serv\x{00E9}s|todos los derechos reservados)\W*$)|)"
        R"((?:^(?:permalink|permalien|kurzlink|short ?(?:link|url)|enlace permanente)\s*:?\s*(?:https?://\S+)?$)|)"
        R"((?:^(?:abbildung|abb\.|bild|foto|photo|image(?: illustrative)?|bildunterschrift|caption|(?:figure|fig\.|grafik) \d+)\s*:))"),
        QRegularExpression::CaseInsensitiveOption);
    // The editors' and agencies' initials signing the story off: "aja/PAP", "(dr/spot)", "kle/dpa/AFP" (an editor's
    // initials in small letters among them; "Blob/File" and "N/A" are no sign-off).
    static const QRegularExpression initials(
        QStringLiteral(R"(^\(?(?=(?:.*/)?\p{Ll}{2,4}(?:/|\)?$))\p{L}{2,6}(?:/\p{L}{2,6}){1,3}\)?$)"),
        QRegularExpression::UseUnicodePropertiesOption);
    if (line.size() <= kMaxSignOffChars && line.contains(u'/') && initials.match(line).hasMatch())
        return true;
    // A download's link: its file's type and size ("Hochauflösendes Bild (jpeg, 1MB)", "Merkblatt PDF | 38 KB").
    static const QRegularExpression download(
        QStringLiteral(R"((?<!\p{L})(?:pdf|jpe?g|png|gif|tiff?|docx?|xlsx?|pptx?|odt|zip|mp3|mp4)\b\W{1,4}\d+(?:[.,]\d+)?\s?[kKMG]i?B\b)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    if (words <= kMaxDownloadWords && facts.digit && (facts.rarePatterns & FileTypeWords) && download.match(line).hasMatch())
        return true;
    // How long the post takes to read, alone or after its date: "8 min read", "Oct 18, 2019 · 8 min read",
    // "Lesezeit: 1 min", "Estimated reading time: 6 minutes", "Temps de lecture : 4 min".
    static const QRegularExpression readingTime(
        QStringLiteral(R"((?:\b\d+\s*min(?:ute)?s?\.?\s+read\b)|)"
                       R"((?:\b(?:(?:estimated\s+)?reading\s+time|read\s+time|lesezeit|lesedauer|temps\s+de\s+lecture|)"
                       R"(tiempo\s+de\s+lectura|tempo\s+de\s+leitura)\s*:?\s*(?:ca\.?\s*)?\d+\s*(?:min(?:ute[ns]?|utos)?)\b))"),
        QRegularExpression::CaseInsensitiveOption);
    if (words <= kMaxReadingTimeWords && facts.digit && line.contains(QLatin1String("min"), Qt::CaseInsensitive)
        && readingTime.match(line).hasMatch())
        return true;
    // The notices set at the line's start, by their first word; the others by their rare words.
    const bool mayBeNotice = (facts.rarePatterns & NoticeWords)
        || facts.first.is({"werbung", "anzeige", "advertisement", "advertising", "advertorial", "sponsored", "publicidad", "publicit",
                            "story", "article", "text", "the", "continue",
                            "reklama", "this", "der", "dieser", "abbildung", "abb", "bild", "foto", "photo", "image",
                            "bildunterschrift", "caption", "figure", "fig", "grafik", "suggested", "zitiervorschlag",
                            "zitierweise", "cite", "how"})
        // "Permalinkhttps://…": the address may follow the word with no space.
        || facts.first.startsWith({"permalink", "permalien", "kurzlink", "short", "enlace"});
    return (mayBeNotice && notice.match(line).hasMatch()) || isTagList(line, facts) || endsWithCredit(line);
}

} // namespace

bool isPageNotice(QStringView line)
{
    line = line.trimmed();
    return isPageNotice(line, factsOf(line));
}

bool isFooterCallOrNotice(QStringView line)
{
    if (isArticleFooter(line))
        return true;
    const LineFacts facts = factsOf(line);
    return isCallToReader(line, facts) || isPageNotice(line.trimmed(), facts);
}

} // namespace md
