// Date and time formats seen on Business Recorder, its peers and PSX files, plus RFC 2822 mail dates.
#include "core/parse/pagedate.h"

#include "core/parse/urdu.h"

#include <QRegularExpression>
#include <QString>

namespace md {
namespace {

int monthFromName(QStringView name)
{
    static const char *const kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                          "jul", "aug", "sep", "oct", "nov", "dec"};
    if (name.size() < 3)
        return 0;
    const QString lower = name.toString().toLower();
    for (int i = 0; i < 12; ++i) {
        if (lower.startsWith(QLatin1String(kMonths[i]))) {
            static const char *const kFull[] = {"january", "february", "march", "april", "may", "june",
                                                "july", "august", "september", "october", "november", "december"};
            const QString full = QLatin1String(kFull[i]);
            // "Dec", "Dec.", "December", "Sept" are months; "Decimal" is not.
            QString bare = lower;
            if (bare.endsWith(QLatin1Char('.')))
                bare.chop(1);
            if (full.startsWith(bare))
                return i + 1;
        }
    }
    return 0;
}

// "05:53pm", "5:53 PM", "17:53", "17:53:09"; invalid QTime when absent or malformed.
QTime parseClock(const QString &hours, const QString &minutes, const QString &seconds, const QString &meridiem)
{
    int h = hours.toInt();
    const int m = minutes.toInt();
    const int s = seconds.isEmpty() ? 0 : seconds.toInt();
    if (!meridiem.isEmpty()) {
        if (h < 1 || h > 12)
            return {};
        const bool pm = meridiem.startsWith(QLatin1Char('p'), Qt::CaseInsensitive);
        h = (h % 12) + (pm ? 12 : 0);
    }
    return QTime(h, m, s);
}

std::optional<int> parseOffset(const QString &zone)
{
    if (zone.isEmpty())
        return std::nullopt;
    const QString z = zone.toUpper();
    if (z == QLatin1String("Z") || z == QLatin1String("GMT") || z == QLatin1String("UTC") || z == QLatin1String("UT"))
        return 0;
    if (z == QLatin1String("PKT"))
        return Timestamp::kPakistanOffsetSeconds;
    static const QRegularExpression re(QStringLiteral(R"(^(?:GMT|UTC)?([+-])(\d{1,2})(?::?(\d{2}))?$)"));
    const auto m = re.match(z);
    if (!m.hasMatch())
        return std::nullopt;
    const int hours = m.captured(2).toInt();
    const int minutes = m.captured(3).toInt();
    if (hours > 14 || minutes > 59) // no zone on Earth is further from UTC
        return std::nullopt;
    const int value = hours * 3600 + minutes * 60;
    return m.captured(1) == QLatin1String("-") ? -value : value;
}

Timestamp make(const QDate &date, const QTime &time, const QString &zone)
{
    if (!date.isValid() || !time.isValid())
        return {};
    if (const auto offset = parseOffset(zone))
        return Timestamp::fromWallClock(date, time, *offset);
    if (!zone.isEmpty())
        return {};
    return Timestamp::fromWallClock(date, time);
}

} // namespace

Timestamp parsePageDateTime(QStringView input)
{
    // Urdu and Arabic-Indic digits read as ASCII ones ("۲۲ December ۲۰۲۳").
    QString text = urdu::asciiDigits(input).simplified();
    text.replace(QChar(0x00A0), QLatin1Char(' '));
    if (text.isEmpty() || text.size() > 80)
        return {};

    // An Urdu date ("22 دسمبر 2023ء", "جمعہ 22 دسمبر 2023", "دسمبر 22، 2023 05:12 pm"), alone or with a word
    // or two of label ("شائع", "اپ ڈیٹ"), never inside a sentence.
    if (urdu::hasArabicScript(text)) {
        const QDate date = urdu::parseDate(text);
        if (!date.isValid() || text.count(QLatin1Char(' ')) > 6)
            return {};
        static const QRegularExpression urduClock(QStringLiteral(R"((\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?)"),
                                                  QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch m = urduClock.match(text);
        if (!m.hasMatch())
            return Timestamp::fromDate(date);
        QString meridiem = m.captured(4);
        meridiem.remove(QLatin1Char('.'));
        const QTime time = parseClock(m.captured(1), m.captured(2), m.captured(3), meridiem);
        return time.isValid() ? make(date, time, QString()) : Timestamp::fromDate(date);
    }

    // ISO 8601 (JSON-LD, <time datetime>, article:published_time).
    if (text.front().isDigit() && text.size() >= 10 && text[4] == u'-') {
        const Timestamp iso = Timestamp::fromIsoString(text);
        if (iso.isValid())
            return iso;
    }

    // Words that introduce a date on pages.
    static const QRegularExpression lead(QStringLiteral(
        R"(^(?:published|updated|posted|last updated|on)\s*:?\s*)"), QRegularExpression::CaseInsensitiveOption);
    text.remove(lead);
    // An optional weekday: "Friday, December 6, 2024", "Fri, 6 Dec 2024".
    static const QRegularExpression weekday(QStringLiteral(
        R"(^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)"), QRegularExpression::CaseInsensitiveOption);
    text.remove(weekday);
    // An ordinal day: "Dec 1st, 2023", "2nd December 2023".
    static const QRegularExpression ordinal(QStringLiteral(R"(\b(\d{1,2})(?:st|nd|rd|th)\b)"), QRegularExpression::CaseInsensitiveOption);
    for (qsizetype i = 1; i + 1 < text.size(); ++i) {
        if (text[i - 1].isDigit() && text[i].isLetter() && text[i + 1].isLetter()) {
            text.replace(ordinal, QStringLiteral("\\1"));
            break;
        }
    }

    // The optional time part shared by the forms below: "05:53pm", "at 5:53 PM", "17:53:09 +0500".
    static const QString clock = QStringLiteral(
        R"((?:\s*,?\s*(?:at\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?(?:\s*(Z|GMT|UTC|UT|PKT|(?:GMT|UTC)[+-]\d{1,2}(?::?\d{2})?|[+-]\d{2}:?\d{2}))?)?)");

    // "Dec 06, 2024 05:53pm", "January 29, 2025", "Dec. 6 2024".
    static const QRegularExpression monthFirst(
        QStringLiteral(R"(^([A-Za-z]{3,9}\.?)\s+(\d{1,2}),?\s+(\d{4}))") + clock + QStringLiteral("$"),
        QRegularExpression::CaseInsensitiveOption);
    // "29 Jan, 2025 10:34pm", "6 Dec 2024 17:53:00 +0500" (RFC 2822).
    static const QRegularExpression dayFirst(
        QStringLiteral(R"(^(\d{1,2})\s+([A-Za-z]{3,9}\.?),?\s+(\d{4}))") + clock + QStringLiteral("$"),
        QRegularExpression::CaseInsensitiveOption);
    // "31DEC2021" (PSX closing files).
    static const QRegularExpression compact(QStringLiteral(R"(^(\d{2})([A-Za-z]{3})(\d{4})$)"));

    QRegularExpressionMatch m = monthFirst.match(text);
    int day = 0, month = 0, year = 0;
    int clockGroup = 0;
    if (m.hasMatch()) {
        month = monthFromName(m.capturedView(1));
        day = m.captured(2).toInt();
        year = m.captured(3).toInt();
        clockGroup = 4;
    } else if ((m = dayFirst.match(text)).hasMatch()) {
        day = m.captured(1).toInt();
        month = monthFromName(m.capturedView(2));
        year = m.captured(3).toInt();
        clockGroup = 4;
    } else if ((m = compact.match(text)).hasMatch()) {
        day = m.captured(1).toInt();
        month = monthFromName(m.capturedView(2));
        year = m.captured(3).toInt();
        return month ? Timestamp::fromDate(QDate(year, month, day)) : Timestamp();
    } else {
        return {};
    }
    if (month == 0)
        return {};
    const QDate date(year, month, day);
    if (m.capturedLength(clockGroup) == 0)
        return Timestamp::fromDate(date);
    QString meridiem = m.captured(clockGroup + 3);
    meridiem.remove(QLatin1Char('.'));
    const QTime time = parseClock(m.captured(clockGroup), m.captured(clockGroup + 1), m.captured(clockGroup + 2), meridiem);
    return make(date, time, m.captured(clockGroup + 4));
}

} // namespace md
