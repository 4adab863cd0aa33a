// Story identity: comparable keys of headline, body and address, and the grouping of copies.
#include "core/library/storyidentity.h"

#include <QCryptographicHash>
#include <QUrl>

#include <algorithm>
#include <numeric>

namespace md {
namespace {

// One spelling for the marks that differ between a page's markup and its text copy.
QString comparable(QString text)
{
    for (QChar &c : text) {
        switch (c.unicode()) {
        case 0x2018: case 0x2019: case 0x201B: case 0x2032: c = QLatin1Char('\''); break;
        case 0x201C: case 0x201D: case 0x201F: case 0x2033: c = QLatin1Char('"'); break;
        case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2212: c = QLatin1Char('-'); break;
        case 0x00A0: case 0x202F: case 0x2007: c = QLatin1Char(' '); break;
        default: break;
        }
    }
    return text.simplified().toCaseFolded();
}

} // namespace

QString storyHeadlineKey(const QString &headline)
{
    return comparable(headline);
}

QByteArray storyBodyKey(const QStringList &blockTexts)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    bool any = false;
    for (const QString &text : blockTexts) {
        const QString key = comparable(text);
        if (key.isEmpty())
            continue;
        hash.addData(key.toUtf8());
        hash.addData(QByteArrayView("\n", 1));
        any = true;
    }
    return any ? hash.result() : QByteArray();
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
        for (int x = 0; x < group.size(); ++x) {
            for (int y = x + 1; y < group.size(); ++y) {
                const int a = group[x], b = group[y];
                if (find(a) != find(b) && isSameStory(facts[a], address(a), facts[b], address(b)))
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
