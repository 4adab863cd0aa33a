// Keeps what the window opens in the library: opened files a few at a time, fetched pages at once.
#pragma once

#include "core/library/librarytypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <QUrl>

QT_BEGIN_NAMESPACE
class QTimer;
QT_END_NAMESPACE

namespace md {

class Library;

// Storing never holds up or undoes the opening: files wait in a queue and are stored while the event loop
// runs (from a moment after they were opened, so the window draws them first; then a few milliseconds at
// a time, so opening a folder of files keeps the window responsive), and a
// file that cannot be stored is reported, nothing more. The library itself recognises a page it already
// holds (the same bytes), so opening a file again stores nothing.
class LibraryRecorder : public QObject
{
    Q_OBJECT

public:
    // library is open, lives on this thread and outlives the recorder.
    explicit LibraryRecorder(Library *library, QObject *parent = nullptr);
    ~LibraryRecorder() override;

    // Queues snapshot files for storing. Bundled files (":/...", the sample) and web addresses are skipped:
    // the sample is not the user's data, and pages from the web come through recordFetchedPage().
    void recordFiles(const QStringList &paths);
    // Stores a page fetched from url at fetchedAt (UTC) now. A page whose data did not change since the last
    // copy from url is not stored again (Unchanged).
    AddSnapshotResult recordFetchedPage(const QByteArray &bytes, const QUrl &url, const QDateTime &fetchedAt);

    int pendingCount() const { return int(m_queue.size()); }
    // Stores everything queued, now (headless screenshots, tests).
    void flush();

    // True for files the recorder stores: local paths, not bundled resources or web addresses.
    static bool isRecordedPath(const QString &path);

signals:
    // The queue ran empty, or a fetched page was handled: how many snapshots went in, and the ones that
    // could not be stored ("FILE: reason").
    void stored(int added, const QStringList &failures);

private:
    void storeSome();
    void count(const AddSnapshotResult &result);
    void report();

    Library *m_library;
    QStringList m_queue;
    QTimer *m_timer;
    int m_added = 0;
    QStringList m_failures;
};

} // namespace md
