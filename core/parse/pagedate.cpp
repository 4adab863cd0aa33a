// Date and time formats seen on Business Recorder, its peers and PSX files, plus RFC 2822 mail dates.
#include "core/parse/pagedate.h"

#include "core/parse/urdu.h"

#include <QRegularExpression>
#include <QString>

#include <algorithm>
#include <utility>
#include <vector>

namespace md {
namespace {

// Month names in the languages news pages are written in most: English, German, French, Spanish, Italian,
// Portuguese, Dutch and the Scandinavian ones. A name is a month when it is one of these or a prefix of three
// letters or more that only one month's names start with ("Sept", "Okt.", "janv."; "jui" is June or July).
int monthFromName(QStringView name)
{
    static const char *const kMonths[12] = {
        "january januar jänner janvier enero gennaio janeiro januari",
        "february februar février fevrier febrero febbraio fevereiro februari",
        "march märz maerz mrz mars marzo março maart",
        "april avril abril aprile",
        "may mai mayo maggio maio mei maj",
        "june juni juin junio giugno junho",
        "july juli juillet julio luglio julho",
        "august août aout agosto augustus augusti",
        "september septembre septiembre setiembre settembre setembro",
        "october oktober octobre octubre ottobre outubro",
        "november novembre noviembre novembro",
        "december dezember décembre decembre diciembre dicembre dezembro desember",
    };
    static const std::vector<std::pair<QString, int>> names = [] {
        std::vector<std::pair<QString, int>> all;
        for (int i = 0; i < 12; ++i) {
            for (const QString &word : QString::fromUtf8(kMonths[i]).split(u' '))
                all.emplace_back(word, i + 1);
        }
        return all;
    }();
    QString bare = name.toString().toLower();
    if (bare.endsWith(QLatin1Char('.')))
        bare.chop(1);
    if (bare.size() < 3)
        return 0;
    int month = 0;
    for (const auto &[full, number] : names) {
        if (full == bare)
            return number;
        // "Dec", "Dec.", "Sept", "Okt." are months; "Decimal" is not.
        if (full.startsWith(bare)) {
            if (month && month != number)
                return 0;
            month = number;
        }
    }
    return month;
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
        if (!date.isValid() || text.count(QLatin1Char(' ')) > 6) {
            // An Urdu label of publication before a colon over a date in Latin letters ("اشاعت کی تاریخ: 28th,
            // February 2025 GMT", "تاریخ اشاعت: …"): the date after the label, its ordinal's comma and a bare
            // zone word dropped.
            const qsizetype colon = text.indexOf(u':');
            if (colon < 4 || colon > 20 || !text.left(colon).contains(QStringView(u"\u0627\u0634\u0627\u0639\u062A"))) // اشاعت
                return {};
            QString rest = text.mid(colon + 1).trimmed();
            if (rest.isEmpty() || urdu::hasArabicScript(rest) || !rest.front().isDigit())
                return {};
            static const QRegularExpression ordinalComma(QStringLiteral(R"(^(\d{1,2})(?:st|nd|rd|th)?,\s+)"),
                                                         QRegularExpression::CaseInsensitiveOption);
            static const QRegularExpression bareZone(QStringLiteral(R"(\s+(?:GMT|UTC|PKT)$)"));
            rest.replace(ordinalComma, QStringLiteral("\\1 "));
            if (!rest.contains(u':'))
                rest.remove(bareZone);
            return parsePageDateTime(rest);
        }
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

    // ISO 8601 (JSON-LD, <time datetime>, article:published_time), also with its zone as a word ("2022-05-05T22:12:00
    // UTC"), or written without its zeros ("2022-5-6T12:00:00.000Z", as some pages' markup prints it).
    if (text.front().isDigit() && text.size() >= 8 && text[4] == u'-' && (text.size() < 10 || text[7] != u'-' || !text[9].isDigit())) {
        static const QRegularExpression unpadded(QStringLiteral(R"(^(\d{4})-(\d{1,2})-(\d{1,2})(?=[T\s]|$))"));
        if (const QRegularExpressionMatch m = unpadded.match(text); m.hasMatch())
            text = QStringLiteral("%1-%2-%3").arg(m.captured(1), m.captured(2).rightJustified(2, u'0'), m.captured(3).rightJustified(2, u'0'))
                + text.mid(m.capturedEnd());
    }
    if (text.front().isDigit() && text.size() >= 10 && text[4] == u'-') {
        static const QRegularExpression zoneWord(QStringLiteral(R"(\s+(?:UTC|GMT)$)"));
        const Timestamp iso = Timestamp::fromIsoString(QString(text).replace(zoneWord, QStringLiteral("Z")));
        if (iso.isValid())
            return iso;
        // A time part no reader knows ("2022-01-10T22:06:08:684Z"): the day still stands.
        if (text.size() > 11 && text[10] == u'T' && text[11].isDigit()) {
            const QDate day = QDate::fromString(text.left(10), Qt::ISODate);
            if (day.isValid())
                return Timestamp::fromDate(day);
        }
    }

    // Words that introduce a date on pages, in English and in the languages the month names cover: "Published",
    // "Veröffentlicht am", "Publié le", "Publicado el", "Datum:", "Stand:", and the bare "am", "le", "el", "vom".
    static const QRegularExpression lead(QStringLiteral(
        R"(^(?:published|updated|posted|last updated|on)\s*:?\s*)"), QRegularExpression::CaseInsensitiveOption);
    text.remove(lead);
    static const QRegularExpression otherLead(
        QStringLiteral(R"(^(?:(?:ver(?:ö|oe)ffentlicht|publiziert|erstellt|geschrieben|(?:zuletzt\s+)?aktualisiert|)"
                       R"(publié|mis à jour|publicado|actualizado|pubblicato|aggiornato|gepubliceerd|bijgewerkt|)"
                       R"(stand|datum|date|fecha|data)(?:\s+(?:am|le|el|il|em|op|on|vom|du|del))?(?:\s*[:\-–]\s*|\s+)|)"
                       R"((?:am|le|el|il|em|op|vom|du|del)\s+)(?=\p{L}|\d))"),
        QRegularExpression::CaseInsensitiveOption);
    text.remove(otherLead);
    // An optional weekday: "Friday, December 6, 2024", "Fri, 6 Dec 2024", "Samstag, 5. Oktober 2013",
    // "Di, 21. April 2020", "mardi 5 juin 2018", "viernes, 6 de mayo de 2022".
    static const QRegularExpression weekday(QStringLiteral(
        R"(^(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*|)"
        R"(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|(?:mo|di|mi|do|fr|sa|so)(?=[.,])|)"
        R"(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|)"
        R"(lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo|)"
        R"(lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|)"
        R"(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\.?,?\s+(?:den\s+)?)"),
        QRegularExpression::CaseInsensitiveOption);
    text.remove(weekday);
    // An ordinal day: "Dec 1st, 2023", "2nd December 2023", "1er mai 2019", "1º de mayo".
    static const QRegularExpression ordinal(QStringLiteral(R"(\b(\d{1,2})(?:(?:st|nd|rd|th|er)\b|[º°]))"),
                                            QRegularExpression::CaseInsensitiveOption);
    for (qsizetype i = 1; i < text.size(); ++i) {
        if (text[i - 1].isDigit() && (text[i] == QChar(0x00BA) || text[i] == QChar(0x00B0)
                                      || (i + 1 < text.size() && text[i].isLetter() && text[i + 1].isLetter()))) {
            text.replace(ordinal, QStringLiteral("\\1"));
            break;
        }
    }

    // The optional time part shared by the forms below: "05:53pm", "at 5:53 PM", "17:53:09 +0500", "- 10:24",
    // "um 22:30 Uhr", "à 15:39".
    static const QString clock = QStringLiteral(
        R"((?:\s*[,\-–|]?\s*(?:(?:at|um|à|a las|alle|ore|às|om|kl\.?)\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?(?:\s*(?:uhr|h)\b)?(?:\s*(Z|GMT|UTC|UT|PKT|(?:GMT|UTC)[+-]\d{1,2}(?::?\d{2})?|[+-]\d{2}:?\d{2}))?)?)");

    // A whole date form: its date part, then the optional time.
    const auto form = [&](const char *date) {
        return QRegularExpression(QLatin1Char('^') + QString::fromUtf8(date) + clock + QLatin1Char('$'),
                                  QRegularExpression::CaseInsensitiveOption);
    };
    // "Dec 06, 2024 05:53pm", "January 29, 2025", "Dec. 6 2024".
    static const QRegularExpression monthFirst = form(R"((\p{L}{3,10}\.?)\s+(\d{1,2}),?\s+(\d{4}))");
    // "29 Jan, 2025 10:34pm", "6 Dec 2024 17:53:00 +0500" (RFC 2822), "5. Oktober 2013", "6 de mayo de 2022".
    static const QRegularExpression dayFirst = form(R"((\d{1,2})\.?\s+(?:de\s+)?(\p{L}{3,10}\.?)(?:\s+de)?,?\s+(\d{4}))");
    // "31DEC2021" (PSX closing files).
    static const QRegularExpression compact(QStringLiteral(R"(^(\d{2})([A-Za-z]{3})(\d{4})$)"));
    // Numbers only: "12.01.2022", "27.1.2022", "31.10.23" (day first, as every language that writes dots does);
    // "13/05/2022" and "05-13-2022" only when the day cannot be the month; "2013/12/09" (year first), and an ISO date
    // written without its zeros ("2019-3-7", "2022-5-5 22:17:36", as some pages' microdata prints it).
    static const QRegularExpression dotted = form(R"((\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2}(?!\d)))");
    static const QRegularExpression slashed = form(R"((\d{1,2})([/-])(\d{1,2})\2(\d{4}))");
    static const QRegularExpression yearFirst = form(R"((\d{4})([/.\-])(\d{1,2})\2(\d{1,2}))");

    QRegularExpressionMatch m = monthFirst.match(text);
    int day = 0, month = 0, year = 0;
    int clockGroup = 0;
    bool numeric = false; // a date in numbers alone
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
    } else if ((m = dotted.match(text)).hasMatch()) {
        day = m.captured(1).toInt();
        month = m.captured(2).toInt();
        year = m.captured(3).toInt();
        // A two-digit year only in the full "31.10.23" form: "1.2.23" may be a version or a section number.
        if (m.capturedLength(3) == 2) {
            if (m.capturedLength(1) != 2 || m.capturedLength(2) != 2)
                return {};
            year += 2000;
        }
        clockGroup = 4;
        numeric = true;
    } else if ((m = slashed.match(text)).hasMatch()) {
        const int first = m.captured(1).toInt();
        const int second = m.captured(3).toInt();
        // "05/06/2023" is 5 June in Lahore and London and 6 May in New York: only a date either way reads alike.
        if (first > 12 || first == second) {
            day = first;
            month = second;
        } else if (second > 12) {
            day = second;
            month = first;
        } else {
            return {};
        }
        year = m.captured(4).toInt();
        clockGroup = 5;
        numeric = true;
    } else if ((m = yearFirst.match(text)).hasMatch()) {
        year = m.captured(1).toInt();
        month = m.captured(3).toInt();
        day = m.captured(4).toInt();
        clockGroup = 5;
        numeric = true;
    } else {
        return {};
    }
    if (month < 1 || month > 12)
        return {};
    // Numbers alone: only the years a news page can date a story with.
    if (numeric && (year < 1900 || year > 2100))
        return {};
    const QDate date(year, month, day);
    if (m.capturedLength(clockGroup) == 0)
        return Timestamp::fromDate(date);
    QString meridiem = m.captured(clockGroup + 3);
    meridiem.remove(QLatin1Char('.'));
    const QTime time = parseClock(m.captured(clockGroup), m.captured(clockGroup + 1), m.captured(clockGroup + 2), meridiem);
    return make(date, time, m.captured(clockGroup + 4));
}

Timestamp findDateIn(QStringView line)
{
    if (line.size() > 160)
        return {};
    const QList<QStringView> words = line.split(u' ', Qt::SkipEmptyParts);
    const auto hasDigit = [](QStringView word) { return std::any_of(word.begin(), word.end(), [](QChar c) { return c.isDigit(); }); };
    const qsizetype count = words.size();
    for (qsizetype i = 0; i < count; ++i) {
        // A date starts with a number, or with a word or two (a weekday, a month, "am") before one.
        if (!hasDigit(words[i]) && !(i + 1 < count && hasDigit(words[i + 1])) && !(i + 2 < count && hasDigit(words[i + 2])))
            continue;
        // The longest run of words that is a date: "5. Oktober 2013 um 10:56" with its time.
        for (qsizetype length = std::min<qsizetype>(8, count - i); length >= 1; --length) {
            const QStringView last = words[i + length - 1];
            if (!hasDigit(last) && last.size() > 3) // a date ends in its year or its time ("pm", "Uhr" aside)
                continue;
            QStringView run(words[i].begin(), last.end());
            while (!run.isEmpty() && (run.back() == u',' || run.back() == u'.' || run.back() == u')' || run.back() == u';'))
                run.chop(1);
            while (!run.isEmpty() && run.front() == u'(')
                run = run.mid(1);
            if (const Timestamp t = parsePageDateTime(run); t.isValid())
                return t;
        }
    }
    return {};
}

Timestamp dateInAddress(QStringView url)
{
    // "/2019/10/16/slug" or "/2019-10-16/" in the path, never the host or the query.
    static const QRegularExpression path(QStringLiteral(R"(/((?:19|20)\d{2})([/-])(\d{1,2})\2(\d{1,2})(?:/|-|\.html?$|$))"));
    QStringView address = url;
    if (const qsizetype query = address.indexOf(u'?'); query >= 0)
        address = address.left(query);
    if (const qsizetype fragment = address.indexOf(u'#'); fragment >= 0)
        address = address.left(fragment);
    if (const QRegularExpressionMatch m = path.match(address); m.hasMatch()) {
        const QDate date(m.captured(1).toInt(), m.captured(3).toInt(), m.captured(4).toInt());
        return date.isValid() ? Timestamp::fromDate(date) : Timestamp();
    }
    // ".../meldungen/29-10-2021": day first, read only when the day cannot be the month (as printed dates).
    static const QRegularExpression dayFirst(QStringLiteral(R"(/(\d{1,2})-(\d{1,2})-((?:19|20)\d{2})(?:/|$))"));
    if (const QRegularExpressionMatch m = dayFirst.match(address); m.hasMatch()) {
        const int day = m.captured(1).toInt();
        const int month = m.captured(2).toInt();
        if (day <= 12 && day != month)
            return {};
        const QDate date(m.captured(3).toInt(), month, day);
        return date.isValid() ? Timestamp::fromDate(date) : Timestamp();
    }
    return {};
}

Timestamp dateInFileName(QStringView path)
{
    QStringView name = path;
    if (const qsizetype slash = std::max(name.lastIndexOf(u'/'), name.lastIndexOf(u'\\')); slash >= 0)
        name = name.mid(slash + 1);
    if (const qsizetype dot = name.lastIndexOf(u'.'); dot > 0)
        name = name.left(dot);
    if (name.size() > 160)
        return {};
    const auto dateOf = [](int year, int month, int day) {
        const QDate date(year, month, day);
        return date.isValid() ? Timestamp::fromDate(date) : Timestamp();
    };
    // Year first, with one separator used twice or none at all: "2024-12-06", "2024_12_06", "2024.12.06",
    // "20241206". Digits on either side make it part of a longer number, not a date; eight digits run into
    // letters are part of a hash or an id ("0a12df20190312ab…", a cache's or a download's name).
    static const QRegularExpression yearFirst(
        QStringLiteral(R"((?<!\d)((?:19|20)\d{2})(?:([-_. ])(\d{1,2})\2(\d{1,2})(?!\d)|(\d{2})(\d{2})(?![\dA-Za-z]))(?<![A-Za-z]\d{8}))"));
    if (const QRegularExpressionMatch m = yearFirst.match(name); m.hasMatch()) {
        const bool compact = m.capturedLength(5) > 0;
        return dateOf(m.captured(1).toInt(), m.captured(compact ? 5 : 3).toInt(), m.captured(compact ? 6 : 4).toInt());
    }
    // Day first, as Pakistan writes dates: "06-12-2024" is 6 December. Read only when the day cannot be a month
    // (or both are the same), as in a page's address: "12-06-2024" may be either.
    static const QRegularExpression dayFirst(
        QStringLiteral(R"((?<!\d)(\d{1,2})([-_. ])(\d{1,2})\2((?:19|20)\d{2})(?!\d))"));
    if (const QRegularExpressionMatch m = dayFirst.match(name); m.hasMatch()) {
        const int day = m.captured(1).toInt();
        const int month = m.captured(3).toInt();
        if (day <= 12 && day != month)
            return {};
        return dateOf(m.captured(4).toInt(), month, day);
    }
    // A month by name: "6 Dec 2024", "December-6-2024", "06Dec2024" read as a printed date once the name's
    // separators are spaces. A date with a time is kept to its day: a name is no clock.
    // Only a name that prints a year: "Results 3 4" is no date.
    static const QRegularExpression separators(QStringLiteral("[-_.]+"));
    static const QRegularExpression year(QStringLiteral(R"((?<!\d)(?:19|20)\d{2}(?!\d))"));
    const QRegularExpressionMatch printedYear = year.match(name);
    if (!printedYear.hasMatch())
        return {};
    QString words = name.toString();
    words.replace(separators, QStringLiteral(" "));
    const Timestamp t = findDateIn(words);
    if (!t.isValid() || t.date().year() != printedYear.captured(0).toInt())
        return {};
    return Timestamp::fromDate(t.date());
}

Timestamp dateOpening(QStringView paragraph)
{
    // The date ends at the first dash, colon or bracket after it, within the paragraph's first 45 characters.
    const QStringView head = paragraph.trimmed().left(45);
    qsizetype end = -1;
    for (const char16_t *mark : {u" - ", u" \u2013 ", u" \u2014 ", u": ", u") ", u" ("}) {
        const qsizetype at = head.indexOf(QStringView(mark));
        if (at > 0 && (end < 0 || at < end))
            end = at;
    }
    if (end < 0)
        return {};
    QStringView date = head.left(end);
    if (date.startsWith(u'('))
        date = date.mid(1);
    return parsePageDateTime(date);
}

} // namespace md
