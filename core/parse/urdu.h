// Urdu as the press writes it (issue 24): its digits, its dates, amounts in the South Asian scale (lakh,
// crore, arab) and the folding that lets search find a word whichever form of a letter a page used. One
// module for the date rules, the market-data evidence check and search.
#pragma once

#include <QDate>
#include <QString>
#include <QStringView>
#include <QVector>

#include <optional>

namespace md::urdu {

// True for a letter of the Arabic script (Urdu, Arabic, Persian, Sindhi, Pashto).
bool isArabicScriptLetter(QChar c);

// True when most of the text's letters are Arabic-script letters: the line or story reads right to left.
bool isMostlyArabicScript(QStringView text);

// True when the text holds any Arabic-script letter or Urdu/Arabic-Indic digit.
bool hasArabicScript(QStringView text);

// Urdu (۰–۹, U+06F0…) and Arabic-Indic (٠–٩, U+0660…) digits as ASCII digits, the Arabic decimal and
// thousands separators (٫ ٬) as "." and ","; everything else as it was.
QString asciiDigits(QStringView text);

// The month (1–12) an Urdu month name names: جنوری … دسمبر, with the spellings the press uses (مئی / مئ,
// جولائی / جولائ, ستمبر / سپتمبر); 0 for any other word.
int monthOfName(QStringView word);

// The weekday (1 = Monday … 7 = Sunday) an Urdu weekday name names: پیر (or سوموار), منگل, بدھ, جمعرات,
// جمعہ, ہفتہ, اتوار; 0 for any other word.
int weekdayOfName(QStringView word);

// A date written the Urdu way, in Urdu or ASCII digits: "۲۲ دسمبر ۲۰۲۳", "22 دسمبر 2023ء", "جمعہ 22 دسمبر
// 2023", "دسمبر 22، 2023", "22 دسمبر، 2023". An invalid date when the text is not one.
QDate parseDate(QStringView text);

// An amount written in words of the South Asian scale, with Urdu or English unit words: "1 لاکھ 3 ہزار 274"
// = 103,274; "ایک لاکھ 82" = 100,082; "39 ارب 77 کروڑ" = 39,770,000,000; "12 ہزار 716 ارب" = 12,716 × 10⁹;
// "ساڑھے 3 ارب" = 3.5 × 10⁹; "1,53,411" (lakh grouping) = 153,411; "2.5 crore" = 25,000,000. Empty when the
// text is not wholly an amount.
std::optional<double> parseAmount(QStringView text);

// Amounts found in running text, in order: where each starts, how long it is and its value. A bare number
// is an amount too ("1917 پوائنٹس" gives 1917).
struct Amount
{
    qsizetype start = 0;
    qsizetype length = 0;
    double value = 0;
};
QVector<Amount> findAmounts(QStringView text);

// True when `initials` spells, in the Urdu names of Latin letters, the first letters of `words`, one letter
// name a word, "اینڈ" and "آف" (and, of) left out: "آئی ایم ایف" spells "انٹرنیشنل مانیٹری فنڈ" (IMF), "ایس بی پی"
// spells "اسٹیٹ بینک آف پاکستان". A name translated into Urdu words ("ایشیائی ترقیاتی بینک") spells nothing. The letter names are اے بی سی ڈی ای ایف جی ایچ آئی جے کے ایل ایم این او پی
// کیو آر ایس ٹی یو وی ڈبلیو ایکس وائی زیڈ.
bool spellsInitialsOf(QStringView initials, QStringView words);

// Text folded for search: the Arabic forms of ی (ي ى) and ک (ك), ہ (ه, as the Arabic keyboards type it)
// and the hamza-carrying ۓ as their Urdu letters, diacritics (zabar, zer, pesh, shadd, tanween, the
// superscript alef) and the kashida left out, Urdu digits as ASCII. Latin letters keep their case (the index
// and the matchers ignore it), so text without Arabic script is unchanged.
QString foldForSearch(QStringView text);

} // namespace md::urdu
