// The library as a list of snapshots by date: search by symbol or headline, open, compare, correct, remove.
#pragma once

#include "core/library/librarytypes.h"

#include <QVector>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTreeView;
class QTimer;
QT_END_NAMESPACE

namespace md {
class Library;
class LibraryListModel;
}

namespace md::ui {

class LibraryView : public QWidget
{
    Q_OBJECT

public:
    // library is opened by the caller on this thread and outlives the view.
    explicit LibraryView(Library *library, QWidget *parent = nullptr);

    // Reads the list again (after an import, or a change made elsewhere), keeping the search and selection.
    void reload();
    void setSearchText(const QString &text);
    QString searchText() const;

    // Selected snapshots, in the order shown (a story's row: its newest copy).
    QVector<SnapshotId> selectedIds() const;
    // Every snapshot the selected rows stand for: a story's row, all its copies.
    QVector<SnapshotId> selectedCopies() const;
    void selectIds(const QVector<SnapshotId> &ids);

    // Ask before removing (on by default; tests turn it off).
    void setConfirmRemoval(bool confirm) { m_confirmRemoval = confirm; }
    void removeSelected();
    // Opens the capture time dialog for the snapshot; applyCaptureTime() is what it does on OK.
    void editCaptureTime(SnapshotId id);
    void applyCaptureTime(SnapshotId id, const Timestamp &time);

    LibraryListModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    // The list: a story saved more than once is one row, its copies under it.
    QTreeView *table() const { return m_table; }
    // The line under the list: counts, or the last problem.
    QString statusText() const;

signals:
    // The user wants to see this snapshot (double-click, Enter, Open).
    void snapshotActivated(md::SnapshotId id);
    // Two snapshots chosen for comparison, the earlier first.
    void compareRequested(md::SnapshotId before, md::SnapshotId after);
    // Snapshots were removed or a capture time changed: other views on the library should reload.
    void libraryChanged();
    // "In Articles": the words in the search box, to be searched in the articles' text instead.
    void articleSearchRequested(const QString &words);

private:
    void updateActions();
    void showProblem(const QString &message);

    Library *m_library = nullptr;
    LibraryListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTreeView *m_table = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchDelay = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_articlesButton = nullptr;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_compareButton = nullptr;
    QPushButton *m_timeButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_compareAction = nullptr;
    QAction *m_timeAction = nullptr;
    QAction *m_removeAction = nullptr;
    bool m_confirmRemoval = true;
};

} // namespace md::ui
