// PSX Data Portal pages through gumbo: the board's columns by name, raw numbers from data-order.
#include "core/parse/psxpageparser.h"


#include "core/parse/htmlprescan.h"
#include "core/parse/htmltree.h"
#include "core/parse/marketline.h"
#include "core/parse/pagedate.h"
#include "core/parse/psxchecks.h"
#include "core/parse/psxclosingrates.h"
#include "core/parse/psxeodseries.h"
#include "core/parse/psxsectors.h"
#include "core/wording.h"

#include <QByteArray>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>

namespace md {
namespace {

using namespace html;

// A column's name as a key: data-name as given ("percentChange"), or the header's text ("CHANGE (%)"),
// reduced to lower-case letters and digits, with the portal's synonyms folded together.
QString columnKey(const QString &name)
{
    QString key;
    for (QChar c : name) {
        if (c.isLetterOrNumber())
            key += c.toLower();
    }
    if (name.contains(u'%') && key.startsWith(QLatin1String("change")))
        return QStringLiteral("percentchange");
    if (key == QLatin1String("current"))
        return QStringLiteral("close");
    if (key == QLatin1String("listedin"))
        return QStringLiteral("listed");
    if (key == QLatin1String("previousclose") || key == QLatin1String("ldcpprevious"))
        return QStringLiteral("ldcp");
    if (key == QLatin1String("changepercent") || key == QLatin1String("changep"))
        return QStringLiteral("percentchange");
    return key;
}

struct Found
{
    const GumboNode *board = nullptr;   // the market-watch table or #historicalTable
    bool historical = false;
    const GumboNode *jsonPre = nullptr; // a <pre> whose text is JSON
    QString closingRates;               // the text of a <pre> that is a closing-rate file
    QString dateInput;                  // the historical form's date field
    Timestamp printedTime;              // the time the page prints for its board (market watch)
    int deepest = 0;
};

// The time a market-watch page prints for its board ("Dec 10, 2024 2:35 PM", "As of Dec 10, 2024 02:35 PM"):
// a line of text outside the table that is wholly a date with a time. A date without a time is not the
// board's moment (a page's footer, a notice), and is not taken.
Timestamp printedBoardTime(const GumboNode *root)
{
    static const QRegularExpression label(QStringLiteral(R"(^(?:as\s+(?:of|on|at)|last\s+updated|updated(?:\s+at|\s+on)?)\s*:?\s*)"),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression weekday(QStringLiteral(R"(^(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)"),
                                            QRegularExpression::CaseInsensitiveOption);
    Timestamp found;
    walk(
        root,
        [&](const GumboNode *n) {
            if (found.isValid())
                return false;
            if (isElement(n)) {
                const GumboTag tag = n->v.element.tag;
                return tag != GUMBO_TAG_TABLE && tag != GUMBO_TAG_SCRIPT && tag != GUMBO_TAG_STYLE;
            }
            if (n->type != GUMBO_NODE_TEXT)
                return false;
            const char *raw = n->v.text.text;
            const size_t length = raw ? std::strlen(raw) : 0;
            if (length < 10 || length > 64)
                return false;
            QString text = normalisedText(raw).trimmed();
            text.remove(label);
            text.remove(weekday);
            const Timestamp t = parsePageDateTime(text);
            if (t.isValid() && t.hasTime())
                found = t;
            return false;
        },
        [](const GumboNode *) {});
    return found;
}

bool hasDataNameHeader(const GumboNode *table)
{
    bool found = false;
    walk(
        table,
        [&](const GumboNode *n) {
            if (found || !isElement(n))
                return false;
            if (n != table && n->v.element.tag == GUMBO_TAG_TABLE)
                return false;  // a nested table is its own
            if (n->v.element.tag == GUMBO_TAG_TH && attribute(n, "data-name"))
                found = true;
            return !found;
        },
        [](const GumboNode *) {});
    return found;
}

Found findBoard(const GumboNode *root)
{
    Found f;
    int depth = 0;
    walk(
        root,
        [&](const GumboNode *n) {
            if (!isElement(n))
                return false;
            f.deepest = std::max(f.deepest, ++depth);
            switch (n->v.element.tag) {
            case GUMBO_TAG_TABLE: {
                const char *id = attribute(n, "id");
                if (id && qstricmp(id, "historicalTable") == 0 && (!f.board || !f.historical)) {
                    f.board = n;
                    f.historical = true;
                } else if (!f.board && hasDataNameHeader(n)) {
                    f.board = n;
                }
                break;
            }
            case GUMBO_TAG_INPUT: {
                const char *name = attribute(n, "name");
                const char *value = attribute(n, "value");
                if (name && value && f.dateInput.isEmpty() && QByteArray(name).toLower().contains("date"))
                    f.dateInput = QString::fromUtf8(value).trimmed();
                break;
            }
            case GUMBO_TAG_PRE: {
                const QString text = QString::fromStdString(subtreeText(n, false));
                if (!f.jsonPre && looksLikeJson(text))
                    f.jsonPre = n;
                else if (f.closingRates.isEmpty() && looksLikeClosingRates(text))
                    f.closingRates = text;
                break;
            }
            default:
                break;
            }
            return true;
        },
        [&](const GumboNode *) { --depth; });
    return f;
}

// Rows of a table (its own, not a nested table's), split into the header row and the body rows.
void collectRows(const GumboNode *table, std::vector<const GumboNode *> &headerCells,
                 std::vector<const GumboNode *> &bodyRows)
{
    walkOwnTable(table, [&](const GumboNode *n, GumboTag tag) {
        if (tag == GUMBO_TAG_TR) {
            std::vector<const GumboNode *> ths;
            bool hasTd = false;
            const GumboVector &children = n->v.element.children;
            for (unsigned i = 0; i < children.length; ++i) {
                const GumboNode *c = childAt(children, i);
                if (tagOf(c) == GUMBO_TAG_TH)
                    ths.push_back(c);
                else if (tagOf(c) == GUMBO_TAG_TD)
                    hasTd = true;
            }
            if (!hasTd && !ths.empty() && headerCells.empty())
                headerCells = std::move(ths);
            else if (hasTd)
                bodyRows.push_back(n);
            return false;
        }
        return true;
    });
}

std::vector<const GumboNode *> cellsOf(const GumboNode *row)
{
    std::vector<const GumboNode *> cells;
    const GumboVector &children = row->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        const GumboNode *c = childAt(children, i);
        if (tagOf(c) == GUMBO_TAG_TD || tagOf(c) == GUMBO_TAG_TH)
            cells.push_back(c);
    }
    return cells;
}

// The first element with this tag under node, or nullptr.
const GumboNode *firstElement(const GumboNode *node, GumboTag tag)
{
    const GumboNode *found = nullptr;
    walk(
        node,
        [&](const GumboNode *n) {
            if (found || !isElement(n))
                return false;
            if (n != node && n->v.element.tag == tag)
                found = n;
            return !found;
        },
        [](const GumboNode *) {});
    return found;
}

// The symbol of a symbol cell: data-search, else the <strong> (or link) text. Never the flattened cell,
// whose badges (XD, NC, XB) would stick to the symbol ("HASCOLNC").
QString symbolOf(const GumboNode *cell)
{
    if (const char *search = attribute(cell, "data-search")) {
        const QString s = normalisedText(search);
        if (!s.isEmpty())
            return s;
    }
    for (GumboTag tag : {GUMBO_TAG_STRONG, GUMBO_TAG_A}) {
        if (const GumboNode *n = firstElement(cell, tag)) {
            const QString s = textOf(n, true);
            if (!s.isEmpty())
                return s.section(u' ', 0, 0);
        }
    }
    // No markup to go by: the first word of the cell's own text.
    const GumboVector &children = cell->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        const GumboNode *c = childAt(children, i);
        if (c->type == GUMBO_NODE_TEXT) {
            const QString s = normalisedText(c->v.text.text);
            if (!s.isEmpty())
                return s.section(u' ', 0, 0);
        }
    }
    return textOf(cell, true).section(u' ', 0, 0);
}

// The cell's raw value: data-order ("4000" behind "4,000") when present, else the text shown.
QString rawValueOf(const GumboNode *cell)
{
    if (const char *order = attribute(cell, "data-order"))
        return normalisedText(order);
    return textOf(cell, true);
}

std::optional<double> numberOf(const GumboNode *cell)
{
    return parseExchangeNumber(rawValueOf(cell));
}

// DataTables' placeholder row in an empty table: one cell spanning the table ("No data available in table").
bool isEmptyTableMessage(const std::vector<const GumboNode *> &cells, size_t columns)
{
    if (cells.size() != 1 || columns <= 1)
        return false;
    const char *colspan = attribute(cells[0], "colspan");
    return (colspan && std::atoi(colspan) > 1) || hasClass(cells[0], "dataTables_empty");
}

QDate sessionDateFrom(const QString &text)
{
    const QDate iso = QDate::fromString(text, Qt::ISODate);
    if (iso.isValid())
        return iso;
    const Timestamp t = parsePageDateTime(text);
    return t.isValid() ? t.date() : QDate();
}

QString readBoard(const Found &found, Snapshot &snapshot, const LoadLimits &limits)
{
    const QString tableName = found.historical ? tr("historical-session") : tr("market-watch");
    std::vector<const GumboNode *> headerCells;
    std::vector<const GumboNode *> rows;
    collectRows(found.board, headerCells, rows);
    if (headerCells.empty())
        return tr("the %1 table has no header row, so its columns cannot be told apart").arg(tableName);

    QStringList keys;
    QStringList shownNames;
    for (const GumboNode *th : headerCells) {
        const char *dataName = attribute(th, "data-name");
        const QString name = dataName ? normalisedText(dataName) : textOf(th, true);
        keys.append(columnKey(name));
        shownNames.append(name);
    }
    // Columns found by name, never by position: a reordered or renamed table fails here, not by putting
    // High into Low.
    static const char *const kRequired[] = {"symbol", "ldcp", "open", "high", "low", "close", "change", "volume"};
    QHash<QString, int> column;
    for (int i = 0; i < keys.size(); ++i) {
        if (!column.contains(keys[i]))
            column.insert(keys[i], i);
    }
    for (const char *name : kRequired) {
        if (!column.contains(QLatin1String(name))) {
            return tr("the %1 table has no \"%2\" column (its columns: %3)")
                .arg(tableName, QLatin1String(name), shownNames.join(QLatin1String(", ")));
        }
    }
    auto at = [&](const char *name) { return column.value(QLatin1String(name), -1); };
    const int cSymbol = at("symbol"), cLdcp = at("ldcp"), cOpen = at("open"), cHigh = at("high"), cLow = at("low"),
              cClose = at("close"), cChange = at("change"), cVolume = at("volume"), cPercent = at("percentchange"),
              cSector = at("sector"), cListed = at("listed"), cCompany = at("company");

    snapshot.kind = found.historical ? SnapshotKind::HistoricalSession : SnapshotKind::MarketWatch;
    if (found.historical)
        snapshot.sessionDate = sessionDateFrom(found.dateInput);
    // The board's own time, when the page prints it: the moment its prices were true.
    else if (!snapshot.capturedAt.isValid() && found.printedTime.isValid())
        snapshot.capturedAt = found.printedTime;

    ExchangeRowWarnings rowWarnings(snapshot);
    int overLimit = 0;
    int rowNumber = 0;
    for (const GumboNode *row : rows) {
        ++rowNumber;
        if ((rowNumber & 255) == 0 && limits.deadline.hasExpired())
            return parseBudgetExceededMessage(limits);
        const std::vector<const GumboNode *> cells = cellsOf(row);
        if (isEmptyTableMessage(cells, headerCells.size()))
            continue;
        if (cells.size() < headerCells.size()) {
            rowWarnings.skip(tr("Row %1 has %2 of the table's %3 cells; it was skipped (the page may be cut short).")
                                .arg(rowNumber)
                                .arg(cells.size())
                                .arg(headerCells.size()));
            continue;
        }
        Quote q;
        q.symbol = symbolOf(cells[size_t(cSymbol)]);
        if (q.symbol.isEmpty()) {
            rowWarnings.skip(tr("Row %1 has no symbol; it was skipped.").arg(rowNumber));
            continue;
        }
        QString bad;
        auto number = [&](int c, const char *name) -> std::optional<double> {
            const std::optional<double> v = numberOf(cells[size_t(c)]);
            if (!v && bad.isEmpty())
                bad = tr("%1 (row %2): the %3 \"%4\" is not a number; the row was skipped.")
                          .arg(q.symbol)
                          .arg(rowNumber)
                          .arg(QLatin1String(name), quotedPart(rawValueOf(cells[size_t(c)])));
            return v;
        };
        q.previousClose = number(cLdcp, "ldcp");
        q.open = number(cOpen, "open");
        q.high = number(cHigh, "high");
        q.low = number(cLow, "low");
        const std::optional<double> close = number(cClose, "close");
        const std::optional<double> change = number(cChange, "change");
        const std::optional<double> volume = number(cVolume, "volume");
        if (!bad.isEmpty()) {
            rowWarnings.skip(bad);
            continue;
        }
        q.price = *close;
        q.change = *change;
        q.volume = volumeFrom(*volume);
        if (!q.volume) {
            rowWarnings.skip(tr("%1 (row %2): the volume \"%3\" is not a number of shares; the row was skipped.")
                                .arg(q.symbol)
                                .arg(rowNumber)
                                .arg(quotedPart(rawValueOf(cells[size_t(cVolume)]))));
            continue;
        }
        if (cPercent >= 0) {
            const std::optional<double> percent = numberOf(cells[size_t(cPercent)]);
            if (percent)
                q.changePercent = *percent;
            else
                rowWarnings.add(tr("%1 (row %2): the change in percent \"%3\" is not a number; it is left at 0.")
                                    .arg(q.symbol)
                                    .arg(rowNumber)
                                    .arg(quotedPart(rawValueOf(cells[size_t(cPercent)]))));
        } else if (*q.previousClose != 0.0) {
            q.changePercent = std::round(q.change / *q.previousClose * 10000.0) / 100.0;
        }
        if (cSector >= 0) {
            q.sector = textOf(cells[size_t(cSector)], true);
            q.sectorCode = psxSectorCode(q.sector);
        }
        if (cListed >= 0)
            q.listedIn = textOf(cells[size_t(cListed)], true).remove(u' ');
        if (cCompany >= 0)
            q.company = textOf(cells[size_t(cCompany)], true);
        clearUntradedBar(q);
        rowWarnings.checkBar(q, tr("%1 (row %2)").arg(q.symbol).arg(rowNumber), true);
        if (snapshot.quotes.size() >= limits.maxMarketRows) {
            ++overLimit;
            continue;
        }
        snapshot.quotes.append(std::move(q));
    }
    rowWarnings.leftOut(overLimit, limits.maxMarketRows, tr("rows per page"), tr("rows"));
    if (snapshot.quotes.isEmpty()) {
        if (found.historical) {
            const QString day = snapshot.sessionDate.isValid() ? snapshot.sessionDate.toString(Qt::ISODate)
                                                               : tr("the day asked for");
            snapshot.warnings.append(tr("No trading on %1: the historical page lists no companies (a weekend, a "
                                        "market holiday or a day the exchange was closed).")
                                         .arg(day));
        } else {
            snapshot.warnings.append(tr("The market-watch table has no rows."));
        }
    }
    if (found.historical && !snapshot.sessionDate.isValid())
        snapshot.warnings.append(tr("The historical page does not say which day it shows; its capture date is used."));
    return {};
}

} // namespace

bool mayBePsxPage(QStringView html)
{
    // Runs on every HTML page before the news parser, so it is one pass over the tags (a vectorised search
    // for '<'), looking only into <table>, <th> and <pre> tags: a news page of 1 MB costs well under a
    // millisecond, where three whole-page substring searches cost several.
    for (qsizetype at = html.indexOf(u'<'); at >= 0 && at + 4 < html.size(); at = html.indexOf(u'<', at + 1)) {
        const QChar first = html[at + 1];
        if (first != u't' && first != u'T' && first != u'p' && first != u'P')
            continue;
        const qsizetype end = html.indexOf(u'>', at);
        if (end < 0)
            return false;
        const QStringView tag = html.mid(at + 1, std::min<qsizetype>(end - at - 1, 1024));
        const auto named = [&](const char *name) {
            const qsizetype n = qsizetype(qstrlen(name));
            return tag.size() >= n && tag.left(n).compare(QLatin1String(name), Qt::CaseInsensitive) == 0
                && (tag.size() == n || tag[n].isSpace());
        };
        if (named("table")) {
            // table#historicalTable
            if (tag.contains(QLatin1String("historicalTable")))
                return true;
        } else if (named("th")) {
            // The board's symbol column, th[data-name=symbol] (data-name alone is common on other sites).
            const qsizetype name = tag.indexOf(QLatin1String("data-name="), 0, Qt::CaseInsensitive);
            if (name >= 0) {
                QStringView value = tag.mid(name + 10, 8);
                if (value.startsWith(u'"') || value.startsWith(u'\''))
                    value = value.mid(1);
                if (value.startsWith(QLatin1String("symbol"), Qt::CaseInsensitive))
                    return true;
            }
        } else if (named("pre")) {
            // A JSON response a browser saved: <pre>{…}</pre> (or [ … ]), or a closing-rate file.
            return looksLikeJson(html.mid(end + 1, 64)) || looksLikeClosingRates(html.mid(end + 1, 512));
        }
    }
    return false;
}

PsxPageResult parsePsxPage(const QString &html, const QString &location, Snapshot &snapshot, const LoadLimits &limits)
{
    PsxPageResult result;
    const QByteArray utf8 = html.toUtf8();
    PrescannedHtml prescanned = prescanHtml(utf8, limits.maxNestingDepth);
    if (!prescanned.ok())
        return result;  // the news parser says why
    HtmlTree tree;
    const QDeadlineTimer deadline = limits.deadline.isForever() ? QDeadlineTimer(10000) : limits.deadline;
    const size_t budget = size_t(128) * 1024 * 1024 + size_t(prescanned.markup.size()) * 96;
    if (tree.parse(std::move(prescanned.markup), budget, deadline) != HtmlTree::Outcome::Parsed)
        return result;  // the news parser meets the same limit and says so
    Found found = findBoard(tree.root());
    if (found.deepest > limits.maxNestingDepth)
        return result;
    if (found.board && !found.historical)
        found.printedTime = printedBoardTime(tree.root());

    Snapshot out = snapshot;
    if (found.board) {
        result.recognised = true;
        result.error = readBoard(found, out, limits);
    } else if (!found.closingRates.isEmpty()) {
        // A closing-rate file a browser showed, and saved, as a page of preformatted text.
        result.recognised = true;
        result.error = parseClosingRates(found.closingRates, out, limits);
    } else if (found.jsonPre) {
        const EodSeriesResult eod = parseEodSeries(textOf(found.jsonPre, true), location, out, limits);
        if (!eod.recognised)
            return result;
        result.recognised = true;
        result.error = eod.error;
    } else {
        return result;
    }
    if (result.error.isEmpty())
        snapshot = std::move(out);
    return result;
}

} // namespace md
