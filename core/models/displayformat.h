// How the models write numbers and times for people: prices, index levels, signed changes with arrows.
#pragma once

#include <QLocale>
#include <QString>

namespace md {

class Timestamp;

// +1 up, -1 down, 0 unchanged (the value of md::DirectionRole).
int directionOf(double change);

// "▲" up, "▼" down, "" unchanged.
QString arrowFor(int direction);

// A stock price, always two decimals: "1,004.50", "0.99".
QString formatPrice(double price, const QLocale &locale);
// An index level: grouped, at most two decimals and only those it has: "113,247", "11,813.9".
QString formatIndexValue(double value, const QLocale &locale);
// A change with its arrow and sign: "▲ 11.93", "▼ -7.01", "0.00". decimals < 0: as few as the value needs
// ("▲ 609", "▲ 90.4").
QString formatChange(double change, int decimals, const QLocale &locale);
// A signed percentage with two decimals: "+5.60%", "-3.56%", "0.00%".
QString formatPercent(double percent, const QLocale &locale);
// A page time on the exchange's clock (Timestamp::toExchangeClock): "10 Dec 2024, 16:12"; "" when invalid.
QString formatTimestamp(const Timestamp &time, const QLocale &locale);

} // namespace md
