#pragma once

#include "storage/sqlstatement.h"
#include "util/result.h"

#include <QStringList>
#include <QVariantList>

#include <memory>

class QSqlError;

namespace dd {

class Database;

// What differs between SQL engines, written once per engine and nowhere else: statements and
// how they bind, the SQL built from a table description (keys the store chooses, upserts,
// many rows at once), transactions, full-text search, index maintenance for long imports and
// what an engine's error means for the user. SQLite (SqliteDialect) keeps one file on one PC,
// PostgreSQL (PgDialect) the store several desks share; nothing above storage knows which one
// is in use.
class SqlDialect
{
public:
    virtual ~SqlDialect() = default;

    // A prepared statement, or nullptr after setting the database's lastError().
    virtual std::unique_ptr<SqlStatement> prepare(Database &db, const QString &sql) = 0;

    // The statements of a described table (the `keys` first — one column, or several for a
    // link table such as event_units — then `columns`), with ? placeholders.
    virtual QString selectSql(const QString &table, const QStringList &keys,
                              const QStringList &columns) const;
    // `rows` rows of every column, keys included.
    virtual QString insertSql(const QString &table, const QStringList &keys,
                              const QStringList &columns, int rows = 1) const;
    // One row whose key the store chooses (SqlStatement::insertedId() gives it).
    virtual QString insertNewKeySql(const QString &table, const QString &key,
                                    const QStringList &columns) const = 0;
    // Columns bound in order, then the keys.
    virtual QString updateSql(const QString &table, const QStringList &keys,
                              const QStringList &columns) const;
    virtual QString deleteSql(const QString &table, const QStringList &keys) const;
    // Inserts the row, or updates `columns` of the row with the same `keys`; `bumped` (a
    // row_version column, one of `columns`) then gets the stored value + 1 instead.
    virtual QString upsertSql(const QString &table, const QStringList &keys,
                              const QStringList &columns, const QString &bumped = {}) const;

    // Keys for `count` new rows of `table` written with their keys (an import writes many
    // rows per statement): numbers no other row has, nor will be given.
    virtual Result<QList<qint64>> newKeys(Database &db, const QString &table, const QString &key,
                                          int count);
    // Run after rows were written with keys they brought (a copy, a restore, an undo), so that
    // the keys the store chooses later do not collide with them; empty when nothing is needed.
    virtual QString keysGivenSql(const QString &table, const QString &key) const;

    // Transactions nest: depth 0 is the outermost.
    virtual QString beginSql(int depth) const = 0;
    virtual QString commitSql(int depth) const = 0;
    virtual QString rollbackSql(int depth) const = 0;
    // Whether the engine ended the transaction itself after an error (nothing to roll back).
    virtual bool transactionEnded(Database &db) const = 0;
    // References are checked at commit from here on, in the running transaction.
    virtual QString deferForeignKeysSql() const = 0;

    // A condition on `table`'s rows (a WHERE clause term, its parameters added to `binds`):
    // the indexed text `column` holds a word beginning with each of `words` (folded already).
    virtual QString matchesAllPrefixes(const QString &table, const QString &column,
                                       const QStringList &words, QVariantList &binds) const = 0;

    // Drops the indexes of `table` (a long import fills it faster without them) and returns
    // the statements that build them again; inside the caller's transaction.
    Result<QStringList> dropIndexes(Database &db, const QString &table);
    // The engine's list of a table's own indexes (not its key's): name, then the statement
    // that builds it; the table is bound as the one parameter.
    virtual QString indexListSql() const = 0;

    // The user's words for an engine's error code on the store at `path` (the raw text goes to
    // the log only).
    virtual QString describeError(int code, const QString &path) const = 0;
    virtual QString describe(const QSqlError &error, const QString &path) const;
};

} // namespace dd
