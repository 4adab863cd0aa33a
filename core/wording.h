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

} // namespace md
