// What the window shows with nothing open: a welcome, Open…, Open the sample, and recent files.
#pragma once

#include <QWidget>

class QVBoxLayout;

namespace md::ui {

class EmptyStateView : public QWidget
{
    Q_OBJECT
public:
    explicit EmptyStateView(QWidget *parent = nullptr);

    // Up to five recent files offered as one-click links (full paths).
    void setRecentFiles(const QStringList &paths);
    // While files are being read: "Opening snapshots…" in place of the buttons.
    void setOpening(bool opening);
    bool isOpening() const;

signals:
    void openRequested();
    void sampleRequested();
    void recentRequested(const QString &path);

private:
    QWidget *m_choices = nullptr;
    QWidget *m_opening = nullptr;
    QWidget *m_recentBox;
    QVBoxLayout *m_recentLayout;
};

} // namespace md::ui
