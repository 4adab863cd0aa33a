// The Alerts page's and the library search's models: QAbstractItemModelTester, display text, raw values.
#include "core/models/alerthistorymodel.h"
#include "core/models/alertrulesmodel.h"
#include "core/models/modelroles.h"
#include "core/models/searchresultsmodel.h"
#include "tests/support/testsupport.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QTimeZone>

using namespace md;
using namespace md::test;

namespace {

constexpr auto kFatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

AlertRule rule(const char *text, qint64 id)
{
    AlertRule r = *parseAlertRule(QString::fromLatin1(text)).rule;
    r.id = id;
    return r;
}

AlertHistoryRow fired(AlertRule::Kind kind, const char *name, std::optional<double> value, SnapshotId snapshot,
                      bool historical = false)
{
    AlertHistoryRow row;
    row.alert.kind = kind;
    row.alert.name = QString::fromLatin1(name);
    row.alert.rule = QStringLiteral("%1 rule").arg(row.alert.name);
    row.alert.value = value;
    row.alert.text = QStringLiteral("%1 fired").arg(row.alert.name);
    row.alert.snapshotId = snapshot;
    row.alert.firedAtMsecs = QDateTime(QDate(2026, 11, 26), QTime(5, 52), QTimeZone::utc()).toMSecsSinceEpoch();
    row.alert.historical = historical;
    if (snapshot) {
        LibraryEntry entry;
        entry.id = snapshot;
        entry.source = QStringLiteral("/home/me/pages/close-2024-12-10.txt");
        entry.capturedAt = Timestamp::fromIsoString(QStringLiteral("2024-12-10T16:12:00+05:00"));
        entry.capturedAtMsecs = 1733829120000;
        row.snapshot = entry;
    }
    return row;
}

} // namespace

TEST(AlertRulesModel, ListsRulesAsWrittenWithTheirIdsAndWhenTheyFire)
{
    AlertRulesModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    model.setRules({rule("luck ABOVE 1,000.50", 3), rule("keyword \"policy rate\"", 7)});
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(0).data().toString(), QStringLiteral("LUCK above 1000.5"));
    EXPECT_EQ(model.index(1).data(AlertRulesModel::RuleIdRole).toLongLong(), 7);
    EXPECT_EQ(model.index(0).data(Qt::ToolTipRole).toString(),
              QStringLiteral("Fires when LUCK's price or value is above 1000.5"));
    EXPECT_EQ(model.rowOf(7), 1);
    EXPECT_EQ(model.rowOf(99), -1);
    model.setRules({});
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(AlertHistoryModel, ShowsWhenRuleSymbolValueAndSnapshotWithRawValues)
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    AlertHistoryModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    model.setRows({fired(AlertRule::Kind::Above, "LUCK", 1012.5, 4),
                   fired(AlertRule::Kind::Move, "OGDC", 5.6, 4, true),
                   fired(AlertRule::Kind::Volume, "KEL", 61250000, 0),
                   fired(AlertRule::Kind::News, "PSO", std::nullopt, 4)});
    ASSERT_EQ(model.rowCount(), 4);
    ASSERT_EQ(model.columnCount(), AlertHistoryModel::ColumnCount);
    const auto cell = [&](int row, int column, int role = Qt::DisplayRole) { return model.index(row, column).data(role); };
    EXPECT_EQ(cell(0, AlertHistoryModel::ValueColumn).toString(), QStringLiteral("1,012.5"));
    EXPECT_EQ(cell(0, AlertHistoryModel::ValueColumn, RawValueRole).toDouble(), 1012.5);
    EXPECT_EQ(cell(1, AlertHistoryModel::ValueColumn).toString(), QStringLiteral("+5.60%"));
    EXPECT_EQ(cell(2, AlertHistoryModel::ValueColumn).toString(), QStringLiteral("61,250,000"));
    EXPECT_EQ(cell(3, AlertHistoryModel::ValueColumn).toString(), QString());
    EXPECT_EQ(cell(0, AlertHistoryModel::NameColumn).toString(), QStringLiteral("LUCK"));
    EXPECT_EQ(cell(0, AlertHistoryModel::RuleColumn).toString(), QStringLiteral("LUCK rule"));
    EXPECT_EQ(cell(0, AlertHistoryModel::SnapshotColumn).toString(),
              QStringLiteral("2024-12-10 16:12 \u00B7 close-2024-12-10.txt"));
    EXPECT_EQ(cell(0, AlertHistoryModel::FiredColumn, RawValueRole).toLongLong(), model.rows()[0].alert.firedAtMsecs);
    EXPECT_TRUE(cell(1, AlertHistoryModel::FiredColumn).toString().endsWith(QStringLiteral("(import)")));
    EXPECT_TRUE(cell(1, 0, AlertHistoryModel::HistoricalRole).toBool());
    EXPECT_EQ(cell(0, 3, AlertHistoryModel::SnapshotIdRole).toLongLong(), 4);
    // A removed snapshot: nothing to open.
    EXPECT_EQ(cell(2, 0, AlertHistoryModel::SnapshotIdRole).toLongLong(), 0);
    EXPECT_EQ(cell(2, AlertHistoryModel::SnapshotColumn).toString(), QStringLiteral("(removed from the library)"));
    QLocale::setDefault(QLocale::system());
}

TEST(SearchResultsModel, GivesEachHitsHeadlineTimeAndHighlightedSnippet)
{
    SearchResultsModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    SearchResults results;
    SearchHit hit;
    hit.snapshotId = 2;
    hit.source = QStringLiteral("/pages/a.txt");
    hit.headline = QStringLiteral("Good luck finding <power> bargains");
    hit.snippet = QStringLiteral("Good luck finding <power> bargains");
    hit.highlights = {{5, 4}, {19, 5}};
    hit.capturedAt = Timestamp::fromIsoString(QStringLiteral("2025-03-05T17:05:00+05:00"));
    results.hits = {hit};
    model.setResults(QStringLiteral("luck power"), results);
    ASSERT_EQ(model.rowCount(), 1);
    const QModelIndex first = model.index(0);
    EXPECT_EQ(first.data().toString(), hit.headline);
    EXPECT_EQ(first.data(SearchResultsModel::SnapshotIdRole).toLongLong(), 2);
    EXPECT_EQ(first.data(SearchResultsModel::SnippetHtmlRole).toString(),
              QStringLiteral("Good <b>luck</b> finding &lt;<b>power</b>&gt; bargains"));
    EXPECT_EQ(first.data(SearchResultsModel::CaptureTimeTextRole).toString(), QStringLiteral("2025-03-05 17:05"));
    EXPECT_EQ(model.queryText(), QStringLiteral("luck power"));
    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(SearchResultsModel, HighlightingIgnoresMatchesOutOfRangeOrOverlapping)
{
    EXPECT_EQ(highlightedHtml(QStringLiteral("a & b"), {{0, 1}, {0, 1}, {4, 9}}), QStringLiteral("<b>a</b> &amp; b"));
    EXPECT_EQ(highlightedHtml(QString(), {}), QString());
}
