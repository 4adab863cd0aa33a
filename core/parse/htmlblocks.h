// Flattens a part of an HTML tree into text blocks (paragraphs, headings, lines), leaving page chrome out.
#pragma once

#include "core/parse/htmltree.h"

#include <string>
#include <vector>

namespace md {

struct HtmlBlock
{
    std::string text;                  // raw UTF-8, not yet normalised; '\n' where a <br> was
    int headingLevel = 0;              // 1..6 for <h1>..<h6> (an <h1> only where it heads a later section), 0 for any other block
    bool boldOnly = false;             // all its visible text is inside <b>/<strong>
    const GumboNode *onlyLink = nullptr; // the one link that holds its text (other text: outsideLink)
    std::string outsideLink;           // text of the block outside that link ("Read more:")
    bool isTable = false;              // a data table: text is its caption, tableRows its rows, header first
    bool standfirst = false;           // the lead set apart above the column's boxes (htmlbody.cpp)
    const GumboNode *listItem = nullptr; // the <li> of a <ul>/<ol> inside the part that holds it, if any
    int visible = 0;                   // bytes of visible text, and of them inside links
    int linked = 0;
    std::vector<std::vector<std::string>> tableRows;
};

enum class ChromePolicy {
    Article,  // leave out ads, share bars, tags, menus, captions, "most popular", comments, hidden text
    Comments, // leave out ads, forms and hidden text only
};

struct HtmlBlocks
{
    std::vector<HtmlBlock> blocks;
    std::vector<const GumboNode *> relatedLinks; // story links found in "related" boxes inside the part
};

// Collects the blocks of the subtree under container in reading order. spaced: element boundaries
// separate words even between inline elements (comment widgets print author and time in adjacent spans).
HtmlBlocks collectBlocks(const GumboNode *container, ChromePolicy policy, bool spaced);

// True when the element is page chrome under the policy (never called on the container itself).
bool isPageChrome(const GumboNode *element, ChromePolicy policy);

// An <h1> set after the text's own paragraphs, or heading a <section> after others: it titles a part of the text (a
// sub-heading), never the page.
bool headsALaterPart(const GumboNode *h1);

// True for the boxes found in and around many articles that are never its text: author bio boxes, polls,
// login and subscription modals, previous/next links, story cards, ad labels, sidebars.
bool isBoxBesideArticle(const GumboNode *element);

// True for an element whose class or id marks a box of related stories.
bool isRelatedBox(const GumboNode *element);

// True for a lone story card set in the text: a box with a title (a heading) and a teaser, 1,200 characters at
// most, that ends in a link to another page calling the reader on ("Weiterlesen", "Artikel lesen"), with no sister
// of its tag and class that is such a card too (a page's row of cards is a list page's text), set in a story: a box
// around it, up to four levels up, holds more than twice its text and 500 characters outside links.
bool isLoneStoryCard(const GumboNode *box);
// True for an element whose class or id marks a picture's or video's credit, or a licence's: "photo-credit",
// "copyright", "credit video-credit", "media-license-author". Its name is the picture's maker, never the writer.
bool isCreditBox(const GumboNode *element);

// True for a box of the shown box's tag and class words plus one that hides it ("section hidden" after "section"): the
// next part of the same text folded away (a gallery's next slides, a story's "read more" fold).
bool isFoldOf(const GumboNode *box, const GumboNode *shown);

} // namespace md
