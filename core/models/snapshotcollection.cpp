// The opened snapshots, ordered by capture time, and the current one.
#include "core/models/snapshotcollection.h"

#include "core/library/storyidentity.h"

#include "core/models/displayformat.h"
#include "core/models/modelroles.h"
#include "core/models/snapshottitle.h"
#include "core/models/textdirection.h"
#include "core/wording.h"

#include <QFileInfo>

#include <algorithm>

namespace md {
namespace {

QString titleOf(const OpenedSnapshot &opened)
{
    const Snapshot &s = opened.snapshot;
    return snapshotTitle(s.article.headline, s.kind, s.sessionDate, s.marketAsOf, s.source);
}

} // namespace

SnapshotCollection::SnapshotCollection(QObject *parent)
    : QAbstractListModel(parent)
{
}

int SnapshotCollection::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant SnapshotCollection::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    const Snapshot &s = e.opened.snapshot;
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return titleOf(e.opened);
    case Qt::TextAlignmentRole:  // an Urdu headline on the right
        return headlineAlignment(titleOf(e.opened));
    case Qt::ToolTipRole: {
        QString tip = s.source;
        if (e.capture.time.isValid())
            tip += QLatin1Char('\n') + tr("Market data as of %1 (%2)")
                                           .arg(formatTimestamp(e.capture.time, m_locale),
                                                describeCaptureSource(e.capture.source));
        if (s.article.publishedAt.isValid() && s.article.publishedAt != e.capture.time)
            tip += QLatin1Char('\n') + tr("Article dated %1").arg(formatTimestamp(s.article.publishedAt, m_locale));
        for (const QString &warning : s.warnings)
            tip += QLatin1Char('\n') + warning;
        return tip;
    }
    case RawValueRole:
        return e.capture.time.isValid() ? QVariant(e.capture.time.toMSecsSinceEpoch()) : QVariant();
    case KeyRole: return e.opened.key;
    case SourceRole: return s.source;
    case CaptureTimeRole: return e.capture.time.isValid() ? e.capture.time.toUtc() : QDateTime();
    case CaptureTimeTextRole:
        // A file's date is not the page's: say so wherever the time is shown.
        return notedCaptureTime(formatTimestamp(e.capture.time, m_locale), e.capture.source);
    case CaptureSourceRole: return describeCaptureSource(e.capture.source);
    case StoryDateTextRole: {
        const Timestamp &story = s.article.publishedAt;
        if (!story.isValid() || !e.capture.time.isValid())
            return QString();
        const auto day = [](const Timestamp &t) { return t.hasTime() ? t.toExchangeClock().date() : t.date(); };
        return day(story) == day(e.capture.time) ? QString() : formatTimestamp(Timestamp::fromDate(day(story)), m_locale);
    }
    case FormatRole: return formatName(s.format);
    case QuoteCountRole: return int(s.quotes.size());
    case IndexCountRole: return int(s.indices.size());
    case CommentCountRole: return int(s.comments.size());
    case WarningCountRole: return int(s.warnings.size());
    case SummaryRole: {
        QStringList parts;
        parts << countOf(s.quotes.size(), "quote", "quotes") << countOf(s.indices.size(), "index", "indices");
        if (!s.comments.isEmpty())
            parts << countOf(s.comments.size(), "comment", "comments");
        return parts.join(QStringLiteral(" \u00B7 "));
    }
    default:
        break;
    }
    return {};
}

QHash<int, QByteArray> SnapshotCollection::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(RawValueRole, "rawValue");
    names.insert(KeyRole, "key");
    names.insert(SourceRole, "source");
    names.insert(TitleRole, "title");
    names.insert(CaptureTimeRole, "captureTime");
    names.insert(CaptureTimeTextRole, "captureTimeText");
    names.insert(CaptureSourceRole, "captureSource");
    names.insert(StoryDateTextRole, "storyDateText");
    names.insert(FormatRole, "format");
    names.insert(QuoteCountRole, "quoteCount");
    names.insert(IndexCountRole, "indexCount");
    names.insert(CommentCountRole, "commentCount");
    names.insert(WarningCountRole, "warningCount");
    names.insert(SummaryRole, "summary");
    return names;
}

int SnapshotCollection::insertionRow(const Entry &entry) const
{
    // Newest capture first; among equal times the one opened last comes first; unknown times last.
    const auto before = [](const Entry &a, const Entry &b) {
        const bool aValid = a.capture.time.isValid();
        const bool bValid = b.capture.time.isValid();
        if (aValid != bValid)
            return aValid;
        if (aValid) {
            const qint64 at = a.capture.time.toMSecsSinceEpoch();
            const qint64 bt = b.capture.time.toMSecsSinceEpoch();
            if (at != bt)
                return at > bt;
        }
        return a.openedOrder > b.openedOrder;
    };
    const auto it = std::lower_bound(m_entries.cbegin(), m_entries.cend(), entry, before);
    return int(it - m_entries.cbegin());
}

int SnapshotCollection::add(OpenedSnapshot opened)
{
    Entry entry;
    entry.capture = marketTimeOf(opened.snapshot, opened.fileModified);
    entry.opened = std::move(opened);
    entry.openedOrder = m_nextId;
    entry.id = m_nextId++;

    int existing = rowOfKey(entry.opened.key);
    // The same page from another file (saved as HTML and as MHTML, or copied) is shown once: the later read
    // takes its place, as the same file opened again would.
    for (int row = 0; existing < 0 && row < m_entries.size(); ++row) {
        if (isSamePage(m_entries.at(row).opened.snapshot, entry.opened.snapshot))
            existing = row;
    }
    if (existing < 0) {
        const int row = insertionRow(entry);
        beginInsertRows({}, row, row);
        m_entries.insert(row, std::move(entry));
        endInsertRows();
        reportCurrentRow();
        return row;
    }

    // The same file again: its fresh read takes the old entry's place, identity (as current) and
    // opening order; the row moves only when the capture time changed its place in time order.
    const Entry old = m_entries.takeAt(existing);
    entry.id = old.id;
    entry.openedOrder = old.openedOrder;
    const int row = insertionRow(entry);
    m_entries.insert(existing, old);
    if (row != existing) {
        // beginMoveRows counts the destination before the row leaves.
        beginMoveRows({}, existing, existing, {}, row > existing ? row + 1 : row);
        m_entries.removeAt(existing);
        m_entries.insert(row, std::move(entry));
        endMoveRows();
    } else {
        m_entries[row] = std::move(entry);
    }
    emit dataChanged(index(row), index(row));
    if (m_entries.at(row).id == m_currentId)
        emit currentSnapshotChanged();
    reportCurrentRow();
    return row;
}

void SnapshotCollection::reportCurrentRow()
{
    const int current = currentRow();
    if (current != m_lastReportedRow) {
        m_lastReportedRow = current;
        emit currentRowChanged(current);
    }
}

void SnapshotCollection::removeAt(int row)
{
    if (row < 0 || row >= m_entries.size())
        return;
    const bool wasCurrent = m_entries.at(row).id == m_currentId;
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    endRemoveRows();
    if (wasCurrent) {
        // The next one down the list takes its place (or the one above at the end).
        const int next = std::min(row, int(m_entries.size()) - 1);
        setCurrentId(next >= 0 ? m_entries.at(next).id : 0, true);
    } else {
        setCurrentId(m_currentId, false);
    }
}

void SnapshotCollection::clear()
{
    if (m_entries.isEmpty())
        return;
    beginResetModel();
    m_entries.clear();
    endResetModel();
    setCurrentId(0, true);
}

int SnapshotCollection::rowOfKey(const QString &key) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).opened.key == key)
            return i;
    }
    return -1;
}

QStringList SnapshotCollection::keysInOpeningOrder() const
{
    QVector<const Entry *> entries;
    entries.reserve(m_entries.size());
    for (const Entry &e : m_entries)
        entries.append(&e);
    std::sort(entries.begin(), entries.end(),
              [](const Entry *a, const Entry *b) { return a->openedOrder < b->openedOrder; });
    QStringList keys;
    for (const Entry *e : entries)
        keys.append(e->opened.key);
    return keys;
}

int SnapshotCollection::rowOfId(quint64 id) const
{
    if (id == 0)
        return -1;
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).id == id)
            return i;
    }
    return -1;
}

int SnapshotCollection::currentRow() const
{
    return rowOfId(m_currentId);
}

void SnapshotCollection::setCurrentRow(int row)
{
    const quint64 id = row >= 0 && row < m_entries.size() ? m_entries.at(row).id : 0;
    setCurrentId(id, id != m_currentId);
}

const Snapshot *SnapshotCollection::currentSnapshot() const
{
    const int row = currentRow();
    return row >= 0 ? &m_entries.at(row).opened.snapshot : nullptr;
}

void SnapshotCollection::setCurrentId(quint64 id, bool snapshotChanged)
{
    m_currentId = id;
    if (snapshotChanged)
        emit currentSnapshotChanged();
    reportCurrentRow();
}

} // namespace md
