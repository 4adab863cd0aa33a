// Gold files and page scores for the fidelity measure.
#include "fidelityscore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

namespace md::fidelity {
namespace {

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out.append(v.toString());
    return out;
}

double ratio(int part, int whole)
{
    return whole > 0 ? double(part) / whole : 0.0;
}

} // namespace

QString normalised(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        switch (c.unicode()) {
        case 0x2018: case 0x2019: case 0x201A: case 0x2032: case 0x0060: out += u'\''; break;
        case 0x201C: case 0x201D: case 0x201E: case 0x2033: out += u'"'; break;
        case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2212: out += u'-'; break;
        case 0x00A0: case 0x2009: case 0x202F: out += u' '; break;
        case 0x00AD: case 0x200B: break; // a soft hyphen or zero-width space: no text a reader sees
        default: out += c.toLower();
        }
    }
    out = out.simplified();
    if (out.startsWith(QLatin1String("by ")))
        out.remove(0, 3);
    return out;
}

// Trafilatura's own way (white space only), with the invisible characters dropped: a soft hyphen or a zero-width
// space in a page's word ("Werk\u00ADzeug") is no text a reader sees, whichever reader keeps it.
QString whitespaceNormalised(const QString &text)
{
    QString out = text;
    out.remove(QChar(0x00AD));
    out.remove(QChar(0x200B));
    return out.simplified();
}

bool sameHeadline(const QString &expected, const QString &got)
{
    const QString e = normalised(expected);
    const QString g = normalised(got);
    if (e == g)
        return true;
    if (e.isEmpty() || g.isEmpty())
        return false;
    // One is the other with the site's (or section's) name set after a separator, as a page's <title> prints it.
    const QString &longer = e.size() > g.size() ? e : g;
    const QString &shorter = e.size() > g.size() ? g : e;
    static const QStringList separators{QStringLiteral(" | "), QStringLiteral(" - "), QStringLiteral(" :: "),
                                        QStringLiteral(" _"), QStringLiteral(" » "), QStringLiteral(" · "),
                                        QStringLiteral(": "), QStringLiteral("_")}; // "标题_科技_腾讯网": CJK titles set no spaces
    for (const QString &sep : separators) {
        if ((longer.startsWith(shorter) && longer.mid(shorter.size()).startsWith(sep))
            || (longer.endsWith(shorter) && longer.left(longer.size() - shorter.size()).endsWith(sep)))
            return true;
    }
    return false;
}

bool sameAuthors(const QString &expected, const QString &got)
{
    // The same writers, however the list is joined: "A and B" as the byline prints it (French "et", German
    // "und"), "A, B" or "A; B" as structured data lists it.
    static const QRegularExpression joins(QStringLiteral(R"(\s*(?:,|;|\||&|\band\b|\bet\b|\bund\b)\s*)"));
    auto names = [](const QString &list) {
        QStringList out = normalised(list).split(joins, Qt::SkipEmptyParts);
        for (QString &n : out)
            n = n.trimmed();
        out.removeAll(QString());
        out.sort();
        return out;
    };
    return names(expected) == names(got);
}

bool readGold(const QString &path, Gold *gold, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        *error = QStringLiteral("%1: not a gold file (%2)").arg(path, parseError.errorString());
        return false;
    }
    const QJsonObject o = doc.object();
    gold->site = o.value(QLatin1String("site")).toString();
    gold->layout = o.value(QLatin1String("layout")).toString();
    gold->headline = o.value(QLatin1String("headline")).toString();
    // Several writers may be annotated as a list ("author": ["A", "B"]): the same writers as "A, B".
    const QJsonValue author = o.value(QLatin1String("author"));
    gold->author = author.isArray() ? strings(author).join(QLatin1String(", ")) : author.toString();
    gold->published = o.value(QLatin1String("published")).toString();
    gold->captured = o.value(QLatin1String("captured")).toString();
    gold->paragraphs = o.value(QLatin1String("paragraphs")).toInt();
    gold->scoresHeadline = o.contains(QLatin1String("headline"));
    gold->scoresAuthor = o.contains(QLatin1String("author"));
    gold->scoresPublished = o.contains(QLatin1String("published"));
    gold->scoresCaptured = o.contains(QLatin1String("captured"));
    gold->whitespaceOnly = o.value(QLatin1String("match")).toString() == QLatin1String("whitespace");
    gold->url = o.value(QLatin1String("url")).toString();
    gold->summaryApart = o.contains(QLatin1String("summary"));
    gold->summary = strings(o.value(QLatin1String("summary")));
    gold->include = strings(o.value(QLatin1String("include")));
    gold->exclude = strings(o.value(QLatin1String("exclude")));
    return true;
}

namespace {

// "www.dawn.com" → "dawn", "epaper.brecorder.com" → "brecorder", "mettisglobal.news" → "mettisglobal".
QString siteOfHost(QString host)
{
    QStringList labels = host.toLower().split(QLatin1Char('.'), Qt::SkipEmptyParts);
    if (labels.size() < 2)
        return labels.value(0);
    labels.removeLast(); // the top-level domain
    if (labels.size() >= 2 && (labels.last() == QLatin1String("com") || labels.last() == QLatin1String("co")))
        labels.removeLast(); // "thenews.com.pk"
    return labels.last();
}

} // namespace

QString siteOfPage(const Gold &gold, const QString &relativePath, const QString &pageText)
{
    if (!gold.site.isEmpty())
        return gold.site;
    const QUrl url(gold.url);
    if (url.isValid() && !url.host().isEmpty())
        return siteOfHost(url.host());
    const qsizetype slash = relativePath.indexOf(QLatin1Char('/'));
    if (slash > 0)
        return relativePath.left(slash);
    // A text copy's masthead: a logo line among its first lines ("DAWN.COM Logo", "Brecorder Logo").
    const QStringList lines = pageText.left(2000).split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size() && i < 10; ++i) {
        const QString line = lines[i].trimmed();
        if (line.endsWith(QLatin1String(" Logo"), Qt::CaseInsensitive) && line.count(QLatin1Char(' ')) <= 3) {
            const QString name = line.chopped(5).trimmed();
            return name.contains(QLatin1Char('.')) ? siteOfHost(name) : name.toLower().remove(QLatin1Char(' '));
        }
    }
    return QStringLiteral("unknown");
}

PageScore scorePage(const Gold &gold, const Reading &reading)
{
    PageScore score;
    auto same = [&](const char *what, const QString &expected, const QString &got, bool *result) {
        *result = normalised(expected) == normalised(got);
        if (!*result)
            score.notes.append(QStringLiteral("%1: expected \"%2\", got \"%3\"").arg(QLatin1String(what), expected, got));
    };
    if (gold.scoresHeadline) {
        score.headline = sameHeadline(gold.headline, reading.headline);
        if (!score.headline)
            score.notes.append(QStringLiteral("headline: expected \"%1\", got \"%2\"").arg(gold.headline, reading.headline));
    }
    if (gold.scoresAuthor) {
        score.author = sameAuthors(gold.author, reading.author);
        if (!score.author)
            score.notes.append(QStringLiteral("author: expected \"%1\", got \"%2\"").arg(gold.author, reading.author));
    }
    if (gold.scoresPublished)
        same("published", gold.published, reading.published, &score.published);
    if (gold.scoresCaptured && reading.hasCaptured)
        same("captured", gold.captured, reading.captured, &score.captured);

    const auto norm = gold.whitespaceOnly ? whitespaceNormalised : normalised;
    const QString body = norm(gold.summaryApart || reading.summary.isEmpty() ? reading.body
                                                                               : reading.summary + u'\n' + reading.body);
    score.emptyBody = body.isEmpty();
    if (score.emptyBody)
        score.notes.append(QStringLiteral("empty body"));
    for (const QString &snippet : gold.include) {
        if (body.contains(norm(snippet))) {
            ++score.includeFound;
        } else {
            ++score.includeMissed;
            score.notes.append(QStringLiteral("body misses \"%1\"").arg(snippet));
        }
    }
    for (const QString &snippet : gold.exclude) {
        if (body.contains(norm(snippet))) {
            ++score.excludeFound;
            score.notes.append(QStringLiteral("body holds \"%1\"").arg(snippet));
        }
    }
    if (!reading.error.isEmpty())
        score.notes.prepend(reading.error);
    return score;
}

void Tally::add(const Gold &gold, const PageScore &score, const Reading &reading)
{
    ++pages;
    emptyBodies += score.emptyBody;
    auto count = [](bool scored, bool right, int *hits, int *scoredPages) {
        if (scored) {
            ++*scoredPages;
            *hits += right;
        }
    };
    count(gold.scoresHeadline, score.headline, &headline, &headlinePages);
    count(gold.scoresAuthor, score.author, &author, &authorPages);
    count(gold.scoresPublished, score.published, &published, &publishedPages);
    count(gold.scoresCaptured && reading.hasCaptured, score.captured, &captured, &capturedPages);
    includeFound += score.includeFound;
    includeMissed += score.includeMissed;
    excludeFound += score.excludeFound;
    milliseconds += reading.milliseconds;
}

double Tally::precision() const
{
    return ratio(includeFound, includeFound + excludeFound);
}

double Tally::recall() const
{
    return ratio(includeFound, includeFound + includeMissed);
}

double Tally::f1() const
{
    const double p = precision();
    const double r = recall();
    return p + r > 0.0 ? 2.0 * p * r / (p + r) : 0.0;
}

} // namespace md::fidelity
