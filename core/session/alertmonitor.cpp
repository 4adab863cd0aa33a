// AlertMonitor: AlertEngine (Live) over what the LibraryRecorder reports stored.
#include "core/session/alertmonitor.h"

#include "core/library/library.h"

#include <QSet>

namespace md {

AlertMonitor::AlertMonitor(Library *library, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_engine(*library)
{
    qRegisterMetaType<QVector<md::FiredAlert>>();
}

void AlertMonitor::evaluate(const QVector<StoredSnapshot> &stored)
{
    m_lastError.clear();
    QVector<FiredAlert> fired;
    QSet<SnapshotId> seen;
    for (const StoredSnapshot &s : stored) {
        if (seen.contains(s.id))
            continue;
        seen.insert(s.id);
        // The snapshot as stored is the moment it shows (the same bytes the window parsed).
        fired += m_engine.evaluate(s.id, EvaluationMode::Live);
        if (!m_engine.lastError().isEmpty() && m_lastError.isEmpty())
            m_lastError = tr("%1: the alerts could not be evaluated (%2)").arg(s.key, m_engine.lastError());
    }
    if (!m_lastError.isEmpty())
        emit evaluationFailed(m_lastError);
    if (fired.isEmpty())
        return;
    emit alertsFired(fired);
    emit historyChanged();
}

void AlertMonitor::deliverPending()
{
    AlertStore store(*m_library);
    QVector<FiredAlert> pending = store.undelivered();
    if (!store.lastError().isEmpty()) {
        m_lastError = tr("the alerts not yet shown could not be read (%1)").arg(store.lastError());
        emit evaluationFailed(m_lastError);
    }
    if (pending.isEmpty())
        return;
    for (FiredAlert &a : pending)
        a.leftUndelivered = true;
    emit alertsFired(pending);
}

void AlertMonitor::markDelivered(const QVector<FiredAlert> &alerts)
{
    QVector<qint64> ids;
    for (const FiredAlert &a : alerts) {
        if (a.historyId > 0 && !a.historical)
            ids.append(a.historyId);
    }
    AlertStore store(*m_library);
    if (const LibraryResult marked = store.markDelivered(ids); !marked.ok()) {
        m_lastError = tr("the alerts shown could not be marked as shown (%1); they are shown again next time")
                          .arg(marked.error);
        emit evaluationFailed(m_lastError);
    }
}

} // namespace md
