// The Alerts page, the notifier and the Library's article search, driven with QTest: rules added in the
// documented grammar (a malformed one refused inline), removed; what fired listed and opened on
// double-click; notifications in the banner where there is no tray; search results opened, saved, made alerts.
#include "core/alerts/alertengine.h"
#include "core/alerts/alertstore.h"
#include "core/library/articlesearch.h"
#include "core/library/library.h"
#include "core/library/libraryrecorder.h"
#include "core/models/alerthistorymodel.h"
#include "core/models/alertrulesmodel.h"
#include "core/models/searchresultsmodel.h"
#include "core/models/snapshotcollection.h"
#include "tests/ui/uitestsupport.h"
#include "tests/ui/windowtestsupport.h"
#include "ui/alerts/alertnotifier.h"
#include "ui/alerts/alertspage.h"
#include "ui/library/articlesearchview.h"
#include "ui/library/importfolderdialog.h"
#include "ui/library/librarypage.h"
#include "ui/library/libraryview.h"
#include "ui/mainwindow.h"
#include "ui/messagebanner.h"
#include "ui/sessionreporter.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QTimeZone>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace md;
using namespace md::test;
using md::ui::AlertsPage;
using md::ui::MainWindow;

namespace {

void doubleClick(QAbstractItemView *view, const QModelIndex &index)
{
    const QPoint at = view->visualRect(index).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
}

class AlertsWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        clearSettings();
        ASSERT_TRUE(dir.isValid());
        ASSERT_TRUE(window.openLibrary(dir.filePath(QStringLiteral("library.sqlite"))).ok());
        window.reporter()->notifier()->setTrayAllowed(false);  // the banner, whatever the desktop
        window.resize(1200, 800);
    }
    void TearDown() override { clearSettings(); }

    QString copyOf(const char *name)
    {
        const QString target = dir.filePath(QString::fromLatin1(name));
        EXPECT_TRUE(QFile::copy(dataPath(QString::fromLatin1(name)), target));
        return target;
    }
    void openAndStore(const QStringList &paths)
    {
        openAndWait(window, paths);
        ASSERT_TRUE(QTest::qWaitFor([&] { return window.session()->recorder()->pendingCount() == 0; }, 10000));
        QTest::qWait(50);  // the stored report is delivered
    }
    AlertsPage *page() { return window.alertsPage(); }

    QTemporaryDir dir;
    MainWindow window;
};

} // namespace

TEST_F(AlertsWindowTest, TheAlertsPageIsATabAndAView)
{
    ASSERT_NE(page(), nullptr);
    EXPECT_EQ(window.pages()->count(), 4);  // Dashboard, Library, Alerts and Portfolio
    EXPECT_EQ(window.view(QStringLiteral("alerts")), page());
    EXPECT_TRUE(MainWindow::viewNames().contains(QStringLiteral("alerts")));
    window.show();
    window.showView(QStringLiteral("alerts"));
    EXPECT_EQ(window.pages()->currentWidget(), page());
}

TEST_F(AlertsWindowTest, ARuleWrittenInTheGrammarIsAddedAndAMalformedOneShowsTheParsersMessage)
{
    window.show();
    window.showView(QStringLiteral("alerts"));
    QTest::keyClicks(page()->ruleEdit(), QStringLiteral("luck ABOVE 1,000.50"));
    QTest::keyClick(page()->ruleEdit(), Qt::Key_Return);
    ASSERT_EQ(page()->rulesModel()->rowCount(), 1);
    EXPECT_EQ(page()->rulesModel()->index(0).data().toString(), QStringLiteral("LUCK above 1000.5"));
    EXPECT_TRUE(page()->ruleEdit()->text().isEmpty());

    QTest::keyClicks(page()->ruleEdit(), QStringLiteral("OGDC move 3"));
    QTest::keyClick(page()->ruleEdit(), Qt::Key_Return);
    EXPECT_EQ(page()->rulesModel()->rowCount(), 1);  // nothing added
    EXPECT_EQ(page()->feedbackText(), parseAlertRule(QStringLiteral("OGDC move 3")).error);
    EXPECT_TRUE(page()->feedbackText().contains(QStringLiteral("expected a percentage with %")));
    EXPECT_EQ(page()->ruleEdit()->text(), QStringLiteral("OGDC move 3"));  // kept, to be corrected

    // Removed from the list and from the library.
    page()->rulesView()->setCurrentIndex(page()->rulesModel()->index(0));
    page()->removeSelectedRule();
    EXPECT_EQ(page()->rulesModel()->rowCount(), 0);
    EXPECT_TRUE(AlertStore(*window.session()->library()).rules().isEmpty());
}

TEST_F(AlertsWindowTest, AnAlertFiredOnOpeningIsInTheBannerAndTheHistoryAndOpensItsSnapshot)
{
    ASSERT_TRUE(page()->addRule(QStringLiteral("OGDC above 200")));
    openAndStore({copyOf("psx-close-2024-12-10.txt")});
    // No tray here: the banner says it.
    EXPECT_FALSE(window.banner()->isHidden());
    EXPECT_TRUE(window.banner()->text().contains(QStringLiteral("Alert: OGDC above 200"))) << qPrintable(window.banner()->text());
    EXPECT_TRUE(window.banner()->text().contains(QStringLiteral("OGDC is at 224.96, above 200")));

    window.show();
    window.showView(QStringLiteral("alerts"));
    QTableView *history = page()->historyView();
    ASSERT_EQ(history->model()->rowCount(), 1);
    const QModelIndex row = history->model()->index(0, AlertHistoryModel::NameColumn);
    EXPECT_EQ(row.data().toString(), QStringLiteral("OGDC"));
    EXPECT_EQ(history->model()->index(0, AlertHistoryModel::ValueColumn).data(RawValueRole).toDouble(), 224.96);

    // Double-click: the snapshot opens in the dashboard (the library's path, reusing openFromLibrary()).
    window.session()->closeAll();
    QSignalSpy open(page(), &AlertsPage::openRequested);
    doubleClick(history, row);
    ASSERT_EQ(open.count(), 1);
    EXPECT_EQ(window.session()->collection()->count(), 1);
    EXPECT_EQ(window.pages()->currentWidget(), window.dashboard());

    // Opening the same page again notifies nothing new.
    window.banner()->hide();
    openAndStore({dir.filePath(QStringLiteral("psx-close-2024-12-10.txt"))});
    EXPECT_TRUE(window.banner()->isHidden());
}

TEST_F(AlertsWindowTest, AnImportListsWhatWouldHaveFiredWithoutNotifying)
{
    ASSERT_TRUE(page()->addRule(QStringLiteral("OGDC above 200")));
    ASSERT_TRUE(QDir(dir.path()).mkdir(QStringLiteral("old")));
    ASSERT_TRUE(QFile::copy(dataPath(QStringLiteral("psx-close-2024-12-10.txt")), dir.filePath(QStringLiteral("old/close.txt"))));
    QSignalSpy finished(window.libraryPage(), &ui::LibraryPage::importFinished);
    ui::ImportFolderDialog *dialog = window.libraryPage()->importFolder(dir.filePath(QStringLiteral("old")));
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(finished.wait(20000));
    const auto summary = finished.first().at(0).value<ImportSummary>();
    EXPECT_EQ(summary.alerts.size(), 1);
    EXPECT_EQ(window.statusBar()->currentMessage(),
              QStringLiteral("Imported 1 snapshot. 1 alert would have fired on these snapshots; the Alerts page lists them."));
    dialog->close();
    EXPECT_TRUE(window.banner()->isHidden());  // the past is not notified

    window.show();
    window.showView(QStringLiteral("alerts"));
    ASSERT_EQ(page()->historyModel()->rowCount(), 1);
    EXPECT_TRUE(page()->historyModel()->index(0, 0).data(AlertHistoryModel::HistoricalRole).toBool());
}

// Issue 21: the window marks an alert delivered only once its notifier has shown it; an alert recorded but never
// shown (a window killed in between) is shown when the next window starts, said to have fired earlier.
TEST_F(AlertsWindowTest, AnAlertIsMarkedDeliveredOnceShownAndOneLeftUnshownIsShownAtTheNextStart)
{
    ASSERT_TRUE(page()->addRule(QStringLiteral("OGDC above 200")));
    openAndStore({copyOf("psx-close-2024-12-10.txt")});
    ASSERT_FALSE(window.banner()->isHidden());
    AlertStore store(*window.session()->library());
    EXPECT_TRUE(store.undelivered().isEmpty()) << "shown in the banner, so delivered";
    ASSERT_EQ(store.history().size(), 1);
    EXPECT_TRUE(store.history().first().delivered);

    // What a window killed between recording and showing leaves: a live alert recorded, not delivered.
    ASSERT_TRUE(store.addRule(QStringLiteral("LUCK above 1000")).ok());
    const AddSnapshotResult pso = window.session()->library()->importFile(dataPath(QStringLiteral("alerts-pso-news.txt")));
    ASSERT_TRUE(pso.ok());
    AlertEngine engine(*window.session()->library());
    ASSERT_EQ(engine.evaluate(pso.id, EvaluationMode::Live).size(), 1);
    ASSERT_EQ(store.undelivered().size(), 1);

    window.banner()->hide();
    window.session()->deliverPendingAlerts();  // as the next start does
    ASSERT_FALSE(window.banner()->isHidden());
    EXPECT_EQ(window.banner()->text(), QStringLiteral("Alert: LUCK above 1000\n"
                                                      "LUCK is at 1012.5, above 1000 (fired earlier, not shown then)"));
    EXPECT_TRUE(store.undelivered().isEmpty());

    window.banner()->hide();
    window.session()->deliverPendingAlerts();
    EXPECT_TRUE(window.banner()->isHidden()) << "shown once";
}

TEST(AlertNotifier, SaysOneAlertByItsRuleAndSeveralByCountAndNeverTheHistoricalOnes)
{
    ui::MessageBanner banner;
    ui::AlertNotifier notifier(&banner);
    notifier.setTrayAllowed(false);
    EXPECT_FALSE(notifier.usesTray());
    FiredAlert old;
    old.rule = QStringLiteral("LUCK above 1000");
    old.text = QStringLiteral("LUCK is at 1012.5, above 1000");
    old.historical = true;
    notifier.notify({old});
    EXPECT_TRUE(banner.isHidden());

    FiredAlert a = old;
    a.historical = false;
    FiredAlert b;
    b.rule = QStringLiteral("keyword \"policy rate\"");
    b.text = QStringLiteral("A new article holds \"policy rate\"");
    b.subject = QStringLiteral("SBP holds the policy rate");
    notifier.notify({a, old, b});
    EXPECT_FALSE(banner.isHidden());
    EXPECT_EQ(banner.text(), QStringLiteral("MarketDesk: 2 alerts\nLUCK is at 1012.5, above 1000\n"
                                            "A new article holds \"policy rate\": SBP holds the policy rate"));
    QVector<FiredAlert> many(7, a);
    EXPECT_EQ(ui::AlertNotifier::linesFor(many).size(), 6);
    EXPECT_EQ(ui::AlertNotifier::linesFor(many).last(), QStringLiteral("\u2026 and 2 more"));
}

TEST_F(AlertsWindowTest, TheLibrarySearchFindsArticleTextRanksAndOpensSavesAndMakesAlerts)
{
    openAndStore({copyOf("psx-close-2024-12-10.txt"), copyOf("alerts-pso-news.txt")});
    window.show();
    window.showView(QStringLiteral("search"));
    ui::ArticleSearchView *search = window.libraryPage()->articleSearch();
    ASSERT_EQ(window.view(QStringLiteral("search")), search);
    QTest::keyClicks(search->searchBox(), QStringLiteral("exploration"));
    QTest::keyClick(search->searchBox(), Qt::Key_Return);
    ASSERT_GE(search->model()->rowCount(), 1) << qPrintable(search->statusText());
    const QModelIndex first = search->model()->index(0);
    EXPECT_TRUE(first.data(SearchResultsModel::SnippetHtmlRole).toString().contains(QStringLiteral("<b>exploration</b>"),
                                                                                      Qt::CaseInsensitive));
    EXPECT_TRUE(search->statusText().contains(QStringLiteral("match"))) << qPrintable(search->statusText());

    // Double-click opens it in the dashboard.
    window.session()->closeAll();
    doubleClick(search->results(), first);
    EXPECT_EQ(window.session()->collection()->count(), 1);

    // Saved, listed beside the box; made an alert.
    window.showView(QStringLiteral("search"));
    ASSERT_TRUE(search->saveSearch());
    EXPECT_EQ(search->savedSearches()->count(), 2);
    EXPECT_EQ(search->savedSearches()->itemText(1), QStringLiteral("exploration"));
    ASSERT_TRUE(search->makeAlert());
    const QVector<AlertRule> rules = AlertStore(*window.session()->library()).rules();
    ASSERT_EQ(rules.size(), 1);
    EXPECT_EQ(rules.first().text(), QStringLiteral("keyword \"exploration\""));
    window.showView(QStringLiteral("alerts"));
    EXPECT_EQ(page()->rulesModel()->rowCount(), 1);
}

TEST(ArticleSearchView, WithoutFullTextSearchSaysOnceThatSearchIsSlower)
{
    QTemporaryDir dir;
    Library library(dir.filePath(QStringLiteral("library.sqlite")));
    library.setFullTextSearchAllowed(false);
    ASSERT_TRUE(library.open().ok());
    ASSERT_TRUE(library.importFile(dataPath(QStringLiteral("psx-close-2024-12-10.txt"))).ok());
    ui::ArticleSearchView view(&library);
    view.show();
    view.search(QStringLiteral("exploration"));
    EXPECT_EQ(view.model()->rowCount(), 1);
    EXPECT_FALSE(view.model()->results().fullText);
    const QString notice = view.noticeText();
    EXPECT_FALSE(notice.isEmpty());
    EXPECT_TRUE(notice.contains(QStringLiteral("slower"))) << qPrintable(notice);
    // The second search does not say it again (the notice shown stays as it was said).
    view.search(QStringLiteral("KARACHI"));
    EXPECT_TRUE(view.model()->results().notice.isEmpty());
}

TEST_F(AlertsWindowTest, TheSnapshotListsSearchBoxHandsItsWordsToTheArticleSearch)
{
    openAndStore({copyOf("alerts-pso-news.txt")});
    window.show();
    window.showView(QStringLiteral("library"));
    ui::LibraryView *list = window.libraryPage()->list();
    list->setSearchText(QStringLiteral("circular debt"));
    QPushButton *inArticles = nullptr;
    for (QPushButton *b : list->findChildren<QPushButton *>()) {
        if (b->text() == QLatin1String("In Articles"))
            inArticles = b;
    }
    ASSERT_NE(inArticles, nullptr);
    QTest::mouseClick(inArticles, Qt::LeftButton);
    ui::ArticleSearchView *search = window.libraryPage()->articleSearch();
    EXPECT_EQ(window.libraryPage()->tabs()->currentWidget(), search);
    EXPECT_EQ(search->queryText(), QStringLiteral("circular debt"));
    EXPECT_EQ(search->model()->rowCount(), 1);
}

TEST_F(AlertsWindowTest, TheHistoryKeepsOneClockAndTheAppsNumbersAndFitsItsColumns)
{
    ASSERT_TRUE(page()->addRule(QStringLiteral("KSE100 above 110000")));
    ASSERT_TRUE(page()->addRule(QStringLiteral("OGDC above 200")));
    ASSERT_TRUE(QDir(dir.path()).mkdir(QStringLiteral("old")));
    ASSERT_TRUE(QFile::copy(dataPath(QStringLiteral("psx-close-2024-12-10.txt")), dir.filePath(QStringLiteral("old/close.txt"))));
    QSignalSpy finished(window.libraryPage(), &ui::LibraryPage::importFinished);
    ui::ImportFolderDialog *dialog = window.libraryPage()->importFolder(dir.filePath(QStringLiteral("old")));
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(finished.wait(20000));
    dialog->close();
    openAndStore({copyOf("brecorder-2025-01-29-cement.html")});

    window.resize(1280, 800);
    window.show();
    window.showView(QStringLiteral("alerts"));
    QTableView *history = page()->historyView();
    const QAbstractItemModel *model = history->model();
    ASSERT_GE(model->rowCount(), 3);
    const auto text = [&](int row, int column) { return model->index(row, column).data().toString(); };
    // The zone is named once, in the headers of both time columns.
    EXPECT_EQ(model->headerData(AlertHistoryModel::FiredColumn, Qt::Horizontal).toString(), QStringLiteral("Fired (PKT)"));
    EXPECT_EQ(model->headerData(AlertHistoryModel::SnapshotColumn, Qt::Horizontal).toString(), QStringLiteral("Snapshot (PKT)"));
    bool sawImport = false;
    bool sawLive = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        SCOPED_TRACE(text(row, AlertHistoryModel::AlertColumn).toStdString());
        const QString snapshotTime = text(row, AlertHistoryModel::SnapshotColumn).section(QStringLiteral(" \u00B7 "), 0, 0);
        if (model->index(row, 0).data(AlertHistoryModel::HistoricalRole).toBool()) {
            // An import's row: fired at its page's market time, the same clock as the snapshot beside it.
            EXPECT_EQ(text(row, AlertHistoryModel::FiredColumn), snapshotTime + QStringLiteral(" (import)"));
            sawImport = true;
        } else {
            // A live row: when it fired, on the exchange's clock (UTC+5), whatever the machine's zone.
            const qint64 firedAt = page()->historyModel()->rows().at(
                qobject_cast<const QSortFilterProxyModel *>(model)->mapToSource(model->index(row, 0)).row()).alert.firedAtMsecs;
            const QString expected = QDateTime::fromMSecsSinceEpoch(firedAt, QTimeZone(5 * 3600))
                                         .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
            EXPECT_EQ(text(row, AlertHistoryModel::FiredColumn), expected);
            sawLive = true;
        }
        // Numbers as the rest of the app writes them, in the alert as in the Value column.
        if (text(row, AlertHistoryModel::NameColumn) == QStringLiteral("KSE100")) {
            EXPECT_TRUE(text(row, AlertHistoryModel::AlertColumn).contains(text(row, AlertHistoryModel::ValueColumn)));
            EXPECT_TRUE(text(row, AlertHistoryModel::AlertColumn).contains(QStringLiteral("above 110,000")));
            EXPECT_TRUE(text(row, AlertHistoryModel::ValueColumn).contains(u','));
        }
    }
    EXPECT_TRUE(sawImport);
    EXPECT_TRUE(sawLive);
    // Every column at least as wide as its widest text, but the Snapshot and Alert columns where the whole
    // row would not fit: they elide in the middle, their tooltips whole, and never below 30 and 40 characters.
    QHeaderView *header = history->horizontalHeader();
    const int character = history->fontMetrics().averageCharWidth();
    for (int column = 0; column < AlertHistoryModel::ColumnCount; ++column) {
        EXPECT_GE(header->sectionSize(column), header->sectionSizeHint(column)) << column;
        const int content = static_cast<QAbstractItemView *>(history)->sizeHintForColumn(column);
        if (column == AlertHistoryModel::AlertColumn)
            EXPECT_GE(header->sectionSize(column), std::min(content, 40 * character));
        else if (column == AlertHistoryModel::SnapshotColumn)
            EXPECT_GE(header->sectionSize(column), std::min(content, 30 * character));
        else
            EXPECT_GE(header->sectionSize(column), content) << column;
    }
    EXPECT_EQ(history->textElideMode(), Qt::ElideMiddle);
    EXPECT_LE(header->sectionViewportPosition(AlertHistoryModel::SnapshotColumn) + header->sectionSize(AlertHistoryModel::SnapshotColumn),
              history->viewport()->width());
    for (int row = 0; row < model->rowCount(); ++row)
        EXPECT_EQ(model->index(row, AlertHistoryModel::AlertColumn).data(Qt::ToolTipRole).toString(),
                  text(row, AlertHistoryModel::AlertColumn));
}
