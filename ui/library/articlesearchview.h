// The Library's article search: full-text search over headlines, text and comments, ranked, with snippets.
#pragma once

#include "core/library/librarytypes.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTimer;

namespace md {
class ArticleSearch;
class Library;
class SearchResultsModel;
}

namespace md::ui {

// Searches with ArticleSearch as the user types (after a pause) or presses Enter; results are best first,
// each with its headline, capture time and a snippet with the matches highlighted; double-click (or Enter)
// opens the snapshot. "Save Search" keeps the query (the saved ones are in the list beside the box);
// "Make Alert" turns it into a keyword rule. Without FTS5 the first search says, once, that it is slower.
class ArticleSearchView : public QWidget
{
    Q_OBJECT

public:
    // library is open on this thread and outlives the view.
    explicit ArticleSearchView(Library *library, QWidget *parent = nullptr);
    ~ArticleSearchView() override;

    // Puts query in the box and searches now.
    void search(const QString &query);
    // Searches for what is in the box now.
    void searchNow();
    QString queryText() const;
    // Keeps the query among the saved searches; returns false (and says why) when there is nothing to save.
    bool saveSearch();
    // Adds a keyword rule for the query (AlertStore::addKeywordRule()); false when it could not.
    bool makeAlert();
    // Reads the saved searches again (the library changed elsewhere).
    void reloadSavedSearches();

    SearchResultsModel *model() const { return m_model; }
    QListView *results() const { return m_results; }
    QLineEdit *searchBox() const { return m_query; }
    QComboBox *savedSearches() const { return m_saved; }
    // The line under the results: counts, the one-time notice, or the last problem.
    QString statusText() const;
    // The notice that search runs without the full-text index (once), empty otherwise.
    QString noticeText() const;

signals:
    void snapshotActivated(md::SnapshotId id);
    // A keyword rule was added ("Make Alert"): the Alerts page lists it.
    void alertRuleAdded();

private:
    void updateActions();

    Library *m_library;
    std::unique_ptr<ArticleSearch> m_search;  // one for the view's life: its notice is said once
    SearchResultsModel *m_model;
    QLineEdit *m_query;
    QComboBox *m_saved;
    QPushButton *m_saveButton;
    QPushButton *m_alertButton;
    QLabel *m_notice;
    QListView *m_results;
    QLabel *m_status;
    QTimer *m_delay;
};

} // namespace md::ui
