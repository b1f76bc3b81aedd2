#include "storage/sqldialect.h"

namespace dd {

namespace {

QString placeholders(qsizetype count)
{
    return QStringList(count, QStringLiteral("?")).join(QStringLiteral(", "));
}

} // namespace

QString SqlDialect::selectSql(const QString &table, const QString &key,
                              const QStringList &columns) const
{
    return QStringLiteral("SELECT %1, %2 FROM %3")
        .arg(key, columns.join(QStringLiteral(", ")), table);
}

QString SqlDialect::insertSql(const QString &table, const QString &key, const QStringList &columns,
                              int rows) const
{
    const QString tuple = QLatin1Char('(') + placeholders(columns.size() + 1) + QLatin1Char(')');
    return QStringLiteral("INSERT INTO %1(%2, %3) VALUES %4")
        .arg(table, key, columns.join(QStringLiteral(", ")),
             QStringList(rows, tuple).join(QStringLiteral(", ")));
}

QString SqlDialect::updateSql(const QString &table, const QString &key,
                              const QStringList &columns) const
{
    return QStringLiteral("UPDATE %1 SET %2 = ? WHERE %3 = ?")
        .arg(table, columns.join(QStringLiteral(" = ?, ")), key);
}

QString SqlDialect::deleteSql(const QString &table, const QString &key) const
{
    return QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(table, key);
}

} // namespace dd
