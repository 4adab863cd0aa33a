// The window's Portfolio page: holdings with totals, allocation by sector, the value chart against the KSE-100
// and the transactions, with add, edit, delete, undo, import and export.
#pragma once

#include "core/portfolio/portfoliooverview.h"
#include "core/portfolio/portfoliostore.h"

#include <QWidget>

#include <memory>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QLineSeries;
class QPushButton;
class QSplitter;
class QTableView;
class QToolButton;
class QUndoStack;
QT_END_NAMESPACE

namespace md {
class HoldingsModel;
class HoldingsProxyModel;
class Library;
class SectorAllocationModel;
class TransactionsModel;
}

namespace md::ui {

class HistoryChartView;
class RangePresetBar;

// Reads one portfolio of the library (readPortfolioOverview(), as of today on the exchange's clock) and shows
// it. Changes go through the library's PortfolioStore, the same calls as the command line's: add, edit and
// delete are commands on an undo stack (undoing a delete adds the transaction again); Import reads ours or
// Portfolio Performance's CSV all or nothing; Export writes what --transactions export writes. A refusal is
// shown in words under the buttons and changes nothing.
class PortfolioPage : public QWidget
{
    Q_OBJECT

public:
    // library is open and outlives the page.
    explicit PortfolioPage(Library *library, QWidget *parent = nullptr);
    ~PortfolioPage() override;

    // Reads the portfolios' names and the shown portfolio again.
    void reload();
    // New prices in the library: reload now if shown, else when next shown.
    void pricesChanged();
    QString portfolio() const;
    void setPortfolio(const QString &name);

    // Through the undo stack; false (with the reason shown) when the store refused it.
    bool addTransaction(const Transaction &t);
    bool editTransaction(const Transaction &t);  // t.id is the transaction replaced
    bool deleteTransaction(qint64 id);
    // The same calls as --transactions import and export.
    bool importFile(const QString &path);
    bool exportFile(const QString &path);

    QUndoStack *undoStack() const { return m_undo; }
    QTableView *holdingsView() const { return m_holdings; }
    QTableView *allocationView() const { return m_allocation; }
    QTableView *transactionsView() const { return m_transactions; }
    HistoryChartView *valueChart() const { return m_chart; }
    // The chart's lines: the portfolio's value beside the KSE-100 rebased to it, or (returns) the portfolio's
    // time-weighted return beside the KSE-100's change over the same days, both in % from the period's start.
    bool showsReturns() const;
    void setShowsReturns(bool returns);
    QLineSeries *portfolioLine() const { return m_valueLine; }
    QLineSeries *indexLine() const { return m_indexLine; }
    HoldingsModel *holdingsModel() const { return m_holdingsModel; }
    HoldingsProxyModel *holdingsProxy() const { return m_holdingsProxy; }
    TransactionsModel *transactionsModel() const { return m_transactionsModel; }
    const PortfolioOverview &overview() const { return m_overview; }
    // symbol's buys and sells in the portfolio shown, to mark on its candles.
    QVector<TradeMark> tradeMarks(const QString &symbol) const { return tradeMarksOf(m_overview.transactions, symbol); }
    // The line under the buttons: what was refused, or what was done.
    QString feedbackText() const;

signals:
    // A position was double-clicked (or Enter): show its candles.
    void symbolRequested(const QString &symbol);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    class StoreCommand;
    void showOverview();
    void showChart();
    void showFeedback(const QString &text, bool problem);
    void updateActions();
    void addInteractively();
    void editSelected();
    void deleteSelected();
    void importInteractively();
    void exportInteractively();
    qint64 selectedTransactionId() const;
    // The shared id of a transaction that a delete's undo stores again under a new one.
    std::shared_ptr<qint64> idRef(qint64 id);
    void renumber(const std::shared_ptr<qint64> &ref, qint64 newId);

    Library *m_library;
    PortfolioStore m_store;
    PortfolioOverview m_overview;
    QString m_portfolio;
    bool m_stale = true;
    QHash<qint64, std::shared_ptr<qint64>> m_ids;

    QComboBox *m_portfolioBox;
    QLabel *m_summary;
    QLabel *m_feedback;
    QPushButton *m_editButton;
    QPushButton *m_deleteButton;
    QUndoStack *m_undo;
    QSplitter *m_splitter;
    QTableView *m_holdings;
    QTableView *m_allocation;
    QTableView *m_transactions;
    HistoryChartView *m_chart;
    RangePresetBar *m_presets;
    QLabel *m_legend;
    QToolButton *m_valueButton;
    QToolButton *m_returnButton;
    QLineSeries *m_valueLine;
    QLineSeries *m_indexLine;
    HoldingsModel *m_holdingsModel;
    HoldingsProxyModel *m_holdingsProxy;
    SectorAllocationModel *m_allocationModel;
    TransactionsModel *m_transactionsModel;
};

} // namespace md::ui
