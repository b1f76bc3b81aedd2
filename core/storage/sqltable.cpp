#include "storage/sqltable.h"

#include "util/logging.h"

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

} // namespace dd::sql
