// Evaluates the alert rules on each snapshot the session stores, live, and reports what newly fired.
#pragma once

#include "core/alerts/alertengine.h"
#include "core/library/libraryrecorder.h"

#include <QObject>
#include <QVector>

namespace md {

class Library;

// Owned by SnapshotSession once a library is open. A snapshot opened from a file, fetched or refreshed from
// a web address is evaluated when the recorder has stored it (then it has an id), with
// EvaluationMode::Live: for the moment that snapshot shows. What fired before on the same page is recorded
// in the library and does not fire again (AlertEngine), so reopening, restoring or a refresh without news
// fires nothing. A snapshot opened from the library's list is not evaluated: it is the past. Imports are
// evaluated historically by importFolder(), not here. Qt Core only; use on the library's thread.
class AlertMonitor : public QObject
{
    Q_OBJECT

public:
    // library is open on this thread and outlives the monitor.
    explicit AlertMonitor(Library *library, QObject *parent = nullptr);

    // Evaluates each stored snapshot once (a batch naming one snapshot twice evaluates it once). What fires is
    // recorded undelivered and reported by alertsFired(); whoever shows it calls markDelivered().
    void evaluate(const QVector<StoredSnapshot> &stored);
    // Reports (alertsFired(), each with leftUndelivered set) every live alert recorded but never shown: by a
    // window closed or killed before it showed it, or a --alerts check killed before it printed it. The
    // window calls this once its notifier listens.
    void deliverPending();
    // The alerts were shown: marked delivered in the library, so they are not shown again.
    void markDelivered(const QVector<md::FiredAlert> &alerts);

    // The last evaluation's problem ("snapshot 4: reason"); empty when all went well.
    QString lastError() const { return m_lastError; }

signals:
    // Rules that newly fired on the snapshots just stored, in the order stored: to be notified.
    void alertsFired(const QVector<md::FiredAlert> &alerts);
    // The library's alert history gained rows: the Alerts page reads it again.
    void historyChanged();
    // The rules could not be evaluated on a stored snapshot (lastError()): the window says so.
    void evaluationFailed(const QString &message);

private:
    Library *m_library;
    AlertEngine m_engine;
    QString m_lastError;
};

} // namespace md
