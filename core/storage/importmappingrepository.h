#pragma once

#include "storage/database.h"

#include <QJsonObject>

namespace dd {

// Column mappings of imports, remembered per unit and per kind of import ("attendees",
// "questions"), as a JSON object from header key to field key.
class ImportMappingRepository
{
public:
    explicit ImportMappingRepository(Database &db)
        : m_db(db)
    { }
    QJsonObject load(qint64 unitId, const QString &target);
    Status save(qint64 unitId, const QString &target, const QJsonObject &mapping);

private:
    Database &m_db;
};

} // namespace dd
