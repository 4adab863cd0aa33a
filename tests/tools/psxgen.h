// A generator of realistic PSX test data: closing-rate files, market-watch and historical-session pages,
// end-of-day series and the KSE-100's level on a news ticker for a made-up market (seeded, deterministic), for
// tests and benchmarks. Never commit
// its output; generate it where it is used.
#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QVector>

#include <cstdint>
#include <random>

namespace md::psxgen {

struct Options
{
    std::uint32_t seed = 13;
    int symbols = 500;
    int sectors = 35;
    QDate firstDay = QDate(2015, 1, 1);
};

struct Company
{
    QString symbol;      // "KAPCO": 3 to 5 capital letters
    QString name;        // "Kohat Power Ltd."
    QString sectorCode;  // "0820" (closing-rate files)
    QString sectorName;  // "OIL & GAS EXPLORATION COMPANIES" (market-watch pages)
    QString listedIn;    // "KSE100,KSE30" or empty
};

// One company's session. A suspended company does not trade: volume 0, no open, high or low, close = ldcp.
struct Row
{
    int company = 0;  // index into Market::companies()
    double ldcp = 0.0;
    double open = 0.0;
    double high = 0.0;
    double low = 0.0;
    double close = 0.0;
    qint64 volume = 0;
    bool suspended = false;
    QString badge;    // "XD", "NC", "XB" or empty
};

struct Session
{
    QDate date;
    QVector<Row> rows;  // every listed company, suspended ones included
    // The KSE-100 at the session's close and the close before: the mean of its members' closes (the companies
    // listed in KSE100) against their prices before the first session, times kKse100Base.
    double kse100 = 0.0;
    double kse100Previous = 0.0;
};

// The made-up KSE-100's level before the first session (the real index's at the start of 2024).
constexpr double kKse100Base = 62451.04;

// A market that walks forward one trading day at a time (weekends and holidays skipped); its state is one
// price per company, whatever the number of days generated.
class Market
{
public:
    explicit Market(const Options &options = {});

    const QVector<Company> &companies() const { return m_companies; }
    // The next trading day's session.
    const Session &nextSession();
    // True for Saturdays, Sundays and this market's holidays (fixed national days and a few seeded ones).
    bool isHoliday(const QDate &day) const;

private:
    double gaussian();
    double uniform();

    Options m_options;
    std::mt19937 m_random;
    QVector<Company> m_companies;
    QVector<double> m_price;
    QVector<double> m_basePrice;  // before the first session, for the KSE-100
    double m_kse100 = kKse100Base;
    QVector<int> m_suspendedDays;
    QDate m_day;
    Session m_session;
};

// The closing-rate file of a session: "31DEC2021|OGDC|0820|Oil & Gas Dev.|84.20|…|||", suspended
// companies left out (they did not trade).
QByteArray closingRateFile(const Market &market, const Session &session);

struct PageOptions
{
    bool badges = true;                // symbol cells carry their XD/NC/XB badges
    QString renameColumn;              // a data-name to rename (the failure test): "high" → "high_price"
};

// The market-watch page (th[data-name] columns, raw numbers in data-order, badges in the symbol cell).
QByteArray marketWatchPage(const Market &market, const Session &session, const PageOptions &options = {});
// The historical-session page of a day (table#historicalTable); an empty session gives the empty tbody of a
// non-trading day.
QByteArray historicalPage(const Market &market, const Session &session);
// A news page as a browser saves it as text (Business Recorder's shape): the KSE-100's level and its change at
// the session's close on the ticker, the masthead's date and a two-line market report. MarketDesk reads index
// levels from news tickers (the exchange's files carry none).
QByteArray indexTickerPage(const Session &session);
// One symbol's end-of-day series {"status":1,"data":[[time, close, volume, open], …]}, newest first.
QByteArray eodSeries(const QVector<QDate> &days, const QVector<Row> &rows);

} // namespace md::psxgen
