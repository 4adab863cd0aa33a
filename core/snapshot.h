// The parsed content of one page snapshot: plain value types shared by every layer.
#pragma once

#include "core/timestamp.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace md {

// One stock row: of a news page's ticker strip, or of the exchange's own board (market watch, historical
// session, closing-rate file, end-of-day series). price is the last (or closing) price; change and
// changePercent carry the sign of the move. The exchange's sources add the day's bar and the company; a
// field a source does not have stays empty (nullopt, empty string, invalid date).
struct Quote
{
    // {symbol, price, change, changePercent}, as a ticker row gives them; the rest is set by name.
    Quote(QString symbol_ = {}, double price_ = 0.0, double change_ = 0.0, double changePercent_ = 0.0)
        : symbol(std::move(symbol_)), price(price_), change(change_), changePercent(changePercent_)
    {
    }

    QString symbol;
    double price = 0.0;
    double change = 0.0;
    double changePercent = 0.0;

    std::optional<double> open;
    std::optional<double> high;
    std::optional<double> low;
    std::optional<double> previousClose;  // the last day's close (LDCP)
    std::optional<qint64> volume;         // shares traded in the session
    QString sector;                       // "OIL & GAS EXPLORATION COMPANIES" (a closing file's code named by
                                          // core/parse/psxsectors.h; the code itself where the table has none)
    QString sectorCode;                   // the exchange's code for it, "0820", where the source or the table gives one
    QString company;                      // "Oil & Gas Development Company Limited"
    QString listedIn;                     // index membership as the board prints it: "KSE100,KSE30,KMI30"
    // The session this row is for, only where it differs row by row (an end-of-day series, one row a day);
    // otherwise invalid and the snapshot's sessionDate applies.
    QDate sessionDate;

    bool isUp() const { return change > 0.0; }
    bool isDown() const { return change < 0.0; }
    // True when the row carries more than a ticker's price and change (any of open, high, low, volume).
    bool hasBar() const { return open || high || low || volume; }
    bool operator==(const Quote &o) const
    {
        return symbol == o.symbol && price == o.price && change == o.change
            && changePercent == o.changePercent && open == o.open && high == o.high && low == o.low
            && previousClose == o.previousClose && volume == o.volume && sector == o.sector && sectorCode == o.sectorCode
            && company == o.company && listedIn == o.listedIn && sessionDate == o.sessionDate;
    }
};

// One market index row (KSE100, KSE30, BR100, ...).
struct IndexValue
{
    QString name;
    double value = 0.0;
    double change = 0.0;
    double changePercent = 0.0;

    bool operator==(const IndexValue &o) const
    {
        return name == o.name && value == o.value && change == o.change
            && changePercent == o.changePercent;
    }
};

// One block of the article body. A Table block is a data table inside the article ("Top Volumes"): text is
// its title (may be empty), header its column names, rows its cells as printed. A List block is a bulleted or
// numbered list: text holds its items, one a line ('\n' between them; an item is one line however many paragraphs
// it had), ordered says whether they are numbered, start is the first item's number (<ol start="3">, or the
// number a list resumes at after a list nested in it). A nested list is a List block of its own after its item.
struct ArticleBlock
{
    enum class Kind { Paragraph, Subheading, Table, List };
    Kind kind = Kind::Paragraph;
    QString text;
    QStringList header;
    QVector<QStringList> rows;
    bool ordered = false;
    int start = 1;

    QStringList items() const { return text.split(u'\n'); }  // a List block's items

    bool operator==(const ArticleBlock &o) const
    {
        return kind == o.kind && text == o.text && header == o.header && rows == o.rows && ordered == o.ordered
            && start == o.start;
    }
};

QString blockKindName(ArticleBlock::Kind kind);  // "paragraph", "subheading", "table", "list"

// A List block of the items (ordered from start, or bulleted).
ArticleBlock listBlock(const QStringList &items, bool ordered, int start = 1);


struct Article
{
    QString headline;    // empty when the page has none
    QString dateline;    // "BEIRUT" for a lead paragraph starting "BEIRUT: ..."
    Timestamp publishedAt;
    Timestamp updatedAt;  // the byline's "Updated …" time, when it prints one
    QString author;
    QStringList summary;           // the standfirst: lines under the headline that sum the story up
    QVector<ArticleBlock> blocks;  // body in reading order
    QStringList related;           // "related story" headlines found between paragraphs

    bool isEmpty() const { return headline.isEmpty() && blocks.isEmpty(); }
    bool operator==(const Article &o) const
    {
        return headline == o.headline && dateline == o.dateline && publishedAt == o.publishedAt
            && updatedAt == o.updatedAt && author == o.author && summary == o.summary && blocks == o.blocks && related == o.related;
    }
};

struct Comment
{
    QString author;
    Timestamp postedAt;
    QString text;        // one line per paragraph, separated by "\n"
    int recommended = 0;

    bool operator==(const Comment &o) const
    {
        return author == o.author && postedAt == o.postedAt && text == o.text
            && recommended == o.recommended;
    }
};

enum class SnapshotFormat { Text, Html, Mhtml };

QString formatName(SnapshotFormat format);  // "text", "html", "mhtml"

// What the page is, whatever its format: a news page (ticker, article, comments), or one of the Pakistan
// Stock Exchange's own publications (see docs: "What MarketDesk reads").
enum class SnapshotKind {
    NewsPage,           // a news site's page: ticker quotes and indices, article, comments
    MarketWatch,        // dps.psx.com.pk/market-watch: the whole board during or after a session
    HistoricalSession,  // dps.psx.com.pk/historical: the whole board of one past session
    ClosingRates,       // a closing-rate file: one session, one company per line
    EodSeries,          // dps.psx.com.pk/timeseries/eod/SYM: one symbol's daily closes
};

QString kindName(SnapshotKind kind);  // "news", "market-watch", "historical-session", "closing-rates", "eod-series"
std::optional<SnapshotKind> kindFromName(const QString &name);
// True for the exchange's own publications (every kind but NewsPage): their bars win over a news ticker's.
inline bool isExchangeKind(SnapshotKind kind) { return kind != SnapshotKind::NewsPage; }

// Where a snapshot's market time (when its quotes and indices were true) comes from, strongest evidence first
// (core/capturetime.h; docs/library.md, "Market time").
enum class MarketTimeSource {
    Archive,          // the saved archive's Date: header, or the time the page was fetched
    PageMetadata,     // a "today" stamp printed on the page: masthead date, a market-watch page's time
    ExchangeSession,  // the session an exchange file or page is for (closing-rate file, historical page)
    LibraryBars,      // the ticker's prices are the closes of one session in the library's daily bars
    Article,          // the article's date, where the market data agree with it
    FileName,         // the date in the file's name, earlier than the file's time: the ticker's date is uncertain
    FileModified,     // the file's modification time: the ticker's date is uncertain
    Corrected,        // the user's correction in the library
    Unknown,
};

struct Snapshot
{
    QString source;            // file path or URL the snapshot was read from
    SnapshotFormat format = SnapshotFormat::Text;
    SnapshotKind kind = SnapshotKind::NewsPage;
    QString encoding;          // "UTF-8", "UTF-16LE", "windows-1252", ...
    // A "today" stamp: when the page was saved, where the page or its archive says so (MHTML Date: header,
    // masthead date, a market-watch page's printed time, the time it was fetched). Never the article's date.
    Timestamp capturedAt;
    // When the quotes and indices were true, decided by evidence (dateMarketData in core/capturetime.h), apart
    // from the article's publishedAt: an old story is often re-served under the ticker of the day it was saved.
    Timestamp marketAsOf;
    MarketTimeSource marketAsOfSource = MarketTimeSource::Unknown;
    // The trading session the quotes are for, where the source names it (a closing-rate file's date, the
    // historical page's date); invalid otherwise (a news page, a market-watch page: their capture date is
    // the session's, on the exchange's clock).
    QDate sessionDate;
    QVector<Quote> quotes;
    QVector<IndexValue> indices;
    Article article;
    QVector<Comment> comments;
    QStringList warnings;      // anything skipped or doubtful, in the user's words
    // Rows the source holds that are not in the snapshot: exchange lines or board rows that could not be
    // read, and ticker rows, board rows or comments past a limit. Each is told among the warnings too;
    // firstSkippedRow is the first such warning. Set by the parsers, not stored in the library, not compared.
    int skippedRows = 0;
    QString firstSkippedRow;
    // The page's own address: its canonical URL (og:url, else <link rel=canonical>), else the address an
    // archive was saved from or the page was fetched from; empty for a copy that names none. It tells the
    // same story saved twice (core/library/storyidentity.h). Set by the loader, not stored, not compared.
    QString pageAddress;

    bool operator==(const Snapshot &o) const
    {
        return source == o.source && format == o.format && kind == o.kind && encoding == o.encoding
            && capturedAt == o.capturedAt && marketAsOf == o.marketAsOf && marketAsOfSource == o.marketAsOfSource
            && sessionDate == o.sessionDate && quotes == o.quotes && indices == o.indices
            && article == o.article && comments == o.comments && warnings == o.warnings;
    }
};

} // namespace md
