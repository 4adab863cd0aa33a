// RefreshStatusLabel: AutoRefresh's statuses for the status bar.
#include "ui/network/refreshstatuslabel.h"

#include "core/models/snapshotcollection.h"
#include "core/network/autorefresh.h"
#include "core/wording.h"

#include <QUrl>

namespace md::ui {
namespace {

constexpr int kMaxWidth = 560;

} // namespace

RefreshStatusLabel::RefreshStatusLabel(AutoRefresh *refresh, SnapshotCollection *collection, QWidget *parent)
    : QLabel(parent)
    , m_refresh(refresh)
    , m_collection(collection)
{
    setTextFormat(Qt::PlainText);
    connect(refresh, &AutoRefresh::statusChanged, this, &RefreshStatusLabel::refreshText);
    connect(collection, &SnapshotCollection::currentRowChanged, this, &RefreshStatusLabel::refreshText);
    connect(collection, &QAbstractItemModel::rowsRemoved, this, &RefreshStatusLabel::refreshText);
    connect(collection, &QAbstractItemModel::modelReset, this, &RefreshStatusLabel::refreshText);
    refreshText();
}

void RefreshStatusLabel::refreshText()
{
    if (!m_refresh || !m_collection)
        return;
    const int row = m_collection->currentRow();
    const QUrl current = row >= 0 ? QUrl(m_collection->keyAt(row)) : QUrl();

    QString line;
    QStringList tip;
    int otherFailures = 0;
    const QList<QUrl> urls = m_refresh->urls();
    for (const QUrl &url : urls) {
        const AutoRefresh::Status status = m_refresh->status(url);
        const QString described = describeRefreshStatus(status);
        if (described.isEmpty())
            continue;
        tip.append(QStringLiteral("%1\n    %2").arg(url.toDisplayString(), described));
        if (url == current)
            line = described;
        else if (!status.lastError.isEmpty())
            ++otherFailures;
    }
    if (otherFailures > 0) {
        const QString others = tr("\u26A0 %1 could not be refreshed")
                                   .arg(countOf(otherFailures, "other page", "other pages"));
        line = line.isEmpty() ? others : line + QStringLiteral(" \u00B7 ") + others;
    }
    m_fullText = line;
    setText(fontMetrics().elidedText(line, Qt::ElideMiddle, kMaxWidth));
    setToolTip(tip.join(QLatin1Char('\n')));
    setVisible(!line.isEmpty());
}

} // namespace md::ui
