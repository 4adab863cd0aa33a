// The --dump-json shape: keys in the documented order, numbers as numbers, nulls for missing parts.
#include "core/snapshotjson.h"
#include "testdata.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace md;

namespace {

Snapshot sample()
{
    Snapshot s;
    s.source = QStringLiteral("a \"quoted\" name.txt");
    s.encoding = QStringLiteral("UTF-8");
    s.quotes = {{QStringLiteral("AIRLINK"), 189.64, -7.01, -3.56}};
    s.indices = {{QStringLiteral("KSE100"), 113247, 609, 0.54}};
    s.article.dateline = QStringLiteral("BEIRUT");
    s.article.publishedAt = Timestamp::fromDate(QDate(2024, 12, 6));
    s.marketAsOf = Timestamp::fromWallClock(QDate(2024, 12, 6), QTime(17, 53));
    s.marketAsOfSource = MarketTimeSource::FileModified;
    s.article.summary = {QStringLiteral("Index hits a high before profit-taking")};
    ArticleBlock table;
    table.kind = ArticleBlock::Kind::Table;
    table.text = QStringLiteral("Top Volumes");
    table.header = QStringList{QStringLiteral("SCRIP"), QStringLiteral("PRICE")};
    table.rows = {QStringList{QStringLiteral("MLCF"), QStringLiteral("42.14")}};
    s.article.blocks = {{ArticleBlock::Kind::Paragraph, QStringLiteral("BEIRUT: Text\twith tab."), {}, {}},
                        {ArticleBlock::Kind::Subheading, QStringLiteral("Fear"), {}, {}},
                        table,
                        listBlock({QStringLiteral("Cement"), QStringLiteral("Banks")}, true, 3)};
    s.article.related = {QStringLiteral("A related story")};
    s.comments = {{QStringLiteral("Az_Iz"), Timestamp::fromWallClock(QDate(2024, 12, 6), QTime(17, 53)),
                   QStringLiteral("Line one\nLine two"), 0}};
    return s;
}

} // namespace

TEST(SnapshotJson, WritesDocumentedShapeInOrder)
{
    const QByteArray json = snapshotToJson(sample(), 0);
    EXPECT_EQ(json,
              QByteArray(R"({"source":"a \"quoted\" name.txt","format":"text","kind":"news","encoding":"UTF-8","captured_at":null,)"
                         R"("market_as_of":"2024-12-06T17:53:00","market_as_of_source":"file","session_date":null,)"
                         R"("quotes":[{"symbol":"AIRLINK","price":189.64,"change":-7.01,"change_percent":-3.56,)"
                         R"("open":null,"high":null,"low":null,"previous_close":null,"volume":null,"sector":null,)"
                         R"("sector_code":null,"company":null,"listed_in":null,"session_date":null}],)"
                         R"("indices":[{"name":"KSE100","value":113247,"change":609,"change_percent":0.54}],)"
                         R"("article":{"headline":null,"dateline":"BEIRUT","published_at":"2024-12-06","updated_at":null,"author":null,)"
                         R"("summary":["Index hits a high before profit-taking"],)"
                         R"("blocks":[{"kind":"paragraph","text":"BEIRUT: Text\twith tab."},{"kind":"subheading","text":"Fear"},)"
                         R"({"kind":"table","title":"Top Volumes","header":["SCRIP","PRICE"],"rows":[["MLCF","42.14"]]},)"
                         R"({"kind":"list","ordered":true,"start":3,"items":["Cement","Banks"]}],)"
                         R"("related":["A related story"]},)"
                         R"("comments":[{"author":"Az_Iz","posted_at":"2024-12-06T17:53:00","text":"Line one\nLine two","recommended":0}],)"
                         R"("warnings":[]})"));
}

TEST(SnapshotJson, ArrayOfSnapshotsIsValidJsonAndRoundTrips)
{
    const QByteArray json = snapshotsToJson({sample(), Snapshot{}});
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    ASSERT_TRUE(doc.isArray());
    ASSERT_EQ(doc.array().size(), 2);
    const auto back = snapshotFromJson(doc.array().at(0).toObject());
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(*back, sample());
    EXPECT_TRUE(doc.array().at(1).toObject().value(QStringLiteral("article")).isNull());
}

TEST(SnapshotJson, EscapesControlCharactersAndLoneSurrogates)
{
    Snapshot s;
    s.source = QStringLiteral("x");
    s.warnings = {QString(QChar(0x01)) + QChar(0xD800) + QStringLiteral("\u20ac")};
    const QByteArray json = snapshotToJson(s, 0);
    EXPECT_TRUE(json.contains(R"("warnings":["\u0001\ud800€"])")) << json.constData();
}

TEST(SnapshotJson, ExchangeQuoteFieldsFollowChangePercentAndRoundTrip)
{
    Snapshot s;
    s.source = QStringLiteral("closing.lis");
    s.kind = SnapshotKind::ClosingRates;
    s.sessionDate = QDate(2021, 12, 31);
    Quote q{QStringLiteral("OGDC"), 86.2, 1.26, 1.48};
    q.open = 84.2;
    q.high = 87.3;
    q.low = 84.15;
    q.previousClose = 84.94;
    q.volume = 3368560;
    q.sector = QStringLiteral("OIL & GAS EXPLORATION COMPANIES");
    q.sectorCode = QStringLiteral("0820");
    q.company = QStringLiteral("Oil & Gas Dev.");
    s.quotes = {q};
    const QByteArray json = snapshotToJson(s, 0);
    EXPECT_TRUE(json.contains(R"("kind":"closing-rates")")) << json.constData();
    EXPECT_TRUE(json.contains(R"("session_date":"2021-12-31","quotes")")) << json.constData();
    EXPECT_TRUE(json.contains(R"("change_percent":1.48,"open":84.2,"high":87.3,"low":84.15,"previous_close":84.94,)"
                              R"("volume":3368560,"sector":"OIL & GAS EXPLORATION COMPANIES","sector_code":"0820",)"
                              R"("company":"Oil & Gas Dev.","listed_in":null,)"
                              R"("session_date":null})"))
        << json.constData();
    const auto back = snapshotFromJson(QJsonDocument::fromJson(json).object());
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(*back, s);
}

// A bulleted list gives no start; read back, it is the same list.
TEST(SnapshotJson, ABulletedListHasItsItemsAndNoStart)
{
    Snapshot s;
    s.source = QStringLiteral("list.html");
    s.article.headline = QStringLiteral("What the budget changes");
    s.article.blocks = {listBlock({QStringLiteral("Sales tax on milk"), QStringLiteral("Duty on solar panels")}, false)};
    const QByteArray json = snapshotToJson(s, 0);
    EXPECT_TRUE(json.contains(R"("blocks":[{"kind":"list","ordered":false,"items":["Sales tax on milk","Duty on solar panels"]}])"))
        << json.constData();
    const auto back = snapshotFromJson(QJsonDocument::fromJson(json).object());
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(*back, s);
    ASSERT_EQ(back->article.blocks.size(), 1);
    EXPECT_EQ(back->article.blocks[0].items().size(), 2);
}
