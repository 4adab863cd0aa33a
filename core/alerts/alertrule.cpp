// The alert rule grammar of docs/alerts.md: a small hand-written reader with messages that say what was expected.
#include "core/alerts/alertrule.h"

#include "core/portfolio/transaction.h"
#include "core/wording.h"

#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace md {
namespace {

const char *const kExamples = "LUCK above 1000, KSE100 below 100000, OGDC move 3%, KEL volume 50000000, news PSO, "
                              "keyword \"policy rate\", portfolio Default above 1000000 or LUCK position down 10% from cost";

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


// The number after a condition: `word` as typed ("3%" for a percentage), checked in this order: the % of a
// percentage, below zero, too many digits, not a number. *error says what was expected, as in `example`.
std::optional<double> readThreshold(const QString &word, bool percent, const QString &expected, const QString &condition,
                                    const QString &example, QString *error)
{
    QString number = word;
    if (percent) {
        if (!number.endsWith(QLatin1Char('%'))) {
            *error = tr("expected a percentage with %, as in %1 (\"%2\" has no %)").arg(example, quotedPart(number));
            return std::nullopt;
        }
        number.chop(1);
    }
    if (number.startsWith(QLatin1Char('-')) && readNumber(number.mid(1))) {
        *error = tr("\"%1\" is below zero; expected %2 of 0 or more after \"%3\", as in %4")
                     .arg(quotedPart(word), expected, condition, example);
        return std::nullopt;
    }
    const std::optional<double> value = readNumber(number);
    if (value && significantDigits(number) > kMaxSignificantDigits) {
        *error = tr("\"%1\" has more digits than a rule keeps (at most %2 significant digits, so that the "
                    "level is kept exactly as written); expected %3, as in %4")
                     .arg(quotedPart(word))
                     .arg(kMaxSignificantDigits)
                     .arg(expected, example);
        return std::nullopt;
    }
    if (!value) {
        *error = tr("\"%1\" is not a number; expected %2 after \"%3\" (digits, optionally with thousands "
                    "separators and a decimal point), as in %4")
                     .arg(quotedPart(word), expected, condition, example);
    }
    return value;
}

// The message for words after a rule's number: words[0] is the number, the rest should not be there.
QString wordsAfterTheEnd(const QStringList &words, const QString &example)
{
    return tr("unexpected \"%1\" after the rule's end; expected only %2")
        .arg(quotedPart(words.mid(1).join(QLatin1Char(' '))), example);
}

// "3%" or "3 %": a percentage typed with a space before its % sign is one word.
QStringList joinPercentSign(QStringList words)
{
    if (words.size() >= 2 && words[1] == QLatin1String("%")) {
        words[0] += QLatin1Char('%');
        words.removeAt(1);
    }
    return words;
}

const QStringList &conditionWords()
{
    static const QStringList words = {QStringLiteral("above"), QStringLiteral("below"), QStringLiteral("move"),
                                      QStringLiteral("volume")};
    return words;
}

// A portfolio's name as a rule writes it: bare when it is one plain word that reads as no keyword, else quoted.
QString portfolioNameText(const QString &name)
{
    static const QRegularExpression plain(QStringLiteral("^[\\p{L}\\p{N}][\\p{L}\\p{N}._&'-]*$"));
    static const QStringList keywords = {QStringLiteral("value"), QStringLiteral("position"), QStringLiteral("in")};
    const QString lower = name.toLower();
    if (plain.match(name).hasMatch() && !conditionWords().contains(lower) && !keywords.contains(lower))
        return name;
    return QStringLiteral("\"%1\"").arg(name);
}

// A portfolio's name at the start of text: one word, or a "quoted name"; *rest is what follows it.
std::optional<QString> readPortfolioName(const QString &text, QString *rest, QString *error)
{
    if (text.startsWith(QLatin1Char('"'))) {
        const qsizetype close = text.indexOf(QLatin1Char('"'), 1);
        if (close < 0) {
            *error = tr("the portfolio's name has no closing quote (\")");
            return std::nullopt;
        }
        const QString name = text.mid(1, close - 1).simplified();
        if (name.isEmpty()) {
            *error = tr("the portfolio's name in quotes is empty");
            return std::nullopt;
        }
        *rest = text.mid(close + 1).trimmed();
        return name;
    }
    const qsizetype space = text.indexOf(QLatin1Char(' '));
    const QString name = space < 0 ? text : text.left(space);
    if (name.contains(QLatin1Char('"'))) {
        *error = tr("a portfolio's name with a quote (\") in it cannot be written in a rule");
        return std::nullopt;
    }
    *rest = space < 0 ? QString() : text.mid(space + 1).trimmed();
    return name;
}

// portfolio NAME [value] (above LEVEL | below LEVEL | move PERCENT); text is what follows "portfolio".
AlertRuleParse parsePortfolioRule(const QString &text)
{
    const QString example = QStringLiteral("portfolio Default above 1000000");
    if (text.isEmpty())
        return failure(tr("expected a portfolio's name after \"portfolio\", as in %1").arg(example));
    QString error, after;
    const std::optional<QString> name = readPortfolioName(text, &after, &error);
    if (!name)
        return failure(error);
    AlertRule rule;
    rule.portfolio = *name;
    const QString shown = portfolioNameText(*name);
    QStringList words = after.isEmpty() ? QStringList() : after.split(QLatin1Char(' '));
    if (!words.isEmpty() && words[0].toLower() == QLatin1String("value"))
        words.removeFirst();
    if (words.isEmpty()) {
        return failure(tr("expected above, below or move after portfolio %1, as in portfolio %1 above 1000000")
                           .arg(shown));
    }
    const QString condition = words[0].toLower();
    if (condition != QLatin1String("above") && condition != QLatin1String("below") && condition != QLatin1String("move")) {
        return failure(tr("\"%1\" is not a condition; expected above, below or move after portfolio %2 (a name with "
                          "spaces is written in quotes, as in portfolio \"My Shares\" above 1000000)")
                           .arg(quotedPart(words[0]), shown));
    }
    const bool move = condition == QLatin1String("move");
    rule.kind = move ? AlertRule::Kind::PortfolioMove
        : condition == QLatin1String("above") ? AlertRule::Kind::PortfolioAbove
                                              : AlertRule::Kind::PortfolioBelow;
    words = joinPercentSign(words.mid(1));
    const QString ruleExample = move ? QStringLiteral("portfolio %1 move 2%").arg(shown)
                                     : QStringLiteral("portfolio %1 %2 1000000").arg(shown, condition);
    const QString expected = move ? tr("a percentage") : tr("a value in rupees");
    if (words.isEmpty())
        return failure(tr("expected %1 after \"%2\", as in %3").arg(expected, condition, ruleExample));
    const std::optional<double> value = readThreshold(words[0], move, expected, condition, ruleExample, &error);
    if (!value)
        return failure(error);
    if (move && *value == 0)
        return failure(tr("a move of 0% fires on every session; expected a percentage above 0, as in %1").arg(ruleExample));
    if (words.size() > 1)
        return failure(wordsAfterTheEnd(words, ruleExample));
    rule.threshold = *value;
    return {rule, {}};
}

// SYMBOL position (value above LEVEL | value below LEVEL | up PERCENT [from cost] | down PERCENT [from cost])
// [in NAME]; words are the rule's words after "position".
AlertRuleParse parsePositionRule(const QString &symbol, QStringList words)
{
    AlertRule rule;
    rule.name = symbol;
    rule.portfolio = defaultPortfolioName();
    const QString example = QStringLiteral("%1 position down 10% from cost or %1 position value above 50000").arg(symbol);
    const qsizetype in = words.indexOf(QRegularExpression(QStringLiteral("^in$"), QRegularExpression::CaseInsensitiveOption));
    if (in >= 0) {
        const QString nameText = words.mid(in + 1).join(QLatin1Char(' '));
        if (nameText.isEmpty())
            return failure(tr("expected a portfolio's name after \"in\", as in %1 position up 5% from cost in Default").arg(symbol));
        QString error, after;
        std::optional<QString> name;
        if (nameText.startsWith(QLatin1Char('"'))) {
            name = readPortfolioName(nameText, &after, &error);
            if (name && !after.isEmpty()) {
                return failure(tr("unexpected \"%1\" after the portfolio's name; a position rule ends with it")
                                   .arg(quotedPart(after)));
            }
        } else if (nameText.contains(QLatin1Char('"'))) {
            error = tr("a portfolio's name with a quote (\") in it cannot be written in a rule");
        } else {
            name = nameText;  // the words to the end, as a keyword's phrase: in My Shares
        }
        if (!name)
            return failure(error);
        // "in default" is the rule without "in": one rule, one canonical text.
        if (name->compare(defaultPortfolioName(), Qt::CaseInsensitive) != 0)
            rule.portfolio = *name;
        words = words.mid(0, in);
    }
    if (words.isEmpty())
        return failure(tr("expected value above, value below, up or down after %1 position, as in %2").arg(symbol, example));
    QString condition = words[0].toLower();
    if (condition == QLatin1String("value")) {
        const QString level = words.size() > 1 ? words[1].toLower() : QString();
        if (level != QLatin1String("above") && level != QLatin1String("below")) {
            return failure(tr("expected above or below after %1 position value, as in %1 position value above 50000")
                               .arg(symbol));
        }
        rule.kind = level == QLatin1String("above") ? AlertRule::Kind::PositionAbove : AlertRule::Kind::PositionBelow;
        condition = level;
        words = words.mid(2);
    } else if (condition == QLatin1String("up") || condition == QLatin1String("down")) {
        rule.kind = condition == QLatin1String("up") ? AlertRule::Kind::PositionUp : AlertRule::Kind::PositionDown;
        words = joinPercentSign(words.mid(1));
        // "from cost" may follow the percentage; it is what up and down mean anyway.
        if (words.size() == 3 && words[1].toLower() == QLatin1String("from") && words[2].toLower() == QLatin1String("cost"))
            words = words.mid(0, 1);
    } else {
        return failure(tr("\"%1\" is not a position condition; expected value above, value below, up or down after "
                          "%2 position, as in %3")
                           .arg(quotedPart(words[0]), symbol, example));
    }
    const bool percent = rule.kind == AlertRule::Kind::PositionUp || rule.kind == AlertRule::Kind::PositionDown;
    const QString ruleExample = percent ? QStringLiteral("%1 position %2 10% from cost").arg(symbol, condition)
                                        : QStringLiteral("%1 position value %2 50000").arg(symbol, condition);
    const QString expected = percent ? tr("a percentage") : tr("a value in rupees");
    if (words.isEmpty())
        return failure(tr("expected %1 after \"%2\", as in %3").arg(expected, condition, ruleExample));
    QString error;
    const std::optional<double> value = readThreshold(words[0], percent, expected, condition, ruleExample, &error);
    if (!value)
        return failure(error);
    if (words.size() > 1)
        return failure(wordsAfterTheEnd(words, ruleExample) + tr(" (and in PORTFOLIO for a portfolio other than Default)"));
    rule.threshold = *value;
    return {rule, {}};
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
    case AlertRule::Kind::PortfolioAbove: return QStringLiteral("portfolio-above");
    case AlertRule::Kind::PortfolioBelow: return QStringLiteral("portfolio-below");
    case AlertRule::Kind::PortfolioMove: return QStringLiteral("portfolio-move");
    case AlertRule::Kind::PositionAbove: return QStringLiteral("position-above");
    case AlertRule::Kind::PositionBelow: return QStringLiteral("position-below");
    case AlertRule::Kind::PositionUp: return QStringLiteral("position-up");
    case AlertRule::Kind::PositionDown: return QStringLiteral("position-down");
    }
    return {};
}

QString AlertRule::subjectName() const
{
    if (kind == Kind::Keyword)
        return phrase;
    if (kind == Kind::PortfolioAbove || kind == Kind::PortfolioBelow || kind == Kind::PortfolioMove)
        return portfolio;
    return name;
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
    case Kind::PortfolioAbove:
    case Kind::PortfolioBelow:
        return QStringLiteral("portfolio %1 %2 %3")
            .arg(portfolioNameText(portfolio), kind == Kind::PortfolioAbove ? QStringLiteral("above") : QStringLiteral("below"),
                 numberText(threshold));
    case Kind::PortfolioMove:
        return QStringLiteral("portfolio %1 move %2%").arg(portfolioNameText(portfolio), numberText(threshold));
    case Kind::PositionAbove:
    case Kind::PositionBelow:
    case Kind::PositionUp:
    case Kind::PositionDown: {
        const QString condition = kind == Kind::PositionAbove ? QStringLiteral("value above %1")
            : kind == Kind::PositionBelow                     ? QStringLiteral("value below %1")
            : kind == Kind::PositionUp                        ? QStringLiteral("up %1% from cost")
                                                              : QStringLiteral("down %1% from cost");
        QString text = QStringLiteral("%1 position %2").arg(name, condition.arg(numberText(threshold)));
        if (portfolio.compare(defaultPortfolioName(), Qt::CaseInsensitive) != 0)
            text += QStringLiteral(" in %1").arg(portfolioNameText(portfolio));
        return text;
    }
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
    // "keyword", "news" and "portfolio" start a rule unless the next word is a condition ("NEWS above 5": a
    // symbol NEWS).
    const bool secondIsCondition = words.size() > 1
        && (conditionWords().contains(words[1].toLower()) || words[1].toLower() == QLatin1String("position"));
    if (first == QLatin1String("portfolio") && !secondIsCondition)
        return parsePortfolioRule(text.mid(words[0].size()).trimmed());
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
                          "LUCK or KSE100), or with \"news\", \"keyword\" or \"portfolio\"")
                           .arg(quotedPart(words[0])));
    }
    rule.name = words[0].toUpper();
    if (words.size() >= 2 && words[1].toLower() == QLatin1String("position"))
        return parsePositionRule(rule.name, words.mid(2));
    if (words.size() < 2)
        return failure(tr("expected above, below, move or volume after %1, as in %1 above 1000").arg(rule.name));
    const QString condition = words[1].toLower();
    if (!conditionWords().contains(condition)) {
        return failure(tr("\"%1\" is not a condition; expected above, below, move or volume after %2")
                           .arg(quotedPart(words[1]), rule.name));
    }
    rule.kind = condition == QLatin1String("above") ? AlertRule::Kind::Above
        : condition == QLatin1String("below")       ? AlertRule::Kind::Below
        : condition == QLatin1String("move")        ? AlertRule::Kind::Move
                                                    : AlertRule::Kind::Volume;
    // "3%" or "3 %" after move.
    QStringList rest = words.mid(2);
    if (rule.kind == AlertRule::Kind::Move)
        rest = joinPercentSign(rest);
    const QString example = rule.kind == AlertRule::Kind::Move ? QStringLiteral("%1 move 3%").arg(rule.name)
        : rule.kind == AlertRule::Kind::Volume                 ? QStringLiteral("%1 volume 50000000").arg(rule.name)
                                                               : QStringLiteral("%1 %2 1000").arg(rule.name, condition);
    const QString expected = rule.kind == AlertRule::Kind::Move ? tr("a percentage")
        : rule.kind == AlertRule::Kind::Volume                   ? tr("a number of shares")
                                                                 : tr("a price or index level");
    if (rest.isEmpty())
        return failure(tr("expected %1 after \"%2\", as in %3").arg(expected, condition, example));
    QString error;
    const std::optional<double> value =
        readThreshold(rest[0], rule.kind == AlertRule::Kind::Move, expected, condition, example, &error);
    if (!value)
        return failure(error);
    if (rule.kind == AlertRule::Kind::Volume && *value != std::floor(*value))
        return failure(tr("\"%1\" is not a whole number; expected a number of shares, as in %2").arg(quotedPart(rest[0]), example));
    if (rule.kind == AlertRule::Kind::Move && *value == 0)
        return failure(tr("a move of 0% fires on every snapshot; expected a percentage above 0, as in %1").arg(example));
    if (rest.size() > 1)
        return failure(wordsAfterTheEnd(rest, example));
    rule.threshold = *value;
    return {rule, {}};
}

} // namespace md
