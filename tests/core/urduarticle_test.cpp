// Urdu pages read with the same pipeline as English ones (issue 24): head lines, desk credits, Urdu dates,
// sentence marks, related lines; text copies and saved HTML, our own prose in the shapes Urdu sites print.
#include "core/parse/articlerules.h"
#include "core/parse/pagedate.h"
#include "core/parse/textsnapshotparser.h"
#include "fixtures.h"

#include <gtest/gtest.h>

using namespace md;

namespace {

Snapshot parseText(const QString &text)
{
    Snapshot s;
    parseTextSnapshot(text, s);
    return s;
}

const char16_t kLead[] = u"پاکستان اسٹاک ایکسچینج میں پیر کو خریداری کا رجحان رہا اور 100 انڈیکس 1 لاکھ 3 ہزار 274 پوائنٹس پر بند ہوا۔";
const char16_t kMiddle[] = u"سیمنٹ اور بینکوں کے حصص میں سب سے زیادہ کاروبار ہوا، جبکہ کھاد کے شعبے میں فروخت دیکھی گئی۔";
const char16_t kLast[] = u"تجزیہ کاروں کے مطابق شرح سود میں کمی کی توقع نے سرمایہ کاروں کا اعتماد بڑھایا ہے۔";

} // namespace

// A text copy: masthead and menu, headline, "شائع" date with a time, the desk in brackets, a related line in the
// body; the last paragraph (ending in the Urdu full stop) is body, never a related story.
TEST(UrduArticle, TextCopyHeadDeskDateAndRelatedLine)
{
    const Snapshot s = parseText(QStringLiteral(u"آج نیوز\nتازہ ترین\nکاروبار\n\n"
                                                u"اسٹاک مارکیٹ میں تیزی، انڈیکس نئی بلندی پر\n"
                                                u"شائع 16 دسمبر 2024 05:12pm\n(ویب ڈیسک)\n\n")
                                 + QString::fromUtf16(kLead) + QStringLiteral(u"\n\nیہ بھی پڑھیں: ڈالر کی قدر میں معمولی کمی\n\n")
                                 + QString::fromUtf16(kMiddle) + QStringLiteral(u"\n\n") + QString::fromUtf16(kLast) + QStringLiteral(u"\n"));
    EXPECT_EQ(s.article.headline, QStringLiteral(u"اسٹاک مارکیٹ میں تیزی، انڈیکس نئی بلندی پر"));
    EXPECT_EQ(s.article.author, QStringLiteral(u"ویب ڈیسک"));
    EXPECT_EQ(s.article.publishedAt.toIsoString(), QStringLiteral("2024-12-16T17:12:00"));
    ASSERT_EQ(s.article.blocks.size(), 3);
    EXPECT_EQ(s.article.blocks.last().text, QString::fromUtf16(kLast));
    EXPECT_EQ(s.article.related, QStringList{QStringLiteral(u"یہ بھی پڑھیں: ڈالر کی قدر میں معمولی کمی")});
}

// A headline that asks a question (ending in "؟"), "مصنف," and "عہدہ," lines under it (the writer and the
// writer's role), a "skip to content" link above, a related lead alone on a line.
TEST(UrduArticle, QuestionHeadlineAuthorAndRoleLines)
{
    const Snapshot s = parseText(QStringLiteral(u"BBC News, اردو\nمواد پر جائیں\n\nشرح سود میں کمی: حصص بازار پر کیا اثر ہوگا؟\n\n"
                                                u"مصنف, ثنا ارشد\nعہدہ, بی بی سی اردو، اسلام آباد\n12 ستمبر 2024\n\n")
                                 + QString::fromUtf16(kLead) + QStringLiteral(u"\n\nیہ بھی پڑھیے\n\n") + QString::fromUtf16(kLast)
                                 + QStringLiteral(u"\n"));
    EXPECT_EQ(s.article.headline, QStringLiteral(u"شرح سود میں کمی: حصص بازار پر کیا اثر ہوگا؟"));
    EXPECT_EQ(s.article.author, QStringLiteral(u"ثنا ارشد"));
    EXPECT_EQ(s.article.publishedAt.toIsoString(), QStringLiteral("2024-09-12"));
    EXPECT_EQ(s.article.blocks.size(), 2);
    EXPECT_FALSE(test::articleText(s.article).contains(QStringLiteral(u"یہ بھی پڑھیے")));
}

// Desks credited on a line of their own or in the lead after its place; a channel crediting itself is not a
// writer.
TEST(UrduArticle, DeskLinesAndCreditsInTheLead)
{
    const Snapshot desk = parseText(QStringLiteral(u"ذخائر میں اضافہ، مارکیٹ میں خریداری\nاسٹاف رپورٹر\nجمعـء 20 دسمبر 2024\n\n")
                                    + QString::fromUtf16(kLead) + QStringLiteral(u"\n\n") + QString::fromUtf16(kLast) + QStringLiteral(u"\n"));
    EXPECT_EQ(desk.article.author, QStringLiteral(u"اسٹاف رپورٹر"));
    EXPECT_EQ(desk.article.publishedAt.toIsoString(), QStringLiteral("2024-12-20"));

    const Snapshot lead = parseText(QStringLiteral(u"ذخائر میں اضافہ، مارکیٹ میں خریداری\n23 دسمبر ، 2024\n\nکراچی (نمائندہ خصوصی) ")
                                    + QString::fromUtf16(kLead) + QStringLiteral(u"\n\n") + QString::fromUtf16(kLast) + QStringLiteral(u"\n"));
    EXPECT_EQ(lead.article.author, QStringLiteral(u"نمائندہ خصوصی"));
    EXPECT_EQ(lead.article.publishedAt.toIsoString(), QStringLiteral("2024-12-23"));

    EXPECT_EQ(creditInLead(u"KARACHI (APP): The rupee gained 12 paisa against the dollar."), QStringLiteral("APP"));
    EXPECT_EQ(creditInLead(u"KARACHI (Dunya News) – The rupee gained 12 paisa."), QString());
    EXPECT_EQ(creditInLead(u"لاہور (دنیا نیوز) روپے کی قدر میں بہتری ہوئی۔"), QString());
    EXPECT_EQ(creditInLead(u"The rupee (PKR) gained 12 paisa against the dollar."), QString());
}

// A count alone on its line between the headline and the lead (the page's views or comments, "16") is page
// furniture: the headline over it is still the headline.
TEST(UrduArticle, ACountBetweenTheHeadlineAndTheLeadIsFurniture)
{
    const Snapshot s = parseText(QStringLiteral(u"سیمنٹ کی فروخت میں اضافہ، برآمدات بھی بڑھ گئیں\n\n16\n\n")
                                 + QString::fromUtf16(kLead) + QStringLiteral(u"\n\n") + QString::fromUtf16(kLast) + QStringLiteral(u"\n"));
    EXPECT_EQ(s.article.headline, QStringLiteral(u"سیمنٹ کی فروخت میں اضافہ، برآمدات بھی بڑھ گئیں"));
    ASSERT_EQ(s.article.blocks.size(), 2);
    EXPECT_EQ(s.article.blocks.first().text, QString::fromUtf16(kLead));
    EXPECT_FALSE(test::articleText(s.article).contains(QStringLiteral("16\n")));

    const Snapshot grouped = parseText(QStringLiteral(u"سیمنٹ کی فروخت میں اضافہ\n1,204\n")
                                       + QString::fromUtf16(kLead) + QStringLiteral(u"\n"));
    EXPECT_EQ(grouped.article.headline, QStringLiteral(u"سیمنٹ کی فروخت میں اضافہ"));
}

// An institution named in the lead with its short name in brackets ("انٹرنیشنل مانیٹری فنڈ (آئی ایم ایف)") is
// no place and credit: the bracket spells the initials of the words before it.
TEST(UrduArticle, AnInstitutionsInitialsInTheLeadAreNoCredit)
{
    EXPECT_EQ(creditInLead(u"انٹرنیشنل مانیٹری فنڈ (آئی ایم ایف) پاکستان کو نئی قسط جاری کرے گا۔"), QString());
    EXPECT_EQ(creditInLead(u"ایشین ڈیولپمنٹ بینک (اے ڈی بی) نے قرض کی منظوری دے دی۔"), QString());
    // An agency's initials after a place stay the credit, however many words the place has.
    EXPECT_EQ(creditInLead(u"اسلام آباد (اے پی پی) حکومت نے ٹیکس وصولی کے اعداد و شمار جاری کر دیے۔"), QStringLiteral(u"اے پی پی"));
    EXPECT_EQ(creditInLead(u"ڈیرہ اسماعیل خان (اے پی پی) گندم کی خریداری کا آغاز ہو گیا۔"), QStringLiteral(u"اے پی پی"));

    const Snapshot s = parseText(QStringLiteral(u"پاکستان کو قرض کی نئی قسط ملنے کا امکان\n\n"
                                                u"انٹرنیشنل مانیٹری فنڈ (آئی ایم ایف) پاکستان کو آئندہ ماہ ایک ارب ڈالر کی قسط جاری کرے گا۔\n\n")
                                 + QString::fromUtf16(kLast) + QStringLiteral(u"\n"));
    EXPECT_EQ(s.article.headline, QStringLiteral(u"پاکستان کو قرض کی نئی قسط ملنے کا امکان"));
    EXPECT_EQ(s.article.author, QString());
}

// "تبصرے بند ہیں۔" ("Comments are closed.") under the story is the comments footer, never its last paragraph.
TEST(UrduArticle, CommentsClosedFooterIsNoBody)
{
    const Snapshot s = parseText(QStringLiteral(u"سیمنٹ کی فروخت میں اضافہ، برآمدات بھی بڑھ گئیں\n\n")
                                 + QString::fromUtf16(kLead) + QStringLiteral(u"\n\n") + QString::fromUtf16(kLast)
                                 + QStringLiteral(u"\n\nتبصرے بند ہیں.\n"));
    ASSERT_EQ(s.article.blocks.size(), 2);
    EXPECT_EQ(s.article.blocks.last().text, QString::fromUtf16(kLast));
    EXPECT_FALSE(test::articleText(s.article).contains(QStringLiteral(u"تبصرے")));
}

// A picture's caption under its label ("کیپشن: …", in Urdu or English) between the headline, printed twice, and
// the lead is no text and no headline.
TEST(UrduArticle, ACaptionUnderItsLabelIsNoText)
{
    const Snapshot s = parseText(QStringLiteral(u"چاندی کی قیمت میں نمایاں اضافہ\n\nچاندی کی قیمت میں نمایاں اضافہ\n"
                                                u"کیپشن: Silver rises sharply in the local bullion market\n\n")
                                 + QString::fromUtf16(kLead) + QStringLiteral(u"\n") + QString::fromUtf16(kLast)
                                 + QStringLiteral(u"\nکیپشن: چاندی کے زیورات ایک دکان میں\n"));
    EXPECT_EQ(s.article.headline, QStringLiteral(u"چاندی کی قیمت میں نمایاں اضافہ"));
    ASSERT_EQ(s.article.blocks.size(), 2);
    EXPECT_EQ(s.article.blocks.first().text, QString::fromUtf16(kLead));
    const QString text = test::articleText(s.article);
    EXPECT_FALSE(text.contains(QStringLiteral("Silver rises")));
    EXPECT_FALSE(text.contains(QStringLiteral(u"کیپشن")));
    // The word inside a sentence, or with no colon after it, is text.
    const Snapshot word = parseText(QStringLiteral(u"چاندی کی قیمت میں نمایاں اضافہ\n\n")
                                    + QString::fromUtf16(kLead) + QStringLiteral(u"\nکیپشن کے بغیر شائع ہونے والی تصویر پر قارئین نے سوال اٹھائے۔\n"));
    EXPECT_TRUE(test::articleText(word.article).contains(QStringLiteral(u"کیپشن کے بغیر")));
}

// An Urdu lead that opens with its writer or desk in brackets, with no place before it ("(ثنا ارشد)انٹربینک …"),
// credits the writer; a channel crediting itself there is no writer.
TEST(UrduArticle, ALeadOpeningWithABracketedNameCreditsTheWriter)
{
    EXPECT_EQ(creditInLead(u"(ثنا ارشد)انٹربینک میں روپے کی قدر میں 12 پیسے کا اضافہ ہوا۔"), QStringLiteral(u"ثنا ارشد"));
    EXPECT_EQ(creditInLead(u"(ویب ڈیسک) حکومت نے گھی کی قیمت میں کمی کا اعلان کر دیا۔"), QStringLiteral(u"ویب ڈیسک"));
    EXPECT_EQ(creditInLead(u"(لاہور نیوز) انٹربینک میں روپے کی قدر میں اضافہ ہوا۔"), QString());
    // A longer aside, an English bracket or a figure in it is no credit.
    EXPECT_EQ(creditInLead(u"(وزارت خزانہ کے تازہ اعداد و شمار کے مطابق) محصولات میں اضافہ ہوا۔"), QString());
    EXPECT_EQ(creditInLead(u"(Updated) The rupee gained 12 paisa against the dollar."), QString());
    EXPECT_EQ(creditInLead(u"(2024) میں محصولات میں اضافہ ہوا۔"), QString());

    const Snapshot s = parseText(QStringLiteral(u"روپے کی قدر میں بہتری، ڈالر سستا\n\n(ثنا ارشد)")
                                 + QString::fromUtf16(kLead) + QStringLiteral(u"\n\n") + QString::fromUtf16(kLast) + QStringLiteral(u"\n"));
    EXPECT_EQ(s.article.headline, QStringLiteral(u"روپے کی قدر میں بہتری، ڈالر سستا"));
    EXPECT_EQ(s.article.author, QStringLiteral(u"ثنا ارشد"));
}

// A head with its date line above the headline printed again, a 24-hour clock with its half-day's mark after a colon
// ("16:05:PM"), and an app's badges under it: the date and time are read, the badges skipped.
TEST(UrduArticle, ADateLineWithAClocksMarkAfterAColon)
{
    const Snapshot s = parseText(QStringLiteral(u"روپے کی قدر میں بہتری، ڈالر سستا\n\nMarch 12, 2024 | 16:05:PM\n"
                                                u"روپے کی قدر میں بہتری، ڈالر سستا\nStay tuned with Example News HD Android App\n"
                                                u"Get it on Google Play\n\n(ثنا ارشد)")
                                 + QString::fromUtf16(kLead) + QStringLiteral(u"\n\n") + QString::fromUtf16(kLast) + QStringLiteral(u"\n"));
    EXPECT_EQ(s.article.headline, QStringLiteral(u"روپے کی قدر میں بہتری، ڈالر سستا"));
    EXPECT_EQ(s.article.publishedAt.toIsoString(), QStringLiteral("2024-03-12T16:05:00"));
    EXPECT_EQ(s.article.author, QStringLiteral(u"ثنا ارشد"));
    ASSERT_EQ(s.article.blocks.size(), 2);

    const Snapshot morning = parseText(QStringLiteral(u"روپے کی قدر میں بہتری\n\nMarch 12, 2024 | 9:05:AM\n\n")
                                       + QString::fromUtf16(kLead) + QStringLiteral(u"\n"));
    EXPECT_EQ(morning.article.publishedAt.toIsoString(), QStringLiteral("2024-03-12T09:05:00"));
}

// A copy that stops, with no final newline, on a line pointing at another story ("یہ بھی پڑھیں : …") was not cut
// short: the line is a related story, not the last paragraph.
TEST(UrduArticle, ARelatedLeadEndingACopyIsNoCutParagraph)
{
    const Snapshot s = parseText(QStringLiteral(u"روپے کی قدر میں بہتری\n\n") + QString::fromUtf16(kLead)
                                 + QStringLiteral(u"\n\n") + QString::fromUtf16(kLast)
                                 + QStringLiteral(u"\n\nیہ بھی پڑھیں : چینی کی قیمت میں دو روپے فی کلو کمی کر دی گئی"));
    ASSERT_EQ(s.article.blocks.size(), 2);
    EXPECT_EQ(s.article.blocks.last().text, QString::fromUtf16(kLast));
    EXPECT_EQ(s.article.related, QStringList{QStringLiteral(u"یہ بھی پڑھیں : چینی کی قیمت میں دو روپے فی کلو کمی کر دی گئی")});
    // Any other line stopping so is still the cut paragraph.
    const Snapshot cut = parseText(QStringLiteral(u"روپے کی قدر میں بہتری\n\n") + QString::fromUtf16(kLead)
                                   + QStringLiteral(u"\n\nبازار کے تاجروں کا کہنا ہے کہ آئندہ ہفتے درآمدی ادائیگیوں کے"));
    EXPECT_EQ(cut.article.blocks.size(), 2);
}

// A desk in brackets glued to the place before it and the word after it ("لاہور(نیوزڈیسک)صوبائی …") is the lead's
// credit, and so is a reporter's or correspondent's label glued so (see AGluedReporterOrReportInTheLeadIsTheCredit).
TEST(UrduArticle, AGluedDeskInTheLeadIsTheCredit)
{
    EXPECT_EQ(creditInLead(u"لاہور(نیوزڈیسک)صوبائی حکومت نے گندم کی امدادی قیمت کا اعلان کر دیا۔"), QStringLiteral(u"نیوزڈیسک"));
    EXPECT_EQ(creditInLead(u"انٹر بینک مارکیٹ(جیوڈیسک)روپے کی قدر میں معمولی کمی ہوئی۔"), QStringLiteral(u"جیوڈیسک"));
    EXPECT_EQ(creditInLead(u"ملتان (نامہ نگار)کپاس کی آمد میں اضافہ ہو گیا۔"), QStringLiteral(u"نامہ نگار"));
    EXPECT_EQ(creditInLead(u"Lahore(NewsDesk)The province announced a support price."), QString());
}

// A report, a reporter or a correspondent in brackets glued to the next word ("لاہور(ٹی وی رپورٹ)قرض …",
// "اسلام آباد (نمائندہ خصوصی)وزیراعظم …") is the lead's credit as a glued desk is; an institution's glued short
// name or any other bracket is not.
TEST(UrduArticle, AGluedReporterOrReportInTheLeadIsTheCredit)
{
    EXPECT_EQ(creditInLead(u"لاہور(ٹی وی رپورٹ)قرض لے کر کپاس اگانے والے کسان فصل سستی بیچنے پر مجبور ہیں۔"),
              QStringLiteral(u"ٹی وی رپورٹ"));
    EXPECT_EQ(creditInLead(u"اسلام آباد (نمائندہ خصوصی)وفاقی کابینہ نے برآمدی پیکج کی منظوری دے دی۔"),
              QStringLiteral(u"نمائندہ خصوصی"));
    EXPECT_EQ(creditInLead(u"کراچی(اسٹاف رپورٹر)اسٹاک مارکیٹ میں مندی کا رجحان رہا۔"), QStringLiteral(u"اسٹاف رپورٹر"));
    EXPECT_EQ(creditInLead(u"اسلام آباد(پی ٹی آئی)رہنماؤں نے اجلاس میں شرکت کی۔"), QString());
    EXPECT_EQ(creditInLead(u"کراچی(سندھ حکومت)نے ٹیکس کی نئی شرح نافذ کر دی۔"), QString());

    const Snapshot s = parseText(QStringLiteral(u"کپاس کے کاشتکار سستی فصل بیچنے پر مجبور\n\n"
                                                u"ملتان (نمائندہ خصوصی)کپاس کی نئی فصل منڈی میں آتے ہی نرخ گر گئے۔\n\n")
                                 + QString::fromUtf16(kMiddle) + QStringLiteral(u"\n\n") + QString::fromUtf16(kLast) + QStringLiteral(u"\n"));
    EXPECT_EQ(s.article.author, QStringLiteral(u"نمائندہ خصوصی"));
}

// "اشاعت کی تاریخ: 28th, February 2025 GMT" (publication date:) under a headline is the story's date in Latin
// letters after an Urdu label, never the headline; a label's date in Urdu letters reads as before.
TEST(UrduArticle, APublicationDateLabelOverALatinDate)
{
    EXPECT_EQ(parsePageDateTime(u"اشاعت کی تاریخ: 28th, February 2025 GMT").toIsoString(), QStringLiteral("2025-02-28"));
    EXPECT_EQ(parsePageDateTime(u"تاریخ اشاعت: 3 March 2025").toIsoString(), QStringLiteral("2025-03-03"));
    EXPECT_EQ(parsePageDateTime(u"اشاعت کی تاریخ: 12th, March 2025 10:15 GMT").toIsoString(), QStringLiteral("2025-03-12T10:15:00Z"));
    EXPECT_FALSE(parsePageDateTime(u"اشاعت کی تاریخ: فروری کے آخر میں").isValid());
    EXPECT_FALSE(parsePageDateTime(u"وزیر نے کہا: 28th, February 2025").isValid());

    const Snapshot s = parseText(QStringLiteral(u"سیمنٹ کی فروخت میں اضافہ، برآمدات بھی بڑھ گئیں\n"
                                                u"اشاعت کی تاریخ: 28th, February 2025 GMT\n"
                                                u"فوٹو: فائل\n")
                                 + QString::fromUtf16(kLead) + QStringLiteral(u"\n") + QString::fromUtf16(kMiddle)
                                 + QStringLiteral(u"\n") + QString::fromUtf16(kLast) + QStringLiteral(u"\n"));
    EXPECT_EQ(s.article.headline, QStringLiteral(u"سیمنٹ کی فروخت میں اضافہ، برآمدات بھی بڑھ گئیں"));
    EXPECT_EQ(s.article.publishedAt.toIsoString(), QStringLiteral("2025-02-28"));
    ASSERT_EQ(s.article.blocks.size(), 3);
    EXPECT_EQ(s.article.blocks.first().text, QString::fromUtf16(kLead));
}

// Under a text copy's story: a photo's or story's credit ("فوٹو: …", "کریڈٹ: …"), the comments' heading
// ("تبصرے") and form prompt ("اپنا تبصرہ بھیجیں"), the e-paper's link with its title ("ای پیپر دی نیشن") and a
// pop-up's "close" button are furniture, never text.
TEST(UrduArticle, CreditCommentsAndEPaperLinesAreFurniture)
{
    const Snapshot s = parseText(QStringLiteral(u"اسٹاک مارکیٹ میں تیزی، انڈیکس نئی بلندی پر\n\n")
                                 + QString::fromUtf16(kLead) + QStringLiteral(u"\n\nفوٹو: اے پی پی\n\n")
                                 + QString::fromUtf16(kMiddle) + QStringLiteral(u"\n\n") + QString::fromUtf16(kLast)
                                 + QStringLiteral(u"\n\nکریڈٹ: ایشین نیوز نیٹ ورک-اے این این\nای پیپر دی نیشن\n"
                                                  u"تبصرے\nاپنا تبصرہ بھیجیں\n\nclose\n"));
    ASSERT_EQ(s.article.blocks.size(), 3);
    EXPECT_EQ(s.article.blocks.last().text, QString::fromUtf16(kLast));
}

// A column's head: the headline, its date line with the weekday, the writer's name alone on the next line, then
// the text. The name is the author, never the headline; a name line with no date line above it, or a line of
// one word, stays as before.
TEST(UrduArticle, AWritersNameUnderTheDateLineIsTheColumnsByline)
{
    const QString body = QString::fromUtf16(kLead) + QStringLiteral(u"\n") + QString::fromUtf16(kMiddle) + QStringLiteral(u"\n")
        + QString::fromUtf16(kLast) + QStringLiteral(u"\n");
    const Snapshot s = parseText(QStringLiteral(u"\nمعیشت کی بحالی کا راستہ\nجمعرات 7 نومبر 2024\n\nسلمان احمد\n") + body);
    EXPECT_EQ(s.article.headline, QStringLiteral(u"معیشت کی بحالی کا راستہ"));
    EXPECT_EQ(s.article.author, QStringLiteral(u"سلمان احمد"));
    EXPECT_EQ(s.article.publishedAt.toIsoString(), QStringLiteral("2024-11-07"));
    EXPECT_EQ(s.article.blocks.size(), 3);

    const Snapshot undated = parseText(QStringLiteral(u"معیشت کی بحالی کا راستہ\n\nسلمان احمد\n") + body);
    EXPECT_TRUE(undated.article.author.isEmpty());
    const Snapshot oneWord = parseText(QStringLiteral(u"معیشت کی بحالی کا راستہ\nجمعرات 7 نومبر 2024\nکاروبار\n") + body);
    EXPECT_TRUE(oneWord.article.author.isEmpty());
}

// Saved HTML, right to left: the date box in Urdu, the desk in the lead, a byline block listing the writer and
// the role (never body), Urdu digits in the date.
TEST(UrduArticle, HtmlRightToLeftPage)
{
    const Snapshot s = test::parseHtmlPage(QStringLiteral(u"<html lang=\"ur\" dir=\"rtl\"><head><title>مندی، انڈیکس میں کمی - روزنامہ</title></head><body>"
                                                          u"<div class=\"detail-page\"><h1>مندی، انڈیکس میں کمی</h1><div class=\"detail-time\">۱۱ دسمبر ، ۲۰۲۴</div>"
                                                          u"<div class=\"detail_view_content\"><p>کراچی (اسٹاف رپورٹر) ")
                                         + QString::fromUtf16(kLead) + QStringLiteral("</p><p>") + QString::fromUtf16(kMiddle)
                                         + QStringLiteral("</p><p>") + QString::fromUtf16(kLast) + QStringLiteral("</p></div></div></body></html>"));
    EXPECT_EQ(s.article.headline, QStringLiteral(u"مندی، انڈیکس میں کمی"));
    EXPECT_EQ(s.article.author, QStringLiteral(u"اسٹاف رپورٹر"));
    EXPECT_EQ(s.article.publishedAt.toIsoString(), QStringLiteral("2024-12-11"));
    EXPECT_EQ(s.article.blocks.size(), 3);

    const Snapshot bbc = test::parseHtmlPage(QStringLiteral(u"<html lang=\"ur\" dir=\"rtl\"><head><title>شرح سود میں کمی</title></head><body><article>"
                                                            u"<h1>شرح سود میں کمی</h1><div data-component=\"byline-block\"><ul>"
                                                            u"<li><span class=\"visually-hidden\">مصنف, </span><span>فرحان رضا</span></li>"
                                                            u"<li><span class=\"visually-hidden\">عہدہ, </span><span>بی بی سی اردو، کراچی</span></li></ul></div>"
                                                            u"<div data-component=\"text-block\"><p>")
                                           + QString::fromUtf16(kLead) + QStringLiteral("</p></div><div data-component=\"text-block\"><p>")
                                           + QString::fromUtf16(kLast) + QStringLiteral("</p></div></article></body></html>"));
    EXPECT_EQ(bbc.article.author, QStringLiteral(u"فرحان رضا"));
    EXPECT_EQ(bbc.article.blocks.size(), 2);
    EXPECT_FALSE(test::articleText(bbc.article).contains(QStringLiteral(u"بی بی سی اردو، کراچی")));
}
