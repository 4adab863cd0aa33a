// End-of-day series: {"status":1,"data":[[1733788800,224.96,12345678,215.0],…]} or the bare array.
#include "core/parse/psxeodseries.h"

#include "core/parse/psxchecks.h"
#include "core/wording.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace md {
namespace {

// A symbol as the exchange writes it: letters, digits and a few marks ("OGDC", "MTL-JUN", "BAFL-CJAN").
bool isSymbolLike(const QString &name)
{
    static const QRegularExpression kSymbol(QStringLiteral("^[A-Za-z][A-Za-z0-9.&-]{0,15}$"));
    return kSymbol.match(name).hasMatch();
}

QString symbolFromLocation(const QString &location)
{
    const QUrl url(location);
    QString path = url.isValid() && !url.scheme().isEmpty() && url.scheme().size() > 1 ? url.path() : location;
    path.replace(u'\\', u'/');
    const qsizetype eod = path.lastIndexOf(QLatin1String("/eod/"), -1, Qt::CaseInsensitive);
    if (eod >= 0) {
        const QString name = path.mid(eod + 5).section(u'/', 0, 0);
        if (isSymbolLike(name))
            return name.toUpper();
    }
    const QString base = QFileInfo(path).completeBaseName();
    return isSymbolLike(base) ? base.toUpper() : QString();
}

} // namespace

bool looksLikeJson(QStringView text)
{
    // The opening bracket, then what JSON allows next: an object's key or its end; an array's first value or its
    // end. A text copy that opens with a bracketed tag ("[ad_1]", "[Updated]") is no JSON.
    text = text.left(4096);
    qsizetype at = 0;
    auto skipSpace = [&] {
        while (at < text.size() && (text[at].isSpace() || text[at] == QChar(0xFEFF)))
            ++at;
    };
    skipSpace();
    if (at == text.size() || (text[at] != u'{' && text[at] != u'['))
        return false;
    const QChar open = text[at++];
    skipSpace();
    if (at == text.size())
        return true;
    const QChar c = text[at];
    if (open == u'{')
        return c == u'"' || c == u'}';
    const QStringView rest = text.mid(at);
    return c == u'{' || c == u'[' || c == u'"' || c == u']' || c == u'-' || (c >= u'0' && c <= u'9')
        || rest.startsWith(QLatin1String("true")) || rest.startsWith(QLatin1String("false"))
        || rest.startsWith(QLatin1String("null"));
}

EodSeriesResult parseEodSeries(const QString &json, const QString &location, Snapshot &snapshot,
                               const LoadLimits &limits)
{
    EodSeriesResult result;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = tr("this is not valid JSON (%1 at character %2)").arg(parseError.errorString()).arg(parseError.offset);
        return result;
    }
    QJsonArray rows;
    QString symbol;
    if (doc.isArray()) {
        rows = doc.array();
    } else {
        const QJsonObject o = doc.object();
        if (!o.value(QLatin1String("data")).isArray()) {
            result.error = tr("this JSON is not an end-of-day series of the exchange (it has no \"data\" rows)");
            return result;
        }
        rows = o.value(QLatin1String("data")).toArray();
        symbol = o.value(QLatin1String("symbol")).toString().trimmed().toUpper();
    }
    // Every row must be [time, close, volume, open] numbers; anything else is some other JSON.
    for (const QJsonValue &row : std::as_const(rows)) {
        const QJsonArray r = row.toArray();
        if (!row.isArray() || r.size() < 4 || !r.at(0).isDouble() || !r.at(1).isDouble()) {
            result.error = tr("this JSON is not an end-of-day series of the exchange (its rows are not "
                              "[time, close, volume, open])");
            return result;
        }
    }
    result.recognised = true;
    if (symbol.isEmpty())
        symbol = symbolFromLocation(location);
    if (symbol.isEmpty()) {
        result.error = tr("this end-of-day series does not say which symbol it is for; save it under the symbol's "
                          "name (OGDC.json)");
        return result;
    }

    snapshot.kind = SnapshotKind::EodSeries;
    ExchangeRowWarnings rowWarnings(snapshot);
    struct Day { QDate date; Quote quote; int row; };
    std::vector<Day> days;
    days.reserve(size_t(rows.size()));
    int overLimit = 0;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if ((i & 1023) == 0 && limits.deadline.hasExpired()) {
            result.error = parseBudgetExceededMessage(limits);
            return result;
        }
        const QJsonArray r = rows.at(i).toArray();
        const double seconds = r.at(0).toDouble();
        if (!std::isfinite(seconds) || std::abs(seconds) > 1e11) {
            rowWarnings.skip(tr("Row %1: %2 is not a time; the row was skipped.").arg(i + 1).arg(seconds));
            continue;
        }
        Quote q;
        q.symbol = symbol;
        q.price = r.at(1).toDouble();
        if (r.at(2).isDouble()) {
            q.volume = volumeFrom(r.at(2).toDouble());
            if (!q.volume)
                rowWarnings.add(tr("Row %1: the volume %2 is not a number of shares; it is left empty.")
                                    .arg(i + 1)
                                    .arg(r.at(2).toDouble()));
        }
        if (r.at(3).isDouble())
            q.open = r.at(3).toDouble();
        // The series' times are the session's day at midnight UTC or in Pakistan time: the day in Pakistan.
        q.sessionDate = QDateTime::fromSecsSinceEpoch(qint64(seconds), Qt::UTC).addSecs(Timestamp::kPakistanOffsetSeconds).date();
        if (int(days.size()) >= limits.maxMarketRows) {
            ++overLimit;
            continue;
        }
        days.push_back({q.sessionDate, std::move(q), int(i + 1)});
    }
    // The exchange lists newest first; the snapshot keeps time order. A day listed twice keeps its first row.
    std::stable_sort(days.begin(), days.end(), [](const Day &a, const Day &b) { return a.date < b.date; });
    for (size_t i = 0; i < days.size(); ++i) {
        Quote &q = days[i].quote;
        if (i > 0 && days[i - 1].date == days[i].date) {
            rowWarnings.add(tr("Row %1: %2 is listed twice; the first row is kept.").arg(days[i].row).arg(days[i].date.toString(Qt::ISODate)));
            continue;
        }
        if (!snapshot.quotes.isEmpty()) {
            q.previousClose = snapshot.quotes.last().price;
            deriveChange(q);
        }
        snapshot.quotes.append(std::move(q));
    }
    rowWarnings.leftOut(overLimit, limits.maxMarketRows, tr("rows per file"), tr("days"));
    if (snapshot.quotes.isEmpty())
        snapshot.warnings.append(tr("The end-of-day series of %1 has no days.").arg(symbol));
    else
        snapshot.sessionDate = snapshot.quotes.last().sessionDate;
    return result;
}

} // namespace md
