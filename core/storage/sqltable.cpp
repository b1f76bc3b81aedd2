#include "storage/sqltable.h"

#include "util/logging.h"

#include <QSqlError>

namespace dd {

SqlTable::SqlTable(QString table, QStringList columns)
{
    QStringList placeholders(columns.size() + 1, QStringLiteral("?"));
    QStringList assignments;
    for (const QString &c : columns)
        assignments << c + QStringLiteral(" = ?");
    const QString list = columns.join(QStringLiteral(", "));
    m_select = QStringLiteral("SELECT id, %1 FROM %2").arg(list, table);
    m_insert = QStringLiteral("INSERT INTO %1(id, %2) VALUES (%3)")
                   .arg(table, list, placeholders.join(QStringLiteral(", ")));
    m_update = QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                   .arg(table, assignments.join(QStringLiteral(", ")));
    m_delete = QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table);
}

qint64 SqlTable::insert(Database &db, qint64 id, const QVariantList &values) const
{
    QSqlQuery q(db.connection());
    q.prepare(m_insert);
    QVariantList all { sql::id(id) };
    all += values;
    if (!sql::run(db, q, all))
        return 0;
    return q.lastInsertId().toLongLong();
}

bool SqlTable::update(Database &db, qint64 id, const QVariantList &values) const
{
    QSqlQuery q(db.connection());
    q.prepare(m_update);
    QVariantList all = values;
    all << id;
    return sql::run(db, q, all);
}

bool SqlTable::remove(Database &db, qint64 id) const
{
    QSqlQuery q(db.connection());
    q.prepare(m_delete);
    return sql::run(db, q, { id });
}

QSqlQuery SqlTable::select(Database &db, const QString &where, const QVariantList &binds) const
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(m_select + QLatin1Char(' ') + where);
    sql::run(db, q, binds);
    return q;
}

namespace sql {

QVariant date(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

QVariant time(const QTime &t)
{
    return t.isValid() ? QVariant(t.toString(QStringLiteral("HH:mm"))) : QVariant();
}

QVariant dateTime(const QDateTime &dt)
{
    return dt.isValid() ? QVariant(dt.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))) : QVariant();
}

QVariant id(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

QDate toDate(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

QTime toTime(const QVariant &v)
{
    return v.isNull() ? QTime() : QTime::fromString(v.toString(), QStringLiteral("HH:mm"));
}

QDateTime toDateTime(const QVariant &v)
{
    return v.isNull() ? QDateTime()
                      : QDateTime::fromString(v.toString(), QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

bool run(Database &db, QSqlQuery &q, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        // A null QString is bound as SQL NULL; text columns hold '' for "empty", and only a
        // QVariant() (dates, ids not set) means NULL.
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            q.bindValue(i, QStringLiteral(""));
        else
            q.bindValue(i, v);
    }
    if (!q.exec()) {
        db.setLastError(q.lastError().text());
        qCWarning(lcStorage) << "query failed:" << q.lastQuery() << q.lastError().text();
        return false;
    }
    return true;
}

QList<qint64> ids(Database &db, const QString &select, const QVariantList &values)
{
    QSqlQuery q(db.connection());
    q.prepare(select);
    QList<qint64> out;
    if (run(db, q, values))
        while (q.next())
            out << q.value(0).toLongLong();
    return out;
}

} // namespace sql
} // namespace dd
