// LibraryListModel: display text, raw values and tooltips of the library list.
#include "core/models/librarylistmodel.h"

#include "core/models/snapshottitle.h"
#include "core/models/textdirection.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
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
    return entry.corrected ? time : notedCaptureTime(time, entry.captureSource);
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

QStringList snapshotPickerLabels(const QVector<LibraryEntry> &entries)
{
    QStringList labels;
    labels.reserve(entries.size());
    for (const LibraryEntry &e : entries) {
        const QString time = displayCaptureTime(e);
        const QString title = snapshotTitle(e.headline, e.kind, e.sessionDate, e.capturedAt, e.source);
        const QString format = formatName(e.format).toUpper();
        labels.append(title.isEmpty() ? QStringLiteral("%1 \u00B7 %2").arg(time, format)
                                      : QStringLiteral("%1 \u2014 %2 \u00B7 %3").arg(time, title, format));
    }
    // Labels that two entries share, told apart by the file's name, then by the snapshot's number.
    const auto repeated = [&labels] {
        QHash<QString, int> seen;
        for (const QString &label : std::as_const(labels))
            ++seen[label];
        QVector<int> rows;
        for (int i = 0; i < labels.size(); ++i) {
            if (seen.value(labels[i]) > 1)
                rows.append(i);
        }
        return rows;
    };
    for (int i : repeated())
        labels[i] += QStringLiteral(" \u00B7 ") + shortSource(entries[i].source);
    for (int i : repeated())
        labels[i] += LibraryListModel::tr(" (#%1)").arg(entries[i].id);
    return labels;
}

LibraryListModel::LibraryListModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void LibraryListModel::setEntries(const QVector<LibraryEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    m_rows.clear();
    QHash<SnapshotId, int> rowOfStory;
    for (int i = 0; i < m_entries.size(); ++i) {
        const SnapshotId story = m_entries[i].storyId;
        if (story != 0) {
            if (const auto it = rowOfStory.constFind(story); it != rowOfStory.cend()) {
                m_rows[*it].append(i);
                continue;
            }
            rowOfStory.insert(story, int(m_rows.size()));
        }
        m_rows.append(QVector<int>{i});
    }
    endResetModel();
}

const LibraryEntry *LibraryListModel::entryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_entries[m_rows[row].first()] : nullptr;
}

int LibraryListModel::rowOf(SnapshotId id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        for (int i : m_rows[row]) {
            if (m_entries[i].id == id)
                return row;
        }
    }
    return -1;
}

const LibraryEntry *LibraryListModel::entryOf(SnapshotId id) const
{
    for (const LibraryEntry &e : m_entries) {
        if (e.id == id)
            return &e;
    }
    return nullptr;
}

QModelIndex LibraryListModel::indexOf(SnapshotId id) const
{
    const int row = rowOf(id);
    if (row < 0)
        return {};
    const QModelIndex top = index(row, 0);
    if (m_entries[m_rows[row].first()].id == id)
        return top;
    for (int copy = 0; copy < m_rows[row].size(); ++copy) {
        if (m_entries[m_rows[row][copy]].id == id)
            return index(copy, 0, top);
    }
    return {};
}

QModelIndex LibraryListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_rows.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    // A copy row: its internal id is its story's row + 1.
    if (parent.internalId() != 0 || parent.row() >= m_rows.size() || m_rows[parent.row()].size() < 2
        || row >= m_rows[parent.row()].size())
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex LibraryListModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int LibraryListModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_rows.size());
    if (parent.internalId() != 0 || parent.column() != 0 || parent.row() >= m_rows.size())
        return 0;
    const int copies = int(m_rows[parent.row()].size());
    return copies > 1 ? copies : 0;
}

int LibraryListModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent)
    return ColumnCount;
}

const LibraryEntry *LibraryListModel::entryFor(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    if (index.internalId() == 0)
        return entryAt(index.row());
    const int story = int(index.internalId() - 1);
    if (story >= m_rows.size() || index.row() >= m_rows[story].size())
        return nullptr;
    return &m_entries[m_rows[story][index.row()]];
}

QVariant LibraryListModel::data(const QModelIndex &index, int role) const
{
    const LibraryEntry *e = entryFor(index);
    if (!e)
        return {};
    if (role == SnapshotIdRole)
        return e->id;
    // A story saved more than once: its row stands for every copy, each copy's row for itself.
    const bool isCopy = index.internalId() != 0;
    const QVector<int> *copies = !isCopy && m_rows[index.row()].size() > 1 ? &m_rows[index.row()] : nullptr;
    if (role == CopyIdsRole) {
        QVariantList ids;
        if (copies) {
            for (int i : *copies)
                ids.append(m_entries[i].id);
        } else {
            ids.append(e->id);
        }
        return ids;
    }
    const int column = index.column();
    if (copies && role == Qt::DisplayRole && column == FormatColumn) {
        QStringList formats;  // each format once, in the copies' order
        for (int i : *copies) {
            const QString name = formatName(m_entries[i].format);
            if (!formats.contains(name))
                formats.append(name);
        }
        return formats.join(QStringLiteral(", "));
    }
    if (copies && role == Qt::DisplayRole && column == HeadlineColumn)
        return tr("%1 \u00B7 %2 copies").arg(snapshotTitle(e->headline, e->kind, e->sessionDate, e->capturedAt, e->source))
            .arg(copies->size());
    if (copies && role == Qt::ToolTipRole && (column == FormatColumn || column == HeadlineColumn)) {
        QStringList lines{tr("The same story, saved %1 times:").arg(copies->size())};
        for (int i : *copies) {
            const LibraryEntry &c = m_entries[i];
            lines.append(tr("%1, %2, %3").arg(formatName(c.format), displayCaptureTime(c), shortSource(c.source)));
        }
        return column == HeadlineColumn ? e->headline + QLatin1Char('\n') + lines.join(QLatin1Char('\n'))
                                        : lines.join(QLatin1Char('\n'));
    }
    if (isCopy && role == Qt::DisplayRole && column == HeadlineColumn)
        return tr("%1 copy").arg(formatName(e->format).toUpper());
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
        if (column == HeadlineColumn)  // an Urdu headline on the right
            return headlineAlignment(data(index, Qt::DisplayRole).toString());
        break;
    }
    return {};
}

QVariant LibraryListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
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
