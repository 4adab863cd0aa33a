// Messages for the documented limits.
#include "core/limits.h"

#include <QCoreApplication>

namespace md {

QString parseBudgetExceededMessage(const LoadLimits &limits)
{
    return QCoreApplication::translate("md", "reading the page took longer than the %1 s allowed for one page; it was not read")
        .arg(double(limits.parseTimeBudgetMs) / 1000.0);
}

} // namespace md
