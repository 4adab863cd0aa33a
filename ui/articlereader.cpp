// Article reader: a QTextBrowser whose document is built from values, offline, with zoom and find.
#include "ui/articlereader.h"

#include "core/models/displayformat.h"
#include "core/models/textdirection.h"
#include "ui/theme.h"
#include "ui/urdufonts.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <vector>

namespace md::ui {
namespace {

// A text browser that never fetches anything: every resource request (images, style sheets, any URL)
// is refused, whatever its scheme.
class OfflineTextBrowser : public QTextBrowser
{
public:
    using QTextBrowser::QTextBrowser;

    QVariant loadResource(int type, const QUrl &name) override
    {
        Q_UNUSED(type);
        Q_UNUSED(name);
        return {};
    }
};

constexpr int kMinZoomSteps = -5;
constexpr int kMaxZoomSteps = 10;

// Page text as one line: line breaks and other control characters become spaces.
QString oneLine(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            c = u' ';
    }
    return out;
}

QTextCharFormat textFormat(const QFont &base, qreal scale, bool bold, const QColor &colour = {})
{
    QTextCharFormat f;
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * scale);
    font.setBold(bold);
    f.setFont(font, QTextCharFormat::FontPropertiesAll);
    if (colour.isValid())
        f.setForeground(colour);
    return f;
}

QTextBlockFormat blockFormat(qreal topPx, qreal bottomPx, int lineHeightPercent)
{
    QTextBlockFormat f;
    f.setTopMargin(topPx);
    f.setBottomMargin(bottomPx);
    f.setLineHeight(lineHeightPercent, QTextBlockFormat::ProportionalHeight);
    return f;
}

// Urdu type (urdufonts.h: a Naskh face). Arabic-script letters are small for their point size: a little larger
// than the Latin reading face.
constexpr qreal kUrduScale = 1.1;
// The Naskh face's own line (its ascent and descent, about 1.7 em in Noto Naskh Arabic) already leaves room for
// the marks above and below its letters; the Latin face's extra leading on top of it would double-space the
// story, and anything below the font's own line height would clip them.
constexpr int kUrduLineHeightPercent = 100;

// The direction a story is written in: right to left when most of the letters of its headline, standfirst and
// text are (Urdu); the comments follow their own text.
Qt::LayoutDirection storyDirection(const Article &article)
{
    QString letters = article.headline;
    for (const QString &line : article.summary)
        letters += line;
    for (const ArticleBlock &block : article.blocks)
        letters += block.text;
    return textDirectionOf(letters);
}

// A date and time as the story's own language writes them: an Urdu story's in Urdu ("22 دسمبر 2023, 16:12"), so
// that the meta line reads in one direction; any other as the rest of the window.
QString storyTimestamp(const Timestamp &time, Qt::LayoutDirection direction)
{
    return formatTimestamp(time, direction == Qt::RightToLeft ? QLocale(QLocale::Urdu, QLocale::Pakistan) : QLocale());
}

// A block of page text laid out in the direction of its own letters (fallback: its story's, for a line of
// figures), by Qt's bidirectional algorithm: an Urdu line right to left, on the right, in an Urdu face, the
// figures and Latin words inside it in their own order; an English line left to right as ever.
struct DirectedText
{
    QTextBlockFormat block;
    QTextCharFormat chars;
};

QTextCharFormat inUrduFaces(QTextCharFormat format, bool urduFirst)
{
    QFont font = format.font();
    if (urduFirst) {
        font = withUrduFamilies(font);
        font.setPointSizeF(font.pointSizeF() * kUrduScale);
    } else {
        // A Latin line with an Urdu word in it: the Urdu faces after the Latin ones, for those letters only.
        font = withUrduFallback(font);
    }
    format.setFont(font, QTextCharFormat::FontPropertiesAll);
    return format;
}

DirectedText laidOut(QTextBlockFormat block, QTextCharFormat chars, Qt::LayoutDirection direction, bool hasUrdu)
{
    block.setLayoutDirection(direction);
    if (direction == Qt::RightToLeft) {
        block.setAlignment(Qt::AlignRight | Qt::AlignAbsolute);
        block.setLineHeight(kUrduLineHeightPercent, QTextBlockFormat::ProportionalHeight);
        chars = inUrduFaces(chars, true);
    } else if (hasUrdu) {
        chars = inUrduFaces(chars, false);
    }
    return {block, chars};
}

DirectedText directed(const QTextBlockFormat &block, const QTextCharFormat &chars, const QString &text,
                      Qt::LayoutDirection fallback)
{
    return laidOut(block, chars, textDirectionOf(text, fallback), hasRightToLeftLetters(text));
}

// A line of the window's own words ("RELATED STORIES", "Comments (3)"): left to right, on the side the story
// (or comment) starts from.
QTextBlockFormat label(QTextBlockFormat block, Qt::LayoutDirection side)
{
    block.setLayoutDirection(Qt::LeftToRight);
    if (side == Qt::RightToLeft)
        block.setAlignment(Qt::AlignRight | Qt::AlignAbsolute);
    return block;
}

} // namespace

ArticleReader::ArticleReader(QWidget *parent)
    : QWidget(parent)
    , m_browser(new OfflineTextBrowser(this))
    , m_findBar(new QWidget(this))
    , m_findEdit(new QLineEdit(m_findBar))
    , m_findStatus(new QLabel(m_findBar))
    , m_zoomIn(new QAction(tr("Zoom I&n"), this))
    , m_zoomOut(new QAction(tr("Zoom O&ut"), this))
    , m_zoomReset(new QAction(tr("Actual Si&ze"), this))
    , m_find(new QAction(tr("&Find in Article\u2026"), this))
{
    setObjectName(QStringLiteral("articleReader"));
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    m_browser->setFrameShape(QFrame::NoFrame);
    m_browser->setAccessibleName(tr("Article"));
    // A reading view: no text caret. The mouse selects, the keys scroll (arrows, Page Up/Down, Space),
    // Tab moves between links, Ctrl+A and Ctrl+C select and copy. Keyboard selection would need a
    // blinking caret in the text, which a reader does not want while reading.
    m_browser->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse
                                       | Qt::LinksAccessibleByKeyboard);
    m_browser->setFocusPolicy(Qt::StrongFocus);
    m_browser->viewport()->installEventFilter(this);
    // The document is rebuilt when the browser's own palette changes (a theme switch): the reader hears of
    // the change before its child has the new colours, so rebuilding then would keep the old text colour.
    m_browser->installEventFilter(this);
    m_browser->document()->setUndoRedoEnabled(false);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [](const QUrl &url) {
        const QString scheme = url.scheme().toLower();
        if (url.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https")))
            QDesktopServices::openUrl(url);
    });

    // Reading type: a serif face a little larger than the interface's.
    QFont reading = font();
    reading.setFamilies({QStringLiteral("Georgia"), QStringLiteral("Charter"), QStringLiteral("Source Serif Pro"),
                         QStringLiteral("Noto Serif"), QStringLiteral("DejaVu Serif"), QStringLiteral("serif")});
    reading.setStyleHint(QFont::Serif);
    m_basePointSize = std::max<qreal>(12.0, font().pointSizeF() + 3.0);
    reading.setPointSizeF(m_basePointSize);
    m_browser->setFont(reading);

    // Ctrl+= besides the platform's zoom keys (Ctrl++ needs Shift on most keyboards); no key twice, or
    // the shortcut would be ambiguous and never fire.
    const auto keys = [](QKeySequence own, QKeySequence::StandardKey standard) {
        QList<QKeySequence> list{own};
        for (const QKeySequence &k : QKeySequence::keyBindings(standard)) {
            if (!list.contains(k))
                list.append(k);
        }
        return list;
    };
    m_zoomIn->setShortcuts(keys(QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence::ZoomIn));
    m_zoomOut->setShortcuts(keys(QKeySequence(Qt::CTRL | Qt::Key_Minus), QKeySequence::ZoomOut));
    m_zoomReset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_find->setShortcut(QKeySequence::Find);
    for (QAction *action : {m_zoomIn, m_zoomOut, m_zoomReset, m_find}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    connect(m_zoomIn, &QAction::triggered, this, &ArticleReader::zoomIn);
    connect(m_zoomOut, &QAction::triggered, this, &ArticleReader::zoomOut);
    connect(m_zoomReset, &QAction::triggered, this, &ArticleReader::resetZoom);
    connect(m_find, &QAction::triggered, this, &ArticleReader::showFindBar);

    // The find bar, below the text.
    auto *findLabel = new QLabel(tr("Find:"), m_findBar);
    m_findEdit->setClearButtonEnabled(true);
    m_findEdit->setAccessibleName(tr("Find in article"));
    m_findEdit->installEventFilter(this);
    findLabel->setBuddy(m_findEdit);
    auto *previous = new QToolButton(m_findBar);
    previous->setArrowType(Qt::UpArrow);
    previous->setToolTip(tr("Previous match (Shift+Enter)"));
    auto *next = new QToolButton(m_findBar);
    next->setArrowType(Qt::DownArrow);
    next->setToolTip(tr("Next match (Enter)"));
    auto *close = new QToolButton(m_findBar);
    close->setText(tr("Done"));
    close->setToolTip(tr("Close the find bar (Esc)"));
    m_findStatus->setForegroundRole(QPalette::PlaceholderText);
    connect(previous, &QToolButton::clicked, this, [this] { find(m_findEdit->text(), true); });
    connect(next, &QToolButton::clicked, this, [this] { find(m_findEdit->text(), false); });
    connect(close, &QToolButton::clicked, this, &ArticleReader::hideFindBar);
    connect(m_findEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        // Search as you type, from the start of the current match.
        QTextCursor c = m_browser->textCursor();
        c.setPosition(c.selectionStart());
        m_browser->setTextCursor(c);
        find(text, false);
    });
    auto *findLayout = new QHBoxLayout(m_findBar);
    findLayout->setContentsMargins(8, 4, 8, 4);
    findLayout->addWidget(findLabel);
    findLayout->addWidget(m_findEdit, 1);
    findLayout->addWidget(previous);
    findLayout->addWidget(next);
    findLayout->addWidget(m_findStatus);
    findLayout->addWidget(close);
    m_findBar->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_browser, 1);
    layout->addWidget(m_findBar);
    setFocusProxy(m_browser);

    rebuildDocument();
}

ArticleReader::~ArticleReader() = default;

QTextDocument *ArticleReader::document() const
{
    return m_browser->document();
}

QString ArticleReader::plainText() const
{
    return m_browser->toPlainText();
}

void ArticleReader::setContent(const Article &article, const QVector<Comment> &comments, const QString &emptyText)
{
    m_highlights = MentionMatcher();
    m_emptyText = emptyText;
    m_article = article;
    m_comments = comments;
    m_hasContent = true;
    rebuildDocument();
    m_browser->verticalScrollBar()->setValue(0);
}

void ArticleReader::moveCaretToStart()
{
    // Text inserted before the browser's own cursor pushed it to the end: bring it (and the view) back.
    m_browser->setTextCursor(QTextCursor(m_browser->document()));
    m_browser->verticalScrollBar()->setValue(0);
}

void ArticleReader::clear()
{
    m_highlights = MentionMatcher();
    m_article = Article();
    m_comments.clear();
    m_hasContent = false;
    rebuildDocument();
}

void ArticleReader::rebuildDocument()
{
    QTextDocument *doc = m_browser->document();
    const qreal scale = std::pow(1.1, m_zoomSteps);
    QFont base = m_browser->font();
    base.setPointSizeF(m_basePointSize * scale);
    doc->setDefaultFont(base);
    doc->clear();
    doc->setDocumentMargin(0);
    // The story's direction is the document's: an Urdu story reads right to left; a paragraph in another
    // language inside it keeps its own (below).
    const Qt::LayoutDirection story = m_hasContent ? storyDirection(m_article) : Qt::LeftToRight;
    QTextOption option = doc->defaultTextOption();
    option.setTextDirection(story);
    option.setAlignment(story == Qt::RightToLeft ? Qt::AlignRight | Qt::AlignAbsolute : Qt::AlignLeft);
    doc->setDefaultTextOption(option);
    QTextFrameFormat root = doc->rootFrame()->frameFormat();
    root.setLayoutDirection(story);
    doc->rootFrame()->setFrameFormat(root);

    const QPalette pal = m_browser->palette();
    const QColor text = pal.color(QPalette::Text);
    const QColor muted = mutedTextColor(pal);
    const qreal em = QFontMetricsF(base).height();

    QTextCursor c(doc);
    bool firstBlock = true;
    const auto startBlock = [&](const QTextBlockFormat &bf, const QTextCharFormat &cf) {
        if (firstBlock) {
            c.setBlockFormat(bf);
            c.setBlockCharFormat(cf);
            c.setCharFormat(cf);
            firstBlock = false;
        } else {
            c.insertBlock(bf, cf);
        }
    };
    // A block of page text, in its own direction and face; returns the character format its text takes.
    const auto startText = [&](const QTextBlockFormat &bf, const QTextCharFormat &cf, const QString &text,
                               Qt::LayoutDirection fallback) {
        const DirectedText d = directed(bf, cf, text, fallback);
        startBlock(d.block, d.chars);
        return d.chars;
    };

    const QTextCharFormat body = textFormat(base, 1.0, false, text);
    const QTextBlockFormat paragraph = blockFormat(0, em * 0.85, 150);
    // A list's items, one a line, indented, each after its bullet or number (from the list's start): the marks are
    // text, so a copy of the list keeps them ("1. …", "• …"). An item's wrapped lines hang under its first word,
    // not under its mark: the first line is drawn back by the mark's width into a margin as wide, on the side the
    // item starts (the right of an Urdu item).
    const auto insertList = [&](const ArticleBlock &list, const QTextBlockFormat &after, const QTextCharFormat &chars,
                                Qt::LayoutDirection fallback) {
        const QStringList items = list.items();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString item = oneLine(items[i]);
            QTextBlockFormat format = i + 1 == items.size() ? after : blockFormat(0, em * 0.3, 150);
            format.setIndent(1);
            const QString mark = (list.ordered ? QStringLiteral("%1.").arg(list.start + int(i)) : QStringLiteral("\u2022"))
                + QStringLiteral("\u00A0 ");
            DirectedText d = directed(format, chars, item, fallback);
            const qreal hang = QFontMetricsF(d.chars.font()).horizontalAdvance(mark);
            if (d.block.layoutDirection() == Qt::RightToLeft)
                d.block.setRightMargin(d.block.rightMargin() + hang);
            else
                d.block.setLeftMargin(d.block.leftMargin() + hang);
            d.block.setTextIndent(-hang);
            startBlock(d.block, d.chars);
            c.insertText(mark + item, d.chars);
        }
    };

    if (!m_hasContent || (m_article.isEmpty() && m_comments.isEmpty())) {
        startBlock(blockFormat(em * 2, 0, 150), textFormat(base, 1.0, false, muted));
        QString message = tr("Open a snapshot to read its article.");
        if (m_hasContent)
            message = m_emptyText.isEmpty() ? tr("No article text was found in this page.") : m_emptyText;
        const QStringList lines = message.split(QLatin1Char('\n'));
        c.insertText(lines.first());
        // The reason, smaller and below.
        for (qsizetype i = 1; i < lines.size(); ++i) {
            c.insertBlock(blockFormat(em * 0.6, 0, 140), textFormat(base, 0.85, false, muted));
            c.insertText(lines.at(i));
        }
        updateMeasure();
        moveCaretToStart();
        return;
    }

    if (!m_article.headline.isEmpty()) {
        const QString headline = oneLine(m_article.headline);
        c.insertText(headline, startText(blockFormat(0, em * 0.5, 120), textFormat(base, 1.75, true, text), headline, story));
    }

    // The standfirst: the lines under the headline that sum the story up, a size between headline and body.
    // Several lines are set as a bulleted list (hanging indent), as the paper sets them.
    QTextList *standfirst = nullptr;
    for (const QString &summaryLine : m_article.summary) {
        const QString line = oneLine(summaryLine);
        const QTextCharFormat format = startText(blockFormat(0, em * 0.35, 135), textFormat(base, 1.12, false, text), line, story);
        if (m_article.summary.size() > 1) {
            if (standfirst) {
                standfirst->add(c.block());
            } else {
                QTextListFormat list;
                list.setStyle(QTextListFormat::ListDisc);
                list.setIndent(1);
                standfirst = c.createList(list);
            }
        }
        c.insertText(line, format);
    }
    if (!m_article.summary.isEmpty()) {
        QTextBlockFormat last;
        last.setBottomMargin(em * 0.8);
        c.mergeBlockFormat(last);  // merge: setting the whole format would take the line out of its list
    }

    // An Urdu story's meta line is all in its direction: the date in Urdu, the credit as the page gives it
    // ("(مانیٹرنگ ڈیسک)"), without an English "By" that the bidirectional order would set apart from its name.
    QStringList meta;
    if (!m_article.dateline.isEmpty())
        meta.append(oneLine(m_article.dateline));
    if (m_article.publishedAt.isValid())
        meta.append(storyTimestamp(m_article.publishedAt, story));
    if (!m_article.author.isEmpty())
        meta.append(story == Qt::RightToLeft ? oneLine(m_article.author) : tr("By %1").arg(oneLine(m_article.author)));
    if (!meta.isEmpty()) {
        const QString line = meta.join(QStringLiteral("  \u00B7  "));
        c.insertText(line, startText(blockFormat(0, em * 1.3, 130), textFormat(base, 0.88, false, muted), line, story));
    }

    bool lead = true;
    for (const ArticleBlock &block : m_article.blocks) {
        if (block.kind == ArticleBlock::Kind::Table) {
            insertTable(c, block, base, em);
            firstBlock = false;
            continue;
        }
        if (block.kind == ArticleBlock::Kind::List) {
            insertList(block, paragraph, body, story);
            lead = false;
            continue;
        }
        const QString line = oneLine(block.text);
        if (block.kind == ArticleBlock::Kind::Subheading) {
            c.insertText(line, startText(blockFormat(em * 0.6, em * 0.35, 130), textFormat(base, 1.2, true, text), line, story));
            continue;
        }
        const QTextCharFormat lineFormat = startText(paragraph, body, line, story);
        // The lead paragraph's dateline ("KARACHI:") in bold, as the paper sets it.
        const QString prefix = m_article.dateline + QLatin1Char(':');
        if (lead && !m_article.dateline.isEmpty() && line.startsWith(prefix)) {
            QTextCharFormat bold = lineFormat;
            bold.setFontWeight(QFont::Bold);
            c.insertText(prefix, bold);
            c.insertText(line.mid(prefix.size()), lineFormat);
        } else {
            c.insertText(line, lineFormat);
        }
        lead = false;
    }

    if (!m_article.related.isEmpty()) {
        startBlock(label(blockFormat(em * 1.0, em * 0.4, 120), story), textFormat(base, 0.8, true, muted));
        c.insertText(tr("RELATED STORIES"));
        QTextListFormat list;
        list.setStyle(QTextListFormat::ListSquare);
        list.setIndent(1);
        QTextList *items = nullptr;
        for (const QString &related : m_article.related) {
            const QString line = oneLine(related);
            const QTextCharFormat format = startText(blockFormat(0, em * 0.3, 135), textFormat(base, 0.95, false, text), line, story);
            if (items)
                items->add(c.block());
            else
                items = c.createList(list);
            c.insertText(line, format);
        }
    }

    if (!m_comments.isEmpty()) {
        startBlock(label(blockFormat(em * 1.8, em * 0.6, 120), story), textFormat(base, 1.2, true, text));
        c.insertText(tr("Comments (%1)").arg(m_comments.size()));
        QTextFrameFormat card;
        card.setBackground(pal.color(QPalette::AlternateBase));
        card.setBorder(1);
        card.setBorderBrush(pal.color(QPalette::Midlight));
        card.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        card.setPadding(em * 0.6);
        card.setBottomMargin(em * 0.6);
        const QFont commentFont = [&] {
            QFont f = QApplication::font();
            f.setPointSizeF(std::max<qreal>(10.0, QApplication::font().pointSizeF() + 1.0) * scale);
            return f;
        }();
        for (const Comment &comment : m_comments) {
            // A comment reads in the direction of its own words (its author's name and text), as the story does.
            const Qt::LayoutDirection side = textDirectionOf(comment.author + comment.text, story);
            c.movePosition(QTextCursor::End);
            c.insertFrame(card);
            const QString author = comment.author.isEmpty() ? tr("Anonymous") : oneLine(comment.author);
            // Its header (author and time) on the comment's side, the time written in the comment's language.
            const bool urduHeader = side == Qt::RightToLeft || hasRightToLeftLetters(author);
            const DirectedText header
                = laidOut(blockFormat(0, em * 0.25, 120), textFormat(commentFont, 1.0, true, text), side, urduHeader);
            c.setBlockFormat(header.block);
            c.insertText(author, header.chars);
            if (comment.postedAt.isValid()) {
                c.insertText(QStringLiteral("  \u00B7  ") + storyTimestamp(comment.postedAt, side),
                             laidOut({}, textFormat(commentFont, 0.92, false, muted), side, urduHeader).chars);
            }
            for (const QString &commentLine : comment.text.split(QLatin1Char('\n'))) {
                const QString line = oneLine(commentLine);
                const DirectedText d = directed(blockFormat(0, em * 0.2, 140), textFormat(commentFont, 1.0, false, text), line, side);
                c.insertBlock(d.block, d.chars);
                c.insertText(line, d.chars);
            }
            if (comment.recommended > 0) {
                c.insertBlock(label(blockFormat(em * 0.15, 0, 120), side), textFormat(commentFont, 0.88, false, muted));
                c.insertText(comment.recommended == 1 ? tr("\u25B2 Recommended by 1 reader")
                                                      : tr("\u25B2 Recommended by %1 readers").arg(comment.recommended));
            }
        }
    }
    applyHighlights();
    updateMeasure();
    moveCaretToStart();
}

void ArticleReader::insertTable(QTextCursor &c, const ArticleBlock &block, const QFont &base, qreal em)
{
    const QPalette pal = m_browser->palette();
    const QColor text = pal.color(QPalette::Text);
    const Qt::LayoutDirection story = m_browser->document()->defaultTextOption().textDirection();
    if (!block.text.isEmpty()) {
        const QString title = oneLine(block.text);
        const DirectedText d = directed(blockFormat(em * 0.6, em * 0.3, 130), textFormat(base, 1.0, true, text), title, story);
        c.insertBlock(d.block, d.chars);
        c.insertText(title, d.chars);
    }
    int columns = int(block.header.size());
    for (const QStringList &row : block.rows)
        columns = std::max(columns, int(row.size()));
    if (columns == 0)
        return;
    const int headerRows = block.header.isEmpty() ? 0 : 1;
    QTextTableFormat format;
    format.setBorder(1);
    format.setBorderBrush(pal.color(QPalette::Mid));
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderCollapse(true);
    format.setCellPadding(em * 0.25);
    format.setCellSpacing(0);
    format.setHeaderRowCount(headerRows);
    format.setBottomMargin(em * 0.85);
    // Columns from left to right in any story, as every table of the window; an Urdu cell's words read right
    // to left within it.
    format.setLayoutDirection(Qt::LeftToRight);
    if (story == Qt::RightToLeft)
        format.setAlignment(Qt::AlignRight | Qt::AlignAbsolute);
    QTextTable *table = c.insertTable(int(block.rows.size()) + headerRows, columns, format);
    const QTextCharFormat headerFormat = textFormat(base, 0.9, true, text);
    const QTextCharFormat cellFormat = textFormat(base, 0.9, false, text);
    // Figures line up on the right, as in a newspaper's table; words stay on the left. A figure may carry a short
    // unit and its change in brackets ("61,400 t", "13.4 MB (-81%)", "Rs 5,350"); a column whose cells are nearly
    // all figures is a column of figures, its header and any odd cell (a dash, "n/a") lined up with them.
    static const QRegularExpression figure(QStringLiteral(
        R"(^(?:Rs\.?\s?|\$|PKR\s)?[-+\x{2212}]?[\d,]*\.?\d+%?(?:\s?[A-Za-z%]{1,4}\.?)?(?:\s\([-+\x{2212}]?[\d,]*\.?\d+%?\))?$)"));
    std::vector<bool> figureColumn(size_t(columns), false);
    for (int col = 0; col < columns; ++col) {
        int figures = 0, filled = 0;
        for (const QStringList &row : block.rows) {
            const QString value = col < row.size() ? oneLine(row[col]) : QString();
            // A dash or "n/a" in place of a figure counts for neither side.
            const bool placeholder = value.size() <= 4 && std::none_of(value.cbegin(), value.cend(), [](QChar ch) { return ch.isDigit(); });
            if (!placeholder) {
                ++filled;
                figures += figure.match(value).hasMatch();
            }
        }
        figureColumn[size_t(col)] = filled > 0 && figures * 5 >= filled * 4;
    }
    const auto fill = [&](int row, const QStringList &cells, const QTextCharFormat &format) {
        for (int col = 0; col < cells.size() && col < columns; ++col) {
            QTextCursor cell = table->cellAt(row, col).firstCursorPosition();
            const QString value = oneLine(cells[col]);
            QTextBlockFormat alignment;
            alignment.setAlignment(figureColumn[size_t(col)] || figure.match(value).hasMatch() ? Qt::AlignRight : Qt::AlignLeft);
            DirectedText d{alignment, format};
            if (hasRightToLeftLetters(value)) {
                d = directed(alignment, format, value, Qt::LeftToRight);
                d.block.setLineHeight(100, QTextBlockFormat::ProportionalHeight);
            }
            cell.setBlockFormat(d.block);
            cell.insertText(value, d.chars);
        }
    };
    if (headerRows)
        fill(0, block.header, headerFormat);
    for (int r = 0; r < block.rows.size(); ++r)
        fill(r + headerRows, block.rows[r], cellFormat);
    c.movePosition(QTextCursor::End);
}

void ArticleReader::updateMeasure()
{
    QTextDocument *doc = m_browser->document();
    const qreal measure = QFontMetricsF(doc->defaultFont()).averageCharWidth() * kMeasureChars;
    const qreal available = m_browser->viewport()->width();
    const qreal minSide = 24.0;
    const qreal side = std::max(minSide, std::floor((available - measure) / 2.0));
    QTextFrameFormat root = doc->rootFrame()->frameFormat();
    if (qFuzzyCompare(root.leftMargin(), side) && qFuzzyCompare(root.rightMargin(), side) && root.topMargin() > 0)
        return;
    root.setLeftMargin(side);
    root.setRightMargin(side);
    root.setTopMargin(28);
    root.setBottomMargin(40);
    doc->rootFrame()->setFrameFormat(root);
}

void ArticleReader::applyZoom()
{
    QScrollBar *bar = m_browser->verticalScrollBar();
    const double fraction = bar->maximum() > 0 ? double(bar->value()) / bar->maximum() : 0.0;
    rebuildDocument();
    bar->setValue(int(std::lround(fraction * bar->maximum())));
}

void ArticleReader::zoomIn()
{
    if (m_zoomSteps < kMaxZoomSteps) {
        ++m_zoomSteps;
        applyZoom();
    }
}

void ArticleReader::zoomOut()
{
    if (m_zoomSteps > kMinZoomSteps) {
        --m_zoomSteps;
        applyZoom();
    }
}

void ArticleReader::resetZoom()
{
    if (m_zoomSteps != 0) {
        m_zoomSteps = 0;
        applyZoom();
    }
}

void ArticleReader::showFindBar()
{
    m_findBar->show();
    m_findEdit->setFocus(Qt::ShortcutFocusReason);
    m_findEdit->selectAll();
    if (!m_findEdit->text().isEmpty())
        highlightMatches(m_findEdit->text());
}

void ArticleReader::hideFindBar()
{
    m_findBar->hide();
    m_browser->setExtraSelections({});
    m_browser->setFocus(Qt::OtherFocusReason);
}

bool ArticleReader::isFindBarVisible() const
{
    return m_findBar->isVisible();
}

bool ArticleReader::find(const QString &text, bool backward)
{
    highlightMatches(text);
    if (text.isEmpty()) {
        m_findStatus->clear();
        return false;
    }
    const QTextDocument::FindFlags flags = backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    bool found = m_browser->find(text, flags);
    if (!found) {
        // Wrap around.
        QTextCursor c = m_browser->textCursor();
        c.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
        m_browser->setTextCursor(c);
        found = m_browser->find(text, flags);
    }
    if (!found)
        m_findStatus->setText(tr("Not found"));
    return found;
}

void ArticleReader::highlightMatches(const QString &text)
{
    QList<QTextEdit::ExtraSelection> selections;
    if (!text.isEmpty()) {
        QColor mark = isDark(m_browser->palette()) ? QColor(0x8a, 0x6d, 0x1c) : QColor(0xff, 0xe5, 0x8f);
        QTextCursor c(m_browser->document());
        while (selections.size() < 1000) {
            c = m_browser->document()->find(text, c);
            if (c.isNull())
                break;
            QTextEdit::ExtraSelection s;
            s.cursor = c;
            s.format.setBackground(mark);
            selections.append(s);
        }
        m_findStatus->setText(selections.isEmpty() ? tr("Not found")
                                                   : (selections.size() == 1 ? tr("1 match")
                                                                             : tr("%1 matches").arg(selections.size())));
    }
    m_browser->setExtraSelections(selections);
}

bool ArticleReader::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_browser && event->type() == QEvent::PaletteChange) {
        const int scrolled = m_browser->verticalScrollBar()->value();
        rebuildDocument();
        m_browser->verticalScrollBar()->setValue(scrolled);
        return false;
    }
    if (watched == m_browser->viewport()) {
        if (event->type() == QEvent::Resize) {
            updateMeasure();
        } else if (event->type() == QEvent::Wheel) {
            auto *wheel = static_cast<QWheelEvent *>(event);
            if (wheel->modifiers() & Qt::ControlModifier) {
                const int dy = wheel->angleDelta().y();
                if (dy > 0)
                    zoomIn();
                else if (dy < 0)
                    zoomOut();
                return true;
            }
        }
    } else if (watched == m_findEdit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            hideFindBar();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            find(m_findEdit->text(), key->modifiers() & Qt::ShiftModifier);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ArticleReader::setHighlights(const MentionMatcher &matcher)
{
    m_highlights = matcher;
    rebuildDocument();  // a fresh document, without the marks of earlier matches
    if (m_highlightRanges.isEmpty())
        return;
    QTextCursor first(m_browser->document());
    first.setPosition(int(m_highlightRanges.first().start));
    m_browser->setTextCursor(first);
    m_browser->ensureCursorVisible();
}

QStringList ArticleReader::highlightedTexts() const
{
    QStringList texts;
    const QString all = m_browser->document()->toRawText();
    for (const TextMatch &match : m_highlightRanges)
        texts.append(all.mid(match.start, match.length));
    return texts;
}

void ArticleReader::applyHighlights()
{
    m_highlightRanges.clear();
    if (m_highlights.isEmpty())
        return;
    QTextDocument *doc = m_browser->document();
    QTextCharFormat mark;
    mark.setBackground(isDark(m_browser->palette()) ? QColor(0x2f, 0x5f, 0x8f) : QColor(0xbf, 0xdc, 0xff));
    mark.setFontWeight(QFont::DemiBold);
    // Block by block, with the matcher's own whole-word rules: "PSO" and not "PSOCL", "LUCK" and not "luck".
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (const TextMatch &match : m_highlights.find(block.text())) {
            QTextCursor cursor(doc);
            cursor.setPosition(block.position() + int(match.start));
            cursor.setPosition(block.position() + int(match.start + match.length), QTextCursor::KeepAnchor);
            cursor.mergeCharFormat(mark);
            m_highlightRanges.append({block.position() + match.start, match.length});
        }
    }
}

} // namespace md::ui
