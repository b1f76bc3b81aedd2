#include "storage/sqltable.h"

#include "util/logging.h"

#include <QCoreApplication>
#include <QSqlError>

namespace dd::sql {

QVariant date(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

QVariant dateTime(const QDateTime &dt)
{
    return dt.isValid() ? QVariant(dt.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))) : QVariant();
}

namespace {

// The kind of row a table holds, as the user names it.
QString rowKind(const QString &table)
{
    static const QHash<QString, const char *> kinds = {
        { QStringLiteral("attendees"), QT_TRANSLATE_NOOP("RowConflict", "person") },
        { QStringLiteral("units"), QT_TRANSLATE_NOOP("RowConflict", "unit") },
        { QStringLiteral("questions"), QT_TRANSLATE_NOOP("RowConflict", "question") },
        { QStringLiteral("topics"), QT_TRANSLATE_NOOP("RowConflict", "topic") },
        { QStringLiteral("agenda_items"), QT_TRANSLATE_NOOP("RowConflict", "agenda item") },
        { QStringLiteral("tasks"), QT_TRANSLATE_NOOP("RowConflict", "task") },
        { QStringLiteral("budget_items"), QT_TRANSLATE_NOOP("RowConflict", "budget item") },
        { QStringLiteral("events"), QT_TRANSLATE_NOOP("RowConflict", "event") },
    };
    const char *kind = kinds.value(table);
    return kind ? QCoreApplication::translate("RowConflict", kind) : table;
}

} // namespace

QString conflictMessage(const RowConflict &c)
{
    if (c.removed)
        return QCoreApplication::translate("RowConflict",
                                           "Another desk removed this %1 (row %2) since you read "
                                           "it; nothing was changed.")
            .arg(rowKind(c.table))
            .arg(c.row);
    return QCoreApplication::translate(
               "RowConflict",
               "Another desk changed this %1 (row %2) since you read it; nothing was changed. "
               "Field %3 — you read “%4”; their value: “%5” / your value: “%6”. A row changed at "
               "another desk is a conflict even when they changed a different field.")
        .arg(rowKind(c.table))
        .arg(c.row)
        .arg(c.field, c.readValue, c.theirValue, c.wantedValue);
}

QVariant id(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
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
        db.recordError(q.lastQuery(), q.lastError());
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

} // namespace dd::sql
