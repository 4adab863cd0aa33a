// The article reader: headline, dateline, time and author, the body typeset for reading, related stories
// apart, and the reader comments below. Page text is shown as text, never interpreted as markup.
#pragma once

#include "core/alerts/mentionmatcher.h"
#include "core/snapshot.h"

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QTextBrowser;
class QTextCursor;
class QTextDocument;
class QToolButton;

namespace md::ui {

// Nothing is ever loaded from the network: the document is built from the snapshot's values with a
// text cursor (no HTML parsing of page text), and resource requests are refused. A link opens in the
// system browser only when it is http or https and the user clicks it.
class ArticleReader : public QWidget
{
    Q_OBJECT
public:
    explicit ArticleReader(QWidget *parent = nullptr);
    ~ArticleReader() override;

    // emptyText: what to say when the article and comments are empty (what the page lacks, and why).
    void setContent(const Article &article, const QVector<Comment> &comments, const QString &emptyText = {});
    void clear();

    QTextBrowser *browser() const { return m_browser; }
    QTextDocument *document() const;
    // The document as plain text (what copy and find see).
    QString plainText() const;

    // Comfortable measure: the body never runs wider than this many average characters.
    static constexpr int kMeasureChars = 70;

    QAction *zoomInAction() const { return m_zoomIn; }
    QAction *zoomOutAction() const { return m_zoomOut; }
    QAction *zoomResetAction() const { return m_zoomReset; }
    QAction *findAction() const { return m_find; }
    int zoomSteps() const { return m_zoomSteps; }

    // Finds text from the cursor (wrapping around) and highlights every match; false when none.
    bool find(const QString &text, bool backward = false);
    bool isFindBarVisible() const;

    // Marks every match of matcher in the article (headline, standfirst, text, comments), as news by symbol
    // asks, and brings the first into view. Kept through zoom; the next setContent() or clear() drops it.
    void setHighlights(const MentionMatcher &matcher);
    // The marked matches, in document order: their text and position in plainText().
    QStringList highlightedTexts() const;
    int highlightCount() const { return int(m_highlightRanges.size()); }

public slots:
    void zoomIn();
    void zoomOut();
    void resetZoom();
    void showFindBar();
    void hideFindBar();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuildDocument();
    void applyZoom();
    void moveCaretToStart();
    void updateMeasure();
    // A data table of the article ("Top Volumes") as a real table: its title, a header row, the cells.
    void insertTable(QTextCursor &cursor, const ArticleBlock &block, const QFont &base, qreal em);
    void highlightMatches(const QString &text);
    void applyHighlights();

    Article m_article;
    QVector<Comment> m_comments;
    bool m_hasContent = false;
    QString m_emptyText;
    MentionMatcher m_highlights;
    QVector<TextMatch> m_highlightRanges;  // document positions of the marked matches
    QTextBrowser *m_browser;
    QWidget *m_findBar;
    QLineEdit *m_findEdit;
    QLabel *m_findStatus;
    QAction *m_zoomIn;
    QAction *m_zoomOut;
    QAction *m_zoomReset;
    QAction *m_find;
    int m_zoomSteps = 0;
    qreal m_basePointSize = 12.0;
};

} // namespace md::ui
