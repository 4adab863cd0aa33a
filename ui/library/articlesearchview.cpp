// ArticleSearchView: a search box over ArticleSearch, saved searches, and a keyword alert from the query.
#include "ui/library/articlesearchview.h"

#include "core/alerts/alertstore.h"
#include "core/library/articlesearch.h"
#include "core/library/library.h"
#include "core/models/searchresultsmodel.h"
#include "core/wording.h"
#include "ui/library/searchresultdelegate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace md::ui {

ArticleSearchView::ArticleSearchView(Library *library, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
    , m_search(std::make_unique<ArticleSearch>(*library))
    , m_model(new SearchResultsModel(this))
    , m_query(new QLineEdit)
    , m_saved(new QComboBox)
    , m_saveButton(new QPushButton(tr("Save Search")))
    , m_alertButton(new QPushButton(tr("Make Alert")))
    , m_notice(new QLabel)
    , m_results(new QListView)
    , m_status(new QLabel)
    , m_delay(new QTimer(this))
{
    m_query->setPlaceholderText(tr("Search article text: words, \"a phrase\", cement* \u2014 headline, text and comments"));
    m_query->setClearButtonEnabled(true);
    m_query->setAccessibleName(tr("Search the articles in the library"));
    m_saved->setToolTip(tr("Saved searches"));
    m_saved->setAccessibleName(tr("Saved searches"));
    m_saved->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_saveButton->setToolTip(tr("Keep this search in the library"));
    m_alertButton->setToolTip(tr("Add a keyword alert for these words: a new article holding them is notified"));
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->hide();
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_delay->setSingleShot(true);
    m_delay->setInterval(300);

    m_results->setModel(m_model);
    m_results->setItemDelegate(new SearchResultDelegate(m_results));
    m_results->setUniformItemSizes(false);  // an Urdu result is taller (its Naskh lines)
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setAlternatingRowColors(true);
    m_results->setAccessibleName(tr("Search results, best first"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_query, 1);
    bar->addWidget(m_saved);
    bar->addWidget(m_saveButton);
    bar->addWidget(m_alertButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_notice);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_status);

    connect(m_query, &QLineEdit::textEdited, m_delay, qOverload<>(&QTimer::start));
    connect(m_query, &QLineEdit::returnPressed, this, &ArticleSearchView::searchNow);
    connect(m_query, &QLineEdit::textChanged, this, &ArticleSearchView::updateActions);
    connect(m_delay, &QTimer::timeout, this, &ArticleSearchView::searchNow);
    connect(m_saved, &QComboBox::activated, this, [this](int row) {
        if (row > 0)  // row 0 is the combo's title
            search(m_saved->itemText(row));
    });
    connect(m_saveButton, &QPushButton::clicked, this, &ArticleSearchView::saveSearch);
    connect(m_alertButton, &QPushButton::clicked, this, &ArticleSearchView::makeAlert);
    connect(m_results, &QListView::activated, this, [this](const QModelIndex &index) {
        emit snapshotActivated(index.data(SearchResultsModel::SnapshotIdRole).toLongLong());
    });
    reloadSavedSearches();
    updateActions();
    m_status->setText(tr("Type words to search every article in the library, best matches first."));
}

ArticleSearchView::~ArticleSearchView() = default;

void ArticleSearchView::search(const QString &query)
{
    m_query->setText(query);
    searchNow();
}

void ArticleSearchView::searchNow()
{
    m_delay->stop();
    const QString query = m_query->text().trimmed();
    if (ArticleSearch::fullTextQuery(query).isEmpty()) {
        m_model->clear();
        m_status->setText(query.isEmpty() ? tr("Type words to search every article in the library, best matches first.")
                                          : tr("Nothing to search for in \u201C%1\u201D").arg(query));
        return;
    }
    const SearchResults results = m_search->search(query);
    m_model->setResults(query, results);
    if (!results.notice.isEmpty()) {  // given once per ArticleSearch: without FTS5, search is slower
        m_notice->setText(tr("\u24D8 %1").arg(results.notice));
        m_notice->show();
    }
    if (!results.error.isEmpty()) {
        m_status->setText(tr("The search failed: %1").arg(results.error));
        return;
    }
    QString status = results.hits.isEmpty() ? tr("No article matches \u201C%1\u201D").arg(query)
        : results.hits.size() == 1          ? tr("1 article matches \u201C%1\u201D").arg(query)
                                            : tr("%1 articles match \u201C%2\u201D, best first").arg(results.hits.size()).arg(query);
    if (results.unindexed > 0)
        status += tr(" (%1 not indexed yet)").arg(countOf(results.unindexed, "article", "articles"));
    m_status->setText(status);
}

QString ArticleSearchView::queryText() const
{
    return m_query->text().trimmed();
}

bool ArticleSearchView::saveSearch()
{
    const QString query = queryText();
    if (ArticleSearch::fullTextQuery(query).isEmpty())
        return false;
    const std::optional<SavedSearch> saved = m_search->saveSearch(query);
    if (!saved) {
        m_status->setText(tr("The search could not be saved: %1").arg(m_search->lastError()));
        return false;
    }
    reloadSavedSearches();
    m_status->setText(tr("Saved the search \u201C%1\u201D").arg(saved->query));
    return true;
}

bool ArticleSearchView::makeAlert()
{
    const QString query = queryText();
    if (ArticleSearch::fullTextQuery(query).isEmpty())
        return false;
    const AddRuleResult added = AlertStore(*m_library).addKeywordRule(query);
    if (!added.ok()) {
        m_status->setText(tr("No alert was added: %1").arg(added.error));
        return false;
    }
    m_status->setText(added.alreadyThere ? tr("Already an alert: %1").arg(added.rule->text())
                                         : tr("Added the alert: %1").arg(added.rule->text()));
    emit alertRuleAdded();
    return true;
}

void ArticleSearchView::reloadSavedSearches()
{
    m_saved->clear();
    const QVector<SavedSearch> saved = m_search->savedSearches();
    m_saved->addItem(saved.isEmpty() ? tr("No saved searches") : tr("Saved searches (%1)").arg(saved.size()));
    for (const SavedSearch &s : saved)
        m_saved->addItem(s.query);
    m_saved->setEnabled(!saved.isEmpty());
}

QString ArticleSearchView::statusText() const
{
    return m_status->text();
}

QString ArticleSearchView::noticeText() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

void ArticleSearchView::updateActions()
{
    const bool searchable = !ArticleSearch::fullTextQuery(m_query->text()).isEmpty();
    m_saveButton->setEnabled(searchable);
    m_alertButton->setEnabled(searchable);
}

} // namespace md::ui
