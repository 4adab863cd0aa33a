// The checks every row of the exchange's own publications goes through, and the warnings they give.
#pragma once

#include "core/snapshot.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace md {

// Collects the doubts about an exchange board's rows: the first few are told one by one, the rest counted,
// so a damaged file of 500 rows gives a readable list rather than 500 lines.
class ExchangeRowWarnings
{
public:
    explicit ExchangeRowWarnings(Snapshot &snapshot) : m_snapshot(snapshot), m_warnings(snapshot.warnings) {}
    ~ExchangeRowWarnings();  // adds "… and N more rows skipped" and "… with doubtful values"

    // A row kept with a doubt.
    void add(const QString &warning);
    // A row that could not be read and is not in the snapshot: counted in Snapshot::skippedRows.
    void skip(const QString &warning);
    // Rows left out past LoadLimits::maxMarketRows (what: "companies", "rows", "days").
    void leftOut(int count, int limit, const QString &limitName, const QString &what);

    // Checks one row's bar: low ≤ open ≤ high, low ≤ close ≤ high, and, where the source prints a change,
    // A number as the exchange prints it: "1,004.50", "-7.01", "−0.5" (U+2212), "+1.26", "1.48%"; nothing when the
// text is not one (never 0).
std::optional<double> parseExchangeNumber(QStringView text);

// A volume (a number of shares) as an integer: nothing when the number is not finite or past what a
// 64-bit integer holds (a fuzzer's 1.2e98), which would otherwise be undefined behaviour to convert.
std::optional<qint64> volumeFrom(double shares);

// close − previous close = change within the source's rounding. A failing row is kept as printed; where
    // names it ("OGDC (line 12)").
    void checkBar(const Quote &quote, const QString &where, bool changeIsPrinted);

private:
    Snapshot &m_snapshot;
    QStringList &m_warnings;
    int m_told = 0;
    int m_more = 0;
    int m_moreSkipped = 0;
};

// A number as the exchange prints it: "1,004.50", "-7.01", "−0.5" (U+2212), "+1.26", "1.48%"; nothing when the
// text is not one (never 0).
std::optional<double> parseExchangeNumber(QStringView text);

// A volume (a number of shares) as an integer: nothing when the number is not finite or past what a
// 64-bit integer holds (a fuzzer's 1.2e98), which would otherwise be undefined behaviour to convert.
std::optional<qint64> volumeFrom(double shares);

// close − previous close and its percentage, rounded to what the exchange prints (4 and 2 decimals), for
// sources that print no change of their own (closing-rate files, end-of-day series).
void deriveChange(Quote &quote);

// A symbol that did not trade: volume 0 and open, high and low all 0. The board prints zeros for a price
// that does not exist; they are left unset (nullopt) rather than drawn as a fall to zero.
void clearUntradedBar(Quote &quote);

} // namespace md
