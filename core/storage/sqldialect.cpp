#include "storage/sqldialect.h"

#include "storage/database.h"

#include <QSqlError>

namespace dd {

namespace {

QString placeholders(qsizetype count)
{
    return QStringList(count, QStringLiteral("?")).join(QStringLiteral(", "));
}

// "a = ? AND b = ?": the row of a key of one or more columns.
QString keyCondition(const QStringList &keys)
{
    return keys.join(QStringLiteral(" = ? AND ")) + QStringLiteral(" = ?");
}
} // namespace

QString SqlDialect::selectSql(const QString &table, const QStringList &keys,
                              const QStringList &columns) const
{
    return QStringLiteral("SELECT %1 FROM %2")
        .arg((keys + columns).join(QStringLiteral(", ")), table);
}

QString SqlDialect::insertSql(const QString &table, const QStringList &keys,
                              const QStringList &columns, int rows) const
{
    const QString tuple
        = QLatin1Char('(') + placeholders(keys.size() + columns.size()) + QLatin1Char(')');
    return QStringLiteral("INSERT INTO %1(%2) VALUES %3")
        .arg(table, (keys + columns).join(QStringLiteral(", ")),
             QStringList(rows, tuple).join(QStringLiteral(", ")));
}

QString SqlDialect::updateSql(const QString &table, const QStringList &keys,
                              const QStringList &columns) const
{
    return QStringLiteral("UPDATE %1 SET %2 = ? WHERE %3")
        .arg(table, columns.join(QStringLiteral(" = ?, ")), keyCondition(keys));
}

// Both SQLite (3.24+) and PostgreSQL write the same ON CONFLICT clause.
QString SqlDialect::upsertSql(const QString &table, const QStringList &keys,
                              const QStringList &columns, const QString &bumped) const
{
    QStringList updates;
    for (const QString &c : columns)
        updates << (c == bumped ? QStringLiteral("%1 = %2.%1 + 1").arg(c, table)
                                : QStringLiteral("%1 = excluded.%1").arg(c));
    return QStringLiteral("INSERT INTO %1(%2) VALUES (%3) ON CONFLICT(%4) DO %5")
        .arg(table, (keys + columns).join(QStringLiteral(", ")),
             placeholders(keys.size() + columns.size()), keys.join(QStringLiteral(", ")),
             updates.isEmpty()
                 ? QStringLiteral("NOTHING")
                 : QStringLiteral("UPDATE SET ") + updates.join(QStringLiteral(", ")));
}

Result<QList<qint64>> SqlDialect::newKeys(Database &db, const QString &table, const QString &key,
                                          int count)
{
    // After the largest: one writer at a time holds the file, so nobody takes them meanwhile.
    auto q = prepare(db, QStringLiteral("SELECT coalesce(max(%1), 0) FROM %2").arg(key, table));
    if (!q)
        return Error(db.lastError());
    if (!q->exec() || !q->next())
        return Error(db.lastError());
    const qint64 last = q->integer(0);
    QList<qint64> keys;
    keys.reserve(count);
    for (int i = 1; i <= count; ++i)
        keys << last + i;
    return keys;
}

QString SqlDialect::keysGivenSql(const QString &table, const QString &key) const
{
    Q_UNUSED(table);
    Q_UNUSED(key);
    return {};
}

Result<QStringList> SqlDialect::dropIndexes(Database &db, const QString &table)
{
    auto list = prepare(db, indexListSql());
    if (!list)
        return Error(db.lastError());
    list->bindText(table);
    if (!list->exec())
        return Error(db.lastError());
    QStringList names;
    QStringList create;
    while (list->next()) {
        names << list->text(0);
        create << list->text(1);
    }
    if (!list->error().isEmpty())
        return Error(list->error());
    list.reset();
    for (const QString &name : names) {
        auto drop = prepare(db, QStringLiteral("DROP INDEX \"%1\"").arg(name));
        if (!drop || !drop->exec())
            return Error(db.lastError());
    }
    return create;
}

QString SqlDialect::describe(const QSqlError &error, const QString &path) const
{
    return describeError(error.nativeErrorCode().toInt(), path);
}

QString SqlDialect::deleteSql(const QString &table, const QStringList &keys) const
{
    return QStringLiteral("DELETE FROM %1 WHERE %2").arg(table, keyCondition(keys));
}

} // namespace dd
