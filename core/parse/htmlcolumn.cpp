// The body where the page marks none: paragraphs scored by length, commas and links, the way a reader's eye finds
// the column of text (after Readability), then the column's parts gathered in order, with the lead set apart above
// it and the sister boxes that carry its text on; on a thread's page, the opening post.
#include "core/parse/htmlcolumn.h"

#include "core/parse/articlerules.h"
#include "core/parse/htmlbyline.h"
#include "core/parse/htmlmetadata.h"
#include "core/parse/htmlstoryhead.h"
#include "core/parse/sitemarkup.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cstring>

namespace md {
namespace {

using namespace html;

struct BodyScores
{
    QHash<const GumboNode *, double> score;   // paragraphs' weight, shared out to a few ancestors
    QHash<const GumboNode *, qsizetype> text; // text of good paragraphs under each element (and in each)
    // Text of runs straight in boxes (no <p>), apart: a run is also how a claim card or a pull quote prints,
    // so runs count towards the column only on a page whose column has no <p> paragraphs.
    QHash<const GumboNode *, qsizetype> runText;

    qsizetype textIn(const GumboNode *n) const { return text.value(n) + runText.value(n); }
};

constexpr int kMaxClimbLevels = 6;

bool isShareWrapper(const GumboNode *n)
{
    const GumboTag tag = tagOf(n);
    return (tag == GUMBO_TAG_DIV || tag == GUMBO_TAG_SECTION) && anyClassOrIdToken(n, [](std::string_view t) {
               return t.find("share") != std::string_view::npos || t.find("social") != std::string_view::npos;
           });
}

// A paragraph of text: a <p>, or a box the page marks as one (Reuters' divs, sitemarkup.h).
bool isParagraphElement(const GumboNode *n)
{
    if (n->v.element.tag == GUMBO_TAG_P)
        return true;
    const char *testId = attribute(n, "data-testid");
    return testId && std::strncmp(testId, site::kParagraphTestIdPrefix.data(), site::kParagraphTestIdPrefix.size()) == 0;
}

bool isInlineTag(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_A: case GUMBO_TAG_B: case GUMBO_TAG_I: case GUMBO_TAG_EM: case GUMBO_TAG_STRONG: case GUMBO_TAG_U:
    case GUMBO_TAG_SPAN: case GUMBO_TAG_FONT: case GUMBO_TAG_SMALL: case GUMBO_TAG_SUP: case GUMBO_TAG_SUB:
    case GUMBO_TAG_CODE: case GUMBO_TAG_ABBR: case GUMBO_TAG_CITE: case GUMBO_TAG_Q: case GUMBO_TAG_MARK:
    case GUMBO_TAG_TIME: case GUMBO_TAG_S: case GUMBO_TAG_STRIKE: case GUMBO_TAG_DEL: case GUMBO_TAG_INS:
    case GUMBO_TAG_BIG: case GUMBO_TAG_TT: case GUMBO_TAG_KBD: case GUMBO_TAG_VAR: case GUMBO_TAG_DFN:
        return true;
    default:
        return false;
    }
}

// An inline element with nothing but inline elements inside (a <span> that wraps a <p> is a box).
bool holdsPhrasingOnly(const GumboNode *element)
{
    return !anyElementIn(element, [](const GumboNode *n) {
        const GumboTag tag = n->v.element.tag;
        return !isInlineTag(tag) && tag != GUMBO_TAG_BR && tag != GUMBO_TAG_IMG && tag != GUMBO_TAG_WBR;
    });
}

// Text straight in a box, not in a <p> (a blog's post body with lines set apart by <br>, a table cell of
// prose, a chapter's lines each in a <div><span>): the box's own text and its inline children's, and how much
// of it is link text. Empty when the box holds no text of its own worth reading.
QString ownRunText(const GumboNode *n, qsizetype *links, bool *wrapped = nullptr)
{
    const GumboVector &children = n->v.element.children;
    qsizetype direct = 0;
    bool phrasingOnly = true; // a box of phrasing content only (`<div><span>…</span></div>`), as Readability reads a <p>
    for (unsigned i = 0; i < children.length; ++i) {
        const GumboNode *c = childAt(children, i);
        if (c->type == GUMBO_NODE_TEXT)
            direct += normalisedText(c->v.text.text).size();
        else if (isElement(c) && !holdsPhrasingOnly(c))
            phrasingOnly = false;
    }
    if (direct < 10 && !phrasingOnly)
        return {};
    const bool phrasingBox = direct < 10;
    if (wrapped)
        *wrapped = phrasingBox;
    QString run;
    *links = 0;
    for (unsigned i = 0; i < children.length; ++i) {
        const GumboNode *c = childAt(children, i);
        if (c->type == GUMBO_NODE_TEXT) {
            run += normalisedText(c->v.text.text) + u' ';
        } else if (isElement(c) && isInlineTag(c->v.element.tag) && !isPageChrome(c, ChromePolicy::Article)) {
            const QString text = textOf(c);
            run += text + u' ';
            *links += c->v.element.tag == GUMBO_TAG_A ? text.size() : linkTextLength(c);
        }
    }
    run = run.simplified();
    // Text wholly inside inline wrappers is a paragraph when it is long; a short one is a label or a note
    // ("Published in …", a credit in <em>).
    if (phrasingBox && run.size() < 80)
        return {};
    return run;
}

// The boxes whose own text is read as a paragraph (as Readability reads a <div> of phrasing content as a <p>).
bool isRunBox(GumboTag tag)
{
    return tag == GUMBO_TAG_DIV || tag == GUMBO_TAG_SECTION || tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN
        || tag == GUMBO_TAG_TD || tag == GUMBO_TAG_DD || tag == GUMBO_TAG_BLOCKQUOTE || tag == GUMBO_TAG_CENTER
        || tag == GUMBO_TAG_PRE;
}

// A run of text reads as prose, not as a card's title or a credit line: long, or a whole sentence.
bool isProseRun(const QString &run)
{
    return run.size() >= 80 || (run.size() >= kMinParagraphChars && endsLikeSentence(run));
}

void addParagraphScore(BodyScores &scores, const GumboNode *paragraph, const GumboNode *firstHolder, qsizetype chars,
                       int commas)
{
    const double weight = 1.0 + double(commas) + std::min(double(chars) / 100.0, 3.0);
    QHash<const GumboNode *, qsizetype> &text = paragraph == firstHolder ? scores.runText : scores.text;
    if (paragraph != firstHolder)
        text[paragraph] += chars;
    int level = 0;
    for (const GumboNode *a = firstHolder; a && isElement(a); a = a->parent, ++level) {
        text[a] += chars;
        if (level == 0)
            scores.score[a] += weight;
        else if (level == 1)
            scores.score[a] += weight / 2;
        else if (level <= 4)
            scores.score[a] += weight / (level * 3);
    }
}

// Readers' comments: long prose that is never the story, so never the lenient pass's column either. A
// post's taxonomy classes ("category-comment-pieces", "tag-…") and "comments-open" describe the post.
bool isCommentsBox(const GumboNode *n)
{
    return anyClassOrIdToken(n, [](std::string_view t) {
        const auto starts = [&](std::string_view p) { return t.substr(0, p.size()) == p; };
        const auto ends = [&](std::string_view s) { return t.size() >= s.size() && t.substr(t.size() - s.size()) == s; };
        return t.find("comment") != std::string_view::npos && !starts("category-") && !starts("tag-")
            && !ends("-open") && !ends("-closed");
    });
}

BodyScores scoreParagraphs(const GumboNode *root, ChromeNames names, const GumboNode *leftOut = nullptr)
{
    BodyScores scores;
    walk(
        root,
        [&](const GumboNode *n) {
            if (!isElement(n) || n == leftOut)
                return false;
            if (n != root) {
                if (names == ChromeNames::Prune) {
                    // A share bar may wrap the whole story (its buttons beside the text): looked into, never taken.
                    if (isRelatedBox(n) || namesAByline(n) || (isPageChrome(n, ChromePolicy::Article) && !isShareWrapper(n)))
                        return false;
                } else {
                    // The page itself is looked into whatever its class says ("bbccom_outbrain_ar_5" on <body>),
                    // and so is a <form> (ASP.NET pages wrap the whole page in one), but not a form to write a
                    // comment.
                    const GumboTag tag = n->v.element.tag;
                    const bool comments = isCommentsBox(n);
                    if (tag == GUMBO_TAG_FORM && comments)
                        return false;
                    const bool page = tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_FORM;
                    if (!page
                        && (isPageChrome(n, ChromePolicy::Comments) || (names == ChromeNames::Ignore && comments)
                            || tag == GUMBO_TAG_HEADER || tag == GUMBO_TAG_FOOTER))
                        return false;
                }
            }
            if (!isParagraphElement(n)) {
                if (!isRunBox(n->v.element.tag))
                    return true;
                qsizetype links = 0;
                bool phrasingBox = false;
                const QString run = ownRunText(n, &links, &phrasingBox);
                // A box of phrasing content only is a paragraph, its parent the holder, as for a <p>; text
                // straight in a box beside other boxes makes the box itself the holder.
                if (isProseRun(run) && links * 2 <= run.size())
                    addParagraphScore(scores, n, phrasingBox && n->parent ? n->parent : n, run.size(),
                                      int(run.count(u',') + run.count(QChar(0x060C))));
                return !phrasingBox;
            }
            const QString text = textOf(n);
            if (text.size() < kMinParagraphChars)
                return false;
            const qsizetype links = linkTextLength(n);
            if (links * 2 > text.size())
                return false;
            addParagraphScore(scores, n, n->parent, text.size(), int(text.count(u',') + text.count(QChar(0x060C))));
            return false;
        },
        [](const GumboNode *) {});
    return scores;
}

// The element that holds the article's text, or nullptr when no paragraph reads like one. The <body> itself may
// be it, when its own paragraphs (a hand-written page's, straight in it) outscore every box, as Readability reads
// such a page whole; a box of readers' quotes under them is then a part of it, not the column.
const GumboNode *findBodyColumn(const BodyScores &scores, const GumboNode **seed = nullptr)
{
    const GumboNode *best = nullptr;
    double bestScore = 0;
    for (auto it = scores.score.cbegin(); it != scores.score.cend(); ++it) {
        const GumboTag tag = tagOf(it.key());
        if (tag == GUMBO_TAG_HTML)
            continue;
        if (it.value() > bestScore || (it.value() == bestScore && best && it.key() < best)) {
            best = it.key();
            bestScore = it.value();
        }
    }
    if (!best)
        return nullptr;
    if (seed)
        *seed = best;
    // A body split over several boxes (page-builder text widgets, one block per paragraph): climb to the
    // nearest ancestor that adds a good share of paragraphs of its own.
    for (;;) {
        const bool runsOnly = scores.text.value(best) == 0;
        const auto textIn = [&](const GumboNode *n) { return runsOnly ? scores.textIn(n) : scores.text.value(n); };
        const qsizetype own = textIn(best);
        const GumboNode *up = best->parent;
        const GumboNode *found = nullptr;
        for (int level = 0; level < kMaxClimbLevels && up && isElement(up) && tagOf(up) != GUMBO_TAG_BODY; ++level, up = up->parent) {
            if (textIn(up) > own) {
                found = up;
                break;
            }
        }
        if (!found || (textIn(found) - own) * 10 < own * 3)
            break;
        best = found;
    }
    return best;
}

// The longest note about the writer read as one: their photo and name set beside it, linked to their page.
constexpr qsizetype kMaxWritersNoteChars = 500;

// An author's note under the story (their name linked to their page beside a line or two about them) outscores
// a story told mostly in pictures: the box holding the column beside such a link, when the page linked the same
// page before it (the byline), is the note, not the story.
const GumboNode *writersNoteAround(const GumboNode *column, const BodyScores &scores, const GumboNode *root)
{
    if (scores.textIn(column) >= kMaxWritersNoteChars)
        return nullptr;
    const GumboNode *box = column;
    for (int level = 0; level < 3 && box->parent && isElement(box->parent) && tagOf(box->parent) != GUMBO_TAG_BODY;
         ++level, box = box->parent) {
        const GumboVector &siblings = box->parent->v.element.children;
        for (unsigned i = 0; i < box->index_within_parent && i < siblings.length; ++i) {
            const GumboNode *sibling = childAt(siblings, i);
            if (!isElement(sibling) || rawTextLongerThan(sibling, 2000) || textOf(sibling).size() > 80)
                continue;
            QByteArray href;
            anyElementIn(sibling, [&](const GumboNode *n) {
                if (linksToWriterPage(n))
                    href = attribute(n, "href");
                return !href.isEmpty();
            });
            if (href.isEmpty())
                continue;
            bool linkedBefore = false;
            anyElementIn(root, [&](const GumboNode *n) {
                if (n == sibling)
                    return true;
                linkedBefore = tagOf(n) == GUMBO_TAG_A && attribute(n, "href") && href == attribute(n, "href");
                return linkedBefore;
            });
            if (linkedBefore)
                return box;
        }
    }
    return nullptr;
}

// The writer's note left out of a column read around it (the story's box holds it too): its lines, and a heading
// left over them that heads nothing else.
void dropWritersNote(HtmlBlocks &body, const GumboNode *note)
{
    const HtmlBlocks own = collectBlocks(note, ChromePolicy::Article, false);
    std::vector<HtmlBlock> &blocks = body.blocks;
    for (std::size_t i = 0; i < blocks.size();) {
        const bool inNote = std::any_of(own.blocks.begin(), own.blocks.end(), [&](const HtmlBlock &b) { return b.text == blocks[i].text; });
        if (!inNote) {
            ++i;
            continue;
        }
        blocks.erase(blocks.begin() + std::ptrdiff_t(i));
        while (i > 0 && blocks[i - 1].headingLevel > 0 && (i == blocks.size() || blocks[i].headingLevel > 0)) {
            blocks.erase(blocks.begin() + std::ptrdiff_t(i - 1));
            --i;
        }
    }
}

bool isTextTag(GumboTag tag)
{
    return tag == GUMBO_TAG_P || tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL || tag == GUMBO_TAG_BLOCKQUOTE
        || tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_TABLE || tag == GUMBO_TAG_DL;
}

// An italic line pointing at the video or post embedded right after it ("watch a report below").
bool isWhollyItalic(const GumboNode *paragraph);

// "Watch a report below", "video below": a pointer at a player the saved page no longer holds.
bool pointsAtVideo(const QString &text)
{
    static const QRegularExpression pointer(QStringLiteral(R"(\b(?:watch|video)\b.*\bbelow\b)"),
                                            QRegularExpression::CaseInsensitiveOption);
    return countWords(text) <= 25 && pointer.match(text).hasMatch();
}

bool introducesEmbed(const GumboNode *paragraph)
{
    if (tagOf(paragraph) != GUMBO_TAG_P)
        return false;
    const GumboNode *next = nullptr;
    const GumboVector &siblings = paragraph->parent->v.element.children;
    for (unsigned i = paragraph->index_within_parent + 1; i < siblings.length && !next; ++i) {
        if (isElement(childAt(siblings, i)))
            next = childAt(siblings, i);
    }
    if (!next)
        return isWhollyItalic(paragraph) && pointsAtVideo(textOf(paragraph)); // the player was not saved
    // The prescan leaves frames out, so the box's name may be all that is left of the player.
    bool embed = anyClassOrIdToken(next, [](std::string_view t) {
        return t.find("embed") != std::string_view::npos || t.find("video") != std::string_view::npos
            || t.find("player") != std::string_view::npos || t.find("youtube") != std::string_view::npos;
    });
    walk(
        next,
        [&](const GumboNode *n) {
            const GumboTag tag = tagOf(n);
            embed = embed || tag == GUMBO_TAG_IFRAME || tag == GUMBO_TAG_VIDEO || tag == GUMBO_TAG_EMBED || tag == GUMBO_TAG_OBJECT;
            return !embed && isElement(n);
        },
        [](const GumboNode *) {});
    return embed && isWhollyItalic(paragraph);
}

// Wholly in <em>/<i>: the text of the paragraph's only element child is all its text.
bool isWhollyItalic(const GumboNode *paragraph)
{
    const GumboVector &children = paragraph->v.element.children;
    const GumboNode *only = nullptr;
    for (unsigned i = 0; i < children.length; ++i) {
        const GumboNode *c = childAt(children, i);
        if (c->type == GUMBO_NODE_WHITESPACE)
            continue;
        if (only || !isElement(c))
            return false;
        only = c;
    }
    return only && (tagOf(only) == GUMBO_TAG_EM || tagOf(only) == GUMBO_TAG_I);
}

// A list of other stories: two or more headings that are each wholly a link (story cards with excerpts), or a row of
// teasers in a box that holds little else.
// Every link in the element points into the page itself (`#section`): a documentation page's headings link
// back to its table of contents and to their own anchors, not to other stories.
bool linksWithinPage(const GumboNode *element)
{
    return !anyElementIn(element, [](const GumboNode *n) {
        const char *href = n->v.element.tag == GUMBO_TAG_A ? attribute(n, "href") : "#";
        return !href || href[0] != '#';
    });
}

// A teaser of another story: a box of a heading and a line or two, short, whose links (its title, its picture, an
// arrow) all go to one other page, links within the page aside; that page, else empty.
constexpr qsizetype kMaxTeaserChars = 500;
// Teasers of one kind side by side, each to a page of its own: a row of other stories, however their headings are
// linked.
constexpr int kMinTeasersInRow = 3;

std::string_view teaserTarget(const GumboNode *card)
{
    const GumboTag tag = tagOf(card);
    if ((tag != GUMBO_TAG_DIV && tag != GUMBO_TAG_ARTICLE && tag != GUMBO_TAG_LI && tag != GUMBO_TAG_SECTION)
        || rawTextLongerThan(card, 4 * kMaxTeaserChars) || !holdsHeading(card))
        return {};
    std::string_view target;
    bool one = true;
    anyElementIn(card, [&](const GumboNode *n) {
        if (tagOf(n) != GUMBO_TAG_A)
            return false;
        // A link within the page (a label's, a button's) goes nowhere.
        const char *href = attribute(n, "href");
        if (!href || !*href || *href == '#' || std::strncmp(href, "javascript:", 11) == 0)
            return false;
        one = target.empty() || target == href;
        target = href;
        return !one;
    });
    return one && textOf(card).size() <= kMaxTeaserChars ? target : std::string_view();
}

// A box whose children hold a row of three teasers or more of one kind (the same tag and class) side by side. The
// kind is told first, by names alone: most boxes hold no such row, and a teaser's test reads its whole box.
constexpr int kMaxRowGap = 4; // elements of another kind between two teasers of a row (an ad, a spacer)

bool holdsTeaserRow(const GumboNode *row)
{
    const GumboVector &children = row->v.element.children;
    std::vector<const GumboNode *> cards;
    for (unsigned i = 0; i < children.length; ++i) {
        const GumboNode *first = childAt(children, i);
        if (!isElement(first) || !attribute(first, "class"))
            continue;
        cards.assign(1, first);
        int gap = 0;
        for (unsigned j = i + 1; j < children.length && int(cards.size()) < kMinTeasersInRow && gap <= kMaxRowGap; ++j) {
            const GumboNode *next = childAt(children, j);
            if (!isElement(next))
                continue;
            if (sameTagAndClass(next, first))
                cards.push_back(next);
            else
                ++gap;
        }
        if (int(cards.size()) < kMinTeasersInRow)
            continue;
        std::vector<std::string_view> targets;
        for (const GumboNode *card : cards) {
            const std::string_view target = teaserTarget(card);
            if (target.empty() || std::find(targets.begin(), targets.end(), target) != targets.end())
                return false;
            targets.push_back(target);
        }
        return true;
    }
    return false;
}

bool isStoryCardList(const GumboNode *box)
{
    int linkedHeadings = 0;
    const GumboNode *teasers = nullptr;
    walk(
        box,
        [&](const GumboNode *n) {
            if (!isElement(n) || linkedHeadings >= 2 || teasers)
                return false;
            const GumboTag tag = n->v.element.tag;
            if (holdsTeaserRow(n)) {
                teasers = n;
                return false;
            }
            if (tag >= GUMBO_TAG_H2 && tag <= GUMBO_TAG_H6) {
                const qsizetype text = textOf(n).size();
                if (text > 0 && linkTextLength(n) == text && !linksWithinPage(n))
                    ++linkedHeadings;
                return false;
            }
            // Cards in an <aside> or <nav> beside a part of the text (a rail of other stories) are left out
            // with their box; they make no list of the box that holds them.
            return tag != GUMBO_TAG_P && (n == box || (tag != GUMBO_TAG_ASIDE && tag != GUMBO_TAG_NAV));
        },
        [](const GumboNode *) {});
    // The row is the box's text, a heading over it at most: a box that holds the story's text too is the story's.
    return linkedHeadings >= 2 || (teasers && textOf(box).size() - textOf(teasers).size() <= kMaxTeaserChars);
}

// A box that only wraps a block of text (a code listing in `<div class="highlight"><pre>`, a quotation or
// a list in a styling box): one element child after another down to a <pre>, list, quotation or table of
// real text with few links.
bool wrapsTextBlock(const GumboNode *box)
{
    const GumboNode *n = box;
    for (int depth = 0; depth < 4; ++depth) {
        if (isTextTag(n->v.element.tag)) {
            const qsizetype text = textOf(n).size();
            return text >= kMinParagraphChars && linkTextLength(n) * 2 < text;
        }
        const GumboNode *only = onlyElementChild(n);
        if (!only || isPageChrome(only, ChromePolicy::Article))
            return false;
        n = only;
    }
    return false;
}

// A list of sentences (tips, steps, the points of an argument) in a box of the column: at least two items,
// most of them whole sentences or long, with few links. A list of links or of short labels is not one.
bool isProseList(const GumboNode *list)
{
    int items = 0;
    int prose = 0;
    qsizetype text = 0;
    const GumboVector &children = list->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        const GumboNode *item = childAt(children, i);
        if (tagOf(item) != GUMBO_TAG_LI)
            continue;
        const QString line = textOf(item);
        ++items;
        text += line.size();
        prose += line.size() >= 80 || (countWords(line) >= 4 && endsLikeSentence(line));
    }
    return items >= 2 && prose * 2 >= items && text >= 2 * kMinParagraphChars && linkTextLength(list) * 4 < text;
}

bool holdsProseList(const GumboNode *box)
{
    bool found = false;
    walk(
        box,
        [&](const GumboNode *n) {
            if (found || !isElement(n) || (n != box && isPageChrome(n, ChromePolicy::Article)))
                return false;
            const GumboTag tag = tagOf(n);
            if (tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL) {
                found = isProseList(n);
                return false;
            }
            return true;
        },
        [](const GumboNode *) {});
    return found;
}

// A box of the same tag and class as one that holds the column's paragraphs (a chapter set one line to a box, a
// how-to's steps each in a box of one class) that holds a line too short to score, a whole sentence ("He didn't
// think so."), or a list (the things a how-to needs), with no link: the text goes on in it. A label (`-
// Advertisement -`) is no sentence.
// A line of a list set one line to a box: a dash or a bullet, then words ("– Rituals of healing"); a label between
// dashes ("- Advertisement -") is none.
bool isMarkedListLine(const QString &text)
{
    static const QRegularExpression marked(QStringLiteral(R"(^[\x{2013}\x{2014}\x{2022}\-*]\s+\w.*[^\s\x{2013}\x{2014}\-]$)"),
                                           QRegularExpression::UseUnicodePropertiesOption);
    return marked.match(text).hasMatch();
}

bool isShortPartOfRow(const GumboNode *box, const std::vector<const GumboNode *> &textBoxes, const GumboNode *next)
{
    const auto sameKindAsText = [&](const GumboNode *b) {
        return std::any_of(textBoxes.begin(), textBoxes.end(), [&](const GumboNode *t) { return sameTagAndClass(t, b, true); });
    };
    if (!sameKindAsText(box) || linkTextLength(box) > 0)
        return false;
    const QString text = textOf(box);
    if (text.isEmpty())
        return false;
    // The list's lines, and the label in a colon that opens them ("What the board agreed:").
    if (isMarkedListLine(text)
        || (text.endsWith(u':') && next && sameKindAsText(next) && linkTextLength(next) == 0 && isMarkedListLine(textOf(next))))
        return true;
    // A list of things, two items of text or more (an empty list of avatars under "12 bloggers like this:" is none).
    const bool list = anyElementIn(box, [](const GumboNode *n) {
        if (n->v.element.tag != GUMBO_TAG_UL && n->v.element.tag != GUMBO_TAG_OL)
            return false;
        int items = 0;
        const GumboVector &children = n->v.element.children;
        for (unsigned i = 0; i < children.length && items < 2; ++i)
            items += tagOf(childAt(children, i)) == GUMBO_TAG_LI && !textOf(childAt(children, i)).isEmpty();
        return items >= 2;
    });
    // A sentence, not a label ending in a colon.
    return list || (countWords(text) >= 3 && endsLikeSentence(text) && !text.endsWith(u':'));
}

// Phrasing set straight in the column between its paragraphs, outside any <p> (`<em>Disclaimer: the sizes …
// differ.</em>` after a table): a paragraph all the same when it is a whole sentence of eight words or more with
// few links, as Readability wraps such phrasing in a <p>.
// A whole sentence of eight words or more: what a lead printed straight in its box, a loose line of phrasing
// and each paragraph of a story's part in another page row must be to count as the story's text.
constexpr int kMinWholeSentenceWords = 8;

bool isWholeSentence(const QString &text)
{
    return countWords(text) >= kMinWholeSentenceWords && endsLikeSentence(text);
}

bool isLooseSentence(const GumboNode *child)
{
    if (!isInlineTag(child->v.element.tag) || !holdsPhrasingOnly(child))
        return false;
    const QString text = textOf(child);
    return isWholeSentence(text) && !text.endsWith(u':')
        && linkTextLength(child) * 4 < text.size();
}

// Microdata's item for the story's author: `itemprop="author"` (or `creator`) with `itemscope` on the box itself.
bool isAuthorItem(const GumboNode *box)
{
    const char *prop = attribute(box, "itemprop");
    return prop && attribute(box, "itemscope") && (html::hasWord(prop, "author") || html::hasWord(prop, "creator"));
}

// The writer's card: a box that holds the writer's picture (an element named "avatar": "cbx-Author_AvatarContainer",
// "author-avatar") and a few words beside it, the name and a role ("Redakteur in der Wirtschaft.", "Artikel
// Redaktion Eurailpress"), with no paragraph of more than a role's words. Never the text, wherever the page sets it.
bool isWritersCard(const GumboNode *box)
{
    constexpr qsizetype kMaxCardChars = 300;
    if (isTextTag(box->v.element.tag) || isHeadingTag(box->v.element.tag))
        return false;
    const bool avatar = anyElementIn(box, [](const GumboNode *n) {
        return anyClassOrIdToken(n, [](std::string_view t) { return t.find("avatar") != std::string_view::npos; });
    });
    // A reader's or a reviewer's words beside their picture (a review's paragraph of more than twelve words, a line of
    // a chat) are text; a role is shorter ("Redakteur in der Wirtschaft der Frankfurter Allgemeinen Sonntagszeitung.").
    constexpr int kMaxRoleWords = 12;
    if (!avatar || textOf(box).size() > kMaxCardChars)
        return false;
    // A card the microdata marks as the story's author (`itemprop="author" itemscope`, as an author-box plugin prints
    // it) is the writer's, however many words its description has: a reader's words are never the author's item.
    return isAuthorItem(box)
        || !anyElementIn(box, [](const GumboNode *n) { return tagOf(n) == GUMBO_TAG_P && countWords(textOf(n)) > kMaxRoleWords; });
}

// The column's parts in order: those holding paragraphs or lists of sentences, and headings or tables between
// them. Boxes with no paragraph of their own (ads, cards, share bars, widgets) are left out.
HtmlBlocks gatherBody(const GumboNode *column, const BodyScores &scores, bool inListBox = false)
{
    HtmlBlocks out;
    std::vector<HtmlBlock> pending; // headings and tables waiting for the text that follows them
    auto append = [&](HtmlBlocks part, bool isContent) {
        if (isContent) {
            for (HtmlBlock &b : pending)
                out.blocks.push_back(std::move(b));
            pending.clear();
            for (HtmlBlock &b : part.blocks)
                out.blocks.push_back(std::move(b));
        } else {
            for (HtmlBlock &b : part.blocks)
                pending.push_back(std::move(b));
        }
        out.relatedLinks.insert(out.relatedLinks.end(), part.relatedLinks.begin(), part.relatedLinks.end());
    };
    const GumboVector &children = column->v.element.children;
    // Text straight in the column (lines set apart by <br>): the column is read whole, as it stands.
    for (unsigned i = 0; i < children.length; ++i) {
        const GumboNode *child = childAt(children, i);
        if (child->type == GUMBO_NODE_TEXT && normalisedText(child->v.text.text).size() >= kMinParagraphChars)
            return collectBlocks(column, ChromePolicy::Article, false);
    }
    std::vector<const GumboNode *> textBoxes; // the children that hold scored paragraphs, by their kind
    for (unsigned i = 0; i < children.length; ++i) {
        const GumboNode *child = childAt(children, i);
        if (isElement(child) && !isTextTag(child->v.element.tag) && scores.textIn(child) > 0)
            textBoxes.push_back(child);
    }
    for (unsigned i = 0; i < children.length; ++i) {
        const GumboNode *child = childAt(children, i);
        if (!isElement(child))
            continue;
        if (isRelatedBox(child)) {
            walk(
                child,
                [&](const GumboNode *n) {
                    if (tagOf(n) == GUMBO_TAG_A) {
                        out.relatedLinks.push_back(n);
                        return false;
                    }
                    return isElement(n);
                },
                [](const GumboNode *) {});
            continue;
        }
        if (namesAByline(child) || isWritersCard(child))
            continue; // the writer's name and role, however the box lists them
        if (isLoneStoryCard(child))
            continue; // another story's teaser set in the text
        if (isPageChrome(child, ChromePolicy::Article)) {
            // A box that holds most of the column's text is the story whatever its name says ("entry__content
            // paywall-container", an ASP.NET page's one <form>): looked into, its own chrome still left out.
            const bool holdsMost = scores.textIn(child) * 2 > scores.textIn(column) && !isPageChrome(child, ChromePolicy::Comments);
            const bool pageForm = tagOf(child) == GUMBO_TAG_FORM && scores.textIn(child) * 2 > scores.textIn(column);
            if (holdsMost || pageForm)
                append(gatherBody(child, scores), true);
            continue;
        }
        const GumboTag tag = child->v.element.tag;
        if (introducesEmbed(child))
            continue;
        if ((scores.textIn(child) > 0 && (isTextTag(tag) || !isStoryCardList(child))) || isTextTag(tag) || wrapsTextBlock(child)) {
            append(collectBlocks(child, ChromePolicy::Article, false), true);
            continue;
        }
        // A box around a list of sentences is read part by part: its parts of text (the steps, the ingredients,
        // the times), not the table of contents beside them.
        if (!isStoryCardList(child) && !inListBox && holdsProseList(child)) {
            append(gatherBody(child, scores, true), true);
            continue;
        }
        if (inListBox && !isStoryCardList(child)) {
            const qsizetype text = textOf(child).size();
            if (text > 0 && linkTextLength(child) * 2 <= text)
                append(collectBlocks(child, ChromePolicy::Article, false), true);
            continue;
        }
        const GumboNode *next = nullptr;
        for (unsigned j = i + 1; j < children.length && !next; ++j)
            next = isElement(childAt(children, j)) ? childAt(children, j) : nullptr;
        if (isShortPartOfRow(child, textBoxes, next) || isLooseSentence(child)) {
            append(collectBlocks(child, ChromePolicy::Article, false), true);
            continue;
        }
        HtmlBlocks part = collectBlocks(child, ChromePolicy::Article, false);
        // A short bold line in a box of its own ("1. Choose the right pot") heads the text after it, as a heading.
        const bool headingOrTable = std::all_of(part.blocks.begin(), part.blocks.end(), [](const HtmlBlock &b) {
            return b.headingLevel > 0 || b.isTable || isBoldHeadingLine(b);
        });
        if (!part.blocks.empty() && headingOrTable && part.blocks.size() <= 2)
            append(std::move(part), false);
    }
    return out;
}

// A box of labelled lines ("<b>Claim:</b> …", "<strong>Verdict:</strong> …"): a fact-check's claim box or a
// summary card, not the story's lead.
bool holdsLabelledLines(const GumboNode *box)
{
    bool labelled = false;
    walk(
        box,
        [&](const GumboNode *n) {
            if (labelled || !isElement(n))
                return false;
            const GumboTag tag = n->v.element.tag;
            if (tag == GUMBO_TAG_STRONG || tag == GUMBO_TAG_B) {
                const QString label = textOf(n);
                labelled = label.endsWith(u':') && countWords(label) <= 4;
                return false;
            }
            return true;
        },
        [](const GumboNode *) {});
    return labelled;
}

// The link text of a box, leaving out its chrome and related stories (a rail of other stories' cards beside the
// text is not the text's links).
qsizetype linkTextOutsideChrome(const GumboNode *box)
{
    return linkTextLengthOutside(
        box, [box](const GumboNode *n) { return n != box && (isRelatedBox(n) || isPageChrome(n, ChromePolicy::Article)); });
}

// A sister box of the column's own kind (the same tag and class: a document paged into `<pre
// class="newpage">` boxes) that holds text with few links carries the text on, however it scores.
bool isSisterBox(const GumboNode *sibling, const GumboNode *column, const BodyScores &scores)
{
    return sameTagAndClass(sibling, column) && scores.textIn(sibling) > 0
        && linkTextOutsideChrome(sibling) * 4 < scores.textIn(sibling);
}

// A box beside the column with nothing of the story in it: chrome, related stories, or no scored text and no
// heading outside its chrome (a rail of ads and other stories' cards, whose cards' headings are in an <aside>).
bool isBesideTheText(const GumboNode *box, const BodyScores &scores)
{
    if (isRelatedBox(box) || isPageChrome(box, ChromePolicy::Article))
        return true;
    if (scores.textIn(box) > 0)
        return false;
    bool heading = false;
    walk(
        box,
        [&](const GumboNode *n) {
            if (heading || !isElement(n))
                return false;
            if (n != box && (isRelatedBox(n) || isPageChrome(n, ChromePolicy::Article)))
                return false;
            heading = isHeadingTag(n->v.element.tag);
            return !heading;
        },
        [](const GumboNode *) {});
    return !heading;
}

// The box the column sits alone in (beside boxes with nothing of the story: a rail of ads), when the page sets
// its text in a row of such boxes (a page builder's "paragraph paragraph--text" boxes between its image boxes;
// a story cut by an ad into two wrappers, each with its rail); else nullptr.
const GumboNode *loneWrapperOf(const GumboNode *column, const BodyScores &scores)
{
    const GumboNode *wrapper = column->parent;
    if (!wrapper || !isElement(wrapper) || tagOf(wrapper) == GUMBO_TAG_BODY || tagOf(wrapper) == GUMBO_TAG_HTML)
        return nullptr;
    if (onlyElementChild(wrapper) == column)
        return wrapper;
    const GumboVector &children = wrapper->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        const GumboNode *child = childAt(children, i);
        if (isElement(child) && child != column && !isBesideTheText(child, scores))
            return nullptr;
    }
    return wrapper;
}

// A lead printed straight in its box, with no <p> (`<div class="perex">Three wins in a row …</div>`): the length
// of its text when that is a whole sentence of eight words or more with few links, else 0.
qsizetype leadRunLength(const GumboNode *box)
{
    if (!isRunBox(box->v.element.tag))
        return 0;
    qsizetype links = 0;
    const QString run = ownRunText(box, &links);
    return isWholeSentence(run) && links * 5 < run.size() ? run.size() : 0;
}

// The column's siblings that carry on its text, as Readability joins them: boxes that score a good part of the
// column's score, and paragraphs of plain prose between them (a story split by an ad slot or a pull quote
// into two boxes; the first paragraph set apart from the rest).
// A plain box after the column (a `<div>` with no class or id: a named one is an author's note, a widget) that holds
// text with no block in it, a whole sentence of eight words or more with under a quarter of links: a paragraph the
// page set without its tag, as Readability reads it.
bool isBareParagraphAfter(const GumboNode *box, const GumboNode *column)
{
    if (tagOf(box) != GUMBO_TAG_DIV || box->parent != column->parent || box->index_within_parent < column->index_within_parent
        || attribute(box, "class") || attribute(box, "id"))
        return false;
    const GumboVector &children = box->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        const GumboNode *child = childAt(children, i);
        if (isElement(child) && !(isInlineTag(child->v.element.tag) && holdsPhrasingOnly(child)) && tagOf(child) != GUMBO_TAG_BR)
            return false;
    }
    const QString text = textOf(box);
    return isWholeSentence(text) && linkTextLength(box) * 4 < text.size();
}

bool continuesColumn(const GumboNode *sibling, const GumboNode *column, const BodyScores &scores, ChromeNames names,
                     bool leadPlace)
{
    // The text's next parts folded away in boxes of the column's own kind (a gallery's next slides): paragraphs of
    // whole sentences with few links, not a tab of names and figures.
    if (isFoldOf(sibling, column)) {
        return linkTextLength(sibling) * 4 < textOf(sibling).size() && anyElementIn(sibling, [](const GumboNode *n) {
                   return n->v.element.tag == GUMBO_TAG_P && isWholeSentence(textOf(n));
               });
    }
    if (isRelatedBox(sibling) || (names == ChromeNames::Prune && isPageChrome(sibling, ChromePolicy::Article))
        || (names != ChromeNames::Prune && isPageChrome(sibling, ChromePolicy::Comments)))
        return false;
    // The lead set apart in its own box just above the column ("intro", "leader", "lead"): prose paragraphs
    // with few links, shorter than the column.
    if (leadPlace && !isParagraphElement(sibling)) {
        const qsizetype text = scores.text.value(sibling) > 0 ? scores.text.value(sibling) : leadRunLength(sibling);
        if (text >= 60 && text < scores.text.value(column) && linkTextLength(sibling) * 5 < text && !isStoryCardList(sibling)
            && !holdsLabelledLines(sibling))
            return true;
    }
    if (isSisterBox(sibling, column, scores))
        return true;
    const double columnScore = scores.score.value(column);
    const double threshold = std::max(10.0, columnScore * 0.2);
    if (scores.score.value(sibling) >= threshold && scores.text.value(sibling) > 0 && !isStoryCardList(sibling))
        return true;
    if (!isParagraphElement(sibling))
        return isBareParagraphAfter(sibling, column);
    const QString text = textOf(sibling);
    const qsizetype links = linkTextLength(sibling);
    if (text.size() >= 80)
        return links * 4 < text.size();
    return text.size() >= kMinParagraphChars && links == 0 && endsLikeSentence(text);
}

// Between the lead and the column a page may set an ad slot, a gallery or an aside of cards (the standfirst, a
// slider of photos, then the text): chrome, or boxes the scorer found no paragraph in that head nothing. The
// story's head (a heading, a <header>, a box that holds its title and byline) ends the look: the lead is never
// above it.
constexpr int kMaxBoxesPastLead = 3;

bool isStoryHeadTag(GumboTag tag)
{
    return isHeadingTag(tag) || tag == GUMBO_TAG_HEADER;
}

bool holdsSentence(const GumboNode *box)
{
    return leadRunLength(box) > 0 || anyElementIn(box, [](const GumboNode *n) {
        if (n->v.element.tag != GUMBO_TAG_P)
            return false;
        const QString text = textOf(n);
        return isWholeSentence(text);
    });
}

bool holdsNothingToRead(const GumboNode *box, const BodyScores &scores)
{
    if (isStoryHeadTag(box->v.element.tag))
        return false;
    if (isRelatedBox(box) || isPageChrome(box, ChromePolicy::Article))
        return true;
    return scores.textIn(box) == 0 && !holdsHeading(box);
}

// Only the box right before the column may be its lead, past boxes with nothing to read between them; boxes
// further up are the page's head and cards.
const GumboNode *leadPlaceBefore(const GumboNode *box, const BodyScores &scores)
{
    const GumboVector &siblings = box->parent->v.element.children;
    int skipped = 0;
    for (unsigned i = box->index_within_parent; i-- > 0;) {
        const GumboNode *sibling = childAt(siblings, i);
        if (!isElement(sibling))
            continue;
        if (skipped < kMaxBoxesPastLead && holdsNothingToRead(sibling, scores)) {
            ++skipped;
            continue;
        }
        // Past other boxes, the lead must read as one: not the story's head, and a whole sentence (not the
        // dates and names of a meta line).
        const bool lead = skipped == 0
            || (!isStoryHeadTag(sibling->v.element.tag) && !holdsHeading(sibling) && holdsSentence(sibling));
        return lead ? sibling : nullptr;
    }
    return nullptr;
}

// The column alone in its box, and that box alone in its own, up a few levels (`<section><div><div>column`): the
// outermost such box, whose place the lead sits before; the column itself when it has sisters.
constexpr int kMaxLoneWrapperLevels = 3;

const GumboNode *outermostLoneBox(const GumboNode *column)
{
    const GumboNode *top = column;
    for (int level = 0; level < kMaxLoneWrapperLevels; ++level) {
        const GumboNode *up = top->parent;
        if (!up || !isElement(up) || tagOf(up) == GUMBO_TAG_BODY || tagOf(up) == GUMBO_TAG_HTML || onlyElementChild(up) != top)
            break;
        top = up;
    }
    return top;
}

// A thread's page (a forum topic, a question and its answers): every post sits in a box named like a comment
// and the column holding them is not a comments section itself. The opening post is the box named like a
// comment around the column's first paragraph; nullptr when the column is readers' comments under a story.
const GumboNode *openingPost(const GumboNode *column, const BodyScores &scores)
{
    for (const GumboNode *up = column; up && isElement(up); up = up->parent) {
        if (isCommentsBox(up))
            return nullptr;
    }
    // Down the first child holding good text, to the first paragraph.
    const GumboNode *first = column;
    for (bool deeper = true; deeper;) {
        deeper = false;
        const GumboVector &children = first->v.element.children;
        for (unsigned i = 0; i < children.length; ++i) {
            const GumboNode *child = childAt(children, i);
            if (isElement(child) && scores.textIn(child) > 0) {
                first = child;
                deeper = true;
                break;
            }
        }
    }
    const GumboNode *post = nullptr;
    for (const GumboNode *up = first; up && up != column; up = up->parent) {
        if (isCommentsBox(up))
            post = up;
    }
    return post;
}

// The box inside a post holding all of its text: the poster's name, the time and the vote buttons are beside it.
const GumboNode *postText(const GumboNode *post, const BodyScores &scores)
{
    const GumboNode *text = post;
    for (;;) {
        const GumboNode *inner = nullptr;
        const GumboVector &children = text->v.element.children;
        for (unsigned i = 0; i < children.length && !inner; ++i) {
            const GumboNode *child = childAt(children, i);
            if (isElement(child) && scores.textIn(child) == scores.textIn(text))
                inner = child;
        }
        if (!inner || isParagraphElement(inner))
            return text;
        text = inner;
    }
}

// An endless scroll: the page strings whole stories one after another, each in a box of one kind (the same tag
// and class) holding its <article> with its own <h1>, and text; the next stories were loaded under the page's own.
// The first such box when the column is a later one or holds the row, else nullptr.
constexpr int kMaxStoryBoxLevels = 6;

bool holdsStory(const GumboNode *box)
{
    return anyElementIn(box, [](const GumboNode *n) {
        return tagOf(n) == GUMBO_TAG_ARTICLE && anyElementIn(n, [](const GumboNode *h) { return tagOf(h) == GUMBO_TAG_H1; });
    });
}

const GumboNode *firstStoryOfScroll(const GumboNode *column, const BodyScores &scores)
{
    const auto isStory = [&](const GumboNode *n) { return isElement(n) && scores.textIn(n) > 0 && holdsStory(n); };
    // The column holding the row of stories.
    const GumboVector &children = column->v.element.children;
    const GumboNode *first = nullptr;
    for (unsigned i = 0; i < children.length; ++i) {
        const GumboNode *child = childAt(children, i);
        if (!first) {
            if (isStory(child))
                first = child;
        } else if (sameTagAndClass(child, first) && isStory(child)) {
            return first;
        }
    }
    // The column in a later story than the first.
    const GumboNode *box = column;
    for (int level = 0; level < kMaxStoryBoxLevels; ++level, box = box->parent) {
        const GumboNode *parent = box->parent;
        if (!parent || !isElement(parent) || tagOf(box) == GUMBO_TAG_BODY)
            return nullptr;
        const GumboVector &siblings = parent->v.element.children;
        for (unsigned i = 0; i < box->index_within_parent; ++i) {
            const GumboNode *sibling = childAt(siblings, i);
            if (sameTagAndClass(sibling, box) && isStory(sibling))
                return holdsStory(box) ? sibling : nullptr;
        }
    }
    return nullptr;
}

// A story cut into page rows (a full-width ad, a photo row between): its later or earlier part sits in a box of
// the column's own tag and class in a row beside the column's, up a few levels. A row is read as the story's
// when all its scored text is in such boxes, each two paragraphs of prose or more with few links and no list of
// story cards; rows with nothing to read between (ads, figures, empty columns) are passed; a row of related
// stories, comments or a footer, or a row of other text (a heading, a box of another kind) ends the look.
constexpr int kMaxRowLevels = 8;

bool endsTheStory(const GumboNode *row)
{
    return tagOf(row) == GUMBO_TAG_FOOTER || isRelatedBox(row) || isCommentsBox(row);
}

// Paragraphs of prose in a box: whole sentences of eight words or more, few of them links.
constexpr int kMinPartParagraphs = 2;

int proseParagraphs(const GumboNode *box)
{
    int count = 0;
    walk(
        box,
        [&](const GumboNode *n) {
            if (!isElement(n) || (n != box && isPageChrome(n, ChromePolicy::Article)))
                return false;
            if (!isParagraphElement(n))
                return true;
            const QString text = textOf(n);
            count += isWholeSentence(text) && linkTextLength(n) * 4 < text.size();
            return false;
        },
        [](const GumboNode *) {});
    return count;
}

// The boxes of the column's kind in a row holding all its scored text, in order; empty when the row holds
// other text, or a part that does not read as the story's.
std::vector<const GumboNode *> partsInRow(const GumboNode *row, const GumboNode *column, const BodyScores &scores)
{
    std::vector<const GumboNode *> parts;
    qsizetype text = 0;
    bool clean = true;
    walk(
        row,
        [&](const GumboNode *n) {
            if (!clean || !isElement(n) || scores.textIn(n) == 0)
                return false;
            if (n != row && endsTheStory(n)) {
                clean = false;
                return false;
            }
            if (!sameTagAndClass(n, column))
                return true;
            const qsizetype own = scores.textIn(n);
            if (proseParagraphs(n) < kMinPartParagraphs || linkTextOutsideChrome(n) * 4 >= own || isStoryCardList(n))
                clean = false;
            parts.push_back(n);
            text += own;
            return false;
        },
        [](const GumboNode *) {});
    if (!clean || text < scores.textIn(row))
        parts.clear();
    return parts;
}

// Rows beside the column's own, outward from it on one side (step -1 before it, +1 after it), until one ends the
// look. The sisters of the column's lone wrapper (`wrapper`, or nullptr) are read already, and passed.
void gatherRowParts(const GumboNode *own, int step, const GumboNode *column, const GumboNode *wrapper, const BodyScores &scores,
                    std::vector<const GumboNode *> &out)
{
    const GumboVector &siblings = own->parent->v.element.children;
    for (int i = int(own->index_within_parent) + step; i >= 0 && i < int(siblings.length); i += step) {
        const GumboNode *row = childAt(siblings, unsigned(i));
        if (!isElement(row) || (wrapper && isSisterBox(row, wrapper, scores)))
            continue;
        if (endsTheStory(row))
            return;
        if (isPageChrome(row, ChromePolicy::Article) || (scores.textIn(row) == 0 && !holdsHeading(row)))
            continue;
        std::vector<const GumboNode *> parts = partsInRow(row, column, scores);
        if (parts.empty())
            return;
        out.insert(out.end(), parts.begin(), parts.end());
    }
}

} // namespace

// A bold line of a few words that does not end like a sentence: a sub-heading set in bold.
constexpr int kMaxBoldSubheadingWords = 12;

bool isBoldHeadingLine(const HtmlBlock &b)
{
    if (!b.boldOnly)
        return false;
    const QString text = normalisedText(b.text);
    return !endsLikeSentence(text) && countWords(text) <= kMaxBoldSubheadingWords;
}

void appendBlocks(HtmlBlocks &to, HtmlBlocks &&part)
{
    for (HtmlBlock &b : part.blocks)
        to.blocks.push_back(std::move(b));
    to.relatedLinks.insert(to.relatedLinks.end(), part.relatedLinks.begin(), part.relatedLinks.end());
}

BodyChoice scoredBody(const GumboNode *root, ChromeNames names)
{
    BodyScores scores = scoreParagraphs(root, names);
    BodyChoice choice;
    const GumboNode *seed = nullptr;
    choice.container = findBodyColumn(scores, &seed);
    if (!choice.container)
        return choice;
    // The writer's note taken for the column (or the paragraphs it climbed from): the story's column is the best
    // one before it, read without the note (the story's box may hold it).
    const GumboNode *note = writersNoteAround(seed, scores, root);
    if (note) {
        BodyScores without = scoreParagraphs(root, names, note);
        const GumboNode *story = findBodyColumn(without);
        if (story && story->v.element.start_pos.offset < note->v.element.start_pos.offset) {
            scores = std::move(without);
            choice.container = story;
        } else {
            note = nullptr;
        }
    }
    // The column in a later story of an endless scroll: the page's story is the first, its column looked for in it.
    if (const GumboNode *first = firstStoryOfScroll(choice.container, scores)) {
        scores = scoreParagraphs(first, names);
        choice.container = findBodyColumn(scores);
        if (!choice.container)
            return choice;
    }
    choice.source = names == ChromeNames::Prune ? "scored" : "scored-lenient";
    // The last pass, the column's text all in boxes named like comments: a thread's opening post is its story,
    // read from the box holding its paragraphs (its poster's name and the vote buttons left out), the replies
    // left out.
    if (names == ChromeNames::IgnoreAll) {
        if (const GumboNode *post = openingPost(choice.container, scores)) {
            choice.container = post;
            choice.blocks = collectBlocks(postText(post, scores), ChromePolicy::Comments, false);
            choice.source = kOpeningPost;
            return choice;
        }
    }
    const GumboNode *parent = choice.container->parent;
    if (!parent || !isElement(parent)) {
        choice.blocks = gatherBody(choice.container, scores);
        return choice;
    }
    const GumboVector &siblings = parent->v.element.children;
    const GumboNode *previous = leadPlaceBefore(choice.container, scores);
    bool beforeColumn = true;
    // A sub-heading between the column and a box that carries its text on ("Outlook" over the story's last
    // paragraphs) heads that text; one over boxes that do not (other stories) heads nothing of it.
    const GumboNode *heading = nullptr;
    for (unsigned i = 0; i < siblings.length; ++i) {
        const GumboNode *sibling = childAt(siblings, i);
        if (!isElement(sibling))
            continue;
        HtmlBlocks part;
        if (sibling == choice.container) {
            part = gatherBody(sibling, scores);
            beforeColumn = false;
        } else if (continuesColumn(sibling, choice.container, scores, names, beforeColumn && sibling == previous)) {
            if (heading)
                part = collectBlocks(heading, ChromePolicy::Article, false);
            HtmlBlocks text = isParagraphElement(sibling) ? collectBlocks(sibling, ChromePolicy::Article, false) : gatherBody(sibling, scores);
            appendBlocks(part, std::move(text));
            heading = nullptr;
        } else {
            const GumboTag tag = tagOf(sibling);
            if (!beforeColumn && tag >= GUMBO_TAG_H2 && tag <= GUMBO_TAG_H6 && !isPageChrome(sibling, ChromePolicy::Article))
                heading = sibling;
            else if (heading && rawTextLongerThan(sibling, kMinParagraphChars))
                heading = nullptr;
            continue;
        }
        for (HtmlBlock &b : part.blocks)
            choice.blocks.blocks.push_back(std::move(b));
        choice.blocks.relatedLinks.insert(choice.blocks.relatedLinks.end(), part.relatedLinks.begin(), part.relatedLinks.end());
    }
    bool hasStandfirst = false;
    // The lead set apart above the boxes the column sits alone in (`<div><p class="lead">…</p></div><section><div>
    // <div>column`): read before the column when it reads as the lead would beside it.
    if (const GumboNode *top = outermostLoneBox(choice.container); top != choice.container && top->parent && isElement(top->parent)) {
        const GumboNode *lead = leadPlaceBefore(top, scores);
        const GumboNode *wrapper = loneWrapperOf(choice.container, scores); // its sisters are read below
        if (lead && continuesColumn(lead, choice.container, scores, names, true)
            && !(wrapper && isSisterBox(lead, wrapper, scores))) {
            HtmlBlocks before = isParagraphElement(lead) ? collectBlocks(lead, ChromePolicy::Article, false) : gatherBody(lead, scores);
            for (HtmlBlock &b : before.blocks)
                b.standfirst = true;
            appendBlocks(before, std::move(choice.blocks));
            choice.blocks = std::move(before);
            hasStandfirst = true;
        }
    }
    // The column alone in its box, the box one of a row of sisters: the sisters' text is the story's too, in
    // order.
    if (const GumboNode *wrapper = loneWrapperOf(choice.container, scores); wrapper && wrapper->parent && isElement(wrapper->parent)) {
        HtmlBlocks before;
        HtmlBlocks after;
        bool seen = false;
        const GumboVector &row = wrapper->parent->v.element.children;
        for (unsigned i = 0; i < row.length; ++i) {
            const GumboNode *sister = childAt(row, i);
            if (sister == wrapper)
                seen = true;
            else if (isElement(sister) && isSisterBox(sister, wrapper, scores))
                appendBlocks(seen ? after : before, gatherBody(sister, scores));
        }
        if (!before.blocks.empty() || !after.blocks.empty()) {
            appendBlocks(before, std::move(choice.blocks));
            appendBlocks(before, std::move(after));
            choice.blocks = std::move(before);
        }
    }
    // The story cut into page rows: its parts in rows beside the column's, up a few levels, in order; none
    // before a standfirst found above, where the story starts.
    if (attribute(choice.container, "class") && *attribute(choice.container, "class")) {
        const GumboNode *wrapper = loneWrapperOf(choice.container, scores);
        std::vector<const GumboNode *> before;
        std::vector<const GumboNode *> after;
        const GumboNode *own = choice.container->parent;
        for (int level = 0; level < kMaxRowLevels && own && isElement(own) && own->parent && isElement(own->parent)
             && tagOf(own) != GUMBO_TAG_BODY && !endsTheStory(own);
             ++level, own = own->parent) {
            std::vector<const GumboNode *> earlier;
            if (!hasStandfirst)
                gatherRowParts(own, -1, choice.container, wrapper, scores, earlier);
            before.insert(before.begin(), earlier.rbegin(), earlier.rend());
            gatherRowParts(own, 1, choice.container, wrapper, scores, after);
        }
        if (!before.empty() || !after.empty()) {
            HtmlBlocks whole;
            for (const GumboNode *part : before)
                appendBlocks(whole, gatherBody(part, scores));
            appendBlocks(whole, std::move(choice.blocks));
            for (const GumboNode *part : after)
                appendBlocks(whole, gatherBody(part, scores));
            choice.blocks = std::move(whole);
        }
    }
    if (note)
        dropWritersNote(choice.blocks, note);
    return choice;
}

} // namespace md
