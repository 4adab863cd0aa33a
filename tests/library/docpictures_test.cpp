// The README's picture captions against the pictures' inputs (docs/pictures.cmake): every count a caption
// gives ("three pages", "seven rules", "six articles", "560-symbol board", "35 sectors", "eight starred
// symbols") is what the recipe's files hold.
#include "core/library/articlesearch.h"
#include "core/library/library.h"
#include "psxgen.h"
#include "testdata.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace md;

namespace {

QString sourceFile(const QString &relative)
{
    QFile file(QDir(test::dataPath(QString())).filePath(QStringLiteral("../../") + relative));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// The alternative text of the README's picture docs/name.
QString caption(const QString &name)
{
    const QRegularExpression image(QStringLiteral(R"(!\[([^\]]*)\]\(docs/%1\))").arg(QRegularExpression::escape(name)));
    return image.match(sourceFile(QStringLiteral("README.md"))).captured(1);
}

// The number written among the few words before noun in text ("seven rules", "three Business Recorder
// pages", "560-symbol", "35 sectors"); -1 when none.
int countBefore(const QString &text, const QString &noun)
{
    static const QStringList words{QStringLiteral("zero"), QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three"),
                                   QStringLiteral("four"), QStringLiteral("five"), QStringLiteral("six"), QStringLiteral("seven"),
                                   QStringLiteral("eight"), QStringLiteral("nine"), QStringLiteral("ten"), QStringLiteral("eleven"),
                                   QStringLiteral("twelve")};
    const QRegularExpression at(QStringLiteral(R"(\b%1\b)").arg(QRegularExpression::escape(noun)));
    QRegularExpressionMatchIterator it = at.globalMatch(text);
    while (it.hasNext()) {
        const QStringList before = text.left(it.next().capturedStart())
                                       .split(QRegularExpression(QStringLiteral(R"([\s-]+)")), Qt::SkipEmptyParts);
        for (qsizetype i = before.size() - 1; i >= 0 && i >= before.size() - 4; --i) {
            const QString word = before[i].toLower();
            bool isNumber = false;
            const int n = word.toInt(&isNumber);
            if (isNumber)
                return n;
            if (words.contains(word))
                return int(words.indexOf(word));
        }
    }
    return -1;
}

// The body of the recipe's call that starts with start, up to its closing parenthesis.
QString recipeCall(const QString &start)
{
    const QString script = sourceFile(QStringLiteral("docs/pictures.cmake"));
    const qsizetype at = script.indexOf(start);
    if (at < 0)
        return {};
    return script.mid(at, script.indexOf(QLatin1Char(')'), at) - at);
}

QStringList recipeList(const QString &start)
{
    QString body = recipeCall(start).mid(start.size());
    return body.split(QRegularExpression(QStringLiteral(R"(\s+)")), Qt::SkipEmptyParts);
}

class DocPicturesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_FALSE(sourceFile(QStringLiteral("docs/pictures.cmake")).isEmpty());
    }

    std::unique_ptr<Library> libraryOf(const QStringList &names)
    {
        auto library = std::make_unique<Library>(m_dir.filePath(QStringLiteral("lib%1.sqlite").arg(++m_libraries)));
        EXPECT_TRUE(library->open().ok());
        for (const QString &name : names)
            EXPECT_TRUE(library->importFile(test::dataPath(name)).ok()) << name.toStdString();
        return library;
    }

    QTemporaryDir m_dir;
    int m_libraries = 0;
};

} // namespace

TEST(DocPicturesCaptions, CountWordsAreRead)
{
    EXPECT_EQ(countBefore(QStringLiteral("with seven rules"), QStringLiteral("rules")), 7);
    EXPECT_EQ(countBefore(QStringLiteral("a 560-symbol board: 35 sectors"), QStringLiteral("symbol")), 560);
    EXPECT_EQ(countBefore(QStringLiteral("eight starred symbols"), QStringLiteral("symbols")), 8);
    EXPECT_EQ(countBefore(QStringLiteral("no count"), QStringLiteral("count")), -1);
}

TEST_F(DocPicturesTest, TheMainPicturesCountOfPagesIsItsInputs)
{
    const QString text = caption(QStringLiteral("screenshot.png"));
    ASSERT_FALSE(text.isEmpty());
    const int pages = int(recipeCall(QStringLiteral("marketdesk(--screenshot \"${docs}/screenshot.png\"")).count(QStringLiteral("${data}/")));
    EXPECT_EQ(countBefore(text, QStringLiteral("pages")), pages);
    EXPECT_EQ(pages, 3);
}

TEST_F(DocPicturesTest, TheAlertsPicturesCountOfRulesIsTheRecipes)
{
    const QString rules = recipeCall(QStringLiteral("foreach(rule "));
    int count = 0;  // the quoted rules
    for (QRegularExpressionMatchIterator it = QRegularExpression(QStringLiteral(R"("(?:[^"\\]|\\.)*")")).globalMatch(rules);
         it.hasNext(); it.next())
        ++count;
    EXPECT_EQ(countBefore(caption(QStringLiteral("alerts.png")), QStringLiteral("rules")), count);
}

TEST_F(DocPicturesTest, TheSearchPicturesCountOfArticlesIsWhatTheSearchFinds)
{
    const QStringList articles = recipeList(QStringLiteral("set(article_names"));
    ASSERT_GE(articles.size(), 10);
    std::unique_ptr<Library> library = libraryOf(articles);
    ArticleSearch search(*library);
    const SearchResults found = search.search(QStringLiteral("shares index"));
    ASSERT_TRUE(found.error.isEmpty());
    EXPECT_EQ(countBefore(caption(QStringLiteral("search.png")), QStringLiteral("articles")), found.hits.size());
}

TEST_F(DocPicturesTest, TheNewsPicturesCountOfArticlesIsWhatTheLibraryFinds)
{
    // The exchange's files of the recipe hold no articles: the articles alone give the count.
    std::unique_ptr<Library> library = libraryOf(recipeList(QStringLiteral("set(article_names")));
    ArticleSearch search(*library);
    const QVector<SymbolArticle> news = search.articlesMentioning(QStringLiteral("OGDC"));
    EXPECT_EQ(countBefore(caption(QStringLiteral("news-by-symbol.png")), QStringLiteral("articles")), news.size());
}

TEST_F(DocPicturesTest, TheBoardPicturesCountsAreTheGeneratedMarkets)
{
    // psxgen-files MARKET 560 250: the board of a 560-symbol market (tests/tools/psxgenfiles.cpp).
    const QString generate = recipeCall(QStringLiteral("execute_process(COMMAND \"${PSXGEN_FILES}\""));
    const QRegularExpressionMatch args = QRegularExpression(QStringLiteral(R"(market" (\d+) (\d+))")).match(generate);
    ASSERT_TRUE(args.hasMatch()) << generate.toStdString();
    psxgen::Options options;
    options.symbols = args.captured(1).toInt();
    options.firstDay = QDate(2024, 1, 1);
    const psxgen::Market market(options);
    QSet<QString> sectors, symbols;
    for (const psxgen::Company &c : market.companies()) {
        sectors.insert(c.sectorName);
        symbols.insert(c.symbol);
    }
    const QString sectorsCaption = caption(QStringLiteral("sectors.png"));
    EXPECT_EQ(countBefore(sectorsCaption, QStringLiteral("symbol")), symbols.size());
    EXPECT_EQ(countBefore(sectorsCaption, QStringLiteral("sectors")), sectors.size());

    // The watchlist's starred symbols are on the board, as many as the caption says.
    const QStringList starred = recipeList(QStringLiteral("--watchlist add")).filter(QRegularExpression(QStringLiteral("^[A-Z]+$")));
    for (const QString &symbol : starred)
        EXPECT_TRUE(symbols.contains(symbol)) << symbol.toStdString();
    EXPECT_EQ(countBefore(caption(QStringLiteral("watchlist.png")), QStringLiteral("symbols")), starred.size());
}
