// Closing-rate files: date|symbol|sector code|company|open|high|low|close|volume|previous close|||
#include "core/parse/psxclosingrates.h"


#include "core/parse/marketline.h"
#include "core/parse/psxchecks.h"
#include "core/parse/psxsectors.h"
#include "core/wording.h"

#include <QSet>

namespace md {
namespace {

// The fields of a record, by their meaning in the file's fixed layout (the file has no header to go by).
enum Field { Date, Symbol, SectorCode, Company, Open, High, Low, Close, Volume, PreviousClose, kFieldCount };

const char *fieldName(int field)
{
    static const char *const kNames[] = {"date", "symbol", "sector code", "company", "open", "high",
                                         "low",  "close",  "volume",      "previous close"};
    return kNames[field];
}

QStringView firstLineWithText(QStringView text)
{
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        const QStringView line = text.mid(start, end - start).trimmed();
        if (!line.isEmpty())
            return line;
        start = end + 1;
    }
    return {};
}

} // namespace

QDate parseClosingRateDate(QStringView text)
{
    if (text.size() != 9)
        return {};
    static const char *const kMonths[] = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN",
                                          "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
    int month = 0;
    for (int m = 0; m < 12; ++m) {
        if (text.mid(2, 3).compare(QLatin1String(kMonths[m]), Qt::CaseInsensitive) == 0)
            month = m + 1;
    }
    bool dayOk = false, yearOk = false;
    const int day = text.left(2).toInt(&dayOk);
    const int year = text.mid(5, 4).toInt(&yearOk);
    if (!month || !dayOk || !yearOk || !text[0].isDigit() || !text[5].isDigit())
        return {};
    return QDate(year, month, day);
}

bool looksLikeClosingRates(QStringView text)
{
    const QStringView line = firstLineWithText(text.left(4096));
    if (line.size() < 20 || line.count(u'|') < kFieldCount - 1)
        return false;
    const qsizetype bar = line.indexOf(u'|');
    return bar == 9 && parseClosingRateDate(line.left(9)).isValid();
}

QString parseClosingRates(const QString &text, Snapshot &snapshot, const LoadLimits &limits)
{
    snapshot.kind = SnapshotKind::ClosingRates;
    ExchangeRowWarnings rowWarnings(snapshot);
    QSet<QString> seen;
    int lineNumber = 0;
    int skipped = 0;
    int overLimit = 0;
    qsizetype start = 0;
    const QStringView all(text);
    while (start < all.size()) {
        qsizetype end = all.indexOf(u'\n', start);
        if (end < 0)
            end = all.size();
        const QStringView line = all.mid(start, end - start).trimmed();
        start = end + 1;
        ++lineNumber;
        if (line.isEmpty())
            continue;
        if ((lineNumber & 1023) == 0 && limits.deadline.hasExpired())
            return parseBudgetExceededMessage(limits);

        const QList<QStringView> fields = line.split(u'|');
        if (fields.size() < kFieldCount) {
            rowWarnings.skip(tr("Line %1 has %2 of the %3 fields of a closing-rate record; it was skipped (the file "
                               "may be cut short).")
                                .arg(lineNumber)
                                .arg(fields.size())
                                .arg(int(kFieldCount)));
            ++skipped;
            continue;
        }
        const QDate date = parseClosingRateDate(fields[Date].trimmed());
        if (!date.isValid()) {
            rowWarnings.skip(tr("Line %1: \"%2\" is not a date like 31DEC2021; the line was skipped.")
                                .arg(lineNumber)
                                .arg(quotedPart(fields[Date].toString())));
            ++skipped;
            continue;
        }
        Quote q;
        q.symbol = fields[Symbol].trimmed().toString();
        // The file gives the sector's code; its name is the exchange's (psxsectors.h), the code where the
        // table has none.
        q.sectorCode = fields[SectorCode].trimmed().toString();
        q.sector = psxSectorName(q.sectorCode);
        if (q.sector.isEmpty())
            q.sector = q.sectorCode;
        q.company = fields[Company].trimmed().toString();
        if (q.symbol.isEmpty()) {
            rowWarnings.skip(tr("Line %1 has no symbol; it was skipped.").arg(lineNumber));
            ++skipped;
            continue;
        }
        QString bad;
        auto number = [&](int field) -> std::optional<double> {
            const QStringView cell = fields[field].trimmed();
            const std::optional<double> v = parseExchangeNumber(cell);
            if (!v && bad.isEmpty())
                bad = tr("Line %1 (%2): the %3 \"%4\" is not a number; the line was skipped.")
                          .arg(lineNumber)
                          .arg(quotedPart(q.symbol), QLatin1String(fieldName(field)), quotedPart(cell.toString()));
            return v;
        };
        q.open = number(Open);
        q.high = number(High);
        q.low = number(Low);
        const std::optional<double> close = number(Close);
        const std::optional<double> volume = number(Volume);
        q.previousClose = number(PreviousClose);
        if (!bad.isEmpty()) {
            rowWarnings.skip(bad);
            ++skipped;
            continue;
        }
        q.price = *close;
        q.volume = volumeFrom(*volume);
        if (!q.volume) {
            rowWarnings.skip(tr("Line %1 (%2): the volume %3 is not a number of shares; the line was skipped.")
                                .arg(lineNumber)
                                .arg(quotedPart(q.symbol), quotedPart(fields[Volume].trimmed().toString())));
            ++skipped;
            continue;
        }
        deriveChange(q);
        clearUntradedBar(q);

        if (!snapshot.sessionDate.isValid()) {
            snapshot.sessionDate = date;
        } else if (date != snapshot.sessionDate) {
            q.sessionDate = date;
            rowWarnings.add(tr("Line %1 (%2) is for %3, not for the file's session %4; it is kept under its own date.")
                                .arg(lineNumber)
                                .arg(q.symbol, date.toString(Qt::ISODate), snapshot.sessionDate.toString(Qt::ISODate)));
        }
        if (seen.contains(q.symbol)) {
            rowWarnings.add(tr("Line %1: %2 is listed again; both lines are kept.").arg(lineNumber).arg(q.symbol));
        }
        seen.insert(q.symbol);
        rowWarnings.checkBar(q, tr("%1 (line %2)").arg(q.symbol).arg(lineNumber), false);
        if (snapshot.quotes.size() >= limits.maxMarketRows) {
            ++overLimit;
            continue;
        }
        snapshot.quotes.append(std::move(q));
    }
    rowWarnings.leftOut(overLimit, limits.maxMarketRows, tr("rows per file"), tr("companies"));
    if (snapshot.quotes.isEmpty())
        return tr("no line of this closing-rate file could be read (%1 skipped)").arg(countOf(skipped, "line", "lines"));
    return {};
}

} // namespace md
