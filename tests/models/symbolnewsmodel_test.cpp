// SymbolNewsModel: the articles that mention a symbol, as rows of time, headline and mentions.
#include "core/models/symbolnewsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace md;

TEST(SymbolNewsModel, ListsEachArticleWithItsTimeHeadlineAndMentions)
{
    SymbolNewsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(model.columnCount(), int(SymbolNewsModel::ColumnCount));

    SymbolArticle pso;
    pso.snapshotId = 7;
    pso.source = QStringLiteral("/pages/pso.txt");
    pso.headline = QStringLiteral("PSO climbs as circular debt plan lifts oil marketers");
    pso.capturedAt = Timestamp::fromIsoString(QStringLiteral("2025-03-04T16:40:00+05:00"));
    pso.capturedAtMsecs = pso.capturedAt.toMSecsSinceEpoch();
    pso.matches = {ArticleMatch{ArticleMatch::Part::Headline, 0, {0, 3}}, ArticleMatch{ArticleMatch::Part::Body, 0, {19, 18}}};
    SymbolArticle untitled;
    untitled.snapshotId = 3;
    untitled.source = QStringLiteral("/pages/untitled.txt");
    untitled.matches = {ArticleMatch{}};

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setArticles(QStringLiteral("PSO"), {pso, untitled});
    EXPECT_EQ(reset.count(), 1);
    EXPECT_EQ(model.symbol(), QStringLiteral("PSO"));
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(0, SymbolNewsModel::CapturedColumn).data().toString(), QStringLiteral("2025-03-04 16:40"));
    EXPECT_EQ(model.index(0, SymbolNewsModel::CapturedColumn).data(RawValueRole).toLongLong(), pso.capturedAtMsecs);
    EXPECT_EQ(model.index(0, SymbolNewsModel::HeadlineColumn).data().toString(), pso.headline);
    EXPECT_EQ(model.index(0, SymbolNewsModel::HeadlineColumn).data(Qt::ToolTipRole).toString(), pso.source);
    EXPECT_EQ(model.index(0, SymbolNewsModel::MentionsColumn).data().toInt(), 2);
    EXPECT_EQ(model.index(0, SymbolNewsModel::MentionsColumn).data(SymbolNewsModel::SnapshotIdRole).toLongLong(), 7);
    // No headline: the file's name.
    EXPECT_EQ(model.index(1, SymbolNewsModel::HeadlineColumn).data().toString(), QStringLiteral("untitled.txt"));
    EXPECT_EQ(model.index(1, SymbolNewsModel::HeadlineColumn).data(SymbolNewsModel::SnapshotIdRole).toLongLong(), 3);
    EXPECT_EQ(model.headerData(SymbolNewsModel::MentionsColumn, Qt::Horizontal).toString(), QStringLiteral("Mentions"));
    // The date is the story's (published_at), not the market time it was filed under: the header says so.
    EXPECT_EQ(model.headerData(SymbolNewsModel::CapturedColumn, Qt::Horizontal).toString(), QStringLiteral("Published"));

    model.setArticles(QStringLiteral("LUCK"), {});
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(SymbolNewsModel, AlignsAnUrduHeadlineRight)
{
    SymbolNewsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    SymbolArticle urdu;
    urdu.snapshotId = 9;
    urdu.headline = QStringLiteral("لکی سیمنٹ کے حصص میں اضافہ");
    SymbolArticle english;
    english.snapshotId = 10;
    english.headline = QStringLiteral("Lucky Cement climbs");
    model.setArticles(QStringLiteral("LUCK"), {urdu, english});
    ASSERT_EQ(model.rowCount(), 2);
    const QVariant right = model.index(0, SymbolNewsModel::HeadlineColumn).data(Qt::TextAlignmentRole);
    ASSERT_TRUE(right.isValid());
    EXPECT_EQ(right.value<Qt::Alignment>(), Qt::AlignRight | Qt::AlignAbsolute | Qt::AlignVCenter);
    // An English headline is left where the view puts it, as before.
    EXPECT_FALSE(model.index(1, SymbolNewsModel::HeadlineColumn).data(Qt::TextAlignmentRole).isValid());
}
