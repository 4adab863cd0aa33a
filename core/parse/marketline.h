// The ticker grammar shared by every format: "SYMBOL PRICE Increased By ▲ CHANGE (PCT%)" and its variants.
#pragma once

#include "core/snapshot.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace md {

struct MarketRow
{
    QString name;           // symbol or index name as printed
    double value = 0.0;     // price or index level
    double change = 0.0;    // signed
    double changePercent = 0.0; // signed
    bool isIndex = false;   // a known index name (KSE100, BR30, ...) rather than a stock

    Quote toQuote() const { return {name, value, change, changePercent}; }
    IndexValue toIndex() const { return {name, value, change, changePercent}; }
};

// Parses one ticker row. Returns nothing when the line is not a ticker row at all (article text, say).
// Doubtful rows still parse; what is doubtful (a sign the words contradict, a percentage that does not
// match price and change) is appended to warnings.
std::optional<MarketRow> parseMarketLine(QStringView line, QStringList *warnings = nullptr);

// True for the names of market indices (KSE100, KSE30, KMI30, ALLSHR, BR100, BR30, ...).
bool isIndexName(QStringView name);

// Parses a number as English-format pages print it ("1,004.50", "-7.01", "−0.5", "113247").
// Grouping must be regular (no "11,81"); returns nothing otherwise. decimals receives the digits after
// the point when not null.
std::optional<double> parsePageNumber(QStringView text, int *decimals = nullptr);

} // namespace md

namespace md {

// Collects ticker rows into a snapshot: indices apart from quotes, repeats of a row dropped (tickers
// repeat their items to scroll seamlessly), the row limit enforced, doubts turned into warnings.
class MarketRowCollector
{
public:
    MarketRowCollector(Snapshot &snapshot, int maxRows);
    ~MarketRowCollector();  // adds the summary warnings

    // Parses the line; true when it was a ticker row (kept or not). forceIndex as for add().
    bool addLine(QStringView line, bool forceIndex = false);
    // forceIndex marks rows from a block the page itself shows as indices.
    void add(const MarketRow &row, bool forceIndex = false);

private:
    Snapshot &m_snapshot;
    int m_maxRows;
    int m_overLimit = 0;
    QStringList m_rowWarnings;
    QHash<QString, qsizetype> m_seenQuotes;
    QHash<QString, qsizetype> m_seenIndices;
};

} // namespace md
