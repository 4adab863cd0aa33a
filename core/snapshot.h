// The parsed content of one page snapshot: plain value types shared by every layer.
#pragma once

#include "core/timestamp.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace md {

// One stock row of the ticker strip. change and changePercent carry the sign of the move.
struct Quote
{
    QString symbol;
    double price = 0.0;
    double change = 0.0;
    double changePercent = 0.0;

    bool isUp() const { return change > 0.0; }
    bool isDown() const { return change < 0.0; }
    bool operator==(const Quote &o) const
    {
        return symbol == o.symbol && price == o.price && change == o.change
            && changePercent == o.changePercent;
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
// its title (may be empty), header its column names, rows its cells as printed.
struct ArticleBlock
{
    enum class Kind { Paragraph, Subheading, Table };
    Kind kind = Kind::Paragraph;
    QString text;
    QStringList header;
    QVector<QStringList> rows;

    bool operator==(const ArticleBlock &o) const
    {
        return kind == o.kind && text == o.text && header == o.header && rows == o.rows;
    }
};

QString blockKindName(ArticleBlock::Kind kind);  // "paragraph", "subheading", "table"


struct Article
{
    QString headline;    // empty when the page has none
    QString dateline;    // "BEIRUT" for a lead paragraph starting "BEIRUT: ..."
    Timestamp publishedAt;
    QString author;
    QStringList summary;           // the standfirst: lines under the headline that sum the story up
    QVector<ArticleBlock> blocks;  // body in reading order
    QStringList related;           // "related story" headlines found between paragraphs

    bool isEmpty() const { return headline.isEmpty() && blocks.isEmpty(); }
    bool operator==(const Article &o) const
    {
        return headline == o.headline && dateline == o.dateline && publishedAt == o.publishedAt
            && author == o.author && summary == o.summary && blocks == o.blocks && related == o.related;
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

struct Snapshot
{
    QString source;            // file path or URL the snapshot was read from
    SnapshotFormat format = SnapshotFormat::Text;
    QString encoding;          // "UTF-8", "UTF-16LE", "windows-1252", ...
    Timestamp capturedAt;      // when the page was saved, when the page says so
    QVector<Quote> quotes;
    QVector<IndexValue> indices;
    Article article;
    QVector<Comment> comments;
    QStringList warnings;      // anything skipped or doubtful, in the user's words

    bool operator==(const Snapshot &o) const
    {
        return source == o.source && format == o.format && encoding == o.encoding
            && capturedAt == o.capturedAt && quotes == o.quotes && indices == o.indices
            && article == o.article && comments == o.comments && warnings == o.warnings;
    }
};

} // namespace md
