// The window's Alerts page: the rules (add in the documented grammar, remove) and the history of what fired.
#pragma once

#include "core/library/librarytypes.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace md {
class AlertHistoryModel;
class AlertRulesModel;
class Library;
class SnapshotSession;
}

namespace md::ui {

// Reads the session's library: its alert rules (AlertStore) and what they fired (readAlertHistory()). The
// history is read again when new alerts fire (AlertMonitor::historyChanged) and whenever the page is shown
// (an import records what would have fired). A rule is written as docs/alerts.md describes; a malformed one
// shows the parser's message under the line and nothing is added.
class AlertsPage : public QWidget
{
    Q_OBJECT

public:
    // session has its library open; both outlive the page.
    explicit AlertsPage(SnapshotSession *session, QWidget *parent = nullptr);

    // Stores the rule written (the line's text when empty): true when it was added or was already there.
    bool addRule(const QString &text = QString());
    // Removes the selected rule (its history stays).
    void removeSelectedRule();
    // Reads the rules and the history again.
    void reload();

    QLineEdit *ruleEdit() const { return m_ruleEdit; }
    QListView *rulesView() const { return m_rules; }
    QTableView *historyView() const { return m_history; }
    AlertRulesModel *rulesModel() const { return m_rulesModel; }
    AlertHistoryModel *historyModel() const { return m_historyModel; }
    // The line under the rule editor: the parser's message, or what was done.
    QString feedbackText() const;

signals:
    // A history row was double-clicked (or Enter): open its snapshot in the dashboard.
    void openRequested(md::SnapshotId id);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitHistoryColumns();
    void showFeedback(const QString &text, bool problem);
    void updateActions();

    Library *m_library;
    QLineEdit *m_ruleEdit;
    QPushButton *m_addButton;
    QLabel *m_feedback;
    QListView *m_rules;
    QPushButton *m_removeButton;
    QTableView *m_history;
    QLabel *m_historyStatus;
    AlertRulesModel *m_rulesModel;
    AlertHistoryModel *m_historyModel;
    QSortFilterProxyModel *m_historyProxy;
};

} // namespace md::ui
