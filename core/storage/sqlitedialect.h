#pragma once

#include "storage/sqldialect.h"

struct sqlite3;

namespace dd {

// SQLite: the one file on one PC. Statements run on SQLite's own API (SqliteStatement), the
// store chooses keys as the rowid, questions are searched through an FTS5 table named after
// the table ("questions_fts"), and a writer takes the lock when its transaction begins.
class SqliteDialect final : public SqlDialect
{
public:
    explicit SqliteDialect(sqlite3 *handle);

    std::unique_ptr<SqlStatement> prepare(Database &db, const QString &sql) override;

    QString insertNewKeySql(const QString &table, const QString &key,
                            const QStringList &columns) const override;

    QString beginSql(int depth) const override;
    QString commitSql(int depth) const override;
    QString rollbackSql(int depth) const override;
    bool transactionEnded(Database &db) const override;
    QString deferForeignKeysSql() const override;

    QString matchesAllPrefixes(const QString &table, const QString &column,
                               const QStringList &words, QVariantList &binds) const override;
    QString indexListSql() const override;

    QString describeError(int code, const QString &path) const override;

    sqlite3 *handle() const { return m_handle; }

private:
    sqlite3 *m_handle;
};

} // namespace dd
