// Whole-word symbol, company and phrase matching, and the built-in list of company names.
#include "core/alerts/mentionmatcher.h"

#include "core/alerts/urdunames.h"
#include "core/parse/urdu.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace md {
namespace {

// Not preceded or followed by a letter or digit.
const QString kBefore = QStringLiteral("(?<![\\p{L}\\p{N}])");
const QString kAfter = QStringLiteral("(?![\\p{L}\\p{N}])");

// Words of a name or phrase as a pattern: any whitespace between them, "&" and "and" alike.
QString wordsPattern(const QString &text, QStringList *phraseWords)
{
    QStringList parts;
    for (const QString &word : text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (word == QLatin1String("&") || word.compare(QLatin1String("and"), Qt::CaseInsensitive) == 0) {
            parts.append(QStringLiteral("(?:&|and)"));
            phraseWords->append(QStringLiteral("and"));
        } else {
            parts.append(QRegularExpression::escape(word));
            phraseWords->append(word.toLower());
        }
    }
    return parts.join(QStringLiteral("\\s+"));
}

QRegularExpression compiled(const QString &pattern, bool caseInsensitive)
{
    QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
    if (caseInsensitive)
        options |= QRegularExpression::CaseInsensitiveOption;
    QRegularExpression re(kBefore + pattern + kAfter, options);
    re.optimize();
    return re;
}

} // namespace

QString companyNameFor(const QString &symbol)
{
    // The names the financial press uses (no "Limited"), for the most traded PSX companies.
    static const QHash<QString, QString> names = {
        {QStringLiteral("AIRLINK"), QStringLiteral("Air Link Communication")},
        {QStringLiteral("ATRL"), QStringLiteral("Attock Refinery")},
        {QStringLiteral("BAFL"), QStringLiteral("Bank Alfalah")},
        {QStringLiteral("BAHL"), QStringLiteral("Bank AL Habib")},
        {QStringLiteral("CHCC"), QStringLiteral("Cherat Cement")},
        {QStringLiteral("DGKC"), QStringLiteral("D.G. Khan Cement")},
        {QStringLiteral("EFERT"), QStringLiteral("Engro Fertilizers")},
        {QStringLiteral("ENGRO"), QStringLiteral("Engro Corporation")},
        {QStringLiteral("EPCL"), QStringLiteral("Engro Polymer")},
        {QStringLiteral("FCCL"), QStringLiteral("Fauji Cement")},
        {QStringLiteral("FFC"), QStringLiteral("Fauji Fertilizer")},
        {QStringLiteral("HBL"), QStringLiteral("Habib Bank")},
        {QStringLiteral("HUBC"), QStringLiteral("Hub Power")},
        {QStringLiteral("INDU"), QStringLiteral("Indus Motor")},
        {QStringLiteral("KAPCO"), QStringLiteral("Kot Addu Power")},
        {QStringLiteral("KEL"), QStringLiteral("K-Electric")},
        {QStringLiteral("LUCK"), QStringLiteral("Lucky Cement")},
        {QStringLiteral("MARI"), QStringLiteral("Mari Petroleum")},
        {QStringLiteral("MCB"), QStringLiteral("MCB Bank")},
        {QStringLiteral("MEBL"), QStringLiteral("Meezan Bank")},
        {QStringLiteral("MLCF"), QStringLiteral("Maple Leaf Cement")},
        {QStringLiteral("NBP"), QStringLiteral("National Bank of Pakistan")},
        {QStringLiteral("NML"), QStringLiteral("Nishat Mills")},
        {QStringLiteral("NRL"), QStringLiteral("National Refinery")},
        {QStringLiteral("OGDC"), QStringLiteral("Oil and Gas Development Company")},
        {QStringLiteral("PAEL"), QStringLiteral("Pak Elektron")},
        {QStringLiteral("PIOC"), QStringLiteral("Pioneer Cement")},
        {QStringLiteral("POL"), QStringLiteral("Pakistan Oilfields")},
        {QStringLiteral("POWER"), QStringLiteral("Power Cement")},
        {QStringLiteral("PPL"), QStringLiteral("Pakistan Petroleum")},
        {QStringLiteral("PSO"), QStringLiteral("Pakistan State Oil")},
        {QStringLiteral("PTC"), QStringLiteral("Pakistan Telecommunication Company")},
        {QStringLiteral("SEARL"), QStringLiteral("The Searle Company")},
        {QStringLiteral("SNGP"), QStringLiteral("Sui Northern Gas")},
        {QStringLiteral("SSGC"), QStringLiteral("Sui Southern Gas")},
        {QStringLiteral("SYS"), QStringLiteral("Systems Limited")},
        {QStringLiteral("UBL"), QStringLiteral("United Bank")},
    };
    return names.value(symbol.trimmed().toUpper());
}

QString newsNameOfListedCompany(const QString &listedName)
{
    static const QRegularExpression legalForm(QStringLiteral("^\\(?(?:ltd|limited|co|company|corp|corporation|inc|plc|pvt)\\.?\\)?$"),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression joiningWord(QStringLiteral("^(?:&|and|of|the)$"), QRegularExpression::CaseInsensitiveOption);
    QStringList words = listedName.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    while (!words.isEmpty() && legalForm.match(words.last()).hasMatch())
        words.removeLast();
    if (!words.isEmpty() && words.last().endsWith(QLatin1Char('.')))
        words.last().chop(1);
    const auto named = std::count_if(words.cbegin(), words.cend(), [](const QString &word) {
        return !word.isEmpty() && !joiningWord.match(word).hasMatch();
    });
    return named >= 2 ? words.join(QLatin1Char(' ')) : QString();
}

MentionMatcher MentionMatcher::forSymbol(const QString &symbol, const QString &companyName)
{
    return forSymbol(symbol, QStringList{companyName});
}

MentionMatcher MentionMatcher::forSymbol(const QString &symbol, const QStringList &companyNames)
{
    MentionMatcher m;
    const QString name = symbol.trimmed().toUpper();
    if (name.isEmpty())
        return m;
    QString pattern = QRegularExpression::escape(name);
    m.m_phrases.append(name.toLower());
    // KSE100 is printed "KSE-100" as often as not.
    static const QRegularExpression lettersDigits(QStringLiteral("^([A-Z]+)(\\d+)$"));
    const QRegularExpressionMatch split = lettersDigits.match(name);
    if (split.hasMatch()) {
        pattern = split.captured(1) + QStringLiteral("[- ]?") + split.captured(2);
        m.m_phrases.append(split.captured(1).toLower() + QLatin1Char(' ') + split.captured(2));
    }
    m.m_patterns.append(compiled(pattern, false));
    for (const QString &companyName : companyNames) {
        if (companyName.trimmed().isEmpty())
            continue;
        QStringList words;
        m.m_patterns.append(compiled(wordsPattern(companyName, &words), true));
        m.m_phrases.append(words.join(QLatin1Char(' ')));
    }
    // The names Urdu stories give it ("لکی سیمنٹ", "100 انڈیکس"), in whichever form of the letters a page typed.
    for (const QString &urduName : urduNamesFor(name)) {
        m.m_patterns.append(compiled(urduNamePattern(urduName), false));
        const QString phrase = urdu::foldForSearch(urduName);
        m.m_phrases.append(phrase);
        // "100انڈیکس" is one word to the index: the number and the name printed together.
        static const QRegularExpression digitSpace(QStringLiteral(R"((?<=\d) (?=\S)|(?<=\S) (?=\d))"));
        if (QString glued = phrase; glued.contains(digitSpace))
            m.m_phrases.append(glued.remove(digitSpace));
    }
    return m;
}

MentionMatcher MentionMatcher::forPhrase(const QString &phrase)
{
    MentionMatcher m;
    QStringList words;
    const QString pattern = wordsPattern(phrase, &words);
    if (!pattern.isEmpty()) {
        m.m_patterns.append(compiled(pattern, true));
        m.m_phrases.append(words.join(QLatin1Char(' ')));
    }
    return m;
}

QVector<TextMatch> MentionMatcher::find(const QString &text) const
{
    QVector<TextMatch> found;
    for (const QRegularExpression &re : m_patterns) {
        QRegularExpressionMatchIterator it = re.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            found.append({match.capturedStart(), match.capturedLength()});
        }
    }
    if (m_patterns.size() > 1) {
        std::sort(found.begin(), found.end(), [](const TextMatch &a, const TextMatch &b) {
            return a.start < b.start || (a.start == b.start && a.length > b.length);
        });
        QVector<TextMatch> kept;
        for (const TextMatch &m : std::as_const(found)) {
            if (kept.isEmpty() || m.start >= kept.last().start + kept.last().length)
                kept.append(m);
        }
        found = kept;
    }
    return found;
}

bool MentionMatcher::matches(const QString &text) const
{
    for (const QRegularExpression &re : m_patterns) {
        if (re.match(text).hasMatch())
            return true;
    }
    return false;
}

QVector<ArticleMatch> MentionMatcher::find(const Article &article) const
{
    QVector<ArticleMatch> found;
    auto add = [&](ArticleMatch::Part part, int index, const QString &text) {
        for (const TextMatch &m : find(text))
            found.append({part, index, m});
    };
    add(ArticleMatch::Part::Headline, 0, article.headline);
    for (int i = 0; i < article.summary.size(); ++i)
        add(ArticleMatch::Part::Summary, i, article.summary[i]);
    for (int i = 0; i < article.blocks.size(); ++i)
        add(ArticleMatch::Part::Body, i, article.blocks[i].text);
    return found;
}

bool MentionMatcher::matches(const Article &article) const
{
    if (matches(article.headline))
        return true;
    for (const QString &line : article.summary) {
        if (matches(line))
            return true;
    }
    for (const ArticleBlock &block : article.blocks) {
        if (matches(block.text))
            return true;
    }
    return false;
}

} // namespace md
