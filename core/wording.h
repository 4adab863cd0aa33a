// Small helpers for messages in the user's words.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace md {

// A message for the user, translated in the one context "md" (for code outside a QObject).
inline QString tr(const char *text)
{
    return QCoreApplication::translate("md", text);
}

// "1 line", "4 lines": English plural without a translation file; both forms go through tr().
inline QString countOf(qint64 n, const char *singular, const char *plural)
{
    return QStringLiteral("%1 %2").arg(n).arg(QCoreApplication::translate("md", n == 1 ? singular : plural));
}

// At most 80 characters of what the user typed or a file held, for quoting in a message: a longer text is cut
// to 79 and ends in "…", so a 10 KB token never fills the terminal.
constexpr int kMaxQuotedCharacters = 80;
inline QString quotedPart(const QString &text)
{
    if (text.size() <= kMaxQuotedCharacters)
        return text;
    qsizetype cut = kMaxQuotedCharacters - 1;
    if (text.at(cut - 1).isHighSurrogate())  // never half a character
        --cut;
    return text.left(cut) + QChar(0x2026);
}

} // namespace md
