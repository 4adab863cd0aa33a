// --watchlist, --alerts and --search: thin wrappers over the core's Watchlist, AlertStore, AlertEngine and
// ArticleSearch.
#include "app/alertscommand.h"

#include "app/headless.h"
#include "app/librarycommand.h"
#include "core/alerts/alertengine.h"
#include "core/alerts/alertstore.h"
#include "core/library/articlesearch.h"
#include "core/library/library.h"
#include "core/library/watchlist.h"
#include "core/network/fetchoptions.h"
#include "core/network/pageinput.h"
#include "core/wording.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSettings>
#include <QUrl>

#include <cstdio>
#include <cstdlib>

namespace md::app {
namespace {

void printOut(const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fprintf(stdout, "%s\n", bytes.constData());
    std::fflush(stdout);
}

bool printJson(const QJsonArray &array)
{
    const QByteArray json = QJsonDocument(array).toJson(QJsonDocument::Indented);
    return std::fwrite(json.constData(), 1, size_t(json.size()), stdout) == size_t(json.size()) && std::fflush(stdout) == 0;
}

QString libraryPath(const CommandLine &command)
{
    return command.library.isEmpty() ? Library::defaultPath() : command.library;
}

// Offsets in a QString (UTF-16 units) as offsets in Unicode characters, as JSON readers count them.
qsizetype codePoints(const QString &text, qsizetype utf16Offset)
{
    qsizetype n = 0;
    for (qsizetype i = 0; i < utf16Offset && i < text.size(); ++i) {
        if (!text[i].isLowSurrogate())
            ++n;
    }
    return n;
}

// A capture time as --history writes it: Pakistan time with its offset, or the date alone for a page that
// gives only a day.
QJsonValue capturedAtJson(const Timestamp &capturedAt, qint64 msecs)
{
    if (!capturedAt.isValid())
        return QJsonValue(QJsonValue::Null);
    if (!capturedAt.hasTime())
        return capturedAt.toIsoString();
    return Timestamp::fromUtc(QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC), Timestamp::kPakistanOffsetSeconds)
        .toIsoString();
}

QJsonValue nullable(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonObject firedAlertJson(const FiredAlert &a, const std::optional<LibraryEntry> &entry)
{
    return {
        {QStringLiteral("rule_id"), a.ruleId},
        {QStringLiteral("rule"), a.rule},
        {QStringLiteral("kind"), alertKindName(a.kind)},
        {QStringLiteral("name"), a.name},
        {QStringLiteral("value"), a.value ? QJsonValue(*a.value) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("text"), a.text},
        {QStringLiteral("headline"), nullable(a.subject)},
        {QStringLiteral("snapshot_id"), a.snapshotId ? QJsonValue(a.snapshotId) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("source"), entry ? QJsonValue(entry->source) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("captured_at"), entry ? capturedAtJson(entry->capturedAt, entry->capturedAtMsecs) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("fired_at"),
         QDateTime::fromMSecsSinceEpoch(a.firedAtMsecs, Qt::UTC).toString(Qt::ISODate)},
        {QStringLiteral("historical"), a.historical},
        {QStringLiteral("left_undelivered"), a.leftUndelivered},
    };
}

int alertsCheck(Library &library, const QStringList &inputs)
{
    if (inputs.isEmpty()) {
        printError(tr("--alerts check needs at least one FILE or URL"));
        return ExitUsage;
    }
    AlertEngine engine(library);
    AlertStore store(library);
    const FetchOptions fetchOptions = FetchOptions::fromSettings(QSettings());
    bool allRead = true;
    QSet<qint64> firedNow;
    for (const QString &input : inputs) {
        // Stored like a page the window opens: a page already stored is the same snapshot, so what fired on
        // it before does not fire again.
        AddSnapshotResult stored;
        if (isWebAddress(input)) {
            const FetchResult fetch = fetchPageAndWait(webAddressFromUserInput(input), fetchOptions);
            if (!fetch.ok()) {
                printError(fetch.errorMessage);
                allRead = false;
                continue;
            }
            stored = library.addFetchedPage(fetch.bytes, input, fetch.fetchedAt);
        } else {
            stored = library.importFile(input);
        }
        if (!stored.ok()) {
            printError(stored.error);
            allRead = false;
            continue;
        }
        // Recorded undelivered, in the same transaction as the firing.
        for (const FiredAlert &a : engine.evaluate(stored.id, EvaluationMode::Live))
            firedNow.insert(a.historyId);
        if (!engine.lastError().isEmpty()) {
            printError(tr("%1: the alerts could not be evaluated (%2)").arg(input, engine.lastError()));
            allRead = false;
        }
    }
    // For the test of a run killed between recording and printing (tests/library/alertdelivery_test.cpp).
    if (qEnvironmentVariableIsSet("MARKETDESK_TEST_ABORT_BEFORE_PRINTING_ALERTS"))
        std::abort();

    // Every alert not yet delivered: what fired now, and what an earlier run recorded but never printed (or
    // the window never showed), oldest first.
    const QVector<FiredAlert> pending = store.undelivered();
    if (!store.lastError().isEmpty()) {
        printError(tr("the alerts that fired could not be read from the library (%1); they are kept and printed "
                      "by the next --alerts check")
                       .arg(store.lastError()));
        allRead = false;
    }
    QJsonArray printed;
    QVector<qint64> ids;
    for (FiredAlert a : pending) {
        a.leftUndelivered = !firedNow.contains(a.historyId);
        printed.append(firedAlertJson(a, a.snapshotId ? library.entry(a.snapshotId) : std::nullopt));
        ids.append(a.historyId);
    }
    if (!printJson(printed)) {
        printError(tr("standard output: cannot be written; the alerts stay undelivered for the next --alerts check"));
        return printed.isEmpty() ? ExitInputProblem : ExitAlertsFired;
    }
    // Delivered only now that they are printed: a run killed before this line prints them again next time.
    if (const LibraryResult marked = store.markDelivered(ids); !marked.ok())
        printError(tr("the alerts were printed but could not be marked delivered (%1); the next --alerts check "
                      "prints them again")
                       .arg(marked.error));
    // Alerts that fired are recorded and will not fire again: a script must hear of them even when another
    // input failed, so 3 wins over 2.
    if (!printed.isEmpty())
        return ExitAlertsFired;
    return allRead ? ExitOk : ExitInputProblem;
}

} // namespace

int runWatchlist(const CommandLine &command)
{
    const QString action = command.watchlist;
    static const QStringList actions = {QStringLiteral("add"), QStringLiteral("remove"), QStringLiteral("list")};
    if (!actions.contains(action)) {
        printError(tr("unknown --watchlist action \"%1\"; use add, remove or list").arg(quotedPart(action)));
        return ExitUsage;
    }
    if (action != QLatin1String("list") && command.inputs.isEmpty()) {
        printError(tr("--watchlist %1 needs at least one SYMBOL or index name").arg(action));
        return ExitUsage;
    }
    if (action == QLatin1String("list") && !command.inputs.isEmpty()) {
        printError(tr("--watchlist list takes no names (got %1)").arg(quotedPart(command.inputs.join(QLatin1Char(' ')))));
        return ExitUsage;
    }
    if (action == QLatin1String("add")) {
        for (const QString &name : command.inputs) {
            if (!isValidMarketName(name.trimmed())) {
                printError(tr("\"%1\" is not a symbol or index name (letters and digits, such as LUCK or KSE100)").arg(quotedPart(name)));
                return ExitUsage;
            }
        }
    }
    Library library(libraryPath(command));
    if (!openLibrary(library))
        return ExitInputProblem;
    Watchlist watchlist(library);
    if (action == QLatin1String("list")) {
        const QStringList names = watchlist.names();
        if (!watchlist.lastError().isEmpty()) {
            printError(tr("the library could not be read (%1)").arg(watchlist.lastError()));
            return ExitInputProblem;
        }
        for (const QString &name : names)
            printOut(name);
        return ExitOk;
    }
    const bool adding = action == QLatin1String("add");
    const WatchlistChange change = adding ? watchlist.add(command.inputs) : watchlist.remove(command.inputs);
    if (!change.ok()) {
        printError(change.error);
        return ExitInputProblem;
    }
    if (!change.changed.isEmpty()) {
        printOut((adding ? tr("Added to the watchlist: %1.") : tr("Removed from the watchlist: %1."))
                     .arg(change.changed.join(QStringLiteral(", "))));
    }
    if (adding) {
        if (!change.unchanged.isEmpty())
            printOut(tr("Already on the watchlist: %1.").arg(change.unchanged.join(QStringLiteral(", "))));
        return ExitOk;
    }
    for (const QString &name : change.unchanged)
        printError(tr("%1: not on the watchlist").arg(quotedPart(name)));
    return change.unchanged.isEmpty() ? ExitOk : ExitInputProblem;
}

int runAlerts(const CommandLine &command)
{
    const QString action = command.alerts;
    static const QStringList actions = {QStringLiteral("add"), QStringLiteral("list"), QStringLiteral("remove"),
                                        QStringLiteral("check"), QStringLiteral("history")};
    if (!actions.contains(action)) {
        printError(tr("unknown --alerts action \"%1\"; use add, list, remove, check or history").arg(quotedPart(action)));
        return ExitUsage;
    }
    // Validated before the library is touched, so a usage error never creates or changes one.
    std::optional<AlertRule> rule;
    qint64 removeId = 0;
    if (action == QLatin1String("add")) {
        // The rule may come as one argument or as words ("LUCK above 1000" or LUCK above 1000); a word the
        // shell unquoted (keyword "policy rate") reads the same either way.
        const AlertRuleParse parsed = parseAlertRule(command.inputs.join(QLatin1Char(' ')));
        if (!parsed.ok()) {
            printError(tr("not a rule: %1").arg(parsed.error));
            return ExitUsage;
        }
        rule = parsed.rule;
    } else if (action == QLatin1String("remove")) {
        bool ok = false;
        removeId = command.inputs.size() == 1 ? command.inputs[0].toLongLong(&ok) : 0;
        if (command.inputs.size() == 1 && ok && removeId <= 0) {
            printError(tr("%1 is not an alert ID; IDs are whole numbers from 1 up, as --alerts list shows them")
                           .arg(quotedPart(command.inputs[0])));
            return ExitUsage;
        }
        if (!ok || removeId <= 0) {
            printError(tr("--alerts remove needs one alert ID, a number that --alerts list shows"));
            return ExitUsage;
        }
    } else if ((action == QLatin1String("list") || action == QLatin1String("history")) && !command.inputs.isEmpty()) {
        printError(tr("--alerts %1 takes no arguments (got %2)").arg(action, quotedPart(command.inputs.join(QLatin1Char(' ')))));
        return ExitUsage;
    } else if (action == QLatin1String("check") && command.inputs.isEmpty()) {
        printError(tr("--alerts check needs at least one FILE or URL"));
        return ExitUsage;
    }

    Library library(libraryPath(command));
    if (!openLibrary(library))
        return ExitInputProblem;
    AlertStore store(library);
    if (action == QLatin1String("add")) {
        const AddRuleResult added = store.addRule(*rule);
        if (!added.ok()) {
            printError(added.error);
            return ExitInputProblem;
        }
        printOut(added.alreadyThere ? tr("Alert %1 already watches for: %2").arg(added.rule->id).arg(added.rule->text())
                                    : tr("Added alert %1: %2").arg(added.rule->id).arg(added.rule->text()));
        return ExitOk;
    }
    if (action == QLatin1String("list")) {
        const QVector<AlertRule> rules = store.rules();
        if (!store.lastError().isEmpty())
            printError(store.lastError());
        for (const AlertRule &r : rules)
            printOut(QStringLiteral("%1\t%2").arg(r.id).arg(r.text()));
        return store.lastError().isEmpty() ? ExitOk : ExitInputProblem;
    }
    if (action == QLatin1String("remove")) {
        const LibraryResult removed = store.removeRule(removeId);
        if (!removed.ok()) {
            printError(removed.error);
            return ExitInputProblem;
        }
        printOut(tr("Removed alert %1.").arg(removeId));
        return ExitOk;
    }
    if (action == QLatin1String("history")) {
        QJsonArray array;
        for (const FiredAlert &a : store.history())
            array.append(firedAlertJson(a, a.snapshotId ? library.entry(a.snapshotId) : std::nullopt));
        if (!store.lastError().isEmpty()) {
            printError(tr("the library could not be read (%1)").arg(store.lastError()));
            return ExitInputProblem;
        }
        return printJson(array) ? ExitOk : ExitInputProblem;
    }
    return alertsCheck(library, command.inputs);
}

int runSearch(const CommandLine &command)
{
    if (ArticleSearch::fullTextQuery(command.search).isEmpty()) {
        printError(tr("--search needs words to look for (letters or digits)"));
        return ExitUsage;
    }
    if (!command.inputs.isEmpty()) {
        printError(tr("--search takes one QUERY; quote a query of several words (got %1 as well)")
                       .arg(quotedPart(command.inputs.join(QLatin1Char(' ')))));
        return ExitUsage;
    }
    Library library(libraryPath(command));
    if (!openLibrary(library))
        return ExitInputProblem;
    ArticleSearch search(library);
    const SearchResults results = search.search(command.search);
    if (!results.notice.isEmpty())
        printError(results.notice);
    if (!results.error.isEmpty()) {
        printError(results.error);
        return ExitInputProblem;
    }
    QJsonArray array;
    for (const SearchHit &hit : results.hits) {
        QJsonArray highlights;
        for (const TextMatch &m : hit.highlights) {
            const qsizetype start = codePoints(hit.snippet, m.start);
            highlights.append(QJsonArray{qint64(start), qint64(codePoints(hit.snippet, m.start + m.length) - start)});
        }
        array.append(QJsonObject{
            {QStringLiteral("snapshot_id"), hit.snapshotId},
            {QStringLiteral("source"), hit.source},
            {QStringLiteral("headline"), nullable(hit.headline)},
            {QStringLiteral("captured_at"), capturedAtJson(hit.capturedAt, hit.capturedAtMsecs)},
            {QStringLiteral("snippet"), hit.snippet},
            {QStringLiteral("highlights"), highlights},
        });
    }
    if (!printJson(array)) {
        printError(tr("standard output: cannot be written"));
        return ExitInputProblem;
    }
    return ExitOk;
}

} // namespace md::app
