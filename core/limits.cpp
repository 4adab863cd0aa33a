// Messages for the documented limits.
#include "core/limits.h"

#include <QCoreApplication>
#include <QLocale>

namespace md {

QString parseBudgetExceededMessage(const LoadLimits &limits)
{
    return QCoreApplication::translate("md", "reading the page took longer than the %1 s allowed for one page; it was not read")
        .arg(double(limits.parseTimeBudgetMs) / 1000.0);
}

QString limitReachedWarning(const QString &limitName, qint64 limit, const QString &what, qint64 leftOut)
{
    const QLocale english(QLocale::English);
    return QCoreApplication::translate("md", "Limit reached (%1: %2): the first %2 %3 were kept, %4 left out.")
        .arg(limitName, english.toString(limit), what, english.toString(leftOut));
}

} // namespace md
