// The side panel: every opened snapshot (newest first); choosing one makes it the current snapshot.
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QListView;

namespace md {
class SnapshotCollection;
}

namespace md::ui {

class SnapshotListView : public QWidget
{
    Q_OBJECT
public:
    explicit SnapshotListView(QWidget *parent = nullptr);

    // The list shows the collection and keeps its current snapshot and the list's selection in step.
    void setCollection(SnapshotCollection *collection);
    QListView *list() const { return m_list; }
    // Offer "Compare with the Selected Snapshot" in the context menu (when a library view can show it).
    void setCompareEnabled(bool on) { m_compareEnabled = on; }

signals:
    // The user asked to close these rows (Delete key or the context menu).
    void closeRequested(int row);
    // The user asked to compare this row with the current snapshot (the context menu).
    void compareWithCurrentRequested(int row);

private:
    void syncFromCollection();
    void updateHeader();
    void showContextMenu(const QPoint &pos);

    QPointer<SnapshotCollection> m_collection;
    QListView *m_list;
    QLabel *m_title;
    bool m_syncing = false;
    bool m_compareEnabled = false;
};

} // namespace md::ui
