// macOS: a document double-clicked in the Finder (or dropped on the Dock icon) opens in the window.
#pragma once

#include <QObject>
#include <QPointer>

namespace md::ui {

class MainWindow;

// Installed on the QApplication: QFileOpenEvent (sent by macOS for files and URLs given to a running or
// starting MarketDesk) opens the file or page in the window, as if named on the command line.
class FileOpenFilter : public QObject
{
    Q_OBJECT

public:
    explicit FileOpenFilter(MainWindow *window, QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<MainWindow> m_window;
};

} // namespace md::ui
