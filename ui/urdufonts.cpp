// Urdu font families, best first, for the reader and for lists.
#include "ui/urdufonts.h"

#include <QFontDatabase>

namespace md::ui {

QStringList urduFamilies()
{
    return {QStringLiteral("Noto Naskh Arabic"), QStringLiteral("Segoe UI"), QStringLiteral("Geeza Pro"),
            QStringLiteral("Noto Nastaliq Urdu"), QStringLiteral("Urdu Typesetting")};
}

namespace {

// A font made from one family name keeps it in family(), not in families().
QStringList ownFamilies(const QFont &font)
{
    return font.families().isEmpty() ? QStringList{font.family()} : font.families();
}

QFont withFamilies(const QFont &base, const QStringList &first, const QStringList &then)
{
    QFont font = base;
    QStringList families = first;
    for (const QString &family : then) {
        if (!families.contains(family))
            families.append(family);
    }
    font.setFamilies(families);
    return font;
}

} // namespace

QFont withUrduFamilies(const QFont &base)
{
    return withFamilies(base, urduFamilies(), ownFamilies(base));
}

QFont withUrduFallback(const QFont &base)
{
    return withFamilies(base, ownFamilies(base), urduFamilies());
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
