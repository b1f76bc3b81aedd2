#pragma once

#include "storage/sqldialect.h"

namespace dd {

// PostgreSQL: the shared store of several desks. Statements run through Qt's QPSQL driver
// (PgStatement), keys are identity columns whose new values come back through RETURNING,
// references are DEFERRABLE (so they can be checked at commit, as SQLite's deferred keys),
// questions are searched through a GIN index on to_tsvector('simple', text_folded), and
// errors are read from their SQLSTATE.
class PgDialect final : public SqlDialect
{
public:
    std::unique_ptr<SqlStatement> prepare(Database &db, const QString &sql) override;

    QString insertNewKeySql(const QString &table, const QString &key,
                            const QStringList &columns) const override;
    Result<QList<qint64>> newKeys(Database &db, const QString &table, const QString &key,
                                  int count) override;
    QString keysGivenSql(const QString &table, const QString &key) const override;

    QString beginSql(int depth) const override;
    QString commitSql(int depth) const override;
    QString rollbackSql(int depth) const override;
    bool transactionEnded(Database &db) const override;
    QString deferForeignKeysSql() const override;

    QString matchesAllPrefixes(const QString &table, const QString &column,
                               const QStringList &words, QVariantList &binds) const override;
    QString indexListSql() const override;

    QString describeError(int code, const QString &path) const override;
    QString describe(const QSqlError &error, const QString &path) const override;
};

} // namespace dd
