// The article body of an HTML page, found as a cascade: the page's own markup, a scorer over the whole
// document, the page's landmarks; the candidates compared and the better kept; the article's blocks read from it.
#pragma once

#include "core/parse/htmlblocks.h"
#include "core/parse/htmltree.h"
#include "core/snapshot.h"

#include <QString>
#include <QStringList>

namespace md {

// A paragraph shorter than this is a label, a caption or a button, not article text.
constexpr int kMinParagraphChars = 25;

// What the page itself says about where its story is.
struct BodyMarkup
{
    const GumboNode *marked = nullptr;  // a box the site names as the story text, or [itemprop=articleBody]
    const GumboNode *article = nullptr; // the story's <article>
    const GumboNode *main = nullptr;    // <main>
    QString structuredText;             // JSON-LD articleBody: complete on some pages, a teaser on others
    QString description;                // og:description, else <meta name=description>
    QStringList recipeIngredients;      // a recipe's ingredients and steps in structured data, one a line
    QStringList recipeSteps;
    QString recipeFacts;                // its times and yield as one short line, when structured data gives them
    bool recipeIsHowTo = false;         // the steps are a how-to's (schema.org HowTo), not a recipe's
};

struct BodyChoice
{
    const GumboNode *container = nullptr; // the element the body was read from, nullptr when none
    HtmlBlocks blocks;
    // Which candidate won, for warnings and tests: "markup", "scored", "scored-lenient", "landmark",
    // "structured" (then container is nullptr: the text is in no box of the page), "description".
    const char *source = "";
};

// The body a reader would pick: the marked box when it holds the story, else the column of paragraphs
// the scorer finds (a second, lenient pass when the first finds little: wrappers named like sidebars or
// headers that hold the story), else the page's <article> or <main>; last, when none holds prose, the
// paragraph that prints the page's description (a video's or a gallery's page, whose only text it is). The
// description printed as a paragraph above the body, which the body does not hold, is set first as its lead; a
// recipe's ingredients and steps from structured data that the body does not print are added under their headings.
BodyChoice chooseArticleBody(const GumboNode *root, const BodyMarkup &markup);

// Structured data's article text that is the whole story, not a teaser: long enough to be an article, not
// cut off with an ellipsis, and not much shorter than the prose the page shows.
bool isCompleteStructuredText(const QString &text, qsizetype visibleProse);

// The clean prose of some blocks: the characters of their paragraphs, less the text of one-link lines.
qsizetype proseLength(const HtmlBlocks &blocks);

// The article's blocks (paragraphs, sub-headings, tables), related stories and dateline, read from the body's
// HTML blocks; a warning for a trailing line that heads nothing.
void readArticleBody(const HtmlBlocks &collected, Article &article, QStringList &warnings);

// A line the page prints beside its text, never a sentence of it: a date on a line of its own ("23.10.2018"), an
// article footer, a call to the reader, a page notice, or a picture's credit or caption label ("Photo: AFP").
bool isFurnitureLine(const QString &text);

// The <article> that holds node, or nullptr.
const GumboNode *enclosingArticle(const GumboNode *node);

} // namespace md
