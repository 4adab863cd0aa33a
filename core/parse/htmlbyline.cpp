// Bylines: recognising a byline box or a printed byline line, and reading the writer's name from it (and from the
// story's meta line); where on the page the head looks for one is htmlstoryhead.cpp's.
#include "core/parse/htmlbyline.h"

#include "core/parse/articlerules.h"
#include "core/parse/htmlblocks.h"
#include "core/parse/htmlstoryhead.h"
#include "core/parse/pagedate.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>

namespace md {
namespace html {

// The word a byline opens with, in the languages pages print it ("By", "Von", "Par", "Por", "Door", "Di",
// "Av", "Af"), as a regular expression's alternatives.
QString bylineWords()
{
    return QStringLiteral("by|von|par|por|door|di|av|af");
}

namespace {

// An author's box with a short biography fits in this; a story does not.
constexpr qsizetype kMaxBylineBoxChars = 1000;

// A label element over or before the writer's name: "Autor", "Author:", "Auteur", "Von", "By", "Text".
bool isAuthorLabel(const GumboNode *c)
{
    const GumboTag tag = tagOf(c);
    if ((tag < GUMBO_TAG_H2 || tag > GUMBO_TAG_H6) && tag != GUMBO_TAG_SPAN && tag != GUMBO_TAG_STRONG && tag != GUMBO_TAG_B
        && tag != GUMBO_TAG_DT && tag != GUMBO_TAG_LABEL)
        return false;
    static const QRegularExpression label(QStringLiteral(R"(^(?:autor(?:in|en)?|authors?|auteurs?|von|by|text)\s*:?$)"),
                                          QRegularExpression::CaseInsensitiveOption);
    return label.match(textOf(c)).hasMatch();
}

// "auth" as a word's start ("auth-name", "authbox"), not inside another word ("ref-OAUTH", a protocol's name).
bool isAuthWord(std::string_view t)
{
    for (size_t at = t.find("auth"); at != std::string_view::npos; at = t.find("auth", at + 1)) {
        if (at == 0 || !std::isalpha(static_cast<unsigned char>(t[at - 1])))
            return true;
    }
    return false;
}

} // namespace

bool isBylineBox(const GumboNode *n)
{
    // Microdata's and RDFa's writer: `itemprop="author"`, `itemprop="creator"`, `property="author"`, Dublin Core's
    // `property="dc:creator"`.
    if (attributeEquals(n, "rel", "author") || attributeEquals(n, "itemprop", "author") || attributeEquals(n, "itemprop", "creator")
        || attributeEquals(n, "property", "author") || attributeEquals(n, "property", "dc:creator")
        || attributeEquals(n, "property", "dcterms:creator"))
        return true;
    // A picture's, a video's or a licence's credit names the maker of the picture ("media-license-author"), also
    // when the credit is the only element in a box named for the author (`<span class="author-name"><a
    // class="license-author">…</a></span>` under a photo).
    if (isCreditBox(n))
        return false;
    if (const GumboNode *only = onlyElementChild(n); only && isCreditBox(only) && textOf(only) == textOf(n))
        return false;
    auto byline = [](std::string_view t) {
        // "autor" (German, Spanish, Polish…), "auteur", "verfasser": the same box in other languages.
        return t.find("byline") != std::string_view::npos || t.find("author") != std::string_view::npos || isAuthWord(t)
            || t.find("contributor") != std::string_view::npos || t.find("writer") != std::string_view::npos
            || (t.find("autor") != std::string_view::npos && t.find("autoresiz") == std::string_view::npos)
            || t.find("auteur") != std::string_view::npos || t.find("verfasser") != std::string_view::npos;
    };
    // A box the size of a story is not its byline, whatever its classes say (a post's `author-jane-doe` class).
    if (anyNameToken(n, byline))
        return textOf(n).size() <= kMaxBylineBoxChars;
    // A box whose first part is the label "Autor", "Author", "Auteur" or "Von" over the name
    // (`<div><h4>Autor</h4><p><a href="/profil/…">Nadia Weber</a></p></div>`).
    const GumboVector &children = n->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        const GumboNode *c = childAt(children, i);
        if (c->type == GUMBO_NODE_WHITESPACE || c->type == GUMBO_NODE_COMMENT)
            continue;
        if (!isElement(c) || c->v.element.children.length != 1 || i + 1 >= children.length)
            return false;
        return isAuthorLabel(c);
    }
    return false;
}

// The name printed as plain text right after an author's label in an element of its own
// (`<h5>Autor:</h5>Peter Maahn/SP-X` → `Peter Maahn`), in a box that holds other labelled facts (`Datum: 03.11.2021`) too.
QString nameAfterAuthorLabel(const GumboNode *n)
{
    if (n->v.element.children.length != 1 || !isAuthorLabel(n) || !n->parent || !textOf(n).contains(u':'))
        return {};
    const GumboVector &siblings = n->parent->v.element.children;
    for (unsigned i = n->index_within_parent + 1; i < siblings.length; ++i) {
        const GumboNode *next = childAt(siblings, i);
        if (next->type == GUMBO_NODE_WHITESPACE || next->type == GUMBO_NODE_COMMENT)
            continue;
        if (next->type != GUMBO_NODE_TEXT)
            return {};
        const QString text = QString::fromUtf8(next->v.text.text).simplified();
        // The agency credited after a slash ("Peter Maahn/SP-X") is not part of the writer's name.
        if (const qsizetype slash = text.indexOf(u'/'); slash > 0 && isFullName(text.left(slash).trimmed()))
            return text.left(slash).trimmed();
        return countWords(text) <= 6 ? text : QString();
    }
    return {};
}

// A category page's link ("/business", "/category/psx/") named like its own path: a section, never an author.
bool isSectionLink(const GumboNode *n, bool personPagesAreWriters)
{
    for (const GumboNode *a = n; a && isElement(a); a = a->parent) {
        if (tagOf(a) != GUMBO_TAG_A)
            continue;
        QString href = QString::fromUtf8(attribute(a, "href") ? attribute(a, "href") : "");
        // A writer's page: "/author/…", "/autor/…" (German, Spanish), "/auteur/…", "/redaktion/…", "/team/…".
        static const QRegularExpression writerPage(QStringLiteral(R"(auth|autor|auteur|writer|staff|profile|redakt|/team/)"));
        if (href.contains(writerPage))
            return false;
        // Below the title, a link the page names for the writer ("byline__author-name", "username").
        for (const GumboNode *b = a; personPagesAreWriters && b && isElement(b) && b != a->parent->parent; b = b->parent) {
            if (anyClassOrIdToken(b, [](std::string_view t) {
                    return t.find("author") != std::string_view::npos || t.find("autor") != std::string_view::npos
                        || t.find("username") != std::string_view::npos;
                }))
                return false;
        }
        // A page about a person ("/people/erin-khan", "/journalists/…") is named like its slug too: below the
        // title it is the writer's; above it, it may be a quoted speaker's (a fact-check's claim card).
        static const QRegularExpression person(QStringLiteral(R"(people|person|journalist|contributor|reporter|columnist|/by/)"));
        if (personPagesAreWriters && href.contains(person))
            return false;
        while (href.endsWith(u'/'))
            href.chop(1);
        return href.contains(QLatin1String("categor")) || nameKey(href.section(u'/', -1)) == nameKey(textOf(a));
    }
    return anyClassOrIdToken(n, [](std::string_view t) {
        return t.find("categor") != std::string_view::npos || t.find("section") != std::string_view::npos;
    });
}

namespace {

// A credit printed in brackets ("(Web Desk)") without them.
QString withoutBrackets(const QString &text)
{
    const QString t = text.trimmed();
    return t.size() > 2 && t.startsWith(u'(') && t.endsWith(u')') ? t.mid(1, t.size() - 2).trimmed() : t;
}

// A day's name or its short form, as datelines print it before the date ("Thursday,", "Do.", "mer.").
bool isDayName(QString word)
{
    while (word.endsWith(u',') || word.endsWith(u'.'))
        word.chop(1);
    static const QSet<QString> days{
        QStringLiteral("monday"), QStringLiteral("tuesday"), QStringLiteral("wednesday"), QStringLiteral("thursday"),
        QStringLiteral("friday"), QStringLiteral("saturday"), QStringLiteral("sunday"), QStringLiteral("mon"), QStringLiteral("tue"),
        QStringLiteral("tues"), QStringLiteral("wed"), QStringLiteral("thu"), QStringLiteral("thurs"), QStringLiteral("fri"),
        QStringLiteral("sat"), QStringLiteral("sun"), QStringLiteral("montag"), QStringLiteral("dienstag"), QStringLiteral("mittwoch"),
        QStringLiteral("donnerstag"), QStringLiteral("freitag"), QStringLiteral("samstag"), QStringLiteral("sonntag"),
        QStringLiteral("mo"), QStringLiteral("di"), QStringLiteral("mi"), QStringLiteral("do"), QStringLiteral("fr"), QStringLiteral("sa"),
        QStringLiteral("so"), QStringLiteral("lundi"), QStringLiteral("mardi"), QStringLiteral("mercredi"), QStringLiteral("jeudi"),
        QStringLiteral("vendredi"), QStringLiteral("samedi"), QStringLiteral("dimanche"), QStringLiteral("lunes"), QStringLiteral("martes"),
        QStringLiteral("miércoles"), QStringLiteral("jueves"), QStringLiteral("viernes"), QStringLiteral("sábado"), QStringLiteral("domingo")};
    return days.contains(word.toLower());
}

// The date a byline prints right after the name with no mark between ("Alex Hart Thursday, November 9, 2023
// 4:41AM"): cut where the rest of the line, or its first words, read as a date, and the day's name with it.
// A name is two words at least here; a line that is wholly a date names no one.
void cutPrintedDate(QString &piece)
{
    if (std::none_of(piece.cbegin(), piece.cend(), [](QChar c) { return c.isDigit(); }))
        return;
    const QStringList words = piece.split(u' ', Qt::SkipEmptyParts);
    if (parsePageDateTime(piece).isValid() && (words.isEmpty() || !words.front().front().isUpper() || words.front().front().isDigit()
                                               || isDayName(words.front()))) {
        piece.clear();
        return;
    }
    for (qsizetype w = 2; w < words.size() && w <= 5; ++w) {
        if (words[w - 1].front().isDigit())
            return; // the name holds no digit: the date began earlier than any cut tried here
        for (qsizetype n = std::min<qsizetype>(words.size() - w, 6); n >= 1; --n) {
            if (parsePageDateTime(QStringList(words.mid(w, n)).join(u' ')).isValid()) {
                qsizetype keep = w;
                while (keep > 2 && isDayName(words[keep - 1]))
                    --keep;
                piece = QStringList(words.mid(0, keep)).join(u' ');
                return;
            }
        }
    }
}

// "By Omar Farooq | Published December 1, 2023" → "Omar Farooq"; empty when the line names nobody.
QString bylinePersonOf(const QString &line, const SiteNames &site, const QStringList &sections)
{
    // "By", and the word other languages' bylines use for it ("Par", "Von", "Por", "Door", "Di", "Av").
    static const QRegularExpression by(
        QStringLiteral(R"(^(?:(?:(?:posted|written|words|reported|reporting|story|article|text|texto|testo|geschrieben|verfasst|erstellt|ein beitrag|escrito|écrit)\s+)?(?:)")
            + bylineWords() + QStringLiteral(R"()\b[:\s]*|text\s*(?:und|&|/)\s*fotos?\s*[:：]\s*))"),
        QRegularExpression::CaseInsensitiveOption);
    // The byline's word in the middle of a line that starts with its date ("Posted on 21 September 2020 by
    // Adi Tzlil", "Geschrieben am 3. Mai von Jan Koch"): the name is what follows it.
    static const QRegularExpression midBy(QStringLiteral(R"(^\D*\d.*?\s(?:)") + bylineWords() + QStringLiteral(R"()\s+(?=\p{Lu}))"));
    // What follows the name on the same line: a date ("R. R. am 7. August 2013", "Ana Weber, 12.01.2022"),
    // another credit ("… Illustration von …", "… Foto: …", "… Edited by …", "Reporting by …; Editing by …").
    static const QRegularExpression tail(
        QStringLiteral(R"((?:,|\s(?:am|on|le|el|il|op|um))\s+\S*\d.*$|\s+(?:illustrations?|fotos?|photos?|bilder?|images?|grafik)\b.*$|\s+(?:am|on|le|el|il|op|um)$)"
                       R"(|\s+(?:edited|reviewed|fact[- ]?checked|translated|illustrated)\s+by\b.*$|\s*;\s*(?:editing|additional reporting|writing)\s+by\b.*$)"),
        QRegularExpression::CaseInsensitiveOption);

    static const QRegularExpression separator(QStringLiteral(R"(\s*(?:[|\x{00b7}\x{2022}]|\s[-\x{2013}\x{2014}](?:\s|$))\s*)"));
    static const QRegularExpression stamp(
        QStringLiteral(R"(\b(?:)") + publishingStampWords() + QStringLiteral(R"()\b.*$)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    // Co-authors set apart like the byline's other parts ("By Sana Mirza | Bilal Qureshi"): a piece right after
    // the name that is itself a full name (two to four capitalised words, no date, not the site) is kept too;
    // a single word there is the place ("| Karachi").
    QStringList names;
    for (QString piece : line.split(separator, Qt::SkipEmptyParts)) {
        piece = withoutBrackets(piece);
        const bool stamped = stamp.match(piece).hasMatch();
        const qsizetype size = piece.size();
        piece.remove(midBy);
        piece.remove(by);
        piece.remove(stamp);
        // The writer's e-mail address printed after the name ("Sana Mirza sana.mirza@ledger.example") is no part of it.
        static const QRegularExpression email(QStringLiteral(R"(\s*\S+@[\w-]+(?:\.[\w-]+)+)"));
        piece.remove(email);
        piece = piece.trimmed();
        cutPrintedDate(piece);
        // Only after the byline's word: a line that is wholly a date ("Donnerstag, 4. November") names no one.
        if (piece.size() < size)
            piece.remove(tail);
        piece = piece.trimmed();
        while (piece.endsWith(u',') || piece.endsWith(u'-') || piece.endsWith(u'/'))
            piece.chop(1);
        piece = piece.trimmed();
        // The section the story is filed in, after the name ("Posted by Donald in <a href=/category/…>Diary</a>").
        for (const QString &section : sections) {
            if (!section.isEmpty() && piece.endsWith(QLatin1String(" in ") + section))
                piece = piece.chopped(section.size() + 4).trimmed();
        }
        // The site's name after the writer's ("Sana Mirza, The Ledger", "… for The Ledger"), and the place the writer
        // files from ("Sana Mirza in Karachi"), are no part of the name.
        piece = withoutSiteAfterName(piece, site);
        static const QRegularExpression inPlace(QStringLiteral(R"(^(.+?)\s+in\s+\p{Lu}[\p{L}\-]+$)"));
        if (const QRegularExpressionMatch m = inPlace.match(piece); m.hasMatch() && isFullName(m.captured(1)))
            piece = m.captured(1);
        if (piece.isEmpty() || sections.contains(piece)) {
            if (!names.isEmpty())
                break;
            continue;
        }
        // A user's handle may hold digits ("Marianne1", "r23"): one word of two characters at least, starting with a
        // letter.
        static const QRegularExpression handle(QStringLiteral(R"(^\p{L}[\p{L}\d_.\-]+$)"));
        const bool isHandle = handle.match(piece).hasMatch();
        const bool hasDigit = !isHandle && std::any_of(piece.cbegin(), piece.cend(), [](QChar c) { return c.isDigit(); });
        if (!names.isEmpty()) {
            // The name printed twice, for the eye and for screen readers ("Sana Mirza | Sana Mirza"), is one writer.
            if (names.contains(piece))
                continue;
            if (!stamped && !hasDigit && !site.isSiteNotItsWriter(piece) && isFullName(piece))
                names.append(piece);
            else
                break;
            continue;
        }
        if (hasDigit || site.isSiteNotItsWriter(piece))
            return {};
        if (countWords(piece) > 6) {
            // Co-authors listed in one line ("Isabel Cruz, Rocío Lara y José Miguel Vidal"), or an interview's two
            // voices ("Lena Vogt im Gespräch mit Jonas Beck", "… in conversation with …"): each a full name.
            static const QRegularExpression listJoin(
                QStringLiteral(R"(\s*(?:,|&|\s(?:and|und|y|e|et|en|i|im Gespräch mit|in conversation with)\s)\s*)"));
            QStringList listed = piece.split(listJoin, Qt::SkipEmptyParts);
            // The newsroom or agency the writers file for, after them in capitals ("Von A, B und C, NDR"), is
            // part of the credit; any other single word there is their place ("…, Islamabad").
            static const QRegularExpression acronym(QStringLiteral(R"(^\p{Lu}{2,5}$)"));
            QString newsroom;
            if (listed.size() >= 3 && countWords(listed.last()) == 1) {
                const QString last = listed.takeLast().trimmed();
                if ((acronym.match(last).hasMatch() || isDeskOrAgencyCredit(last)) && !site.matches(last))
                    newsroom = last;
            }
            if (listed.size() < 2 || !std::all_of(listed.cbegin(), listed.cend(), [&](const QString &name) {
                    return isFullName(name.trimmed()) && !site.isSiteNotItsWriter(name);
                }))
                return {};
            for (const QString &name : listed)
                names.append(name.trimmed());
            if (!newsroom.isEmpty())
                names.append(newsroom);
            break;
        }
        names.append(piece);
        if (stamped)
            break;
    }
    return names.join(QLatin1String(", "));
}

// The writer's role or post beside a byline: class words `role`, `job`, `position`, `designation`.
bool isRoleBox(const GumboNode *n)
{
    return anyClassOrIdToken(n, [](std::string_view t) {
        return hasClassWord(t, "role") || hasClassWord(t, "job") || hasClassWord(t, "position") || hasClassWord(t, "designation");
    });
}

// A short line that starts "By" (or another language's word for it, or an author's label) and a capital, and
// does not end like a sentence: "By Erum Sheikh | January 18, 2025", "von Daniela Weber", "Auteur : Nadia
// Roy", or its date first ("Posted on 21 September 2020 by Adi Kahn").
bool looksLikeByline(const QString &text)
{
    if (text.size() > 120 || countWords(text) > 14 || text.endsWith(u'.'))
        return false;
    static const QRegularExpression by(
        QStringLiteral(R"(^(?:(?i:(?:(?:posted|written|words|reported|reporting|story|article|text|geschrieben|verfasst|erstellt|ein beitrag)\s+)?(?:)") + bylineWords()
        + QStringLiteral(R"())|(?i:author|autor|autorin|auteur|text|texto|text\s*(?:und|&|/)\s*fotos?)\s*[:：]|(?i:posted|published|veröffentlicht|geschrieben)\s+(?i:on|am)\s+\S.{0,40}?\s(?i:)")
        + bylineWords() + QStringLiteral(R"()|\d{1,2}\.\d{1,2}\.\d{2,4},?(?:\s+\d{1,2}:\d{2}(?:\s*(?i:uhr))?)?\s+(?i:)") + bylineWords()
        + QStringLiteral(R"())\s*:?\s*\p{Lu})"));
    if (by.match(text).hasMatch())
        return true;
    // A desk's or an agency's credit first in a line of parts ("News Desk | January 29, 2025", "Reuters · Jan 29,
    // 2025", "APP | 10:34pm").
    static const QRegularExpression separator(QStringLiteral(R"(\s*[|\x{00b7}\x{2022}]\s*)"));
    if (text.contains(u'|') || text.contains(u'\u00b7') || text.contains(u'\u2022')) {
        const QStringList pieces = text.split(separator, Qt::SkipEmptyParts);
        if (pieces.size() >= 2 && isDeskOrAgencyCredit(pieces.front()))
            return true;
    }
    // A name of one to six capitalised words, then the publishing stamp and its date, a separator between or not
    // ("Web Desk Published December 22, 2023 Updated December 22, 2023 04:28pm", "Sana Mirza | Published 14 Feb,
    // 2023 09:05am").
    static const QRegularExpression nameThenStamp(
        QStringLiteral(R"(^(\p{Lu}[\p{L}.'\-]*(?:\s+\p{Lu}[\p{L}.'\-]*){0,5})(?:\s+|\s*[|\x{00b7}\x{2022}]\s*)(?i:published|updated|posted)(?:\s+(?i:on))?\s*:?\s.*\d)"));
    // One word there is a section ("Business Published …") unless it is an agency's name ("APP Published …").
    if (const QRegularExpressionMatch m = nameThenStamp.match(text);
        m.hasMatch() && (m.captured(1).contains(u' ') || isDeskOrAgencyCredit(m.captured(1))))
        return true;
    // The credit alone on its line, in brackets or not ("Web Desk", "(Staff Reporter)", "Reuters"), or with the
    // date right after it ("Our Correspondent January 29, 2025").
    if (isDeskOrAgencyCredit(withoutBrackets(text)))
        return true;
    // A credit and a date: a date has a digit.
    if (std::none_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); }))
        return false;
    const QStringList parts = text.split(u' ', Qt::SkipEmptyParts);
    const qsizetype most = std::min<qsizetype>(4, parts.size() - 1);
    // Only a credit of one to four words before the date makes such a line a byline: with none, no date need be read.
    std::array<bool, 5> credit{};
    bool anyCredit = false;
    for (qsizetype n = 1; n <= most; ++n) {
        credit[std::size_t(n)] = isDeskOrAgencyCredit(QStringList(parts.mid(0, n)).join(u' '));
        anyCredit = anyCredit || credit[std::size_t(n)];
    }
    if (!anyCredit)
        return false;
    for (qsizetype n = 1; n <= most; ++n) {
        const QString rest = QStringList(parts.mid(n)).join(u' ');
        if (parts[n].front().isDigit() || isDayName(parts[n]) || parsePageDateTime(rest).isValid())
            return credit[std::size_t(n)] && parsePageDateTime(rest).isValid();
    }
    return false;
}

} // namespace

bool isBylineLine(const QString &text)
{
    return looksLikeByline(text);
}

// The box's first words (its first text, wherever it stands) open with a byline's word and a space or colon ("by",
// "von", "par", …, any case), read from the raw bytes without building the box's text.
bool opensWithBylineWord(const GumboNode *box)
{
    const char *first = nullptr;
    anyElementIn(box, [&first](const GumboNode *e) {
        const GumboVector &children = e->v.element.children;
        for (unsigned i = 0; i < children.length; ++i) {
            const GumboNode *c = static_cast<const GumboNode *>(children.data[i]);
            if (c->type == GUMBO_NODE_TEXT) {
                first = c->v.text.text;
                return true;
            }
            if (isElement(c))
                return false;  // the element comes first: looked into next, in document order
        }
        return false;
    });
    if (!first)
        return false;
    std::string_view t(first);
    while (!t.empty() && (t.front() == ' ' || t.front() == '\t' || t.front() == '\n' || t.front() == '\r'))
        t.remove_prefix(1);
    for (const char *word : {"by", "von", "par", "por", "door", "di", "av", "af"}) {
        const size_t n = std::strlen(word);
        const bool apart = t.size() > n
            && (t[n] == ' ' || t[n] == ':' || t[n] == '\t' || t[n] == '\n' || t[n] == '\r'
                || (t.size() > n + 1 && t[n] == '\xC2' && t[n + 1] == '\xA0'));
        if (apart && std::equal(word, word + n, t.begin(), [](char a, char b) {
                return a == (b >= 'A' && b <= 'Z' ? char(b - 'A' + 'a') : b);
            }))
            return true;
    }
    return false;
}

// A byline box with no name for it: a printed byline line (`<p>By <a>Erum Sheikh</a> | January 18, 2025</p>`,
// `<p><i>von Daniela Weber</i></p>`, `<p>Auteur : Nadia Roy</p>`, an item of the story's meta list `<li>by Erum
// Sheikh</li>`).
bool isPrintedByline(const GumboNode *n)
{
    const GumboTag tag = tagOf(n);
    if (tag != GUMBO_TAG_P && tag != GUMBO_TAG_SPAN && tag != GUMBO_TAG_DIV && tag != GUMBO_TAG_H5 && tag != GUMBO_TAG_H6
        && tag != GUMBO_TAG_ADDRESS && tag != GUMBO_TAG_LI)
        return false;
    // A list's item is a byline only when it opens with the byline's word: the page's menus are lists too, and
    // reading each of their items' text would cost more than all the other byline boxes together.
    if (tag == GUMBO_TAG_LI && !opensWithBylineWord(n))
        return false;
    // A byline line is at most 120 characters: a box with far more raw text is not one, read or not. A picture's
    // or a video's credit ("By U.S. Customs") names no writer.
    return !rawTextLongerThan(n, 1000) && looksLikeByline(textOf(n)) && !isCreditBox(n);
}

// A link right after the byline's word ("Von <a href='/lisa-weber'>Lisa Weber</a>"): the writer's, even when
// it is named like its page as a section's link is.
bool followsBylineWord(const GumboNode *link)
{
    static const QRegularExpression byWord(QStringLiteral(R"((?:^|\s)(?:)") + bylineWords() + QStringLiteral(R"()\s*:?\s*$)"),
                                           QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    // The text right before the link: its previous sibling, or its box's when the link opens its box
    // ("<span>By</span><span><a>…</a></span>").
    const GumboNode *n = link;
    for (int level = 0; level < 3 && n->parent && isElement(n->parent); ++level) {
        const GumboVector &siblings = n->parent->v.element.children;
        for (unsigned i = n->index_within_parent; i-- > 0;) {
            const GumboNode *before = childAt(siblings, i);
            if (before->type == GUMBO_NODE_WHITESPACE || before->type == GUMBO_NODE_COMMENT)
                continue;
            const QString text = before->type == GUMBO_NODE_TEXT ? QString::fromUtf8(before->v.text.text) : textOf(before);
            if (text.trimmed().isEmpty())
                continue; // an empty element between (a stray link's shell)
            return byWord.match(text).hasMatch();
        }
        n = n->parent;
    }
    return false;
}

// The writer a byline box names. A section's link inside the byline ("Business | By …") names no one; the
// writer's role printed beside the name ("Business reporter, Lahore") is not the name.
QString personInByline(const GumboNode *n, const SiteNames &site, bool belowTitle, bool eachLine)
{
    QStringList sections;
    QStringList roles;
    walk(
        n,
        [&](const GumboNode *c) {
            if (tagOf(c) == GUMBO_TAG_A && isSectionLink(c, belowTitle) && !(belowTitle && followsBylineWord(c)))
                sections.append(textOf(c));
            if (isElement(c) && c != n && isRoleBox(c)) {
                roles.append(textOf(c));
                return false;
            }
            return isElement(c);
        },
        [](const GumboNode *) {});
    const HtmlBlocks lines = collectBlocks(n, ChromePolicy::Comments, true);
    for (const HtmlBlock &block : lines.blocks) {
        // Read line by line where asked: a box of labelled lines ("Datum: 19.11.2021<br>Autor: Fritz Weber").
        QStringList printed;
        if (eachLine) {
            for (const QString &line : QString::fromStdString(block.text).split(u'\n', Qt::SkipEmptyParts))
                printed.append(normalisedText(line.toStdString()));
        } else {
            printed.append(normalisedText(block.text));
        }
        for (QString text : printed) {
            for (const QString &role : roles) {
                if (!role.isEmpty())
                    text.replace(role, QString());
            }
            // A call to follow the writer ("Follow @name") in a box named for the authors names no one.
            if (const QString name = authorNameOf(bylinePersonOf(text.simplified(), site, sections)); !name.isEmpty())
                return name;
        }
    }
    return {};
}

// The writer the story's meta line names, the line that prints its date and more (isDateText: "yas! | By Cara
// Weber | April 13, 2020", "<a href=\"/autor/weber\">Nadia Weber</a> / 22.04.2020 / 06:15"): the line from
// its piece that opens like a byline, else a link in it to a writer's page. Empty when it names no one.
QString writerInMetaLine(const GumboNode *n, const SiteNames &site)
{
    constexpr qsizetype kMaxMetaLineChars = 200;
    if (tagOf(n) == GUMBO_TAG_TIME || !isDateText(n) || rawTextLongerThan(n, 2000))
        return {};
    const QString text = textOf(n);
    if (text.size() > kMaxMetaLineChars)
        return {};
    static const QRegularExpression separator(QStringLiteral(R"(\s*[|\x{00b7}\x{2022}]\s*)"));
    const QStringList pieces = text.split(separator, Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < pieces.size(); ++i) {
        if (looksLikeByline(pieces[i]))
            return authorNameOf(bylinePersonOf(QStringList(pieces.mid(i)).join(QLatin1String(" | ")), site, {}));
    }
    static const QRegularExpression writerPage(QStringLiteral(R"(/(?:authors?|autor(?:in|en)?|auteurs?|writers?|redaktion)/[^/?#]+)"));
    // An element named for the writer's user name or as the author's card (`<span class="username">`, `<span
    // class="author vcard">`).
    const auto namedForWriter = [](const GumboNode *e) {
        return anyClassOrIdToken(e, [](std::string_view t) { return t == "username" || t == "author" || t == "vcard"; });
    };
    QString name;
    anyElementIn(n, [&](const GumboNode *e) {
        if (!namedForWriter(e)
            && (tagOf(e) != GUMBO_TAG_A || !QString::fromUtf8(attribute(e, "href") ? attribute(e, "href") : "").contains(writerPage)))
            return false;
        const QString linked = bylineName(textOf(e));
        if (countWords(linked) <= 4 && !site.isSiteNotItsWriter(linked))
            name = authorNameOf(linked);
        return !name.isEmpty();
    });
    return name;
}

QString writerLinkOf(const GumboNode *n, const SiteNames &site)
{
    if (!linksToWriterPage(n))
        return {};
    const QString linked = bylineName(textOf(n));
    return countWords(linked) <= 4 && !site.isSiteNotItsWriter(linked) ? authorNameOf(linked) : QString();
}

bool linksToWriterPage(const GumboNode *link)
{
    static const QRegularExpression writerPage(QStringLiteral(R"(/(?:authors?|autor(?:in|en)?|auteurs?|writers?|columnists?)/[^/?#]+)"));
    return tagOf(link) == GUMBO_TAG_A && QString::fromUtf8(attribute(link, "href") ? attribute(link, "href") : "").contains(writerPage);
}

QString bylineName(QString text)
{
    static const QRegularExpression by(QStringLiteral(R"(^by\s+)"), QRegularExpression::CaseInsensitiveOption);
    text.remove(by);
    return text.trimmed();
}

bool isBylineLineOf(const QString &line, const QString &author, const SiteNames &site)
{
    return !author.isEmpty() && looksLikeByline(line) && nameKey(authorNameOf(bylinePersonOf(line, site, {}))) == nameKey(author);
}

bool namesAByline(const GumboNode *n)
{
    return anyNameToken(n, [](std::string_view t) { return t.find("byline") != std::string_view::npos; });
}

} // namespace html
} // namespace md
