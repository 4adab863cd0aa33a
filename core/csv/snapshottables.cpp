// Snapshot values → CsvTable rows for each exported table.
#include "core/csv/snapshottables.h"

#include "core/capturetime.h"
#include "core/csv/csvtime.h"

namespace md {

QString csvTableName(CsvTableKind table)
{
    switch (table) {
    case CsvTableKind::Quotes: return QStringLiteral("quotes");
    case CsvTableKind::Indices: return QStringLiteral("indices");
    case CsvTableKind::Movers: return QStringLiteral("movers");
    case CsvTableKind::Comments: return QStringLiteral("comments");
    case CsvTableKind::Ohlcv: return QStringLiteral("ohlcv");
    }
    return QStringLiteral("quotes");
}

QStringList csvTableNames()
{
    return {csvTableName(CsvTableKind::Quotes), csvTableName(CsvTableKind::Indices),
            csvTableName(CsvTableKind::Movers), csvTableName(CsvTableKind::Comments), csvTableName(CsvTableKind::Ohlcv)};
}

std::optional<CsvTableKind> csvTableFromName(QStringView name)
{
    for (CsvTableKind table : {CsvTableKind::Quotes, CsvTableKind::Indices, CsvTableKind::Movers, CsvTableKind::Comments,
                               CsvTableKind::Ohlcv}) {
        if (name.compare(csvTableName(table), Qt::CaseInsensitive) == 0)
            return table;
    }
    return std::nullopt;
}

QStringList csvHeader(CsvTableKind table, bool withSource)
{
    QStringList header;
    if (withSource)
        header << QStringLiteral("source") << QStringLiteral("captured_at");
    switch (table) {
    case CsvTableKind::Quotes:
    case CsvTableKind::Movers:
        header << QStringLiteral("symbol") << QStringLiteral("price") << QStringLiteral("change")
               << QStringLiteral("change_percent");
        break;
    case CsvTableKind::Indices:
        header << QStringLiteral("name") << QStringLiteral("value") << QStringLiteral("change")
               << QStringLiteral("change_percent");
        break;
    case CsvTableKind::Comments:
        header << QStringLiteral("author") << QStringLiteral("posted_at") << QStringLiteral("recommended")
               << QStringLiteral("text");
        break;
    case CsvTableKind::Ohlcv:
        header << QStringLiteral("date") << QStringLiteral("symbol") << QStringLiteral("open") << QStringLiteral("high")
               << QStringLiteral("low") << QStringLiteral("close") << QStringLiteral("volume")
               << QStringLiteral("previous_close");
        break;
    }
    return header;
}

namespace {

qsizetype itemCount(CsvTableKind table, const Snapshot &s)
{
    switch (table) {
    case CsvTableKind::Quotes:
    case CsvTableKind::Movers:
    case CsvTableKind::Ohlcv: return s.quotes.size();
    case CsvTableKind::Indices: return s.indices.size();
    case CsvTableKind::Comments: return s.comments.size();
    }
    return 0;
}

void addTimestamp(CsvTable &out, const Timestamp &time)
{
    if (time.isValid())
        out.addText(csvTimestamp(time));
    else
        out.addEmpty();
}

void addOptional(CsvTable &out, const std::optional<double> &v)
{
    if (v)
        out.addNumber(*v);
    else
        out.addEmpty();
}

// The session of a snapshot's rows when they carry none of their own.
QDate sessionOf(const Snapshot &s, const QDateTime &fileTime)
{
    if (s.sessionDate.isValid())
        return s.sessionDate;
    const Timestamp captured = marketTimeOf(s, fileTime).time;
    return captured.isValid() ? captured.toExchangeClock().date() : QDate();
}

void addItem(CsvTable &out, CsvTableKind table, const Snapshot &s, qsizetype i, const QDate &session)
{
    switch (table) {
    case CsvTableKind::Ohlcv: {
        const Quote &q = s.quotes[i];
        const QDate day = q.sessionDate.isValid() ? q.sessionDate : session;
        if (day.isValid())
            out.addText(day.toString(Qt::ISODate));
        else
            out.addEmpty();
        out.addText(q.symbol);
        addOptional(out, q.open);
        addOptional(out, q.high);
        addOptional(out, q.low);
        out.addNumber(q.price);
        if (q.volume)
            out.addNumber(double(*q.volume));
        else
            out.addEmpty();
        addOptional(out, q.previousClose);
        break;
    }
    case CsvTableKind::Quotes:
    case CsvTableKind::Movers: {
        const Quote &q = s.quotes[i];
        out.addText(q.symbol);
        out.addNumber(q.price);
        out.addNumber(q.change);
        out.addNumber(q.changePercent);
        break;
    }
    case CsvTableKind::Indices: {
        const IndexValue &v = s.indices[i];
        out.addText(v.name);
        out.addNumber(v.value);
        out.addNumber(v.change);
        out.addNumber(v.changePercent);
        break;
    }
    case CsvTableKind::Comments: {
        const Comment &c = s.comments[i];
        out.addText(c.author);
        addTimestamp(out, c.postedAt);
        out.addNumber(c.recommended);
        out.addText(c.text);
        break;
    }
    }
}

} // namespace

CsvTable tableFromSnapshots(CsvTableKind table, const QVector<Snapshot> &snapshots,
                            const SnapshotTableOptions &options)
{
    using Columns = SnapshotTableOptions::SourceColumns;
    const bool withSource = options.sourceColumns == Columns::Always
        || (options.sourceColumns == Columns::WhenSeveral && snapshots.size() > 1);

    CsvTable out(csvHeader(table, withSource));
    qsizetype rows = 0;
    for (const Snapshot &s : snapshots)
        rows += itemCount(table, s);
    out.reserveRows(rows);

    for (qsizetype k = 0; k < snapshots.size(); ++k) {
        const Snapshot &s = snapshots[k];
        const qsizetype n = itemCount(table, s);
        if (n == 0)
            continue;
        QString capturedAt;
        const QDateTime fileTime = k < options.fileModified.size() ? options.fileModified[k] : QDateTime();
        if (withSource)
            capturedAt = csvTimestamp(marketTimeOf(s, fileTime).time);
        const QDate session = table == CsvTableKind::Ohlcv ? sessionOf(s, fileTime) : QDate();
        for (qsizetype i = 0; i < n; ++i) {
            if (withSource) {
                out.addText(s.source);
                if (capturedAt.isEmpty())
                    out.addEmpty();
                else
                    out.addText(capturedAt);
            }
            addItem(out, table, s, i, session);
        }
    }
    return out;
}

} // namespace md
