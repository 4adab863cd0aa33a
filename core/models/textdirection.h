// Which way a piece of text reads: right to left when most of its letters are of a right-to-left script (Urdu).
#pragma once

#include <QString>
#include <QVariant>
#include <Qt>

namespace md {

// Right to left when the text has more right-to-left letters (Arabic script, as Urdu is written, or Hebrew)
// than left-to-right ones, left to right when it has more left-to-right letters; fallback when neither
// (no letters at all, only digits and punctuation, or as many of each). Digits and punctuation never count:
// "KSE-100 انڈیکس میں اضافہ" reads right to left although it starts with Latin letters and digits.
Qt::LayoutDirection textDirectionOf(QStringView text, Qt::LayoutDirection fallback = Qt::LeftToRight);

// Whether the text has any right-to-left letter (an Urdu word in an English paragraph).
bool hasRightToLeftLetters(QStringView text);

// A headline's Qt::TextAlignmentRole in a list: an Urdu headline right-aligned (absolute, whatever the view's
// own direction) and vertically centred; none for any other, which the view sets as it always has.
QVariant headlineAlignment(QStringView headline);

} // namespace md
