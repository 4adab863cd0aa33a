// The PSX data generator: seeded random walks over a made-up board of companies.
#include "psxgen.h"

#include <QDateTime>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace md::psxgen {
namespace {

const char *const kSectorNames[] = {
    "AUTOMOBILE ASSEMBLER", "AUTOMOBILE PARTS & ACCESSORIES", "CABLE & ELECTRICAL GOODS", "CEMENT", "CHEMICAL",
    "CLOSE - END MUTUAL FUND", "COMMERCIAL BANKS", "ENGINEERING", "FERTILIZER", "FOOD & PERSONAL CARE PRODUCTS",
    "GLASS & CERAMICS", "INSURANCE", "INV. BANKS / INV. COS. / SECURITIES COS.", "JUTE", "LEASING COMPANIES",
    "LEATHER & TANNERIES", "MISCELLANEOUS", "MODARABAS", "OIL & GAS EXPLORATION COMPANIES",
    "OIL & GAS MARKETING COMPANIES", "PAPER, BOARD & PACKAGING", "PHARMACEUTICALS", "POWER GENERATION & DISTRIBUTION",
    "REFINERY", "SUGAR & ALLIED INDUSTRIES", "SYNTHETIC & RAYON", "TECHNOLOGY & COMMUNICATION", "TEXTILE COMPOSITE",
    "TEXTILE SPINNING", "TEXTILE WEAVING", "TOBACCO", "TRANSPORT", "VANASPATI & ALLIED INDUSTRIES", "WOOLLEN",
    "REAL ESTATE INVESTMENT TRUST", "EXCHANGE TRADED FUNDS", "PROPERTY"};
const char *const kSyllables[] = {"Ka", "Lu", "Nis", "Pak", "Sha", "Ghar", "Ata", "Fau", "Ma", "Ri", "Ta",
                                  "Zee", "Ha", "Bo", "Ce", "Mi", "Nu", "Sa", "Ar", "Qa"};
const char *const kKinds[] = {"Power", "Cement", "Textile", "Sugar", "Bank", "Motors", "Chemicals", "Foods",
                              "Mills", "Industries", "Petroleum", "Pharma", "Glass", "Paper", "Steel"};

QString price(double v)
{
    return QString::number(v, 'f', 2);
}

QString grouped(qint64 v)
{
    QString digits = QString::number(v);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, u',');
    return digits;
}

double round2(double v)
{
    return std::round(v * 100.0) / 100.0;
}

} // namespace

Market::Market(const Options &options)
    : m_options(options), m_random(options.seed), m_day(options.firstDay.addDays(-1))
{
    QSet<QString> used;
    for (int i = 0; i < options.symbols; ++i) {
        Company c;
        do {
            const int length = 3 + int(uniform() * 3);
            c.symbol.clear();
            for (int k = 0; k < length; ++k)
                c.symbol += QChar(u'A' + int(uniform() * 26));
        } while (used.contains(c.symbol));
        used.insert(c.symbol);
        const int sector = int(uniform() * std::min<int>(options.sectors, int(std::size(kSectorNames))));
        // The exchange's codes follow the names' order from 0801, 0817 left out (core/parse/psxsectors.cpp).
        c.sectorCode = QStringLiteral("08%1").arg(sector + (sector >= 16 ? 2 : 1), 2, 10, QLatin1Char('0'));
        c.sectorName = QString::fromLatin1(kSectorNames[sector]);
        c.name = QString::fromLatin1(kSyllables[int(uniform() * std::size(kSyllables))])
            + QString::fromLatin1(kSyllables[int(uniform() * std::size(kSyllables))]).toLower() + u' '
            + QString::fromLatin1(kKinds[int(uniform() * std::size(kKinds))]) + QStringLiteral(" Ltd.");
        if (i < 100)
            c.listedIn = i < 30 ? QStringLiteral("KSE100,KSE30,KMI30") : QStringLiteral("KSE100");
        m_companies.append(c);
        // Prices spread from penny stocks to a few thousand rupees, as on the real board.
        m_price.append(round2(std::exp(1.0 + uniform() * 7.0)));
        m_suspendedDays.append(0);
    }
    m_basePrice = m_price;
}

double Market::uniform()
{
    return double(m_random()) / (double(std::mt19937::max()) + 1.0);
}

// Box–Muller on mt19937 (whose output the standard fixes), so every platform generates the same market.
double Market::gaussian()
{
    const double u1 = std::max(uniform(), 1e-12);
    const double u2 = uniform();
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
}

bool Market::isHoliday(const QDate &day) const
{
    if (day.dayOfWeek() >= 6)
        return true;
    const int md = day.month() * 100 + day.day();
    if (md == 205 || md == 323 || md == 501 || md == 814 || md == 1109 || md == 1225)
        return true;
    // Eid and other moving holidays: four seeded days a year.
    std::mt19937 yearly(m_options.seed * 7919u + std::uint32_t(day.year()));
    for (int i = 0; i < 4; ++i) {
        if (day.dayOfYear() == 1 + int(yearly() % 365))
            return true;
    }
    return false;
}

const Session &Market::nextSession()
{
    do
        m_day = m_day.addDays(1);
    while (isHoliday(m_day));
    m_session.date = m_day;
    m_session.rows.resize(m_companies.size());
    for (int i = 0; i < m_companies.size(); ++i) {
        Row &r = m_session.rows[i];
        r = Row{};
        r.company = i;
        r.ldcp = m_price[i];
        if (m_suspendedDays[i] == 0 && uniform() < 0.0005)
            m_suspendedDays[i] = 5 + int(uniform() * 55);
        if (m_suspendedDays[i] > 0) {
            --m_suspendedDays[i];
            r.suspended = true;
            r.close = r.ldcp;
            continue;
        }
        const double close = std::max(1.0, round2(r.ldcp * std::exp(gaussian() * 0.02)));
        const double open = std::max(1.0, round2(r.ldcp * (1.0 + gaussian() * 0.005)));
        r.close = close;
        r.open = open;
        r.high = round2(std::max(open, close) * (1.0 + std::abs(gaussian()) * 0.008));
        r.low = std::max(0.5, round2(std::min(open, close) * (1.0 - std::abs(gaussian()) * 0.008)));
        r.volume = qint64(std::exp(8.0 + uniform() * 8.0)) / 500 * 500 + 500;
        const double badge = uniform();
        if (badge < 0.01)
            r.badge = QStringLiteral("XD");
        else if (badge < 0.02)
            r.badge = QStringLiteral("NC");
        else if (badge < 0.025)
            r.badge = QStringLiteral("XB");
        m_price[i] = close;
    }
    // The index reads the prices only: the random walk above is the same with or without it.
    double relatives = 0.0;
    int members = 0;
    for (int i = 0; i < m_companies.size(); ++i) {
        if (m_companies[i].listedIn.contains(QLatin1String("KSE100"))) {
            relatives += m_price[i] / m_basePrice[i];
            ++members;
        }
    }
    m_session.kse100Previous = m_kse100;
    m_kse100 = members > 0 ? round2(kKse100Base * relatives / members) : kKse100Base;
    m_session.kse100 = m_kse100;
    return m_session;
}

QByteArray closingRateFile(const Market &market, const Session &session)
{
    const QString date = QLocale::c().toString(session.date, QStringLiteral("ddMMMyyyy")).toUpper();
    QString out;
    out.reserve(session.rows.size() * 80);
    for (const Row &r : session.rows) {
        if (r.suspended)
            continue;
        const Company &c = market.companies()[r.company];
        out += date + u'|' + c.symbol + u'|' + c.sectorCode + u'|' + c.name + u'|' + price(r.open) + u'|'
            + price(r.high) + u'|' + price(r.low) + u'|' + price(r.close) + u'|' + QString::number(r.volume) + u'|'
            + price(r.ldcp) + QStringLiteral("|||\r\n");
    }
    return out.toUtf8();
}

QByteArray marketWatchPage(const Market &market, const Session &session, const PageOptions &options)
{
    static const char *const kColumns[][2] = {{"symbol", "SYMBOL"}, {"sector", "SECTOR"}, {"listed", "LISTED IN"},
                                              {"ldcp", "LDCP"},     {"open", "OPEN"},     {"high", "HIGH"},
                                              {"low", "LOW"},       {"close", "CURRENT"}, {"change", "CHANGE"},
                                              {"percentChange", "CHANGE (%)"},            {"volume", "VOLUME"}};
    QString out = QStringLiteral(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Market Watch | PSX Data Portal</title>"
        "</head>\n<body><header class=\"topbar\"><a href=\"/\">PSX Data Portal</a></header>\n"
        "<div class=\"inner-content\"><h1>Market Watch</h1>\n<table class=\"tbl\"><thead><tr>");
    for (const auto &column : kColumns) {
        QString name = QString::fromLatin1(column[0]);
        if (name == options.renameColumn)
            name += QStringLiteral("_price");
        out += QStringLiteral("<th data-name=\"%1\" class=\"tbl__header\">%2</th>").arg(name, QString::fromLatin1(column[1]));
    }
    out += QStringLiteral("</tr></thead>\n<tbody class=\"tbl__body\">\n");
    for (const Row &r : session.rows) {
        const Company &c = market.companies()[r.company];
        const double change = round2(r.close - r.ldcp);
        const double percent = r.ldcp != 0.0 ? round2(change / r.ldcp * 100.0) : 0.0;
        const char *direction = change > 0 ? "pos" : change < 0 ? "neg" : "noc";
        const char *icon = change > 0 ? "icon-up-dir" : "icon-down-dir";
        QString symbol = QStringLiteral("<td data-search=\"%1\" data-order=\"%1\"><a class=\"tbl__symbol\" "
                                        "href=\"/company/%1\"><strong>%1</strong></a>").arg(c.symbol);
        if (options.badges && !r.badge.isEmpty())
            symbol += QStringLiteral(" <span class=\"badge badge--%1\" title=\"%1\">%2</span>").arg(r.badge.toLower(), r.badge);
        symbol += QStringLiteral("</td>");
        auto number = [](double v, const QString &shown) {
            return QStringLiteral("<td class=\"right\" data-order=\"%1\">%2</td>").arg(QString::number(v, 'f', 2), shown);
        };
        out += QStringLiteral("<tr>") + symbol + QStringLiteral("<td>%1</td><td>%2</td>").arg(c.sectorName.toHtmlEscaped(), c.listedIn)
            + number(r.ldcp, price(r.ldcp)) + number(r.open, price(r.open)) + number(r.high, price(r.high))
            + number(r.low, price(r.low)) + number(r.close, price(r.close))
            + QStringLiteral("<td class=\"right change__text--%1\" data-order=\"%2\"><i class=\"%3\"></i> %2</td>")
                  .arg(QLatin1String(direction), QString::number(change, 'f', 2), QLatin1String(icon))
            + QStringLiteral("<td class=\"right change__text--%1\" data-order=\"%2\">%2%</td>")
                  .arg(QLatin1String(direction), QString::number(percent, 'f', 2))
            + QStringLiteral("<td class=\"right\" data-order=\"%1\">%2</td></tr>\n").arg(r.volume).arg(grouped(r.volume));
    }
    out += QStringLiteral("</tbody></table></div>\n<footer>© Pakistan Stock Exchange Limited</footer></body></html>\n");
    return out.toUtf8();
}

QByteArray historicalPage(const Market &market, const Session &session)
{
    QString out = QStringLiteral(
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Historical Data | PSX Data Portal</title></head>\n"
        "<body><h1>Historical Data</h1>\n<form method=\"post\" action=\"/historical\"><input type=\"date\" "
        "name=\"date\" value=\"%1\"><button>Search</button></form>\n"
        "<table id=\"historicalTable\" class=\"tbl\"><thead><tr><th>SYMBOL</th><th>LDCP</th><th>OPEN</th><th>HIGH</th>"
        "<th>LOW</th><th>CLOSE</th><th>CHANGE</th><th>CHANGE (%)</th><th>VOLUME</th></tr></thead>\n<tbody>\n")
                      .arg(session.date.toString(Qt::ISODate));
    for (const Row &r : session.rows) {
        if (r.suspended)
            continue;
        const Company &c = market.companies()[r.company];
        const double change = round2(r.close - r.ldcp);
        out += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td><td>%7</td>"
                              "<td>%8%</td><td>%9</td></tr>\n")
                   .arg(c.symbol, price(r.ldcp), price(r.open), price(r.high), price(r.low), price(r.close),
                        QString::number(change, 'f', 2),
                        QString::number(r.ldcp != 0.0 ? round2(change / r.ldcp * 100.0) : 0.0, 'f', 2), grouped(r.volume));
    }
    out += QStringLiteral("</tbody></table></body></html>\n");
    return out.toUtf8();
}

QByteArray indexTickerPage(const Session &session)
{
    const double change = round2(session.kse100 - session.kse100Previous);
    const double percent = session.kse100Previous != 0.0 ? round2(change / session.kse100Previous * 100.0) : 0.0;
    const QLocale english(QLocale::English);
    const QString level = english.toString(session.kse100, 'f', 2);
    const bool up = change >= 0;
    const QString points = QString::number(std::abs(change), 'f', 2);
    // The masthead dates the ticker ("page" evidence), the byline gives the close's time.
    const QString out = QStringLiteral("KSE100 %1 %2 By %3 (%4%)\n")
                            .arg(level, up ? QStringLiteral("Increased") : QStringLiteral("Decreased"),
                                 QString::number(change, 'f', 2), QString::number(percent, 'f', 2))
        + QStringLiteral("Brecorder Logo\n%1 PRINT EDITION \u25BA BR MARKETS \u25BA\nMarkets\n\n")
              .arg(QLocale::c().toString(session.date, QStringLiteral("MMM d, yyyy")))
        + QStringLiteral("KSE-100 closes at %1\n\nPublished %2 05:00pm\n\n")
              .arg(level, QLocale::c().toString(session.date, QStringLiteral("MMMM d, yyyy")))
        + QStringLiteral("KARACHI: The KSE-100 index closed at %1 points, %2 %3 points or %4 percent from the previous "
                         "session.\n")
              .arg(level, up ? QStringLiteral("up") : QStringLiteral("down"), points,
                   QString::number(std::abs(percent), 'f', 2));
    return out.toUtf8();
}

QByteArray eodSeries(const QVector<QDate> &days, const QVector<Row> &rows)
{
    QByteArray out = "{\"status\":1,\"message\":\"\",\"data\":[";
    for (qsizetype i = rows.size() - 1; i >= 0; --i) {
        const Row &r = rows[i];
        const qint64 t = QDateTime(days[i], QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
        out += "[" + QByteArray::number(t) + "," + QByteArray::number(r.close, 'f', 2) + "," + QByteArray::number(r.volume)
            + "," + QByteArray::number(r.suspended ? r.close : r.open, 'f', 2) + "]";
        if (i > 0)
            out += ",";
    }
    out += "]}";
    return out;
}

} // namespace md::psxgen
