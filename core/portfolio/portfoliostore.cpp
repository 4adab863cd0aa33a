// The portfolio tables' SQL: portfolios, transactions and transaction_imports (schema version 7).
#include "core/portfolio/portfoliostore.h"

#include "core/library/library.h"
#include "core/library/libraryschema.h"
#include "core/portfolio/transactioncsv.h"
#include "core/timestamp.h"
#include "core/wording.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace md {
namespace {

Transaction transactionFrom(const QSqlQuery &q)
{
    Transaction t;
    t.id = q.value(0).toLongLong();
    t.portfolio = q.value(1).toString();
    t.date = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    t.type = transactionTypeFromName(q.value(3).toString()).value_or(TransactionType::Buy);
    t.symbol = q.value(4).toString();
    t.quantity = q.value(5).toDouble();
    t.price = q.value(6).toDouble();
    t.amount = q.value(7).toDouble();
    t.fees = q.value(8).toDouble();
    t.taxes = q.value(9).toDouble();
    t.note = q.value(10).toString();
    return t;
}

// The transaction's own columns (day … note) bound from position `first` on, in the order every INSERT and
// UPDATE of this file names them; text columns hold '' rather than NULL.
void bindTransaction(QSqlQuery &q, int first, const Transaction &t)
{
    q.bindValue(first, t.date.toString(Qt::ISODate));
    q.bindValue(first + 1, transactionTypeName(t.type));
    q.bindValue(first + 2, t.symbol.isNull() ? QStringLiteral("") : t.symbol);
    q.bindValue(first + 3, t.quantity);
    q.bindValue(first + 4, t.price);
    q.bindValue(first + 5, t.amount);
    q.bindValue(first + 6, t.fees);
    q.bindValue(first + 7, t.taxes);
    q.bindValue(first + 8, t.note.isNull() ? QStringLiteral("") : t.note);
}

const char kSelectTransactions[] =
    "SELECT t.id, p.name, t.day, t.type, t.symbol, t.quantity, t.price, t.amount, t.fees, t.taxes, t.note "
    "FROM transactions t JOIN portfolios p ON p.id = t.portfolio_id ";

} // namespace

QDate todayOnExchangeClock()
{
    return QDateTime::currentDateTimeUtc().addSecs(Timestamp::kPakistanOffsetSeconds).date();
}

PortfolioStore::PortfolioStore(Library &library)
    : m_library(library)
{
}

QStringList PortfolioStore::portfolioNames() const
{
    m_lastError.clear();
    QStringList names;
    QSqlQuery q(m_library.database());
    if (!q.exec(QStringLiteral("SELECT name FROM portfolios ORDER BY name"))) {
        m_lastError = q.lastError().text();
        return names;
    }
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}

qint64 PortfolioStore::portfolioId(const QString &name) const
{
    QSqlQuery q(m_library.database());
    q.prepare(QStringLiteral("SELECT id FROM portfolios WHERE name = ?"));
    q.addBindValue(name);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

bool PortfolioStore::hasPortfolio(const QString &name) const
{
    return portfolioId(name) != 0;
}

bool PortfolioStore::knowsSymbol(const QString &symbol) const
{
    QSqlQuery q(m_library.database());
    q.prepare(QStringLiteral("SELECT 1 FROM daily_bars WHERE symbol = ? "
                             "UNION ALL SELECT 1 FROM quotes WHERE symbol = ? LIMIT 1"));
    q.addBindValue(symbol);
    q.addBindValue(symbol);
    return q.exec() && q.next();
}

QVector<Transaction> PortfolioStore::transactions(const QString &portfolio) const
{
    m_lastError.clear();
    QVector<Transaction> list;
    QSqlQuery q(m_library.database());
    q.setForwardOnly(true);
    QString sql = QString::fromLatin1(kSelectTransactions);
    if (!portfolio.isEmpty())
        sql += QStringLiteral("WHERE p.name = ? ");
    sql += QStringLiteral("ORDER BY t.day, t.id");
    q.prepare(sql);
    if (!portfolio.isEmpty())
        q.addBindValue(portfolio);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return list;
    }
    while (q.next())
        list.append(transactionFrom(q));
    return list;
}

TransactionChange PortfolioStore::importCsvFile(const QString &path, const QString &portfolio, const QDate &today)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        TransactionChange change;
        change.error = tr("%1: cannot be read (%2); nothing was imported").arg(path, file.errorString());
        return change;
    }
    return importCsv(file.readAll(), path, portfolio, today);
}

TransactionChange PortfolioStore::importCsv(const QByteArray &bytes, const QString &fileName, const QString &portfolio,
                                            const QDate &today)
{
    m_lastError.clear();
    TransactionChange change;
    const QString name = portfolio.trimmed().isEmpty() ? defaultPortfolioName() : portfolio.trimmed();
    const TransactionCsvResult read = readTransactionsCsv(bytes, fileName, today, name);
    if (!read.ok()) {
        change.error = read.error;
        return change;
    }
    const auto refuse = [&](int line, const QString &reason) {
        change.error = line > 0 ? tr("%1: line %2: %3; nothing was imported").arg(fileName).arg(line).arg(reason)
                                : tr("%1: %2; nothing was imported").arg(fileName, reason);
        return change;
    };
    for (qsizetype i = 0; i < read.transactions.size(); ++i) {
        const QString &symbol = read.transactions[i].symbol;
        if (!symbol.isEmpty() && !knowsSymbol(symbol)) {
            return refuse(read.lines[i], tr("%1 is not a symbol the library has prices for (import the exchange's "
                                            "closing-rate files first: --import FOLDER)").arg(symbol));
        }
    }

    QSqlDatabase db = m_library.database();
    QSqlQuery q(db);
    if (!execWhileBusy(q, QStringLiteral("BEGIN IMMEDIATE"), Library::kDefaultBusyTimeoutMs)) {
        change.busy = isBusyError(q.lastError());
        change.error = m_lastError = change.busy ? libraryBusyMessage(m_library.path(), Library::kDefaultBusyTimeoutMs)
                                                 : q.lastError().text();
        return change;
    }
    const auto rollBack = [&](const QString &error) {
        q.exec(QStringLiteral("ROLLBACK"));
        change.count = 0;
        change.error = error;
        return change;
    };
    const auto storeFailed = [&](const QSqlQuery &failed) {
        m_lastError = failed.lastError().text();
        return rollBack(tr("%1: the library could not store it (%2); nothing was imported").arg(fileName, m_lastError));
    };
    const QByteArray hash = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    qint64 id = portfolioId(name);
    if (id != 0) {
        QSqlQuery seen(db);
        seen.prepare(QStringLiteral("SELECT file, imported_ms FROM transaction_imports WHERE portfolio_id = ? AND content_hash = ?"));
        seen.addBindValue(id);
        seen.addBindValue(hash);
        if (seen.exec() && seen.next()) {
            const QString when = QDateTime::fromMSecsSinceEpoch(seen.value(1).toLongLong(), Qt::UTC)
                                     .addSecs(Timestamp::kPakistanOffsetSeconds)
                                     .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
            const QString error = tr("%1: this file was already imported into portfolio %2 (as %3, on %4 PKT); nothing was imported")
                                      .arg(fileName, name, seen.value(0).toString(), when);
            seen.finish();
            return rollBack(error);
        }
    }
    // A sell must be covered by what was held on its date, counting what is stored already.
    const QVector<Transaction> existing = id != 0 ? transactions(name) : QVector<Transaction>();
    QVector<Transaction> all = existing;
    all += read.transactions;
    qsizetype bad = -1;
    const QString uncovered = findUncoveredTransaction(all, &bad);
    if (!uncovered.isEmpty()) {
        q.exec(QStringLiteral("ROLLBACK"));
        if (bad >= existing.size())
            return refuse(read.lines[bad - existing.size()], uncovered);
        return refuse(0, tr("with it, an earlier transaction would not be covered: %1").arg(uncovered));
    }

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery w(db);
    if (id == 0) {
        w.prepare(QStringLiteral("INSERT INTO portfolios (name, created_ms) VALUES (?, ?)"));
        w.addBindValue(name);
        w.addBindValue(now);
        if (!w.exec())
            return storeFailed(w);
        id = w.lastInsertId().toLongLong();
    }
    w.prepare(QStringLiteral("INSERT INTO transaction_imports (portfolio_id, content_hash, file, imported_ms) VALUES (?, ?, ?, ?)"));
    w.addBindValue(id);
    w.addBindValue(hash);
    w.addBindValue(QFileInfo(fileName).fileName());
    w.addBindValue(now);
    if (!w.exec())
        return storeFailed(w);
    const qint64 importId = w.lastInsertId().toLongLong();
    w.prepare(QStringLiteral("INSERT INTO transactions (portfolio_id, day, type, symbol, quantity, price, amount, fees, "
                             "taxes, note, import_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const Transaction &t : read.transactions) {
        w.bindValue(0, id);
        bindTransaction(w, 1, t);
        w.bindValue(10, importId);
        if (!w.exec())
            return storeFailed(w);
    }
    if (!q.exec(QStringLiteral("COMMIT")))
        return storeFailed(q);
    change.count = int(read.transactions.size());
    return change;
}

TransactionChange PortfolioStore::remove(qint64 id)
{
    m_lastError.clear();
    TransactionChange change;
    QSqlDatabase db = m_library.database();
    QSqlQuery q(db);
    if (!execWhileBusy(q, QStringLiteral("BEGIN IMMEDIATE"), Library::kDefaultBusyTimeoutMs)) {
        change.busy = isBusyError(q.lastError());
        change.error = m_lastError = change.busy ? libraryBusyMessage(m_library.path(), Library::kDefaultBusyTimeoutMs)
                                                 : q.lastError().text();
        return change;
    }
    QSqlQuery r(db);
    r.prepare(QString::fromLatin1(kSelectTransactions) + QStringLiteral("WHERE t.id = ?"));
    r.addBindValue(id);
    if (!r.exec() || !r.next()) {
        r.finish();
        q.exec(QStringLiteral("ROLLBACK"));
        change.error = tr("there is no transaction %1 (--transactions list shows their IDs)").arg(id);
        return change;
    }
    const Transaction gone = transactionFrom(r);
    r.finish();
    QVector<Transaction> rest = transactions(gone.portfolio);
    rest.removeIf([&](const Transaction &t) { return t.id == id; });
    const QString uncovered = findUncoveredTransaction(rest);
    if (!uncovered.isEmpty()) {
        q.exec(QStringLiteral("ROLLBACK"));
        change.error = tr("transaction %1 was not removed: without it there would be %2").arg(id).arg(uncovered);
        return change;
    }
    QSqlQuery d(db);
    d.prepare(QStringLiteral("DELETE FROM transactions WHERE id = ?"));
    d.addBindValue(id);
    if (!d.exec() || !q.exec(QStringLiteral("COMMIT"))) {
        change.error = m_lastError = d.lastError().isValid() ? d.lastError().text() : q.lastError().text();
        q.exec(QStringLiteral("ROLLBACK"));
        return change;
    }
    change.count = 1;
    return change;
}

} // namespace md

namespace md {

bool PortfolioStore::begin(TransactionChange *change)
{
    QSqlQuery q(m_library.database());
    if (execWhileBusy(q, QStringLiteral("BEGIN IMMEDIATE"), Library::kDefaultBusyTimeoutMs))
        return true;
    change->busy = isBusyError(q.lastError());
    change->error = m_lastError = change->busy ? libraryBusyMessage(m_library.path(), Library::kDefaultBusyTimeoutMs)
                                               : q.lastError().text();
    return false;
}

QString PortfolioStore::refusalOf(const Transaction &t, const QDate &today) const
{
    const QString problem = transactionProblem(t, today);
    if (!problem.isEmpty())
        return problem;
    if (!t.symbol.isEmpty() && !knowsSymbol(t.symbol)) {
        return tr("%1 is not a symbol the library has prices for (import the exchange's closing-rate files first)")
            .arg(t.symbol);
    }
    QVector<Transaction> all = portfolioId(t.portfolio) != 0 ? transactions(t.portfolio) : QVector<Transaction>();
    bool replaced = false;
    for (Transaction &old : all) {
        if (t.id != 0 && old.id == t.id) {
            old = t;
            replaced = true;
        }
    }
    if (t.id != 0 && !replaced)
        return tr("there is no transaction %1 in portfolio %2").arg(t.id).arg(t.portfolio);
    if (!replaced)
        all.append(t);
    return findUncoveredTransaction(all);
}

TransactionChange PortfolioStore::add(const Transaction &input, const QDate &today)
{
    m_lastError.clear();
    TransactionChange change;
    Transaction t = input;
    t.id = 0;
    t.symbol = t.symbol.trimmed().toUpper();
    t.portfolio = t.portfolio.trimmed().isEmpty() ? defaultPortfolioName() : t.portfolio.trimmed();
    if (!begin(&change))
        return change;
    QSqlDatabase db = m_library.database();
    QSqlQuery q(db);
    const auto refuse = [&](const QString &error) {
        q.exec(QStringLiteral("ROLLBACK"));
        change.error = error;
        return change;
    };
    const QString refusal = refusalOf(t, today);
    if (!refusal.isEmpty())
        return refuse(tr("the transaction was not added: %1").arg(refusal));
    qint64 portfolio = portfolioId(t.portfolio);
    QSqlQuery w(db);
    if (portfolio == 0) {
        w.prepare(QStringLiteral("INSERT INTO portfolios (name, created_ms) VALUES (?, ?)"));
        w.addBindValue(t.portfolio);
        w.addBindValue(QDateTime::currentMSecsSinceEpoch());
        if (!w.exec())
            return refuse(m_lastError = w.lastError().text());
        portfolio = w.lastInsertId().toLongLong();
    }
    w.prepare(QStringLiteral("INSERT INTO transactions (portfolio_id, day, type, symbol, quantity, price, amount, fees, "
                             "taxes, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    w.bindValue(0, portfolio);
    bindTransaction(w, 1, t);
    if (!w.exec() || !q.exec(QStringLiteral("COMMIT")))
        return refuse(m_lastError = w.lastError().isValid() ? w.lastError().text() : q.lastError().text());
    change.count = 1;
    change.id = w.lastInsertId().toLongLong();
    return change;
}

TransactionChange PortfolioStore::replace(const Transaction &input, const QDate &today)
{
    m_lastError.clear();
    TransactionChange change;
    Transaction t = input;
    t.symbol = t.symbol.trimmed().toUpper();
    if (!begin(&change))
        return change;
    QSqlDatabase db = m_library.database();
    QSqlQuery q(db);
    const auto refuse = [&](const QString &error) {
        q.exec(QStringLiteral("ROLLBACK"));
        change.error = error;
        return change;
    };
    const QString refusal = refusalOf(t, today);
    if (!refusal.isEmpty())
        return refuse(tr("transaction %1 was not changed: %2").arg(t.id).arg(refusal));
    QSqlQuery w(db);
    w.prepare(QStringLiteral("UPDATE transactions SET day = ?, type = ?, symbol = ?, quantity = ?, price = ?, amount = ?, "
                             "fees = ?, taxes = ?, note = ? WHERE id = ?"));
    bindTransaction(w, 0, t);
    w.bindValue(9, t.id);
    if (!w.exec() || !q.exec(QStringLiteral("COMMIT")))
        return refuse(m_lastError = w.lastError().isValid() ? w.lastError().text() : q.lastError().text());
    change.count = 1;
    change.id = t.id;
    return change;
}

} // namespace md
