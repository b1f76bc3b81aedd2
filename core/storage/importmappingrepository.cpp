#include "storage/importmappingrepository.h"

#include "storage/sqltable.h"

#include <QDateTime>
#include <QJsonDocument>

namespace dd {

QJsonObject ImportMappingRepository::load(qint64 unitId, const QString &target)
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT mapping FROM import_mappings WHERE unit_id = ? AND target = ?"));
    if (!sql::run(m_db, q, { unitId, target }) || !q.next())
        return {};
    return QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
}

Status ImportMappingRepository::save(qint64 unitId, const QString &target,
                                     const QJsonObject &mapping)
{
    if (!m_db.exec(
            m_db.dialect().upsertSql(QStringLiteral("import_mappings"),
                                     { QStringLiteral("unit_id"), QStringLiteral("target") },
                                     { QStringLiteral("mapping"), QStringLiteral("updated_at") }),
            { unitId, target,
              QString::fromUtf8(QJsonDocument(mapping).toJson(QJsonDocument::Compact)),
              sql::dateTime(QDateTime::currentDateTime()) }))
        return Error(m_db.lastError());
    return {};
}

} // namespace dd
