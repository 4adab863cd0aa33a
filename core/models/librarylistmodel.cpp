// LibraryListModel: display text, raw values and tooltips of the library list.
#include "core/models/librarylistmodel.h"

#include "core/models/snapshottitle.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>

namespace md {
namespace {

// The last part of a path or URL: what a user recognises in a narrow column.
QString shortSource(const QString &source)
{
    if (source.contains(QLatin1String("://"))) {
        const QUrl url(source);
        return url.host() + url.path();
    }
    return QFileInfo(source).fileName();
}

// The article's date when it is another day than the market time: an old story saved under a later ticker.
QString differingStoryDate(const LibraryEntry &e)
{
    if (!e.publishedAt.isValid() || !e.capturedAt.isValid())
        return {};
    const QDate story = e.publishedAt.hasTime() ? e.publishedAt.toExchangeClock().date() : e.publishedAt.date();
    const QDate market = e.capturedAt.hasTime() ? e.capturedAt.toExchangeClock().date() : e.capturedAt.date();
    return story == market ? QString() : story.toString(Qt::ISODate);
}

} // namespace

QString displayCaptureTime(const Timestamp &time)
{
    if (!time.isValid())
        return {};
    if (!time.hasTime())
        return time.date().toString(Qt::ISODate);
    // One clock for a list mixing page dates, archive dates (often UTC) and file times: the exchange's.
    return time.toExchangeClock().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString displayCaptureTime(const LibraryEntry &entry)
{
    const QString time = displayCaptureTime(entry.capturedAt);
    if (entry.corrected || entry.captureSource != CaptureTime::Source::FileModified || time.isEmpty())
        return time;
    return LibraryListModel::tr("%1 (file date)").arg(time);
}

std::pair<QString, QString> comparisonLabels(const LibraryEntry &first, const LibraryEntry &second)
{
    QString a = displayCaptureTime(first);
    QString b = displayCaptureTime(second);
    if (a != b)
        return {a, b};
    const auto name = [](const LibraryEntry &e) {
        const QString title = snapshotTitle(e.headline, e.kind, e.sessionDate, e.capturedAt, e.source);
        return title.size() > 40 ? title.left(39).trimmed() + QChar(0x2026) : title;
    };
    const QString nameA = name(first);
    const QString nameB = name(second);
    if (!nameA.isEmpty() && !nameB.isEmpty() && nameA != nameB)
        return {QStringLiteral("%1 \u00B7 %2").arg(a, nameA), QStringLiteral("%1 \u00B7 %2").arg(b, nameB)};
    return {LibraryListModel::tr("%1 (#%2)").arg(a).arg(first.id), LibraryListModel::tr("%1 (#%2)").arg(b).arg(second.id)};
}

LibraryListModel::LibraryListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void LibraryListModel::setEntries(const QVector<LibraryEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

const LibraryEntry *LibraryListModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries[row] : nullptr;
}

int LibraryListModel::rowOf(SnapshotId id) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries[row].id == id)
            return row;
    }
    return -1;
}

int LibraryListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int LibraryListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LibraryListModel::data(const QModelIndex &index, int role) const
{
    const LibraryEntry *e = index.isValid() ? entryAt(index.row()) : nullptr;
    if (!e)
        return {};
    if (role == SnapshotIdRole)
        return e->id;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case CapturedColumn: {
            // The market time; the story's own day beside it where they differ.
            const QString story = differingStoryDate(*e);
            return story.isEmpty() ? displayCaptureTime(*e)
                                   : tr("%1 \u00B7 story of %2").arg(displayCaptureTime(*e), story);
        }
        case HeadlineColumn:
            // An exchange file is named by what it is and its session; a story without a headline says so.
            return e->headline.isEmpty() && e->kind == SnapshotKind::NewsPage
                ? tr("(no headline)")
                : snapshotTitle(e->headline, e->kind, e->sessionDate, e->capturedAt, e->source);
        case QuotesColumn: return e->quoteCount;
        case IndicesColumn: return e->indexCount;
        case CommentsColumn: return e->commentCount;
        case SourceColumn: return shortSource(e->source);
        case FormatColumn: return formatName(e->format);
        }
        break;
    case RawValueRole:
        switch (column) {
        case CapturedColumn: return e->capturedAtMsecs;
        case HeadlineColumn: return e->headline;
        case QuotesColumn: return double(e->quoteCount);
        case IndicesColumn: return double(e->indexCount);
        case CommentsColumn: return double(e->commentCount);
        case SourceColumn: return e->source;
        case FormatColumn: return formatName(e->format);
        }
        break;
    case Qt::ToolTipRole:
        if (column == CapturedColumn) {
            QString tip;
            if (e->corrected) {
                tip = tr("%1, as you corrected it (detected: %2, from the %3)")
                          .arg(e->capturedAt.toIsoString(), e->detectedCaptureTime.toIsoString(),
                               describeCaptureSource(e->captureSource));
            } else if (e->captureSource == CaptureTime::Source::Unknown) {
                tip = tr("%1, when it was imported: nothing dates its market data").arg(e->capturedAt.toIsoString());
            } else {
                tip = tr("%1, from the %2").arg(e->capturedAt.toIsoString(), describeCaptureSource(e->captureSource));
            }
            if (e->publishedAt.isValid() && e->publishedAt != e->capturedAt)
                tip += QLatin1Char('\n') + tr("Article dated %1").arg(e->publishedAt.toIsoString());
            return tip;
        }
        if (column == SourceColumn)
            return e->source;
        if (column == HeadlineColumn && !e->headline.isEmpty())
            return e->headline;
        break;
    case Qt::TextAlignmentRole:
        if (column == QuotesColumn || column == IndicesColumn || column == CommentsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

QVariant LibraryListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CapturedColumn: return tr("Market Time");
    case HeadlineColumn: return tr("Headline");
    case QuotesColumn: return tr("Quotes");
    case IndicesColumn: return tr("Indices");
    case CommentsColumn: return tr("Comments");
    case SourceColumn: return tr("Source");
    case FormatColumn: return tr("Format");
    }
    return {};
}

} // namespace md
