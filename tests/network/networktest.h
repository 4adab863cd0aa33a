// Helpers for the network tests: run a fetch to its end under a guard timer, and fixture loading.
#pragma once

#include "core/network/fetchresult.h"
#include "core/network/pagefetch.h"
#include "core/network/pagefetcher.h"
#include "tests/core/testdata.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <gtest/gtest.h>

#include <ostream>

namespace md {
inline void PrintTo(FetchResult::Error error, std::ostream *os)
{
    *os << "FetchResult::Error(" << int(error) << ')';
}
} // namespace md

namespace md::test {

struct TimedFetch
{
    FetchResult result;
    bool finished = false;
    qint64 elapsedMs = 0;
};

// Starts url on fetcher and waits for its report; a fetch that outlives guardMs counts as a hang.
inline TimedFetch runFetch(PageFetcher &fetcher, const QUrl &url, int guardMs = 5000)
{
    TimedFetch out;
    QEventLoop loop;
    QElapsedTimer clock;
    clock.start();
    PageFetch *fetch = fetcher.fetch(url);
    QObject::connect(fetch, &PageFetch::finished, &loop, [&](const FetchResult &result) {
        out.result = result;
        out.finished = true;
        loop.quit();
    });
    QTimer::singleShot(guardMs, &loop, &QEventLoop::quit);
    loop.exec();
    out.elapsedMs = clock.elapsed();
    EXPECT_TRUE(out.finished) << "the fetch of " << url.toString().toStdString() << " hung";
    return out;
}

// Runs the event loop until condition() holds or timeoutMs passes; returns condition().
template<typename Condition>
bool waitUntil(Condition condition, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!condition() && clock.elapsed() < timeoutMs) {
        QEventLoop loop;
        QTimer::singleShot(10, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return condition();
}

} // namespace md::test
