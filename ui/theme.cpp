// Palettes, market colours and the application icon.
#include "ui/theme.h"

#include "core/settings/settings.h"

#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QIcon>
#include <QProxyStyle>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleOptionHeader>

namespace md::ui {
namespace {

// The application's style with one change: a column sorted largest first shows ▼ and smallest first ▲,
// the arrow pointing the way the values run down the column. QHeaderView hands the style SortDown for an
// ascending sort and SortUp for a descending one, and Fusion draws SortUp as ▲ (so "% Change", largest
// first, showed ▲); this turns the option round before Fusion draws it.
class MarketDeskStyle : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override
    {
        if (element == PE_IndicatorHeaderArrow) {
            if (const auto *header = qstyleoption_cast<const QStyleOptionHeader *>(option)) {
                QStyleOptionHeader flipped = *header;
                if (header->sortIndicator == QStyleOptionHeader::SortUp)
                    flipped.sortIndicator = QStyleOptionHeader::SortDown;
                else if (header->sortIndicator == QStyleOptionHeader::SortDown)
                    flipped.sortIndicator = QStyleOptionHeader::SortUp;
                QProxyStyle::drawPrimitive(element, &flipped, painter, widget);
                return;
            }
        }
        QProxyStyle::drawPrimitive(element, option, painter, widget);
    }
};

QPalette &systemPalette()
{
    static QPalette palette;
    return palette;
}

bool &systemPaletteCaptured()
{
    static bool captured = false;
    return captured;
}

QPalette lightPalette()
{
    QPalette p = QApplication::style()->standardPalette();
    p.setColor(QPalette::Window, QColor(0xf4, 0xf5, 0xf7));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf7, 0xf8, 0xfa));
    p.setColor(QPalette::Highlight, QColor(0x25, 0x63, 0xeb));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x1d, 0x4e, 0xd8));
    return p;
}

QPalette darkPalette()
{
    const QColor window(0x1e, 0x21, 0x26);
    const QColor base(0x16, 0x18, 0x1c);
    const QColor text(0xe6, 0xe8, 0xeb);
    const QColor disabled(0x7d, 0x83, 0x8c);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x1c, 0x1f, 0x24));
    p.setColor(QPalette::ToolTipBase, QColor(0x2a, 0x2e, 0x35));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x2a, 0x2e, 0x35));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x3a, 0x3f, 0x47));
    p.setColor(QPalette::Midlight, QColor(0x33, 0x37, 0x3e));
    p.setColor(QPalette::Mid, QColor(0x2a, 0x2e, 0x35));
    p.setColor(QPalette::Dark, QColor(0x12, 0x14, 0x17));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x3b, 0x82, 0xf6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x60, 0xa5, 0xfa));
    p.setColor(QPalette::LinkVisited, QColor(0xa7, 0x8b, 0xfa));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x3a, 0x3f, 0x47));
    return p;
}

} // namespace

void captureSystemPalette()
{
    if (systemPaletteCaptured())
        return;
    systemPalette() = QApplication::palette();
    systemPaletteCaptured() = true;
}

void applyTheme(ThemeMode mode)
{
    captureSystemPalette();
    if (!dynamic_cast<MarketDeskStyle *>(QApplication::style())) {
#ifndef Q_OS_MACOS
        // One look everywhere, and one that honours any palette (the native Windows style does not).
        QApplication::setStyle(new MarketDeskStyle(QStyleFactory::create(QStringLiteral("Fusion"))));
#else
        QApplication::setStyle(new MarketDeskStyle(QStyleFactory::create(QApplication::style()->name())));
#endif
    }
    switch (mode) {
    case ThemeMode::System: QApplication::setPalette(systemPalette()); break;
    case ThemeMode::Light: QApplication::setPalette(lightPalette()); break;
    case ThemeMode::Dark: QApplication::setPalette(darkPalette()); break;
    }
}

ThemeMode themeModeFromString(const QString &name)
{
    if (name == QLatin1String("light"))
        return ThemeMode::Light;
    if (name == QLatin1String("dark"))
        return ThemeMode::Dark;
    return ThemeMode::System;
}

QString themeModeName(ThemeMode mode)
{
    switch (mode) {
    case ThemeMode::Light: return QStringLiteral("light");
    case ThemeMode::Dark: return QStringLiteral("dark");
    case ThemeMode::System: break;
    }
    return QStringLiteral("system");
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.45;
}

QColor upColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x3f, 0xb9, 0x50) : QColor(0x1a, 0x7f, 0x37);
}

QColor downColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xf8, 0x51, 0x49) : QColor(0xcf, 0x22, 0x2e);
}

QColor neutralColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x9a, 0xa1, 0xab) : QColor(0x6b, 0x72, 0x80);
}

QColor directionColor(int direction, const QPalette &palette)
{
    return direction > 0 ? upColor(palette) : (direction < 0 ? downColor(palette) : neutralColor(palette));
}

QColor mutedTextColor(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    return QColor::fromRgbF((text.redF() * 3 + base.redF() * 2) / 5, (text.greenF() * 3 + base.greenF() * 2) / 5,
                            (text.blueF() * 3 + base.blueF() * 2) / 5);
}

QIcon applicationIcon()
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/marketdesk-%1.png").arg(size), QSize(size, size));
    return icon;
}

ThemeMode savedThemeMode()
{
    return themeModeFromString(settings::theme.value());
}

void addAppearanceMenu(QMenu *view)
{
    // The words keep the translation context they had in the window's menus.
    QMenu *menu = view->addMenu(QApplication::translate("md::ui::MainWindow", "A&ppearance"));
    auto *group = new QActionGroup(menu);
    const ThemeMode current = savedThemeMode();
    const struct { const char *label; ThemeMode mode; } modes[] = {
        {"Follow the &System", ThemeMode::System}, {"&Light", ThemeMode::Light}, {"&Dark", ThemeMode::Dark}};
    for (const auto &m : modes) {
        QAction *a = menu->addAction(QApplication::translate("md::ui::MainWindow", m.label));
        a->setCheckable(true);
        a->setChecked(m.mode == current);
        group->addAction(a);
        QObject::connect(a, &QAction::triggered, menu, [mode = m.mode] {
            applyTheme(mode);
            settings::theme.set(themeModeName(mode));
        });
    }
}

} // namespace md::ui
