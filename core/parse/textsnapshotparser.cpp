// Plain-text copies: every line is a ticker row, a line of the article, or part of the comments section.
#include "core/parse/textsnapshotparser.h"

#include "core/parse/articlerules.h"
#include "core/parse/commentparser.h"
#include "core/parse/marketline.h"
#include "core/parse/pagedate.h"
#include "core/parse/textarticlehead.h"
#include "core/parse/texttable.h"
#include "core/parse/urdu.h"
#include "core/limits.h"
#include "core/wording.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace md {
namespace {

// "Comments are closed." ("تبصرے بند ہیں۔" in Urdu): the comments footer of a story whose comments are off.
bool isCommentsClosed(QStringView line)
{
    if (line.startsWith(QStringView(u"تبصرے بند ہیں")))
        return line.size() <= 15;
    static const QLatin1String closed("Comments are closed");
    if (!line.startsWith(closed, Qt::CaseInsensitive))
        return false;
    // "Comments are closed.", "Comments are closed on this story."
    static const QRegularExpression onThis(QStringLiteral(R"(^(?:\s+(?:on|for) this (?:story|article|post|news))?\.?$)"),
                                           QRegularExpression::CaseInsensitiveOption);
    return onThis.match(line.mid(closed.size()).toString()).hasMatch();
}

// "Comments are moderated …", "Comments are closed.": a comments section's own notice.
bool isCommentsNotice(QStringView line)
{
    return line.startsWith(QLatin1String("Comments are "), Qt::CaseInsensitive);
}

// "Comments", "COMMENTS", "Reader Comments", "Comments (3)", "3 Comments". Runs on every line: cheap tests first.
bool isCommentsHeading(QStringView line)
{
    if (line.size() < 8 || line.size() > 24)
        return false;
    if (line.compare(QLatin1String("Comments"), Qt::CaseInsensitive) == 0
        || line.compare(QLatin1String("Reader Comments"), Qt::CaseInsensitive) == 0)
        return true;
    auto isCount = [](QStringView digits) {
        if (digits.isEmpty() || digits.size() > 6)
            return false;
        for (QChar c : digits) {
            if (!c.isDigit())
                return false;
        }
        return true;
    };
    const QLatin1String word("Comments");
    if (line.startsWith(word, Qt::CaseInsensitive)) {
        const QStringView rest = line.mid(word.size()).trimmed();
        return rest.size() >= 3 && rest.front() == u'(' && rest.back() == u')' && isCount(rest.mid(1, rest.size() - 2));
    }
    if (line.endsWith(word, Qt::CaseInsensitive))
        return isCount(line.chopped(word.size()).trimmed());
    return false;
}

// A comments heading starts the comments section when what follows looks like one (the character-limit box,
// a comment header, the section's notice), or when nothing follows; a sub-heading that happens to read
// "Comments" does not.
bool startsCommentsSection(const QVector<QStringView> &lines, qsizetype at)
{
    for (qsizetype i = at + 1; i < lines.size() && i < at + 4; ++i) {
        if (lines[i].isEmpty())
            continue;
        QStringList ignored;
        return isCommentsNotice(lines[i]) || isCommentWidgetNoise(lines[i])
            || !parseCommentLines(QVector<QStringView>{lines[i]}, &ignored, 1).isEmpty();
    }
    return true;
}

// A publishing plugin's mark left in the copy: a shortcode alone on its line ("[ad_1]", "[ad_2]"), the
// "Source link" label a reposting plugin sets under the text, or an aggregator's link to the whole story ("Read
// Full Story at source (may require registration)").
bool isPluginMark(QStringView line)
{
    if (line.compare(QLatin1String("Source link"), Qt::CaseInsensitive) == 0)
        return true;
    if ((line.startsWith(QLatin1String("Read full story"), Qt::CaseInsensitive)
         || line.startsWith(QLatin1String("Read the full story"), Qt::CaseInsensitive))
        && countWords(line) <= 10)
        return true;
    if (line.size() < 3 || line.size() > 32 || line.front() != u'[' || line.back() != u']')
        return false;
    for (QChar c : line.mid(1, line.size() - 2)) {
        if (!(c.isLetterOrNumber() || c == u'_' || c == u'-'))
            return false;
    }
    return true;
}

// "The index closed at 157,554. Read more": the sentence without its link's label, when the line is one; else empty.
QStringView withoutReadMoreLabel(QStringView line)
{
    static const QLatin1String label("Read more");
    QStringView rest = line.trimmed();
    while (!rest.isEmpty() && (rest.back() == QChar(0x00BB) || rest.back() == QChar(0x2026) || rest.back() == u'.'
                               || rest.back().isSpace()))
        rest.chop(1);
    if (!rest.endsWith(label, Qt::CaseInsensitive))
        return {};
    const QStringView sentence = rest.chopped(label.size()).trimmed();
    return countWords(sentence) >= 4 && endsLikeSentence(sentence) ? sentence : QStringView();
}

// "Business Desk", "Sana Malik": one to four words, each capitalised, no figure.
bool isCapitalisedName(QStringView text)
{
    const int words = countWords(text);
    if (words < 1 || words > 4 || endsLikeSentence(text))
        return false;
    for (QStringView word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (!word.front().isUpper())
            return false;
        for (QChar c : word) {
            if (c.isDigit())
                return false;
        }
    }
    return true;
}

// "March 4-8: First Test, Rawalpindi", "5 April: Only T20": a row of a dated list (a schedule, a timeline), a day or
// days of a month and a colon before the entry.
bool isDatedListRow(QStringView line)
{
    static const QRegularExpression row(
        QStringLiteral(R"(^(?:(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|)"
                       R"(Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+\d{1,2}(?:\s*[\-\x{2013}]\s*\d{1,2})?|)"
                       R"(\d{1,2}(?:\s*[\-\x{2013}]\s*\d{1,2})?\s+(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|)"
                       R"(July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?))\s*:\s+\S)"));
    return line.size() <= 120 && !line.isEmpty() && (line.front().isDigit() || line.front().isUpper())
        && row.match(line).hasMatch();
}

// "Sania Bashir (Islamabad)": a letter's signature, two to four capitalised words and the writer's town in brackets,
// capitalised too ("(PSX)", initials, is no town). Its name is the author; empty for any other line.
QString letterSignatureOf(QStringView line)
{
    static const QRegularExpression signature(
        QStringLiteral(R"(^(\p{Lu}[\p{Ll}.'\-]*(?:\s+\p{Lu}[\p{Ll}.'\-]*){1,3})\s*\((\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2})\)$)"),
        QRegularExpression::UseUnicodePropertiesOption);
    if (line.size() > 70)
        return {};
    const QRegularExpressionMatch m = signature.match(line.trimmed());
    return m.hasMatch() ? m.captured(1) : QString();
}

// "READ: PSX weekly report: index gains 126 points": a line that points at another story by a lead, a colon and its
// headline (a headline's length: a sentence that opens "Related:" goes on longer).
constexpr int kMaxPointerWords = 24;

bool pointsAtAnotherStory(QStringView line)
{
    if (!mayOpenWithRelatedLead(line) && !line.startsWith(QLatin1String("read"), Qt::CaseInsensitive))
        return false;
    static const QRegularExpression pointer(QStringLiteral(R"(^(?:)") + relatedLeadWords() + QStringLiteral(R"(|read)\s*:\s*\S)"),
                                            QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return pointer.match(line.toString()).hasMatch();
}

// A paragraph that opens a story of its own: it starts with a dateline ("KARACHI: …") or spells out an abbreviation
// ("The Pakistan Stock Exchange (PSX) …") that the paragraphs above already used bare, as a writer does only at its
// first use.
bool opensAnotherStory(const QString &paragraph, const QVector<ArticleBlock> &above)
{
    if (!datelineOf(paragraph).isEmpty())
        return true;
    // (Capitalised words, small joining words between them: "Drug Regulatory Authority of Pakistan (DRAP)".)
    static const QRegularExpression spelledOut(QStringLiteral(R"(\p{Lu}[\p{L}'\x{2019}-]*(?:\s+(?:(?:of|and|for|the|on|in)\s+)?\p{Lu}[\p{L}'\x{2019}-]*)+\s+\((\p{Lu}{2,6})\))"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    for (auto it = spelledOut.globalMatch(paragraph); it.hasNext();) {
        const QRegularExpression bare(QStringLiteral(R"(\b)") + it.next().captured(1) + QStringLiteral(R"(\b)"));
        if (std::any_of(above.cbegin(), above.cend(), [&](const ArticleBlock &b) { return b.text.contains(bare); }))
            return true;
    }
    return false;
}

// The line without the separator's runs ("=====", "-----", "*****") glued to its first or last word or figure
// ("=====Bid Rate Rs.98.02=====" reads "Bid Rate Rs.98.02"); the line as it is when it has none.
QStringView withoutGluedSeparatorRuns(QStringView line)
{
    constexpr qsizetype kMinRun = 4;
    const auto isRunChar = [](QChar c) { return c == u'=' || c == u'-' || c == u'*'; };
    qsizetype from = 0;
    while (from < line.size() && isRunChar(line[from]) && line[from] == line[0])
        ++from;
    if (from < kMinRun || from == line.size() || !line[from].isLetterOrNumber())
        from = 0;
    qsizetype to = line.size();
    while (to > from && isRunChar(line[to - 1]) && line[to - 1] == line.back())
        --to;
    if (line.size() - to < kMinRun || to == from || line[to - 1].isSpace() || isRunChar(line[to - 1]))
        to = line.size();
    return line.mid(from, to - from);
}

// "For the latest news, follow us on Twitter @Aaj_Urdu": the site's account a copy's footer names, split into its
// words ("aaj", "urdu"), lower-cased; none when the copy names none.
QStringList siteAccountWords(const QVector<QStringView> &lines)
{
    static const QRegularExpression account(QStringLiteral(R"(\bfollow us\b.{0,40}?@([A-Za-z0-9_]{2,30}))"),
                                            QRegularExpression::CaseInsensitiveOption);
    for (QStringView line : lines) {
        if (!line.contains(QLatin1String("follow us"), Qt::CaseInsensitive) || !line.contains(u'@'))
            continue;
        if (const QRegularExpressionMatch m = account.match(line.toString()); m.hasMatch())
            return m.captured(1).toLower().split(u'_', Qt::SkipEmptyParts);
    }
    return {};
}

// "date 2025-01-23 KARACHI: The index …", "Date: 2024-03-05": a date the copy prints as a label at the very start of
// its first line. Returns the date and cuts the label and date off the line; an invalid date leaves the line as it is.
Timestamp takeLeadingDateLabel(QStringView *line)
{
    if (line->size() < 15 || !line->startsWith(QLatin1String("date"), Qt::CaseInsensitive))
        return {};
    static const QRegularExpression label(QStringLiteral(R"(^date\s*:?\s+(\d{4}-\d{2}-\d{2})(?:\s+|$))"),
                                          QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = label.match(*line);
    if (!m.hasMatch())
        return {};
    const QDate day = QDate::fromString(m.captured(1), Qt::ISODate);
    if (!day.isValid())
        return {};
    *line = line->mid(m.capturedEnd()).trimmed();
    return Timestamp::fromDate(day);
}

// The labels and prompts of a site's forms that a copy takes along under the story: the comment form ("Please enter
// your comment!", "Please enter your name here"), the sign-in box ("Welcome! Log into your account", "Remember me",
// "Lost your password?", "Don't have an account? Register", "Lost Password"), and a share bar's label alone
// ("Share This:"); and what a media player or an app's badge leaves: the player's fallback when the browser cannot
// play it ("Your browser doesn't support HTML5", "Your browser does not support the video tag."), the stores' badges
// ("Get it on Google Play", "Download on the App Store") and the site's call to install its app ("Stay tuned with …
// Android App"). None of it is text.
bool isFormLine(QStringView line)
{
    if (line.size() > 70 || line.isEmpty())
        return false;
    static const QRegularExpression form(QStringLiteral(
        R"(^(?:please enter your (?:comment|name|e-?mail(?: address)?|website|password|username)(?: here)?|)"
        R"((?:welcome!?\s*)?log ?in(?:\s+in)?(?:\s+to|\s+into|to)\s+your\s+account|)"
        R"((?:remember me\W*)?(?:lost|forgot) your password\??|remember me|lost password|recover your password|)"
        R"(don(?:'|\x{2019})?t have (?:an )?account\W*(?:register|sign up)?|)"
        R"(share (?:this(?: (?:story|article|post))?|on)\s*:|)"
        R"(your browser (?:does ?n[o']?t|doesn\x{2019}t|does not) support (?:html5|the (?:video|audio)(?: tag| element)?|)"
        R"(html5 (?:video|audio))|)"
        R"((?:get it|download(?: it)?|available) on (?:the )?(?:google play|app store)|)"
        R"((?:stay tuned with|download|get|install) .{1,40} (?:android|ios|iphone|mobile) app|)"
        // A blog's comment form: its notice, its fields' labels marked required, its box to remember the reader and
        // its button ("Your email address will not be published.", "Name *", "Save my name, email, and website in
        // this browser for the next time I comment.", "Post Comment").
        R"((?:your email address will not be published\.?\s*)?required fields are marked\s*\*?|)"
        R"((?:comment|name|e-?mail|website)\s*\*|post comment|)"
        R"(save my name,? e-?mail,? and website in this browser for the next time i comment|)"
        // A pop-up's button to close it, alone on its line ("close", "Close").
        R"(close|)"
        // A button to the comments ("Read Comments", "View all comments").
        R"((?:read|view|show|load|see)(?: all)? comments?(?: \(\d+\))?)\W*$)"),
        QRegularExpression::CaseInsensitiveOption);
    return form.match(line).hasMatch();
}

// "کیپشن: …" ("Caption: …"): a picture's caption under its label, which Urdu sites print between the headline and
// the story, in Urdu or in English. It is no text and no headline.
bool isUrduCaptionLine(QStringView line)
{
    static const QStringView label(u"\u06A9\u06CC\u067E\u0634\u0646"); // کیپشن
    if (line.size() > 300 || !line.startsWith(label))
        return false;
    const QStringView rest = line.mid(label.size()).trimmed();
    return rest.size() >= 2 && rest.front() == u':';
}

// An Urdu page's furniture on a line of its own: a photo's or a story's credit ("فوٹو: کرک انفو", "تصویر: اے ایف
// پی", "کریڈٹ: …"), the comments' heading and their form's prompt ("تبصرے", "اپنا تبصرہ بھیجیں"), the link to the
// paper's e-paper with its title ("ای پیپر دی نیشن").
bool isUrduFurnitureLine(QStringView line)
{
    if (line.size() > 60 || line.isEmpty() || !urdu::isMostlyArabicScript(line))
        return false;
    if ((line.startsWith(QStringView(u"\u0641\u0648\u0679\u0648:")) || line.startsWith(QStringView(u"\u062A\u0635\u0648\u06CC\u0631:")) // فوٹو: تصویر:
         || line.startsWith(QStringView(u"\u06A9\u0631\u06CC\u0688\u0679:"))) // کریڈٹ:
        && !endsLikeSentence(line) && countWords(line) <= 8)
        return true;
    if (line.startsWith(QStringView(u"\u0627\u06CC \u067E\u06CC\u067E\u0631 ")) && countWords(line) <= 5) // ای پیپر
        return true;
    return line == QStringView(u"\u062A\u0628\u0635\u0631\u06D2") // تبصرے
        || line == QStringView(u"\u0627\u067E\u0646\u0627 \u062A\u0628\u0635\u0631\u06C1 \u0628\u06BE\u06CC\u062C\u06CC\u06BA"); // اپنا تبصرہ بھیجیں
}

// "Leave a Reply", "Leave a comment", "Post a comment": the heading of a blog's reply form, which a copy takes
// along under the story with its fields' labels; the text ends there.
bool opensReplyForm(QStringView line)
{
    // The form's notice opens it too when the copy lost its heading ("Your email address will not be published.").
    if (line.size() <= 80 && line.startsWith(QLatin1String("Your email address will not be published"), Qt::CaseInsensitive))
        return true;
    if (line.size() > 26 || line.isEmpty() || !(line.front() == u'L' || line.front() == u'l' || line.front() == u'P'
                                                 || line.front() == u'p' || line.front() == u'A' || line.front() == u'a'))
        return false;
    static const QRegularExpression heading(QStringLiteral(R"(^(?:leave a (?:reply|comment)(?: cancel reply)?|post a comment|add a comment)\s*[:!.]?$)"),
                                            QRegularExpression::CaseInsensitiveOption);
    return heading.match(line).hasMatch();
}

// "… the association reported.—APP", "… they said.-Agencies", "… said. -Monitoring Desk": a news agency's name (or
// the agencies', or a desk's label) after a dash that closes the story's last sentence, the wire or desk the story came
// from. Returns the credit as printed, and the paragraph without it in *text; empty otherwise.
QString closingWireCredit(QString *text)
{
    // Cheap first: the line ends on a letter with a dash among its last characters.
    if (text->size() < 24 || !text->back().isLetter())
        return {};
    const QStringView tail = QStringView(*text).right(30);
    if (!tail.contains(u'-') && !tail.contains(QChar(0x2014)) && !tail.contains(QChar(0x2013)))
        return {};
    static const QRegularExpression wire(
        QStringLiteral(R"((?<=[.!?\x{201D}"])\s*(?:\x{2014}|\x{2013}|--?)\s*(\p{L}{2,12}(?: \p{L}{2,12}){0,2})\s*$)"),
        QRegularExpression::UseUnicodePropertiesOption);
    const QRegularExpressionMatch m = wire.match(*text);
    if (!m.hasMatch() || m.capturedStart() < 20)
        return {};
    const QString agency = m.captured(1);
    // The agency's initials or name ("APP", "Reuters", "Agencies"), or a desk's label, not a word of the sentence.
    const QString last = agency.section(u' ', -1).toLower();
    const bool agencies = !agency.contains(u' ') && (last == QLatin1String("agencies") || last == QLatin1String("wires"));
    if (!agency.front().isUpper() || !(agencies || isDeskOrAgencyCredit(agency)))
        return {};
    text->truncate(m.capturedStart());
    return agency;
}

// "Previous articleGold steady in thin trade", "Next article …", "Gold steady in thin trade Next Story": a link to the
// story before or after this one on the site, its label glued to the other story's headline.
bool isStoryNavigation(QStringView line)
{
    if (line.size() < 8 || line.size() > 200 || endsLikeSentence(line))
        return false;
    // Cheap first: the label opens the line or ends it.
    const char16_t first = line.front().toLower().unicode();
    if (first != u'p' && first != u'n' && first != u'o' && !line.endsWith(QLatin1String("story"), Qt::CaseInsensitive)
        && !line.endsWith(QLatin1String("article"), Qt::CaseInsensitive) && !line.endsWith(QLatin1String("post"), Qt::CaseInsensitive))
        return false;
    static const QRegularExpression label(
        QStringLiteral(R"(^(?:previous|prev|next|older|newer)\s*(?:article|post|story|news)|\s(?:previous|next)\s+(?:article|post|story)$)"),
        QRegularExpression::CaseInsensitiveOption);
    return label.match(line).hasMatch();
}

// "Must Read", "Recent News", "Latest News", "Trending", "More From Business": the heading of a box of other stories'
// headlines that a copy keeps between or after the story's paragraphs.
bool isOtherStoriesHeading(QStringView line)
{
    if (line.size() < 6 || line.size() > 40 || !hasAtMostWords(line, 6))
        return false;
    static const QRegularExpression heading(QStringLiteral(
        R"(^(?:must read|recent (?:news|posts|stories|articles)|latest (?:news|stories|posts|articles|updates)|)"
        R"(trending(?: now| news| stories| topics)?|top stories|popular (?:news|posts|stories)|more (?:news|stories)|)"
        R"(more (?:from|in) \S.{0,30}|editor'?s picks?|related (?:news|posts|stories|articles))\s*[:\-\x{2013}]?$)"),
        QRegularExpression::CaseInsensitiveOption);
    return heading.match(line).hasMatch();
}

// A poll's button under its answers: "Vote", "View Results", "See results".
bool isPollButton(QStringView line)
{
    static const QRegularExpression button(QStringLiteral(R"(^(?:vote(?: now)?|(?:view|see|show) results|results|submit)\W*$)"),
                                           QRegularExpression::CaseInsensitiveOption);
    return line.size() <= 16 && button.match(line).hasMatch();
}

// "March 4, 2024", "Published on March 4, 2024", "Updated March 4, 2024 10:15 am": a line that only dates the story,
// naming no one; its date, invalid for any other line.
Timestamp dateOnlyLineOf(QStringView line)
{
    if (line.size() > 60 || !hasAtMostWords(line, 9)
        || !std::any_of(line.begin(), line.end(), [](QChar c) { return c.isDigit(); }))
        return {};
    const auto byline = parseBylineLine(line);
    if (!byline || !byline->author.isEmpty())
        return {};
    return byline->published.isValid() ? byline->published : byline->updated;
}

// "Macpac Films Limited 31.03.2021 - 155.437 2.62 - -": a row of a table whose columns the copy ran together on one
// line, a name and then mostly figures and empty cells ("-"): at least three figures, and figures and empty cells at
// least half of its words. Text, never a related story's headline.
bool isRunTogetherTableRow(QStringView line)
{
    int figures = 0;
    int empty = 0;
    int words = 0;
    for (QStringView word : line.split(u' ', Qt::SkipEmptyParts)) {
        ++words;
        if (word.size() == 1 && (word.front() == u'-' || word.front() == QChar(0x2013) || word.front() == QChar(0x2014))) {
            ++empty;
            continue;
        }
        // "155.437", "3,225.894", "(0.195)", "31.03.2021", "50%".
        if (word.startsWith(u'(') && word.endsWith(u')'))
            word = word.mid(1, word.size() - 2);
        if (word.endsWith(u'%'))
            word.chop(1);
        if (!word.isEmpty() && word.front().isDigit() && word.back().isDigit()
            && std::all_of(word.begin(), word.end(), [](QChar c) { return c.isDigit() || c == u'.' || c == u',' || c == u'/'; }))
            ++figures;
    }
    return figures >= 3 && 2 * (figures + empty) >= words;
}

bool endsWithWireCredit(QStringView line)
{
    // Cheap first, before copying the line: it ends on a letter (closingWireCredit looks further).
    if (line.size() < 24 || !line.back().isLetter())
        return false;
    QString text = line.toString();
    return !closingWireCredit(&text).isEmpty();
}

// A list's mark at a line's start, as a copy keeps a list: a bullet ("• ", "- ", "* ", "– ", "▪ ") or an item's
// number ("1. ", "2) ", Urdu's "۱۔ "). length is 0 for a line without one.
struct ListMark
{
    QChar bullet;     // null for a number
    int number = 0;
    qsizetype length = 0;
};

constexpr int kMaxListNumberDigits = 3;

ListMark listMarkOf(QStringView line)
{
    ListMark mark;
    qsizetype at = 0;
    static const QString bullets = QStringLiteral("\u2022\u25AA\u25E6\u2023\u00B7*-\u2013");
    if (!line.isEmpty() && bullets.contains(line.front())) {
        mark.bullet = line.front();
        at = 1;
    } else {
        while (at < line.size() && at < kMaxListNumberDigits && line[at].isDigit()) {
            mark.number = mark.number * 10 + line[at].digitValue();
            ++at;
        }
        if (at == 0 || at >= line.size() || !(line[at] == u'.' || line[at] == u')' || line[at] == QChar(0x06D4)))
            return {};
        ++at;
    }
    const qsizetype marked = at;
    while (at < line.size() && line[at].isSpace())
        ++at;
    if (at == marked || at >= line.size())
        return {};
    mark.length = at;
    return mark;
}

// True when the line after goes on with the line's list: the same bullet, or the next number.
bool continuesList(QStringView line, QStringView next)
{
    const ListMark a = listMarkOf(line);
    const ListMark b = listMarkOf(next);
    if (a.length == 0 || b.length == 0)
        return false;
    return a.bullet.isNull() ? b.bullet.isNull() && b.number == a.number + 1 : a.bullet == b.bullet;
}

// Runs of two lines or more that go on with one list ("• …", "• …"; "1. …", "2. …") make a List block of
// their items, the marks left out, numbered from the first line's number.
void gatherMarkedLists(QVector<ArticleBlock> &blocks)
{
    const auto line = [](const ArticleBlock &b) {
        return b.kind == ArticleBlock::Kind::Paragraph || b.kind == ArticleBlock::Kind::Subheading;
    };
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        qsizetype last = i;
        while (last + 1 < blocks.size() && line(blocks[last]) && line(blocks[last + 1])
               && continuesList(blocks[last].text, blocks[last + 1].text))
            ++last;
        if (last == i)
            continue;
        const ListMark first = listMarkOf(blocks[i].text);
        QStringList items;
        for (qsizetype k = i; k <= last; ++k)
            items.append(blocks[k].text.mid(listMarkOf(blocks[k].text).length));
        blocks[i] = listBlock(items, first.bullet.isNull(), first.number);
        blocks.remove(i + 1, last - i);
    }
}

} // namespace

QString parseTextSnapshot(const QString &text, Snapshot &snapshot, const LoadLimits &limits)
{
    QVector<QStringView> lines;
    lines.reserve(text.size() / 64 + 1);
    std::vector<bool> framed; // the line was set between separator runs glued to it
    int longLines = 0;
    Timestamp labelDate; // a date printed as a label at the copy's start ("date 2025-01-23 …")
    bool first = true;
    for (QStringView line : QStringView(text).split(u'\n')) {
        line = line.trimmed();
        if (first && !line.isEmpty()) {
            first = false;
            labelDate = takeLeadingDateLabel(&line);
        }
        const QStringView bare = withoutGluedSeparatorRuns(line);
        framed.push_back(bare.size() != line.size());
        line = bare;
        if (line.size() > limits.maxLineLength) {
            line = line.left(limits.maxLineLength);
            ++longLines;
        }
        lines.append(line);
    }

    // The comments section runs from its heading to the end. A blog's reply form under the story ("Leave a
    // Reply", then its fields' labels) ends the copy's text: what follows it is the form, not comments.
    qsizetype commentsAt = lines.size();
    qsizetype textEnd = lines.size();
    for (qsizetype i = 0, seen = 0; i < lines.size(); ++i) {
        if (isCommentsHeading(lines[i]) && startsCommentsSection(lines, i)) {
            commentsAt = textEnd = i;
            break;
        }
        if (seen > 0 && opensReplyForm(lines[i])) {
            textEnd = i;
            break;
        }
        seen += !lines[i].isEmpty();
    }

    // Ticker rows anywhere before the comments; the remaining lines are article candidates.
    QVector<TextLine> units;
    qsizetype lastTextLine = -1;  // the last non-empty line of the copy, footers included
    qsizetype lastUnitLine = -1;  // the line of the last article candidate
    Timestamp footnoteDate;       // the date of a print story's footnote ("Published in Dawn, January 5th, 2023")
    {
        MarketRowCollector rows(snapshot, limits.maxMarketRows);
        int sidebarOtherRows = 0;
        bool blank = false;
        for (qsizetype i = 0; i < textEnd; ++i) {
            // Reading the clock is cheap but not free: look every few thousand lines.
            if ((i & 4095) == 4095 && limits.deadline.hasExpired())
                return parseBudgetExceededMessage(limits);
            const QStringView line = lines[i];
            if (line.isEmpty()) {
                blank = true;
                continue;
            }
            lastTextLine = i;
            // A sidebar table copied one cell a line (Mettis Global's indices): its PSX rows are market data,
            // other instruments are skipped, and none of it is article text.
            if (line.size() < 48 && !verticalTableHeaderOf(line).isEmpty()) {
                const VerticalTable table = readVerticalTable(lines.mid(0, textEnd), i);
                for (const IndexValue &v : table.indices)
                    rows.add(MarketRow{v.name, v.value, v.change, v.changePercent, true}, true);
                for (const Quote &q : table.quotes)
                    rows.add(MarketRow{q.symbol, q.price, q.change, q.changePercent, false});
                sidebarOtherRows += table.otherRows;
                if (!table.cutRow.isEmpty()) {
                    snapshot.warnings.append(QCoreApplication::translate("md", "A table copied one cell a line stops "
                                                                               "inside the row \"%1\"; that row was left out.")
                                                 .arg(table.cutRow));
                }
                i = table.end - 1;
                blank = false;
                continue;
            }
            if (const Timestamp printed = printFootnoteDateOf(line); printed.isValid() && !footnoteDate.isValid())
                footnoteDate = printed;
            if (rows.addLine(line) || isArticleFooter(line) || isCommentsClosed(line) || isPluginMark(line) || isFormLine(line)
                || isUrduCaptionLine(line) || isUrduFurnitureLine(line)) {
                blank = false;
                continue;
            }
            // A share, view or reading-time counter ("- 0", "0 Shares", "1 min read") is no line of the copy's text, nor
            // a link to the story before or after this one ("Previous articleGold steady", "… Next Story").
            if (isCounterLine(line) || isStoryNavigation(line))
                continue;
            if (isRelativeTimeLine(line)) {
                if (!units.isEmpty() && !blank)
                    units.last().timedAfter = true;
                blank = false;
                continue;
            }
            units.append(TextLine{line, blank, framed[std::size_t(i)]});
            lastUnitLine = i;
            blank = false;
        }
        if (sidebarOtherRows > 0) {
            snapshot.warnings.append(QCoreApplication::translate("md", "Skipped %1 of other instruments (commodities, "
                                                                       "currencies) in a table copied one cell a line: "
                                                                       "they are not PSX quotes.")
                                         .arg(countOf(sidebarOtherRows, "row", "rows")));
        }
    }

    // The head (masthead, headline, standfirst, byline, widgets) is read by rule from the first lines.
    Article &article = snapshot.article;
    const ArticleHead head = readArticleHead(units, article, snapshot.warnings);
    // A byline of one word that is the site's account the footer names ("Aaj" beside "follow us … @Aaj_Urdu") is
    // the site's short name, not a writer.
    if (!article.author.isEmpty() && !article.author.contains(u' ')
        && siteAccountWords(lines.mid(0, commentsAt)).contains(article.author.toLower()))
        article.author.clear();
    // A story that prints no byline date is dated by the date label at its start, else by a print story's footnote.
    if (!article.publishedAt.isValid())
        article.publishedAt = labelDate.isValid() ? labelDate : footnoteDate;
    if (!snapshot.capturedAt.isValid())
        snapshot.capturedAt = head.capturedAt;
    const qsizetype bodyStart = head.bodyStart;
    const qsizetype lead = article.dateline.isEmpty() ? -1 : bodyStart;

    // A copy that stops without a footer and without its final newline, mid-sentence, was cut short: its last
    // line is a paragraph's fragment, not a related story or a heading.
    const bool endsWithoutFooter = textEnd == lines.size() && lastUnitLine >= 0 && lastUnitLine == lastTextLine;
    const bool noFinalNewline = !text.endsWith(u'\n');

    qsizetype pointerAt = -1; // the blocks before the first "READ: …" line
    bool otherStories = false;  // inside a headed box of other stories ("Must Read", "Recent News")
    bool afterParagraph = false; // only short lines (a signature, a town) since the last paragraph
    Timestamp trailingDate;     // a date line after the last paragraph ("March 4, 2024", "Published on …")
    for (qsizetype i = bodyStart; i < units.size(); ++i) {
        // A roundup's item: a sentence and its link's label ("… on Monday. Read more"): the sentence is text.
        const QStringView item = withoutReadMoreLabel(units[i].text);
        const QStringView unit = item.isEmpty() ? units[i].text : item;
        if (i != lead) {
            // A line that only dates the story ("March 4, 2024", "Published on …") is no text; after the last
            // paragraph (a letter's date under its signature, a footer's stamp), it dates the story when nothing
            // else does. Under a box of other stories it is theirs.
            if (const Timestamp when = dateOnlyLineOf(unit); when.isValid()) {
                if (afterParagraph && !otherStories && !trailingDate.isValid())
                    trailingDate = when;
                continue;
            }
            // "Must Read", "Recent News", "More From Business": a box of other stories' headlines, up to the next line
            // that reads as text.
            if (isOtherStoriesHeading(unit)) {
                otherStories = true;
                afterParagraph = false;
                continue;
            }
            if (otherStories) {
                const QChar end = unit.isEmpty() ? QChar() : unit.back();
                if (!units[i].framed && hasAtMostWords(unit, kMaxRelatedWords) && end != u'.' && end != QChar(0x06D4)
                    && !endsWithWireCredit(unit) && !(countWords(unit) > kMaxSubheadingWords && (end == u',' || end == u';'))) {
                    article.related.append(unit.toString());
                    continue;
                }
                otherStories = false;
            }
        }
        // A data table: a capitals header with rows of figures under it, and the short line above as its title.
        if (const QStringList header = tableHeaderOf(unit); !header.isEmpty() && i + 1 < units.size()) {
            ArticleBlock table{ArticleBlock::Kind::Table, QString(), header, {}};
            qsizetype j = i + 1;
            for (; j < units.size(); ++j) {
                QStringList cells = tableRowOf(units[j].text, int(header.size()));
                if (cells.isEmpty())
                    break;
                table.rows.append(std::move(cells));
            }
            if (!table.rows.isEmpty()) {
                if (!article.blocks.isEmpty() && article.blocks.last().kind == ArticleBlock::Kind::Subheading
                    && i > bodyStart && article.blocks.last().text == units[i - 1].text) {
                    table.text = article.blocks.takeLast().text;
                }
                article.blocks.append(std::move(table));
                i = j - 1;
                continue;
            }
        }
        // A picture's caption, printed twice over itself, is not text.
        // So is one that ends with its credit ("… from friends. Image: Lahore Qalandars/ Twitter").
        if (i != lead && isCaptionEndingInCredit(unit))
            continue;
        if (i != lead && i + 1 < units.size() && isPrintedTwice(units, i)) {
            ++i;
            continue;
        }
        // A poll: a short question with two or more answer buttons under it ("Yes", "No", "Vote") is the
        // site's widget, not text.
        if (i != lead && (unit.endsWith(u'?') || unit.endsWith(QChar(0x061F))) && countWords(unit) <= 20) {
            qsizetype j = i + 1;
            while (j < units.size() && countWords(units[j].text) <= 3 && !endsLikeSentence(units[j].text)
                   && listMarkOf(units[j].text).length == 0)
                ++j;
            // Longer answers count when the poll's button stands under them ("Yes, prices will rise" / … / "Vote").
            if (j - i - 1 < 2) {
                qsizetype k = i + 1;
                while (k < units.size() && hasAtMostWords(units[k].text, 8) && !endsLikeSentence(units[k].text)
                       && listMarkOf(units[k].text).length == 0 && !isPollButton(units[k].text))
                    ++k;
                if (k - i - 1 >= 2 && k < units.size() && isPollButton(units[k].text)) {
                    while (k < units.size() && isPollButton(units[k].text))
                        ++k;
                    j = k;
                }
            }
            if (j - i - 1 >= 2) {
                snapshot.warnings.append(QCoreApplication::translate("md", "Left out a poll: \"%1\".").arg(unit.toString()));
                i = j - 1;
                continue;
            }
        }
        // An author box under the story: the name on the line over "About Author" is the author when no byline
        // names one; the box and what follows it (a comment form) are no body.
        if (isAuthorBoxLabel(unit) && article.blocks.size() >= 2
            && article.blocks.last().kind == ArticleBlock::Kind::Subheading && isCapitalisedName(article.blocks.last().text)) {
            if (article.author.isEmpty())
                article.author = article.blocks.last().text;
            article.blocks.removeLast();
            if (const qsizetype after = units.size() - i - 1; after > 0) {
                snapshot.warnings.append(QCoreApplication::translate("md", "Left out %1 after the author box at the "
                                                                           "end of the article.")
                                             .arg(countOf(after, "line", "lines")));
            }
            break;
        }
        // "Also read", "یہ بھی پڑھیے" alone on a line heads the links that follow it; it is not text.
        if (i != lead && unit.size() <= 40 && isRelatedLeadLine(unit)) {
            afterParagraph = false;
            continue;
        }
        // The lead paragraph is always a paragraph, even when it lost its full stop; so is each row of a dated
        // list under its heading ("SCHEDULE:" / "March 4-8: First Test, Rawalpindi" / …), and a line the copy set
        // between separator runs ("=====Bid Rate Rs.98.02=====").
        // A line of a list the copy kept with its marks ("• …", "1. …", two lines at least) is an item, whatever
        // it reads like.
        const bool listRow = (i > bodyStart && (units[i - 1].text.endsWith(u':') || isDatedListRow(units[i - 1].text))
                              && isDatedListRow(unit))
            || (i > bodyStart && continuesList(units[i - 1].text, units[i].text))
            || (i + 1 < units.size() && continuesList(units[i].text, units[i + 1].text));
        // So is a table's row the copy ran together on one line ("Macpac Films Limited 31.03.2021 - 155.437 2.62 - -"),
        // and a line that stops on a comma or semicolon, a sentence going on, as no headline does ("…, dealers said,").
        LineRole role = i == lead || !item.isEmpty() || listRow || units[i].framed || isRunTogetherTableRow(unit)
                || (countWords(unit) > kMaxSubheadingWords && (unit.endsWith(u',') || unit.endsWith(u';')))
                // and a line whose sentence ends before a wire's credit ("… reported.—APP", read below).
                || endsWithWireCredit(unit)
            ? LineRole::Paragraph
            // A pointer to another story is one with its headline's full stop too ("READ MORE : KARACHI: … devices.").
            // So is a headline with its time under it, one of a sidebar's latest stories.
            : i != lead && ((countWords(unit) <= kMaxPointerWords && pointsAtAnotherStory(unit))
                            || (units[i].timedAfter && !endsLikeSentence(unit)))
            ? LineRole::Related
            : classifyArticleLine(unit);
        // (A wire's credit after the last sentence is no cut, nor a last line that points at another story by a
        // related lead: "یہ بھی پڑھیں : …", "Also read: …".)
        if (i + 1 == units.size() && endsWithoutFooter && noFinalNewline && !endsLikeSentence(unit) && !units[i].framed
            && !endsWithWireCredit(unit) && !pointsAtAnotherStory(unit)) {
            role = LineRole::Paragraph;
            snapshot.warnings.append(QCoreApplication::translate("md", "The copy seems cut short: its last paragraph "
                                                                       "stops mid-sentence (\"%1\").")
                                         .arg(unit.right(40).toString()));
        }
        switch (role) {
        case LineRole::Paragraph:
            article.blocks.append({ArticleBlock::Kind::Paragraph, unit.toString(), {}, {}});
            afterParagraph = true;
            trailingDate = {};
            break;
        case LineRole::Subheading:
            article.blocks.append({ArticleBlock::Kind::Subheading, unit.toString(), {}, {}});
            break;
        case LineRole::Related:
            afterParagraph = false;
            article.related.append(unit.toString());
            if (pointerAt < 0 && pointsAtAnotherStory(unit))
                pointerAt = article.blocks.size();
            break;
        }
    }
    // An older story a copy appended after its pointer to it ("READ: …", then that story's lines to the end): when
    // the paragraph after the pointer opens a story of its own, the text stops at the pointer.
    if (pointerAt > 0 && pointerAt < article.blocks.size() && article.blocks[pointerAt].kind == ArticleBlock::Kind::Paragraph
        && opensAnotherStory(article.blocks[pointerAt].text, article.blocks.mid(0, pointerAt))) {
        snapshot.warnings.append(QCoreApplication::translate("md", "Left out %1 after \"%2\": another story the copy "
                                                                   "appended.")
                                     .arg(countOf(article.blocks.size() - pointerAt, "paragraph", "paragraphs"), article.related.last()));
        article.blocks.resize(pointerAt);
    }
    // With no byline, a desk printed in the dateline's place ("WEB DESK: The index …") is the author.
    if (article.author.isEmpty())
        article.author = authorOfBylineLabel(article.dateline);
    // With no byline, the desk or agency the lead paragraph credits after its place is the author.
    if (article.author.isEmpty()) {
        for (const ArticleBlock &block : std::as_const(article.blocks)) {
            if (block.kind == ArticleBlock::Kind::Paragraph) {
                article.author = creditInLead(block.text);
                break;
            }
        }
    }
    // A sign-off after the body ("The writer is …", "— Name") names the author and is never body.
    for (qsizetype b = article.blocks.size() - 1; b >= 0 && b >= article.blocks.size() - 2; --b) {
        const ArticleBlock &block = article.blocks[b];
        if (block.kind == ArticleBlock::Kind::Table || b == 0)
            break;
        QString author = signOffAuthor(block.text);
        // An author box: the writer's name on its line over the line about the writer ("Farah Qureshi" / "The
        // writer is an economist …"): the name is the author, and neither line is text.
        if (const ArticleBlock &above = article.blocks[b - 1];
            b >= 2 && above.kind == ArticleBlock::Kind::Subheading && isCapitalisedName(above.text) && countWords(above.text) >= 2
            && ((!author.isEmpty() && !block.text.startsWith(u'-') && !block.text.startsWith(QChar(0x2014))
                 && !block.text.startsWith(QChar(0x2013)))
                || block.text.startsWith(above.text + QLatin1String(" is ")))) {
            if (article.author.isEmpty())
                article.author = above.text;
            article.blocks.remove(b - 1, 2);
            break;
        }
        // A letter signed under its last paragraph ("Sania Bashir (Islamabad)").
        if (author.isEmpty() && b == article.blocks.size() - 1 && article.blocks[b - 1].kind == ArticleBlock::Kind::Paragraph
            && readsAsLead(article.blocks[b - 1].text))
            author = letterSignatureOf(block.text);
        if (author.isEmpty())
            continue;
        if (article.author.isEmpty())
            article.author = author;
        article.blocks.remove(b);
        break;
    }
    // A news agency after a dash closing the last paragraph ("… reported.—APP") credits the wire: the author when no
    // byline names one, and no part of the text.
    // (Stray labels after it, dropped below, do not count.)
    qsizetype lastParagraph = article.blocks.size() - 1;
    while (lastParagraph > 0 && article.blocks[lastParagraph].kind == ArticleBlock::Kind::Subheading)
        --lastParagraph;
    if (lastParagraph > 0 && article.blocks[lastParagraph].kind == ArticleBlock::Kind::Paragraph) {
        if (const QString wire = closingWireCredit(&article.blocks[lastParagraph].text); !wire.isEmpty() && article.author.isEmpty())
            article.author = wire;
    }
    // A story whose head prints no date is dated by a date line after its last paragraph.
    if (!article.publishedAt.isValid())
        article.publishedAt = trailingDate;
    // A sub-heading with no paragraph after it heads nothing: it is a stray label (a footer, a tag line). A
    // last paragraph that names the site itself ("Follow SiteName on …") is the site's own call, not the story.
    for (bool more = true; more;) {
        more = false;
        while (!article.blocks.isEmpty() && article.blocks.last().kind == ArticleBlock::Kind::Subheading) {
            snapshot.warnings.append(QCoreApplication::translate("md", "The line \"%1\" after the last paragraph was "
                                                                       "not taken as article text.")
                                         .arg(article.blocks.last().text));
            article.blocks.removeLast();
        }
        // So is a call to the reader there ("For the latest news, follow us on Twitter @…").
        if (article.blocks.size() > 1 && article.blocks.last().kind == ArticleBlock::Kind::Paragraph
            && countWords(article.blocks.last().text) <= kMaxRelatedWords
            && ((head.siteName.size() >= 4 && article.blocks.last().text.contains(head.siteName, Qt::CaseInsensitive))
                || isCallToReader(article.blocks.last().text))) {
            snapshot.warnings.append(QCoreApplication::translate("md", "Left out \"%1\" at the end of the article: it "
                                                                       "speaks for the site, not the story.")
                                         .arg(article.blocks.last().text));
            article.blocks.removeLast();
            more = true;
        }
    }

    gatherMarkedLists(article.blocks);

    if (limits.deadline.hasExpired())
        return parseBudgetExceededMessage(limits);
    if (commentsAt < lines.size()) {
        snapshot.comments = parseCommentLines(lines.mid(commentsAt + 1), &snapshot.warnings, limits.maxComments);
    }

    if (longLines > 0) {
        snapshot.warnings.append(QCoreApplication::translate("md", "Limit reached (line length: %1 characters): %2 "
                                                                   "cut to their first %1 characters.")
                                     .arg(QLocale(QLocale::English).toString(limits.maxLineLength))
                                     .arg(countOf(longLines, "line was", "lines were")));
    }
    return limits.deadline.hasExpired() ? parseBudgetExceededMessage(limits) : QString();
}

} // namespace md
