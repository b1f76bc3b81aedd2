#pragma once

#include "storage/database.h"

#include <QDate>
#include <QDateTime>
#include <QSqlQuery>
#include <QStringList>
#include <QTime>
#include <QVariant>

#include <optional>

namespace dd {

// The statements of one table, built once from its constant column list, so that every
// repository binds values by position and never pastes data into SQL.
class SqlTable
{
public:
    SqlTable(QString table, QStringList columns);

    const QString &selectSql() const { return m_select; } // "SELECT id, c1, … FROM t"
    const QString &insertSql() const { return m_insert; } // "INSERT INTO t(id, c1, …) VALUES(?…)"
    const QString &updateSql() const { return m_update; } // "UPDATE t SET c1=?, … WHERE id=?"
    const QString &deleteSql() const { return m_delete; } // "DELETE FROM t WHERE id=?"

    // Inserts `values` (in column order); id 0 lets SQLite choose. Returns the row id or 0.
    qint64 insert(Database &db, qint64 id, const QVariantList &values) const;
    bool update(Database &db, qint64 id, const QVariantList &values) const;
    bool remove(Database &db, qint64 id) const;

    // Runs selectSql() + `where` (a constant clause with ? placeholders) with `binds`.
    QSqlQuery select(Database &db, const QString &where, const QVariantList &binds) const;

private:
    QString m_select;
    QString m_insert;
    QString m_update;
    QString m_delete;
};

// Conversions between domain values and SQLite columns. Empty values are stored as NULL
// where the column allows it, so that "not set" is never confused with a real value.
namespace sql {
QVariant date(const QDate &d);
QVariant time(const QTime &t);
QVariant dateTime(const QDateTime &dt);
QVariant id(qint64 id); // 0 → NULL
QDate toDate(const QVariant &v);
QTime toTime(const QVariant &v);
QDateTime toDateTime(const QVariant &v);
// Runs a prepared query with positional values; records the error on the database.
bool run(Database &db, QSqlQuery &q, const QVariantList &values);
// The first column of `select` (ids), for naming the rows a write changes.
QList<qint64> ids(Database &db, const QString &select, const QVariantList &values);
} // namespace sql

} // namespace dd
