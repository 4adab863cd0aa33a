// HTML pages through gumbo: ticker, article and comments from the page's own structure.
#include "core/parse/htmlsnapshotparser.h"

#include "core/parse/articlerules.h"
#include "core/parse/commentparser.h"
#include "core/parse/htmlblocks.h"
#include "core/parse/htmlbody.h"
#include "core/parse/htmllandmarks.h"
#include "core/parse/htmlmetadata.h"
#include "core/parse/htmlpagedate.h"
#include "core/parse/htmlprescan.h"
#include "core/parse/htmlstoryhead.h"
#include "core/parse/htmlticker.h"
#include "core/parse/htmltree.h"
#include "core/parse/pagedate.h"
#include "core/wording.h"

#include <QRegularExpression>

#include <algorithm>
#include <cstdlib>
#include <initializer_list>
#include <iterator>
#include <numeric>
#include <optional>

namespace md {
namespace {

using namespace html;

// Most lines and words of a standfirst (a sentence or three); a box read as one that holds more of both is the
// story's text.
constexpr qsizetype kMaxStandfirstLines = 3;
constexpr int kMaxStandfirstWords = 150;

// Gumbo's tree takes 8 to 60 bytes per byte of markup here (dense tiny elements cost the most); much more
// means markup built to blow up.
size_t memoryBudgetFor(qsizetype markupBytes)
{
    return size_t(128) * 1024 * 1024 + size_t(markupBytes) * 96;
}

// When the caller sets no deadline for the page: gumbo reads 10 to 40 MB of markup a second here (25 to
// 100 ms per MB); three times the slowest, plus three seconds, means markup built to be slow.
qint64 fallbackTimeBudgetMsFor(qsizetype markupBytes)
{
    return 3000 + qint64(markupBytes) * 300 / (1024 * 1024);
}

// A time given in UTC ("2019-10-18T22:04:00Z" in JSON-LD) names London's day; when a meta tag gives the same
// moment in the page's own zone ("Sat, 19 Oct 2019 00:04:00 +0200"), that is the day and time its reader saw.
Timestamp inPagesZone(const Timestamp &published, const Timestamp &local)
{
    if (!published.isValid() || !published.hasTime() || !published.hasOffset() || published.offsetSeconds() != 0)
        return published;
    if (local.isValid() && local.hasTime() && local.hasOffset() && local.offsetSeconds() != 0
        && local.toUtc() == published.toUtc())
        return local;
    return published;
}

// Likewise when the story's head prints the same moment on the page's clock with no offset ("2023-11-08 23:30:59"
// beside JSON-LD's "2023-11-09T05:30:59Z": the same minute and second (the same minute when the head prints no
// seconds: "3 de mayo de 2022" "21:25" beside "00:25:56 GMT"), whole hours or half-hours apart, at most
// 14 hours), or prints only the day, the day before or after London's: the printed day is the one its reader saw.
Timestamp inPrintedDay(const Timestamp &published, const Timestamp &printed)
{
    if (!published.isValid() || !published.hasTime() || !published.hasOffset() || published.offsetSeconds() != 0
        || !printed.isValid() || std::abs(published.date().daysTo(printed.date())) != 1)
        return published;
    if (!printed.hasTime())
        return printed;
    if (printed.hasOffset())
        return printed.toUtc() == published.toUtc() ? printed : published;
    // A clock printed to the minute ("21:25", often in an element of its own beside the day) is compared to the
    // minute: the markup's seconds ("00:25:56") are not printed.
    QTime markupTime = published.time();
    if (printed.time().second() == 0)
        markupTime = QTime(markupTime.hour(), markupTime.minute());
    const qint64 apart = QDateTime(published.date(), markupTime, Qt::UTC).secsTo(QDateTime(printed.date(), printed.time(), Qt::UTC));
    return apart % 1800 == 0 && std::abs(apart) <= 14 * 3600 ? printed : published;
}

// The day the story's head prints is the one its reader sees. When the markup dates the story to another day but
// gives the printed day too, as the story's other date (its update's: JSON-LD's dateModified,
// article:modified_time; or the meta tags' publication time beside JSON-LD's), the page shows that date as the
// story's, and the printed date wins (`12.01.2022` by the title, JSON-LD's datePublished `2021-11-29` and
// dateModified `2022-01-12` → `2022-01-12`). A printed day no markup gives is not enough: the head may print
// another story's date or the day the page was saved; nor is a day the head labels as an update's (`Updated …`,
// `Stand: …`), which says the markup's publication date is another.
Timestamp printedOverMarkup(const Timestamp &published, const Timestamp &printed, std::initializer_list<Timestamp> otherDates)
{
    if (!published.isValid() || !printed.isValid() || published.date() == printed.date())
        return published;
    for (const Timestamp &other : otherDates) {
        if (other.isValid() && other.date() == printed.date())
            return printed;
    }
    return published;
}

// Fills the article: its body, headline, date and author, each from its sources in the order written here.
// Returns when the story was last updated (JSON-LD dateModified, article:modified_time): the page was saved
// then or later.
Timestamp readArticle(const GumboNode *root, const Landmarks &lm, Snapshot &snapshot, QByteArrayView page)
{
    Article &article = snapshot.article;
    const ArticleMeta meta = readJsonLd(lm.jsonLd, snapshot.warnings);

    // The site's own names (og:site_name, the host, structured data's publisher and site, the logo's text):
    // never an author, cut from titles.
    SiteNames site;
    if (!lm.siteName.isEmpty())
        site.add(lm.siteName);
    if (const QString host = hostName(lm.pageUrl); !host.isEmpty()) {
        site.add(host);
        site.host = nameKey(host);
    }
    for (const QString &name : meta.siteNames)
        site.add(name);
    if (!lm.logoName.isEmpty())
        site.add(lm.logoName);

    // The body: the page's marked story text, the column of paragraphs a reader would pick, the page's
    // landmarks; the better candidate wins (core/parse/htmlbody.cpp).
    BodyMarkup markup;
    markup.marked = lm.storyContent ? lm.storyContent : lm.articleBody;
    markup.article = lm.article;
    markup.main = lm.main;
    markup.structuredText = meta.articleBody;
    markup.description = lm.description;
    markup.recipeIngredients = meta.recipeIngredients;
    markup.recipeSteps = meta.recipeSteps;
    markup.recipeFacts = meta.recipeFacts;
    markup.recipeIsHowTo = meta.recipeIsHowTo;
    BodyChoice body = chooseArticleBody(root, markup);
    // The structured data's text reads no box of the page: the story's head is looked for around its <article>.
    const GumboNode *container = body.container ? body.container : !body.blocks.blocks.empty() ? lm.article : nullptr;
    HtmlBlocks &bodyBlocks = body.blocks;
    const GumboNode *storyRoot = container ? enclosingArticle(container) : lm.article;
    if (!storyRoot)
        storyRoot = lm.article;
    const StoryHeader header = findStoryHeader(storyRoot ? storyRoot : root);

    if (container || !bodyBlocks.blocks.empty())
        readArticleBody(bodyBlocks, article, snapshot.warnings);

    // The visible title: the story's <h1>, else the nearest title before the body.
    // A heading names the story when it shares words with the page's titles or is structured data's headline;
    // a section's name set as the only <h1> ("Aviation") does not.
    // A heading that is the site's or a section's part of the title names no story either.
    // The metadata's title (Dublin Core's, og:title, twitter:title, Parse.ly's): the first that is not the site's
    // name ("Die Tagespost") and shares words with another title of the page, when there is one (a section's
    // Dublin Core title, "Pressemeldungen des …", beside the story's <title> and og:title).
    const auto siteTitle = [&](const QString &title) {
        const QString story = withoutSiteAffix(title, site);
        return countWords(story) <= 2 && site.matches(story);
    };
    QString metaTitle;
    for (const QString &title : lm.metaTitles) {
        if (siteTitle(title))
            continue;
        bool another = false;
        bool alike = false;
        for (const QString &other : lm.metaTitles + QStringList{lm.titleText}) {
            if (!other.isEmpty() && other != title && !siteTitle(other)) {
                another = true;
                alike = alike || sharedWordShare(withoutSiteAffix(title, site), other) >= kTitleWordShare;
            }
        }
        if (alike || !another) {
            metaTitle = title;
            break;
        }
    }
    const auto namesStory = [&](const QString &text) {
        // A heading with no words names nothing (an <h1> left empty when the title's <h2> inside it broke out).
        if (text.trimmed().isEmpty())
            return false;
        if (lm.titleText.isEmpty() && lm.ogTitle.isEmpty() && metaTitle.isEmpty())
            return true;
        if (isTitleAffix(text, lm.titleText, site) || isTitleAffix(text, lm.ogTitle, site))
            return false;
        return sharedWordShare(text, lm.titleText) >= kTitleWordShare || sharedWordShare(text, lm.ogTitle) >= kTitleWordShare
            || sharedWordShare(text, metaTitle) >= kTitleWordShare
            || (!meta.headline.isEmpty() && nameKey(text) == nameKey(meta.headline));
    };
    const auto nearlyTitle = [&](const QString &text) {
        return sharedWordShare(text, lm.titleText) >= 0.8 || sharedWordShare(text, lm.ogTitle) >= 0.8;
    };
    // With no story's box (structured data's text, or no body at all: a video's or a forum thread's page), the
    // page's <h1> when it prints the page's title; the page is then a story, with no text if need be.
    const GumboNode *pageTitle = !storyRoot && !container && header.firstH1 && countWords(textOf(header.firstH1)) >= 3
            && nearlyTitle(textOf(header.firstH1)) ? header.firstH1 : nullptr;
    const GumboNode *h1 = header.storyTitle ? header.storyTitle : storyRoot ? header.firstH1 : pageTitle;
    if (h1 && h1 != header.storyTitle && (isLogoTitle(h1, site) || !namesStory(textOf(h1))))
        h1 = nullptr;
    const bool storyH1 = h1 != nullptr;
    if (!h1 && container && !article.blocks.isEmpty())
        h1 = visibleTitleBefore(root, container, site, namesStory, nearlyTitle);
    // A heading's permalink mark (documentation generators end each heading with "¶") is not its text.
    // Nor is a kicker printed inside the heading ("<h1><span class=\"dachzeile\">…</span> Headline</h1>").
    QString h1Text = h1 ? headingTitle(h1, {lm.titleText, lm.ogTitle, meta.headline}) : QString();
    while (h1Text.endsWith(QChar(0x00b6)) || h1Text.endsWith(QChar(0x00a7)))
        h1Text = h1Text.chopped(1).trimmed();
    // The titles' other parts name the site and section ("Headline - Business - Dawn"), or the writer.
    // Microdata or a rel=author link anywhere on the page, looked for when the story's box and the meta tags
    // name no writer (a blog's sidebar or footer names its one writer).
    std::optional<AuthorMarkup> pageAuthor;
    const auto authorMarkupOnPage = [&]() -> const AuthorMarkup & {
        if (!pageAuthor)
            pageAuthor = findAuthorMarkup(root);
        return *pageAuthor;
    };
    // The writer's name as the page marks it tells a blog's title ending in its writer's name from one ending
    // in the site's.
    const GumboNode *writerItem = header.authorItem ? header.authorItem
                                  : lm.metaAuthor.isEmpty() ? authorMarkupOnPage().item : nullptr;
    const QString markedWriter = !lm.metaAuthor.isEmpty() || !writerItem ? lm.metaAuthor : bylineName(microdataName(writerItem));
    const QString writerInTitle = readTitleAffixes(h1Text, {lm.titleText, lm.ogTitle}, markedWriter, lm.pageUrl,
                                                   meta.authorIsOrganization, site);
    // The byline and date are looked for around the title in the story's box only.
    const StoryHead head = readStoryHead(h1 != pageTitle ? h1 : nullptr, container, site);

    // A story's <h1> that names it makes the page a story, with no text if need be.
    const bool isStory = meta.found || !article.blocks.isEmpty() || header.storyTitle || storyH1;
    if (isStory) {
        // Structured data's headline, unless it is the visible title cut short or with the site's name on, or
        // shares no words with any title the page shows (a description in the headline's place: "country in
        // Oceania" for "New Zealand").
        QString headline = meta.headline;
        {
            const auto unlike = [&](const QString &title) {
                return title.isEmpty() || sharedWordShare(meta.headline, title) < kTitleWordShare;
            };
            const QString shown[] = {withoutSiteAffix(lm.titleText, site), withoutSiteAffix(lm.ogTitle, site), h1Text};
            if (!headline.isEmpty() && std::any_of(std::begin(shown), std::end(shown), [](const QString &t) { return !t.isEmpty(); })
                && std::all_of(std::begin(shown), std::end(shown), unlike))
                headline.clear();
        }
        if (!headline.isEmpty() && !h1Text.isEmpty()) {
            QString stem = headline;
            while (stem.endsWith(u'.') || stem.endsWith(QChar(0x2026)) || stem.endsWith(u' '))
                stem.chop(1);
            if ((h1Text.size() > headline.size() && h1Text.startsWith(stem))
                || (headline.contains(h1Text) && h1Text.size() * 2 >= headline.size()))
                headline = h1Text;
        }
        if (!headline.isEmpty())
            headline = withoutSiteAffix(headline, site);
        // The visible title as printed (typographic quotes and all) when structured data gives the same words;
        // and the story's visible title when structured data only repeats the social-media title (og:title),
        // which differs from it.
        const bool socialHeadline = !lm.ogTitle.isEmpty() && nameKey(headline) == nameKey(withoutSiteAffix(lm.ogTitle, site));
        if (!h1Text.isEmpty() && (nameKey(headline) == nameKey(h1Text) || (storyH1 && socialHeadline)))
            headline = h1Text;
        if (headline.isEmpty())
            headline = h1Text;
        if (headline.isEmpty())
            headline = withoutSiteAffix(metaTitle, site);
        if (headline.isEmpty())
            headline = withoutSiteAffix(lm.titleText, site);
        // A heading that shares almost no words with the page's own titles is some other box's (a section's
        // name, a "Follow us" call, a photo's caption, the site's name): the page's title names the story.
        // A social title (og:title) may word the story otherwise, so the heading must differ from both titles,
        // and structured data must not name it.
        const QString pageTitle = withoutSiteAffix(lm.titleText, site);
        const QString socialTitle = withoutSiteAffix(lm.ogTitle, site);
        const QString metadataTitle = withoutSiteAffix(metaTitle, site);
        const QString fallback = !metadataTitle.isEmpty() ? metadataTitle : pageTitle;
        const auto unlike = [&](const QString &title) { return title.isEmpty() || sharedWordShare(headline, title) < kTitleWordShare; };
        if (!fallback.isEmpty() && !headline.isEmpty() && nameKey(headline) != nameKey(meta.headline)
            && (site.matches(headline) || (unlike(pageTitle) && unlike(socialTitle) && unlike(metadataTitle))))
            headline = fallback;
        article.headline = headline;
        // The title repeated as the text's opening heading is the title's, not a sub-heading.
        if (!article.blocks.isEmpty() && article.blocks.first().kind == ArticleBlock::Kind::Subheading
            && nameKey(article.blocks.first().text) == nameKey(headline))
            article.blocks.removeFirst();
        // The head's first paragraph taken as the lead is the body's own when the body holds it.
        const bool leadInBody = head.summaryIsParagraph && std::any_of(article.blocks.cbegin(), article.blocks.cend(), [&](const ArticleBlock &b) {
                                    return b.text.contains(head.summary.constFirst());
                                });
        if (!head.summary.isEmpty() && !leadInBody)
            article.summary = head.summary;
    }

    // Publication time: JSON-LD, article:published_time (and the other meta tags for it), microdata's
    // datePublished, <time datetime> (else its text), the printed story time, the date printed by the byline
    // (with no visible title, a date box at the top of the body or right before it), a date after a publication
    // label in the story's box, the date the body's first paragraph opens with, the date the page's title opens
    // with, the date in the page's address, a date printed after the body (a signature's, a byline's, an update
    // stamp).
    Timestamp published = meta.published;
    // A plain <meta name="date"> is the page's date, often its last revision's: a date the page prints for the
    // story (up to a publication label's) wins when it is an earlier day.
    const bool pageDateOnly = !published.isValid() && lm.publishedTimeIsPageDate;
    if (!published.isValid() && !lm.publishedTime.isEmpty() && !pageDateOnly)
        published = parsePageDateTime(lm.publishedTime);
    if (!published.isValid())
        published = markedPublishedDate(root);
    if (!published.isValid() && header.time)
        published = parsePageDateTime(QString::fromUtf8(attribute(header.time, "datetime")).trimmed());
    if (!published.isValid() && header.time)
        published = parsePageDateTime(textOf(header.time));
    if (!published.isValid() && header.storyTime)
        published = parsePageDateTime(textOf(header.storyTime));
    if (!published.isValid())
        published = head.published;
    if (!published.isValid() && !h1 && container)
        published = dateAtTopOf(container);
    if (!published.isValid() && !h1 && container)
        published = dateRightBeforeBody(container);
    if (!published.isValid())
        published = labelledDate(storyRoot ? storyRoot : root);
    if (pageDateOnly) {
        const Timestamp pageDate = parsePageDateTime(lm.publishedTime);
        if (!published.isValid() || published.date() >= pageDate.date())
            published = pageDate;
    }
    // The body's first paragraph opening with the date, as a dateline opens with the place; past a short line
    // over it (the writer's "Von …", a place), the next paragraph.
    if (!published.isValid()) {
        const auto isParagraph = [](const ArticleBlock &b) { return b.kind == ArticleBlock::Kind::Paragraph; };
        auto lead = std::find_if(article.blocks.cbegin(), article.blocks.cend(), isParagraph);
        if (lead != article.blocks.cend()) {
            published = dateOpening(lead->text);
            if (!published.isValid() && lead->text.size() < kMinParagraphChars) {
                lead = std::find_if(lead + 1, article.blocks.cend(), isParagraph);
                if (lead != article.blocks.cend())
                    published = dateOpening(lead->text);
            }
        }
    }
    // The page's title opening with the date ("23.01.2022 - Headline"), as a paragraph does.
    for (const QString *title : {&lm.ogTitle, &lm.titleText}) {
        if (!published.isValid())
            published = dateOpening(*title);
    }
    if (!published.isValid())
        published = dateInAddress(lm.pageUrl);
    // Last, a date printed after the body: a signature's, the byline's there, else the page's update stamp (an
    // update's day is later than the story's, but a day close to it is better than none).
    if (!published.isValid() && container)
        published = dateAfterBody(container);
    // Else the page's script state, when its publication dates agree on one day and fall no later than the page's
    // own last change (a later day is no publication of this page).
    if (!published.isValid()) {
        const Timestamp state = dateInPageState(page);
        const Timestamp changed = meta.modified.isValid() ? meta.modified : parsePageDateTime(lm.modifiedTime);
        if (state.isValid() && !(changed.isValid() && state.date() > changed.date()))
            published = state;
    }
    published = inPagesZone(published, parsePageDateTime(lm.publishedTime));
    if (header.time) {
        const Timestamp printedTime = parsePageDateTime(QString::fromUtf8(attribute(header.time, "datetime")).trimmed());
        published = inPrintedDay(published, printedTime.isValid() ? printedTime : parsePageDateTime(textOf(header.time)));
    } else if (header.storyTime) {
        published = inPrintedDay(published, parsePageDateTime(textOf(header.storyTime)));
    }
    published = inPrintedDay(published, head.published);
    if (!head.publishedIsUpdate)
        published = printedOverMarkup(published, head.published,
                                      {meta.modified, parsePageDateTime(lm.modifiedTime), parsePageDateTime(lm.publishedTime)});
    if (isStory)
        article.publishedAt = published;

    // Author: the site's marked byline, the visible byline by the title (or at the body's top with no title),
    // JSON-LD, microdata, a rel=author link, <meta name="author">, the story's meta line, microdata or a rel=author
    // link elsewhere on the page, a byline box right after the body, the writer's name in the title; the site's
    // own name is never the author.
    // A site named as its writer's possession ("Matthew Davis's Blog") is the writer's own: the name is the writer's.
    const auto ownSiteOf = [&](const QString &name) {
        return isFullName(name)
            && (lm.siteName.startsWith(name + QLatin1String("'s ")) || lm.siteName.startsWith(name + QStringLiteral("\u2019s ")));
    };
    // Nor is the story's section as the metadata names it ("Business" in article:section and in the author's
    // place), the story's own headline, or a date.
    const auto sectionOrHeadline = [&](const QString &name) {
        const QString key = nameKey(name);
        const auto same = [&](const QString &other) { return nameKey(other) == key; };
        return key.isEmpty() || same(article.headline) || std::any_of(lm.sections.cbegin(), lm.sections.cend(), same)
            || std::any_of(meta.sections.cbegin(), meta.sections.cend(), same) || parsePageDateTime(name).isValid();
    };
    // A writer's source (a byline, an author's link or microdata, structured data's Person) may name the blog's
    // writer by the login the site is named for ("tariqnotes" on tariqnotes.example.org); a meta tag or an
    // Organization naming the site names the site.
    auto person = [&](const QString &name, bool writerSource = true) {
        const QString cleaned = withoutSiteAfterName(authorNameOf(name), site);
        const bool siteName = writerSource ? site.isSiteNotItsWriter(cleaned) : site.matches(cleaned);
        return (siteName && !ownSiteOf(cleaned)) || sectionOrHeadline(cleaned) ? QString() : cleaned;
    };
    // The printed byline first: what the reader sees by the title ("Web Desk" beside a JSON-LD person is the
    // desk the site credits). Structured data wins when it names more writers than the byline shows.
    QString author;
    if (header.byline)
        author = person(bylineName(textOf(header.byline)));
    if (author.isEmpty())
        author = authorNameOf(head.author);
    // With no title to read the head from, a byline at the top of the body's box (as dateAtTopOf reads the date).
    if (author.isEmpty() && !h1 && container)
        author = person(bylineAtTopOf(container, site));
    if (const QString structured = person(meta.author, !meta.authorIsOrganization); !structured.isEmpty()) {
        const QStringList names = structured.split(QLatin1String(", "));
        const bool namesMore = names.size() > 1 && nameKey(structured).contains(nameKey(author))
            && !nameKey(author).contains(nameKey(names.last()));
        if (author.isEmpty() || namesMore)
            author = structured;
    }
    if (author.isEmpty() && header.authorItem)
        author = person(bylineName(microdataName(header.authorItem)));
    if (author.isEmpty() && header.authorLink)
        author = person(textOf(header.authorLink));
    for (const QString &name : lm.metaAuthors) {
        if (author.isEmpty())
            author = person(name, false);
    }
    if (author.isEmpty())
        author = person(head.metaLineWriter);
    if (author.isEmpty() && authorMarkupOnPage().item)
        author = person(bylineName(microdataName(authorMarkupOnPage().item)));
    if (author.isEmpty() && authorMarkupOnPage().link)
        author = person(textOf(authorMarkupOnPage().link));
    if (author.isEmpty() && container)
        author = person(bylineAfterBody(container, site));
    if (author.isEmpty())
        author = writerInTitle;
    // The desk or agency the lead paragraph credits after its place ("کراچی (اسٹاف رپورٹر) …").
    if (author.isEmpty()) {
        for (const ArticleBlock &block : std::as_const(article.blocks)) {
            if (block.kind == ArticleBlock::Kind::Paragraph) {
                author = person(creditInLead(block.text));
                break;
            }
        }
    }
    // The publisher microdata names in the story is the site too (`Deutsches Rotes Kreuz` beside the publisher's
    // `Deutsches Rotes Kreuz e.V.`).
    if (!author.isEmpty()) {
        SiteNames publisher;
        publisher.add(microdataPublisherOf(header.publisherItem));
        if (publisher.matches(author))
            author.clear();
    }
    // Initials in the byline ("Posted by DT") stand for the full name another source gives (structured data, the
    // author meta tags, a Creative Commons notice crediting the blog's writer).
    if (!author.isEmpty() && author.size() <= 8 && std::none_of(author.cbegin(), author.cend(), [](QChar c) { return c.isLower(); })) {
        QStringList others{person(meta.author)};
        for (const QString &name : lm.metaAuthors)
            others.append(person(name));
        others.append(person(licensedAuthorOf(root)));
        author = fullNamesForInitials(author, others);
    }
    // A sign-off closing an opinion piece ("The writer is a former finance secretary.", "— Farah Qureshi") names the
    // writer and is not body, as in a plain-text copy: the author when nothing else names one.
    if (isStory) {
        for (qsizetype b = article.blocks.size() - 1; b > 0 && b >= article.blocks.size() - 2; --b) {
            if (article.blocks[b].kind == ArticleBlock::Kind::Table)
                break;
            const QString signedBy = article.blocks[b].kind == ArticleBlock::Kind::Paragraph ? signOffAuthor(article.blocks[b].text)
                                                                                               : QString();
            if (signedBy.isEmpty())
                continue;
            if (author.isEmpty())
                author = person(signedBy);
            article.blocks.removeAt(b);
            break;
        }
    }
    if (isStory)
        article.author = author;
    // The byline printed as the body's first or last line (or right under the lead) is the byline the reader
    // sees above, not text.
    if (isStory && !author.isEmpty()) {
        const auto isByline = [&](const ArticleBlock &b) {
            return b.kind == ArticleBlock::Kind::Paragraph && isBylineLineOf(b.text, author, site);
        };
        if (article.blocks.size() > 1 && isByline(article.blocks.first()))
            article.blocks.removeFirst();
        else if (article.blocks.size() > 2 && isByline(article.blocks[1]))
            article.blocks.removeAt(1);
        if (article.blocks.size() > 1 && isByline(article.blocks.last()))
            article.blocks.removeLast();
    }

    // A standfirst the body prints again (its box read as the column's lead) is shown once: as the standfirst
    // when the body repeats it as a paragraph of its own, else in the body paragraph that holds it.
    article.summary.removeIf([&](const QString &line) {
        const auto same = std::find_if(article.blocks.cbegin(), article.blocks.cend(),
                                       [&](const ArticleBlock &b) { return b.kind == ArticleBlock::Kind::Paragraph && b.text == line; });
        if (same != article.blocks.cend() && article.blocks.size() > 1) {
            article.blocks.erase(same);
            return false;
        }
        return std::any_of(article.blocks.cbegin(), article.blocks.cend(), [&](const ArticleBlock &b) { return b.text.contains(line); });
    });
    // A standfirst is a sentence or three. A box read as one that holds more paragraphs and more words than a
    // standfirst has is the story's text (the column chosen was a box after it): its lines open the body, and the
    // standfirst stays empty. (A list of highlights, short lines however many, stays the standfirst.)
    const auto words = std::accumulate(article.summary.cbegin(), article.summary.cend(), 0,
                                       [](int sum, const QString &line) { return sum + countWords(line); });
    if (article.summary.size() > kMaxStandfirstLines && words > kMaxStandfirstWords) {
        QVector<ArticleBlock> opening;
        for (const QString &line : std::as_const(article.summary))
            opening.append({ArticleBlock::Kind::Paragraph, line, {}, {}});
        article.blocks = opening + article.blocks;
        article.summary.clear();
    }

    if (isStory && !article.headline.isEmpty() && article.blocks.isEmpty())
        snapshot.warnings.append(tr("The page has a headline but no article text was found."));
    if (!isStory)
        return {};
    return meta.modified.isValid() ? meta.modified : parsePageDateTime(lm.modifiedTime);
}

// ---------------------------------------------------------------------------------------------------
// Comments

// "Dec 06, 2024 05:53pm" or "06 Dec, 2024 05:53pm" alone on a line.
bool isBareDateTime(const QString &line)
{
    if (line.size() > 40 || !line.contains(u':'))
        return false;
    static const char *const kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    const QStringView month = QStringView(line).left(3);
    const bool startsLikeDate = line.front().isDigit()
        || std::any_of(std::begin(kMonths), std::end(kMonths),
                       [&](const char *m) { return month.compare(QLatin1String(m), Qt::CaseInsensitive) == 0; });
    return startsLikeDate && parsePageDateTime(line).isValid();
}

void readComments(const Landmarks &lm, Snapshot &snapshot, const LoadLimits &limits)
{
    if (!lm.comments)
        return;
    const HtmlBlocks collected = collectBlocks(lm.comments, ChromePolicy::Comments, true);
    QStringList lines;
    for (const HtmlBlock &block : collected.blocks) {
        for (const auto &piece : QString::fromUtf8(block.text.data(), qsizetype(block.text.size())).split(u'\n')) {
            const QString line = normalisedText(piece.toStdString());
            if (line.isEmpty())
                continue;
            // Author and time in separate blocks: join them into the header line the comment grammar reads.
            if (isBareDateTime(line) && !lines.isEmpty() && lines.last().size() <= 80
                && !isCommentWidgetNoise(lines.last())) {
                lines.last() += u' ' + line;
                continue;
            }
            lines.append(line);
        }
    }
    snapshot.comments = parseCommentLines(lines, &snapshot.warnings, limits.maxComments);
}

} // namespace

QString parseHtmlSnapshot(const QString &html, Snapshot &snapshot, const LoadLimits &limits)
{
    const QByteArray utf8 = html.toUtf8();
    PrescannedHtml prescanned = prescanHtml(utf8, limits.maxNestingDepth);
    if (!prescanned.ok())
        return prescanned.error;

    if (limits.deadline.hasExpired())
        return parseBudgetExceededMessage(limits);

    HtmlTree tree;
    const size_t memoryBudget = memoryBudgetFor(prescanned.markup.size());
    const qint64 fallbackMs = fallbackTimeBudgetMsFor(prescanned.markup.size());
    const QDeadlineTimer deadline = limits.deadline.isForever() ? QDeadlineTimer(fallbackMs) : limits.deadline;
    switch (tree.parse(std::move(prescanned.markup), memoryBudget, deadline)) {
    case HtmlTree::Outcome::Parsed:
        break;
    case HtmlTree::Outcome::OutOfMemoryBudget:
        return tr("the page's markup would need more than %1 MB of memory to read").arg(memoryBudget / (1024 * 1024));
    case HtmlTree::Outcome::OutOfTimeBudget:
        if (!limits.deadline.isForever())
            return parseBudgetExceededMessage(limits);
        return tr("the page's markup is too convoluted to read in reasonable time (gave up after %1 s)")
            .arg(double(fallbackMs) / 1000.0);
    }

    const Landmarks lm = findLandmarks(tree.root());
    // The prescan's estimate errs high, so this holds; checked again on the real tree all the same.
    if (lm.deepest > limits.maxNestingDepth) {
        return tr("the page's markup is nested more than %1 levels deep, past the limit for a saved page")
            .arg(limits.maxNestingDepth);
    }

    snapshot.pageAddress = lm.pageUrl;
    readTicker(lm, snapshot, limits);
    const Timestamp updated = readArticle(tree.root(), lm, snapshot, utf8);
    readComments(lm, snapshot, limits);

    // The page's "today" date in its masthead: a title of "Today's Date", else a date box in the page header.
    for (const GumboNode *masthead : {lm.mastheadDate, lm.headerDate}) {
        if (!masthead || snapshot.capturedAt.isValid())
            continue;
        static const QRegularExpression weekday(QStringLiteral(R"(^(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)"),
                                                QRegularExpression::CaseInsensitiveOption);
        const Timestamp today = parsePageDateTime(textOf(masthead).remove(weekday));
        if (today.isValid())
            snapshot.capturedAt = today;
    }
    // The story's last update dates the story, not the page (core/capturetime.h weighs it).
    snapshot.article.updatedAt = updated;
    return {};
}

} // namespace md
