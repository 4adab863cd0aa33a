// The Urdu names of PSX companies and the KSE-100, written here as the Urdu papers transliterate them.
#include "core/alerts/urdunames.h"

#include <QHash>
#include <QRegularExpression>

namespace md {

QStringList urduNamesFor(const QString &symbol)
{
    // One row a company: its symbol, then the names Urdu stories use (a company is named in full, by its
    // short name, or by its initials spelt out: "او جی ڈی سی").
    static const QHash<QString, QStringList> names = {
        {QStringLiteral("KSE100"), {QStringLiteral(u"100 انڈیکس"), QStringLiteral(u"کے ایس ای 100"), QStringLiteral(u"کے ایس ای-100"),
                                     QStringLiteral(u"ہنڈرڈ انڈیکس")}},
        {QStringLiteral("KSE30"), {QStringLiteral(u"کے ایس ای 30"), QStringLiteral(u"کے ایس ای-30")}},
        {QStringLiteral("KMI30"), {QStringLiteral(u"کے ایم آئی 30")}},
        // Banks
        {QStringLiteral("HBL"), {QStringLiteral(u"حبیب بینک"), QStringLiteral(u"ایچ بی ایل")}},
        {QStringLiteral("UBL"), {QStringLiteral(u"یونائیٹڈ بینک"), QStringLiteral(u"یو بی ایل")}},
        {QStringLiteral("MCB"), {QStringLiteral(u"ایم سی بی")}},
        {QStringLiteral("MEBL"), {QStringLiteral(u"میزان بینک")}},
        {QStringLiteral("BAHL"), {QStringLiteral(u"بینک الحبیب")}},
        {QStringLiteral("BAFL"), {QStringLiteral(u"بینک الفلاح")}},
        {QStringLiteral("NBP"), {QStringLiteral(u"نیشنل بینک")}},
        {QStringLiteral("ABL"), {QStringLiteral(u"الائیڈ بینک")}},
        {QStringLiteral("AKBL"), {QStringLiteral(u"عسکری بینک")}},
        {QStringLiteral("FABL"), {QStringLiteral(u"فیصل بینک")}},
        {QStringLiteral("HMB"), {QStringLiteral(u"حبیب میٹروپولیٹن بینک"), QStringLiteral(u"حبیب میٹرو بینک")}},
        {QStringLiteral("BOP"), {QStringLiteral(u"بینک آف پنجاب")}},
        {QStringLiteral("SNBL"), {QStringLiteral(u"سونیری بینک")}},
        {QStringLiteral("JSBL"), {QStringLiteral(u"جے ایس بینک")}},
        {QStringLiteral("BIPL"), {QStringLiteral(u"بینک اسلامی")}},
        {QStringLiteral("SCBPL"), {QStringLiteral(u"اسٹینڈرڈ چارٹرڈ بینک")}},
        // Cement
        {QStringLiteral("LUCK"), {QStringLiteral(u"لکی سیمنٹ")}},
        {QStringLiteral("DGKC"), {QStringLiteral(u"ڈی جی خان سیمنٹ")}},
        {QStringLiteral("MLCF"), {QStringLiteral(u"میپل لیف سیمنٹ")}},
        {QStringLiteral("FCCL"), {QStringLiteral(u"فوجی سیمنٹ")}},
        {QStringLiteral("CHCC"), {QStringLiteral(u"چراٹ سیمنٹ")}},
        {QStringLiteral("PIOC"), {QStringLiteral(u"پائنیر سیمنٹ")}},
        {QStringLiteral("KOHC"), {QStringLiteral(u"کوہاٹ سیمنٹ")}},
        {QStringLiteral("ACPL"), {QStringLiteral(u"اٹک سیمنٹ")}},
        {QStringLiteral("POWER"), {QStringLiteral(u"پاور سیمنٹ")}},
        {QStringLiteral("BWCL"), {QStringLiteral(u"بیسٹ وے سیمنٹ")}},
        {QStringLiteral("GWLC"), {QStringLiteral(u"گریٹ وال سیمنٹ")}},
        // Oil and gas
        {QStringLiteral("OGDC"), {QStringLiteral(u"او جی ڈی سی"), QStringLiteral(u"آئل اینڈ گیس ڈیولپمنٹ"), QStringLiteral(u"او جی ڈی سی ایل")}},
        {QStringLiteral("PPL"), {QStringLiteral(u"پاکستان پیٹرولیم"), QStringLiteral(u"پی پی ایل")}},
        {QStringLiteral("POL"), {QStringLiteral(u"پاکستان آئل فیلڈز")}},
        {QStringLiteral("MARI"), {QStringLiteral(u"ماری پیٹرولیم"), QStringLiteral(u"ماری انرجیز")}},
        {QStringLiteral("PSO"), {QStringLiteral(u"پاکستان اسٹیٹ آئل"), QStringLiteral(u"پی ایس او")}},
        {QStringLiteral("APL"), {QStringLiteral(u"اٹک پیٹرولیم")}},
        {QStringLiteral("SNGP"), {QStringLiteral(u"سوئی ناردرن گیس"), QStringLiteral(u"سوئی ناردرن")}},
        {QStringLiteral("SSGC"), {QStringLiteral(u"سوئی سدرن گیس"), QStringLiteral(u"سوئی سدرن")}},
        {QStringLiteral("ATRL"), {QStringLiteral(u"اٹک ریفائنری")}},
        {QStringLiteral("NRL"), {QStringLiteral(u"نیشنل ریفائنری")}},
        {QStringLiteral("PRL"), {QStringLiteral(u"پاکستان ریفائنری")}},
        {QStringLiteral("CNERGY"), {QStringLiteral(u"سینرجیکو")}},
        {QStringLiteral("HASCOL"), {QStringLiteral(u"ہیسکول")}},
        {QStringLiteral("SHEL"), {QStringLiteral(u"شیل پاکستان")}},
        {QStringLiteral("PIBTL"), {QStringLiteral(u"پاکستان انٹرنیشنل بلک ٹرمینل")}},
        // Fertiliser and chemicals
        {QStringLiteral("ENGRO"), {QStringLiteral(u"اینگرو کارپوریشن"), QStringLiteral(u"اینگرو ہولڈنگز")}},
        {QStringLiteral("EFERT"), {QStringLiteral(u"اینگرو فرٹیلائزرز"), QStringLiteral(u"اینگرو فرٹیلائزر")}},
        {QStringLiteral("FFC"), {QStringLiteral(u"فوجی فرٹیلائزر کمپنی"), QStringLiteral(u"فوجی فرٹیلائزر")}},
        {QStringLiteral("FFBL"), {QStringLiteral(u"فوجی فرٹیلائزر بن قاسم")}},
        {QStringLiteral("FATIMA"), {QStringLiteral(u"فاطمہ فرٹیلائزر")}},
        {QStringLiteral("EPCL"), {QStringLiteral(u"اینگرو پولیمر")}},
        {QStringLiteral("LOTCHEM"), {QStringLiteral(u"لوٹے کیمیکل")}},
        {QStringLiteral("LCI"), {QStringLiteral(u"لکی کور انڈسٹریز")}},
        {QStringLiteral("DAWH"), {QStringLiteral(u"داؤد ہرکولیس")}},
        // Power
        {QStringLiteral("HUBC"), {QStringLiteral(u"حب پاور"), QStringLiteral(u"حبکو")}},
        {QStringLiteral("KAPCO"), {QStringLiteral(u"کوٹ ادو پاور"), QStringLiteral(u"کیپکو")}},
        {QStringLiteral("KEL"), {QStringLiteral(u"کے الیکٹرک")}},
        {QStringLiteral("NPL"), {QStringLiteral(u"نشاط پاور")}},
        {QStringLiteral("LPL"), {QStringLiteral(u"لال پیر پاور")}},
        {QStringLiteral("NCPL"), {QStringLiteral(u"نشاط چونیاں پاور")}},
        // Technology and telecoms
        {QStringLiteral("SYS"), {QStringLiteral(u"سسٹمز لمیٹڈ")}},
        {QStringLiteral("TRG"), {QStringLiteral(u"ٹی آر جی پاکستان"), QStringLiteral(u"ٹی آر جی")}},
        {QStringLiteral("AIRLINK"), {QStringLiteral(u"ایئر لنک")}},
        {QStringLiteral("NETSOL"), {QStringLiteral(u"نیٹ سول")}},
        {QStringLiteral("PTC"), {QStringLiteral(u"پی ٹی سی ایل"), QStringLiteral(u"پاکستان ٹیلی کمیونیکیشن")}},
        {QStringLiteral("AVN"), {QStringLiteral(u"ایوانسیون")}},
        // Autos and engineering
        {QStringLiteral("INDU"), {QStringLiteral(u"انڈس موٹر")}},
        {QStringLiteral("HCAR"), {QStringLiteral(u"ہنڈا اٹلس")}},
        {QStringLiteral("PSMC"), {QStringLiteral(u"پاک سوزوکی")}},
        {QStringLiteral("MTL"), {QStringLiteral(u"ملت ٹریکٹرز")}},
        {QStringLiteral("SAZEW"), {QStringLiteral(u"سازگار انجینئرنگ")}},
        {QStringLiteral("GHNI"), {QStringLiteral(u"گندھارا انڈسٹریز")}},
        {QStringLiteral("ISL"), {QStringLiteral(u"انٹرنیشنل اسٹیلز")}},
        {QStringLiteral("ASTL"), {QStringLiteral(u"امریلی اسٹیلز")}},
        {QStringLiteral("MUGHAL"), {QStringLiteral(u"مغل آئرن اینڈ اسٹیل"), QStringLiteral(u"مغل اسٹیل")}},
        {QStringLiteral("PAEL"), {QStringLiteral(u"پاک الیکٹرون")}},
        {QStringLiteral("TGL"), {QStringLiteral(u"طارق گلاس")}},
        {QStringLiteral("THALL"), {QStringLiteral(u"تھل لمیٹڈ")}},
        // Food, consumer, textiles, paper
        {QStringLiteral("NESTLE"), {QStringLiteral(u"نیسلے پاکستان")}},
        {QStringLiteral("UNITY"), {QStringLiteral(u"یونٹی فوڈز")}},
        {QStringLiteral("FFL"), {QStringLiteral(u"فوجی فوڈز")}},
        {QStringLiteral("COLG"), {QStringLiteral(u"کولگیٹ پامولیو")}},
        {QStringLiteral("NML"), {QStringLiteral(u"نشاط ملز")}},
        {QStringLiteral("ILP"), {QStringLiteral(u"انٹرلوپ")}},
        {QStringLiteral("GATM"), {QStringLiteral(u"گل احمد")}},
        {QStringLiteral("KTML"), {QStringLiteral(u"کوہ نور ٹیکسٹائل")}},
        {QStringLiteral("PKGS"), {QStringLiteral(u"پیکجز لمیٹڈ")}},
        {QStringLiteral("JDWS"), {QStringLiteral(u"جے ڈی ڈبلیو شوگر")}},
        // Pharmaceuticals and insurance
        {QStringLiteral("SEARL"), {QStringLiteral(u"سیرل کمپنی"), QStringLiteral(u"دی سیرل")}},
        {QStringLiteral("AGP"), {QStringLiteral(u"اے جی پی لمیٹڈ")}},
        {QStringLiteral("HINOON"), {QStringLiteral(u"ہائی نون لیبارٹریز")}},
        {QStringLiteral("GLAXO"), {QStringLiteral(u"گلیکسو اسمتھ کلائن")}},
        {QStringLiteral("ABOT"), {QStringLiteral(u"ایبٹ لیبارٹریز")}},
        {QStringLiteral("EFUG"), {QStringLiteral(u"ای ایف یو جنرل انشورنس")}},
        {QStringLiteral("AICL"), {QStringLiteral(u"آدم جی انشورنس")}},
        {QStringLiteral("JSCL"), {QStringLiteral(u"جہانگیر صدیقی اینڈ کمپنی")}},
    };
    return names.value(symbol.trimmed().toUpper());
}

QString urduNamePattern(const QString &name)
{
    // Diacritics, the kashida and zero-width joiners a page may type inside a word.
    const QString marks = QStringLiteral("[\\x{064B}-\\x{065F}\\x{0670}\\x{0640}\\x{200C}\\x{200D}]*");
    QString pattern;
    const QString simplified = name.simplified();
    for (qsizetype i = 0; i < simplified.size(); ++i) {
        const QChar c = simplified[i];
        if (c == u' ') {
            // Any white space between words; none needed between a number and a word ("100انڈیکس").
            const bool digitNear = (i > 0 && simplified[i - 1].isDigit()) || (i + 1 < simplified.size() && simplified[i + 1].isDigit());
            pattern += digitNear ? QStringLiteral("\\s*") : QStringLiteral("\\s+");
            continue;
        }
        if (c == u'-') {
            pattern += QStringLiteral("[-\\s]?");
            continue;
        }
        QString letter;
        switch (c.unicode()) {
        case 0x06CC: letter = QStringLiteral("[\\x{06CC}\\x{064A}\\x{0649}]"); break;  // ی ي ى
        case 0x06A9: letter = QStringLiteral("[\\x{06A9}\\x{0643}]"); break;             // ک ك
        case 0x06C1: letter = QStringLiteral("[\\x{06C1}\\x{0647}\\x{06C2}]"); break;   // ہ ه ۂ
        case 0x06D2: letter = QStringLiteral("[\\x{06D2}\\x{06D3}]"); break;             // ے ۓ
        default:
            if (c.isDigit())
                letter = QStringLiteral("[%1%2]").arg(c).arg(QChar(char16_t(0x06F0 + c.digitValue())));
            else
                letter = QRegularExpression::escape(QString(c));
        }
        pattern += letter + marks;
    }
    return pattern;
}

} // namespace md
