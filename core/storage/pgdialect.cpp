#include "storage/pgdialect.h"

#include "storage/database.h"
#include "storage/pgstatement.h"
#include "storage/serveraddress.h"
#include "storage/storagemessages.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::PgDialect", text);
}

QString placeholders(qsizetype count)
{
    return QStringList(count, QStringLiteral("?")).join(QStringLiteral(", "));
}
} // namespace

std::unique_ptr<SqlStatement> PgDialect::prepare(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    // The server prepares queries and data changes only: DDL (DROP INDEX…) runs as it is.
    static const QRegularExpression preparable(
        QStringLiteral("^\\s*(SELECT|INSERT|UPDATE|DELETE|WITH|VALUES)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    if (!preparable.match(sql).hasMatch())
        return std::make_unique<PgStatement>(db, std::move(q), false, sql);
    if (!q.prepare(sql)) {
        db.recordError(sql, q.lastError());
        return nullptr;
    }
    // An insert's RETURNING gives insertedId(); other statements' rows are read with next().
    return std::make_unique<PgStatement>(db, std::move(q),
                                         sql.startsWith(QLatin1String("INSERT"))
                                             && sql.contains(QLatin1String(" RETURNING ")));
}

QString PgDialect::insertNewKeySql(const QString &table, const QString &key,
                                   const QStringList &columns) const
{
    return QStringLiteral("INSERT INTO %1(%2) VALUES (%3) RETURNING %4")
        .arg(table, columns.join(QStringLiteral(", ")), placeholders(columns.size()), key);
}

Result<QList<qint64>> PgDialect::newKeys(Database &db, const QString &table, const QString &key,
                                         int count)
{
    // From the identity's sequence, as a single insert would take them: another desk
    // inserting at the same time gets other numbers.
    auto q = prepare(db,
                     QStringLiteral("SELECT nextval(pg_get_serial_sequence('%1', '%2')) "
                                    "FROM generate_series(1, ?)")
                         .arg(table, key));
    if (!q)
        return Error(db.lastError());
    q->bindInteger(count);
    if (!q->exec())
        return Error(q->error());
    QList<qint64> keys;
    keys.reserve(count);
    while (q->next())
        keys << q->integer(0);
    return keys;
}

QString PgDialect::keysGivenSql(const QString &table, const QString &key) const
{
    // After rows were written with their keys (a copy, a restore): new keys continue after
    // the largest.
    return QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', '%2'), "
                          "greatest((SELECT max(%2) FROM %1), 1), "
                          "(SELECT max(%2) FROM %1) IS NOT NULL)")
        .arg(table, key);
}

QString PgDialect::beginSql(int depth) const
{
    return depth == 0 ? QStringLiteral("BEGIN") : QStringLiteral("SAVEPOINT sp%1").arg(depth);
}

QString PgDialect::commitSql(int depth) const
{
    return depth == 0 ? QStringLiteral("COMMIT")
                      : QStringLiteral("RELEASE SAVEPOINT sp%1").arg(depth);
}

QString PgDialect::rollbackSql(int depth) const
{
    return depth == 0 ? QStringLiteral("ROLLBACK")
                      : QStringLiteral("ROLLBACK TO SAVEPOINT sp%1").arg(depth);
}

bool PgDialect::transactionEnded(Database &db) const
{
    // A lost connection ends the transaction on the server; an error inside it does not
    // (the transaction waits for its ROLLBACK).
    return !db.connection().isOpen();
}

QString PgDialect::deferForeignKeysSql() const
{
    return QStringLiteral("SET CONSTRAINTS ALL DEFERRED");
}

QString PgDialect::matchesAllPrefixes(const QString &table, const QString &column,
                                      const QStringList &words, QVariantList &binds) const
{
    Q_UNUSED(table);
    QStringList terms;
    for (QString w : words) {
        // Each word quoted as a lexeme, then :* for its prefix: no tsquery syntax gets through.
        w.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
        w.replace(QLatin1Char('\''), QStringLiteral("''"));
        terms << QLatin1Char('\'') + w + QStringLiteral("':*");
    }
    binds << terms.join(QStringLiteral(" & "));
    return QStringLiteral("to_tsvector('simple', %1) @@ to_tsquery('simple', ?)").arg(column);
}

QString PgDialect::indexListSql() const
{
    return QStringLiteral("SELECT i.relname, pg_get_indexdef(i.oid) FROM pg_index x "
                          "JOIN pg_class i ON i.oid = x.indexrelid "
                          "JOIN pg_class t ON t.oid = x.indrelid "
                          "WHERE t.relname = ? AND t.relnamespace = current_schema()::regnamespace "
                          "AND NOT x.indisprimary AND NOT x.indisunique");
}

QString PgDialect::describeError(int code, const QString &path) const
{
    Q_UNUSED(path);
    return storagemessages::otherError(code);
}

QString PgDialect::describe(const QSqlError &error, const QString &path) const
{
    const QString state = error.nativeErrorCode();
    const auto address = ServerAddress::parse(path);
    const QString where = address ? address->displayName() : path;
    if (state.startsWith(QLatin1String("23")) || state.startsWith(QLatin1String("22")))
        return storagemessages::refusedValue();
    if (state == QLatin1String("40001") || state == QLatin1String("40P01")
        || state == QLatin1String("55P03"))
        return tr("Another desk was changing the same rows at that moment; nothing was "
                  "changed. Try again.");
    if (state.startsWith(QLatin1String("28")))
        return tr("The server %1 refused the user name or password.").arg(where);
    if (state == QLatin1String("3D000"))
        return tr("The database %1 does not exist on the server.").arg(where);
    if (state == QLatin1String("42501"))
        return tr("The user may not change this data on the server %1 (ask the server's "
                  "administrator for write access).")
            .arg(where);
    if (state == QLatin1String("53100"))
        return tr("The server %1 has no disk space left; nothing was changed.").arg(where);
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P"))
        || state.isEmpty())
        return tr("The connection to the server %1 failed or was lost; nothing was changed. "
                  "Check the network and that the server runs, then open it again.")
            .arg(where);
    return tr("The server %1 refused the change (error %2); nothing was changed.")
        .arg(where, state);
}

} // namespace dd
