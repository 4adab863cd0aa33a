// Story identity: comparable keys of headline, body and address, and the grouping of copies.
#include "core/library/storyidentity.h"

#include <QHashFunctions>
#include <QUrl>

#include <algorithm>
#include <numeric>

namespace md {
namespace {

// Appends text to out in one spelling for what differs between a page's markup and its text copy: curly
// quotes and dashes as plain ones, any run of spaces as one space (none at the ends), case folded. One pass,
// no copies: a library's first list reads every stored body through it.
void appendComparable(QStringView text, QString &out)
{
    bool space = false;
    const qsizetype start = out.size();
    for (QChar c : text) {
        char16_t u = c.unicode();
        switch (u) {
        case 0x2018: case 0x2019: case 0x201B: case 0x2032: u = u'\''; break;
        case 0x201C: case 0x201D: case 0x201F: case 0x2033: u = u'"'; break;
        case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2212: u = u'-'; break;
        case 0x00A0: case 0x202F: case 0x2007: u = u' '; break;
        default: break;
        }
        if (QChar::isSpace(u)) {
            space = out.size() > start;
            continue;
        }
        if (space)
            out.append(QLatin1Char(' '));
        space = false;
        out.append(QChar::isSurrogate(u) ? QChar(u) : QChar(char16_t(QChar::toCaseFolded(char32_t(u)))));
    }
}

QString comparable(QStringView text)
{
    QString out;
    out.reserve(text.size());
    appendComparable(text, out);
    return out;
}

// More articles than this under one headline or with one body are compared without reading their pages.
constexpr int kMostCopiesReadForAddress = 16;

} // namespace

QString storyHeadlineKey(const QString &headline)
{
    return comparable(headline);
}

QByteArray storyBodyKey(const QStringList &blockTexts)
{
    QString all;
    for (const QString &text : blockTexts) {
        const qsizetype before = all.size();
        appendComparable(text, all);
        if (all.size() > before)
            all.append(QLatin1Char('\n'));
    }
    if (all.isEmpty())
        return {};
    // Two 64-bit hashes of the text (with different seeds) and its length: equal for the same text, and for
    // two different bodies under one headline as good as never.
    const size_t bytes = size_t(all.size()) * sizeof(QChar);
    const quint64 parts[3] = {quint64(qHashBits(all.constData(), bytes, 0x9e3779b9u)),
                              quint64(qHashBits(all.constData(), bytes, 0x85ebca6bu)), quint64(all.size())};
    return QByteArray(reinterpret_cast<const char *>(parts), sizeof(parts));
}

QString storyAddressKey(const QString &address)
{
    const QUrl url(address.trimmed());
    if (!url.isValid() || url.host().isEmpty())
        return {};
    QString host = url.host().toLower();
    if (host.startsWith(QLatin1String("www.")))
        host.remove(0, 4);
    QString path = url.path(QUrl::FullyEncoded);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    QString key = host + path;
    if (url.hasQuery())
        key += QLatin1Char('?') + url.query(QUrl::FullyEncoded);
    return key;
}

bool isSameStory(const StoryFacts &a, const QString &addressA, const StoryFacts &b, const QString &addressB)
{
    if (!addressA.isEmpty() && !addressB.isEmpty())
        return addressA == addressB;
    return a.headlineKey == b.headlineKey && !a.bodyKey.isEmpty() && a.bodyKey == b.bodyKey;
}

QHash<SnapshotId, SnapshotId> groupStories(const QVector<StoryFacts> &facts,
                                           const std::function<QString(SnapshotId)> &addressOf)
{
    // Union-find over positions in facts.
    std::vector<int> parent(size_t(facts.size()));
    std::iota(parent.begin(), parent.end(), 0);
    const auto find = [&parent](int i) {
        while (parent[size_t(i)] != i) {
            parent[size_t(i)] = parent[size_t(parent[size_t(i)])];
            i = parent[size_t(i)];
        }
        return i;
    };

    // Candidates: articles with the same headline, or the same body (a story retitled between two saves).
    QHash<QString, QVector<int>> byHeadline;
    QHash<QByteArray, QVector<int>> byBody;
    for (int i = 0; i < facts.size(); ++i) {
        if (!facts[i].headlineKey.isEmpty())
            byHeadline[facts[i].headlineKey].append(i);
        if (!facts[i].bodyKey.isEmpty())
            byBody[facts[i].bodyKey].append(i);
    }
    QHash<int, QString> addresses;
    const auto address = [&](int i) {
        auto it = addresses.find(i);
        if (it == addresses.end())
            it = addresses.insert(i, addressOf ? addressOf(facts[i].id) : QString());
        return *it;
    };
    const auto compareWithin = [&](const QVector<int> &group) {
        if (group.size() < 2)
            return;
        // Many articles under one headline are a recurring column ("PSX close of day"), not one story saved
        // many times: their pages are not read for an address (a reading each), headline and body decide.
        const bool readAddresses = group.size() <= kMostCopiesReadForAddress;
        const QString none;
        for (int x = 0; x < group.size(); ++x) {
            for (int y = x + 1; y < group.size(); ++y) {
                const int a = group[x], b = group[y];
                if (find(a) != find(b)
                    && isSameStory(facts[a], readAddresses ? address(a) : none, facts[b], readAddresses ? address(b) : none))
                    parent[size_t(find(a))] = find(b);
            }
        }
    };
    for (const QVector<int> &group : std::as_const(byHeadline))
        compareWithin(group);
    for (const QVector<int> &group : std::as_const(byBody))
        compareWithin(group);

    QHash<int, SnapshotId> smallest;
    for (int i = 0; i < facts.size(); ++i) {
        const int root = find(i);
        auto it = smallest.find(root);
        if (it == smallest.end())
            smallest.insert(root, facts[i].id);
        else
            *it = std::min(*it, facts[i].id);
    }
    QHash<SnapshotId, SnapshotId> story;
    story.reserve(facts.size());
    for (int i = 0; i < facts.size(); ++i)
        story.insert(facts[i].id, smallest.value(find(i)));
    return story;
}

namespace {

StoryFacts factsOf(const Article &article)
{
    StoryFacts f;
    f.headlineKey = storyHeadlineKey(article.headline);
    QStringList texts;
    for (const ArticleBlock &block : article.blocks) {
        if (block.kind != ArticleBlock::Kind::Table)
            texts.append(block.text);
    }
    f.bodyKey = storyBodyKey(texts);
    return f;
}

} // namespace

bool isSamePage(const Snapshot &a, const Snapshot &b)
{
    if (a.kind != b.kind || a.sessionDate != b.sessionDate || a.quotes != b.quotes || a.indices != b.indices)
        return false;
    if (a.article.isEmpty() || b.article.isEmpty())
        return a.article.isEmpty() && b.article.isEmpty() && a.comments == b.comments && a.capturedAt == b.capturedAt
            && (!a.quotes.isEmpty() || !a.indices.isEmpty());
    return isSameStory(factsOf(a.article), storyAddressKey(a.pageAddress), factsOf(b.article),
                       storyAddressKey(b.pageAddress));
}

} // namespace md
