// Market time by evidence: a "today" stamp, the library's bars, an article the ticker agrees with, the file.
#include "core/capturetime.h"

#include "core/parse/pagedate.h"
#include "core/parse/urdu.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace md {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("md", text);
}

// How near an article's index figure must be to the ticker's index to be the same market (issue 20: a story
// that "settled at 61,914.34" under a ticker of KSE100 62,451 agrees; one that crossed 44,000 under 75,342
// does not). Two percent covers an intraday high or low quoted beside the close.
constexpr double kAgreement = 0.02;
// A figure is taken for an index level only when it is within this factor of some index on the ticker: a
// change ("down 1,100 points") or a volume is not a level and says nothing either way.
constexpr double kLevelFactor = 4.0;

// A sentence about an index: where a level quoted in an article is one.
bool mentionsIndex(QStringView sentence)
{
    static const char *const kWords[] = {"index", "kse", "points", "benchmark", "bourse"};
    for (const char *word : kWords) {
        if (sentence.contains(QLatin1String(word), Qt::CaseInsensitive))
            return true;
    }
    // Urdu: انڈیکس (index), پوائنٹس (points), کے ایس ای (KSE), بینچ مارک (benchmark).
    for (const char16_t *word : {u"انڈیکس", u"پوائنٹس", u"کے ایس ای", u"بینچ مارک"}) {
        if (sentence.contains(QStringView(word)))
            return true;
    }
    return false;
}

// The numbers of a sentence that may be index levels: grouped ("61,914.34", "44,000") or with decimals and at
// least four digits before the point ("2820.33"). Bare integers are years and share counts, not levels.
QVector<double> levelFigures(QStringView sentence)
{
    // Urdu prose writes levels in words of the South Asian scale ("1 لاکھ 3 ہزار 274"), in lakh-grouped digits
    // ("1,53,411") and in Urdu digits: read by the Urdu module, keeping the same rule (a scale word, grouping
    // or decimals; a bare integer is a count).
    if (urdu::hasArabicScript(sentence)) {
        QVector<double> figures;
        for (const urdu::Amount &a : urdu::findAmounts(sentence)) {
            const QString text = urdu::asciiDigits(sentence.mid(a.start, a.length));
            const bool worded = std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetter(); });
            if (a.value > 0.0 && (worded || text.contains(u',') || text.contains(u'.')))
                figures.append(a.value);
        }
        return figures;
    }
    static const QRegularExpression number(QStringLiteral(R"((?<![\d.,])(\d{1,3}(?:,\d{3})+|\d{4,7})(\.\d{1,2})?(?![\d]))"));
    QVector<double> figures;
    QRegularExpressionMatchIterator it = number.globalMatch(sentence);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QStringView whole = m.capturedView(1);
        const bool grouped = whole.contains(u',');
        if (!grouped && !m.hasCaptured(2))
            continue;
        QString digits = whole.toString();
        digits.remove(QLatin1Char(','));
        digits += m.captured(2);
        bool ok = false;
        const double value = digits.toDouble(&ok);
        if (ok && value > 0.0)
            figures.append(value);
    }
    return figures;
}

// A market report gives the index's level in its headline, standfirst or first paragraphs; reading only those
// keeps the weighing cheap on a page of megabytes (the text parser's benchmark parses 4 MB of paragraphs).
constexpr int kLeadParagraphs = 8;

QStringList articleTexts(const Article &article)
{
    QStringList texts{article.headline};
    texts += article.summary;
    int paragraphs = 0;
    for (const ArticleBlock &block : article.blocks) {
        if (block.kind != ArticleBlock::Kind::Paragraph)
            continue;
        texts.append(block.text);
        if (++paragraphs == kLeadParagraphs)
            break;
    }
    return texts;
}

// The article's own time: its last update, else its publication.
Timestamp articleTime(const Article &article)
{
    return article.updatedAt.isValid() ? article.updatedAt : article.publishedAt;
}

// The file's time at the machine's offset, to the second (as the library stores times).
Timestamp fromLocalFileTime(const QDateTime &fileModified)
{
    const QDateTime utc = QDateTime::fromSecsSinceEpoch(fileModified.toSecsSinceEpoch(), Qt::UTC);
    return Timestamp::fromUtc(utc, fileModified.toLocalTime().offsetFromUtc());
}

// True when the story was published (or updated) within a day of the file's time.
bool publishedNear(const Timestamp &story, const QDateTime &fileModified)
{
    if (!story.isValid() || !fileModified.isValid())
        return false;
    if (!story.hasTime()) {
        const QDate fileDay = fileModified.toUTC().addSecs(Timestamp::kPakistanOffsetSeconds).date();
        return std::abs(story.date().daysTo(fileDay)) <= 1;
    }
    return std::abs(story.toUtc().secsTo(fileModified.toUTC())) <= 24 * 3600;
}

// The day a saved file's name gives (brecorder-2024-12-06.txt), when it is earlier than the file's own time: a
// copy, a download or a restore gives the file a new time, and the name keeps the day it was saved for. A name
// dated the file's own day adds nothing to its time, and one dated after it is no save date. A web address is
// never a file name (its path's date is the story's).
QDate fileNameDay(const QString &source, const QDateTime &fileModified)
{
    if (source.isEmpty() || source.contains(QLatin1String("://")))
        return {};
    const Timestamp named = dateInFileName(source);
    if (!named.isValid())
        return {};
    if (fileModified.isValid() && named.date() >= fromLocalFileTime(fileModified).date())
        return {};
    return named.date();
}

QString dayText(const Timestamp &t)
{
    return t.hasTime() ? t.toExchangeClock().toString(QStringLiteral("yyyy-MM-dd hh:mm")) : t.date().toString(Qt::ISODate);
}

} // namespace

ArticleFigures compareArticleFigures(const Snapshot &snapshot)
{
    QVector<double> levels;
    for (const IndexValue &index : snapshot.indices) {
        if (index.value > 0.0)
            levels.append(index.value);
    }
    if (levels.isEmpty())
        return ArticleFigures::None;
    // Urdu's full stop and question mark end sentences too, often with no space after them.
    static const QRegularExpression sentenceEnd(QStringLiteral(R"((?<=[.!?])\s+|(?<=[\x{06D4}\x{061F}])\s*)"));
    bool quotesLevels = false;
    for (const QString &text : articleTexts(snapshot.article)) {
        if (!mentionsIndex(text))
            continue;
        for (const QString &sentence : text.split(sentenceEnd, Qt::SkipEmptyParts)) {
            if (!mentionsIndex(sentence))
                continue;
            for (const double figure : levelFigures(sentence)) {
                for (const double level : levels) {
                    if (std::abs(figure - level) <= kAgreement * level)
                        return ArticleFigures::Agree;
                    if (figure >= level / kLevelFactor && figure <= level * kLevelFactor)
                        quotesLevels = true;
                }
            }
        }
    }
    return quotesLevels ? ArticleFigures::Contradict : ArticleFigures::None;
}

void dateMarketData(Snapshot &snapshot, const MarketEvidence &evidence)
{
    auto decide = [&](const Timestamp &time, MarketTimeSource source) {
        snapshot.marketAsOf = time;
        snapshot.marketAsOfSource = time.isValid() ? source : MarketTimeSource::Unknown;
    };

    // 1. A "today" stamp: exact.
    if (evidence.fetchedAt.isValid())
        return decide(Timestamp::fromUtc(evidence.fetchedAt.toUTC(), Timestamp::kPakistanOffsetSeconds),
                      MarketTimeSource::Archive);
    if (snapshot.capturedAt.isValid())
        return decide(snapshot.capturedAt, snapshot.format == SnapshotFormat::Mhtml ? MarketTimeSource::Archive
                                                                                   : MarketTimeSource::PageMetadata);
    if (snapshot.sessionDate.isValid())
        return decide(Timestamp::fromDate(snapshot.sessionDate), MarketTimeSource::ExchangeSession);

    const bool marketData = !snapshot.quotes.isEmpty() || !snapshot.indices.isEmpty();
    const Timestamp story = articleTime(snapshot.article);
    QDate named = fileNameDay(snapshot.source, evidence.fileModified);
    if (!marketData) {
        // Nothing on the page to contradict the article.
        if (story.isValid())
            return decide(story, MarketTimeSource::Article);
        if (named.isValid())
            return decide(Timestamp::fromDate(named), MarketTimeSource::FileName);
        if (evidence.fileModified.isValid())
            return decide(fromLocalFileTime(evidence.fileModified), MarketTimeSource::FileModified);
        return decide({}, MarketTimeSource::Unknown);
    }

    // 2. The library's bars: the ticker's prices are the closes of one session.
    if (evidence.sessionOfCloses) {
        const QDate session = evidence.sessionOfCloses(snapshot.quotes);
        if (session.isValid())
            return decide(Timestamp::fromDate(session), MarketTimeSource::LibraryBars);
    }

    // 3. The article's date, only when the market data agree with it.
    const ArticleFigures figures = compareArticleFigures(snapshot);
    if (story.isValid()) {
        if (figures == ArticleFigures::Agree
            || (figures == ArticleFigures::None && publishedNear(story, evidence.fileModified)))
            return decide(story, MarketTimeSource::Article);
    }

    // 4. The day in the file's name, else the file's time, and a warning: the ticker's date is not known from the
    // page. A name within a day of the article's date was likely given after the article: it is the article's
    // date again, which nothing above confirmed, not a second fact.
    if (named.isValid() && story.isValid() && std::abs(story.date().daysTo(named)) <= 1)
        named = QDate();
    QString why;
    if (isExchangeKind(snapshot.kind))
        why = tr("the board names no session");
    else if (story.isValid() && figures == ArticleFigures::Contradict)
        why = tr("the article's index figures (dated %1) do not match the ticker's").arg(dayText(story));
    else if (story.isValid() && (named.isValid() || evidence.fileModified.isValid()))
        why = tr("the article (dated %1) was not published within a day of the file").arg(dayText(story));
    else if (story.isValid())
        why = tr("nothing on the page confirms that the article's date (%1) is the ticker's").arg(dayText(story));
    else
        why = tr("the article gives no date");
    if (named.isValid()) {
        decide(Timestamp::fromDate(named), MarketTimeSource::FileName);
        snapshot.warnings.append(tr("The ticker's date is uncertain: the page prints no date of its own and %1, "
                                    "so its quotes and indices are filed under the date in the file's name (%2).")
                                     .arg(why, dayText(snapshot.marketAsOf)));
    } else if (evidence.fileModified.isValid()) {
        decide(fromLocalFileTime(evidence.fileModified), MarketTimeSource::FileModified);
        snapshot.warnings.append(tr("The ticker's date is uncertain: the page prints no date of its own and %1, "
                                    "so its quotes and indices are filed under the file's date (%2).")
                                     .arg(why, dayText(snapshot.marketAsOf)));
    } else if (story.isValid()) {
        // An article's date was there and ruled out: say so. (With no date anywhere there is nothing to weigh,
        // and "unknown" is all there is to show.)
        decide({}, MarketTimeSource::Unknown);
        snapshot.warnings.append(tr("The ticker's date is unknown: the page prints no date of its own and %1, so "
                                    "its quotes and indices are filed under no day.")
                                     .arg(why));
    } else {
        decide({}, MarketTimeSource::Unknown);
    }
}

CaptureTime marketTimeOf(const Snapshot &snapshot, const QDateTime &fileModified)
{
    if (snapshot.marketAsOf.isValid())
        return {snapshot.marketAsOf, snapshot.marketAsOfSource};
    // A snapshot never dated (built in memory): its own "today" stamp, as dateMarketData would take it.
    if (snapshot.capturedAt.isValid())
        return {snapshot.capturedAt, snapshot.format == SnapshotFormat::Mhtml ? CaptureTime::Source::Archive
                                                                             : CaptureTime::Source::PageMetadata};
    if (snapshot.sessionDate.isValid())
        return {Timestamp::fromDate(snapshot.sessionDate), CaptureTime::Source::ExchangeSession};
    if (fileModified.isValid())
        return {fromLocalFileTime(fileModified), CaptureTime::Source::FileModified};
    return {};
}

bool isFileEvidence(CaptureTime::Source source)
{
    return source == CaptureTime::Source::FileName || source == CaptureTime::Source::FileModified;
}

QString notedCaptureTime(const QString &time, CaptureTime::Source source)
{
    if (time.isEmpty())
        return time;
    if (source == CaptureTime::Source::FileName)
        return tr("%1 (file name date)").arg(time);
    if (source == CaptureTime::Source::FileModified)
        return tr("%1 (file date)").arg(time);
    return time;
}

QString describeCaptureSource(CaptureTime::Source source)
{
    switch (source) {
    case CaptureTime::Source::Archive: return tr("date of the saved archive");
    case CaptureTime::Source::PageMetadata: return tr("date printed on the page");
    case CaptureTime::Source::ExchangeSession: return tr("session the exchange's file is for");
    case CaptureTime::Source::LibraryBars: return tr("session whose closes the ticker shows");
    case CaptureTime::Source::Article: return tr("article's date, which the ticker agrees with");
    case CaptureTime::Source::FileName: return tr("date in the file's name");
    case CaptureTime::Source::FileModified: return tr("file modification time");
    case CaptureTime::Source::Corrected: return tr("your correction");
    case CaptureTime::Source::Unknown: break;
    }
    return tr("unknown");
}

QString captureSourceKey(CaptureTime::Source source)
{
    switch (source) {
    case CaptureTime::Source::Archive: return QStringLiteral("archive");
    case CaptureTime::Source::PageMetadata: return QStringLiteral("page");
    case CaptureTime::Source::ExchangeSession: return QStringLiteral("session");
    case CaptureTime::Source::LibraryBars: return QStringLiteral("bars");
    case CaptureTime::Source::Article: return QStringLiteral("article");
    case CaptureTime::Source::FileName: return QStringLiteral("name");
    case CaptureTime::Source::FileModified: return QStringLiteral("file");
    case CaptureTime::Source::Corrected: return QStringLiteral("corrected");
    case CaptureTime::Source::Unknown: break;
    }
    return QStringLiteral("unknown");
}

CaptureTime::Source captureSourceFromKey(const QString &key)
{
    for (CaptureTime::Source source :
         {CaptureTime::Source::Archive, CaptureTime::Source::PageMetadata, CaptureTime::Source::ExchangeSession,
          CaptureTime::Source::LibraryBars, CaptureTime::Source::Article, CaptureTime::Source::FileName, CaptureTime::Source::FileModified,
          CaptureTime::Source::Corrected}) {
        if (key == captureSourceKey(source))
            return source;
    }
    return CaptureTime::Source::Unknown;
}

} // namespace md
