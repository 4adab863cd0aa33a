// Dashboard start-up. (Skeleton: the window itself is built in the dashboard issue.)
#include "ui/dashboardapp.h"

#include <QApplication>
#include <QMainWindow>

namespace md::ui {

int runDashboard(const LaunchOptions &options)
{
    Q_UNUSED(options);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("MarketDesk"));
    window.show();
    return QApplication::exec();
}

} // namespace md::ui
