// Which way a piece of text reads: right to left when most of its letters are of the Arabic script (Urdu).
#pragma once

#include <QString>
#include <QVariant>
#include <Qt>

namespace md {

// Right to left when most of the text's letters are of the Arabic script, as Urdu is written
// (urdu::isMostlyArabicScript); left to right when it has letters and most are not; fallback when it has no
// letters at all (a line of figures and punctuation). Digits and punctuation never count: "KSE-100 انڈیکس میں
// اضافہ" reads right to left although it starts with Latin letters and digits.
Qt::LayoutDirection textDirectionOf(QStringView text, Qt::LayoutDirection fallback = Qt::LeftToRight);

// Whether the text has any Arabic-script letter or digit (an Urdu word in an English paragraph), which a Latin
// face cannot draw.
bool hasRightToLeftLetters(QStringView text);

// A headline's Qt::TextAlignmentRole in a list: an Urdu headline right-aligned (absolute, whatever the view's
// own direction) and vertically centred; none for any other, which the view sets as it always has.
QVariant headlineAlignment(QStringView headline);

} // namespace md
