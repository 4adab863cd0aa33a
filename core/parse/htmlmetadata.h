// What a page says about its story in structured data (JSON-LD, microdata) and the names it gives itself.
#pragma once

#include "core/parse/htmltree.h"
#include "core/timestamp.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <string>
#include <vector>

namespace md {
namespace html {

// ---------------------------------------------------------------------------------------------------
// Structured data: JSON-LD NewsArticle and microdata.

struct ArticleMeta
{
    QString headline;
    QString author;
    bool authorIsOrganization = false; // the author object is an Organization: the publisher, or a desk
    Timestamp published;
    Timestamp modified;
    QStringList siteNames; // the publisher's and the site's names (Organization, WebSite, publisher)
    QStringList sections;  // the article's articleSection (one name or a list)
    QString articleBody;   // the story's text as structured data gives it (lines kept), maybe only a teaser
    // A recipe's (schema.org Recipe) ingredients and steps, one a line: a recipe page's text, often drawn by script.
    QStringList recipeIngredients;
    QStringList recipeSteps;
    QString recipeFacts; // its times and yield as one short line ("Prep: 15 min · Yield: 4 servings"), when given
    bool recipeIsHowTo = false; // the steps are a schema.org HowTo's (a how-to written as steps), not a recipe's
    bool found = false;
};

// The first article object of the page's JSON-LD scripts; a warning when a script cannot be read.
ArticleMeta readJsonLd(const std::vector<std::string> &scripts, QStringList &warnings);

// "author creator" holds the word "author": microdata and rel values are lists of words.
bool hasWord(const char *list, const char *word);

// The name a microdata author item gives: its [itemprop=name] part, its content attribute, else its text when
// short enough to be a name.
QString microdataName(const GumboNode *item);

// ---------------------------------------------------------------------------------------------------
// The site's own name, which is never an author and is cut from titles.

// Letters and digits only, lower-cased: "DAWN.COM" → "dawncom", "Geo News" → "geonews".
QString nameKey(QStringView text);

// The names a page gives its site (og:site_name, the host, the publisher, the logo, the title's affixes).
struct SiteNames
{
    QStringList keys;
    QStringList shortened; // the name with a run of its words cut to initials: "Mettis Global News" → "mgnews"
    QStringList abridged;  // the name with one inner word left out: "Cement Trade News" → "cementnews"
    QStringList bare;      // the name without "The" before it and generic words after it: "ARY News" → "ary"
    QString host;          // the page's host label as a name's key ("tariqnotes" for tariqnotes.example.org), when known

    void add(QStringView name);

    // "Geo News" for geo.tv, "Profit" for "Profit by Pakistan Today", "The Express Tribune" for tribune.com.pk.
    bool matches(QStringView name) const;
    // A title's part or a heading that is the site's name: as matches(), but a text of a headline's length (six
    // words or more) only when it is one of the names whole ("… durch die Bundespolizei" on bundespolizei.de
    // is a headline).
    bool isNamedBy(QStringView text) const;
    // A writer's source (a byline, an author's link or microdata, structured data's Person) naming the site:
    // as matches(), but a user's login printed as it is, one lower-case word that is the page's host label
    // ("tariqnotes" on tariqnotes.example.org), is the blog's writer the site is named for, not the site (a
    // brand is printed capitalised: "CyberCook", "AUTO ZEITUNG").
    bool isSiteNotItsWriter(QStringView name) const;
};

// The host's first label that is not "www": "https://www.thenews.com.pk/…" → "thenews".
QString hostName(const QString &url);

// A title split at its separators: "Headline - Business - Dawn" → {"Headline", "Business", "Dawn"}.
QStringList titleParts(const QString &title);

// A short name (three words at most) printed as a part of the title beside a longer one that is not the site's
// name, the headline: the site's or a section's name ("Time 4 talks » Blog Archive » Headline", "Headline »
// Children's Aid e.V."), where "Plejaden, M45 - Abenteuer Astronomie" on a site so named is the headline.
bool isTitleAffix(const QString &text, const QString &title, const SiteNames &site);

// The title without the site name (and the section before it) at either end, when a part names the site.
QString withoutSiteAffix(const QString &title, const SiteNames &site);

// The page's titles around the visible headline: their other parts ("Headline - Business - Dawn") are added to
// site as its names. Returns the writer's name when a title ends in it as the author meta tag gives it, else
// empty.
QString readTitleAffixes(const QString &headline, const QStringList &titles, const QString &metaAuthor,
                         const QString &pageUrl, bool authorIsOrganization, SiteNames &site);

// The share of a headline's words (letters and digits, folded) that another title holds too.
double sharedWordShare(const QString &headline, const QString &title);
// A third of a heading's words in the page's title: the heading names the same story.
constexpr double kTitleWordShare = 0.34;

// The words a publishing stamp opens with, as a regular expression's alternatives ("published|updated|…|
// veröffentlicht|publié|…"): such a line dates the story and names no one.
const QString &publishingStampWords();

// Two to four capitalised words and nothing else ("Sana Mirza", "José Miguel Vidal"): a full name's shape.
bool isFullName(const QString &text);

// A name as a byline gives it, without a handle, a label, a "Follow" word, a degree or a post around it
// ("Autor: Ana Weber", "Grant Tinsley, PhD" → the name); empty for a call, a label or a photo credit in the
// author's place ("Follow @StevenMufson", "Author:", "Foto: …", an address).
QString authorNameOf(const QString &text);

// A writer's name with the site's name printed after it cut off ("Sana Mirza, The Ledger", "Sana Mirza for The
// Ledger" → "Sana Mirza" on The Ledger's page), when a full name is left; else `name` as it is.
QString withoutSiteAfterName(const QString &name, const SiteNames &site);

// The writers' full names when `author` is only their initials ("DT", "L.P.") and the first name `candidates`
// (other sources' writers, "Luana Patriolino, Raphael Felice") that begins with a full name of those initials
// gives them; else `author` as it is.
QString fullNamesForInitials(const QString &author, const QStringList &candidates);

} // namespace html
} // namespace md
