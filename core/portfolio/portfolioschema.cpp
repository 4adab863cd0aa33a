// Schema version 7: portfolios, transactions and transaction_imports.
#include "core/portfolio/portfolioschema.h"

namespace md {

QStringList portfolioMigration()
{
    // Issue 23. A transaction belongs to one named portfolio (removing a portfolio removes its
    // transactions). Its day is an ISO date (text sorts as dates do); numbers a type does not use are 0. A
    // CSV file imported is recorded by its bytes' hash per portfolio, so the same file is not imported twice.
    return {
        QStringLiteral(R"(CREATE TABLE portfolios (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            name TEXT NOT NULL COLLATE NOCASE UNIQUE,
            created_ms INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE transaction_imports (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            portfolio_id INTEGER NOT NULL REFERENCES portfolios (id) ON DELETE CASCADE,
            content_hash BLOB NOT NULL,
            file TEXT NOT NULL,
            imported_ms INTEGER NOT NULL,
            UNIQUE (portfolio_id, content_hash)))"),
        QStringLiteral(R"(CREATE TABLE transactions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            portfolio_id INTEGER NOT NULL REFERENCES portfolios (id) ON DELETE CASCADE,
            day TEXT NOT NULL,
            type TEXT NOT NULL CHECK (type IN ('buy', 'sell', 'dividend', 'bonus', 'right', 'split', 'deposit',
                                               'withdrawal', 'fee')),
            symbol TEXT NOT NULL COLLATE NOCASE,
            quantity REAL NOT NULL,
            price REAL NOT NULL,
            amount REAL NOT NULL,
            fees REAL NOT NULL,
            taxes REAL NOT NULL,
            note TEXT NOT NULL,
            import_id INTEGER REFERENCES transaction_imports (id) ON DELETE SET NULL))"),
        QStringLiteral("CREATE INDEX transactions_by_portfolio ON transactions (portfolio_id, day, id)"),
    };
}

} // namespace md
