#include "storage/importmappingrepository.h"

#include "storage/sqltable.h"

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
            QStringLiteral(
                "INSERT OR REPLACE INTO import_mappings(unit_id, target, mapping, updated_at)"
                " VALUES (?, ?, ?, strftime('%Y-%m-%dT%H:%M:%S','now','localtime'))"),
            { unitId, target,
              QString::fromUtf8(QJsonDocument(mapping).toJson(QJsonDocument::Compact)) }))
        return Error(m_db.lastError());
    return {};
}

} // namespace dd
