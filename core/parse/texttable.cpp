// Header and row rules for data tables in text copies: capitals over rows of figures, cells split by spaces.
#include "core/parse/texttable.h"

#include "core/parse/marketline.h"

#include <QVector>

#include <optional>

namespace md {
namespace {

constexpr int kMinColumns = 3;
constexpr int kMaxColumns = 12;

QVector<QStringView> wordsOf(QStringView text)
{
    QVector<QStringView> words;
    for (QStringView w : text.split(u' ', Qt::SkipEmptyParts))
        words.append(w.trimmed());
    return words;
}

// "42.14", "28,711,196", "-2.59", "+1.2%", "(0.5)", "−3", or a dash for an empty cell.
bool isFigure(QStringView cell)
{
    if (cell == u"-" || cell == u"\u2013" || cell == u"\u2014")
        return true;
    bool digit = false;
    for (QChar c : cell) {
        if (c.isDigit())
            digit = true;
        else if (!(c == u',' || c == u'.' || c == u'-' || c == u'+' || c == u'%' || c == u'(' || c == u')'
                   || c == QChar(0x2212)))
            return false;
    }
    return digit;
}

} // namespace

QStringList tableHeaderOf(QStringView line)
{
    if (line.size() > 160 || line.isEmpty() || !line.front().isUpper())
        return {};
    // Most lines of an article have a small letter: turn them away before splitting (this runs on every line).
    for (QChar c : line) {
        if (c.isLower())
            return {};
    }
    const QVector<QStringView> words = wordsOf(line);
    if (words.size() < kMinColumns || words.size() > kMaxColumns)
        return {};
    QStringList header;
    for (QStringView w : words) {
        int letters = 0;
        for (QChar c : w) {
            if (c.isLetter()) {
                if (!c.isUpper())
                    return {};
                ++letters;
            } else if (!(c == u'%' || c == u'.' || c == u'/' || c == u'(' || c == u')' || c == u'-' || c.isDigit())) {
                return {};
            }
        }
        if (letters < 2)
            return {};
        header.append(w.toString());
    }
    return header;
}

QStringList tableRowOf(QStringView line, int columns)
{
    if (columns < kMinColumns || line.size() > 300)
        return {};
    const QVector<QStringView> words = wordsOf(line);
    if (words.size() < columns)
        return {};
    // The figures end the row; what comes before them is the first cell.
    const qsizetype firstFigure = words.size() - (columns - 1);
    for (qsizetype i = firstFigure; i < words.size(); ++i) {
        if (!isFigure(words[i]))
            return {};
    }
    const QStringView first(words.front().data(), words[firstFigure - 1].data() + words[firstFigure - 1].size()
                                                      - words.front().data());
    if (first.isEmpty() || !first.front().isLetterOrNumber())
        return {};
    QStringList cells{first.toString()};
    for (qsizetype i = firstFigure; i < words.size(); ++i)
        cells.append(words[i].toString());
    return cells;
}

namespace {

// A cell of a vertical table: a figure with an optional sign, percent sign or M/B/K volume suffix.
std::optional<double> cellNumber(QStringView cell, QString *suffix)
{
    cell = cell.trimmed();
    suffix->clear();
    if (cell.endsWith(u'%')) {
        *suffix = QStringLiteral("%");
        cell.chop(1);
    } else if (!cell.isEmpty() && (cell.back() == u'M' || cell.back() == u'B' || cell.back() == u'K')) {
        *suffix = cell.back();
        cell.chop(1);
    }
    // A sign, ASCII or U+2212 minus; the figure itself is unsigned.
    double sign = 1.0;
    if (cell.startsWith(u'+')) {
        cell = cell.mid(1);
    } else if (cell.startsWith(u'-') || cell.startsWith(QChar(0x2212))) {
        sign = -1.0;
        cell = cell.mid(1);
    }
    const std::optional<double> value = parsePageNumber(cell);
    return value ? std::optional<double>(sign * *value) : std::nullopt;
}

// A PSX symbol as printed in a sidebar: capitals and digits, two to ten characters ("OGDC", "KSE100").
bool looksLikeSymbol(const QString &name)
{
    if (name.size() < 2 || name.size() > 10 || name.contains(u' '))
        return false;
    for (QChar c : name) {
        if (!(c.isUpper() || c.isDigit() || c == u'-'))
            return false;
    }
    return true;
}

} // namespace

QStringList verticalTableHeaderOf(QStringView line)
{
    // Runs on every line of a copy: the cheap test first.
    line = line.trimmed();
    if (line.size() < 12 || line.size() > 64 || !line.startsWith(QLatin1String("Name "), Qt::CaseInsensitive)
        || !line.contains(u'/'))
        return {};
    const QList<QStringView> words = line.trimmed().split(u' ', Qt::SkipEmptyParts);
    if (words.size() < 2 || words.size() > 6 || words.front().compare(QLatin1String("Name"), Qt::CaseInsensitive) != 0)
        return {};
    QStringList columns;
    bool paired = false;
    for (qsizetype i = 1; i < words.size(); ++i) {
        const QList<QStringView> parts = words[i].split(u'/');
        paired = paired || parts.size() > 1;
        for (QStringView part : parts) {
            if (part.isEmpty() || part.size() > 8)
                return {};
            columns.append(part.toString());
        }
    }
    // Only the stacked form ("Price/Vol") marks a vertical table; "Name Price Change" is a line of text.
    return paired && columns.size() >= 3 ? columns : QStringList{};
}

VerticalTable readVerticalTable(const QVector<QStringView> &lines, qsizetype at)
{
    VerticalTable table;
    const QStringList columns = verticalTableHeaderOf(lines[at]);
    table.end = at + 1;
    if (columns.isEmpty())
        return table;
    const auto column = [&](std::initializer_list<const char *> names) {
        for (const char *name : names) {
            for (int i = 0; i < columns.size(); ++i) {
                if (columns[i].compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
                    return i;
            }
        }
        return -1;
    };
    const int cPrice = column({"Price"});
    const int cPercent = column({"%Chg", "%Change", "Chg%"});
    const int cChange = column({"NChg", "Chg", "Change"});
    // A table of PSX prices: a price and both changes. "Last" (commodities) or "Rate" (currencies) is not.
    const bool market = cPrice >= 0 && cPercent >= 0 && cChange >= 0 && cChange != cPercent;

    qsizetype i = at + 1;
    while (i < lines.size()) {
        while (i < lines.size() && lines[i].trimmed().isEmpty())
            ++i;
        if (i >= lines.size())
            break;
        // A row's first line: the name, then its first figures.
        const QList<QStringView> words = lines[i].trimmed().split(u' ', Qt::SkipEmptyParts);
        qsizetype firstFigure = 0;
        QString suffix;
        while (firstFigure < words.size() && !cellNumber(words[firstFigure], &suffix))
            ++firstFigure;
        if (firstFigure == 0 || firstFigure == words.size())
            break;  // not a row: the table ends
        QStringList nameWords;
        for (qsizetype w = 0; w < firstFigure; ++w)
            nameWords.append(words[w].toString());
        const QString name = nameWords.join(QLatin1Char(' '));
        QVector<double> values;
        for (qsizetype w = firstFigure; w < words.size(); ++w) {
            const std::optional<double> v = cellNumber(words[w], &suffix);
            if (!v)
                break;
            values.append(*v);
        }
        qsizetype j = i + 1;
        // Then one figure a line until the row has a value for every column.
        while (values.size() < columns.size() && j < lines.size()) {
            const QStringView cell = lines[j].trimmed();
            if (cell.isEmpty()) {
                ++j;
                continue;
            }
            const std::optional<double> v = cell.contains(u' ') ? std::nullopt : cellNumber(cell, &suffix);
            if (!v)
                break;
            values.append(*v);
            ++j;
        }
        if (values.size() < columns.size()) {
            table.cutRow = name;
            i = j;
            break;
        }
        i = j;
        // An index keeps its own spelling, lower case and all (Mettis Global's "BKTi", "OGTi"): it is no symbol.
        if (!market || !(isIndexName(name) || looksLikeSymbol(name))) {
            ++table.otherRows;
            continue;
        }
        if (isIndexName(name))
            table.indices.append({name, values[cPrice], values[cChange], values[cPercent]});
        else
            table.quotes.append(Quote{name, values[cPrice], values[cChange], values[cPercent]});
    }
    table.end = i;
    return table;
}

} // namespace md
