// Urdu in the reader and in lists: an Urdu story reads right to left in an Urdu face, a paragraph in English
// inside it and every English story left to right as before, and figures inside Urdu keep their order.
#include "core/models/textdirection.h"
#include "tests/ui/uitestsupport.h"
#include "ui/articlereader.h"
#include "ui/headlinedelegate.h"
#include "ui/urdufonts.h"

#include <QGlyphRun>
#include <QRawFont>
#include <QRegularExpression>
#include <QStandardItemModel>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>

#include <vector>

using namespace md;
using namespace md::test;
using md::ui::ArticleReader;

namespace {

const QString kUrduLead = QStringLiteral(
    "کاروبار کے اختتام پر کے ایس ای 100 انڈیکس 1 ہزار 42 پوائنٹس کے اضافے سے 66 ہزار 427 پوائنٹس پر بند ہوا۔");
const QString kEnglishQuote = QStringLiteral("Analysts at a Karachi brokerage called it \"a relief rally\" on Friday.");
const QString kUrduClose = QStringLiteral("ایک مقامی بروکریج ہاؤس نے انڈیکس کا ہدف 1 لاکھ 3 ہزار 274 پوائنٹس مقرر کیا ہے۔");

// An Urdu story with an English paragraph in it, and a comment in each language.
Article mixedUrduStory()
{
    Article article;
    article.headline = QStringLiteral("اسٹاک مارکیٹ میں تیزی، 100 انڈیکس میں 1 ہزار 42 پوائنٹس کا اضافہ");
    article.author = QStringLiteral("(مانیٹرنگ ڈیسک)");
    article.publishedAt = Timestamp::fromIsoString(QStringLiteral("2023-12-22T16:40:00+05:00"));
    article.blocks = {{ArticleBlock::Kind::Paragraph, kUrduLead, {}, {}},
                      {ArticleBlock::Kind::Paragraph, kEnglishQuote, {}, {}},
                      {ArticleBlock::Kind::Paragraph, kUrduClose, {}, {}}};
    return article;
}

QVector<Comment> twoComments()
{
    Comment urdu;
    urdu.author = QStringLiteral("احمد");
    urdu.text = QStringLiteral("سیمنٹ کے شعبے میں اچھی خریداری ہوئی۔");
    Comment english;
    english.author = QStringLiteral("Zara");
    english.text = QStringLiteral("Cement looked strong all session.");
    return {urdu, english};
}

// The block of the document whose text is exactly text (an invalid block when none is).
QTextBlock blockWithText(const QTextDocument *doc, const QString &text)
{
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        if (block.text() == text)
            return block;
    }
    // Blocks inside frames (comments) are reached through the frames' iterators.
    for (QTextFrame *frame : doc->rootFrame()->childFrames()) {
        for (auto it = frame->begin(); !it.atEnd(); ++it) {
            if (it.currentBlock().text() == text)
                return it.currentBlock();
        }
    }
    return {};
}

// Where the caret between characters position and position + 1 of the block stands on its line, in pixels.
qreal caretX(const QTextBlock &block, qsizetype position)
{
    const QTextLine line = block.layout()->lineForTextPosition(int(position));
    return line.cursorToX(int(position));
}

class UrduReaderTest : public ::testing::Test
{
protected:
    void show(const Article &article, const QVector<Comment> &comments = {})
    {
        reader.setContent(article, comments);
        reader.resize(1000, 800);
        reader.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&reader));
    }

    ArticleReader reader;
};

} // namespace

TEST_F(UrduReaderTest, LaysAnUrduStoryOutRightToLeft)
{
    const Snapshot snapshot = loadFixture(QStringLiteral("urdu-text-2023-12-22-psx-session.txt"));
    ASSERT_FALSE(snapshot.article.blocks.isEmpty());
    show(snapshot.article, snapshot.comments);

    const QTextDocument *doc = reader.document();
    EXPECT_EQ(doc->defaultTextOption().textDirection(), Qt::RightToLeft);
    EXPECT_EQ(doc->rootFrame()->frameFormat().layoutDirection(), Qt::RightToLeft);
    int urduBlocks = 0;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        if (textDirectionOf(block.text()) != Qt::RightToLeft)
            continue;
        ++urduBlocks;
        EXPECT_EQ(block.textDirection(), Qt::RightToLeft) << block.text().toStdString();
        EXPECT_EQ(block.blockFormat().alignment() & Qt::AlignHorizontal_Mask, Qt::AlignRight | Qt::AlignAbsolute)
            << block.text().toStdString();
    }
    EXPECT_GE(urduBlocks, 5);
}

TEST_F(UrduReaderTest, LaysAnEnglishStoryOutLeftToRightAsBefore)
{
    const Snapshot snapshot = loadFixture(QStringLiteral("reader-hostile-article.txt"));
    show(snapshot.article, snapshot.comments);

    const QTextDocument *doc = reader.document();
    EXPECT_EQ(doc->defaultTextOption().textDirection(), Qt::LeftToRight);
    EXPECT_EQ(doc->rootFrame()->frameFormat().layoutDirection(), Qt::LeftToRight);
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        EXPECT_EQ(block.textDirection(), Qt::LeftToRight) << block.text().toStdString();
        EXPECT_FALSE(block.blockFormat().alignment() & Qt::AlignRight) << block.text().toStdString();
    }
}

TEST_F(UrduReaderTest, SetsAnUrduStoryInTheUrduFace)
{
    const QString family = ui::firstInstalledFamily(ui::urduFamilies());
    if (family.isEmpty())
        GTEST_SKIP() << "No Urdu face is installed: Noto Naskh Arabic (Debian: fonts-noto-core), Segoe UI or Geeza Pro";
    show(mixedUrduStory());

    const QTextBlock lead = blockWithText(reader.document(), kUrduLead);
    ASSERT_TRUE(lead.isValid());
    const QFont urduFont = QTextCursor(lead).charFormat().font();
    ASSERT_FALSE(urduFont.families().isEmpty());
    EXPECT_EQ(urduFont.families().first(), ui::urduFamilies().first());
    // Every letter of the paragraph, and its figures, are drawn from the installed Urdu face.
    QTextLayout layout(kUrduLead, urduFont);
    QTextOption rightToLeft;
    rightToLeft.setTextDirection(Qt::RightToLeft);
    layout.setTextOption(rightToLeft);
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    const QList<QGlyphRun> runs = layout.glyphRuns();
    ASSERT_FALSE(runs.isEmpty());
    for (const QGlyphRun &run : runs)
        EXPECT_EQ(run.rawFont().familyName(), family);
    // The English paragraph keeps the Latin reading face.
    const QTextBlock quote = blockWithText(reader.document(), kEnglishQuote);
    ASSERT_TRUE(quote.isValid());
    EXPECT_FALSE(QTextCursor(quote).charFormat().font().families().contains(family));
}

TEST_F(UrduReaderTest, KeepsAnEnglishParagraphOfAnUrduStoryLeftToRight)
{
    show(mixedUrduStory());

    EXPECT_EQ(reader.document()->defaultTextOption().textDirection(), Qt::RightToLeft);
    const QTextBlock quote = blockWithText(reader.document(), kEnglishQuote);
    ASSERT_TRUE(quote.isValid());
    EXPECT_EQ(quote.textDirection(), Qt::LeftToRight);
    EXPECT_FALSE(quote.blockFormat().alignment() & Qt::AlignRight);
    const QTextBlock close = blockWithText(reader.document(), kUrduClose);
    ASSERT_TRUE(close.isValid());
    EXPECT_EQ(close.textDirection(), Qt::RightToLeft);
}

TEST_F(UrduReaderTest, NeverReordersTheFiguresInsideUrduText)
{
    show(mixedUrduStory());

    const QTextBlock lead = blockWithText(reader.document(), kUrduLead);
    ASSERT_TRUE(lead.isValid());
    // "66 ہزار 427": within each number the digits run left to right ...
    const qsizetype thousands = kUrduLead.indexOf(QStringLiteral("66 "));
    const qsizetype units = kUrduLead.indexOf(QStringLiteral("427"));
    ASSERT_GT(thousands, 0);
    ASSERT_GT(units, thousands);
    EXPECT_LT(caretX(lead, units + 1), caretX(lead, units + 2));  // 4|27 left of 42|7
    // ... and the numbers follow the Urdu words from right to left: 66 (read first) stands right of 427.
    EXPECT_GT(caretX(lead, thousands + 1), caretX(lead, units + 1));
    // No direction marks were slipped into the text to get there.
    static const QRegularExpression marks(QStringLiteral("[\\x{200E}\\x{200F}\\x{061C}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}]"));
    EXPECT_FALSE(reader.plainText().contains(marks));
    EXPECT_TRUE(reader.plainText().contains(kUrduClose));
}

TEST_F(UrduReaderTest, WritesAnUrduStorysDateAndCreditInUrdu)
{
    show(mixedUrduStory());

    // The meta line reads in one direction: the date as Urdu writes it, the desk credit without an English "By".
    const QTextBlock meta = blockWithText(reader.document(), QStringLiteral("22 دسمبر 2023, 16:40  \u00B7  (مانیٹرنگ ڈیسک)"));
    ASSERT_TRUE(meta.isValid()) << reader.plainText().toStdString();
    EXPECT_EQ(meta.textDirection(), Qt::RightToLeft);
}

TEST_F(UrduReaderTest, LaysEachCommentOutInTheDirectionOfItsOwnWords)
{
    show(mixedUrduStory(), twoComments());

    const QTextBlock urdu = blockWithText(reader.document(), QStringLiteral("سیمنٹ کے شعبے میں اچھی خریداری ہوئی۔"));
    ASSERT_TRUE(urdu.isValid()) << reader.plainText().toStdString();
    EXPECT_EQ(urdu.textDirection(), Qt::RightToLeft);
    EXPECT_TRUE(urdu.blockFormat().alignment() & Qt::AlignRight);
    const QTextBlock english = blockWithText(reader.document(), QStringLiteral("Cement looked strong all session."));
    ASSERT_TRUE(english.isValid());
    EXPECT_EQ(english.textDirection(), Qt::LeftToRight);
    EXPECT_FALSE(english.blockFormat().alignment() & Qt::AlignRight);
}

namespace {

// Opens HeadlineDelegate's option to the test.
class OpenHeadlineDelegate : public ui::HeadlineDelegate
{
public:
    using ui::HeadlineDelegate::HeadlineDelegate;
    QStyleOptionViewItem optionFor(const QModelIndex &index) const
    {
        QStyleOptionViewItem option;
        option.direction = Qt::LeftToRight;
        initStyleOption(&option, index);
        return option;
    }
};

} // namespace

TEST(HeadlineDelegate, LaysAnUrduHeadlineOutRightToLeftAndAnEnglishOneAsBefore)
{
    QStandardItemModel model;
    const QString urdu = QStringLiteral("100 انڈیکس میں 1 ہزار 42 پوائنٹس کا اضافہ");
    const QString english = QStringLiteral("KSE-100 sheds over 1,100 points");
    for (const QString &headline : {urdu, english}) {
        auto *item = new QStandardItem(headline);
        item->setData(headlineAlignment(headline), Qt::TextAlignmentRole);
        model.appendRow(item);
    }
    OpenHeadlineDelegate delegate;

    const QStyleOptionViewItem right = delegate.optionFor(model.index(0, 0));
    EXPECT_EQ(right.direction, Qt::RightToLeft);
    EXPECT_EQ(right.displayAlignment & Qt::AlignHorizontal_Mask, Qt::AlignRight | Qt::AlignAbsolute);
    const QStringList families = right.font.families();
    ASSERT_FALSE(families.isEmpty());
    EXPECT_EQ(families.first(), ui::urduFamilies().first());

    const QStyleOptionViewItem left = delegate.optionFor(model.index(1, 0));
    EXPECT_EQ(left.direction, Qt::LeftToRight);
    EXPECT_FALSE(left.displayAlignment & Qt::AlignRight);
    EXPECT_FALSE(left.font.families().contains(ui::urduFamilies().first()));
}

// An Urdu story's list: each item right to left, its bullet or number at the item's start, on the right.
TEST_F(UrduReaderTest, SetsAnUrduListRightToLeftWithItsMarksOnTheRight)
{
    Article article;
    article.headline = QStringLiteral("\u0628\u062C\u0679 \u0645\u06CC\u06BA \u062A\u0627\u062C\u0631\u0648\u06BA \u06A9\u06D2 \u0644\u06CC\u06D2 \u06A9\u06CC\u0627 \u06C1\u06D2");
    article.blocks = {{ArticleBlock::Kind::Paragraph, QStringLiteral("\u062A\u0627\u062C\u0631\u0648\u06BA \u06A9\u06D2 \u0644\u06CC\u06D2 \u062A\u06CC\u0646 \u062A\u0628\u062F\u06CC\u0644\u06CC\u0627\u06BA \u06C1\u06CC\u06BA\u06D4"), {}, {}},
                      listBlock({QStringLiteral("\u0631\u0633\u06CC\u062F \u06A9\u06CC \u0645\u0634\u06CC\u0646"), QStringLiteral("\u0641\u06A9\u0633\u0688 \u0679\u06CC\u06A9\u0633")}, true, 1)};
    show(article);
    const QTextBlock item = blockWithText(reader.document(), QStringLiteral("1.\u00A0 \u0631\u0633\u06CC\u062F \u06A9\u06CC \u0645\u0634\u06CC\u0646"));
    ASSERT_TRUE(item.isValid());
    EXPECT_EQ(item.textDirection(), Qt::RightToLeft);
    EXPECT_EQ(item.blockFormat().indent(), 1);
    // The number stands right of the item's words.
    EXPECT_GT(caretX(item, 0), caretX(item, 6));
}

// A long Urdu item's wrapped lines hang under its first word, left of its number.
TEST_F(UrduReaderTest, HangsAWrappedUrduListItemsLinesUnderItsFirstWord)
{
    Article article;
    article.headline = QStringLiteral("\u0628\u062C\u0679 \u0645\u06CC\u06BA \u062A\u0627\u062C\u0631\u0648\u06BA \u06A9\u06D2 \u0644\u06CC\u06D2 \u06A9\u06CC\u0627 \u06C1\u06D2");
    QString longItem = QStringLiteral("\u0631\u0633\u06CC\u062F \u06A9\u06CC \u0645\u0634\u06CC\u0646");
    for (int i = 0; i < 12; ++i)
        longItem += QStringLiteral(" \u0627\u0648\u0631 \u0641\u06A9\u0633\u0688 \u0679\u06CC\u06A9\u0633 \u06A9\u06CC \u0634\u0631\u062D");
    article.blocks = {listBlock({longItem, QStringLiteral("\u0641\u06A9\u0633\u0688 \u0679\u06CC\u06A9\u0633")}, true, 1)};
    show(article);
    reader.resize(420, 800);
    QCoreApplication::processEvents();
    const QTextBlock item = blockWithText(reader.document(), QStringLiteral("1.\u00A0 ") + longItem);
    ASSERT_TRUE(item.isValid());
    const QTextLayout *layout = item.layout();
    ASSERT_GE(layout->lineCount(), 2);
    const qreal firstWordX = caretX(item, 4);  // where the item's first word starts, left of "1.\u00A0 "
    EXPECT_LT(firstWordX, caretX(item, 0));
    for (int line = 1; line < layout->lineCount(); ++line)
        EXPECT_NEAR(layout->lineAt(line).cursorToX(layout->lineAt(line).textStart()), firstWordX, 1.0) << line;
}
