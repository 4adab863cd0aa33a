// Comment sections of text copies (and of HTML pages flattened to lines).
#include "core/parse/commentparser.h"

#include "core/parse/pagedate.h"
#include "core/wording.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace md {
namespace {

// "Az_Iz Dec 06, 2024 05:53pm": an author, then a date and time at the end of the line.
const QRegularExpression &commentHeader()
{
    static const QRegularExpression re(QStringLiteral(
        R"(^(\S.{0,79}?)\s+((?:[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Za-z]{3,9}\.?,?\s+\d{4})\s+\d{1,2}:\d{2}\s*[AaPp][Mm])$)"));
    return re;
}

// "thumb_up Recommended (3) reply Reply", "Recommended (3)".
const QRegularExpression &recommendedLine()
{
    static const QRegularExpression re(QStringLiteral(
        R"(^(?:thumb_up\s+)?Recommended\s*\((\d{1,9})\)(?:\s+reply)?(?:\s+Reply)?$)"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

} // namespace

bool isCommentWidgetNoise(QStringView line)
{
    static const QRegularExpression noise(QStringLiteral(
        R"(^(?:\d+\s+characters?(?:\s+left)?|thumb_up|thumb_down|reply|Reply|flag|Comment Guidelines|Post a comment|Post Comment|Submit|Load more comments|Show more|Comments?|Please login to comment)$)"),
        QRegularExpression::CaseInsensitiveOption);
    return noise.match(line).hasMatch();
}

QVector<Comment> parseCommentLines(const QStringList &lines, QStringList *warnings, int maxComments)
{
    QVector<Comment> comments;
    std::optional<Comment> current;
    QStringList text;
    int skipped = 0;
    int orphanLines = 0;

    auto finish = [&] {
        if (!current)
            return;
        current->text = text.join(QLatin1Char('\n'));
        if (comments.size() < maxComments)
            comments.append(*current);
        else
            ++skipped;
        current.reset();
        text.clear();
    };

    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        const QRegularExpressionMatch header = commentHeader().match(line);
        if (header.hasMatch()) {
            const Timestamp when = parsePageDateTime(header.capturedView(2));
            if (when.isValid()) {
                finish();
                current = Comment{};
                current->author = header.captured(1).trimmed();
                current->postedAt = when;
                continue;
            }
        }
        const QRegularExpressionMatch rec = recommendedLine().match(line);
        if (rec.hasMatch()) {
            if (current) {
                current->recommended = rec.captured(1).toInt();
                finish();
            }
            continue;
        }
        if (isCommentWidgetNoise(line))
            continue;
        if (current)
            text.append(line);
        else
            ++orphanLines;
    }
    finish();

    if (warnings) {
        if (skipped > 0)
            warnings->append(QCoreApplication::translate("md", "Skipped %1 beyond the limit of %2.")
                                 .arg(countOf(skipped, "comment", "comments"))
                                 .arg(maxComments));
        if (orphanLines > 0)
            warnings->append(QCoreApplication::translate("md", "Skipped %1 in the comments section that belong to no "
                                                               "comment.")
                                 .arg(countOf(orphanLines, "line", "lines")));
    }
    return comments;
}

} // namespace md
