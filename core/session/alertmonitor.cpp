// AlertMonitor: AlertEngine (Live) over what the LibraryRecorder reports stored.
#include "core/session/alertmonitor.h"

#include "core/library/library.h"

#include <QSet>

namespace md {

AlertMonitor::AlertMonitor(Library *library, QObject *parent)
    : QObject(parent)
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

} // namespace md
