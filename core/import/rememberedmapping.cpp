// The column mapping remembered per unit: the next list from the same union is mapped as the
// user corrected the last one.
#include "import/rememberedmapping.h"

#include "storage/importmappingrepository.h"

#include <QJsonObject>

namespace dd::import {

namespace {
const QString kTarget = QStringLiteral("attendees");
}

QHash<QString, Field> rememberedMapping(Database &db, qint64 unitId)
{
    QHash<QString, Field> out;
    const QJsonObject o = ImportMappingRepository(db).load(unitId, kTarget);
    for (auto it = o.begin(); it != o.end(); ++it)
        if (const auto f = fieldFromKey(it.value().toString()))
            out.insert(it.key(), *f);
    return out;
}

Status rememberMapping(Database &db, qint64 unitId, const QStringList &headers,
                       const ColumnMapping &mapping)
{
    QJsonObject o;
    for (int c = 0; c < headers.size(); ++c) {
        const QString key = headerKey(headers.at(c));
        if (!key.isEmpty())
            o.insert(key, fieldKey(mapping.at(c)));
    }
    return ImportMappingRepository(db).save(unitId, kTarget, o);
}

ColumnMapping mappingFor(Database &db, qint64 unitId, const QStringList &headers)
{
    ColumnMapping m = automaticMapping(headers);
    const QHash<QString, Field> remembered = rememberedMapping(db, unitId);
    if (remembered.isEmpty())
        return m;
    for (int c = 0; c < headers.size(); ++c) {
        const auto it = remembered.constFind(headerKey(headers.at(c)));
        if (it != remembered.cend())
            m.fields[c] = *it;
    }
    return m;
}

} // namespace dd::import
