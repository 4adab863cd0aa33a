// The names the Urdu press gives PSX companies and the KSE-100 index (issue 24): news by symbol and alerts
// link an Urdu story to its symbols through them.
#pragma once

#include <QString>
#include <QStringList>

namespace md {

// The Urdu names of a symbol as Urdu papers print them ("LUCK" → "لکی سیمنٹ"; "OGDC" → "او جی ڈی سی",
// "آئل اینڈ گیس ڈیولپمنٹ"; "KSE100" → "100 انڈیکس", "کے ایس ای 100", "ہنڈرڈ انڈیکس"); empty for a symbol
// the table does not hold. The table covers the KSE-100's members.
QStringList urduNamesFor(const QString &symbol);

// A pattern that finds an Urdu name whichever form of its letters a page typed: the Arabic ي/ى and ك for
// Urdu's ی and ک, ه for ہ, diacritics and the kashida between letters, Urdu or ASCII digits, any white space
// (or none before a digit) between words.
QString urduNamePattern(const QString &name);

} // namespace md
