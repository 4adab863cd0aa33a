// Light and dark palettes (following the system unless the user picks one) and the market colours.
#pragma once

#include <QColor>
#include <QPalette>

class QIcon;
class QMenu;

namespace md::ui {

enum class ThemeMode { System, Light, Dark };

// Remembers the system's palette once; call before the first applyTheme().
void captureSystemPalette();
// Fusion style with the system palette, or a light or dark one.
void applyTheme(ThemeMode mode);
ThemeMode themeModeFromString(const QString &name);  // "system", "light", "dark"
QString themeModeName(ThemeMode mode);
// The mode the user chose last (settings::theme), System by default.
ThemeMode savedThemeMode();
// View ▸ Appearance: System, Light or Dark, applied at once and remembered.
void addAppearanceMenu(QMenu *view);

bool isDark(const QPalette &palette);

// Up green, down red, unchanged grey: tuned for the palette's background.
QColor upColor(const QPalette &palette);
QColor downColor(const QPalette &palette);
QColor neutralColor(const QPalette &palette);
QColor directionColor(int direction, const QPalette &palette);
// Secondary text (times, counts): between the text and the background.
QColor mutedTextColor(const QPalette &palette);

// The application icon at every size it ships.
QIcon applicationIcon();

} // namespace md::ui
