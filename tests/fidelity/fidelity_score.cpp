// fidelity_score: reads every annotated page of a fidelity corpus with MarketDesk (and scores a peer's
// results for the same pages), then prints headline, author, date and capture accuracy and body precision,
// recall and F1, per site and overall, as Markdown tables. With --floors it fails below issue 12's floors.
#include "fidelityscore.h"

#include "core/capturetime.h"
#include "core/load/snapshotloader.h"
#include "core/parse/pagedate.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <cstdio>

using namespace md;
using namespace md::fidelity;

namespace {

constexpr double kFieldFloor = 0.95;  // headline, author and date accuracy
constexpr double kBodyF1Floor = 0.97;

struct Page
{
    QString relativePath;  // "dawn/psx-share-bar-body.html"
    QString path;
    QString site;          // siteOfPage()
    Gold gold;
};

struct Reader
{
    QString name;
    QMap<QString, Reading> readings;  // by relative path
};

void print(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

QString dateText(const Timestamp &t)
{
    return t.isValid() ? t.date().toString(Qt::ISODate) : QString();
}

Reading readWithMarketDesk(const QString &path)
{
    Reading reading;
    reading.hasCaptured = true;
    QElapsedTimer timer;
    timer.start();
    const SnapshotLoadResult loaded = loadSnapshotFile(path);
    reading.milliseconds = double(timer.nsecsElapsed()) / 1e6;
    if (!loaded.ok()) {
        reading.error = loaded.error;
        return reading;
    }
    const Snapshot &s = *loaded.snapshot;
    reading.headline = s.article.headline;
    reading.author = s.article.author;
    reading.published = dateText(s.article.publishedAt);
    // The market time the page gives (its own stamp, or an article its ticker agrees with); the file's time
    // is the machine's, not the page's.
    reading.captured = isFileEvidence(s.marketAsOfSource) ? QString() : dateText(s.marketAsOf);
    reading.summary = s.article.summary.join(QLatin1Char('\n'));
    QStringList body;
    for (const ArticleBlock &block : s.article.blocks) {
        if (!block.text.isEmpty())
            body.append(block.text);
        if (!block.header.isEmpty())
            body.append(block.header.join(QLatin1Char(' ')));
        for (const QStringList &row : block.rows)
            body.append(row.join(QLatin1Char(' ')));
    }
    reading.body = body.join(QLatin1Char('\n'));
    return reading;
}

// A peer's results: {"site/page.html": {"headline", "author", "published", "body", "ms"} | {"error"}}.
bool readPeer(const QString &name, const QString &path, Reader *reader, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    if (!doc.isObject()) {
        *error = QStringLiteral("%1: not a JSON object of results").arg(path);
        return false;
    }
    reader->name = name;
    const QJsonObject all = doc.object();
    for (auto it = all.begin(); it != all.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        Reading r;
        r.error = o.value(QLatin1String("error")).toString();
        r.headline = o.value(QLatin1String("headline")).toString();
        r.author = o.value(QLatin1String("author")).toString();
        r.published = dateText(parsePageDateTime(o.value(QLatin1String("published")).toString()));
        r.body = o.value(QLatin1String("body")).toString();
        r.milliseconds = o.value(QLatin1String("ms")).toDouble();
        reader->readings.insert(it.key(), r);
    }
    return true;
}

QString percent(int part, int whole)
{
    return whole > 0 ? QStringLiteral("%1%").arg(100.0 * part / whole, 0, 'f', 0) : QStringLiteral("–");
}

QString decimal(double value, bool scored = true)
{
    return scored ? QString::number(value, 'f', 3) : QStringLiteral("–");
}

// "95%" when every page annotates the field, else "45% of 76" (a real-page set annotates some pages only).
QString field(int hits, int scored, int pages)
{
    const QString p = percent(hits, scored);
    return scored > 0 && scored < pages ? QStringLiteral("%1 of %2").arg(p).arg(scored) : p;
}

QString row(const QString &label, const Tally &t)
{
    return QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 | %10 | %11 |\n")
        .arg(label)
        .arg(t.pages)
        .arg(t.emptyBodies)
        .arg(field(t.headline, t.headlinePages, t.pages), field(t.author, t.authorPages, t.pages),
             field(t.published, t.publishedPages, t.pages), field(t.captured, t.capturedPages, t.pages),
             decimal(t.precision(), t.scoresBody()), decimal(t.recall(), t.scoresBody()), decimal(t.f1(), t.scoresBody()))
        .arg(t.pages > 0 ? QString::number(t.milliseconds / t.pages, 'f', 2) : QStringLiteral("–"));
}

const QString kHeader = QStringLiteral("| %1 | Pages | Empty body | Headline | Author | Date | Capture | Body P | Body R | Body F1 | ms/page |\n"
                                       "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Scores MarketDesk's reading of an annotated corpus."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("corpus"), QStringLiteral("The corpus folder (SITE/NAME.gold.json)."));
    const QCommandLineOption peerOption(QStringLiteral("peer"), QStringLiteral("A peer's results to score too."),
                                        QStringLiteral("NAME=RESULTS.json"));
    const QCommandLineOption floorsOption(QStringLiteral("floors"),
                                          QStringLiteral("Exit 1 when MarketDesk is below the floors."));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"), QStringLiteral("List what each page got wrong."));
    const QCommandLineOption pagesOption(QStringLiteral("pages"),
                                         QStringLiteral("Score only the pages LIST names (a page's name without its "
                                                        "extension a line; lines starting # are comments)."),
                                         QStringLiteral("LIST"));
    const QCommandLineOption exceptOption(QStringLiteral("except"), QStringLiteral("Leave out the pages LIST names."),
                                          QStringLiteral("LIST"));
    parser.addOptions({peerOption, floorsOption, verboseOption, pagesOption, exceptOption});
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(1);
    const QDir corpus(QFileInfo(parser.positionalArguments().constFirst()).absoluteFilePath());

    // A list of pages (a half of a set opened while writing rules, or the other half never opened).
    const auto readList = [](const QString &path, QSet<QString> *names) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            std::fprintf(stderr, "fidelity_score: %s: %s\n", qPrintable(path), qPrintable(file.errorString()));
            return false;
        }
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            if (!line.isEmpty() && !line.startsWith(u'#'))
                names->insert(line);
        }
        return true;
    };
    QSet<QString> only, left;
    if ((parser.isSet(pagesOption) && !readList(parser.value(pagesOption), &only))
        || (parser.isSet(exceptOption) && !readList(parser.value(exceptOption), &left)))
        return 2;

    // The pages: every gold file with its page beside it.
    QVector<Page> pages;
    QDirIterator it(corpus.path(), {QStringLiteral("*.gold.json")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString goldPath = it.next();
        const QString stem = goldPath.chopped(int(qstrlen(".gold.json")));
        const QString name = QFileInfo(stem).fileName();
        if ((parser.isSet(pagesOption) && !only.contains(name)) || left.contains(name))
            continue;
        Page page;
        for (const char *ext : {".txt", ".html", ".htm", ".mhtml", ".mht"}) {
            if (QFileInfo::exists(stem + QLatin1String(ext)))
                page.path = stem + QLatin1String(ext);
        }
        QString error;
        if (page.path.isEmpty() || !readGold(goldPath, &page.gold, &error)) {
            std::fprintf(stderr, "fidelity_score: %s\n",
                         qPrintable(error.isEmpty() ? goldPath + QStringLiteral(": no page beside it") : error));
            return 2;
        }
        page.relativePath = corpus.relativeFilePath(page.path);
        QString text;
        if (QFile file(page.path); file.open(QIODevice::ReadOnly))
            text = QString::fromUtf8(file.read(2000));
        page.site = siteOfPage(page.gold, page.relativePath, text);
        pages.append(page);
    }
    std::sort(pages.begin(), pages.end(), [](const Page &a, const Page &b) { return a.relativePath < b.relativePath; });
    if (pages.isEmpty()) {
        std::fprintf(stderr, "fidelity_score: no gold files under %s\n", qPrintable(corpus.path()));
        return 2;
    }

    QVector<Reader> readers(1);
    readers[0].name = QStringLiteral("MarketDesk");
    for (const Page &page : pages)
        readers[0].readings.insert(page.relativePath, readWithMarketDesk(page.path));
    for (const QString &spec : parser.values(peerOption)) {
        const qsizetype eq = spec.indexOf(QLatin1Char('='));
        Reader peer;
        QString error;
        if (eq <= 0 || !readPeer(spec.left(eq), spec.mid(eq + 1), &peer, &error)) {
            std::fprintf(stderr, "fidelity_score: %s\n",
                         qPrintable(error.isEmpty() ? QStringLiteral("--peer takes NAME=RESULTS.json") : error));
            return 2;
        }
        readers.append(peer);
    }

    // Tallies per reader, overall and by site.
    QVector<Tally> overall(readers.size());
    QVector<QMap<QString, Tally>> bySite(readers.size());
    QVector<QMap<QString, Tally>> byFormat(readers.size());
    QVector<QMap<QString, Tally>> textBySite(readers.size()); // text copies only (issue 20)
    const auto formatOf = [](const QString &path) {
        const QString ext = QFileInfo(path).suffix().toLower();
        return ext == QLatin1String("txt") ? QStringLiteral("text copies")
             : ext.startsWith(QLatin1String("mht")) ? QStringLiteral("MHTML archives")
                                                    : QStringLiteral("saved HTML");
    };
    QString details;
    for (const Page &page : pages) {
        for (int r = 0; r < readers.size(); ++r) {
            const auto found = readers[r].readings.constFind(page.relativePath);
            Reading reading = found != readers[r].readings.cend() ? *found : Reading{};
            if (found == readers[r].readings.cend())
                reading.error = QStringLiteral("no result for this page");
            const PageScore score = scorePage(page.gold, reading);
            overall[r].add(page.gold, score, reading);
            bySite[r][page.site].add(page.gold, score, reading);
            byFormat[r][formatOf(page.path)].add(page.gold, score, reading);
            if (formatOf(page.path) == QLatin1String("text copies"))
                textBySite[r][page.site].add(page.gold, score, reading);
            if (!score.notes.isEmpty())
                details += QStringLiteral("- %1 (%2): %3\n").arg(page.relativePath, readers[r].name,
                                                                  score.notes.join(QStringLiteral("; ")));
        }
    }

    print(QStringLiteral("## Overall (%1 pages, %2 sites)\n\n").arg(pages.size()).arg(bySite[0].size()));
    print(kHeader.arg(QStringLiteral("Reader")));
    for (int r = 0; r < readers.size(); ++r)
        print(row(readers[r].name, overall[r]));
    print(QStringLiteral("\n## By format\n\n"));
    print(kHeader.arg(QStringLiteral("Format · reader")));
    for (auto format = byFormat[0].cbegin(); format != byFormat[0].cend(); ++format) {
        for (int r = 0; r < readers.size(); ++r)
            print(row(format.key() + QStringLiteral(" · ") + readers[r].name, byFormat[r].value(format.key())));
    }
    print(QStringLiteral("\n## By site\n\n"));
    print(kHeader.arg(QStringLiteral("Site · reader")));
    for (auto site = bySite[0].cbegin(); site != bySite[0].cend(); ++site) {
        for (int r = 0; r < readers.size(); ++r)
            print(row(site.key() + QStringLiteral(" · ") + readers[r].name, bySite[r].value(site.key())));
    }
    if (!textBySite[0].isEmpty()) {
        print(QStringLiteral("\n## Text copies by site\n\n"));
        print(kHeader.arg(QStringLiteral("Site · reader")));
        for (auto site = textBySite[0].cbegin(); site != textBySite[0].cend(); ++site) {
            for (int r = 0; r < readers.size(); ++r)
                print(row(site.key() + QStringLiteral(" · ") + readers[r].name, textBySite[r].value(site.key())));
        }
    }
    if (parser.isSet(verboseOption) && !details.isEmpty())
        print(QStringLiteral("\n## What went wrong\n\n") + details);

    if (parser.isSet(floorsOption)) {
        const Tally &t = overall[0];
        QStringList below;
        auto check = [&](const char *what, double value, double floor) {
            if (value + 1e-9 < floor)
                below.append(QStringLiteral("%1 %2 < %3").arg(QLatin1String(what)).arg(value, 0, 'f', 3).arg(floor));
        };
        check("headline", double(t.headline) / std::max(1, t.headlinePages), kFieldFloor);
        check("author", double(t.author) / std::max(1, t.authorPages), kFieldFloor);
        check("date", double(t.published) / std::max(1, t.publishedPages), kFieldFloor);
        check("body F1", t.f1(), kBodyF1Floor);
        if (!below.isEmpty()) {
            std::fprintf(stderr, "fidelity_score: below the floors: %s\n", qPrintable(below.join(QStringLiteral(", "))));
            if (!parser.isSet(verboseOption))
                std::fprintf(stderr, "%s", qPrintable(details));
            return 1;
        }
    }
    return 0;
}
