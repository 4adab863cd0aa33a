// The ticker strip of an HTML page: rows found by the landmarks, read with the market-line grammar.
#include "core/parse/htmlticker.h"

#include "core/parse/marketline.h"
#include "core/parse/sitemarkup.h"
#include "core/wording.h"

#include <QSet>
#include <QStringList>

#include <algorithm>

namespace md {
namespace html {
namespace {

bool hasLink(const GumboNode *row)
{
    bool found = false;
    walk(
        row,
        [&](const GumboNode *n) {
            if (found || !isElement(n))
                return false;
            if (n->v.element.tag == GUMBO_TAG_A && attribute(n, "href"))
                found = true;
            return !found;
        },
        [](const GumboNode *) {});
    return found;
}

// +1 for a text-green-… class on the row or inside it, -1 for text-red-…, 0 when neither.
int colourHint(const GumboNode *row)
{
    int hint = 0;
    walk(
        row,
        [&](const GumboNode *n) {
            if (hint != 0 || !isElement(n))
                return false;
            anyClassOrIdToken(n, [&](std::string_view t) {
                if (t.compare(0, 11, "text-green-") == 0)
                    hint = 1;
                else if (t.compare(0, 9, "text-red-") == 0)
                    hint = -1;
                return hint != 0;
            });
            return hint == 0;
        },
        [](const GumboNode *) {});
    return hint;
}

constexpr int kNoDirectionWords = 2;

// +1 "Increased By", -1 "Decreased By", 0 "No Change", kNoDirectionWords when the row has none.
int directionWords(const QString &line)
{
    if (line.contains(QLatin1String(site::kRisePhrase), Qt::CaseInsensitive))
        return 1;
    if (line.contains(QLatin1String(site::kFallPhrase), Qt::CaseInsensitive))
        return -1;
    if (line.contains(QLatin1String(site::kNoChangePhrase), Qt::CaseInsensitive))
        return 0;
    return kNoDirectionWords;
}

// The flattened text of a row, with the direction words the row's colour implies when it has none.
QString rowLine(const GumboNode *row, int *words, int *hint)
{
    QString line = textOf(row, true);
    *hint = colourHint(row);
    *words = directionWords(line);
    if (*words == kNoDirectionWords && *hint != 0) {
        // No screen-reader words: the row's colour says which way it moved.
        const QStringList parts = line.split(u' ');
        if (parts.size() >= 3) {
            line = parts.mid(0, 2).join(u' ') + u' ' + QLatin1String(*hint > 0 ? site::kRisePhrase : site::kFallPhrase)
                + u' ' + parts.mid(2).join(u' ');
        }
    }
    return line;
}

// The row a screen-reader span belongs to: its parent, or (when the span sits in a cell) the nearest of
// a few ancestors whose text reads as a ticker row. line, words and hint are those of the row.
const GumboNode *rowOfDirectionSpan(const GumboNode *span, QString *line, int *words, int *hint)
{
    const GumboNode *row = span->parent;
    for (int level = 0; level < 3 && row && isElement(row); ++level, row = row->parent) {
        *line = rowLine(row, words, hint);
        if (parseMarketLine(*line))
            return row;
    }
    *line = rowLine(span->parent, words, hint);
    return span->parent;
}

} // namespace

bool isDirectionPhrase(const QString &text)
{
    return text.compare(QLatin1String(site::kRisePhrase), Qt::CaseInsensitive) == 0
        || text.compare(QLatin1String(site::kFallPhrase), Qt::CaseInsensitive) == 0
        || text.compare(QLatin1String(site::kNoChangePhrase), Qt::CaseInsensitive) == 0;
}

void readTicker(const Landmarks &lm, Snapshot &snapshot, const LoadLimits &limits)
{
    struct Row
    {
        QString line;
        int words;
        int hint;
        bool linked;
        bool parses;
        bool viaWords;
    };
    std::vector<Row> found;
    QSet<const GumboNode *> done;
    for (const GumboNode *candidate : lm.tickerRows) {
        const bool viaWords = lm.directionSpans.contains(candidate);
        if (viaWords && done.contains(candidate->parent))
            continue; // its row was read as a child of the strip
        Row r{};
        const GumboNode *row = viaWords ? rowOfDirectionSpan(candidate, &r.line, &r.words, &r.hint) : candidate;
        if (done.contains(row))
            continue;
        if (!viaWords)
            r.line = rowLine(row, &r.words, &r.hint);
        if (r.line.isEmpty())
            continue;
        r.parses = parseMarketLine(r.line).has_value();
        r.viaWords = viaWords;
        // Only a row with screen-reader direction words is surely a ticker row worth a warning.
        if (!r.parses && !viaWords)
            continue;
        r.linked = hasLink(row);
        done.insert(row);
        found.push_back(std::move(r));
    }
    // Business Recorder links each stock to its company page and not the indices: where a strip links some
    // rows, the rows without a link are indices. Elsewhere the index names decide.
    const bool linksMarkStocks = std::any_of(found.begin(), found.end(), [](const Row &r) { return r.parses && r.linked; });

    QStringList unread;
    QStringList colourDoubts;
    {
        MarketRowCollector rows(snapshot, limits.maxMarketRows);
        for (const Row &r : found) {
            if (!r.parses) {
                unread.append(r.line);
                continue;
            }
            rows.addLine(r.line, linksMarkStocks && !r.linked);
            if ((r.words == 1 || r.words == -1) && r.hint != 0 && r.hint != r.words) {
                colourDoubts.append(tr("%1 is coloured as %2 but says \"%3\"; the words were trusted.")
                                        .arg(r.line.section(u' ', 0, 0), r.hint > 0 ? tr("rising") : tr("falling"),
                                             QString::fromLatin1(r.words > 0 ? site::kRisePhrase : site::kFallPhrase)));
            }
        }
    }
    snapshot.warnings.append(colourDoubts);
    for (const QString &line : std::as_const(unread))
        snapshot.warnings.append(tr("A ticker row could not be read: \"%1\".").arg(line));
}

} // namespace html
} // namespace md
