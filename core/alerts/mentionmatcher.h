// Whole-word matching of a symbol, its company's name or a phrase in article text, with match offsets.
#pragma once

#include "core/snapshot.h"

#include <QRegularExpression>
#include <QString>
#include <QVector>

namespace md {

// A match in one string: offsets in QString (UTF-16) units, for highlighting.
struct TextMatch
{
    qsizetype start = 0;
    qsizetype length = 0;

    bool operator==(const TextMatch &o) const { return start == o.start && length == o.length; }
};

// A match in an article: in its headline, in line `index` of its standfirst, or in body block `index`.
struct ArticleMatch
{
    enum class Part { Headline, Summary, Body };
    Part part = Part::Headline;
    int index = 0;
    TextMatch match;

    bool operator==(const ArticleMatch &o) const { return part == o.part && index == o.index && match == o.match; }
};

// The company a PSX symbol stands for, as news writes it ("PSO" gives "Pakistan State Oil"); empty when
// MarketDesk does not know it. A short built-in list of the most traded companies.
QString companyNameFor(const QString &symbol);

// The name news would write for a company as the exchange's closing-rate files list it: its legal form and an
// abbreviation's last dot dropped ("Lucky Cement Ltd." gives "Lucky Cement", "Hub Power Co." "Hub Power",
// "Oil & Gas Dev." "Oil & Gas Dev"). Empty when fewer than two words are left besides "&", "and", "of" and
// "the": a name of one word ("Fast Ltd.", "The Searle Co.") may be a common word, which a name's any-case
// match would find everywhere.
QString newsNameOfListedCompany(const QString &listedName);

// Finds a symbol (or a phrase) in text by whole words.
//
// A symbol matches only as a whole token in upper case, exactly as written: PSO matches "PSO" and "PSO's"
// but not "PSOCL", and LUCK never matches the English word "luck" or "Luck". An index name of letters then
// digits also matches with a hyphen or a space between ("KSE100", "KSE-100", "KSE 100"). A company name
// matches in any case, as whole words, with "&" and "and" alike. A phrase (keyword rules) matches in any
// case, as whole words, with any run of spaces between its words.
class MentionMatcher
{
public:
    MentionMatcher() = default;
    static MentionMatcher forSymbol(const QString &symbol, const QString &companyName = QString());
    // The symbol and each of several names of its company (empty names are left out).
    static MentionMatcher forSymbol(const QString &symbol, const QStringList &companyNames);
    static MentionMatcher forPhrase(const QString &phrase);

    bool isEmpty() const { return m_patterns.isEmpty(); }
    // Every match in text, in order, overlaps dropped.
    QVector<TextMatch> find(const QString &text) const;
    bool matches(const QString &text) const;
    // Matches in the article's headline, standfirst and body text (paragraphs, sub-headings, table titles).
    QVector<ArticleMatch> find(const Article &article) const;
    bool matches(const Article &article) const;
    // The words an index may use to find candidates (FTS5 phrases, lower case): "pso", "pakistan state oil".
    QStringList searchPhrases() const { return m_phrases; }

private:
    QVector<QRegularExpression> m_patterns;
    QStringList m_phrases;
};

} // namespace md
