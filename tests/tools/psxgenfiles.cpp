// psxgen-files: writes a made-up market's files for the docs' pictures: the last session's market-watch board,
// a closing-rate file and a news ticker with the KSE-100 per trading day (tests/tools/psxgen.h; deterministic,
// never committed).
#include "psxgen.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QStringList>
#include <QTextStream>

namespace {

// Written with the session's close (15:30 Pakistan time) as its modification time: a board that prints no time
// is dated by its file, and a picture made from it must not change with the day it is made.
bool writeFile(const QString &path, const QByteArray &bytes, const QDate &session)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return false;
    return file.setFileTime(QDateTime(session, QTime(15, 30), Qt::OffsetFromUTC, 5 * 3600),
                            QFileDevice::FileModificationTime);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    if (args.size() != 4) {
        err << "usage: psxgen-files OUTDIR SYMBOLS DAYS\n"
               "  OUTDIR/market-watch.html (the last session's board), OUTDIR/closing/DDMMMYYYY.lis and\n"
               "  OUTDIR/index/KSE100-DDMMMYYYY.txt (the KSE-100 on a news ticker) per day\n";
        return 1;
    }
    const QDir out(args[1]);
    md::psxgen::Options options;
    options.symbols = args[2].toInt();
    options.firstDay = QDate(2024, 1, 1);
    const int days = args[3].toInt();
    if (options.symbols <= 0 || days <= 0 || !out.mkpath(QStringLiteral("closing")) || !out.mkpath(QStringLiteral("index"))) {
        err << "psxgen-files: bad arguments or " << args[1] << " cannot be written\n";
        return 1;
    }
    md::psxgen::Market market(options);
    const QLocale english(QLocale::English);
    for (int n = 0; n < days; ++n) {
        const md::psxgen::Session &session = market.nextSession();
        const QString day = english.toString(session.date, QStringLiteral("ddMMMyyyy")).toUpper();
        if (!writeFile(out.filePath(QStringLiteral("closing/%1.lis").arg(day)), md::psxgen::closingRateFile(market, session), session.date)
            || !writeFile(out.filePath(QStringLiteral("index/KSE100-%1.txt").arg(day)), md::psxgen::indexTickerPage(session), session.date))
            return 2;
        if (n == days - 1 && !writeFile(out.filePath(QStringLiteral("market-watch.html")),
                                          md::psxgen::marketWatchPage(market, session), session.date))
            return 2;
    }
    return 0;
}
