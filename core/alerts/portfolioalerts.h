// The portfolio and position alert rules, evaluated against the library's transactions and daily bars.
#pragma once

#include "core/alerts/alertengine.h"
#include "core/alerts/alertrule.h"

#include <QDate>
#include <QString>
#include <QVector>

namespace md {

class Library;

// What the portfolio and position rules among rules find for the session `day` (a snapshot's market day):
// each portfolio valued as --holdings values it (its transactions up to the day, at the last close on or
// before it) at the end of the day and at the end of the day before. A level rule hits where the day crosses
// it (it did not hold the day before, it holds now); a move rule where the portfolio's move over its last
// session is that large. hit.key is the crossing's day or the move's session, so one crossing fires once
// whichever page shows it. A rule whose portfolio does not exist, or a position not held, finds nothing.
// *error is set when the library could not be read.
QVector<AlertHit> matchPortfolioRules(Library &library, const QVector<AlertRule> &rules, const QDate &day,
                                      QString *error);

// Why a portfolio or position rule cannot be evaluated in this library: there is no such portfolio, or it
// holds none of the symbol's shares on `today`. Empty when it can, and for every other rule.
QString portfolioRuleProblem(Library &library, const AlertRule &rule, const QDate &today);

} // namespace md
