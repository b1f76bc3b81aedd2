#pragma once

#include "import/attendeefields.h"
#include "util/result.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace dd {

class Database;

namespace import {

// The mapping a unit's files used last time: folded header text → field.
QHash<QString, Field> rememberedMapping(Database &db, qint64 unitId);
Status rememberMapping(Database &db, qint64 unitId, const QStringList &headers,
                       const ColumnMapping &mapping);
// The automatic mapping corrected by what was remembered for the unit.
ColumnMapping mappingFor(Database &db, qint64 unitId, const QStringList &headers);

} // namespace import
} // namespace dd
