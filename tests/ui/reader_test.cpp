// ArticleReader: what it shows of an article and its comments, what it leaves out, and that page text stays text.
#include "tests/ui/uitestsupport.h"
#include "ui/articlereader.h"

#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QScrollBar>
#include <QTest>
#include <QTextBrowser>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

using namespace md;
using namespace md::test;
using md::ui::ArticleReader;

namespace {

class ArticleReaderTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        snapshot = loadFixture(QStringLiteral("reader-hostile-article.txt"));
        reader.setContent(snapshot.article, snapshot.comments);
        reader.resize(900, 700);
        reader.show();
        reader.activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&reader));
        text = reader.plainText();
    }

    Snapshot snapshot;
    ArticleReader reader;
    QString text;
};

// The last table the reader set in its document, or null.
QTextTable *lastTableIn(ArticleReader &reader)
{
    QTextTable *found = nullptr;
    for (QTextFrame *frame : reader.document()->rootFrame()->childFrames()) {
        if (auto *t = qobject_cast<QTextTable *>(frame))
            found = t;
    }
    return found;
}

} // namespace

TEST_F(ArticleReaderTest, ShowsHeadlineDatelineTimeAndAuthor)
{
    EXPECT_TRUE(text.startsWith(snapshot.article.headline)) << text.left(200).toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("LAHORE  \u00B7  12 Dec 2024, 17:48  \u00B7  By Staff <script>alert(1)</script> Reporter")))
        << text.toStdString();
}

TEST_F(ArticleReaderTest, ShowsEveryParagraphAndSubheadingInOrder)
{
    qsizetype at = 0;
    for (const ArticleBlock &block : snapshot.article.blocks) {
        const qsizetype found = text.indexOf(block.text, at);
        ASSERT_GE(found, at) << block.text.toStdString();
        at = found + block.text.size();
    }
    EXPECT_TRUE(text.contains(QStringLiteral("\nNorthern zone\n")));
}

TEST_F(ArticleReaderTest, SetsRelatedStoriesApartAfterTheBody)
{
    const qsizetype related = text.indexOf(QStringLiteral("RELATED STORIES\n"));
    ASSERT_GE(related, 0);
    EXPECT_GT(related, text.indexOf(QStringLiteral("Southern mills held prices steady")));
    EXPECT_GT(text.indexOf(QStringLiteral("Coal import bill climbs as freight rates rise")), related);
}

TEST_F(ArticleReaderTest, ShowsCommentsWithAuthorTimeTextAndRecommendations)
{
    const qsizetype comments = text.indexOf(QStringLiteral("Comments (2)"));
    ASSERT_GE(comments, 0);
    EXPECT_GT(text.indexOf(QStringLiteral("Zara  \u00B7  12 Dec 2024, 18:10")), comments);
    EXPECT_TRUE(text.contains(QStringLiteral("Prices only go one way. <iframe src=\"http://evil.example/\"></iframe>")));
    EXPECT_TRUE(text.contains(QStringLiteral("Recommended by 2 readers")));
    EXPECT_TRUE(text.contains(QStringLiteral("Bilal  \u00B7  12 Dec 2024, 19:15")));
}

TEST_F(ArticleReaderTest, LeavesOutTickerAndPageChrome)
{
    for (const char *chrome : {"Increased By", "LUCK", "thumb_up", "Reply", "200 characters", "Copyright"})
        EXPECT_FALSE(text.contains(QString::fromLatin1(chrome))) << chrome;
}

TEST_F(ArticleReaderTest, ShowsMarkupInPageTextAsTextAndLoadsNothing)
{
    const QString html = reader.document()->toHtml();
    EXPECT_FALSE(html.contains(QStringLiteral("<img"))) << html.toStdString();
    EXPECT_FALSE(html.contains(QStringLiteral("<script")));
    EXPECT_FALSE(html.contains(QStringLiteral("<iframe")));
    EXPECT_FALSE(html.contains(QStringLiteral("<a href")));
    EXPECT_TRUE(text.contains(QStringLiteral("<img src=\"http://tracker.example/pixel.png\">")));
    EXPECT_FALSE(reader.browser()->openLinks());
    EXPECT_FALSE(reader.browser()->openExternalLinks());
    EXPECT_FALSE(reader.browser()->loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("http://tracker.example/pixel.png"))).isValid());
    EXPECT_FALSE(reader.browser()->loadResource(QTextDocument::StyleSheetResource, QUrl(QStringLiteral("file:///etc/passwd"))).isValid());
}

TEST_F(ArticleReaderTest, KeepsTheBodyToAComfortableMeasure)
{
    const QFontMetricsF metrics(reader.document()->defaultFont());
    const qreal textWidth = reader.document()->textWidth();
    const QTextFrameFormat root = reader.document()->rootFrame()->frameFormat();
    const qreal column = textWidth - root.leftMargin() - root.rightMargin();
    EXPECT_LE(column, metrics.averageCharWidth() * ArticleReader::kMeasureChars + 2);
    EXPECT_GT(column, metrics.averageCharWidth() * 40);
}

TEST_F(ArticleReaderTest, ZoomsWithCtrlEqualsAndCtrlMinus)
{
    reader.browser()->setFocus();
    const qreal before = reader.document()->defaultFont().pointSizeF();
    QTest::keyClick(reader.browser(), Qt::Key_Equal, Qt::ControlModifier);
    EXPECT_EQ(reader.zoomSteps(), 1);
    EXPECT_GT(reader.document()->defaultFont().pointSizeF(), before);
    QTest::keyClick(reader.browser(), Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(reader.browser(), Qt::Key_Minus, Qt::ControlModifier);
    EXPECT_EQ(reader.zoomSteps(), -1);
    EXPECT_LT(reader.document()->defaultFont().pointSizeF(), before);
}

TEST_F(ArticleReaderTest, CtrlFOpensFindAndFindsText)
{
    reader.browser()->setFocus();
    QTest::keyClick(reader.browser(), Qt::Key_F, Qt::ControlModifier);
    ASSERT_TRUE(reader.isFindBarVisible());
    auto *edit = reader.findChild<QLineEdit *>();
    ASSERT_NE(edit, nullptr);
    QTest::keyClicks(edit, QStringLiteral("northern zone"));
    EXPECT_EQ(reader.browser()->textCursor().selectedText().toLower(), QStringLiteral("northern zone"));
    EXPECT_FALSE(reader.find(QStringLiteral("no such words anywhere")));
    QTest::keyClick(edit, Qt::Key_Escape);
    EXPECT_FALSE(reader.isFindBarVisible());
}

TEST(ArticleReader, SaysSoWhenASnapshotHasNoArticle)
{
    ArticleReader reader;
    reader.setContent(Article(), {});
    EXPECT_EQ(reader.plainText(), QStringLiteral("No article text was found in this page."));
}

// A reading view shows no text caret, focused or not (it blinked at the start of the headline, in
// screenshots too); the arrow keys scroll the article instead of moving a caret through it.
TEST_F(ArticleReaderTest, ShowsNoCaretAndTheArrowKeysScroll)
{
    QTextBrowser *browser = reader.browser();
    browser->setFocus();
    ASSERT_TRUE(browser->hasFocus());
    EXPECT_FALSE(browser->textInteractionFlags() & Qt::TextSelectableByKeyboard);
    EXPECT_FALSE(browser->textInteractionFlags() & Qt::TextEditable);
    // A caret is drawn only while the view has the focus (blinking, or steady where the platform does not
    // blink): the picture with the focus must equal the one without.
    QTest::qWait(50);
    const QImage focused = browser->viewport()->grab().toImage();
    browser->clearFocus();
    QTest::qWait(50);
    EXPECT_EQ(browser->viewport()->grab().toImage(), focused);
    browser->setFocus();

    const int top = browser->verticalScrollBar()->value();
    QTest::keyClick(browser, Qt::Key_Down);
    QTest::keyClick(browser, Qt::Key_Down);
    EXPECT_GT(browser->verticalScrollBar()->value(), top);
}

TEST_F(ArticleReaderTest, TheMouseStillSelectsAndCtrlCCopies)
{
    QTextBrowser *browser = reader.browser();
    browser->setFocus();
    QTest::keyClick(browser, Qt::Key_A, Qt::ControlModifier);
    EXPECT_TRUE(browser->textCursor().hasSelection());
    QApplication::clipboard()->clear();
    QTest::keyClick(browser, Qt::Key_C, Qt::ControlModifier);
    EXPECT_TRUE(QApplication::clipboard()->text().startsWith(snapshot.article.headline));
}

TEST(ArticleReader, ShowsTheStandfirstUnderTheHeadlineAndADateWithoutATime)
{
    Article article;
    article.headline = QStringLiteral("Cement despatches rise on northern demand");
    article.summary = {QStringLiteral("Local sales up 9pc in October"), QStringLiteral("Exports slip for a third month")};
    article.author = QStringLiteral("BR Web Desk");
    article.publishedAt = Timestamp::fromDate(QDate(2024, 11, 2));
    article.blocks = {{ArticleBlock::Kind::Paragraph, QStringLiteral("Makers sold more cement at home."), {}, {}}};
    ArticleReader reader;
    reader.setContent(article, {});
    EXPECT_EQ(reader.plainText(), QStringLiteral("Cement despatches rise on northern demand\n"
                                                 "Local sales up 9pc in October\n"
                                                 "Exports slip for a third month\n"
                                                 "2 Nov 2024  \u00B7  By BR Web Desk\n"
                                                 "Makers sold more cement at home."));
    // Both standfirst lines are items of one bulleted list; the byline and body are not.
    const QTextBlock first = reader.document()->findBlockByNumber(1);
    const QTextBlock second = reader.document()->findBlockByNumber(2);
    ASSERT_NE(first.textList(), nullptr);
    EXPECT_EQ(first.textList(), second.textList());
    EXPECT_EQ(first.textList()->count(), 2);
    EXPECT_EQ(reader.document()->findBlockByNumber(3).textList(), nullptr);
}

TEST(ArticleReader, ShowsADataTableAsARealTableWithItsTitleAndHeader)
{
    Article article;
    article.headline = QStringLiteral("Volumes leaders");
    ArticleBlock table;
    table.kind = ArticleBlock::Kind::Table;
    table.text = QStringLiteral("Top Volumes");
    table.header = {QStringLiteral("SCRIP"), QStringLiteral("PRICE"), QStringLiteral("VOLUME")};
    table.rows = {{QStringLiteral("MLCF"), QStringLiteral("42.14"), QStringLiteral("28,711,196")},
                  {QStringLiteral("KEL"), QStringLiteral("4.46"), QStringLiteral("19,002,500")}};
    article.blocks = {{ArticleBlock::Kind::Paragraph, QStringLiteral("Trading was busy."), {}, {}}, table,
                      {ArticleBlock::Kind::Paragraph, QStringLiteral("The note ends here."), {}, {}}};
    ArticleReader reader;
    reader.setContent(article, {});

    QTextTable *found = lastTableIn(reader);
    ASSERT_NE(found, nullptr);
    EXPECT_EQ(found->rows(), 3);
    EXPECT_EQ(found->columns(), 3);
    EXPECT_EQ(found->format().headerRowCount(), 1);
    const auto cell = [&](int r, int c) {
        QTextCursor cursor = found->cellAt(r, c).firstCursorPosition();
        cursor.setPosition(found->cellAt(r, c).lastCursorPosition().position(), QTextCursor::KeepAnchor);
        return cursor.selectedText();
    };
    EXPECT_EQ(cell(0, 0), QStringLiteral("SCRIP"));
    EXPECT_EQ(cell(1, 0), QStringLiteral("MLCF"));
    EXPECT_EQ(cell(2, 2), QStringLiteral("19,002,500"));
    const QString text = reader.plainText();
    EXPECT_LT(text.indexOf(QStringLiteral("Trading was busy.")), text.indexOf(QStringLiteral("Top Volumes")));
    EXPECT_LT(text.indexOf(QStringLiteral("19,002,500")), text.indexOf(QStringLiteral("The note ends here.")));
}

// A column of figures with their units and changes ("61,400 t", "5,520 t (8.99%)") lines up on the right, its header
// with it, as a newspaper sets it; the column of names stays on the left.
TEST(ArticleReader, LinesUpAColumnOfFiguresWithUnitsOnTheRightHeaderIncluded)
{
    Article article;
    article.headline = QStringLiteral("Crushing season in figures");
    ArticleBlock table;
    table.kind = ArticleBlock::Kind::Table;
    table.header = {QStringLiteral("Mill"), QStringLiteral("Cane crushed"), QStringLiteral("Sugar made (recovery)")};
    table.rows = {{QStringLiteral("North Ridge Sugar"), QStringLiteral("61,400 t"), QStringLiteral("5,520 t (8.99%)")},
                  {QStringLiteral("Canal Side Mills"), QStringLiteral("48,950 t"), QStringLiteral("4,310 t (8.80%)")},
                  {QStringLiteral("Old Barrage Sugar"), QStringLiteral("22,075 t"), QStringLiteral("n/a")}};
    article.blocks = {table};
    ArticleReader reader;
    reader.setContent(article, {});
    QTextTable *found = lastTableIn(reader);
    ASSERT_NE(found, nullptr);
    const auto right = [&](int r, int c) {
        return bool(found->cellAt(r, c).firstCursorPosition().blockFormat().alignment() & Qt::AlignRight);
    };
    for (int r = 0; r < 4; ++r) {
        EXPECT_FALSE(right(r, 0)) << r;
        EXPECT_TRUE(right(r, 1)) << r;
        EXPECT_TRUE(right(r, 2)) << r;  // the header and "n/a" with their column's figures
    }
}

// A list item too long for a line: its wrapped lines start under its first word, not under its bullet or number.
TEST(ArticleReader, HangsAWrappedListItemsLinesUnderItsFirstWord)
{
    Article article;
    article.headline = QStringLiteral("What the budget changes");
    QString longItem = QStringLiteral("Sales tax on packaged milk goes back to the standard rate");
    for (int i = 0; i < 4; ++i)
        longItem += QStringLiteral(", and every dairy that sells in cartons files a monthly return to the board");
    article.blocks = {listBlock({longItem, QStringLiteral("Duty on solar panels")}, true, 9)};
    ArticleReader reader;
    reader.setContent(article, {});
    reader.resize(420, 700);
    reader.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&reader));
    const QTextBlock item = reader.document()->findBlockByNumber(1);
    ASSERT_TRUE(item.text().startsWith(QStringLiteral("9.\u00A0 Sales tax")));
    const QTextLayout *layout = item.layout();
    ASSERT_GE(layout->lineCount(), 3);
    const int wordStart = int(item.text().indexOf(QStringLiteral("Sales")));
    const qreal firstWordX = layout->lineAt(0).cursorToX(wordStart);
    for (int line = 1; line < layout->lineCount(); ++line)
        EXPECT_NEAR(layout->lineAt(line).cursorToX(layout->lineAt(line).textStart()), firstWordX, 1.0) << line;
    // The mark itself stands left of the words, at the list's indent, as a short item's does.
    const QTextBlock shortItem = item.next();
    EXPECT_NEAR(layout->lineAt(0).cursorToX(0), shortItem.layout()->lineAt(0).cursorToX(0), 1.0);
    EXPECT_LT(layout->lineAt(0).cursorToX(0), firstWordX);
}

// A list in the text: each item a line of its own, indented, after its bullet or its number (from the list's start);
// the marks are text, so selecting and copying the list keeps them.
TEST(ArticleReader, ShowsAListsItemsIndentedAfterTheirBulletsOrNumbers)
{
    Article article;
    article.headline = QStringLiteral("What the budget changes");
    article.blocks = {{ArticleBlock::Kind::Paragraph, QStringLiteral("The bill makes three changes."), {}, {}},
                      listBlock({QStringLiteral("Sales tax on milk"), QStringLiteral("Duty on solar panels")}, false),
                      listBlock({QStringLiteral("Filers pay less"), QStringLiteral("Non-filers pay more")}, true, 3),
                      {ArticleBlock::Kind::Paragraph, QStringLiteral("The vote is on Friday."), {}, {}}};
    ArticleReader reader;
    reader.setContent(article, {});
    // (The plain text gives the no-break space after a mark as a space.)
    EXPECT_EQ(reader.plainText(), QStringLiteral("What the budget changes\n"
                                                 "The bill makes three changes.\n"
                                                 "\u2022  Sales tax on milk\n"
                                                 "\u2022  Duty on solar panels\n"
                                                 "3.  Filers pay less\n"
                                                 "4.  Non-filers pay more\n"
                                                 "The vote is on Friday."));
    for (int i = 2; i <= 5; ++i)
        EXPECT_EQ(reader.document()->findBlockByNumber(i).blockFormat().indent(), 1) << i;
    EXPECT_EQ(reader.document()->findBlockByNumber(1).blockFormat().indent(), 0);
    EXPECT_EQ(reader.document()->findBlockByNumber(6).blockFormat().indent(), 0);
    // Selected and copied, an item keeps its number.
    QTextCursor cursor(reader.document()->findBlockByNumber(4));
    cursor.select(QTextCursor::BlockUnderCursor);
    EXPECT_TRUE(cursor.selectedText().contains(QStringLiteral("3.\u00A0 Filers pay less")));
}
