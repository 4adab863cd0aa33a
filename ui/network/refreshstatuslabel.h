// The status bar's line about web pages: when the page on screen was last refreshed, and any failure.
#pragma once

#include <QLabel>
#include <QPointer>

namespace md {
class AutoRefresh;
class SnapshotCollection;
}

namespace md::ui {

// Shows describeRefreshStatus() of the current snapshot when it is a web page, and counts the other pages
// whose last refresh failed; the tooltip lists every page with its status. Hidden when no page is open.
class RefreshStatusLabel : public QLabel
{
    Q_OBJECT

public:
    RefreshStatusLabel(AutoRefresh *refresh, SnapshotCollection *collection, QWidget *parent = nullptr);

    // The whole line (the label elides it to fit the status bar).
    QString fullText() const { return m_fullText; }

public slots:
    void refreshText();

private:
    QPointer<AutoRefresh> m_refresh;
    QPointer<SnapshotCollection> m_collection;
    QString m_fullText;
};

} // namespace md::ui
