// Snapshot titles for lists: the headline, or what an exchange publication is.
#include "core/models/snapshottitle.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

namespace md {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("md::SnapshotTitle", text);
}

QString day(const QDate &date)
{
    return QLocale::c().toString(date, QStringLiteral("d MMM yyyy"));
}

// The symbol an end-of-day series is for: the last part of its address ("…/timeseries/eod/LUCK").
QString seriesSymbol(const QString &source)
{
    const QString path = QUrl(source).isRelative() ? QFileInfo(source).completeBaseName() : QUrl(source).path();
    const QString last = path.section(u'/', -1);
    static const QRegularExpression symbol(QStringLiteral("^[A-Z][A-Z0-9]{0,11}$"));
    return symbol.match(last).hasMatch() ? last : QString();
}

} // namespace

QString snapshotTitle(const QString &headline, SnapshotKind kind, const QDate &session, const Timestamp &marketTime,
                      const QString &source)
{
    if (!headline.isEmpty())
        return headline;
    // On the exchange's clock, as every view shows times.
    const QDateTime clock = marketTime.isValid() && marketTime.hasTime() ? marketTime.toExchangeClock() : QDateTime();
    const QDate marketDay = clock.isValid() ? clock.date() : marketTime.isValid() ? marketTime.date() : QDate();
    const QDate sessionDay = session.isValid() ? session : marketDay;
    const auto named = [&](const QString &what, const QString &when) {
        return when.isEmpty() ? what : QStringLiteral("%1 \u00B7 %2").arg(what, when);
    };
    switch (kind) {
    case SnapshotKind::ClosingRates:
        return named(tr("PSX closing rates"), sessionDay.isValid() ? day(sessionDay) : QString());
    case SnapshotKind::HistoricalSession:
        return named(tr("PSX historical session"), sessionDay.isValid() ? day(sessionDay) : QString());
    case SnapshotKind::MarketWatch: {
        QString when;
        if (clock.isValid())
            when = QStringLiteral("%1 %2").arg(day(clock.date()), clock.time().toString(QStringLiteral("HH:mm")));
        else if (marketDay.isValid())
            when = day(marketDay);
        else if (session.isValid())
            when = day(session);
        return named(tr("PSX market watch"), when);
    }
    case SnapshotKind::EodSeries:
        return named(tr("PSX daily closes"), seriesSymbol(source));
    case SnapshotKind::NewsPage:
        break;
    }
    const QString name = QFileInfo(source).fileName();
    return name.isEmpty() ? source : name;
}

} // namespace md
