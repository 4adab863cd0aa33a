// The ticker row grammar, written as a small hand scanner: it runs on every line of every snapshot.
#include "core/parse/marketline.h"

#include "core/limits.h"
#include "core/wording.h"

#include <QCoreApplication>
#include <QHash>

#include <cmath>

namespace md {
namespace {

constexpr char16_t kMinusSign = 0x2212;

bool isSpace(QChar c)
{
    // Pages use NBSP, thin and narrow spaces between the parts of a row.
    return c.isSpace() || c.unicode() == 0x00A0 || c.unicode() == 0x2009 || c.unicode() == 0x202F;
}

bool isMinus(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'-' || u == kMinusSign || u == 0x2012 || u == 0x2013 || u == 0xFE63 || u == 0xFF0D;
}

struct Scanner
{
    QStringView s;
    qsizetype pos = 0;

    bool atEnd() const { return pos >= s.size(); }
    QChar peek() const { return atEnd() ? QChar() : s[pos]; }
    bool skipSpaces()
    {
        const qsizetype start = pos;
        while (!atEnd() && isSpace(s[pos]))
            ++pos;
        return pos > start;
    }
    bool consumeWord(QLatin1String word)
    {
        if (s.size() - pos < word.size())
            return false;
        if (s.mid(pos, word.size()).compare(word, Qt::CaseInsensitive) != 0)
            return false;
        const qsizetype after = pos + word.size();
        if (after < s.size() && s[after].isLetterOrNumber())
            return false;
        pos = after;
        return true;
    }
    // A token of non-space characters.
    QStringView token()
    {
        const qsizetype start = pos;
        while (!atEnd() && !isSpace(s[pos]) && s[pos] != u'(')
            ++pos;
        return s.mid(start, pos - start);
    }
};

// +1 "Increased By", -1 "Decreased By", 0 "No Change"; nullopt when the words are absent.
std::optional<int> scanDirectionWords(Scanner &sc)
{
    const qsizetype save = sc.pos;
    if (sc.consumeWord(QLatin1String("Increased"))) {
        sc.skipSpaces();
        sc.consumeWord(QLatin1String("By"));
        return 1;
    }
    if (sc.consumeWord(QLatin1String("Decreased"))) {
        sc.skipSpaces();
        sc.consumeWord(QLatin1String("By"));
        return -1;
    }
    if (sc.consumeWord(QLatin1String("No"))) {
        sc.skipSpaces();
        if (sc.consumeWord(QLatin1String("Change")))
            return 0;
    }
    sc.pos = save;
    if (sc.consumeWord(QLatin1String("Unchanged")))
        return 0;
    sc.pos = save;
    return std::nullopt;
}

// +1 ▲, -1 ▼, 0 for an arrow lost to a legacy encoding ("?"); nullopt when there is no arrow.
std::optional<int> scanArrow(Scanner &sc)
{
    if (sc.atEnd())
        return std::nullopt;
    switch (sc.peek().unicode()) {
    case 0x25B2: case 0x25B4: case 0x2191: case 0x25B3: // ▲ ▴ ↑ △
        ++sc.pos;
        return 1;
    case 0x25BC: case 0x25BE: case 0x2193: case 0x25BD: // ▼ ▾ ↓ ▽
        ++sc.pos;
        return -1;
    case u'?': case 0xFFFD:
        ++sc.pos;
        return 0;
    default:
        return std::nullopt;
    }
}

struct SignedNumber
{
    double magnitude = 0.0;
    int decimals = 0;
    int explicitSign = 0; // -1, +1, or 0 when printed without a sign
};

std::optional<SignedNumber> scanSignedNumber(QStringView tok)
{
    SignedNumber n;
    if (!tok.isEmpty() && isMinus(tok.front())) {
        n.explicitSign = -1;
        tok = tok.mid(1);
    } else if (!tok.isEmpty() && tok.front() == u'+') {
        n.explicitSign = 1;
        tok = tok.mid(1);
    }
    const auto value = parsePageNumber(tok, &n.decimals);
    if (!value || *value < 0)
        return std::nullopt;
    n.magnitude = *value;
    return n;
}

bool isSymbolChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'-' || u == u'.' || u == u'&'
        || u == u'_';
}

double halfUnit(int decimals)
{
    return 0.5 * std::pow(10.0, -decimals);
}

// Does the stated percentage agree with price and change, given how precisely each was printed?
bool percentageAgrees(double price, int priceDecimals, double change, int changeDecimals,
                      double statedPercent, int percentDecimals)
{
    const double hp = halfUnit(priceDecimals);
    const double hc = halfUnit(changeDecimals);
    // Pages drop trailing zeros, so "(3.3%)" may be 3.30 rounded to two places.
    const double hs = halfUnit(std::max(percentDecimals, 2)) + 1e-9;
    double lo = HUGE_VAL, hi = -HUGE_VAL;
    for (double p : {price - hp, price + hp}) {
        for (double c : {change - hc, change + hc}) {
            const double previous = p - c;
            if (previous <= 0.0)
                return true; // too close to zero to judge
            const double pct = c / previous * 100.0;
            lo = std::min(lo, pct);
            hi = std::max(hi, pct);
        }
    }
    constexpr double slack = 0.011;
    return statedPercent + hs >= lo - slack && statedPercent - hs <= hi + slack;
}

QString signWord(int sign)
{
    return sign > 0 ? QCoreApplication::translate("md", "up") : sign < 0 ? QCoreApplication::translate("md", "down")
                                                                   : QCoreApplication::translate("md", "unchanged");
}

} // namespace

std::optional<double> parsePageNumber(QStringView text, int *decimals)
{
    // Digits with optional regular "," grouping and an optional "." fraction. Exact for page precision:
    // the mantissa is collected as an integer and divided once by a power of ten.
    if (text.isEmpty() || text.size() > 40)
        return std::nullopt;
    qsizetype i = 0;
    quint64 mantissa = 0;
    int intDigits = 0;
    int groupLen = -1; // digits since the last ',' (-1: no comma seen)
    int fracDigits = 0;
    bool seenPoint = false;
    bool overflow = false;
    for (; i < text.size(); ++i) {
        const char16_t u = text[i].unicode();
        if (u >= u'0' && u <= u'9') {
            if (mantissa > (quint64(1) << 52) / 10)
                overflow = true;
            mantissa = mantissa * 10 + (u - u'0');
            if (seenPoint) {
                ++fracDigits;
            } else {
                ++intDigits;
                if (groupLen >= 0)
                    ++groupLen;
            }
        } else if (u == u',' && !seenPoint) {
            if (intDigits == 0 || (groupLen < 0 && intDigits > 3) || (groupLen >= 0 && groupLen != 3))
                return std::nullopt;
            groupLen = 0;
        } else if (u == u'.' && !seenPoint) {
            seenPoint = true;
        } else {
            return std::nullopt;
        }
    }
    if (intDigits == 0 && fracDigits == 0)
        return std::nullopt;
    if (groupLen >= 0 && groupLen != 3)
        return std::nullopt;
    if (seenPoint && fracDigits == 0)
        return std::nullopt;
    if (decimals)
        *decimals = fracDigits;
    if (overflow) {
        QString plain = text.toString();
        plain.remove(QLatin1Char(','));
        bool ok = false;
        const double v = plain.toDouble(&ok);
        return ok ? std::optional<double>(v) : std::nullopt;
    }
    static constexpr double kPow10[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9,
                                        1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18};
    if (fracDigits > 18)
        return std::nullopt;
    return double(mantissa) / kPow10[fracDigits];
}

bool isIndexName(QStringView name)
{
    static const char *const kIndices[] = {
        "KSE100", "KSE30", "KSE100PR", "KMI30", "KMIALLSHR", "ALLSHR", "KSEALL", "BR100", "BR30",
        "PSXDIV20", "NBPPGI", "NITPGI", "MZNPI", "JSMFI", "ACI", "JSGBKTI", "HBLTTI", "UPP9", "MII30",
        "BKTI", "OGTI", "KSE-100", "KSE-30", "KMI-30", "BR-100", "BR-30"};
    for (const char *index : kIndices) {
        if (name.compare(QLatin1String(index), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

std::optional<MarketRow> parseMarketLine(QStringView line, QStringList *warnings)
{
    Scanner sc{line};
    sc.skipSpaces();

    // Symbol: capitals, digits and a few joiners, starting with a capital.
    const qsizetype symStart = sc.pos;
    while (!sc.atEnd() && isSymbolChar(sc.peek()))
        ++sc.pos;
    const QStringView symbol = line.mid(symStart, sc.pos - symStart);
    if (symbol.isEmpty() || symbol.size() > 16 || !(symbol.front() >= u'A' && symbol.front() <= u'Z'))
        return std::nullopt;
    if (!sc.skipSpaces())
        return std::nullopt;

    const auto price = scanSignedNumber(sc.token());
    if (!price || price->explicitSign != 0)
        return std::nullopt;
    sc.skipSpaces();

    const std::optional<int> words = scanDirectionWords(sc);
    sc.skipSpaces();
    const std::optional<int> arrow = scanArrow(sc);
    sc.skipSpaces();

    const auto change = scanSignedNumber(sc.token());
    if (!change)
        return std::nullopt;
    sc.skipSpaces();

    // "(PCT%)"
    if (sc.peek() != u'(')
        return std::nullopt;
    ++sc.pos;
    sc.skipSpaces();
    const qsizetype pctStart = sc.pos;
    while (!sc.atEnd() && sc.peek() != u'%' && sc.peek() != u')' && !isSpace(sc.peek()))
        ++sc.pos;
    const auto percent = scanSignedNumber(line.mid(pctStart, sc.pos - pctStart));
    if (!percent)
        return std::nullopt;
    sc.skipSpaces();
    if (sc.peek() != u'%')
        return std::nullopt;
    ++sc.pos;
    sc.skipSpaces();
    if (sc.peek() != u')')
        return std::nullopt;
    ++sc.pos;
    sc.skipSpaces();
    if (!sc.atEnd())
        return std::nullopt;

    MarketRow row;
    row.name = symbol.toString();
    row.isIndex = isIndexName(symbol);
    row.value = price->magnitude;

    // Direction: the words first, then the number's own sign, then the arrow.
    const int numberSign = change->explicitSign != 0 ? change->explicitSign : percent->explicitSign;
    int sign = 0;
    if (words)
        sign = *words;
    else if (numberSign != 0)
        sign = numberSign;
    else if (arrow)
        sign = *arrow;
    if (change->magnitude == 0.0 && percent->magnitude == 0.0)
        sign = 0;

    if (warnings) {
        if (words && numberSign != 0 && *words != 0 && numberSign != *words) {
            warnings->append(QCoreApplication::translate("md", "%1: the row says \"%2\" but its change is printed as %3; "
                                                               "the words were trusted.")
                                 .arg(row.name, *words > 0 ? QStringLiteral("Increased By") : QStringLiteral("Decreased By"),
                                      signWord(numberSign)));
        }
        if (words && *words == 0 && change->magnitude != 0.0) {
            warnings->append(QCoreApplication::translate("md", "%1: the row says \"No Change\" but shows a change of %2; "
                                                               "it was read as unchanged.")
                                 .arg(row.name, QString::number(change->magnitude)));
        }
    }
    if (words && *words == 0)
        sign = 0;

    row.change = sign == 0 ? 0.0 : sign * change->magnitude;
    row.changePercent = sign == 0 ? 0.0 : sign * percent->magnitude;

    if (warnings && sign != 0
        && !percentageAgrees(row.value, price->decimals, row.change, change->decimals, row.changePercent,
                             percent->decimals)) {
        const double previous = row.value - row.change;
        const double computed = previous > 0 ? row.change / previous * 100.0 : 0.0;
        warnings->append(QCoreApplication::translate("md", "%1: the stated change of %2% does not match price %3 and change %4 "
                                                           "(that would be %5%); the stated figure was kept.")
                             .arg(row.name, QString::number(row.changePercent), QString::number(row.value),
                                  QString::number(row.change), QString::number(computed, 'f', 2)));
    }
    return row;
}

} // namespace md

namespace md {

MarketRowCollector::MarketRowCollector(Snapshot &snapshot, int maxRows)
    : m_snapshot(snapshot), m_maxRows(maxRows)
{
}

MarketRowCollector::~MarketRowCollector()
{
    m_snapshot.warnings.append(m_rowWarnings);
    if (m_overLimit > 0) {
        const QString warning = limitReachedWarning(QCoreApplication::translate("md", "rows per page"), m_maxRows,
                                                    QCoreApplication::translate("md", "ticker rows"), m_overLimit);
        m_snapshot.warnings.append(warning);
        m_snapshot.skippedRows += m_overLimit;
        if (m_snapshot.firstSkippedRow.isEmpty())
            m_snapshot.firstSkippedRow = warning;
    }
}

bool MarketRowCollector::addLine(QStringView line, bool forceIndex)
{
    QStringList warnings;
    const auto row = parseMarketLine(line, &warnings);
    if (!row)
        return false;
    const qsizetype before = m_snapshot.quotes.size() + m_snapshot.indices.size();
    add(*row, forceIndex);
    // Keep the row's own doubts only when the row was kept (not a repeat).
    if (m_snapshot.quotes.size() + m_snapshot.indices.size() > before)
        m_rowWarnings.append(warnings);
    return true;
}

void MarketRowCollector::add(const MarketRow &row, bool forceIndex)
{
    const bool index = forceIndex || row.isIndex;
    auto handle = [&](auto &list, QHash<QString, qsizetype> &seen, const auto &value) {
        const auto it = seen.constFind(row.name);
        if (it != seen.constEnd()) {
            if (!(list.at(*it) == value))
                m_rowWarnings.append(QCoreApplication::translate("md", "%1 appears twice with different figures; "
                                                                       "the first was kept.").arg(row.name));
            return;
        }
        if (m_snapshot.quotes.size() + m_snapshot.indices.size() >= m_maxRows) {
            ++m_overLimit;
            return;
        }
        seen.insert(row.name, list.size());
        list.append(value);
    };
    if (index)
        handle(m_snapshot.indices, m_seenIndices, row.toIndex());
    else
        handle(m_snapshot.quotes, m_seenQuotes, row.toQuote());
}

} // namespace md
