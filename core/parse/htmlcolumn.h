// The column of text the paragraph scorer finds where the page marks no body (after Readability), for the body
// cascade in htmlbody.cpp.
#pragma once

#include "core/parse/htmlblocks.h"
#include "core/parse/htmlbody.h"
#include "core/parse/htmltree.h"

namespace md {

// How the scorer treats boxes named like page chrome ("sidebar", "header", "share", "comments").
enum class ChromeNames {
    Prune,  // never looked into: the first pass
    Ignore, // looked into like any box (tags, hidden text, ads and readers' comments still pruned): the second
            // pass, for pages whose story sits in a wrapper named for its layout ("sidebar-and-content")
    IgnoreAll, // comments too: the last pass, for a page whose only text sits in boxes named like comments
               // (a form to write a comment is never looked into)
};

// The source of a body read from a thread's opening post (BodyChoice::source).
constexpr const char *kOpeningPost = "opening-post";

// The column the scorer finds, with the lead set apart above it and the boxes that carry its text on; source
// "scored" (the first pass), "scored-lenient", or kOpeningPost (the last pass, on a thread's page). No
// container when no paragraph reads like article text.
BodyChoice scoredBody(const GumboNode *root, ChromeNames names);

// A bold line of a few words that does not end like a sentence: a sub-heading set in bold.
bool isBoldHeadingLine(const HtmlBlock &b);

// Adds part's blocks and related links to the end of to.
void appendBlocks(HtmlBlocks &to, HtmlBlocks &&part);

} // namespace md
