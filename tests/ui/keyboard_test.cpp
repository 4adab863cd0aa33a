// The keyboard: a shortcut for every page and tab, unique mnemonics in every menu, Help ▸ Keyboard Shortcuts
// generated from the actions, standard shortcuts shown in the menus, sort arrows that point the way the
// values run.
#include "core/models/modelroles.h"
#include "core/models/quotesmodel.h"
#include "tests/ui/uitestsupport.h"
#include "tests/ui/windowtestsupport.h"
#include "ui/dashboardpage.h"
#include "ui/library/librarypage.h"
#include "ui/mainwindow.h"
#include "ui/moversview.h"
#include "ui/shortcutsdialog.h"
#include "ui/theme.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace md;
using namespace md::test;
using md::ui::MainWindow;

namespace {

// The letter after a single '&', lower-cased; a null QChar when there is none.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == u'&') {
            if (text.at(i + 1) == u'&') {
                ++i;
                continue;
            }
            return text.at(i + 1).toLower();
        }
    }
    return {};
}

void expectUniqueMnemonics(const QList<QAction *> &actions, const QString &where)
{
    QHash<QChar, QString> used;
    for (const QAction *action : actions) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        const QChar letter = mnemonic(action->text());
        if (!letter.isNull()) {
            EXPECT_FALSE(used.contains(letter)) << where.toStdString() << ": '" << QString(letter).toStdString()
                                                << "' of " << action->text().toStdString() << " and "
                                                << used.value(letter).toStdString();
            used.insert(letter, action->text());
        }
        if (const QMenu *sub = action->menu())
            expectUniqueMnemonics(sub->actions(), where + QStringLiteral(" > ") + action->text());
    }
}

struct LibraryWindow
{
    QTemporaryDir dir;
    MainWindow window;
    LibraryWindow()
    {
        clearSettings();
        EXPECT_TRUE(window.openLibrary(dir.filePath(QStringLiteral("library.sqlite"))).ok());
        window.resize(1280, 800);
        window.show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        EXPECT_TRUE(openSampleAndWait(window).isEmpty());
    }
};

} // namespace

TEST(Keyboard, EveryPageAndTabHasItsOwnShortcut)
{
    LibraryWindow w;
    QSet<QKeySequence> keys;
    for (const char *name : {"snapshots", "movers", "charts", "article", "sectors", "library", "history", "compare",
                             "symbol", "search", "alerts"}) {
        SCOPED_TRACE(name);
        auto *action = w.window.findChild<QAction *>(QStringLiteral("show-") + QLatin1String(name));
        ASSERT_NE(action, nullptr);
        ASSERT_FALSE(action->shortcut().isEmpty());
        EXPECT_FALSE(keys.contains(action->shortcut())) << action->shortcut().toString().toStdString();
        keys.insert(action->shortcut());
        // The key, pressed in the window, brings the view forward.
        w.window.showView(QStringLiteral("movers"));
        if (QLatin1String(name) == QLatin1String("movers"))
            w.window.showView(QStringLiteral("library"));
        QTest::keySequence(&w.window, action->shortcut());
        QWidget *view = w.window.view(QLatin1String(name));
        ASSERT_NE(view, nullptr);
        EXPECT_TRUE(view->isVisible());
    }
    EXPECT_TRUE(keys.contains(QKeySequence(Qt::CTRL | Qt::Key_T))) << "Sectors";
    EXPECT_TRUE(keys.contains(QKeySequence(Qt::CTRL | Qt::Key_K))) << "Search Articles";
}

TEST(Keyboard, MnemonicsAreUniqueInEveryMenu)
{
    LibraryWindow w;
    expectUniqueMnemonics(w.window.menuBar()->actions(), QStringLiteral("menu bar"));
    // The three that once shared &A.
    QStringList viewTexts;
    for (const QAction *a : w.window.menuBar()->actions().at(2)->menu()->actions())
        viewTexts.append(a->text());
    EXPECT_TRUE(viewTexts.contains(QStringLiteral("&Article")));
    EXPECT_TRUE(viewTexts.contains(QStringLiteral("Actual Si&ze")));
    EXPECT_TRUE(viewTexts.contains(QStringLiteral("A&ppearance")));
}

TEST(Keyboard, TheShortcutListIsMadeFromTheActions)
{
    LibraryWindow w;
    const QVector<ui::ShortcutEntry> entries = ui::windowShortcuts(&w.window, w.window.menuBar());
    // Every menu action with a key is listed, with that key.
    int menuActions = 0;
    std::function<void(const QMenu *)> walk = [&](const QMenu *menu) {
        for (const QAction *a : menu->actions()) {
            if (a->menu()) {
                walk(a->menu());
                continue;
            }
            if (a->shortcut().isEmpty())
                continue;
            ++menuActions;
            QString text = a->text();
            text.remove(u'&');
            const QString key = a->shortcut().toString(QKeySequence::NativeText);
            const bool listed = std::any_of(entries.begin(), entries.end(), [&](const ui::ShortcutEntry &e) {
                return e.command == text && e.keys.contains(key);
            });
            EXPECT_TRUE(listed) << text.toStdString() << " " << key.toStdString();
        }
    };
    for (const QAction *top : w.window.menuBar()->actions())
        walk(top->menu());
    EXPECT_GE(menuActions, 20);
    const auto find = [&](const QString &command) {
        for (const ui::ShortcutEntry &e : entries) {
            if (e.command == command)
                return e;
        }
        return ui::ShortcutEntry{};
    };
    EXPECT_EQ(find(QStringLiteral("Sectors")).keys, QKeySequence(Qt::CTRL | Qt::Key_T).toString(QKeySequence::NativeText));
    EXPECT_EQ(find(QStringLiteral("Search Articles")).keys, QKeySequence(Qt::CTRL | Qt::Key_K).toString(QKeySequence::NativeText));
    EXPECT_EQ(find(QStringLiteral("Search Articles")).where, QStringLiteral("View"));
    EXPECT_EQ(find(QStringLiteral("Copy Selected Rows")).where, QStringLiteral("Edit"));
    EXPECT_FALSE(find(QStringLiteral("Filter Symbols")).keys.isEmpty());
    // The dialog lists them, and Help ▸ Keyboard Shortcuts opens it (F1).
    ui::ShortcutsDialog dialog(entries);
    EXPECT_EQ(dialog.table()->rowCount(), entries.size());
    auto *help = w.window.findChild<QAction *>(QStringLiteral("keyboardShortcuts"));
    ASSERT_NE(help, nullptr);
    EXPECT_EQ(help->shortcut(), QKeySequence(QKeySequence::HelpContents));
}

TEST(Keyboard, CopySelectedRowsShowsCtrlCInTheEditMenuAndCopies)
{
    LibraryWindow w;
    const QMenu *edit = w.window.menuBar()->actions().at(1)->menu();
    QAction *copy = nullptr;
    for (QAction *a : edit->actions()) {
        if (a->text() == QStringLiteral("&Copy Selected Rows"))
            copy = a;
    }
    ASSERT_NE(copy, nullptr);
    EXPECT_EQ(copy->shortcut(), QKeySequence(QKeySequence::Copy));
    w.window.showView(QStringLiteral("movers"));
    ui::MoversView *movers = w.window.dashboard()->movers();
    ASSERT_TRUE(movers->selectSymbol(movers->proxy()->index(0, 0).data(RawValueRole).toString()));
    movers->table()->setFocus();
    QApplication::clipboard()->clear();
    QTest::keySequence(movers->table(), QKeySequence::Copy);
    EXPECT_EQ(QApplication::clipboard()->text(), movers->selectedRowsText());
    EXPECT_FALSE(QApplication::clipboard()->text().isEmpty());
}

TEST(Keyboard, SortArrowsPointTheWayTheValuesRun)
{
    ui::applyTheme(ui::ThemeMode::Light);
    QStandardItemModel model(3, 1);
    model.setHorizontalHeaderLabels({QStringLiteral("% Change")});
    QTableView table;
    table.setModel(&model);
    table.setSortingEnabled(true);
    table.resize(300, 200);
    table.horizontalHeader()->resizeSection(0, 200);
    table.show();
    // Rows of dark pixels in the arrow, top to bottom: ▼ is widest at its top, ▲ at its bottom.
    const auto arrowPointsDown = [&](Qt::SortOrder order) {
        table.sortByColumn(0, order);
        QCoreApplication::processEvents();
        const QImage header = table.horizontalHeader()->grab().toImage();
        QVector<int> widths;
        for (int y = 0; y < header.height(); ++y) {
            int dark = 0;
            for (int x = 150; x < 200 && x < header.width(); ++x) {
                if (QColor(header.pixel(x, y)).lightnessF() < 0.5)
                    ++dark;
            }
            if (dark > 0)
                widths.append(dark);
        }
        EXPECT_GE(widths.size(), 3) << "an arrow is drawn";
        return widths.size() >= 3 && widths.first() > widths.last();
    };
    EXPECT_TRUE(arrowPointsDown(Qt::DescendingOrder)) << "largest first: ▼";
    EXPECT_FALSE(arrowPointsDown(Qt::AscendingOrder)) << "smallest first: ▲";
    ui::applyTheme(ui::ThemeMode::System);
}
