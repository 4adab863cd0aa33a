// Helpers for the ui tests: the shared ones (tests/support/testsupport.h) and pictures.
#pragma once

#include "tests/support/testsupport.h"

#include <QImage>
#include <QSet>

namespace md::test {

// Distinct colours among a grid of sampled pixels: a blank image has one or two.
inline int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

} // namespace md::test
