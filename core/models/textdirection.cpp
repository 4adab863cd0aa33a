// Text direction by the letters a text is written in, by the Urdu module's rule (core/parse/urdu.h).
#include "core/models/textdirection.h"

#include "core/parse/urdu.h"

#include <algorithm>

namespace md {

Qt::LayoutDirection textDirectionOf(QStringView text, Qt::LayoutDirection fallback)
{
    if (urdu::isMostlyArabicScript(text))
        return Qt::RightToLeft;
    const bool hasLetters = std::any_of(text.begin(), text.end(), [](QChar c) { return c.isLetter(); });
    return hasLetters ? Qt::LeftToRight : fallback;
}

bool hasRightToLeftLetters(QStringView text)
{
    return urdu::hasArabicScript(text);
}

QVariant headlineAlignment(QStringView headline)
{
    if (textDirectionOf(headline) == Qt::RightToLeft)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignAbsolute | Qt::AlignVCenter);
    return {};
}

} // namespace md
