// Plain-text copies: every line is a ticker row, a line of the article, or part of the comments section.
#include "core/parse/textsnapshotparser.h"

#include "core/parse/articlerules.h"
#include "core/parse/commentparser.h"
#include "core/parse/marketline.h"
#include "core/parse/pagedate.h"
#include "core/wording.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace md {
namespace {

bool isCommentsHeading(QStringView line)
{
    return line.compare(QLatin1String("Comments"), Qt::CaseInsensitive) == 0
        || line.compare(QLatin1String("Reader Comments"), Qt::CaseInsensitive) == 0;
}

// "Comments" starts the comments section when what follows looks like one (the character-limit box or a
// comment header), or when nothing follows; a sub-heading that happens to read "Comments" does not.
bool startsCommentsSection(const QVector<QStringView> &lines, qsizetype at)
{
    for (qsizetype i = at + 1; i < lines.size() && i < at + 4; ++i) {
        if (lines[i].isEmpty())
            continue;
        QStringList ignored;
        return isCommentWidgetNoise(lines[i]) || !parseCommentLines(QVector<QStringView>{lines[i]}, &ignored, 1).isEmpty();
    }
    return true;
}

QString bylineOf(QStringView line)
{
    static const QRegularExpression byline(QStringLiteral(R"(^By\s+(\S.{0,79})$)"));
    const auto m = byline.match(line);
    return m.hasMatch() && !endsLikeSentence(line) ? m.captured(1).trimmed() : QString();
}

// A date line ("December 10, 2024") or a byline ("By Staff Reporter") next to the headline fills the article's
// publication time or author, once each; true when the line was taken.
bool takeDateOrByline(QStringView unit, Article &article)
{
    if (!article.publishedAt.isValid()) {
        const Timestamp when = parsePageDateTime(unit);
        if (when.isValid()) {
            article.publishedAt = when;
            return true;
        }
    }
    if (article.author.isEmpty()) {
        const QString author = bylineOf(unit);
        if (!author.isEmpty()) {
            article.author = author;
            return true;
        }
    }
    return false;
}

} // namespace

QString parseTextSnapshot(const QString &text, Snapshot &snapshot, const LoadLimits &limits)
{
    QVector<QStringView> lines;
    lines.reserve(text.size() / 64 + 1);
    int longLines = 0;
    for (QStringView line : QStringView(text).split(u'\n')) {
        line = line.trimmed();
        if (line.size() > limits.maxLineLength) {
            line = line.left(limits.maxLineLength);
            ++longLines;
        }
        lines.append(line);
    }

    // The comments section runs from its heading to the end.
    qsizetype commentsAt = lines.size();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (isCommentsHeading(lines[i]) && startsCommentsSection(lines, i)) {
            commentsAt = i;
            break;
        }
    }

    // Ticker rows anywhere before the comments; the remaining lines are article candidates.
    QVector<QStringView> units;
    {
        MarketRowCollector rows(snapshot, limits.maxMarketRows);
        for (qsizetype i = 0; i < commentsAt; ++i) {
            // Reading the clock is cheap but not free: look every few thousand lines.
            if ((i & 4095) == 4095 && limits.deadline.hasExpired())
                return parseBudgetExceededMessage(limits);
            const QStringView line = lines[i];
            if (line.isEmpty() || rows.addLine(line))
                continue;
            if (isArticleFooter(line))
                continue;
            units.append(line);
        }
    }

    // The article begins at the dateline paragraph ("BEIRUT: ..."); just before it may stand the headline,
    // a date and a byline. Without a dateline it begins at the first line.
    Article &article = snapshot.article;
    qsizetype lead = -1;
    for (qsizetype i = 0; i < units.size(); ++i) {
        const QString place = datelineOf(units[i]);
        if (!place.isEmpty()) {
            lead = i;
            article.dateline = place;
            break;
        }
    }
    qsizetype bodyStart = 0;
    qsizetype skippedBefore = 0;
    if (lead >= 0) {
        bodyStart = lead;
        qsizetype i = lead - 1;
        for (; i >= 0; --i) {
            const QStringView unit = units[i];
            if (takeDateOrByline(unit, article))
                continue;
            if (article.headline.isEmpty() && looksLikeHeadline(unit)) {
                article.headline = unit.toString();
                --i;
            }
            break;
        }
        skippedBefore = i + 1;
    } else if (units.size() >= 2 && looksLikeHeadline(units[0])
               && classifyArticleLine(units[1]) == LineRole::Paragraph) {
        article.headline = units[0].toString();
        bodyStart = 1;
    }
    if (skippedBefore > 0) {
        snapshot.warnings.append(QCoreApplication::translate("md", "Skipped %1 before the article that are neither ticker "
                                                                   "rows nor article text.")
                                     .arg(countOf(skippedBefore, "line", "lines")));
    }

    // Between the date/byline lines after a headline (no dateline case) and the body.
    while (bodyStart < units.size() && takeDateOrByline(units[bodyStart], article))
        ++bodyStart;

    for (qsizetype i = bodyStart; i < units.size(); ++i) {
        const QStringView unit = units[i];
        // The lead paragraph is always a paragraph, even when it lost its full stop.
        const LineRole role = i == lead ? LineRole::Paragraph : classifyArticleLine(unit);
        switch (role) {
        case LineRole::Paragraph:
            article.blocks.append({ArticleBlock::Kind::Paragraph, unit.toString()});
            break;
        case LineRole::Subheading:
            article.blocks.append({ArticleBlock::Kind::Subheading, unit.toString()});
            break;
        case LineRole::Related:
            article.related.append(unit.toString());
            break;
        }
    }
    // A sub-heading with no paragraph after it heads nothing: it is a stray label (a footer, a tag line).
    while (!article.blocks.isEmpty() && article.blocks.last().kind == ArticleBlock::Kind::Subheading) {
        snapshot.warnings.append(QCoreApplication::translate("md", "The line \"%1\" after the last paragraph was not "
                                                                   "taken as article text.")
                                     .arg(article.blocks.last().text));
        article.blocks.removeLast();
    }

    if (limits.deadline.hasExpired())
        return parseBudgetExceededMessage(limits);
    if (commentsAt < lines.size()) {
        snapshot.comments = parseCommentLines(lines.mid(commentsAt + 1), &snapshot.warnings, limits.maxComments);
    }

    if (longLines > 0) {
        snapshot.warnings.append(QCoreApplication::translate("md", "Cut short %1 longer than %2 characters.")
                                     .arg(countOf(longLines, "line", "lines"))
                                     .arg(limits.maxLineLength));
    }
    return limits.deadline.hasExpired() ? parseBudgetExceededMessage(limits) : QString();
}

} // namespace md
