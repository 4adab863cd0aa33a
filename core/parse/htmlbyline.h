// Bylines: what makes a box or a line of text a byline, and the writer's name read from it.
#pragma once

#include "core/parse/htmlmetadata.h"
#include "core/parse/htmltree.h"
#include "core/parse/sitemarkup.h"

#include <QString>
#include <QStringList>

#include <string>
#include <string_view>

namespace md {
namespace html {

// Class and id tokens, and the names pages give their parts in data attributes: data-testid on many sites,
// and single sites' own attributes (sitemarkup.h: the BBC's data-component="byline-block", The Guardian's
// data-gu-name="standfirst").
template <typename Visit>
bool anyNameToken(const GumboNode *n, Visit &&visit)
{
    if (anyClassOrIdToken(n, visit))
        return true;
    const auto visitAttribute = [&](const char *name) {
        const char *value = attribute(n, name);
        if (!value)
            return false;
        std::string lower(value);
        for (char &c : lower)
            c = (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
        return bool(visit(std::string_view(lower)));
    };
    for (const char *name : site::kPartNameAttributes) {
        if (visitAttribute(name))
            return true;
    }
    return visitAttribute("data-testid");
}

// The word a byline opens with, as a regular expression's alternatives.
QString bylineWords();

// A box the page names for the author (class, id, rel or itemprop), or a box labelled "Autor" over the name.
bool isBylineBox(const GumboNode *n);

// A byline box with no name for it: a printed byline line ("By Erum Sheikh | January 18, 2025").
bool isPrintedByline(const GumboNode *n);
// The text of such a line: "By Erum Sheikh | January 18, 2025", "4.02.2022 par Bob Fischer", "News Desk | Feb 19, 2025".
bool isBylineLine(const QString &text);

// The name printed right after an author's label in an element of its own ("<h5>Autor:</h5>Peter Maahn").
QString nameAfterAuthorLabel(const GumboNode *n);

// A category page's link named like its own path; below the title (personPagesAreWriters), a link to a page
// about a person is the writer's.
bool isSectionLink(const GumboNode *n, bool personPagesAreWriters = false);

// The writer a byline box names; belowTitle: the box is under the story's title; eachLine: its lines are read
// one by one.
QString personInByline(const GumboNode *n, const SiteNames &site, bool belowTitle = false, bool eachLine = false);

// The writer the story's meta line names (isDateText); empty when it names no one.
QString writerInMetaLine(const GumboNode *n, const SiteNames &site);

// The writer a link to a writer's page names (`<a href="/author/sana-mirza/">Sana Mirza</a>`, also `/autor/`,
// `/auteur/`, `/writers/`, `/columnist/`); empty for any other element, or a link naming the site.
QString writerLinkOf(const GumboNode *n, const SiteNames &site);

// Whether a link (`<a>`) points at a writer's page (`/author/…`, `/autor/…`, `/auteur/…`, `/writers/…`, `/columnist/…`).
bool linksToWriterPage(const GumboNode *link);

// A byline's text without "By " before the name.
QString bylineName(QString text);

// A byline printed as a line of text that names the article's author ("By Samira Qadri", "Text von Samira
// Qadri  Illustration von …").
bool isBylineLineOf(const QString &line, const QString &author, const SiteNames &site);

// A box that names itself the byline by class, id or part name (`data-component="byline-block"`): the
// writer's name and role, never the story's text.
bool namesAByline(const GumboNode *n);

} // namespace html
} // namespace md
