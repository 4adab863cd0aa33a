// HTML pages through gumbo: ticker, article and comments from the page's own structure.
#include "core/parse/htmlsnapshotparser.h"

#include <QCoreApplication>

namespace md {

QString parseHtmlSnapshot(const QString &html, Snapshot &snapshot, const LoadLimits &limits)
{
    Q_UNUSED(html);
    Q_UNUSED(snapshot);
    Q_UNUSED(limits);
    return QCoreApplication::translate("md", "HTML pages are not supported yet");
}

} // namespace md
