// The list of shortcuts, walked from the menu bar and the window's other actions.
#include "ui/shortcutsdialog.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace md::ui {
namespace {

QString plainText(const QAction *action)
{
    QString text = action->text();
    text.replace(QLatin1String("&&"), QStringLiteral("\u0001"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\u0001"), QStringLiteral("&"));
    return text;
}

QString keysOf(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &key : action->shortcuts())
        keys.append(key.toString(QKeySequence::NativeText));
    return keys.join(QStringLiteral(", "));
}

void walkMenu(const QMenu *menu, const QString &path, QVector<ShortcutEntry> &out, QSet<const QAction *> &seen)
{
    for (const QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        if (const QMenu *sub = action->menu()) {
            walkMenu(sub, path + QStringLiteral(" \u25B8 ") + plainText(action), out, seen);
            continue;
        }
        if (seen.contains(action))
            continue;
        seen.insert(action);
        if (!action->shortcuts().isEmpty())
            out.append({path, plainText(action), keysOf(action)});
    }
}

// The view an action without a menu belongs to: the nearest named widget it was added to.
QString ownerName(const QAction *action)
{
    for (const QObject *o = action->parent(); o; o = o->parent()) {
        if (const auto *w = qobject_cast<const QWidget *>(o)) {
            if (!w->accessibleName().isEmpty())
                return w->accessibleName();
        }
    }
    const QList<QObject *> widgets = action->associatedObjects();
    for (const QObject *o : widgets) {
        if (const auto *w = qobject_cast<const QWidget *>(o); w && !w->accessibleName().isEmpty())
            return w->accessibleName();
    }
    return QCoreApplication::translate("md::ui::ShortcutsDialog", "In the views");
}

} // namespace

QVector<ShortcutEntry> windowShortcuts(const QWidget *window, const QMenuBar *menuBar)
{
    QVector<ShortcutEntry> out;
    QSet<const QAction *> seen;
    if (menuBar) {
        for (const QAction *top : menuBar->actions()) {
            if (const QMenu *menu = top->menu())
                walkMenu(menu, plainText(top), out, seen);
        }
    }
    // Actions of the views that no menu shows.
    QSet<QString> listed;
    for (const ShortcutEntry &e : std::as_const(out))
        listed.insert(e.command + QLatin1Char('\t') + e.keys);
    for (const QAction *action : window->findChildren<QAction *>()) {
        if (seen.contains(action) || action->shortcuts().isEmpty() || action->menu())
            continue;
        seen.insert(action);
        const ShortcutEntry entry{ownerName(action), plainText(action), keysOf(action)};
        if (listed.contains(entry.command + QLatin1Char('\t') + entry.keys))
            continue;  // the same command and keys, already listed from a menu
        listed.insert(entry.command + QLatin1Char('\t') + entry.keys);
        out.append(entry);
    }
    return out;
}

ShortcutsDialog::ShortcutsDialog(const QVector<ShortcutEntry> &entries, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(int(entries.size()), 3, this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_table->setHorizontalHeaderLabels({tr("Where"), tr("Command"), tr("Keys")});
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    for (int row = 0; row < entries.size(); ++row) {
        const ShortcutEntry &e = entries.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(e.where));
        m_table->setItem(row, 1, new QTableWidgetItem(e.command));
        m_table->setItem(row, 2, new QTableWidgetItem(e.keys));
    }
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(640, 560);
}

} // namespace md::ui
