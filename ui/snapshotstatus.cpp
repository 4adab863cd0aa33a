// SnapshotStatus: counts and warnings of the open snapshots, kept up to date from the collection.
#include "ui/snapshotstatus.h"

#include "core/models/snapshotcollection.h"
#include "core/wording.h"

#include <QHBoxLayout>
#include <QLabel>

namespace md::ui {

SnapshotStatus::SnapshotStatus(const SnapshotCollection *collection, QWidget *parent)
    : QWidget(parent)
    , m_collection(collection)
    , m_warnings(new QLabel)
    , m_counts(new QLabel)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_warnings);
    layout->addWidget(m_counts);
    m_warnings->setTextFormat(Qt::RichText);
    m_warnings->hide();
    connect(m_warnings, &QLabel::linkActivated, this, &SnapshotStatus::warningsRequested);
    connect(collection, &QAbstractItemModel::rowsInserted, this, &SnapshotStatus::refresh);
    connect(collection, &QAbstractItemModel::rowsRemoved, this, &SnapshotStatus::refresh);
    connect(collection, &QAbstractItemModel::modelReset, this, &SnapshotStatus::refresh);
    connect(collection, &QAbstractItemModel::dataChanged, this, &SnapshotStatus::refresh);
    connect(collection, &SnapshotCollection::currentSnapshotChanged, this, &SnapshotStatus::refresh);
    refresh();
}

QString SnapshotStatus::countsText() const
{
    return m_counts->text();
}

void SnapshotStatus::refresh()
{
    const Snapshot *s = m_collection->currentSnapshot();
    QStringList parts;
    parts << countOf(m_collection->count(), "snapshot open", "snapshots open");
    if (s) {
        parts << countOf(s->quotes.size(), "quote", "quotes") << countOf(s->indices.size(), "index", "indices")
              << countOf(s->comments.size(), "comment", "comments");
    }
    m_counts->setText(parts.join(QStringLiteral("  \u00B7  ")));
    const int warnings = s ? int(s->warnings.size()) : 0;
    m_warnings->setVisible(warnings > 0);
    if (warnings > 0) {
        m_warnings->setText(QStringLiteral("<a href=\"#warnings\">\u26A0 %1</a>")
                                .arg(countOf(warnings, "warning", "warnings").toHtmlEscaped()));
        m_warnings->setToolTip(s->warnings.join(QLatin1Char('\n')));
    }
}

} // namespace md::ui
