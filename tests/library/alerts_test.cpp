// Alert rules: the grammar and its messages, whole-word mention matching, and the engine's once-per-page rule.
#include "core/alerts/alertengine.h"
#include "core/alerts/alertrule.h"
#include "core/alerts/alertstore.h"
#include "core/alerts/mentionmatcher.h"
#include "core/library/library.h"
#include "core/load/snapshotloader.h"
#include "core/wording.h"
#include "alertrulecheck.h"
#include "testdata.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace md;
using md::test::errorOf;
using md::test::parsed;

namespace {

Snapshot market(const QVector<Quote> &quotes, const QVector<IndexValue> &indices = {})
{
    Snapshot s;
    s.quotes = quotes;
    s.indices = indices;
    return s;
}

Snapshot story(const QString &headline, const QStringList &paragraphs)
{
    Snapshot s;
    s.article.headline = headline;
    for (const QString &p : paragraphs)
        s.article.blocks.append({ArticleBlock::Kind::Paragraph, p, {}, {}});
    return s;
}

} // namespace

TEST(AlertRuleGrammar, ReadsEveryKindOfRule)
{
    const AlertRule above = parsed(QStringLiteral("LUCK above 1000"));
    EXPECT_EQ(above.kind, AlertRule::Kind::Above);
    EXPECT_EQ(above.name, QStringLiteral("LUCK"));
    EXPECT_EQ(above.threshold, 1000);
    const AlertRule below = parsed(QStringLiteral("kse100 BELOW 100,000"));
    EXPECT_EQ(below.kind, AlertRule::Kind::Below);
    EXPECT_EQ(below.name, QStringLiteral("KSE100"));
    EXPECT_EQ(below.threshold, 100000);
    const AlertRule move = parsed(QStringLiteral("OGDC move 3%"));
    EXPECT_EQ(move.kind, AlertRule::Kind::Move);
    EXPECT_EQ(move.threshold, 3);
    EXPECT_EQ(parsed(QStringLiteral("OGDC move 2.5 %")).threshold, 2.5);
    const AlertRule volume = parsed(QStringLiteral("KEL volume 50000000"));
    EXPECT_EQ(volume.kind, AlertRule::Kind::Volume);
    EXPECT_EQ(volume.threshold, 50000000);
    const AlertRule news = parsed(QStringLiteral("news pso"));
    EXPECT_EQ(news.kind, AlertRule::Kind::News);
    EXPECT_EQ(news.name, QStringLiteral("PSO"));
    const AlertRule keyword = parsed(QStringLiteral("keyword \"policy  rate\""));
    EXPECT_EQ(keyword.kind, AlertRule::Kind::Keyword);
    EXPECT_EQ(keyword.phrase, QStringLiteral("policy rate"));
    // Unquoted words after keyword are the phrase (what a shell leaves of keyword "policy rate").
    EXPECT_EQ(parsed(QStringLiteral("keyword policy rate")).phrase, QStringLiteral("policy rate"));
    // A symbol called NEWS is still a symbol when a condition follows.
    EXPECT_EQ(parsed(QStringLiteral("NEWS above 5")).kind, AlertRule::Kind::Above);
}

TEST(AlertRuleGrammar, CanonicalTextReadsBackToTheSameRule)
{
    for (const char *text : {"LUCK above 1000", "KSE100 below 100000", "OGDC move 3%", "KEL volume 50000000",
                             "news PSO", "keyword \"policy rate\"", "HUBC above 120.75"}) {
        const AlertRule rule = parsed(QString::fromUtf8(text));
        EXPECT_EQ(rule.text(), QString::fromUtf8(text));
        EXPECT_EQ(parsed(rule.text()), rule);
    }
    EXPECT_EQ(parsed(QStringLiteral("luck ABOVE 1,000.50")).text(), QStringLiteral("LUCK above 1000.5"));
}

TEST(AlertRuleGrammar, MalformedRulesSayWhatWasExpected)
{
    EXPECT_TRUE(errorOf(QString()).contains(QStringLiteral("empty; expected a rule such as LUCK above 1000")));
    EXPECT_EQ(errorOf(QStringLiteral("LUCK")), QStringLiteral("expected above, below, move or volume after LUCK, as in LUCK above 1000"));
    EXPECT_EQ(errorOf(QStringLiteral("LUCK over 1000")),
              QStringLiteral("\"over\" is not a condition; expected above, below, move or volume after LUCK"));
    EXPECT_EQ(errorOf(QStringLiteral("LUCK above")), QStringLiteral("expected a price or index level after \"above\", as in LUCK above 1000"));
    EXPECT_TRUE(errorOf(QStringLiteral("LUCK above 1k")).startsWith(QStringLiteral("\"1k\" is not a number; expected a price or index level")));
    EXPECT_EQ(errorOf(QStringLiteral("LUCK above -5")),
              QStringLiteral("\"-5\" is below zero; expected a price or index level of 0 or more after \"above\", as in LUCK above 1000"));
    EXPECT_EQ(errorOf(QStringLiteral("OGDC move 3")), QStringLiteral("expected a percentage with %, as in OGDC move 3% (\"3\" has no %)"));
    EXPECT_TRUE(errorOf(QStringLiteral("OGDC move 0%")).startsWith(QStringLiteral("a move of 0% fires on every snapshot")));
    EXPECT_EQ(errorOf(QStringLiteral("KEL volume 5.5")), QStringLiteral("\"5.5\" is not a whole number; expected a number of shares, as in KEL volume 50000000"));
    EXPECT_EQ(errorOf(QStringLiteral("LUCK above 1000 daily")),
              QStringLiteral("unexpected \"daily\" after the rule's end; expected only LUCK above 1000"));
    EXPECT_EQ(errorOf(QStringLiteral("news")), QStringLiteral("expected a symbol after \"news\", such as news PSO"));
    EXPECT_EQ(errorOf(QStringLiteral("news PSO OGDC")), QStringLiteral("unexpected \"OGDC\" after news PSO; a news rule names one symbol"));
    EXPECT_EQ(errorOf(QStringLiteral("keyword \"policy rate")), QStringLiteral("the phrase after \"keyword\" has no closing quote (\")"));
    EXPECT_TRUE(errorOf(QStringLiteral("keyword")).startsWith(QStringLiteral("expected a word or a \"quoted phrase\" after \"keyword\"")));
    EXPECT_TRUE(errorOf(QStringLiteral("L@CK above 5")).startsWith(QStringLiteral("\"L@CK\" is not a symbol or index name")));
}

// Issue 21: a keyword in Urdu (or any script) is letters, and matches as a whole word.
TEST(AlertRuleGrammar, KeywordsInUrduAndOtherScriptsAreLetters)
{
    const AlertRule urdu = parsed(QStringLiteral("keyword \"\u0631\u06CC\u0679\""));  // ریٹ
    EXPECT_EQ(urdu.kind, AlertRule::Kind::Keyword);
    EXPECT_EQ(urdu.phrase, QStringLiteral("\u0631\u06CC\u0679"));
    EXPECT_EQ(urdu.text(), QStringLiteral("keyword \"\u0631\u06CC\u0679\""));
    EXPECT_EQ(parsed(QStringLiteral("keyword \u5229\u7387")).phrase, QStringLiteral("\u5229\u7387"));  // 利率
    EXPECT_EQ(parsed(QStringLiteral("keyword \"\u0441\u0442\u0430\u0432\u043A\u0430\"")).phrase,
              QStringLiteral("\u0441\u0442\u0430\u0432\u043A\u0430"));  // ставка
    EXPECT_EQ(parsed(QStringLiteral("keyword \"\u06F1\u06F2\"")).phrase, QStringLiteral("\u06F1\u06F2"));  // Urdu digits
    // Still no letters or digits at all: refused.
    EXPECT_EQ(errorOf(QStringLiteral("keyword \"!?\"")), QStringLiteral("the phrase \"!?\" has no letters or digits to look for"));

    const MentionMatcher matcher = MentionMatcher::forPhrase(urdu.phrase);
    EXPECT_TRUE(matcher.matches(QStringLiteral("\u0634\u0631\u062D \u0631\u06CC\u0679 \u0645\u06CC\u06BA")));
    EXPECT_FALSE(matcher.matches(QStringLiteral("\u0634\u0631\u062D \u0631\u06CC\u0679\u0648\u06BA")));  // part of a longer word
}

// Issue 21: a message quotes at most 80 characters of what was typed, however long the token.
TEST(AlertRuleGrammar, MessagesQuoteAtMostEightyCharactersOfTheInput)
{
    const QString token(10 * 1024, QLatin1Char('X'));
    for (const QString &rule : {token + QStringLiteral("@ above 5"), QStringLiteral("LUCK above ") + token,
                                QStringLiteral("LUCK above 5 ") + token, QStringLiteral("news ") + token + QLatin1Char('@'),
                                QStringLiteral("LUCK ") + token + QStringLiteral(" 5")}) {
        const QString error = errorOf(rule);
        EXPECT_LT(error.size(), 80 + 160) << error.toStdString();
        EXPECT_TRUE(error.contains(QString(79, QLatin1Char('X')) + QChar(0x2026))) << error.toStdString();
        EXPECT_FALSE(error.contains(QString(80, QLatin1Char('X')))) << error.toStdString();
    }
    EXPECT_EQ(quotedPart(QString(80, QLatin1Char('a'))), QString(80, QLatin1Char('a')));
    EXPECT_EQ(quotedPart(QString(81, QLatin1Char('a'))).size(), 80);
}

// Issue 21: a level is kept exactly as written, up to 15 significant digits; a longer one would be stored
// rounded and is refused, saying so.
TEST(AlertRuleGrammar, LevelsAreKeptAsWrittenOrRefusedPastFifteenSignificantDigits)
{
    EXPECT_EQ(parsed(QStringLiteral("LUCK above 1234.56789012345")).text(), QStringLiteral("LUCK above 1234.56789012345"));
    EXPECT_EQ(parsed(QStringLiteral("KSE100 below 999,999,999,999,999")).text(), QStringLiteral("KSE100 below 999999999999999"));
    EXPECT_EQ(parsed(QStringLiteral("LUCK above 0.000123456789012345")).text(), QStringLiteral("LUCK above 0.000123456789012345"));
    EXPECT_EQ(parsed(QStringLiteral("LUCK above 1000.500000000000000000")).text(), QStringLiteral("LUCK above 1000.5"));
    const QString forty = QStringLiteral("1234567890123456789012345678901234567890");
    EXPECT_EQ(errorOf(QStringLiteral("LUCK above ") + forty),
              QStringLiteral("\"%1\" has more digits than a rule keeps (at most 15 significant digits, so that the level "
                             "is kept exactly as written); expected a price or index level, as in LUCK above 1000").arg(forty));
    EXPECT_TRUE(errorOf(QStringLiteral("LUCK above 1234.567890123456")).contains(QStringLiteral("at most 15 significant digits")));
}

TEST(MentionMatcher, ASymbolMatchesOnlyAsAWholeUpperCaseWord)
{
    const MentionMatcher pso = MentionMatcher::forSymbol(QStringLiteral("PSO"));
    EXPECT_EQ(pso.find(QStringLiteral("PSO rose; PSOCL fell; PSO's margin; (PSO)")),
              (QVector<TextMatch>{{0, 3}, {22, 3}, {37, 3}}));
    EXPECT_FALSE(pso.matches(QStringLiteral("PSOCL and APSO and pso")));

    const MentionMatcher luck = MentionMatcher::forSymbol(QStringLiteral("LUCK"));
    EXPECT_FALSE(luck.matches(QStringLiteral("Good luck to the bulls. Luck ran out.")));
    EXPECT_TRUE(luck.matches(QStringLiteral("LUCK led the cement group")));
    const MentionMatcher power = MentionMatcher::forSymbol(QStringLiteral("POWER"));
    EXPECT_FALSE(power.matches(QStringLiteral("power tariffs and Power shortages")));
    const MentionMatcher fast = MentionMatcher::forSymbol(QStringLiteral("FAST"));
    EXPECT_FALSE(fast.matches(QStringLiteral("a fast market")));
    // HUBC is no English word, and still only matches whole.
    const MentionMatcher hubc = MentionMatcher::forSymbol(QStringLiteral("HUBC"));
    EXPECT_TRUE(hubc.matches(QStringLiteral("HUBC gained")));
    EXPECT_FALSE(hubc.matches(QStringLiteral("HUBCO gained")));
}

TEST(MentionMatcher, ACompanyNameMatchesInAnyCaseAsWholeWords)
{
    const MentionMatcher pso = MentionMatcher::forSymbol(QStringLiteral("PSO"), companyNameFor(QStringLiteral("PSO")));
    EXPECT_EQ(companyNameFor(QStringLiteral("pso")), QStringLiteral("Pakistan State Oil"));
    EXPECT_EQ(pso.find(QStringLiteral("shares of PAKISTAN STATE  OIL rose")), (QVector<TextMatch>{{10, 19}}));
    EXPECT_FALSE(pso.matches(QStringLiteral("Pakistan State Oilfields")));
    const MentionMatcher ogdc = MentionMatcher::forSymbol(QStringLiteral("OGDC"), companyNameFor(QStringLiteral("OGDC")));
    EXPECT_TRUE(ogdc.matches(QStringLiteral("Oil & Gas Development Company said")));
    EXPECT_TRUE(companyNameFor(QStringLiteral("NOSUCH")).isEmpty());
}

// Issue 23: the names the exchange's closing-rate files give companies, as news writes them; a name left with one
// word may be a common word and is not used.
TEST(MentionMatcher, AListedCompanyNameLosesItsLegalFormAndOneWordNamesAreNotUsed)
{
    EXPECT_EQ(newsNameOfListedCompany(QStringLiteral("Lucky Cement Ltd.")), QStringLiteral("Lucky Cement"));
    EXPECT_EQ(newsNameOfListedCompany(QStringLiteral("Hub Power Co.")), QStringLiteral("Hub Power"));
    EXPECT_EQ(newsNameOfListedCompany(QStringLiteral("Pakistan State Oil Company Limited")), QStringLiteral("Pakistan State Oil"));
    EXPECT_EQ(newsNameOfListedCompany(QStringLiteral("Oil & Gas Dev.")), QStringLiteral("Oil & Gas Dev"));
    EXPECT_EQ(newsNameOfListedCompany(QStringLiteral(" Bank of  Punjab ")), QStringLiteral("Bank of Punjab"));
    EXPECT_TRUE(newsNameOfListedCompany(QStringLiteral("Fast Ltd.")).isEmpty());
    EXPECT_TRUE(newsNameOfListedCompany(QStringLiteral("The Searle Co.")).isEmpty());
    EXPECT_TRUE(newsNameOfListedCompany(QStringLiteral("K-Electric")).isEmpty());
    EXPECT_TRUE(newsNameOfListedCompany(QStringLiteral("Ltd.")).isEmpty());
    EXPECT_TRUE(newsNameOfListedCompany(QString()).isEmpty());

    // With the press's name, each as whole words in any case.
    const MentionMatcher luck = MentionMatcher::forSymbol(
        QStringLiteral("LUCK"), QStringList{QString(), newsNameOfListedCompany(QStringLiteral("Lucky Cement Ltd."))});
    EXPECT_EQ(luck.find(QStringLiteral("LUCKY CEMENT's kiln; Lucky Cementing; good luck")), (QVector<TextMatch>{{0, 12}}));
    const MentionMatcher hubc = MentionMatcher::forSymbol(
        QStringLiteral("HUBC"), QStringList{QStringLiteral("Hub Power"), QStringLiteral("Hub Power Company")});
    EXPECT_EQ(hubc.find(QStringLiteral("Hub Power Company rose")), (QVector<TextMatch>{{0, 17}}));
}

TEST(MentionMatcher, AnIndexNameAlsoMatchesWithAHyphen)
{
    const MentionMatcher kse = MentionMatcher::forSymbol(QStringLiteral("KSE100"));
    EXPECT_EQ(kse.find(QStringLiteral("the KSE-100 index, KSE100 and KSE 100 but not KSE1000")),
              (QVector<TextMatch>{{4, 7}, {19, 6}, {30, 7}}));
}

TEST(MentionMatcher, APhraseMatchesWholeWordsInAnyCase)
{
    const MentionMatcher phrase = MentionMatcher::forPhrase(QStringLiteral("policy rate"));
    EXPECT_TRUE(phrase.matches(QStringLiteral("the Policy\nRate decision")));
    EXPECT_FALSE(phrase.matches(QStringLiteral("policy rates")));
}

TEST(AlertRuleSet, EachRuleFiresOnTheValuesOfTheSnapshot)
{
    const AlertRuleSet rules({parsed(QStringLiteral("LUCK above 1000")), parsed(QStringLiteral("LUCK below 1000")),
                              parsed(QStringLiteral("KSE100 below 100000")), parsed(QStringLiteral("OGDC move 3%")),
                              parsed(QStringLiteral("HUBC move 3%")), parsed(QStringLiteral("KEL volume 1")),
                              parsed(QStringLiteral("MISSING above 1"))});
    const Snapshot s = market({{QStringLiteral("LUCK"), 1012.5, 8.25, 0.82}, {QStringLiteral("OGDC"), 190, -6.1, -3.1},
                               {QStringLiteral("HUBC"), 120, 3.4, 2.99}, {QStringLiteral("KEL"), 4.87, -0.03, -0.61}},
                              {{QStringLiteral("KSE100"), 99480, -620, -0.62}});
    const QVector<AlertHit> hits = rules.match(s);
    ASSERT_EQ(hits.size(), 3);
    EXPECT_EQ(hits[0].rule, 0);
    EXPECT_EQ(hits[0].value, 1012.5);
    EXPECT_EQ(hits[0].text, QStringLiteral("LUCK is at 1012.5, above 1000"));
    EXPECT_EQ(hits[1].rule, 2);
    EXPECT_EQ(hits[1].text, QStringLiteral("KSE100 is at 99480, below 100000"));
    EXPECT_EQ(hits[2].rule, 3);
    EXPECT_EQ(hits[2].value, -3.1);
    EXPECT_EQ(hits[2].text, QStringLiteral("OGDC moved -3.1% (3% or more either way)"));
    // A news ticker gives no volumes: the volume rule waits for a page that does.
    EXPECT_FALSE(s.quotes[3].volume.has_value());
}

TEST(AlertRuleSet, AVolumeRuleFiresOnTheExchangesVolume)
{
    const AlertRuleSet rules({parsed(QStringLiteral("KEL volume 50000000")), parsed(QStringLiteral("OGDC volume 50000000"))});
    Snapshot s = market({{QStringLiteral("KEL"), 4.87, -0.03, -0.61}, {QStringLiteral("OGDC"), 190, -6.1, -3.1}}, {});
    s.quotes[0].volume = 61250000;
    s.quotes[1].volume = 3368560;
    const QVector<AlertHit> hits = rules.match(s);
    ASSERT_EQ(hits.size(), 1);
    EXPECT_EQ(hits[0].rule, 0);
    EXPECT_EQ(hits[0].value, 61250000.0);
}

TEST(AlertRuleSet, NewsAndKeywordRulesReadTheArticle)
{
    const AlertRuleSet rules({parsed(QStringLiteral("news PSO")), parsed(QStringLiteral("news LUCK")),
                              parsed(QStringLiteral("keyword \"policy rate\""))});
    const Snapshot s = story(QStringLiteral("Oil marketers rally"),
                             {QStringLiteral("Pakistan State Oil led the gains; good luck to the rest."),
                              QStringLiteral("Banks waited for the Policy Rate.")});
    const QVector<AlertHit> hits = rules.match(s);
    ASSERT_EQ(hits.size(), 2);
    EXPECT_EQ(hits[0].text, QStringLiteral("PSO in the news: Oil marketers rally"));
    EXPECT_EQ(hits[0].subject, QStringLiteral("Oil marketers rally"));
    EXPECT_FALSE(hits[0].value.has_value());
    EXPECT_EQ(hits[1].rule, 2);
    EXPECT_EQ(hits[1].text, QStringLiteral("\"policy rate\" in: Oil marketers rally"));
}

class AlertEngineTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_library = std::make_unique<Library>(m_dir.filePath(QStringLiteral("library.sqlite")));
        ASSERT_TRUE(m_library->open().ok());
    }

    SnapshotId import(const QString &fixture)
    {
        const AddSnapshotResult r = m_library->importFile(test::dataPath(fixture));
        EXPECT_TRUE(r.ok()) << r.error.toStdString();
        return r.id;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
};

TEST_F(AlertEngineTest, ARuleFiresOncePerSnapshotAndIsRecorded)
{
    AlertStore store(*m_library);
    ASSERT_TRUE(store.addRule(QStringLiteral("LUCK above 1000")).ok());
    ASSERT_TRUE(store.addRule(QStringLiteral("news PSO")).ok());
    ASSERT_TRUE(store.addRule(QStringLiteral("keyword \"policy rate\"")).ok());
    ASSERT_TRUE(store.addRule(QStringLiteral("KSE100 below 100000")).ok());
    ASSERT_TRUE(store.addRule(QStringLiteral("news LUCK")).ok());
    const SnapshotId id = import(QStringLiteral("alerts-pso-news.txt"));

    AlertEngine engine(*m_library);
    const QVector<FiredAlert> fired = engine.evaluate(id, EvaluationMode::Live);
    EXPECT_TRUE(engine.lastError().isEmpty()) << engine.lastError().toStdString();
    QStringList rules;
    for (const FiredAlert &a : fired) {
        rules.append(a.rule);
        EXPECT_EQ(a.snapshotId, id);
        EXPECT_FALSE(a.historical);
        EXPECT_GT(a.historyId, 0);
    }
    // "out of luck" in lower case is not LUCK.
    EXPECT_EQ(rules, (QStringList{QStringLiteral("LUCK above 1000"), QStringLiteral("news PSO"),
                                  QStringLiteral("keyword \"policy rate\""), QStringLiteral("KSE100 below 100000")}));
    EXPECT_EQ(fired[1].subject, QStringLiteral("PSO climbs as circular debt plan lifts oil marketers"));
    EXPECT_EQ(fired[3].value, 99480);

    EXPECT_TRUE(engine.evaluate(id, EvaluationMode::Live).isEmpty());
    const QVector<FiredAlert> history = store.history();
    ASSERT_EQ(history.size(), 4);
    EXPECT_EQ(history[0].snapshotId, id);

    // The same page imported again is the same snapshot: nothing new.
    EXPECT_EQ(import(QStringLiteral("alerts-pso-news.txt")), id);
    EXPECT_TRUE(engine.evaluate(id, EvaluationMode::Live).isEmpty());
}

TEST_F(AlertEngineTest, TheSameStoryInAnotherSnapshotIsNotNewsTwice)
{
    AlertStore store(*m_library);
    ASSERT_TRUE(store.addRule(QStringLiteral("news PSO")).ok());
    ASSERT_TRUE(store.addRule(QStringLiteral("PSO above 400")).ok());
    QByteArray page = test::readData(QStringLiteral("alerts-pso-news.txt"));
    const SnapshotId first = import(QStringLiteral("alerts-pso-news.txt"));
    // The page again with one more comment: another snapshot, the same story.
    page.append("Reader_L Mar 04, 2025 05:20pm\nAgreed.\nthumb_up Recommended (0) reply Reply\n");
    const SnapshotLoadResult parsedPage = parseSnapshotBytes(page, QStringLiteral("again.txt"));
    ASSERT_TRUE(parsedPage.ok());
    const AddSnapshotResult second = m_library->addSnapshot(page, *parsedPage.snapshot, {});
    ASSERT_EQ(second.outcome, AddSnapshotResult::Outcome::Added);

    AlertEngine engine(*m_library);
    EXPECT_EQ(engine.evaluate(first, EvaluationMode::Live).size(), 2);
    const QVector<FiredAlert> again = engine.evaluate(second.id, EvaluationMode::Live);
    ASSERT_EQ(again.size(), 1);  // the price rule holds for this moment too; the story is not new
    EXPECT_EQ(again[0].rule, QStringLiteral("PSO above 400"));
}

// A news rule also finds the company as the library's closing-rate files name it ("Bank of Punjab" for BOP), as
// news by symbol does; the files imported after the rule was made renew it.
TEST_F(AlertEngineTest, ANewsRuleFindsTheCompanyTheClosingFilesName)
{
    AlertStore store(*m_library);
    ASSERT_TRUE(store.addRule(QStringLiteral("news BOP")).ok());
    AlertEngine engine(*m_library);
    const auto story = [&](const char *key, const QString &headline) {
        Snapshot s;
        s.article.headline = headline;
        s.article.blocks.append({ArticleBlock::Kind::Paragraph,
                                 QStringLiteral("LAHORE: The lender said its deposits rose by a fifth in the half year."), {}, {}});
        const AddSnapshotResult added = m_library->addSnapshot(key, s, {Timestamp::fromDate(QDate(2024, 6, 14)), CaptureTime::Source::PageMetadata});
        EXPECT_TRUE(added.ok());
        return added.id;
    };
    const SnapshotId before = story("first story", QStringLiteral("The Bank of Punjab lifts deposits"));
    EXPECT_TRUE(engine.evaluate(before, EvaluationMode::Live).isEmpty());  // no name of BOP's known yet

    import(QStringLiteral("psx-closing-rates-14JUN2024.lis"));
    const SnapshotId after = story("second story", QStringLiteral("The Bank of Punjab opens fifty branches"));
    const QVector<FiredAlert> fired = engine.evaluate(after, EvaluationMode::Live);
    ASSERT_EQ(fired.size(), 1);
    EXPECT_EQ(fired[0].rule, QStringLiteral("news BOP"));
    EXPECT_EQ(fired[0].subject, QStringLiteral("The Bank of Punjab opens fifty branches"));
}

TEST_F(AlertEngineTest, OldSnapshotsAreFlaggedHistoricalAndNotNotifiedLater)
{
    AlertStore store(*m_library);
    ASSERT_TRUE(store.addRule(QStringLiteral("LUCK move 2%")).ok());
    const SnapshotId id = import(QStringLiteral("alerts-lowercase-words.txt"));
    AlertEngine engine(*m_library);
    const QVector<FiredAlert> fired = engine.evaluate(id, EvaluationMode::Historical);
    ASSERT_EQ(fired.size(), 1);
    EXPECT_TRUE(fired[0].historical);
    EXPECT_EQ(fired[0].value, -2.22);
    EXPECT_TRUE(engine.evaluate(id, EvaluationMode::Live).isEmpty());
    EXPECT_EQ(store.history(10, false).size(), 0);
    EXPECT_EQ(store.history(10, true).size(), 1);
}

TEST_F(AlertEngineTest, LowerCaseWordsNeverFireSymbolNews)
{
    AlertStore store(*m_library);
    for (const char *rule : {"news LUCK", "news PSO", "news POWER", "news FAST"})
        ASSERT_TRUE(store.addRule(QString::fromUtf8(rule)).ok());
    const SnapshotId id = import(QStringLiteral("alerts-lowercase-words.txt"));
    AlertEngine engine(*m_library);
    EXPECT_TRUE(engine.evaluate(id, EvaluationMode::Live).isEmpty());
    EXPECT_TRUE(engine.lastError().isEmpty());
}

TEST_F(AlertEngineTest, RulesAreStoredOnceAndRemovedById)
{
    AlertStore store(*m_library);
    const AddRuleResult a = store.addRule(QStringLiteral("luck above 1000"));
    ASSERT_TRUE(a.ok());
    const AddRuleResult again = store.addRule(QStringLiteral("LUCK ABOVE 1,000"));
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again.alreadyThere);
    EXPECT_EQ(again.rule->id, a.rule->id);
    const AddRuleResult bad = store.addRule(QStringLiteral("LUCK above"));
    EXPECT_FALSE(bad.ok());
    EXPECT_FALSE(bad.error.isEmpty());
    ASSERT_TRUE(store.addKeywordRule(QStringLiteral("\"circular debt\"")).ok());
    QStringList texts;
    for (const AlertRule &r : store.rules())
        texts.append(r.text());
    EXPECT_EQ(texts, (QStringList{QStringLiteral("LUCK above 1000"), QStringLiteral("keyword \"circular debt\"")}));
    EXPECT_TRUE(store.removeRule(a.rule->id).ok());
    EXPECT_EQ(store.removeRule(a.rule->id).error, QStringLiteral("there is no alert %1").arg(a.rule->id));
    EXPECT_EQ(store.rules().size(), 1);
}

TEST_F(AlertEngineTest, HistoryOutlivesItsRuleAndSnapshot)
{
    AlertStore store(*m_library);
    const AddRuleResult rule = store.addRule(QStringLiteral("LUCK above 1000"));
    const SnapshotId id = import(QStringLiteral("alerts-pso-news.txt"));
    AlertEngine engine(*m_library);
    ASSERT_EQ(engine.evaluate(id, EvaluationMode::Live).size(), 1);
    ASSERT_TRUE(store.removeRule(rule.rule->id).ok());
    ASSERT_TRUE(m_library->removeSnapshot(id).ok());
    const QVector<FiredAlert> history = store.history();
    ASSERT_EQ(history.size(), 1);
    EXPECT_EQ(history[0].rule, QStringLiteral("LUCK above 1000"));
    EXPECT_EQ(history[0].ruleId, 0);
    EXPECT_EQ(history[0].snapshotId, 0);
    EXPECT_EQ(history[0].value, 1012.5);
}

TEST_F(AlertEngineTest, AnEngineSeesRulesAddedAndRemovedSinceItsLastEvaluation)
{
    AlertStore store(*m_library);
    AlertEngine engine(*m_library);
    const SnapshotId id = import(QStringLiteral("alerts-pso-news.txt"));
    EXPECT_TRUE(engine.evaluate(id, EvaluationMode::Live).isEmpty());
    const AddRuleResult luck = store.addRule(QStringLiteral("LUCK above 1000"));
    ASSERT_EQ(engine.evaluate(id, EvaluationMode::Live).size(), 1);
    // Another connection (the window's and a worker's) adds a rule: this engine sees it too.
    {
        Library other(m_library->path());
        ASSERT_TRUE(other.open().ok());
        ASSERT_TRUE(AlertStore(other).addRule(QStringLiteral("PSO move 3%")).ok());
    }
    ASSERT_TRUE(store.removeRule(luck.rule->id).ok());
    const QVector<FiredAlert> fired = engine.evaluate(id, EvaluationMode::Live);
    ASSERT_EQ(fired.size(), 1);
    EXPECT_EQ(fired[0].rule, QStringLiteral("PSO move 3%"));
    EXPECT_EQ(fired[0].value, 3.54);
}

// Issue 21, at-least-once delivery: a live alert is recorded undelivered with its firing and stays so until
// markDelivered(); historical findings are never waiting to be delivered.
TEST_F(AlertEngineTest, ALiveAlertWaitsUndeliveredUntilMarkedDelivered)
{
    AlertStore store(*m_library);
    ASSERT_TRUE(store.addRule(QStringLiteral("LUCK above 1000")).ok());
    ASSERT_TRUE(store.addRule(QStringLiteral("LUCK move 2%")).ok());
    const SnapshotId live = import(QStringLiteral("alerts-pso-news.txt"));
    const SnapshotId old = import(QStringLiteral("alerts-lowercase-words.txt"));
    AlertEngine engine(*m_library);
    const QVector<FiredAlert> fired = engine.evaluate(live, EvaluationMode::Live);
    ASSERT_EQ(fired.size(), 1);
    EXPECT_FALSE(fired[0].delivered);
    ASSERT_EQ(engine.evaluate(old, EvaluationMode::Historical).size(), 1);

    QVector<FiredAlert> pending = store.undelivered();
    ASSERT_EQ(pending.size(), 1);
    EXPECT_EQ(pending[0].historyId, fired[0].historyId);
    EXPECT_EQ(pending[0].rule, QStringLiteral("LUCK above 1000"));
    EXPECT_EQ(pending[0].text, QStringLiteral("LUCK is at 1012.5, above 1000"));
    EXPECT_FALSE(pending[0].delivered);
    // Exactly-once firing is unchanged: the same page fires nothing more, delivered or not.
    EXPECT_TRUE(engine.evaluate(live, EvaluationMode::Live).isEmpty());

    ASSERT_TRUE(store.markDelivered({fired[0].historyId}).ok());
    EXPECT_TRUE(store.undelivered().isEmpty());
    const QVector<FiredAlert> history = store.history();
    ASSERT_EQ(history.size(), 2);
    for (const FiredAlert &a : history)
        EXPECT_TRUE(a.delivered) << a.rule.toStdString();
}
