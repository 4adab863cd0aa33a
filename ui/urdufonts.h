// The faces Urdu is set in, in the reader and in lists: Naskh faces that cover Urdu's letters.
#pragma once

#include <QFont>
#include <QStringList>

namespace md::ui {

// Urdu faces, best first: Noto Naskh Arabic (Debian's fonts-noto-core), Segoe UI (every Windows), Geeza Pro
// (every macOS), then the Nastaliq faces Noto Nastaliq Urdu (fonts-noto-core, and shipped with macOS) and
// Windows' Urdu Typesetting.
//
// Naskh, not Nastaliq, comes first although Urdu papers are printed in Nastaliq: Qt 6.4's FreeType font engine
// (Linux) misplaces Noto Nastaliq Urdu's cursive joins, so its words come out with letters dropped on top of
// each other (in "پاکستان" the keheh is set 0.84 em below the baseline where HarfBuzz's own hb-shape puts it
// 0.36 em above). A Naskh face has no such joins and is drawn correctly by every font engine.
QStringList urduFamilies();

// base set in the Urdu families, with base's own families after them for the Latin letters and any character
// the Urdu faces lack (the Noto Arabic-script faces have digits but no Latin letters).
QFont withUrduFamilies(const QFont &base);

// base with the Urdu families after its own: a Latin line keeps its face, and an Urdu word in it is drawn in
// an Urdu face rather than whatever the system would pick.
QFont withUrduFallback(const QFont &base);

// The first of families that is installed, or "" when none is.
QString firstInstalledFamily(const QStringList &families);

} // namespace md::ui
