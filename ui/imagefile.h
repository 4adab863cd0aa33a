// Writing images the user asked for (charts, headless screenshots) as PNG files, atomically.
#pragma once

#include <QImage>
#include <QString>

namespace md::ui {

// Writes a PNG through QSaveFile: the file appears whole or not at all. False with a reason naming
// the path when it cannot be written.
bool writePng(const QImage &image, const QString &path, QString *error);

} // namespace md::ui
