// Microdata's datePublished and dates after a publication label ("Datum:", "Erstellt am", "Publié le").
#include "core/parse/htmlpagedate.h"

#include "core/parse/htmlblocks.h"
#include "core/parse/htmlmetadata.h"
#include "core/parse/htmlstoryhead.h"
#include "core/parse/pagedate.h"

#include <QRegularExpression>

#include <algorithm>
#include <cstring>
#include <string_view>

namespace md {
namespace html {
namespace {

bool marksDatePublished(const GumboNode *n)
{
    if (const char *itemprop = attribute(n, "itemprop"); itemprop && hasWord(itemprop, "datePublished"))
        return true;
    const char *property = attribute(n, "property");
    return property && (hasWord(property, "datePublished") || hasWord(property, "schema:datePublished"));
}

// A comment's or another story's item: its dates are not the story's.
bool isOtherItem(const GumboNode *n)
{
    const char *type = attribute(n, "itemtype");
    return attribute(n, "itemscope") && type && std::string_view(type).find("Comment") != std::string_view::npos;
}

// The words pages print before the day a story was put out, in the languages pagedate.cpp reads.
const QRegularExpression &publicationLabel()
{
    static const QRegularExpression label(
        QStringLiteral(R"(^(?:datum|date|fecha|data|erstellt(?:\s+am)?|ver(?:ö|oe)ffentlicht(?:\s+am)?|publiziert(?:\s+am)?|)"
                       R"(erschienen(?:\s+am)?|publié(?:\s+le)?|mise en ligne(?:\s+le)?|date de publication|publicado(?:\s+el)?|)"
                       R"(fecha de publicación|pubblicato(?:\s+il)?|data di pubblicazione|gepubliceerd(?:\s+op)?|)"
                       R"(published(?:\s+on)?|posted(?:\s+on)?|publication date|date published|)"
                       R"((?:pressemitteilung|pressemeldung|meldung|artikel|communiqué|press release)\s+(?:vom|du|of|from))\s*:?\s*)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return label;
}

QString shortTextOf(const GumboNode *n)
{
    if (n->type == GUMBO_NODE_TEXT)
        return normalisedText(n->v.text.text);
    return isElement(n) ? textOf(n) : QString();
}

} // namespace

Timestamp markedPublishedDate(const GumboNode *root)
{
    Timestamp found;
    walk(
        root,
        [&](const GumboNode *n) {
            if (found.isValid() || !isElement(n))
                return false;
            if (n != root && ((tagOf(n) != GUMBO_TAG_ASIDE && isOtherStories(n)) || isOtherItem(n)))
                return false;
            if (marksDatePublished(n)) {
                const char *value = attribute(n, "content");
                if (!value)
                    value = attribute(n, "datetime");
                if (!value)
                    value = attribute(n, "title");
                found = value ? parsePageDateTime(QString::fromUtf8(value).trimmed()) : findDateIn(textOf(n));
                return false;
            }
            return true;
        },
        [](const GumboNode *) {});
    return found;
}

Timestamp labelledDate(const GumboNode *scope)
{
    Timestamp found;
    walk(
        scope,
        [&](const GumboNode *n) {
            if (found.isValid())
                return false;
            if (isElement(n))
                return n == scope || (!isOtherStories(n) && !isOtherItem(n));
            if (n->type != GUMBO_NODE_TEXT)
                return false;
            const char *raw = n->v.text.text;
            const size_t length = raw ? std::strlen(raw) : 0;
            if (length < 4 || length > 120)
                return false;
            // Every label starts with one of these letters: most texts are passed over before the pattern runs.
            const char *first = raw;
            while (*first == ' ' || *first == '\n' || *first == '\t' || *first == '\r')
                ++first;
            if (!std::strchr("DdEeVvPpMmFfAaCcGg", *first) || *first == '\0')
                return false;
            QString text = normalisedText(raw);
            const QRegularExpressionMatch label = publicationLabel().match(text);
            if (!label.hasMatch())
                return false;
            // "Datum: 18.10.2021" in one text.
            // "Pressemitteilung vom 25. Januar 2022 | Berlin – …": the date up to a separator.
            const QString rest = text.mid(label.capturedLength());
            if (!rest.isEmpty()) {
                static const QRegularExpression separator(QStringLiteral(R"(\s+[|\x{2013}\x{2014}-]\s+)"));
                found = parsePageDateTime(rest.section(separator, 0, 0));
                return false;
            }
            // The label alone in its box ("<strong>Datum</strong>"): the date follows the box.
            const GumboNode *at = n;
            while (at->parent && isElement(at->parent) && at->parent != scope && childrenOf(at->parent).length == 1)
                at = at->parent;
            const GumboVector &siblings = childrenOf(at->parent);
            for (unsigned i = at->index_within_parent + 1; i < siblings.length; ++i) {
                const GumboNode *next = childAt(siblings, i);
                if (next->type == GUMBO_NODE_WHITESPACE || next->type == GUMBO_NODE_COMMENT)
                    continue;
                const QString value = shortTextOf(next);
                if (value.size() <= 60)
                    found = parsePageDateTime(value);
                break;
            }
            return false;
        },
        [](const GumboNode *) {});
    return found;
}

Timestamp dateAfterBody(const GumboNode *body)
{
    // The body's last part: its last line wholly a date (a signature's, under the writer's name).
    const GumboVector &parts = childrenOf(body);
    for (unsigned i = parts.length; i-- > 0;) {
        const GumboNode *last = childAt(parts, i);
        if (!isElement(last) || textOf(last).isEmpty())
            continue;
        const GumboVector &pieces = childrenOf(last);
        QString line;
        for (unsigned j = pieces.length; j-- > 0 && tagOf(childAt(pieces, j)) != GUMBO_TAG_BR;)
            line.prepend(shortTextOf(childAt(pieces, j)) + u' ');
        if (const Timestamp t = parsePageDateTime(line.trimmed()); t.isValid())
            return t;
        break;
    }
    // After the body's box: a byline or an update stamp with its date.
    static const QRegularExpression label(
        QStringLiteral(R"((?:^|[\s(])(?:author|autor(?:in)?|geschrieben von|written by|posted by|stand|)"
                       R"((?:zuletzt\s+)?(?:aktualisiert|ge(?:ä|ae)ndert)|letzte (?:ä|ae)nderung|)"
                       R"((?:last\s+)?(?:updated|edited|modified))\b\s*:?)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    Timestamp found;
    walkAfterBody(body, [&](const GumboNode *n) {
        if (isOtherItem(n))
            return AfterBody::PassOver;
        if (rawTextLongerThan(n, 400))
            return AfterBody::LookInside;
        const QString text = textOf(n, true);
        if (text.size() > 120)
            return AfterBody::LookInside;
        if (const QRegularExpressionMatch m = label.match(text); m.hasMatch())
            found = findDateIn(QStringView(text).mid(m.capturedEnd()));
        return found.isValid() ? AfterBody::Done : AfterBody::PassOver;
    });
    return found;
}

Timestamp dateInPageState(QByteArrayView page)
{
    // "published_at":"2019-03-02T06:22:28+01:00", also escaped in a string of JSON (\"publishedAt\":\"…\").
    static const char *const kKeys[] = {"published_at\"", "publishedAt\"", "datePublished\"", "date_published\"",
                                        "publishDate\"", "publish_date\"", "publicationDate\"", "publication_date\""};
    static const QRegularExpression iso(QStringLiteral(R"(^\s*:\s*\\?"(\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?)\\?")"));
    const std::string_view text(page.data(), std::size_t(page.size()));
    Timestamp found;
    for (const char *key : kKeys) {
        const std::string_view k(key);
        for (std::size_t at = text.find(k); at != std::string_view::npos; at = text.find(k, at + k.size())) {
            // The key is a JSON string of its own: a quote (or an escaped one) opens it.
            if (at == 0 || text[at - 1] != '"')
                continue;
            // JSON-LD is structured data, read with its items' types (htmlmetadata.cpp): a video's date is no story's.
            if (const std::size_t open = text.rfind("<script", at); open != std::string_view::npos) {
                const std::string_view tag = text.substr(open, std::min(text.find('>', open), at) - open);
                if (tag.find("ld+json") != std::string_view::npos)
                    continue;
            }
            const std::string_view after = text.substr(at + k.size(), 48);
            const QRegularExpressionMatch m = iso.match(QString::fromLatin1(after.data(), qsizetype(after.size())));
            const Timestamp t = m.hasMatch() ? parsePageDateTime(m.captured(1)) : Timestamp();
            if (!t.isValid())
                continue;
            if (found.isValid() && found.date() != t.date())
                return {}; // several items' dates
            if (!found.isValid())
                found = t;
        }
    }
    return found;
}

} // namespace html
} // namespace md
