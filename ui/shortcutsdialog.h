// Help ▸ Keyboard Shortcuts: every shortcut of the window, read from its actions (never a hand-kept list).
#pragma once

#include <QDialog>
#include <QVector>

class QMenuBar;
class QTableWidget;

namespace md::ui {

struct ShortcutEntry
{
    QString where;    // the menu path ("View ▸ Ticker"), or the view an action belongs to
    QString command;  // the action's text, without its mnemonic marker
    QString keys;     // every key sequence of the action, as the platform writes them
};

// The window's actions that have a shortcut: first those of the menus, in menu order, then those that
// only live on a view (the movers' filter, ...), each once.
QVector<ShortcutEntry> windowShortcuts(const QWidget *window, const QMenuBar *menuBar);

class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    ShortcutsDialog(const QVector<ShortcutEntry> &entries, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

} // namespace md::ui
