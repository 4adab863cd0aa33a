// Offscreen screenshots of the window and its views.
#include "ui/screenshot.h"

#include "core/library/articlesearch.h"
#include "core/library/historyrange.h"
#include "core/library/libraryrecorder.h"
#include "core/library/librarytypes.h"
#include "core/load/snapshotopener.h"
#include "core/models/modelroles.h"
#include "core/models/moversproxymodel.h"
#include "core/network/pageinput.h"
#include "core/session/snapshotsession.h"
#include "core/settings/settings.h"
#include "ui/dashboardpage.h"
#include "ui/library/historychartview.h"
#include "ui/library/articlesearchview.h"
#include "ui/library/librarypage.h"
#include "ui/library/symbolhistoryview.h"
#include "ui/mainwindow.h"
#include "ui/moversview.h"
#include "ui/tickerstrip.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSplitter>
#include <QTemporaryDir>
#include <QThread>
#include <QWidget>

#include <algorithm>
#include <memory>

namespace md::ui {
namespace {

// Lets layouts, deferred rebuilds and the charts' scene settle before grabbing: for a while, and for a number of
// rounds of the event loop whatever the clock says (on a busy machine 150 ms went by in a few rounds, and the
// charts' cards were grabbed half laid out).
void settle()
{
    QElapsedTimer clock;
    clock.start();
    for (int round = 0; round < 40 || clock.elapsed() < 150; ++round) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
}

} // namespace

ScreenshotResult renderScreenshot(const ScreenshotRequest &request)
{
    ScreenshotResult result;
    const InMemorySettings noUserSettings;  // defaults read, nothing written
    QTemporaryDir libraryDir;  // outlives the window and its connection to the library inside
    MainWindow window;
    const QString libraryPath = request.libraryPath.isEmpty()
        ? libraryDir.filePath(QStringLiteral("library.sqlite")) : request.libraryPath;
    // A library that cannot be opened (a newer MarketDesk's, a folder that cannot be written, one held by
    // another MarketDesk) is reported like an unreadable input: the picture is still drawn, without it.
    const LibraryOpenResult opened = window.openLibrary(libraryPath);
    if (!opened.ok())
        result.errors.append(opened.error);
    window.dashboard()->ticker()->setStaticMode(true);  // a still frame, from the first item
    // Everything read before drawing (web pages too, waiting for them), then handed over as one batch so
    // the newest of all is the one shown.
    QStringList files;
    if (request.openSample)
        files.append(SnapshotSession::samplePath());
    QVector<OpenedSnapshot> pages;
    for (const QString &input : request.files) {
        if (!isWebAddress(input)) {
            files.append(input);
            continue;
        }
        SnapshotLoadResult page = loadSnapshotInput(input);
        if (!page.ok()) {
            result.errors.append(page.error);
            continue;
        }
        OpenedSnapshot opened;
        opened.key = input;
        opened.snapshot = std::move(*page.snapshot);
        pages.append(std::move(opened));
    }
    OpenResult batch = SnapshotOpener::openNow(files);
    batch.opened += pages;
    result.errors += batch.errors;
    window.session()->applyOpenResult(batch);
    if (window.session()->recorder())
        window.session()->recorder()->flush();  // the library views show what was just opened

    window.resize(request.size);
    if (request.view.isEmpty()) {
        window.show();
        settle();
        result.image = window.grab().toImage();
        return result;
    }
    const bool symbolView = request.view == QLatin1String("symbol") || request.view == QLatin1String("candles");
    const QAbstractItemModel *movers = window.dashboard()->movers()->proxy();
    if (symbolView && movers->rowCount() > 0 && window.libraryPage()) {
        // The symbol history of the movers table's first row (the day's top gainer by default).
        window.libraryPage()->showSymbol(movers->index(0, 0).data(RawValueRole).toString());
    } else if (request.view == QLatin1String("news") && window.libraryPage() && window.session()->library()) {
        // News by symbol: of the movers' symbols, the one the library's articles mention most.
        ArticleSearch search(*window.session()->library());
        QString mostMentioned;
        qsizetype most = -1;
        for (int row = 0; row < std::min(movers->rowCount(), 60); ++row) {  // the top of the table is enough
            const QString symbol = movers->index(row, 0).data(RawValueRole).toString();
            const qsizetype count = search.articlesMentioning(symbol).size();
            if (count > most) {
                most = count;
                mostMentioned = symbol;
            }
        }
        if (!mostMentioned.isEmpty())
            window.libraryPage()->showSymbol(mostMentioned);
    }
    if (request.view == QLatin1String("watchlist"))
        window.dashboard()->setTickerWatchlistFirst(true);  // the stars lead the ticker too (in-memory settings)
    if (request.view == QLatin1String("search") && window.libraryPage())
        window.libraryPage()->articleSearch()->search(request.query);
    QWidget *view = window.view(request.view);
    if (!view)
        return result;
    window.showView(request.view);  // a library view reads the library now
    // The view on its own, as a top-level window of the requested size.
    std::unique_ptr<QWidget> frame(new QWidget);
    view->setParent(frame.get());
    const bool ticker = request.view == QLatin1String("ticker");
    const QSize size(request.size.width(), ticker ? view->sizeHint().height() : request.size.height());
    frame->resize(size);
    view->setGeometry(QRect(QPoint(0, 0), size));
    frame->setAutoFillBackground(true);
    view->show();
    frame->show();
    if (symbolView && window.libraryPage()) {
        if (const std::optional<RangePreset> preset = presetNamed(request.range))
            window.libraryPage()->symbolHistory()->applyPreset(*preset);
    }
    if (request.view == QLatin1String("candles") && window.libraryPage()) {
        // The overlays and the crosshair's readout, on a session two thirds of the way along.
        SymbolHistoryView *history = window.libraryPage()->symbolHistory();
        history->setAverageShown(20, true);
        history->setAverageShown(50, true);
        const TimeRange shown = history->priceChart()->visibleRange();
        history->pointAt(shown.fromMsecs + (shown.toMsecs - shown.fromMsecs) * 2 / 3);
    }
    if (request.view == QLatin1String("news") && window.libraryPage()) {
        // The News list as wide as the charts, so its headlines are read whole.
        window.libraryPage()->symbolHistory()->splitter()->setSizes({size.width() / 2, size.width() / 2});
    }
    settle();
    result.image = frame->grab().toImage();
    view->setParent(&window);  // the window owns (and deletes) its views
    return result;
}

} // namespace md::ui
