// An ordered JSON writer for snapshots (QJsonObject would sort the keys), and the reader for it.
#include "core/snapshotjson.h"

#include "core/capturetime.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QLocale>

#include <type_traits>

namespace md {
namespace {

class JsonWriter
{
public:
    JsonWriter(int indent, int level) : m_indent(indent), m_level(level) {}

    QByteArray take() { return std::move(m_out); }

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }

    void key(const char *name)
    {
        separate();
        m_out += '"';
        m_out += name;
        m_out += m_indent > 0 ? "\": " : "\":";
        m_afterKey = true;
    }
    void value(const QString &text)
    {
        separate();
        writeString(text);
    }
    void nullableString(const QString &text)
    {
        if (text.isEmpty())
            null();
        else
            value(text);
    }
    void number(double v)
    {
        separate();
        m_out += QByteArray::number(v, 'g', QLocale::FloatingPointShortest);
    }
    void integer(qint64 v)
    {
        separate();
        m_out += QByteArray::number(v);
    }
    void boolean(bool v)
    {
        separate();
        m_out += v ? "true" : "false";
    }
    void null()
    {
        separate();
        m_out += "null";
    }

private:
    void open(char c)
    {
        separate();
        m_out += c;
        m_first.push_back(true);
        ++m_level;
    }
    void close(char c)
    {
        const bool empty = m_first.back();
        m_first.pop_back();
        --m_level;
        if (!empty)
            newline();
        m_out += c;
    }
    void newline()
    {
        if (m_indent <= 0)
            return;
        m_out += '\n';
        m_out += QByteArray(m_indent * m_level, ' ');
    }
    void separate()
    {
        if (m_afterKey) {
            m_afterKey = false;
            return;
        }
        if (!m_first.empty()) {
            if (!m_first.back())
                m_out += ',';
            m_first.back() = false;
            newline();
        }
    }
    void writeString(const QString &text)
    {
        m_out += '"';
        const qsizetype n = text.size();
        for (qsizetype i = 0; i < n; ++i) {
            const QChar ch = text[i];
            const char16_t c = ch.unicode();
            switch (c) {
            case u'"': m_out += "\\\""; break;
            case u'\\': m_out += "\\\\"; break;
            case u'\n': m_out += "\\n"; break;
            case u'\r': m_out += "\\r"; break;
            case u'\t': m_out += "\\t"; break;
            default:
                if (ch.isHighSurrogate() && i + 1 < n && text[i + 1].isLowSurrogate()) {
                    m_out += QStringView(text).mid(i, 2).toUtf8();
                    ++i;
                } else if (c < 0x20 || c == 0x2028 || c == 0x2029 || ch.isSurrogate()) {
                    // Control characters, line separators and lone surrogate halves are escaped, so the
                    // output is valid UTF-8 JSON whatever the page held.
                    m_out += "\\u" + QByteArray::number(c, 16).rightJustified(4, '0');
                } else if (c < 0x80) {
                    m_out += char(c);
                } else {
                    m_out += QStringView(&ch, 1).toUtf8();
                }
            }
        }
        m_out += '"';
    }

    QByteArray m_out;
    int m_indent;
    int m_level;
    std::vector<bool> m_first;
    bool m_afterKey = false;
};

void writeTimestamp(JsonWriter &w, const Timestamp &t)
{
    if (t.isValid())
        w.value(t.toIsoString());
    else
        w.null();
}

template <typename T>
void writeOptional(JsonWriter &w, const std::optional<T> &v)
{
    if (!v)
        w.null();
    else if constexpr (std::is_integral_v<T>)
        w.integer(*v);
    else
        w.number(*v);
}

void writeDate(JsonWriter &w, const QDate &date)
{
    if (date.isValid())
        w.value(date.toString(Qt::ISODate));
    else
        w.null();
}

void writeStrings(JsonWriter &w, const QStringList &strings)
{
    w.beginArray();
    for (const QString &text : strings)
        w.value(text);
    w.endArray();
}

void writeSnapshot(JsonWriter &w, const Snapshot &s)
{
    w.beginObject();
    w.key("source"); w.value(s.source);
    w.key("format"); w.value(formatName(s.format));
    w.key("kind"); w.value(kindName(s.kind));
    w.key("encoding"); w.value(s.encoding);
    w.key("captured_at"); writeTimestamp(w, s.capturedAt);
    // When the quotes and indices were true, and the evidence for it: not the article's published_at.
    w.key("market_as_of"); writeTimestamp(w, s.marketAsOf);
    w.key("market_as_of_source"); w.value(captureSourceKey(s.marketAsOfSource));
    w.key("session_date"); writeDate(w, s.sessionDate);

    w.key("quotes");
    w.beginArray();
    for (const Quote &q : s.quotes) {
        w.beginObject();
        w.key("symbol"); w.value(q.symbol);
        w.key("price"); w.number(q.price);
        w.key("change"); w.number(q.change);
        w.key("change_percent"); w.number(q.changePercent);
        w.key("open"); writeOptional(w, q.open);
        w.key("high"); writeOptional(w, q.high);
        w.key("low"); writeOptional(w, q.low);
        w.key("previous_close"); writeOptional(w, q.previousClose);
        w.key("volume"); writeOptional(w, q.volume);
        w.key("sector"); w.nullableString(q.sector);
        w.key("sector_code"); w.nullableString(q.sectorCode);
        w.key("company"); w.nullableString(q.company);
        w.key("listed_in"); w.nullableString(q.listedIn);
        w.key("session_date"); writeDate(w, q.sessionDate);
        w.endObject();
    }
    w.endArray();

    w.key("indices");
    w.beginArray();
    for (const IndexValue &i : s.indices) {
        w.beginObject();
        w.key("name"); w.value(i.name);
        w.key("value"); w.number(i.value);
        w.key("change"); w.number(i.change);
        w.key("change_percent"); w.number(i.changePercent);
        w.endObject();
    }
    w.endArray();

    const Article &a = s.article;
    w.key("article");
    if (a.isEmpty() && a.related.isEmpty() && a.dateline.isEmpty()) {
        w.null();
    } else {
        w.beginObject();
        w.key("headline"); w.nullableString(a.headline);
        w.key("dateline"); w.nullableString(a.dateline);
        w.key("published_at"); writeTimestamp(w, a.publishedAt);
        w.key("updated_at"); writeTimestamp(w, a.updatedAt);
        w.key("author"); w.nullableString(a.author);
        w.key("summary"); writeStrings(w, a.summary);
        w.key("blocks");
        w.beginArray();
        for (const ArticleBlock &b : a.blocks) {
            w.beginObject();
            w.key("kind"); w.value(blockKindName(b.kind));
            if (b.kind == ArticleBlock::Kind::Table) {
                w.key("title"); w.nullableString(b.text);
                w.key("header"); writeStrings(w, b.header);
                w.key("rows");
                w.beginArray();
                for (const QStringList &row : b.rows)
                    writeStrings(w, row);
                w.endArray();
            } else if (b.kind == ArticleBlock::Kind::List) {
                w.key("ordered"); w.boolean(b.ordered);
                if (b.ordered) {
                    w.key("start"); w.integer(b.start);
                }
                w.key("items"); writeStrings(w, b.items());
            } else {
                w.key("text"); w.value(b.text);
            }
            w.endObject();
        }
        w.endArray();
        w.key("related"); writeStrings(w, a.related);
        w.endObject();
    }

    w.key("comments");
    w.beginArray();
    for (const Comment &c : s.comments) {
        w.beginObject();
        w.key("author"); w.value(c.author);
        w.key("posted_at"); writeTimestamp(w, c.postedAt);
        w.key("text"); w.value(c.text);
        w.key("recommended"); w.integer(c.recommended);
        w.endObject();
    }
    w.endArray();

    w.key("warnings");
    w.beginArray();
    for (const QString &warning : s.warnings)
        w.value(warning);
    w.endArray();
    w.endObject();
}

std::optional<double> optionalNumber(const QJsonValue &v)
{
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

std::optional<qint64> optionalInteger(const QJsonValue &v)
{
    return v.isDouble() ? std::optional<qint64>(v.toInteger()) : std::nullopt;
}

QDate dateFrom(const QJsonValue &v)
{
    return v.isString() ? QDate::fromString(v.toString(), Qt::ISODate) : QDate();
}

QStringList stringsFrom(const QJsonValue &array)
{
    QStringList out;
    for (const QJsonValue &v : array.toArray())
        out.append(v.toString());
    return out;
}

} // namespace

QByteArray snapshotToJson(const Snapshot &snapshot, int indent, int level)
{
    JsonWriter w(indent, level);
    writeSnapshot(w, snapshot);
    return w.take();
}

QByteArray snapshotsToJson(const QVector<Snapshot> &snapshots)
{
    JsonWriter w(2, 0);
    w.beginArray();
    for (const Snapshot &s : snapshots)
        writeSnapshot(w, s);
    w.endArray();
    QByteArray out = w.take();
    out += '\n';
    return out;
}

std::optional<Snapshot> snapshotFromJson(const QJsonObject &o)
{
    if (!o.value(QLatin1String("quotes")).isArray() || !o.value(QLatin1String("source")).isString())
        return std::nullopt;
    Snapshot s;
    s.source = o.value(QLatin1String("source")).toString();
    const QString format = o.value(QLatin1String("format")).toString();
    s.format = format == QLatin1String("html") ? SnapshotFormat::Html
             : format == QLatin1String("mhtml") ? SnapshotFormat::Mhtml
                                                : SnapshotFormat::Text;
    s.kind = kindFromName(o.value(QLatin1String("kind")).toString()).value_or(SnapshotKind::NewsPage);
    s.encoding = o.value(QLatin1String("encoding")).toString();
    s.capturedAt = Timestamp::fromIsoString(o.value(QLatin1String("captured_at")).toString());
    s.marketAsOf = Timestamp::fromIsoString(o.value(QLatin1String("market_as_of")).toString());
    s.marketAsOfSource = s.marketAsOf.isValid()
        ? captureSourceFromKey(o.value(QLatin1String("market_as_of_source")).toString())
        : MarketTimeSource::Unknown;
    s.sessionDate = dateFrom(o.value(QLatin1String("session_date")));
    for (const QJsonValue &v : o.value(QLatin1String("quotes")).toArray()) {
        const QJsonObject q = v.toObject();
        Quote quote{q.value(QLatin1String("symbol")).toString(), q.value(QLatin1String("price")).toDouble(),
                    q.value(QLatin1String("change")).toDouble(), q.value(QLatin1String("change_percent")).toDouble()};
        quote.open = optionalNumber(q.value(QLatin1String("open")));
        quote.high = optionalNumber(q.value(QLatin1String("high")));
        quote.low = optionalNumber(q.value(QLatin1String("low")));
        quote.previousClose = optionalNumber(q.value(QLatin1String("previous_close")));
        quote.volume = optionalInteger(q.value(QLatin1String("volume")));
        quote.sector = q.value(QLatin1String("sector")).toString();
        quote.sectorCode = q.value(QLatin1String("sector_code")).toString();
        quote.company = q.value(QLatin1String("company")).toString();
        quote.listedIn = q.value(QLatin1String("listed_in")).toString();
        quote.sessionDate = dateFrom(q.value(QLatin1String("session_date")));
        s.quotes.append(quote);
    }
    for (const QJsonValue &v : o.value(QLatin1String("indices")).toArray()) {
        const QJsonObject i = v.toObject();
        s.indices.append({i.value(QLatin1String("name")).toString(), i.value(QLatin1String("value")).toDouble(),
                          i.value(QLatin1String("change")).toDouble(), i.value(QLatin1String("change_percent")).toDouble()});
    }
    const QJsonObject a = o.value(QLatin1String("article")).toObject();
    s.article.headline = a.value(QLatin1String("headline")).toString();
    s.article.dateline = a.value(QLatin1String("dateline")).toString();
    s.article.publishedAt = Timestamp::fromIsoString(a.value(QLatin1String("published_at")).toString());
    s.article.updatedAt = Timestamp::fromIsoString(a.value(QLatin1String("updated_at")).toString());
    s.article.author = a.value(QLatin1String("author")).toString();
    s.article.summary = stringsFrom(a.value(QLatin1String("summary")));
    for (const QJsonValue &v : a.value(QLatin1String("blocks")).toArray()) {
        const QJsonObject b = v.toObject();
        const QString kind = b.value(QLatin1String("kind")).toString();
        ArticleBlock block;
        if (kind == QLatin1String("table")) {
            block.kind = ArticleBlock::Kind::Table;
            block.text = b.value(QLatin1String("title")).toString();
            block.header = stringsFrom(b.value(QLatin1String("header")));
            for (const QJsonValue &row : b.value(QLatin1String("rows")).toArray())
                block.rows.append(stringsFrom(row));
        } else if (kind == QLatin1String("list")) {
            block = listBlock(stringsFrom(b.value(QLatin1String("items"))), b.value(QLatin1String("ordered")).toBool(),
                              b.value(QLatin1String("start")).toInt(1));
        } else {
            block.kind = kind == QLatin1String("subheading") ? ArticleBlock::Kind::Subheading : ArticleBlock::Kind::Paragraph;
            block.text = b.value(QLatin1String("text")).toString();
        }
        s.article.blocks.append(block);
    }
    s.article.related = stringsFrom(a.value(QLatin1String("related")));
    for (const QJsonValue &v : o.value(QLatin1String("comments")).toArray()) {
        const QJsonObject c = v.toObject();
        s.comments.append({c.value(QLatin1String("author")).toString(),
                           Timestamp::fromIsoString(c.value(QLatin1String("posted_at")).toString()),
                           c.value(QLatin1String("text")).toString(), c.value(QLatin1String("recommended")).toInt()});
    }
    for (const QJsonValue &v : o.value(QLatin1String("warnings")).toArray())
        s.warnings.append(v.toString());
    return s;
}

} // namespace md
