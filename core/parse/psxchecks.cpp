// Bar checks and derived changes for the exchange's boards.
#include "core/parse/psxchecks.h"

#include "core/parse/marketline.h"
#include "core/limits.h"
#include "core/wording.h"

#include <QLocale>

#include <cmath>

namespace md {
namespace {

constexpr int kWarningsTold = 20;

QString number(double v)
{
    return QString::number(v, 'f', QLocale::FloatingPointShortest);
}

double roundTo(double v, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(v * scale) / scale;
}

} // namespace

ExchangeRowWarnings::~ExchangeRowWarnings()
{
    if (m_moreSkipped > 0)
        m_warnings.append(tr("… and %1 skipped.").arg(countOf(m_moreSkipped, "more row", "more rows")));
    if (m_more > 0)
        m_warnings.append(tr("… and %1 with doubtful values (kept as printed).").arg(countOf(m_more, "more row", "more rows")));
}

void ExchangeRowWarnings::add(const QString &warning)
{
    if (m_told < kWarningsTold) {
        m_warnings.append(warning);
        ++m_told;
    } else {
        ++m_more;
    }
}

void ExchangeRowWarnings::skip(const QString &warning)
{
    ++m_snapshot.skippedRows;
    if (m_snapshot.firstSkippedRow.isEmpty())
        m_snapshot.firstSkippedRow = warning;
    if (m_told < kWarningsTold) {
        m_warnings.append(warning);
        ++m_told;
    } else {
        ++m_moreSkipped;
    }
}

void ExchangeRowWarnings::leftOut(int count, int limit, const QString &limitName, const QString &what)
{
    if (count <= 0)
        return;
    const QString warning = limitReachedWarning(limitName, limit, what, count);
    m_snapshot.skippedRows += count;
    if (m_snapshot.firstSkippedRow.isEmpty())
        m_snapshot.firstSkippedRow = warning;
    m_warnings.append(warning);  // always told, past the 20 row warnings
}

void ExchangeRowWarnings::checkBar(const Quote &q, const QString &where, bool changeIsPrinted)
{
    QStringList doubts;
    if (q.low && q.high && *q.low > *q.high)
        doubts.append(tr("low %1 is above high %2").arg(number(*q.low), number(*q.high)));
    if (q.open && q.low && q.high && (*q.open < *q.low || *q.open > *q.high))
        doubts.append(tr("open %1 is outside low–high %2–%3").arg(number(*q.open), number(*q.low), number(*q.high)));
    if (q.low && q.high && (q.price < *q.low || q.price > *q.high))
        doubts.append(tr("close %1 is outside low–high %2–%3").arg(number(q.price), number(*q.low), number(*q.high)));
    if (changeIsPrinted && q.previousClose) {
        // The exchange rounds prices to 2 decimals (4 for a few): a difference past a cent and a half is real.
        const double expected = q.price - *q.previousClose;
        if (std::abs(expected - q.change) > 0.015)
            doubts.append(tr("close %1 − previous close %2 is %3, but the change is printed as %4")
                              .arg(number(q.price), number(*q.previousClose), number(roundTo(expected, 4)), number(q.change)));
    }
    if (q.volume && *q.volume < 0)
        doubts.append(tr("volume %1 is negative").arg(*q.volume));
    if (!doubts.isEmpty())
        add(tr("%1: %2; the row is kept as printed.").arg(where, doubts.join(QLatin1String("; "))));
}

std::optional<double> parseExchangeNumber(QStringView text)
{
    text = text.trimmed();
    if (text.endsWith(u'%'))
        text.chop(1);
    bool negative = false;
    if (!text.isEmpty() && (text.front() == u'-' || text.front() == QChar(0x2212) || text.front() == u'+')) {
        negative = text.front() != u'+';
        text = text.mid(1).trimmed();
    }
    const std::optional<double> v = parsePageNumber(text);
    if (!v)
        return std::nullopt;
    return negative ? -*v : *v;
}

std::optional<qint64> volumeFrom(double shares)
{
    // 2^63 ≈ 9.22e18; anything from 9e18 on is not a day's volume anyway.
    if (!std::isfinite(shares) || std::abs(shares) >= 9e18)
        return std::nullopt;
    return qint64(shares);
}

void deriveChange(Quote &q)
{
    if (!q.previousClose)
        return;
    q.change = roundTo(q.price - *q.previousClose, 4);
    q.changePercent = *q.previousClose != 0.0 ? roundTo(q.change / *q.previousClose * 100.0, 2) : 0.0;
}

void clearUntradedBar(Quote &q)
{
    if (q.volume && *q.volume == 0 && q.open.value_or(0) == 0 && q.high.value_or(0) == 0 && q.low.value_or(0) == 0) {
        q.open.reset();
        q.high.reset();
        q.low.reset();
    }
}

} // namespace md
