// Urdu font families, best first, for the reader and for lists.
#include "ui/urdufonts.h"

#include <QFontDatabase>

namespace md::ui {

QStringList urduFamilies()
{
    return {QStringLiteral("Noto Naskh Arabic"), QStringLiteral("Segoe UI"), QStringLiteral("Geeza Pro"),
            QStringLiteral("Noto Nastaliq Urdu"), QStringLiteral("Urdu Typesetting")};
}

QFont withUrduFamilies(const QFont &base)
{
    QFont font = base;
    QStringList families = urduFamilies();
    // A font made from one family name keeps it in family(), not in families().
    const QStringList own = base.families().isEmpty() ? QStringList{base.family()} : base.families();
    for (const QString &family : own) {
        if (!families.contains(family))
            families.append(family);
    }
    font.setFamilies(families);
    return font;
}

QString firstInstalledFamily(const QStringList &families)
{
    for (const QString &family : families) {
        if (QFontDatabase::hasFamily(family))
            return family;
    }
    return {};
}

} // namespace md::ui
