// The alert rule grammar of docs/alerts.md: a small hand-written reader with messages that say what was expected.
#include "core/alerts/alertrule.h"

#include "core/wording.h"

#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace md {
namespace {

const char *const kExamples = "LUCK above 1000, KSE100 below 100000, OGDC move 3%, KEL volume 50000000, news PSO "
                              "or keyword \"policy rate\"";

// A number as people write it: 1000, 1,000, 1000.5, 100,000.25. No sign, no exponent.
std::optional<double> readNumber(QString word)
{
    static const QRegularExpression shape(QStringLiteral("^(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?$"));
    if (!shape.match(word).hasMatch())
        return std::nullopt;
    word.remove(QLatin1Char(','));
    bool ok = false;
    const double value = word.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

// A level is kept as a double, which holds every number of up to 15 significant digits exactly as written
// (and prints back the same); a longer one would be stored rounded, so it is refused.
constexpr int kMaxSignificantDigits = 15;

// Digits of a number as written (1,000.50 → 5: "10005"), without leading zeros or zeros after the last
// non-zero decimal.
int significantDigits(const QString &number)
{
    QString digits;
    const qsizetype point = number.indexOf(QLatin1Char('.'));
    QString whole = point < 0 ? number : number.left(point);
    QString fraction = point < 0 ? QString() : number.mid(point + 1);
    whole.remove(QLatin1Char(','));
    while (fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    digits = whole + fraction;
    qsizetype first = 0;
    while (first < digits.size() && digits.at(first) == QLatin1Char('0'))
        ++first;
    return int(digits.size() - first);
}

QString numberText(double value)
{
    return QString::number(value, 'f', QLocale::FloatingPointShortest);
}

AlertRuleParse failure(const QString &message)
{
    AlertRuleParse result;
    result.error = message;
    return result;
}

} // namespace

QString alertKindName(AlertRule::Kind kind)
{
    switch (kind) {
    case AlertRule::Kind::Above: return QStringLiteral("above");
    case AlertRule::Kind::Below: return QStringLiteral("below");
    case AlertRule::Kind::Move: return QStringLiteral("move");
    case AlertRule::Kind::Volume: return QStringLiteral("volume");
    case AlertRule::Kind::News: return QStringLiteral("news");
    case AlertRule::Kind::Keyword: return QStringLiteral("keyword");
    }
    return {};
}

QString AlertRule::text() const
{
    switch (kind) {
    case Kind::Above:
    case Kind::Below:
    case Kind::Volume:
        return QStringLiteral("%1 %2 %3").arg(name, alertKindName(kind), numberText(threshold));
    case Kind::Move:
        return QStringLiteral("%1 move %2%").arg(name, numberText(threshold));
    case Kind::News:
        return QStringLiteral("news %1").arg(name);
    case Kind::Keyword:
        return QStringLiteral("keyword \"%1\"").arg(phrase);
    }
    return {};
}

bool isValidMarketName(const QString &name)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9.&-]{0,23}$"));
    return shape.match(name).hasMatch();
}

AlertRuleParse parseAlertRule(const QString &input)
{
    const QString text = input.simplified();
    if (text.isEmpty())
        return failure(tr("the rule is empty; expected a rule such as %1").arg(QLatin1String(kExamples)));
    const QStringList words = text.split(QLatin1Char(' '));
    const QString first = words[0].toLower();

    AlertRule rule;
    // "keyword" and "news" start a rule unless the next word is a condition ("NEWS above 5": a symbol NEWS).
    static const QStringList conditions = {QStringLiteral("above"), QStringLiteral("below"), QStringLiteral("move"),
                                           QStringLiteral("volume")};
    const bool secondIsCondition = words.size() > 1 && conditions.contains(words[1].toLower());
    if (first == QLatin1String("keyword") && !secondIsCondition) {
        QString rest = text.mid(words[0].size()).trimmed();
        if (rest.isEmpty())
            return failure(tr("expected a word or a \"quoted phrase\" after \"keyword\", such as keyword \"policy rate\""));
        if (rest.startsWith(QLatin1Char('"'))) {
            const qsizetype close = rest.indexOf(QLatin1Char('"'), 1);
            if (close < 0)
                return failure(tr("the phrase after \"keyword\" has no closing quote (\")"));
            const QString after = rest.mid(close + 1).trimmed();
            if (!after.isEmpty())
                return failure(tr("unexpected \"%1\" after the closing quote; a keyword rule ends with its phrase").arg(quotedPart(after)));
            rest = rest.mid(1, close - 1).simplified();
        } else if (rest.contains(QLatin1Char('"'))) {
            return failure(tr("a phrase with a quote (\") in it must be quoted whole, as in keyword \"policy rate\""));
        }
        if (rest.isEmpty())
            return failure(tr("the phrase after \"keyword\" is empty; expected a word or a phrase, such as keyword \"policy rate\""));
        // Letters and digits of any script: keyword "ریٹ" (Urdu) looks for a word as much as keyword "rate".
        if (std::none_of(rest.cbegin(), rest.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
            return failure(tr("the phrase \"%1\" has no letters or digits to look for").arg(quotedPart(rest)));
        rule.kind = AlertRule::Kind::Keyword;
        rule.phrase = rest;
        return {rule, {}};
    }
    if (first == QLatin1String("news") && !secondIsCondition) {
        if (words.size() < 2)
            return failure(tr("expected a symbol after \"news\", such as news PSO"));
        if (!isValidMarketName(words[1]))
            return failure(tr("\"%1\" is not a symbol; expected a symbol after \"news\", such as news PSO").arg(quotedPart(words[1])));
        if (words.size() > 2)
            return failure(tr("unexpected \"%1\" after news %2; a news rule names one symbol")
                               .arg(quotedPart(words.mid(2).join(QLatin1Char(' '))), words[1].toUpper()));
        rule.kind = AlertRule::Kind::News;
        rule.name = words[1].toUpper();
        return {rule, {}};
    }

    if (!isValidMarketName(words[0])) {
        return failure(tr("\"%1\" is not a symbol or index name; a rule starts with one (letters and digits, such as "
                          "LUCK or KSE100), or with \"news\" or \"keyword\"")
                           .arg(quotedPart(words[0])));
    }
    rule.name = words[0].toUpper();
    if (words.size() < 2)
        return failure(tr("expected above, below, move or volume after %1, as in %1 above 1000").arg(rule.name));
    const QString condition = words[1].toLower();
    if (!conditions.contains(condition)) {
        return failure(tr("\"%1\" is not a condition; expected above, below, move or volume after %2")
                           .arg(quotedPart(words[1]), rule.name));
    }
    rule.kind = condition == QLatin1String("above") ? AlertRule::Kind::Above
        : condition == QLatin1String("below")       ? AlertRule::Kind::Below
        : condition == QLatin1String("move")        ? AlertRule::Kind::Move
                                                    : AlertRule::Kind::Volume;
    // "3%" or "3 %" after move.
    QStringList rest = words.mid(2);
    if (rule.kind == AlertRule::Kind::Move && rest.size() >= 2 && rest[1] == QLatin1String("%")) {
        rest[0] += QLatin1Char('%');
        rest.removeAt(1);
    }
    const QString example = rule.kind == AlertRule::Kind::Move ? QStringLiteral("%1 move 3%").arg(rule.name)
        : rule.kind == AlertRule::Kind::Volume                 ? QStringLiteral("%1 volume 50000000").arg(rule.name)
                                                               : QStringLiteral("%1 %2 1000").arg(rule.name, condition);
    const QString expected = rule.kind == AlertRule::Kind::Move ? tr("a percentage")
        : rule.kind == AlertRule::Kind::Volume                   ? tr("a number of shares")
                                                                 : tr("a price or index level");
    if (rest.isEmpty())
        return failure(tr("expected %1 after \"%2\", as in %3").arg(expected, condition, example));
    QString number = rest[0];
    if (rule.kind == AlertRule::Kind::Move) {
        if (!number.endsWith(QLatin1Char('%')))
            return failure(tr("expected a percentage with %, as in %1 (\"%2\" has no %)").arg(example, quotedPart(number)));
        number.chop(1);
    }
    if (number.startsWith(QLatin1Char('-')) && readNumber(number.mid(1))) {
        return failure(tr("\"%1\" is below zero; expected %2 of 0 or more after \"%3\", as in %4")
                           .arg(quotedPart(rest[0]), expected, condition, example));
    }
    const std::optional<double> value = readNumber(number);
    if (value && significantDigits(number) > kMaxSignificantDigits) {
        return failure(tr("\"%1\" has more digits than a rule keeps (at most %2 significant digits, so that the "
                          "level is kept exactly as written); expected %3, as in %4")
                           .arg(quotedPart(rest[0]))
                           .arg(kMaxSignificantDigits)
                           .arg(expected, example));
    }
    if (!value) {
        return failure(tr("\"%1\" is not a number; expected %2 after \"%3\" (digits, optionally with thousands "
                          "separators and a decimal point), as in %4")
                           .arg(quotedPart(rest[0]), expected, condition, example));
    }
    if (rule.kind == AlertRule::Kind::Volume && *value != std::floor(*value))
        return failure(tr("\"%1\" is not a whole number; expected a number of shares, as in %2").arg(quotedPart(rest[0]), example));
    if (rule.kind == AlertRule::Kind::Move && *value == 0)
        return failure(tr("a move of 0% fires on every snapshot; expected a percentage above 0, as in %1").arg(example));
    if (rest.size() > 1) {
        return failure(tr("unexpected \"%1\" after the rule's end; expected only %2")
                           .arg(quotedPart(rest.mid(1).join(QLatin1Char(' '))), example));
    }
    rule.threshold = *value;
    return {rule, {}};
}

} // namespace md
