// Text direction by the letters a text is written in.
#include "core/models/textdirection.h"

#include <QChar>

namespace md {

namespace {

struct LetterCounts
{
    qsizetype rightToLeft = 0;
    qsizetype leftToRight = 0;
};

// Strong letters of each direction (Unicode's bidi classes R and AL, and L), by code point.
LetterCounts countLetters(QStringView text)
{
    LetterCounts counts;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t ucs4 = text[i].unicode();
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            ucs4 = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        switch (QChar::direction(ucs4)) {
        case QChar::DirR:
        case QChar::DirAL: ++counts.rightToLeft; break;
        case QChar::DirL: ++counts.leftToRight; break;
        default: break;
        }
    }
    return counts;
}

} // namespace

Qt::LayoutDirection textDirectionOf(QStringView text, Qt::LayoutDirection fallback)
{
    const auto [rightToLeft, leftToRight] = countLetters(text);
    if (rightToLeft > leftToRight)
        return Qt::RightToLeft;
    if (leftToRight > rightToLeft)
        return Qt::LeftToRight;
    return fallback;
}

bool hasRightToLeftLetters(QStringView text)
{
    return countLetters(text).rightToLeft > 0;
}

QVariant headlineAlignment(QStringView headline)
{
    if (textDirectionOf(headline) == Qt::RightToLeft)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignAbsolute | Qt::AlignVCenter);
    return {};
}

} // namespace md
