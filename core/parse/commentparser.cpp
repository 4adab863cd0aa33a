// Comment sections of text copies (and of HTML pages flattened to lines).
#include "core/parse/commentparser.h"

#include "core/limits.h"
#include "core/wording.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace md {
namespace {

int monthNumber(QStringView word)
{
    if (word.endsWith(u'.'))
        word.chop(1);
    if (word.size() < 3 || word.size() > 9)
        return 0;
    static const char *const kMonths[] = {"january", "february", "march", "april", "may", "june", "july",
                                          "august", "september", "october", "november", "december"};
    const char16_t first = word.front().toLower().unicode();
    for (int i = 0; i < 12; ++i) {
        if (kMonths[i][0] != first)
            continue;
        const QLatin1String full(kMonths[i]);
        if (word.size() <= full.size() && full.left(word.size()).compare(word, Qt::CaseInsensitive) == 0)
            return i + 1;
    }
    return 0;
}

int smallNumber(QStringView digits, int minLen, int maxLen)
{
    if (digits.size() < minLen || digits.size() > maxLen)
        return -1;
    int value = 0;
    for (QChar c : digits) {
        if (!c.isDigit() || c.unicode() > u'9')
            return -1;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

struct CommentHeader
{
    QString author;
    Timestamp postedAt;
};

// "Az_Iz Dec 06, 2024 05:53pm" or "Az_Iz 06 Dec, 2024 05:53 pm": an author, then the date and time that end the
// line. A hand scanner from the end of the line: it runs on every line of a long comment thread.
std::optional<CommentHeader> parseCommentHeader(QStringView line)
{
    QStringView rest = line.trimmed();
    auto takeLastToken = [&rest]() {
        rest = rest.trimmed();
        qsizetype i = rest.size();
        while (i > 0 && !rest[i - 1].isSpace())
            --i;
        const QStringView token = rest.mid(i);
        rest = rest.left(i);
        return token;
    };
    QStringView time = takeLastToken();
    if (time.compare(QLatin1String("am"), Qt::CaseInsensitive) == 0
        || time.compare(QLatin1String("pm"), Qt::CaseInsensitive) == 0) {
        const QStringView meridiem = time;
        const QStringView clock = takeLastToken();
        if (clock.isEmpty())
            return std::nullopt;
        // Rejoin "05:53" "pm" as one token.
        time = QStringView(clock.data(), meridiem.data() + meridiem.size() - clock.data());
    }
    if (time.size() < 6)
        return std::nullopt;
    const bool pm = time.endsWith(QLatin1String("pm"), Qt::CaseInsensitive);
    if (!pm && !time.endsWith(QLatin1String("am"), Qt::CaseInsensitive))
        return std::nullopt;
    QStringView clock = time.chopped(2).trimmed();
    const qsizetype colon = clock.indexOf(u':');
    if (colon < 0)
        return std::nullopt;
    const int hour = smallNumber(clock.left(colon), 1, 2);
    const int minute = smallNumber(clock.mid(colon + 1), 2, 2);
    if (hour < 1 || hour > 12 || minute < 0 || minute > 59)
        return std::nullopt;

    const int year = smallNumber(takeLastToken(), 4, 4);
    QStringView second = takeLastToken();
    QStringView first = takeLastToken();
    if (second.endsWith(u','))
        second.chop(1);
    if (first.endsWith(u','))
        first.chop(1);
    int month = monthNumber(first);
    int day = smallNumber(second, 1, 2);
    if (month == 0) { // day first: "06 Dec, 2024"
        month = monthNumber(second);
        day = smallNumber(first, 1, 2);
    }
    const QDate date(year, month, day);
    const QString author = rest.trimmed().toString();
    if (year < 0 || month == 0 || !date.isValid() || author.isEmpty() || author.size() > 80)
        return std::nullopt;
    return CommentHeader{author, Timestamp::fromWallClock(date, QTime((hour % 12) + (pm ? 12 : 0), minute))};
}

// "thumb_up Recommended (3) reply Reply", "Recommended (3)": the count, or -1 when the line is something else.
int recommendationCount(QStringView line)
{
    auto skipWord = [&line](QLatin1String word) {
        if (line.size() < word.size() || line.left(word.size()).compare(word, Qt::CaseInsensitive) != 0)
            return false;
        line = line.mid(word.size()).trimmed();
        return true;
    };
    skipWord(QLatin1String("thumb_up"));
    if (!skipWord(QLatin1String("Recommended")) || !line.startsWith(u'('))
        return -1;
    const qsizetype close = line.indexOf(u')');
    if (close < 2 || close > 10)
        return -1;
    const int count = smallNumber(line.mid(1, close - 1), 1, 9);
    line = line.mid(close + 1).trimmed();
    skipWord(QLatin1String("reply"));
    skipWord(QLatin1String("Reply"));
    return line.isEmpty() ? count : -1;
}

} // namespace

bool isCommentWidgetNoise(QStringView line)
{
    if (line.size() > 40)
        return false;
    static const QRegularExpression noise(QStringLiteral(
        R"(^(?:\d+\s+characters?(?:\s+left)?|thumb_up|thumb_down|reply|Reply|flag|Comment Guidelines|Post a comment|Post Comment|Submit|Load more comments|Show more|Comments?|Comments are closed\.?|Please login to comment)$)"),
        QRegularExpression::CaseInsensitiveOption);
    return noise.match(line).hasMatch();
}

QVector<Comment> parseCommentLines(const QStringList &lines, QStringList *warnings, int maxComments)
{
    QVector<QStringView> views;
    views.reserve(lines.size());
    for (const QString &line : lines)
        views.append(line);
    return parseCommentLines(views, warnings, maxComments);
}

QVector<Comment> parseCommentLines(const QVector<QStringView> &lines, QStringList *warnings, int maxComments)
{
    QVector<Comment> comments;
    std::optional<Comment> current;
    QString text;
    int skipped = 0;
    int orphanLines = 0;

    auto finish = [&] {
        if (!current)
            return;
        current->text = text;
        if (comments.size() < maxComments)
            comments.append(std::move(*current));
        else
            ++skipped;
        current.reset();
        text.clear();
    };

    for (QStringView line : lines) {
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        // A header ends in "am"/"pm"; test that before scanning.
        if (line.size() > 14 && (line.back() == u'm' || line.back() == u'M')) {
            if (auto header = parseCommentHeader(line)) {
                finish();
                current = Comment{};
                current->author = std::move(header->author);
                current->postedAt = header->postedAt;
                continue;
            }
        }
        const int recommended = recommendationCount(line);
        if (recommended >= 0) {
            if (current) {
                current->recommended = recommended;
                finish();
            }
            continue;
        }
        if (isCommentWidgetNoise(line))
            continue;
        if (current) {
            if (!text.isEmpty())
                text += QLatin1Char('\n');
            text += line;
        } else {
            ++orphanLines;
        }
    }
    finish();

    if (warnings) {
        if (skipped > 0)
            warnings->append(limitReachedWarning(QCoreApplication::translate("md", "comments per page"), maxComments,
                                                 QCoreApplication::translate("md", "comments"), skipped));
        if (orphanLines > 0)
            warnings->append(QCoreApplication::translate("md", "Skipped %1 in the comments section that belong to no "
                                                               "comment.")
                                 .arg(countOf(orphanLines, "line", "lines")));
    }
    return comments;
}

} // namespace md
