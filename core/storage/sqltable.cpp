#include "storage/sqltable.h"

#include "storage/conflictwords.h"

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
        { QStringLiteral("plans"), QT_TRANSLATE_NOOP("RowConflict", "plan") },
        { QStringLiteral("event_units"), QT_TRANSLATE_NOOP("RowConflict", "unit's part") },
        { QStringLiteral("document_settings"), QT_TRANSLATE_NOOP("RowConflict", "paper settings") },
        { QStringLiteral("document_numbers"), QT_TRANSLATE_NOOP("RowConflict", "paper numbering") },
    };
    const char *kind = kinds.value(table);
    return kind ? QCoreApplication::translate("RowConflict", kind) : table;
}

// A column as a clerk names the field (the column's own name when it has no such name).
QString fieldLabel(const QString &column)
{
    static const QHash<QString, const char *> labels = {
        { QStringLiteral("family_name"), QT_TRANSLATE_NOOP("RowConflict", "family name") },
        { QStringLiteral("middle_name"), QT_TRANSLATE_NOOP("RowConflict", "middle name") },
        { QStringLiteral("given_name"), QT_TRANSLATE_NOOP("RowConflict", "given name") },
        { QStringLiteral("workplace"), QT_TRANSLATE_NOOP("RowConflict", "workplace") },
        { QStringLiteral("note"), QT_TRANSLATE_NOOP("RowConflict", "note") },
        { QStringLiteral("name"), QT_TRANSLATE_NOOP("RowConflict", "name") },
        { QStringLiteral("short_name"), QT_TRANSLATE_NOOP("RowConflict", "short name") },
        { QStringLiteral("phone"), QT_TRANSLATE_NOOP("RowConflict", "phone") },
        { QStringLiteral("email"), QT_TRANSLATE_NOOP("RowConflict", "e-mail") },
        { QStringLiteral("contact_person"), QT_TRANSLATE_NOOP("RowConflict", "contact person") },
        { QStringLiteral("unit_id"), QT_TRANSLATE_NOOP("RowConflict", "unit") },
        { QStringLiteral("position"), QT_TRANSLATE_NOOP("RowConflict", "position") },
        { QStringLiteral("status"), QT_TRANSLATE_NOOP("RowConflict", "status") },
        { QStringLiteral("text"), QT_TRANSLATE_NOOP("RowConflict", "text") },
        { QStringLiteral("title"), QT_TRANSLATE_NOOP("RowConflict", "title") },
        { QStringLiteral("venue"), QT_TRANSLATE_NOOP("RowConflict", "venue") },
        { QStringLiteral("capacity"), QT_TRANSLATE_NOOP("RowConflict", "capacity") },
        { QStringLiteral("start_time"), QT_TRANSLATE_NOOP("RowConflict", "start time") },
        { QStringLiteral("active_plan"), QT_TRANSLATE_NOOP("RowConflict", "active plan") },
        { QStringLiteral("quota"), QT_TRANSLATE_NOOP("RowConflict", "quota") },
        { QStringLiteral("signer_name"), QT_TRANSLATE_NOOP("RowConflict", "signer") },
    };
    const char *label = labels.value(column);
    return label ? QCoreApplication::translate("RowConflict", label) : column;
}

} // namespace

QString conflictSubject(const RowConflict &c)
{
    if (!c.subject.isEmpty())
        return c.subject;
    if (c.removed || c.field.isEmpty())
        return QCoreApplication::translate("RowConflict", "this %1 (row %2)")
            .arg(rowKind(c.table))
            .arg(c.row);
    return QCoreApplication::translate("RowConflict", "the %1 of this %2 (row %3)")
        .arg(fieldLabel(c.field), rowKind(c.table))
        .arg(c.row);
}

QString conflictMessage(const RowConflict &c)
{
    if (!c.subject.isEmpty() && c.removed)
        return QCoreApplication::translate("RowConflict",
                                           "Another desk removed %1 since you read it; nothing "
                                           "was changed.")
            .arg(c.subject);
    if (!c.subject.isEmpty())
        return QCoreApplication::translate(
                   "RowConflict",
                   "Another desk changed %1 since you read it; nothing was changed. You read "
                   "“%2”; their value: “%3” / your value: “%4”.")
            .arg(c.subject, c.readValue, c.theirValue, c.wantedValue);
    if (c.removed)
        return QCoreApplication::translate("RowConflict",
                                           "Another desk removed this %1 (row %2) since you read "
                                           "it; nothing was changed.")
            .arg(rowKind(c.table))
            .arg(c.row);
    if (c.field.isEmpty()) // a removal: the row changed, whatever field it was
        return QCoreApplication::translate("RowConflict",
                                           "Another desk changed this %1 (row %2) since you read "
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
        .arg(fieldLabel(c.field), c.readValue, c.theirValue, c.wantedValue);
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

Result<std::unique_ptr<SqlStatement>> execute(Database &db, const QString &statement,
                                              const QVariantList &values)
{
    auto q = db.prepare(statement);
    if (!q)
        return Error(db.lastError());
    q->bindAll(values);
    if (!q->exec())
        return Error(q->error());
    return std::move(q);
}

} // namespace dd::sql
