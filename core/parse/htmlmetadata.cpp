// Structured data (JSON-LD, microdata) and the site's own names (publisher, host, logo, title affixes).
#include "core/parse/htmlmetadata.h"

#include "core/parse/articlerules.h"
#include "core/parse/pagedate.h"
#include "core/wording.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cstring>

namespace md {
namespace html {
namespace {

// "&amp;", "&#8217;" and the like, which some sites leave in JSON-LD strings.
QString unescapeEntities(QString text)
{
    if (!text.contains(u'&'))
        return text;
    static const QRegularExpression entity(QStringLiteral("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos|nbsp);"));
    QString out;
    qsizetype last = 0;
    auto it = entity.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        const QString name = m.captured(1);
        char32_t cp = 0;
        if (name.startsWith(QLatin1String("#x")) || name.startsWith(QLatin1String("#X")))
            cp = name.mid(2).toUInt(nullptr, 16);
        else if (name.startsWith(u'#'))
            cp = name.mid(1).toUInt();
        else if (name == QLatin1String("amp"))
            cp = u'&';
        else if (name == QLatin1String("lt"))
            cp = u'<';
        else if (name == QLatin1String("gt"))
            cp = u'>';
        else if (name == QLatin1String("quot"))
            cp = u'"';
        else if (name == QLatin1String("apos"))
            cp = u'\'';
        else
            cp = 0xA0;
        if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            cp = 0xFFFD;
        out += QString::fromUcs4(&cp, 1);
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

QString jsonText(const QJsonValue &value)
{
    return normalisedText(unescapeEntities(value.toString()).toStdString());
}

// One JSON-LD value or a list of them ("@type": "Recipe" or ["Recipe"], one author or several), as a list.
QJsonArray asList(const QJsonValue &value)
{
    return value.isArray() ? value.toArray() : QJsonArray{value};
}

// A name given as a list of names ("name": ["Nadia Rauf", "Imran Sheikh"]), as some sites' structured data does.
QString jsonNames(const QJsonValue &value)
{
    if (!value.isArray())
        return jsonText(value);
    QStringList names;
    for (const QJsonValue &v : value.toArray()) {
        if (const QString name = jsonText(v); !name.isEmpty())
            names.append(name);
    }
    return names.join(QLatin1String(", "));
}

// The names of the author value: objects by their name, or by the name of the node their "@id" points to.
QString authorNames(const QJsonValue &value, const QHash<QString, QString> &namesById, bool *organization)
{
    QStringList names;
    const QJsonArray list = asList(value);
    for (const QJsonValue &v : list) {
        QString name;
        if (v.isObject()) {
            const QJsonObject o = v.toObject();
            name = jsonNames(o.value(QLatin1String("name")));
            if (name.isEmpty())
                name = namesById.value(o.value(QLatin1String("@id")).toString());
            const QString type = o.value(QLatin1String("@type")).toString();
            if (type == QLatin1String("Organization") || type == QLatin1String("NewsMediaOrganization"))
                *organization = true;
        } else {
            name = jsonText(v);
        }
        if (!name.isEmpty() && !names.contains(name))
            names.append(name);
    }
    return names.join(QLatin1String(", "));
}

// A text with named entities left in it beyond the common few ("at&eacute; obter", as recipe plugins write their
// JSON-LD): read as a browser reads it, its entities decoded; else the text as it stands.
constexpr size_t kEntityTextBudget = 1024 * 1024;

QString decodedAsHtml(const QString &text)
{
    static const QRegularExpression named(QStringLiteral("&[A-Za-z][A-Za-z0-9]{1,31};"));
    if (!text.contains(named))
        return text;
    HtmlTree tree;
    if (tree.parse(text.toHtmlEscaped().replace(QLatin1String("&amp;"), QLatin1String("&")).toUtf8(), kEntityTextBudget,
                   QDeadlineTimer(1000)) != HtmlTree::Outcome::Parsed)
        return text;
    return textOf(tree.root());
}

// A recipe's steps: a text of lines, a list of texts, HowToStep objects ("text", else "name") and HowToSection
// objects holding more of them ("itemListElement"); tags some sites leave in the text are dropped.
void appendRecipeSteps(const QJsonValue &value, QStringList &steps, int depth = 0)
{
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    if (depth > 3)
        return;
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            appendRecipeSteps(v, steps, depth + 1);
        return;
    }
    QString text;
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        if (o.contains(QLatin1String("itemListElement"))) {
            appendRecipeSteps(o.value(QLatin1String("itemListElement")), steps, depth + 1);
            return;
        }
        text = o.value(QLatin1String("text")).toString();
        if (text.trimmed().isEmpty())
            text = o.value(QLatin1String("name")).toString();
    } else {
        text = value.toString();
    }
    for (const QString &line : unescapeEntities(text).replace(tag, QStringLiteral(" ")).split(u'\n')) {
        const QString step = decodedAsHtml(normalisedText(line.toStdString()));
        if (!step.isEmpty())
            steps.append(step);
    }
}

// A node of the schema.org type, typed alone or in a list (`"@type": ["Recipe"]`).
bool isOfType(const QJsonValue &type, QLatin1String name)
{
    const QJsonArray types = asList(type);
    return std::any_of(types.begin(), types.end(), [&](const QJsonValue &t) { return t.toString() == name; });
}

// An ISO 8601 duration as a reader reads it ("PT1H5M" -> "1 h 5 min", "P0Y0M0DT0H45M0S" -> "45 min"); empty when it
// is none or gives no time.
QString readableDuration(const QString &iso)
{
    static const QRegularExpression duration(
        QStringLiteral(R"(^P(?:\d+Y)?(?:\d+M)?(?:(\d+)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:\d+(?:\.\d+)?S)?)?$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = duration.match(iso.trimmed());
    if (!m.hasMatch())
        return {};
    const qint64 minutes = m.captured(1).toLongLong() * 24 * 60 + qint64(m.captured(2).toDouble() * 60)
        + qint64(m.captured(3).toDouble());
    if (minutes <= 0)
        return {};
    QStringList parts;
    if (minutes >= 60)
        parts.append(QStringLiteral("%1 h").arg(minutes / 60));
    if (minutes % 60)
        parts.append(QStringLiteral("%1 min").arg(minutes % 60));
    return parts.join(u' ');
}

// A recipe's times and yield as one short line ("Prep: 15 min · Cook: 50 min · Total: 1 h 5 min · Yield: 4
// servings"), from the fields structured data gives; empty when it gives none.
QString recipeFacts(const QJsonObject &recipe)
{
    QStringList facts;
    const std::pair<const char *, const char *> times[] = {{"prepTime", "Prep"}, {"cookTime", "Cook"}, {"totalTime", "Total"}};
    for (const auto &[field, label] : times) {
        if (const QString time = readableDuration(recipe.value(QLatin1String(field)).toString()); !time.isEmpty())
            facts.append(QLatin1String(label) + QLatin1String(": ") + time);
    }
    // A yield given several ways (["4", "4 servings"]) reads best in words.
    QString yield;
    for (const QJsonValue &v : asList(recipe.value(QLatin1String("recipeYield")))) {
        const QString text = v.isDouble() ? QString::number(v.toDouble()) : jsonText(v);
        if (yield.isEmpty() || (!std::any_of(yield.cbegin(), yield.cend(), [](QChar c) { return c.isLetter(); })
                                && std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetter(); })))
            yield = text;
    }
    if (!yield.isEmpty() && countWords(yield) <= 6)
        facts.append(QLatin1String("Yield: ") + yield);
    return facts.join(QStringLiteral(" \u00b7 "));
}

// A Recipe's ingredients, steps, times and yield; a HowTo's steps (its "step": the page's own text written as steps).
void readRecipe(const QJsonObject &recipe, ArticleMeta &meta)
{
    meta.recipeIsHowTo = !isOfType(recipe.value(QLatin1String("@type")), QLatin1String("Recipe"));
    if (meta.recipeIsHowTo) {
        appendRecipeSteps(recipe.value(QLatin1String("step")), meta.recipeSteps);
        return;
    }
    meta.recipeFacts = recipeFacts(recipe);
    const QJsonValue ingredients = recipe.value(QLatin1String("recipeIngredient"));
    for (const QJsonValue &v : asList(ingredients)) {
        if (const QString line = decodedAsHtml(jsonText(v)); !line.isEmpty())
            meta.recipeIngredients.append(line);
    }
    appendRecipeSteps(recipe.value(QLatin1String("recipeInstructions")), meta.recipeSteps);
}

bool isArticleType(const QJsonValue &type)
{
    const QJsonArray types = asList(type);
    for (const QJsonValue &t : types) {
        const QString name = t.toString();
        if (name.endsWith(QLatin1String("Article")) || name == QLatin1String("BlogPosting")
            || name == QLatin1String("LiveBlogPosting"))
            return true;
    }
    return false;
}

// An organisation or the website; a node typed both Person and Organization (a one-person site, as SEO
// plugins describe it) is that person, who writes its stories.
bool isOrganizationType(const QJsonValue &type)
{
    const QJsonArray types = asList(type);
    bool organization = false;
    for (const QJsonValue &t : types) {
        const QString name = t.toString();
        if (name == QLatin1String("Person"))
            return false;
        organization = organization || name.endsWith(QLatin1String("Organization")) || name == QLatin1String("WebSite");
    }
    return organization;
}

// Finds the first article object in a JSON-LD value (plain, in an array, or in "@graph"); iterative. Every
// node is looked at: a Yoast "@graph" names the author in a Person node the article points to by "@id", and
// the site in Organization and WebSite nodes.
bool findJsonLdArticle(const QJsonValue &top, ArticleMeta &meta)
{
    std::vector<QJsonValue> pending{top};
    QHash<QString, QString> namesById;
    QJsonObject article;
    QString pageDate;
    QJsonValue pageAuthor(QJsonValue::Undefined);
    bool found = false;
    int visited = 0;
    while (!pending.empty() && ++visited < 10000) {
        const QJsonValue v = pending.back();
        pending.pop_back();
        if (v.isArray()) {
            const QJsonArray a = v.toArray();
            for (qsizetype i = a.size() - 1; i >= 0; --i)
                pending.push_back(a.at(i));
            continue;
        }
        if (!v.isObject())
            continue;
        const QJsonObject o = v.toObject();
        const QString id = o.value(QLatin1String("@id")).toString();
        const QString name = jsonText(o.value(QLatin1String("name")));
        if (!id.isEmpty() && !name.isEmpty())
            namesById.insert(id, name);
        if (isOrganizationType(o.value(QLatin1String("@type"))) && !name.isEmpty())
            meta.siteNames.append(name);
        if (!found && isArticleType(o.value(QLatin1String("@type")))) {
            found = true;
            article = o;
            const QJsonValue publisher = o.value(QLatin1String("publisher"));
            if (publisher.isObject() && publisher.toObject().contains(QLatin1String("name")))
                meta.siteNames.append(jsonText(publisher.toObject().value(QLatin1String("name"))));
        }
        // A page node's datePublished (Yoast's WebPage beside the Article), or a how-to's or a recipe's (the page's
        // own text, written as steps): the story's date when no article node gives one.
        const QString type = o.value(QLatin1String("@type")).toString();
        if (meta.recipeIngredients.isEmpty() && meta.recipeSteps.isEmpty()
            && (isOfType(o.value(QLatin1String("@type")), QLatin1String("Recipe")) || isOfType(o.value(QLatin1String("@type")), QLatin1String("HowTo"))))
            readRecipe(o, meta);
        if (pageDate.isEmpty()
            && (type.endsWith(QLatin1String("WebPage")) || type == QLatin1String("HowTo") || type == QLatin1String("Recipe")))
            pageDate = o.value(QLatin1String("datePublished")).toString().trimmed();
        // The page node's author likewise (an SEO plugin's WebPage pointing to the post's writer, with no article
        // node at all).
        if (pageAuthor.isUndefined() && type.endsWith(QLatin1String("WebPage")) && o.contains(QLatin1String("author")))
            pageAuthor = o.value(QLatin1String("author"));
        if (o.contains(QLatin1String("@graph")))
            pending.push_back(o.value(QLatin1String("@graph")));
    }
    if (!found) {
        if (!meta.published.isValid())
            meta.published = parsePageDateTime(pageDate);
        if (meta.author.isEmpty() && !pageAuthor.isUndefined()) {
            bool organization = false;
            const QString name = authorNames(pageAuthor, namesById, &organization);
            if (isFullName(name))
                meta.author = name;
        }
        return false;
    }
    meta.found = true;
    meta.headline = jsonText(article.value(QLatin1String("headline")));
    const QJsonValue section = article.value(QLatin1String("articleSection"));
    for (const QJsonValue &v : asList(section)) {
        if (const QString name = jsonText(v); !name.isEmpty())
            meta.sections.append(name);
    }
    // The writer as schema.org's `creator` when the article names no `author`.
    const QJsonValue author = article.contains(QLatin1String("author")) ? article.value(QLatin1String("author"))
                                                                       : article.value(QLatin1String("creator"));
    meta.author = authorNames(author, namesById, &meta.authorIsOrganization);
    meta.published = parsePageDateTime(article.value(QLatin1String("datePublished")).toString().trimmed());
    if (!meta.published.isValid())
        meta.published = parsePageDateTime(pageDate);
    meta.modified = parsePageDateTime(article.value(QLatin1String("dateModified")).toString().trimmed());
    meta.articleBody = unescapeEntities(article.value(QLatin1String("articleBody")).toString()).trimmed();
    return true;
}

} // namespace

ArticleMeta readJsonLd(const std::vector<std::string> &scripts, QStringList &warnings)
{
    ArticleMeta meta;
    bool unreadable = false;
    for (const std::string &script : scripts) {
        // Raw line breaks inside strings are common in hand-made JSON-LD and invalid JSON.
        QByteArray json(script.data(), qsizetype(script.size()));
        // XHTML pages wrap the script in a CDATA section, sometimes inside comments: "/*<![CDATA[*/ … /*]]>*/".
        json = json.trimmed();
        for (const char *wrapper : {"/*<![CDATA[*/", "//<![CDATA[", "<![CDATA["}) {
            if (json.startsWith(wrapper)) {
                json.remove(0, qsizetype(std::strlen(wrapper)));
                break;
            }
        }
        json = json.trimmed();
        for (const char *wrapper : {"/*]]>*/", "//]]>", "]]>"}) {
            if (json.endsWith(wrapper)) {
                json.chop(qsizetype(std::strlen(wrapper)));
                break;
            }
        }
        for (char &c : json) {
            if (static_cast<unsigned char>(c) < 0x20)
                c = ' ';
        }
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
        if (error.error != QJsonParseError::NoError) {
            unreadable = true;
            continue;
        }
        const QJsonValue top = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
        if (!meta.found) {
            findJsonLdArticle(top, meta);
            continue;
        }
        // A page may describe its story twice (an SEO plugin's graph, then the theme's own block): a later
        // description fills what the first leaves out (a writer the graph points to but never names).
        if (!meta.author.isEmpty() && meta.published.isValid())
            break;
        ArticleMeta more;
        if (findJsonLdArticle(top, more)
            && (more.headline.isEmpty() || meta.headline.isEmpty() || sharedWordShare(more.headline, meta.headline) >= 0.5)) {
            if (meta.author.isEmpty()) {
                meta.author = more.author;
                meta.authorIsOrganization = more.authorIsOrganization;
            }
            if (!meta.published.isValid())
                meta.published = more.published;
            if (meta.recipeIngredients.isEmpty() && meta.recipeSteps.isEmpty()) {
                meta.recipeIngredients = more.recipeIngredients;
                meta.recipeSteps = more.recipeSteps;
                meta.recipeFacts = more.recipeFacts;
                meta.recipeIsHowTo = more.recipeIsHowTo;
            }
            meta.siteNames += more.siteNames;
        }
    }
    if (meta.found)
        return meta;
    if (unreadable)
        warnings.append(tr("The page's structured data (JSON-LD) could not be read; the article details were taken "
                           "from the page itself."));
    return meta;
}
// "author creator" holds the word "author": microdata and rel values are lists of words.
bool hasWord(const char *list, const char *word)
{
    const size_t n = std::strlen(word);
    for (const char *p = list; *p;) {
        while (*p == ' ')
            ++p;
        const char *end = p;
        while (*end && *end != ' ')
            ++end;
        if (size_t(end - p) == n && qstrnicmp(p, word, uint(n)) == 0)
            return true;
        p = end;
    }
    return false;
}

// The name a microdata author item gives: its [itemprop=name] part, its content attribute, else its text when
// short enough to be a name.
QString microdataName(const GumboNode *item)
{
    if (const char *content = attribute(item, "content"))
        return normalisedText(content);
    const GumboNode *name = nullptr;
    walk(
        item,
        [&](const GumboNode *n) {
            if (name || !isElement(n))
                return false;
            if (n != item && attribute(n, "itemprop") && hasWord(attribute(n, "itemprop"), "name")) {
                name = n;
                return false;
            }
            return true;
        },
        [](const GumboNode *) {});
    const QString text = textOf(name ? name : item);
    return countWords(text) <= 8 ? text : QString();
}

// ---------------------------------------------------------------------------------------------------
// The site's own name, which is never an author and is cut from titles.

// Letters and digits only, lower-cased: "DAWN.COM" → "dawncom", "Geo News" → "geonews".
QString nameKey(QStringView text)
{
    QString key;
    key.reserve(text.size());
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            key.append(c.toLower());
    }
    return key;
}

namespace {

// A name without "The" before it and the generic words a channel or paper adds after it ("News", "TV", "English",
// "Online", "Digital"), as a key: "The Express Tribune" → "expresstribune", "Aaj English TV" → "aaj", "Aaj News" →
// "aaj". Empty when fewer than three letters are left.
QString bareNameKey(QStringView name)
{
    QStringList words = name.toString().split(u' ', Qt::SkipEmptyParts);
    if (words.size() > 1 && words.front().compare(QLatin1String("the"), Qt::CaseInsensitive) == 0)
        words.removeFirst();
    static const QStringList generic{QStringLiteral("news"), QStringLiteral("tv"), QStringLiteral("english"), QStringLiteral("online"),
                                     QStringLiteral("digital")};
    while (words.size() > 1 && generic.contains(words.back().toLower()))
        words.removeLast();
    const QString key = nameKey(words.join(u' '));
    return key.size() >= 3 ? key : QString();
}

} // namespace

void SiteNames::add(QStringView name)
{
    if (const QString key = bareNameKey(name); !key.isEmpty())
        bare.append(key);
    // "MG News" for "Mettis Global News": a byline may print the site's name with its first words as
    // initials. Matched whole, never by prefix ("BR Research" is a desk, not "Business Recorder").
    const QStringList words = name.toString().split(u' ', Qt::SkipEmptyParts);
    if (words.size() >= 2 && words.size() <= 6) {
        for (qsizetype from = 0; from < words.size(); ++from) {
            for (qsizetype to = from + 2; to <= words.size(); ++to) {
                QString key;
                for (qsizetype w = 0; w < words.size(); ++w) {
                    if (w >= from && w < to)
                        key += words[w].front().toLower();
                    else
                        key += nameKey(words[w]);
                }
                shortened.append(key);
            }
        }
    }
    // A blog's masthead may print its name without a word of it: "Cement News" over the posts of "Cement Trade
    // News". Its first and last words stay.
    if (words.size() >= 3 && words.size() <= 6) {
        for (qsizetype left = 1; left + 1 < words.size(); ++left) {
            QString key;
            for (qsizetype w = 0; w < words.size(); ++w) {
                if (w != left)
                    key += nameKey(words[w]);
            }
            abridged.append(key);
        }
    }
    QString key = nameKey(name);
    for (const char *tail : {"com", "tv", "pk", "net", "org"}) {
        if (key.size() > 6 && key.endsWith(QLatin1String(tail)))
            keys.append(key.left(key.size() - qsizetype(std::strlen(tail))));
    }
    if (key.size() >= 2)
        keys.append(key);
}

bool SiteNames::matches(QStringView name) const
{
    const QString k = nameKey(name);
    if (k.size() < 2)
        return false;
    if (shortened.contains(k) || abridged.contains(k))
        return true;
    // "MG News" for a site named "Mettis Global": its initials with a generic word after them.
    for (const char *tail : {"news", "online", "tv", "digital"}) {
        const qsizetype cut = qsizetype(std::strlen(tail));
        if (k.size() > cut + 1 && k.endsWith(QLatin1String(tail)) && shortened.contains(k.left(k.size() - cut)))
            return true;
    }
    // A site named like a desk ("Revenue Desk" in its title and logo) is still the site.
    if (keys.contains(k))
        return true;
    // "Samaa Web Desk", "Dawn Report", "Redaktion Ledger", "Redacción Diario Siete": the site's desk is a
    // byline, not the site.
    const QString lower = name.trimmed().toString().toLower();
    for (const char *desk : {" desk", " report", " reporter", " correspondent", " staff", " bureau", " redaktion"}) {
        if (lower.endsWith(QLatin1String(desk)))
            return false;
    }
    for (const QString &desk : {QStringLiteral("redaktion "), QStringLiteral("redacción "), QStringLiteral("rédaction "),
                                QStringLiteral("redazione "), QStringLiteral("redactie ")}) {
        if (lower.startsWith(desk))
            return false;
    }
    // "Express Tribune" for "The Express Tribune", "ARY" for "ARY News", "Aaj News" for "Aaj English TV".
    if (const QString key = bareNameKey(name); !key.isEmpty() && bare.contains(key))
        return true;
    for (const QString &key : keys) {
        if (k == key)
            return true;
        if (k.size() >= 4 && key.size() >= 4 && (k.startsWith(key) || key.startsWith(k)))
            return true;
        if (key.size() >= 5 && k.contains(key))
            return true;
    }
    return false;
}

bool SiteNames::isNamedBy(QStringView text) const
{
    return countWords(text) < 6 ? matches(text) : keys.contains(nameKey(text));
}

bool SiteNames::isSiteNotItsWriter(QStringView name) const
{
    // The host's key is lower-cased letters and digits: a name equal to it is printed so.
    return matches(name) && (host.isEmpty() || name != host);
}

// The host's first label that is not "www": "https://www.thenews.com.pk/…" → "thenews".
QString hostName(const QString &url)
{
    qsizetype start = url.indexOf(QLatin1String("//"));
    if (start < 0)
        return {};
    start += 2;
    qsizetype end = start;
    while (end < url.size() && url[end] != u'/' && url[end] != u':' && url[end] != u'?')
        ++end;
    const QStringList labels = url.mid(start, end - start).split(u'.', Qt::SkipEmptyParts);
    for (const QString &label : labels) {
        if (label.compare(QLatin1String("www"), Qt::CaseInsensitive) != 0 && label.compare(QLatin1String("m"), Qt::CaseInsensitive) != 0)
            return label;
    }
    return {};
}

// A title split at its separators: "Headline - Business - Dawn" → {"Headline", "Business", "Dawn"}.
QStringList titleParts(const QString &title)
{
    // Between spaces; a bar also without them ("NEWS WEB EASY|…", as pages in scripts without spaces print it).
    static const QRegularExpression separator(
        QStringLiteral(R"(\s+[|\-\x{2013}\x{2014}:\x{00b7}\x{00bb}\x{203a}\x{2022}]{1,2}\s+|\s*[|\x{ff5c}]\s*)"));
    return title.split(separator, Qt::SkipEmptyParts);
}

bool isTitleAffix(const QString &text, const QString &title, const SiteNames &site)
{
    if (countWords(text) > 3)
        return false;
    const QStringList parts = titleParts(title);
    const QString key = nameKey(text);
    qsizetype longest = 0;
    bool isPart = false;
    for (const QString &part : parts) {
        if (!site.matches(part))
            longest = std::max(longest, part.size());
        isPart = isPart || nameKey(part) == key;
    }
    return parts.size() >= 2 && isPart && text.size() < longest;
}

// The title without the site name (and the section before it) at either end, when a part names the site.
QString withoutSiteAffix(const QString &title, const SiteNames &site)
{
    QStringList parts = titleParts(title);
    if (parts.size() < 2)
        return title;
    // A section's name beside the site's ("- Business - Dawn", "Dawn - Business -"): short, no sentence in it.
    const auto isSection = [&](const QString &part) { return parts.size() > 1 && countWords(part) <= 2 && part.size() <= 24; };
    bool cut = false;
    if (site.isNamedBy(parts.last())) {
        parts.removeLast();
        cut = true;
        while (isSection(parts.last()))
            parts.removeLast();
    } else if (site.isNamedBy(parts.first())) {
        parts.removeFirst();
        cut = true;
        while (isSection(parts.first()))
            parts.removeFirst();
    }
    if (!cut)
        return title;
    // Put back the separators inside the headline itself by cutting the original text.
    const QString &first = parts.first();
    const QString &last = parts.last();
    const qsizetype from = title.indexOf(first);
    const qsizetype to = title.lastIndexOf(last) + last.size();
    return from >= 0 && to > from ? title.mid(from, to - from).trimmed() : parts.join(u' ');
}

QString readTitleAffixes(const QString &headline, const QStringList &titles, const QString &metaAuthor,
                         const QString &pageUrl, bool authorIsOrganization, SiteNames &site)
{
    QString writerInTitle;
    if (headline.isEmpty())
        return writerInTitle;
    for (const QString &title : titles) {
        if (title.size() > headline.size() && title.contains(headline)) {
            const QStringList parts = titleParts(QString(title).replace(headline, QString()));
            const QString affix = parts.isEmpty() ? QString() : title.startsWith(headline) ? parts.last() : parts.first();
            // A columnist's or a blog's title may end in the writer's name ("Story | Eleanor Ainge Roy"), which
            // the author meta tag repeats; a name that starts with the site's host name ("BBC News" on
            // bbc.com) or that structured data calls an organisation is the site's. The affix stays a site
            // name for every other source; it is the author only when nothing else names one.
            const QString host = nameKey(hostName(pageUrl));
            if (!affix.isEmpty() && !site.matches(affix) && nameKey(affix) == nameKey(metaAuthor)
                && !authorIsOrganization && (host.isEmpty() || !nameKey(affix).startsWith(host)))
                writerInTitle = affix;
            if (!affix.isEmpty())
                site.add(affix);
        } else if (const QStringList parts = titleParts(title); parts.size() >= 2) {
            // The same headline printed with other quotes or dashes: "Are car buyers finally coming back? |
            // The Express Tribune" beside the visible "Are car buyers ‘finally’ coming back?".
            if (nameKey(parts.first()) == nameKey(headline))
                site.add(parts.last());
            else if (nameKey(parts.last()) == nameKey(headline))
                site.add(parts.first());
        }
    }
    return writerInTitle;
}

// The share of a headline's words (letters and digits, folded) that another title holds too.
double sharedWordShare(const QString &headline, const QString &title)
{
    static const QRegularExpression nonWord(QStringLiteral(R"([^\w]+)"), QRegularExpression::UseUnicodePropertiesOption);
    const QStringList words = headline.toCaseFolded().split(nonWord, Qt::SkipEmptyParts);
    if (words.isEmpty())
        return 1.0;
    const QStringList other = title.toCaseFolded().split(nonWord, Qt::SkipEmptyParts);
    const QSet<QString> titleWords(other.cbegin(), other.cend());
    int shared = 0;
    for (const QString &w : words)
        shared += titleWords.contains(w);
    return double(shared) / double(words.size());
}

const QString &publishingStampWords()
{
    static const QString words = QStringLiteral(
        "published|updated|last updated|posted|veröffentlicht|publiziert|aktualisiert|publié|mis à jour|publicado|actualizado|pubblicato|aggiornato");
    return words;
}

bool isFullName(const QString &text)
{
    static const QRegularExpression fullName(QStringLiteral(R"(^\p{Lu}[\p{L}.'\-]*(?:\s+\p{Lu}[\p{L}.'\-]*){1,3}$)"));
    return fullName.match(text).hasMatch();
}

// A name as a byline gives it, without what pages print around it: a social handle after it ("Ahiza Garcia
// @ahiza_garcia"), a label before it ("Autor: …", "Auteur : …", "byName", "By Name" as structured data may give
// it), a mark before it ("~ Name"), a "Follow" button's word glued to it, a degree or the writer's post after it ("…, PhD", "… Staff Writer"), another
// label's line after it ("… Kategorien: Mode").
// Empty for a call, a label or a credit in the author's place ("Follow @StevenMufson", "Author:", "Article by",
// "Autoreninfo", "Foto: …", "Veröffentlicht am", an address, a question).
QString authorNameOf(const QString &text)
{
    QString name = text.simplified();
    // The label run into the name with its colon after it ("Autor Mark Newton:"): the name.
    static const QRegularExpression labelledName(QStringLiteral(R"(^(?:Autor(?:in)?|Author|Auteur)\s+(\p{Lu}.*\S)\s*[:：]$)"));
    if (const QRegularExpressionMatch m = labelledName.match(name); m.hasMatch() && isFullName(m.captured(1)))
        name = m.captured(1);
    // The label before the name with no colon ("Autor Mark Newton"), or the piece's word ("Story by Mark Newton",
    // "Article by …"): the name, when a full name follows.
    static const QRegularExpression labelBefore(QStringLiteral(R"(^(?:Autor(?:in)?|Author|Auteur|(?i:story|article|reporting)\s+by)\s+(\p{Lu}.*\S)$)"));
    if (const QRegularExpressionMatch m = labelBefore.match(name); m.hasMatch() && isFullName(m.captured(1)))
        name = m.captured(1);
    static const QRegularExpression notAName(
        QStringLiteral(R"(^(?:follow\b|@)|https?:|www\.|[:：?→»›]$|^(?:fotos?|photos?|bild(?:er)?|images?|pictures?|illustrations?|grafik)\s*[:：/]|^(?:)")
            + publishingStampWords() + QStringLiteral(R"()\b|^\S*(?:author|autor|auteur)\S*$|(?:^|\s)(?:by|von)$)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    if (notAName.match(name).hasMatch())
        return {};
    static const QRegularExpression before(
        QStringLiteral(R"(^(?:[~\-\x{2013}\x{2014}\x{00b7}\x{2022}|]+\s*|(?i:authors?|autor(?:in|en)?|auteurs?|autor[ei]|text|texto|testo)\s*[:：]\s*|[Bb]y(?=\p{Lu})|(?:By|BY)\s+(?=\p{Lu}))+)"));
    name.remove(before);
    static const QRegularExpression after(
        QStringLiteral(R"(\s+\p{Lu}\p{Ll}+\s*:\s.*$|\s+\(?@\w+\)?$|\s+\S+@[\w-]+(?:\.[\w-]+)+$|(?<=\p{Ll})Follow$|,\s*(?:Ph\.?D\.?|M\.?D\.?|RDN?|MSc?|MA|MBA|MPH|RN|LD|CPT|CSCS|DO)\b\.?$)"));
    for (int i = 0; i < 3; ++i) {
        const QString before = name;
        name.remove(after);
        name = name.trimmed();
        if (name == before)
            break;
    }
    // The writer's post printed after the name ("Evan Hale Staff Writer", "Christoph Weber Chefredakteur", "Sana
    // Mirza, Special Correspondent"), cut only when a full name is left: "Staff Reporter" and "Our Correspondent"
    // are the credit itself.
    // A place may follow the post ("Sana Mirza, Correspondent, Karachi").
    static const QRegularExpression post(QStringLiteral(
        R"(,?\s+(?:(?:Staff|Senior|Contributing|Chief|Managing|Political|Business|Special|Economic)\s+)?(?:Writer|Reporter|Editor|Correspondent|Contributor|Columnist|Chefredakteur(?:in)?|Redakteur(?:in)?|Journalist(?:in)?|Rédacteur|Redactor[a]?)(?:,\s*\p{Lu}\p{Ll}+)?$)"));
    if (const QRegularExpressionMatch m = post.match(name); m.hasMatch()) {
        const QString rest = name.left(m.capturedStart());
        static const QRegularExpression credit(QStringLiteral(R"(^(?:Our|Staff|The|A|An)\b)"));
        if (isFullName(rest) && !credit.match(rest).hasMatch())
            name = rest;
    }
    // A name has letters; a call ends like a sentence ("More to come. Watch this space!").
    if (notAName.match(name).hasMatch() || name.endsWith(u'!') || std::none_of(name.cbegin(), name.cend(), [](QChar c) { return c.isLetter(); }))
        return {};
    // What a publishing system or a share bar prints in the writer's place: its account names ("admin",
    // "Super User", "publisher", "Unknown"), a button's or a menu's word ("Tweet", "Teilen", "Login", "Anmelden", "Home",
    // "Read more", "Comments"), an e-mail address.
    static const QRegularExpression placeholder(
        QStringLiteral(R"(^(?:admin|administrator|site ?admin|webmaster|super ?user|publisher|user|guest|unknown|unknown author|no author|author name|anonymous|home|menu|search|subscribe|contact|comments?|read more|more|next|previous|anonym|anónimo|anonyme|n/?a|none|null|tweet|share|teilen|partager|compartir|print|drucken|e-?mail|log ?in|sign ?in|anmelden|einloggen|register|registrieren|connexion)$|^\S+@\S+\.\w+$)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    if (placeholder.match(name).hasMatch())
        return {};
    // One letter is no name ("S.", a reviewer's initial).
    static const QRegularExpression initial(QStringLiteral(R"(^\p{L}\.?$)"));
    if (initial.match(name).hasMatch())
        return {};
    // A choice is a filter's label, not a name ("By Course or Type" in a recipe site's menu).
    static const QRegularExpression choice(QStringLiteral(R"(\s(?:or|oder|ou)\s)"));
    if (choice.match(name).hasMatch())
        return {};
    // A company named by its legal form ("bergportal GmbH", "Sitara Textiles (Pvt) Ltd") is an organisation, not a writer.
    static const QRegularExpression company(
        QStringLiteral(R"(\s(?:GmbH|AG|KG|e\.\s?V\.|Ltd\.?|Limited|Inc\.?|LLC|S\.A\.|SARL|S\.r\.l\.|B\.V\.|PLC|Pvt\.?)(?:\s|,|$))"));
    if (company.match(name).hasMatch())
        return {};
    // Nor is a public body named by its kind: a ministry, a federal or state office, a university ("Bundesministerium für
    // Wirtschaft", "Ministry of Finance", "Universität Bonn").
    static const QRegularExpression institution(
        QStringLiteral(R"(\b(?:\w*ministerium|ministry|minist[eè]re|ministerio|bundesamt|landesamt|universit(?:ät|y|é|ad)|hochschule)\b)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    if (institution.match(name).hasMatch())
        return {};
    // A web address is a site's credit ("oe24.at"), and a line with a label's colon left in it is a heading or a
    // title ("DIY: Kleines Farbbüchlein", "Interview: Jens Weber"), not a name.
    static const QRegularExpression domain(QStringLiteral(R"(^[\w-]+(?:\.[\w-]+)*\.(?:[a-z]{2}|com|net|org|info|news|online)$)"));
    if (domain.match(name).hasMatch() || name.contains(QLatin1String(": ")))
        return {};
    // The name printed twice (for the eye and for screen readers): once.
    const QStringList words = name.split(u' ');
    if (words.size() >= 4 && words.size() % 2 == 0 && words.front().size() > 2
        && words.mid(0, words.size() / 2) == words.mid(words.size() / 2))
        name = QStringList(words.mid(0, words.size() / 2)).join(u' ');
    return name;
}

QString withoutSiteAfterName(const QString &name, const SiteNames &site)
{
    static const QRegularExpression siteAfter(QStringLiteral(R"(^(\p{Lu}.*?)(?:\s*,|\s+for|\s+(?:[|/\-\x{2013}\x{2014}]))\s+(\S.*)$)"));
    const QRegularExpressionMatch m = siteAfter.match(name);
    if (!m.hasMatch())
        return name;
    const QString writer = m.captured(1).trimmed();
    return isFullName(writer) && !site.matches(writer) && site.matches(m.captured(2).trimmed()) ? writer : name;
}

QString fullNamesForInitials(const QString &author, const QStringList &candidates)
{
    static const QRegularExpression initials(QStringLiteral(R"(^(?:\p{Lu}\.?\s?){2,4}$)"));
    if (!initials.match(author).hasMatch())
        return author;
    QString letters = author;
    letters.remove(u'.');
    letters.remove(u' ');
    for (const QString &candidate : candidates) {
        const QString first = candidate.section(u',', 0, 0).trimmed();
        if (!isFullName(first))
            continue;
        QString firstLetters;
        for (const QString &word : first.split(u' ', Qt::SkipEmptyParts))
            firstLetters += word.front();
        if (firstLetters == letters)
            return candidate;
    }
    return author;
}

} // namespace html
} // namespace md
