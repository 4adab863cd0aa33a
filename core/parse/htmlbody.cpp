// The article body of an HTML page, the cascade that states which candidate wins: the box the page marks as its
// story, the column the paragraph scorer finds (htmlcolumn.cpp: a strict pass, then lenient ones), the structured
// data's text when it is the whole story, a question's own text, the page's <article> or <main>, the paragraph
// that prints the page's description (as trafilatura checks its result against its fallbacks); then the
// article's blocks read from the chosen body, related stories set apart.
#include "core/parse/htmlbody.h"

#include "core/parse/articlerules.h"
#include "core/parse/htmlcolumn.h"
#include "core/parse/htmlmetadata.h"
#include "core/parse/htmltagflags.h"
#include "core/parse/pagedate.h"
#include "core/wording.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cstring>

namespace md {
namespace {

using namespace html;

// The element whose own <p> children hold the most text: the body of a page without known markup.
const GumboNode *densestParagraphParent(const GumboNode *root)
{
    QHash<const GumboNode *, qsizetype> score;
    walk(
        root,
        [&](const GumboNode *n) {
            if (!isElement(n) || isPageChrome(n, ChromePolicy::Article))
                return false;
            if (n->v.element.tag == GUMBO_TAG_P) {
                if (n->parent)
                    score[n->parent] += qsizetype(subtreeText(n, false).size());
                return false;
            }
            return true;
        },
        [](const GumboNode *) {});
    const GumboNode *best = nullptr;
    qsizetype bestScore = 200; // less than a paragraph or two is not an article
    for (auto it = score.cbegin(); it != score.cend(); ++it) {
        if (it.value() > bestScore) {
            best = it.key();
            bestScore = it.value();
        }
    }
    return best;
}

// Shorter than this, a body found by the first pass is looked for again with the lenient pass (as
// Readability retries below 500 characters).
constexpr qsizetype kShortBody = 500;
// Below this much prose the first pass's column is checked against the lenient pass's.
constexpr qsizetype kLenientBelow = 8 * kShortBody;

} // namespace

bool isCompleteStructuredText(const QString &text, qsizetype visibleProse)
{
    const QString t = text.trimmed();
    if (t.size() < kShortBody || t.endsWith(QChar(0x2026)) || t.endsWith(QLatin1String("...")) || t.endsWith(u'['))
        return false;
    // Twice the visible prose at least: where the page shows the story, its own markup is read.
    return t.size() > 2 * visibleProse;
}

qsizetype proseLength(const HtmlBlocks &blocks)
{
    qsizetype n = 0;
    for (const HtmlBlock &b : blocks.blocks) {
        if (b.headingLevel > 0 || b.isTable || (b.onlyLink && b.outsideLink.find_first_not_of(" \t\n\r") == std::string::npos))
            continue;
        n += normalisedText(b.text).size();
    }
    return n;
}

namespace {

bool isMarkedArticleBody(const GumboNode *n)
{
    return attributeEquals(n, "itemprop", "articleBody") || attributeEquals(n, "property", "articleBody");
}

// The marked box and the other parts of the same story: a story cut into sections between ad slots is one
// story, whether each section is marked as the article's body (itemprop="articleBody" on every part, each
// in a wrapper of its own) or only the first is, its sisters being boxes of the same kind.
HtmlBlocks collectMarkedRun(const GumboNode *root, const GumboNode *marked)
{
    if (isMarkedArticleBody(marked)) {
        std::vector<const GumboNode *> parts;
        walk(
            root,
            [&](const GumboNode *n) {
                if (!isElement(n))
                    return false;
                if (isMarkedArticleBody(n)) {
                    parts.push_back(n);
                    return false;
                }
                return true;
            },
            [](const GumboNode *) {});
        if (parts.size() > 1) {
            HtmlBlocks run;
            for (const GumboNode *part : parts)
                appendBlocks(run, collectBlocks(part, ChromePolicy::Article, false));
            return run;
        }
    }
    const char *cls = attribute(marked, "class");
    const GumboNode *parent = marked->parent;
    if (!cls || !*cls || !parent || !isElement(parent))
        return collectBlocks(marked, ChromePolicy::Article, false);
    HtmlBlocks run;
    const GumboVector &siblings = parent->v.element.children;
    for (unsigned i = 0; i < siblings.length; ++i) {
        const GumboNode *sibling = childAt(siblings, i);
        if (sibling != marked && !sameTagAndClass(sibling, marked))
            continue;
        appendBlocks(run, collectBlocks(sibling, ChromePolicy::Article, false));
    }
    return run;
}

// A description of a sentence or two is a video's or a gallery's text; a few words are a slogan.
constexpr int kMinDescriptionWords = 15;
constexpr int kMaxCardLabelWords = 8;

// The visible paragraph whose text is the page's description (a caption box of a video page holds it, a lead
// under the title), or nullptr; with `before`, only one before that box, outside it.
const GumboNode *paragraphPrinting(const GumboNode *root, const QString &description, const GumboNode *before = nullptr)
{
    const QString key = nameKey(description);
    const GumboNode *found = nullptr;
    bool past = false;
    walk(
        root,
        [&](const GumboNode *n) {
            if (found || past || !isElement(n))
                return false;
            if (n == before) {
                past = true;
                return false;
            }
            // Not in the head, nor in what no reader sees (a template, a noscript fallback).
            const GumboTag tag = tagOf(n);
            if (tag == GUMBO_TAG_HEAD || tag == GUMBO_TAG_TEMPLATE || tag == GUMBO_TAG_NOSCRIPT)
                return false;
            if (tag == GUMBO_TAG_P) {
                if (nameKey(textOf(n)) == key)
                    found = n;
                return false;
            }
            return true;
        },
        [](const GumboNode *) {});
    return found;
}

// The microdata item a box belongs to: its nearest ancestor (or itself) with `itemscope`.
const GumboNode *enclosingItem(const GumboNode *n)
{
    for (const GumboNode *a = n; a && isElement(a); a = a->parent) {
        if (attribute(a, "itemscope"))
            return a;
    }
    return nullptr;
}

// An item of a schema.org type ("https://schema.org/Answer" for "Answer").
bool isItemOfType(const GumboNode *item, std::string_view type)
{
    const char *itemType = item ? attribute(item, "itemtype") : nullptr;
    if (!itemType)
        return false;
    const std::string_view t(itemType);
    return t.size() > type.size() && t.substr(t.size() - type.size()) == type && t[t.size() - type.size() - 1] == '/';
}

// A box inside a question's or an answer's microdata item.
bool inQuestionItem(const GumboNode *n)
{
    for (const GumboNode *item = enclosingItem(n); item; item = enclosingItem(item->parent)) {
        if (isItemOfType(item, "Question") || isItemOfType(item, "Answer"))
            return true;
    }
    return false;
}

// A question-and-answer page marked up as schema.org's Question, its answers inside it: the question's own
// text (`itemprop="text"` in the Question's scope, not an answer's).
const GumboNode *questionText(const GumboNode *root)
{
    const GumboNode *found = nullptr;
    anyElementIn(root, [&](const GumboNode *n) {
        const char *prop = attribute(n, "itemprop");
        if (prop && hasWord(prop, "text") && isItemOfType(enclosingItem(n->parent), "Question"))
            found = n;
        return found != nullptr;
    });
    return found;
}

// The page's description printed as the lead above the body, set first as its standfirst when the body does not
// hold it.
void addPrintedLead(const GumboNode *root, const QString &description, BodyChoice &choice)
{
    if (choice.blocks.blocks.empty())
        return;
    if (countWords(description) < kMinDescriptionWords)
        return;
    const GumboNode *lead = paragraphPrinting(root, description, choice.container);
    if (!lead)
        return;
    HtmlBlocks before = collectBlocks(lead, ChromePolicy::Article, false);
    if (before.blocks.size() != 1)
        return;
    const QString key = nameKey(normalisedText(before.blocks.front().text));
    for (const HtmlBlock &b : choice.blocks.blocks) {
        if (nameKey(normalisedText(b.text)).contains(key))
            return;
    }
    before.blocks.front().standfirst = true;
    appendBlocks(before, std::move(choice.blocks));
    choice.blocks = std::move(before);
}

// The headings a recipe's parts from structured data are set under.
const QLatin1String kIngredientsHeading("Ingredients");
const QLatin1String kMethodHeading("Method");
const QLatin1String kStepsHeading("Steps");

// Where the body prints a recipe's lines from structured data (its ingredients, or its steps): a line is printed
// when the middle of its key is in a block (the page numbers its steps, or ends them otherwise).
struct RecipePart
{
    std::vector<const QString *> missing; // the lines no block prints
    bool shown = true;                    // the body prints half of them or more (in its own wording): it holds the list
    std::size_t firstBlock = 0;           // the block printing its first printed line, blocks' count when none
};

RecipePart recipePart(const QStringList &lines, const std::vector<QString> &blockKeys)
{
    RecipePart part;
    part.firstBlock = blockKeys.size();
    for (const QString &line : lines) {
        const QString key = nameKey(line);
        if (key.isEmpty())
            continue;
        const QStringView core = key.size() < 8 ? QStringView(key) : QStringView(key).mid(key.size() / 4, key.size() / 2);
        const auto at = std::find_if(blockKeys.begin(), blockKeys.end(), [&](const QString &k) { return k.contains(core); });
        if (at == blockKeys.end())
            part.missing.push_back(&line);
        else
            part.firstBlock = std::min(part.firstBlock, std::size_t(at - blockKeys.begin()));
    }
    part.shown = part.missing.size() * 2 <= std::size_t(lines.size());
    return part;
}

HtmlBlock recipeBlock(const QString &text, int headingLevel = 0)
{
    HtmlBlock block;
    block.text = text.toStdString();
    block.headingLevel = headingLevel;
    return block;
}

// A recipe's ingredients and steps from structured data that the body does not print (the page draws them by
// script, or sets them in a box apart from the column), as a reader expects them: the ingredients under their
// heading, the times and yield above them, before the method the body prints (under its heading, or one added),
// else after the body; the steps under their heading after the body.
void addRecipe(const BodyMarkup &markup, HtmlBlocks &body)
{
    std::vector<QString> blockKeys;
    blockKeys.reserve(body.blocks.size());
    for (const HtmlBlock &b : body.blocks)
        blockKeys.push_back(nameKey(normalisedText(b.text)));
    const RecipePart ingredients = recipePart(markup.recipeIngredients, blockKeys);
    const RecipePart steps = recipePart(markup.recipeSteps, blockKeys);
    std::vector<HtmlBlock> added;
    std::size_t at = body.blocks.size();
    if (!ingredients.shown) {
        added.push_back(recipeBlock(kIngredientsHeading, 2));
        if (!markup.recipeFacts.isEmpty())
            added.push_back(recipeBlock(markup.recipeFacts));
        for (const QString *line : ingredients.missing)
            added.push_back(recipeBlock(*line));
        if (steps.shown && steps.firstBlock < at) {
            // Before the first step, its number set apart ("1") and the heading over them.
            at = steps.firstBlock;
            static const QRegularExpression number(QStringLiteral("^\\s*\\d{1,2}\\.?\\s*$"));
            while (at > 0 && QString::fromStdString(body.blocks[at - 1].text).contains(number))
                --at;
            if (at > 0 && (body.blocks[at - 1].headingLevel > 0 || isBoldHeadingLine(body.blocks[at - 1])))
                --at;
            else
                added.push_back(recipeBlock(kMethodHeading, 2));
        }
    }
    if (!steps.shown) {
        added.push_back(recipeBlock(markup.recipeIsHowTo ? kStepsHeading : kMethodHeading, 2));
        for (const QString *line : steps.missing)
            added.push_back(recipeBlock(*line));
    }
    body.blocks.insert(body.blocks.begin() + std::ptrdiff_t(at), std::make_move_iterator(added.begin()),
                       std::make_move_iterator(added.end()));
}

// A candidate read from one box as it stands.
BodyChoice boxChoice(const GumboNode *box, const char *source)
{
    BodyChoice choice;
    choice.container = box;
    choice.blocks = collectBlocks(box, ChromePolicy::Article, false);
    choice.source = source;
    return choice;
}

// The cascade: which candidate is the body.
BodyChoice chooseCandidate(const GumboNode *root, const BodyMarkup &markup)
{
    BodyChoice marked;
    if (markup.marked) {
        marked.container = markup.marked;
        marked.blocks = collectMarkedRun(root, markup.marked);
        marked.source = "markup";
    }
    const qsizetype markedProse = proseLength(marked.blocks);
    // The page's own markup is the most precise reading when it holds the story: a box the site names as
    // the story text keeps it unless the scorer finds several times its prose elsewhere (a marked box that
    // wraps only the standfirst or one paragraph).
    if (markup.marked && markedProse >= kShortBody)
        return marked;

    BodyChoice scored = scoredBody(root, ChromeNames::Prune);
    qsizetype scoredProse = proseLength(scored.blocks);
    // A story in a box named like chrome ("article-body paywall"), while the first pass took a smaller box
    // (an explainer, a comment form) for it: the lenient pass looks into every box but comments.
    if (scoredProse < kLenientBelow) {
        BodyChoice lenient = scoredBody(root, ChromeNames::Ignore);
        qsizetype lenientProse = proseLength(lenient.blocks);
        if (!lenient.container && scoredProse == 0) {
            lenient = scoredBody(root, ChromeNames::IgnoreAll);
            lenientProse = proseLength(lenient.blocks);
        } else if (std::max(scoredProse, lenientProse) < kShortBody) {
            // A line or two outside the posts (a note to sign in) is no story: a thread's opening post is.
            BodyChoice thread = scoredBody(root, ChromeNames::IgnoreAll);
            const qsizetype threadProse = proseLength(thread.blocks);
            if (std::strcmp(thread.source, kOpeningPost) == 0 && threadProse > 2 * std::max(scoredProse, lenientProse)) {
                lenient = std::move(thread);
                lenientProse = threadProse;
            }
        }
        // The lenient column wins when the first pass found nothing, or found another, much smaller column;
        // around the first pass's column it would only add boxes named as chrome (cards, credits).
        const bool elsewhere = !scored.container || !holds(lenient.container, scored.container);
        if (lenientProse > 0 && (scoredProse == 0 || (elsewhere && lenientProse > (scoredProse < kShortBody ? 2 : 5) * scoredProse))) {
            scored = std::move(lenient);
            scoredProse = lenientProse;
        }
    }
    if (markup.marked && markedProse > 0
        && (markedProse * 2 >= scoredProse || (holds(markup.marked, scored.container) && markedProse >= scoredProse)))
        return marked;
    // The page shows much less than its structured data holds (a page rendered by script, a paywall that
    // keeps the text in JSON-LD): the structured text, when it is the whole story.
    if (isCompleteStructuredText(markup.structuredText, std::max(scoredProse, markedProse))) {
        BodyChoice structured;
        structured.source = "structured";
        for (const QString &line : markup.structuredText.split(u'\n', Qt::SkipEmptyParts)) {
            HtmlBlock block;
            block.text = line.trimmed().toStdString();
            if (!block.text.empty())
                structured.blocks.blocks.push_back(std::move(block));
        }
        return structured;
    }
    // A question-and-answer page: the column the scorer found is in the question's item but not its text (an
    // answer, often longer than the question, or the list of answers); the page's story is its question, the
    // opening post.
    if (scored.container && inQuestionItem(scored.container)) {
        if (const GumboNode *question = questionText(root); question && !holds(question, scored.container)) {
            BodyChoice asked = boxChoice(question, "question");
            if (proseLength(asked.blocks) > 0)
                return asked;
        }
    }
    if (scoredProse > 0)
        return scored;

    BodyChoice landmark;
    landmark.container = markup.article ? markup.article : markup.main ? markup.main : densestParagraphParent(root);
    if (landmark.container) {
        landmark.blocks = collectBlocks(landmark.container, ChromePolicy::Article, false);
        landmark.source = "landmark";
        if (proseLength(landmark.blocks) > markedProse)
            return landmark;
    }
    if (markedProse == 0 && countWords(markup.description) >= kMinDescriptionWords) {
        if (const GumboNode *shown = paragraphPrinting(root, markup.description)) {
            BodyChoice described = boxChoice(shown, "description");
            if (proseLength(described.blocks) > 0)
                return described;
        }
    }
    return marked;
}

// The value of a step's number set as a block of its own ("3", "3."), else 0.
int stepNumber(const ArticleBlock &b)
{
    static const QRegularExpression number(QStringLiteral("^(\\d{1,2})\\.?$"));
    const QRegularExpressionMatch m = b.kind == ArticleBlock::Kind::Paragraph ? number.match(b.text) : QRegularExpressionMatch();
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

void numberSteps(QVector<ArticleBlock> &blocks)
{
    std::vector<qsizetype> steps; // the numbers' places, counting up from 1, each over a paragraph
    for (qsizetype i = 0; i + 1 < blocks.size(); ++i) {
        const int n = stepNumber(blocks[i]);
        if (n == 0)
            continue;
        if (n != int(steps.size()) + 1 || blocks[i + 1].kind != ArticleBlock::Kind::Paragraph || stepNumber(blocks[i + 1]) != 0)
            break;
        steps.push_back(i);
    }
    if (steps.size() < 2)
        return;
    for (auto at = steps.rbegin(); at != steps.rend(); ++at) {
        blocks[*at + 1].text = blocks[*at].text + (blocks[*at].text.endsWith(u'.') ? QLatin1String(" ") : QLatin1String(". ")) + blocks[*at + 1].text;
        blocks.remove(*at);
    }
}

} // namespace

BodyChoice chooseArticleBody(const GumboNode *root, const BodyMarkup &markup)
{
    BodyChoice choice = chooseCandidate(root, markup);
    // The lead the page prints above whichever body won, when the body does not hold it.
    addPrintedLead(root, markup.description, choice);
    // A recipe's ingredients and steps, when the body leaves them out.
    if (!markup.recipeIngredients.isEmpty() || !markup.recipeSteps.isEmpty())
        addRecipe(markup, choice.blocks);
    return choice;
}

// ---------------------------------------------------------------------------------------------------
// Article blocks from the body's HTML blocks: paragraphs, sub-headings, tables; related stories set apart.

namespace {

// Sub-headings marked up as short bold-only paragraphs; longer bold lines are emphasis, not headings.

bool isStoryLink(const GumboNode *link)
{
    const char *href = attribute(link, "href");
    return href && std::strstr(href, "/news/") != nullptr;
}

// A link to another web page: not to a document or a file ("report.pdf"), an address or a place on this page.
// An item of a list nested in an item of the text's own list, under that item's words ending in a colon ("In
// progress:" over links to the filings it means): the text's sub-list, whatever its items link to. A menu's nested
// list hangs under a link, a box of other stories under a heading.
bool isIntroducedSubItem(const GumboNode *item)
{
    if (!item || !item->parent || !item->parent->parent || tagOf(item->parent->parent) != GUMBO_TAG_LI)
        return false;
    const GumboNode *outer = item->parent->parent;
    std::string own;
    const GumboVector &children = outer->v.element.children;
    for (unsigned i = 0; i < children.length && children.data[i] != item->parent; ++i) {
        const GumboNode *c = static_cast<const GumboNode *>(children.data[i]);
        if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_WHITESPACE)
            own += c->v.text.text;
        else if (isElement(c) && tagOf(c) != GUMBO_TAG_A && htmltag::gluesText(tagOf(c)))
            own += subtreeText(c, false);
        else if (isElement(c))
            return false;
    }
    const QString words = normalisedText(own);
    return words.endsWith(u':') && countWords(words) <= 8;
}

bool isPageLink(const GumboNode *link)
{
    const char *href = attribute(link, "href");
    if (!href || !*href || *href == '#' || qstrnicmp(href, "mailto:", 7) == 0 || qstrnicmp(href, "tel:", 4) == 0
        || qstrnicmp(href, "javascript:", 11) == 0)
        return false;
    static const QRegularExpression file(QStringLiteral(R"(\.(?:pdf|docx?|xlsx?|pptx?|csv|zip|rar|7z|jpe?g|png|gif|webp|mp3|mp4|mov|apk|exe)(?:[?#].*)?$)"),
                                         QRegularExpression::CaseInsensitiveOption);
    return !file.match(QString::fromUtf8(href)).hasMatch();
}

// "Read more:", "Also read" and the like before a related story's link.
bool isRelatedLead(const QString &text)
{
    return text.isEmpty() || isRelatedLeadLine(text);
}

// "Also Read: Gold slips as dollar firms" (a heading or line with no link): the story named after the lead.
QString relatedByLead(const QString &text)
{
    if ((!text.contains(u':') && !text.contains(QChar(0xFF1A))) || !mayOpenWithRelatedLead(text))
        return {};
    static const QRegularExpression lead(QStringLiteral(R"(^(?:)") + relatedLeadWords() + QStringLiteral(R"(|read)\s*[:：]\s*(.+)$)"),
                                         QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    const auto m = lead.match(text);
    if (!m.hasMatch() || !looksLikeHeadline(m.captured(1)))
        return {};
    return m.captured(1);
}

// Most words in the label before a colon that points at another story's link.
constexpr int kMaxLinkLabelWords = 6;

// "Lesen Sie hier: <a>Spielabbruch in der Kreisliga …</a>", "MIRA: <a>…</a>": a line that is a short label ending
// in a colon and one link to another page whose words read as a headline points at another story, in any language.
QString storyAfterLabel(const HtmlBlock &block)
{
    if (!block.onlyLink || !isPageLink(block.onlyLink))
        return {};
    const QString label = normalisedText(block.outsideLink);
    if (!label.endsWith(u':') || countWords(label) > kMaxLinkLabelWords)
        return {};
    // A figure in either is a labelled fact or a reference ("Aktenzeichen: I ZR 166/07", "Key, B. (2016): …",
    // "Karten: Tourist-Information oder Tel. 0345 …"), not a pointer to a story.
    const QString story = textOf(block.onlyLink);
    const auto hasDigit = [](const QString &s) { return std::any_of(s.cbegin(), s.cend(), [](QChar c) { return c.isDigit(); }); };
    if (countWords(story) < 3 || !looksLikeHeadline(story) || hasDigit(label) || hasDigit(story)
        || !normalisedText(block.text).endsWith(story))
        return {};
    return story;
}

} // namespace

// The words of a line with the marks that set a list's items apart (",", ";", "|", "·", "•") left out.
QString withoutListMarks(const QString &line)
{
    static const QRegularExpression marks(QStringLiteral(R"([,;|\x{00B7}\x{2022}])"));
    return QString(line).replace(marks, QStringLiteral(" ")).simplified();
}

// Most words of a post's meta line set in parts ("Posted by Asad | 3 Comments | Share").
constexpr int kMaxMetaLineWords = 12;

bool holdsCommentsPart(const QString &text)
{
    if (!text.contains(u'|') || countWords(text) > kMaxMetaLineWords)
        return false;
    const QStringList parts = text.split(u'|', Qt::SkipEmptyParts);
    return std::any_of(parts.cbegin(), parts.cend(), [](const QString &part) { return opensComments(part.trimmed()); });
}

// Most words of a date on a line of its own ("Tuesday, 6 May 2014, 10:42 am").
constexpr int kMaxStampWords = 8;

// Fewer words than this, a heading opening the text is a label over it ("Fact or Fiction?").
constexpr int kMinOpeningHeadingWords = 5;

namespace {

// Most words of a label, a name or a button printed beside a date on its stamp line ("// Dominik Ricker", "| Druckvorschau").
constexpr int kMaxStampLabelWords = 3;

// A date with its time printed as a stamp: the year's full stop and the time zone's letters left out ("Thursday,
// April 21, 2022. 10:11 pm CST." reads as "Thursday, April 21, 2022 10:11 pm").
bool isStampDate(QString text)
{
    static const QRegularExpression zone(QStringLiteral(R"(\s+[A-Z]{2,4}\.?$)"));
    static const QRegularExpression yearStop(QStringLiteral(R"((\d{4})\.(?=\s|$))"));
    text.remove(zone);
    text.replace(yearStop, QStringLiteral("\\1"));
    text = text.trimmed();
    while (text.endsWith(u',') || text.endsWith(u'.'))
        text.chop(1);
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); }) && parsePageDateTime(text).isValid();
}

// A page's stamp on a line of its own with more than the date: a stamp's word before it ("Posted: Thursday, April 21,
// 2022. 10:11 pm CST.", "Last updated on 12 May 2023"), or a label, a name or a button after it ("21. Jan 2022 //
// Dominik Ricker", "10.12.2022 07:00 | Druckvorschau", "21.01.2022 Aktuelle Meldung", "11.09.2011, 16:20 von Stefan").
bool isLabelledStamp(const QString &text)
{
    if (!hasAtMostWords(text, kMaxStampWords + kMaxStampLabelWords) || std::none_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); }))
        return false;
    static const QRegularExpression stampWord(
        QStringLiteral(R"(^(?:(?:article|story|post|artikel|beitrag)\s+)?)"
                       R"((?:(?:first |last )?(?:posted|published|updated)|zuletzt aktualisiert|ver\x{00F6}ffentlicht|aktualisiert|)"
                       R"(publi\x{00E9}|mis \x{00E0} jour|publicado|actualizado)(?:\s+(?:on|am|le|el))?\s*:?\s+)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    if (const QRegularExpressionMatch m = stampWord.match(text); m.hasMatch())
        return isStampDate(text.mid(m.capturedEnd()));
    // A label holds no figure: a second date after the first is an event's span ("23.10.2015 - 25.10.2015").
    const auto isLabel = [](const QString &piece) {
        return !piece.isEmpty() && hasAtMostWords(piece, kMaxStampLabelWords) && !endsLikeSentence(piece)
            && std::none_of(piece.cbegin(), piece.cend(), [](QChar c) { return c.isDigit(); });
    };
    // The date, then its label set apart by a mark ("//", "|", "·").
    static const QRegularExpression mark(QStringLiteral(R"(\s+(?://|\||\x{00B7}|\x{2022})\s+)"));
    const QStringList pieces = text.split(mark, Qt::SkipEmptyParts);
    if (pieces.size() > 1)
        return isStampDate(pieces.front()) && std::all_of(pieces.cbegin() + 1, pieces.cend(), isLabel);
    // The date, then a word or three ("Aktuelle Meldung", "von Stefan").
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    for (qsizetype rest = 1; rest <= kMaxStampLabelWords && rest < words.size(); ++rest) {
        if (isStampDate(QStringList(words.mid(0, words.size() - rest)).join(u' ')))
            return isLabel(QStringList(words.mid(words.size() - rest)).join(u' '));
    }
    return false;
}

// A slide show's counter on a line of its own ("1/5", "2 / 12", "Bild 3 von 8"): the picture's place, not text; so
// is a pager's line ("Pages: 1 2 3 4", "Seite 1 2 3").
bool isPictureCounter(const QString &text)
{
    if (text.size() > 40)
        return false;
    static const QRegularExpression pager(QStringLiteral(R"(^(?:pages?|seiten?|pagina|p\x{00E1}ginas?)\s*:?(?:\s+\d{1,3}){2,}$)"),
                                          QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    if (pager.match(text).hasMatch())
        return true;
    if (text.size() > 20)
        return false;
    static const QRegularExpression counter(
        QStringLiteral(R"(^(?:(?:slide|image|photo|picture|bild|foto)\s+)?(\d{1,3})\s*(?:/|of|von|de|sur)\s*(\d{1,3})$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = counter.match(text);
    if (!m.hasMatch())
        return false;
    const int at = m.captured(1).toInt();
    const int of = m.captured(2).toInt();
    return at >= 1 && of >= 2 && at <= of;
}

// A line the page prints beside its text that is no date stamp: a slide show's counter, a picture's credit or caption
// label ("Photo: AFP", "Crédits photos : …", "Featured image by …"), an article footer, a call to the reader, a notice.
bool isUndatedFurnitureLine(const QString &text)
{
    // Who took the picture, said in a line of its own ("Featured image by Ana Ruiz/The Mill Post.", "Photo by Ali Khan").
    static const QRegularExpression pictureBy(
        QStringLiteral(R"(^(?:(?:featured|cover|header|lead|top)\s+)?(?:image|photo|picture|portrait|illustration)s?\s+(?:by|courtesy of)\s+\S)"),
        QRegularExpression::CaseInsensitiveOption);
    // An account's handle under a platform's name ("Twitter: @MillsBoard", "IG: @mills.pk"): a link to follow, not text.
    static const QRegularExpression handle(
        QStringLiteral(R"(^(?:twitter|x|instagram|ig|facebook|fb|tiktok|threads|mastodon|bluesky|telegram|youtube)\s*:\s*@[\w.]+$)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    if (text.size() <= 60 && text.contains(u'@') && handle.match(text).hasMatch())
        return true;
    return isPictureCounter(text) || (hasAtMostWords(text, kMaxStampWords) && pictureBy.match(text).hasMatch())
        || isFooterCallOrNotice(text) || furnitureKindOf(text) == FurnitureKind::Credit
        || furnitureKindOf(text) == FurnitureKind::Prompt;
}

} // namespace

bool isFurnitureLine(const QString &text)
{
    // A date on a line of its own ("23.10.2018") is the page's stamp or a card's, not a sentence of the text.
    if (hasAtMostWords(text, kMaxStampWords) && std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); })
        && parsePageDateTime(text).isValid())
        return true;
    return isLabelledStamp(text) || isUndatedFurnitureLine(text);
}

namespace {

// The number an ordered list prints for its item: the list's start (<ol start="3">, 1 when it gives none) plus the
// items before it.
int listItemNumber(const GumboNode *item)
{
    const GumboNode *list = item->parent;
    bool ok = false;
    const char *start = attribute(list, "start");
    int number = start ? QString::fromUtf8(start).trimmed().toInt(&ok) : 1;
    if (!ok)
        number = 1;
    const GumboVector &siblings = list->v.element.children;
    for (unsigned i = 0; i < item->index_within_parent && i < siblings.length; ++i)
        number += tagOf(childAt(siblings, i)) == GUMBO_TAG_LI;
    return number;
}

} // namespace

// Most bytes of a line that points onward to another page at the text's end.
constexpr int kMaxPointerBytes = 240;

void readArticleBody(const HtmlBlocks &collected, Article &article, QStringList &warnings)
{
    auto addRelated = [&](const QString &headline) {
        if (!headline.isEmpty() && !article.related.contains(headline))
            article.related.append(headline);
    };
    static const QRegularExpression blankLine(QStringLiteral("\\n\\s*\\n"));
    std::vector<qsizetype> cards; // where story cards' titles were left out of article.blocks
    // A heading over nothing but lines of links at the text's end ("Mehr zum Thema auf …", "Also on …" and a list of
    // dated links): a box of other stories, however the heading words it. An address written out is the text's.
    const auto linksElsewhere = [](const HtmlBlock &b) {
        return b.headingLevel == 0 && !b.isTable && b.linked * 2 > b.visible && b.text.find("://") == std::string::npos
            && b.text.find("www.") == std::string::npos;
    };
    std::size_t end = collected.blocks.size();
    for (;;) {
        std::size_t at = end;
        while (at > 0 && linksElsewhere(collected.blocks[at - 1]))
            --at;
        if (at == end || at == 0 || collected.blocks[at - 1].headingLevel == 0)
            break;
        for (std::size_t i = at; i < end; ++i) {
            if (const GumboNode *link = collected.blocks[i].onlyLink)
                addRelated(textOf(link));
        }
        end = at - 1;
    }
    // The text's last line ending in a link to another page ("… erklären wir in unserem Beitrag <a>iCloud: …</a>",
    // "<a>Hier geht es zur neuen Vorstandsstruktur</a>"): a pointer onward, not the text's words.
    const auto pointsOnward = [](const HtmlBlock &b) {
        if (b.headingLevel != 0 || b.isTable || !b.onlyLink || !isPageLink(b.onlyLink) || b.visible > kMaxPointerBytes
            || b.text.find('\n') != std::string::npos)
            return false;
        // The link closes the line (in quotes at most): a sentence that goes on after its link cites a source.
        const QString link = textOf(b.onlyLink);
        QString text = normalisedText(b.text);
        while (!text.isEmpty() && (text.back().category() == QChar::Punctuation_FinalQuote || text.back() == u'"'
                                   || text.back() == u'\u00BB' || text.back() == u'\u201C' || text.back().isSpace()))
            text.chop(1);
        return countWords(link) >= 2 && text.endsWith(link);
    };
    if (end > 1 && pointsOnward(collected.blocks[end - 1]))
        --end;
    // A list's items (<ul>/<ol> and their <li>s) make one List block: a second block of the item being read goes on
    // in that item; a list nested in an item is a List of its own, and the outer list resumes after it at its next
    // item's number.
    const GumboNode *openList = nullptr;
    const GumboNode *openItem = nullptr;
    // A <ul> of one item (a picture's caption or a lone line, as page builders set them) is a paragraph: a bullet
    // before it would say there are more. (A numbered list's one item keeps its number: lists split around a
    // picture go on counting.)
    const auto loneBullet = [](const GumboNode *item) {
        const GumboNode *list = item->parent;
        if (tagOf(list) != GUMBO_TAG_UL)
            return false;
        int items = 0;
        const GumboVector &children = list->v.element.children;
        for (unsigned i = 0; i < children.length; ++i)
            items += tagOf(childAt(children, i)) == GUMBO_TAG_LI;
        return items == 1;
    };
    const auto addParagraph = [&](const HtmlBlock &block, const QString &text) {
        const GumboNode *item = block.listItem;
        if (!item || loneBullet(item)) {
            article.blocks.append({ArticleBlock::Kind::Paragraph, text, {}, {}});
            return;
        }
        const GumboNode *list = item->parent;
        if (!article.blocks.isEmpty() && article.blocks.last().kind == ArticleBlock::Kind::List && list == openList) {
            article.blocks.last().text += (item == openItem ? u' ' : u'\n') + text;
        } else {
            openList = list;
            article.blocks.append(listBlock({text}, tagOf(list) == GUMBO_TAG_OL, listItemNumber(item)));
        }
        openItem = item;
    };
    for (std::size_t at = 0; at < end; ++at) {
        const HtmlBlock &block = collected.blocks[at];
        if (block.isTable) {
            ArticleBlock table;
            table.kind = ArticleBlock::Kind::Table;
            table.text = normalisedText(block.text);
            // Untitled: the sub-heading right before it is its title ("Top Volumes").
            if (table.text.isEmpty() && !article.blocks.isEmpty() && article.blocks.last().kind == ArticleBlock::Kind::Subheading)
                table.text = article.blocks.takeLast().text;
            for (const auto &row : block.tableRows) {
                QStringList cells;
                for (const std::string &cell : row)
                    cells.append(normalisedText(cell));
                if (table.header.isEmpty())
                    table.header = cells;
                else
                    table.rows.append(cells);
            }
            article.blocks.append(table);
            continue;
        }
        if (block.headingLevel > 0) {
            const QString text = normalisedText(block.text);
            if (QString story = relatedByLead(text); !story.isEmpty() || !(story = storyAfterLabel(block)).isEmpty()) {
                addRelated(story);
                continue;
            }
            // A heading that is wholly a link to another page is a story card's title, not a sub-heading.
            if (block.onlyLink && isPageLink(block.onlyLink) && normalisedText(block.outsideLink).isEmpty()
                && countWords(text) >= 3) {
                addRelated(text);
                cards.push_back(article.blocks.size());
                continue;
            }
            if (!text.isEmpty())
                article.blocks.append({ArticleBlock::Kind::Subheading, text, {}, {}});
            continue;
        }
        // Paragraphs set apart only by <br><br> (text straight in a <div>) are separate paragraphs.
        const auto firstBreak = block.text.find('\n');
        const bool twoBreaks = firstBreak != std::string::npos && block.text.find('\n', firstBreak + 1) != std::string::npos;
        const QStringList pieces = twoBreaks ? QString::fromUtf8(block.text.data(), qsizetype(block.text.size())).split(blankLine, Qt::SkipEmptyParts)
                                             : QStringList();
        if (pieces.size() > 1) {
            // A picture's credit or counter among such lines is left out as anywhere; a date there may head an
            // entry of a diary kept in lines, so it stays.
            for (const QString &piece : pieces) {
                const QString text = normalisedText(piece.toStdString());
                if (!text.isEmpty() && !isUndatedFurnitureLine(text) && !holdsCommentsPart(text))
                    article.blocks.append({ArticleBlock::Kind::Paragraph, text, {}, {}});
            }
            continue;
        }
        const QString text = normalisedText(block.text);
        if (text.isEmpty())
            continue;
        const QString lead = normalisedText(block.outsideLink);
        if (block.onlyLink && ((isStoryLink(block.onlyLink) && isRelatedLead(lead)) || (!lead.isEmpty() && isRelatedLead(lead)))) {
            addRelated(textOf(block.onlyLink));
            continue;
        }
        // A line that is wholly one link and reads as a headline is another story pointed at from the text,
        // on any site: a related story, not the article's words.
        if (block.onlyLink && lead.isEmpty() && !block.boldOnly && isPageLink(block.onlyLink) && looksLikeHeadline(text)
            && countWords(text) >= 3 && !text.endsWith(u':') && !isIntroducedSubItem(block.listItem)) {
            addRelated(text);
            continue;
        }
        if (QString story = relatedByLead(text); !story.isEmpty() || !(story = storyAfterLabel(block)).isEmpty()) {
            addRelated(story);
            continue;
        }
        // "Siehe auch <a>…</a> <a>…</a>", "See also: <a>…</a>, <a>…</a>": a related lead and links to other pages set
        // apart by commas or bars, and nothing else, is a list of other stories.
        if (block.linked > 0 && !block.onlyLink && isRelatedLeadLine(withoutListMarks(normalisedText(block.outsideLink))))
            continue;
        // A word or two that is wholly a link ("Next", "Permalink", "Print recipe") is the page's navigation;
        // an address written out is the text's.
        if (block.onlyLink && lead.isEmpty() && countWords(text) <= 2 && !endsLikeSentence(text)
            && !text.contains(QLatin1String("://")) && !text.startsWith(QLatin1String("www."), Qt::CaseInsensitive))
            continue;
        // The lead read from above the boxes around the column stands first, as the standfirst (the first paragraph
        // keeps its place for the date it may open with).
        if (block.standfirst && article.blocks.isEmpty() && article.summary.isEmpty()) {
            article.summary.append(text);
            continue;
        }
        // A list's item set in bold is an item of the list, not a sub-heading.
        if (!block.listItem && isBoldHeadingLine(block)) {
            article.blocks.append({ArticleBlock::Kind::Subheading, text, {}, {}});
            continue;
        }
        // A post's meta line with its comments' link or state among its parts ("Kommentarfeed | Kommentare geschlossen",
        // "Posted by Asad | 3 Comments") is no sentence of the text.
        if (holdsCommentsPart(text))
            continue;
        if (isFurnitureLine(text))
            continue;
        addParagraph(block, text);
    }
    for (const GumboNode *link : collected.relatedLinks) {
        if (isStoryLink(link))
            addRelated(textOf(link));
    }
    // Steps numbered in boxes of their own ("1" over the first step, "2" over the next): each number goes with its
    // step ("1. Roast the chicken …"), when they count up from 1, two at least.
    numberSteps(article.blocks);
    // A card's date or section label ("06 Aug 2020 // Tips"), a short line that is no sentence right before or
    // after its title, goes with the card.
    const auto isCardLabel = [&](qsizetype i) {
        if (i < 0 || i >= article.blocks.size())
            return false;
        const ArticleBlock &b = article.blocks[i];
        return b.kind == ArticleBlock::Kind::Paragraph && countWords(b.text) <= kMaxCardLabelWords && !endsLikeSentence(b.text);
    };
    for (auto at = cards.rbegin(); at != cards.rend(); ++at) {
        if (isCardLabel(*at))
            article.blocks.remove(*at);
        if (isCardLabel(*at - 1))
            article.blocks.remove(*at - 1);
    }
    // Readers' comments start under their heading ("3 Kommentare", "Leave a Reply"): the text ends there.
    for (qsizetype i = 1; i < article.blocks.size(); ++i) {
        const ArticleBlock &b = article.blocks[i];
        if ((b.kind == ArticleBlock::Kind::Subheading || b.kind == ArticleBlock::Kind::Paragraph
             || (b.kind == ArticleBlock::Kind::List && !b.ordered))
            && opensComments(b.items().constFirst())) {
            article.blocks.resize(i);
            break;
        }
    }
    // A "Related" / "Also read" heading or line between paragraphs heads a link box, not the text ("Veja
    // também:" set in a <div> above the box's list).
    for (qsizetype i = article.blocks.size() - 1; i >= 0; --i) {
        const ArticleBlock &b = article.blocks[i];
        if ((b.kind == ArticleBlock::Kind::Subheading || b.kind == ArticleBlock::Kind::Paragraph) && !b.text.isEmpty()
            && isRelatedLead(b.text))
            article.blocks.remove(i);
    }
    // A heading before the first paragraph is a label over the text ("Fact or Fiction?"), not a sub-heading;
    // a long sentence set as the column's first heading is the lead set large. A heading of a few words right
    // over the first paragraph titles the text under it (the page's sub-title, a section's name): it stays.
    while (!article.blocks.isEmpty() && article.blocks.first().kind == ArticleBlock::Kind::Subheading) {
        const QString &text = article.blocks.first().text;
        const bool lead = article.summary.isEmpty() && readsAsLead(text);
        if (!lead && article.blocks.size() > 1
            && (article.blocks[1].kind == ArticleBlock::Kind::Paragraph || article.blocks[1].kind == ArticleBlock::Kind::List)
            && (countWords(text) >= kMinOpeningHeadingWords || text == kIngredientsHeading))
            break;
        if (lead)
            article.summary.append(text);
        article.blocks.removeFirst();
    }
    // A sub-heading with no paragraph after it heads nothing.
    while (!article.blocks.isEmpty() && article.blocks.last().kind == ArticleBlock::Kind::Subheading) {
        if (readsAsLead(article.blocks.last().text)) {
            article.blocks.last().kind = ArticleBlock::Kind::Paragraph;
            break;
        }
        warnings.append(tr("The line \"%1\" after the last paragraph was not taken as article text.")
                            .arg(article.blocks.last().text));
        article.blocks.removeLast();
    }
    // The lead paragraph starts with the dateline ("KARACHI: ..."); a standfirst may come before it.
    int paragraphsSeen = 0;
    for (const ArticleBlock &b : std::as_const(article.blocks)) {
        if (b.kind != ArticleBlock::Kind::Paragraph)
            continue;
        article.dateline = datelineOf(b.text);
        if (!article.dateline.isEmpty() || ++paragraphsSeen == 2)
            break;
    }
}

const GumboNode *enclosingArticle(const GumboNode *node)
{
    for (const GumboNode *n = node; n; n = n->parent) {
        if (tagOf(n) == GUMBO_TAG_ARTICLE)
            return n;
    }
    return nullptr;
}

} // namespace md
