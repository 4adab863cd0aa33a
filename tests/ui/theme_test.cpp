// The theme switches live: Light → Dark → Light in one session re-colours the reader's document and every
// chart of the dashboard and the Library at once, without a restart.
#include "tests/ui/uitestsupport.h"
#include "tests/ui/windowtestsupport.h"
#include "ui/articlereader.h"
#include "ui/dashboardpage.h"
#include "ui/library/historychartview.h"
#include "ui/library/librarypage.h"
#include "ui/mainwindow.h"
#include "ui/portfolio/portfoliopage.h"
#include "ui/theme.h"

#include <QChart>
#include <QChartView>
#include <QValueAxis>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFragment>

#include <cmath>

using namespace md;
using namespace md::test;
using md::ui::MainWindow;
using md::ui::ThemeMode;

namespace {

// WCAG contrast ratio of two colours (1 to 21); body text wants at least 4.5.
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a) + 0.05;
    const double lb = luminance(b) + 0.05;
    return la > lb ? la / lb : lb / la;
}

// Every explicit text colour in the reader's document, against the browser's background.
double worstReaderContrast(ui::ArticleReader *reader)
{
    const QColor background = reader->browser()->viewport()->palette().color(QPalette::Base);
    double worst = 21.0;
    int fragments = 0;
    for (QTextBlock block = reader->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid() || fragment.text().trimmed().isEmpty())
                continue;
            const QBrush brush = fragment.charFormat().foreground();
            const QColor text = brush.style() == Qt::NoBrush ? reader->browser()->palette().color(QPalette::Text)
                                                             : brush.color();
            worst = std::min(worst, contrast(text, background));
            ++fragments;
        }
    }
    EXPECT_GT(fragments, 5) << "the reader shows the article";
    return worst;
}

void switchTo(ThemeMode mode)
{
    ui::applyTheme(mode);
    QTest::qWait(50);  // charts rebuild on the next turn of the event loop
    QCoreApplication::processEvents();
}

} // namespace

TEST(ThemeSwitch, LightDarkLightRecoloursTheReaderAndEveryChartAtOnce)
{
    clearSettings();
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    MainWindow window;
    ASSERT_TRUE(window.openLibrary(dir.filePath(QStringLiteral("library.sqlite"))).ok());
    window.resize(1280, 800);
    window.show();
    ASSERT_TRUE(openSampleAndWait(window).isEmpty());
    // Every view built once, as a user going through them would.
    for (const QString &name : MainWindow::viewNames()) {
        window.showView(name);
        QCoreApplication::processEvents();
    }
    auto *reader = qobject_cast<ui::ArticleReader *>(window.view(QStringLiteral("article")));
    ASSERT_NE(reader, nullptr);

    QList<ui::HistoryChartView *> libraryCharts = window.libraryPage()->findChildren<ui::HistoryChartView *>();
    ASSERT_GE(libraryCharts.size(), 3) << "index history, candles and volume";
    ASSERT_NE(window.portfolioPage(), nullptr);
    libraryCharts.append(window.portfolioPage()->valueChart());  // the portfolio's value against the KSE-100

    for (ThemeMode mode : {ThemeMode::Light, ThemeMode::Dark, ThemeMode::Light, ThemeMode::Dark}) {
        switchTo(mode);
        const bool dark = mode == ThemeMode::Dark;
        SCOPED_TRACE(dark ? "dark" : "light");
        ASSERT_EQ(ui::isDark(window.palette()), dark);
        EXPECT_EQ(ui::isDark(reader->browser()->viewport()->palette()), dark);
        EXPECT_GE(worstReaderContrast(reader), 3.0) << "every line of the article readable on its background";
        // The dashboard's charts are made again in the new colours (so found again each time).
        const QList<QChartView *> dashboardCharts = window.dashboard()->findChildren<QChartView *>();
        ASSERT_GE(dashboardCharts.size(), 2);
        for (QChartView *view : dashboardCharts) {
            const QColor background = view->chart()->backgroundBrush().color();
            EXPECT_EQ(background.lightnessF() < 0.45, dark) << background.name().toStdString();
            EXPECT_GE(contrast(view->chart()->titleBrush().color(), background), 3.0);
        }
        for (ui::HistoryChartView *view : libraryCharts) {
            const QColor background = view->chart()->backgroundBrush().color();
            EXPECT_EQ(background.name(), window.palette().color(QPalette::Base).name());
            EXPECT_GE(contrast(view->valueAxis()->labelsBrush().color(), background), 3.0);
        }
    }
    switchTo(ThemeMode::System);
}
