// The movers table: the current snapshot's quotes with an All / Gainers / Losers / Most Active / Watchlist
// switch, a symbol filter, a sector filter and stars.
#pragma once

#include "core/models/moversproxymodel.h"

#include <QWidget>

class QAbstractButton;
class QAction;
class QButtonGroup;
class QLabel;
class QLineEdit;
class QMenu;
class QTableView;
class QToolButton;

namespace md {
class QuotesModel;
class WatchedSymbols;
}

namespace md::ui {

class DirectionDelegate;

// Binds to a QuotesModel. Sorting and filtering happen in proxy(), whose rows in order are exactly the rows
// the user sees: an export of the visible rows reads proxy(). Volume, Prev Close and Sector show only when
// the snapshot has them; Most Active only when it has volumes. Stars go through the WatchedSymbols given
// (watchAction(), Ctrl+D, the context menu); without a library they are disabled and say why.
// Column widths, sort order and the switch are remembered (settings::moversHeader, moversDirection).
class MoversView : public QWidget
{
    Q_OBJECT
public:
    explicit MoversView(QWidget *parent = nullptr);
    ~MoversView() override;

    void setModel(QuotesModel *quotes);
    // The watchlist the stars read and change (null: none; it outlives the view).
    void setWatchlist(WatchedSymbols *watchlist);
    // Stars or unstars the selected symbols (all of them starred: unstars them).
    QAction *watchAction() const { return m_watchAction; }
    // Copy Selected Rows (Ctrl+C in the table, the Edit menu, the context menu).
    QAction *copyAction() const { return m_copyAction; }
    QAbstractButton *switchButton(MoversProxyModel::Direction direction) const;

    MoversProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }

    void setDirection(MoversProxyModel::Direction direction);
    MoversProxyModel::Direction direction() const { return m_proxy->direction(); }
    // Only this sector's quotes (a chip above the table clears it); nullopt shows every sector.
    void setSectorFilter(const std::optional<QString> &sector);

    // Selects the symbol's row and scrolls to it, first clearing a filter or switch that hides it.
    // False when the current snapshot has no such symbol.
    bool selectSymbol(const QString &symbol);
    // The proxy rows selected, in view order.
    QList<int> selectedRows() const;
    // The symbols of the selected rows, in view order.
    QStringList selectedSymbols() const;
    // Selected rows as tab-separated raw values, in view order (what Ctrl+C puts on the clipboard).
    QString selectedRowsText() const;
    void copySelectedRows() const;

    // Appended to the table's context menu (e.g. "Export visible rows…" from the export feature).
    void addContextMenuAction(QAction *action);

    void saveSettings() const;
    void restoreSettings();

    // What the empty table says when the open page has no quotes at all (what it lacks, and why).
    void setNoQuotesText(const QString &text);
    QString emptyText() const;

    // Columns the snapshot has but the pane is too narrow for, hidden by the rule of fitColumns().
    QList<int> columnsLeftOut() const { return m_leftOut; }
    // Sizes every column to its content (the symbol between a floor and a ceiling, eliding in the middle
    // beyond it), then, while they do not fit the table's width, hides the least useful column the snapshot
    // has: Prev Close first (it is Price − Change), then Sector (the Sectors tab has it), then Volume.
    // Symbol, Price, Change and % Change always stay. Runs on every new snapshot and resize.
    void fitColumns();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    // The user asked for the context menu; extra entries can still be added to it.
    void contextMenuAboutToShow(QMenu *menu);
    // A row was double-clicked: the user wants to see that symbol's history.
    void symbolDoubleClicked(const QString &symbol);

private:
    void updateCountLabel();
    void updateColumnsAndSwitch();
    void updateWatchAction();
    void toggleWatchedSelection();
    void showContextMenu(const QPoint &pos);
    void applyDefaultLayout();
    QString leftOutNames() const;

    MoversProxyModel *m_proxy;
    QTableView *m_table;
    QLineEdit *m_filter;
    QButtonGroup *m_switch;
    QLabel *m_count;
    QLabel *m_empty;
    DirectionDelegate *m_delegate;
    QAction *m_copyAction;
    QAction *m_watchAction;
    QToolButton *m_sectorChip;
    QuotesModel *m_quotes = nullptr;
    WatchedSymbols *m_watchlist = nullptr;
    QList<QAction *> m_extraActions;
    bool m_restored = false;
    bool m_restoring = false;
    bool m_fitting = false;
    bool m_fitPending = false;
    QList<int> m_leftOut;
    QString m_noQuotesText;
};

} // namespace md::ui
