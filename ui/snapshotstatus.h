// The status bar's summary of what is open: counts, and a link to the current snapshot's reading warnings.
#pragma once

#include <QWidget>

class QLabel;

namespace md {
class SnapshotCollection;
}

namespace md::ui {

// "2 snapshots open · 30 quotes · 4 indices · 3 comments", and "⚠ 2 warnings" (a link, with the warnings as
// its tooltip) when the current snapshot has any. Follows the collection by itself.
class SnapshotStatus : public QWidget
{
    Q_OBJECT

public:
    // collection outlives the widget.
    explicit SnapshotStatus(const SnapshotCollection *collection, QWidget *parent = nullptr);

    QString countsText() const;

signals:
    // The warnings link was clicked.
    void warningsRequested();

private:
    void refresh();

    const SnapshotCollection *m_collection;
    QLabel *m_warnings;
    QLabel *m_counts;
};

} // namespace md::ui
