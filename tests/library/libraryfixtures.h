// Generated plain-text snapshots with known values and capture times, for the library's tests and benchmarks.
#pragma once

#include "core/timestamp.h"

#include <QByteArray>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QString>
#include <QVector>

namespace md::test {

// Where a generated page's market time comes from (core/capturetime.h).
enum class CaptureStyle {
    PageDate,      // a "Published Mon DD, YYYY hh:mmpm" line, and a lead paragraph whose index level is the
                   // ticker's: the article's date, which the ticker agrees with
    Masthead,      // a masthead dated the day, made precise by a byline time on it (05:00pm); reader comments
    PageAndMasthead // both, and comments: the masthead, a "today" stamp, wins over the article
};

struct GeneratedSnapshot
{
    int serial = 0;
    QString relativePath;     // where writeFolder() puts it, e.g. "2024-01/page-0999.txt"
    QByteArray bytes;
    Timestamp capturedAt;     // the capture time the library must find
    QString headline;
    // KSE100 row and the OGDC quote, as printed (doubles read from the printed text).
    double kse100 = 0.0, kse100Change = 0.0, kse100Percent = 0.0;
    double ogdc = 0.0, ogdcChange = 0.0, ogdcPercent = 0.0;
    int quoteCount = 0;
};

inline QString clock12(const QTime &t)
{
    const int h = t.hour() % 12 == 0 ? 12 : t.hour() % 12;
    return QStringLiteral("%1:%2%3").arg(h, 2, 10, QLatin1Char('0')).arg(t.minute(), 2, 10, QLatin1Char('0'))
        .arg(t.hour() < 12 ? QStringLiteral("am") : QStringLiteral("pm"));
}

inline QString pageDate(const QDate &d, const QTime &t)
{
    return QLocale(QLocale::English).toString(d, QStringLiteral("MMM dd, yyyy")) + QLatin1Char(' ') + clock12(t);
}

// Snapshot number serial (0-based) of a daily series starting on firstDay: one page per day, with
// quoteCount ticker rows (OGDC always among them), four indices, a short article and comments.
inline GeneratedSnapshot generateSnapshot(int serial, const QDate &firstDay = QDate(2024, 1, 1), int total = 1000,
                                          int quoteCount = 30)
{
    GeneratedSnapshot g;
    g.serial = serial;
    g.quoteCount = quoteCount;
    const QDate day = firstDay.addDays(serial);
    const CaptureStyle style = CaptureStyle(serial % 3);
    const QTime published(16, 30);
    const QTime newestComment(17, 0);
    const QTime mastheadByline(17, 0);
    g.capturedAt = Timestamp::fromWallClock(day, style == CaptureStyle::Masthead ? mastheadByline : published);
    g.relativePath = day.toString(QStringLiteral("yyyy-MM")) + QStringLiteral("/page-%1.txt").arg(total - serial, 5, 10, QLatin1Char('0'));

    const bool up = serial % 2 == 0;
    const QLocale english(QLocale::English);
    QString text;
    // Ticker rows: OGDC first, then fillers SYMA..; prices and changes built from integers so the
    // printed text is exact.
    const QString ogdcPrice = QStringLiteral("%1.%2").arg(200 + serial % 50).arg(serial % 100, 2, 10, QLatin1Char('0'));
    const QString ogdcChange = QStringLiteral("%1%2.%3").arg(up ? QString() : QStringLiteral("-")).arg(serial % 7)
                                   .arg(25 + serial % 70, 2, 10, QLatin1Char('0'));
    const QString ogdcPercent = QStringLiteral("%1%2.%3").arg(up ? QString() : QStringLiteral("-")).arg(serial % 3)
                                    .arg(1 + serial % 9);
    text += QStringLiteral("OGDC %1 %2 %3 %4 (%5%)\n")
                .arg(ogdcPrice, up ? QStringLiteral("Increased By") : QStringLiteral("Decreased By"),
                     up ? QStringLiteral("\u25B2") : QStringLiteral("\u25BC"), ogdcChange, ogdcPercent);
    for (int i = 1; i < quoteCount; ++i) {
        const bool rowUp = (i + serial) % 3 != 0;
        const QString symbol = QStringLiteral("SYM") + QChar(u'A' + (i - 1) % 26) + QChar(u'A' + (i - 1) / 26 % 26);
        const QString price = QString::number(10 + i) + QLatin1Char('.')
            + QStringLiteral("%1").arg((serial + i) % 100, 2, 10, QLatin1Char('0'));
        const QString sign = rowUp ? QString() : QStringLiteral("-");
        const QString change = sign + QStringLiteral("0.%1").arg(10 + i % 80);
        text += symbol + QLatin1Char(' ') + price
            + (rowUp ? QStringLiteral(" Increased By \u25B2 ") : QStringLiteral(" Decreased By \u25BC ")) + change
            + QStringLiteral(" (") + QString::number(change.toDouble() / (price.toDouble() - change.toDouble()) * 100, 'f', 2)
            + QStringLiteral("%)\n");
    }
    const QString kseValue = english.toString(110000 + 37 * serial);
    const QString kseChange = QStringLiteral("%1%2").arg(up ? QString() : QStringLiteral("-")).arg(12 + serial % 5);
    const QString ksePercent = QStringLiteral("%1%2.%3").arg(up ? QString() : QStringLiteral("-")).arg(0)
                                   .arg(1 + serial % 9, 2, 10, QLatin1Char('0'));
    text += QStringLiteral("BR100 11,814 Increased By 90.4 (0.77%)\n");
    text += QStringLiteral("BR30 36,234 Increased By 874.6 (2.47%)\n");
    text += QStringLiteral("KSE100 %1 %2 %3 (%4%)\n")
                .arg(kseValue, up ? QStringLiteral("Increased By") : QStringLiteral("Decreased By"), kseChange, ksePercent);
    text += QStringLiteral("KSE30 35,712 Increased By 253.6 (0.72%)\n");
    if (style != CaptureStyle::PageDate) {
        text += QStringLiteral("Brecorder Logo\n") + english.toString(day, QStringLiteral("MMM dd, yyyy"))
            + QStringLiteral(" PRINT EDITION \u25BA BR MARKETS \u25BA\nMarkets\n");
    }
    text += QStringLiteral("\n");

    const char *const topics[] = {"Cement stocks lead rally", "Banks drag index lower", "Energy shares rebound",
                                  "Fertiliser makers gain", "Textile exporters slip"};
    g.headline = QStringLiteral("%1 in session %2").arg(QLatin1String(topics[serial % 5])).arg(serial + 1);
    text += g.headline + QStringLiteral("\n\n");
    text += QStringLiteral("BR Web Desk Published ")
        + pageDate(day, style == CaptureStyle::Masthead ? mastheadByline : published) + QStringLiteral("\n\n");
    text += QStringLiteral("KARACHI: Shares at the Pakistan Stock Exchange moved in session %1 as dealers "
                           "weighed the week's results, and the benchmark index closed at %2 points.\n\n")
                .arg(serial + 1)
                .arg(kseValue);
    text += QStringLiteral("Volumes stayed near the monthly average, with most trade in a few large names.\n\n");
    text += QStringLiteral("Analysts expect a quieter session tomorrow.\n\n");
    text += QStringLiteral("Comments\n\n200 characters\n");
    if (style != CaptureStyle::PageDate) {
        text += QStringLiteral("Reader_A %1\nA steady day for holders.\nthumb_up Recommended (2) reply Reply\n")
                    .arg(pageDate(day, QTime(11, 15)));
        text += QStringLiteral("Reader_B %1\nWaiting for the budget.\nthumb_up Recommended (0) reply Reply\n")
                    .arg(pageDate(day, newestComment));
    }
    g.bytes = text.toUtf8();
    g.ogdc = ogdcPrice.toDouble();
    g.ogdcChange = ogdcChange.toDouble();
    g.ogdcPercent = ogdcPercent.toDouble();
    g.kse100 = 110000 + 37 * serial;
    g.kse100Change = kseChange.toDouble();
    g.kse100Percent = ksePercent.toDouble();
    return g;
}

inline QVector<GeneratedSnapshot> generateSnapshots(int count, const QDate &firstDay = QDate(2024, 1, 1),
                                                    int quoteCount = 30)
{
    QVector<GeneratedSnapshot> out;
    out.reserve(count);
    for (int i = 0; i < count; ++i)
        out.append(generateSnapshot(i, firstDay, count, quoteCount));
    return out;
}

// Writes the snapshots under folder (creating subfolders); false when a file cannot be written.
inline bool writeFolder(const QString &folder, const QVector<GeneratedSnapshot> &snapshots)
{
    for (const GeneratedSnapshot &g : snapshots) {
        const QString path = folder + QLatin1Char('/') + g.relativePath;
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            return false;
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(g.bytes) != g.bytes.size())
            return false;
    }
    return true;
}

} // namespace md::test
