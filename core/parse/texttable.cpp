// Header and row rules for data tables in text copies: capitals over rows of figures, cells split by spaces.
#include "core/parse/texttable.h"

#include <QVector>

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

} // namespace md
